#pragma once

#include <QStringList>

#include <vector>

namespace portolan::cli {

/// Display width of text in a terminal: CJK and full-width characters take two columns.
int displayWidth(const QString &s);

/// Renders rows as an aligned plain-text table; the last column is never padded.
QString renderTable(const QStringList &headers, const std::vector<QStringList> &rows,
                    int maxColumnWidth = 48);

} // namespace portolan::cli
