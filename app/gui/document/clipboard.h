#pragma once

#include "model/design.h"

#include <QCoreApplication>
#include <QPointF>

class QMimeData;

namespace portolan::gui {

class Document;

/// Copy and paste of nodes and zones as a small design on the clipboard.
class Clipboard
{
    Q_DECLARE_TR_FUNCTIONS(Clipboard)

public:
    static constexpr const char *kMimeType = "application/x-portolan-fragment";
    static constexpr int kMaxItems = 500;  ///< nodes and zones in one paste
    static constexpr int kMaxLinks = 2000; ///< links in one paste
    static constexpr int kMaxBytes = 4 * 1024 * 1024;

    /// The selected nodes and zones (zones with their contents) and the links between them.
    static core::Design extract(const Document &doc, const QStringList &nodes,
                                const QStringList &zones);
    static QMimeData *toMimeData(const core::Design &fragment);
    /// Reads and validates a fragment (size, structure, catalog types). False with a reason.
    static bool fromMimeData(const QMimeData *mime, const Document &doc, core::Design *out,
                             QString *error);
    /// Gives the fragment fresh ids, shifts it by `offset` and fits it into the zones under
    /// it; the result can be inserted into `doc` as it is.
    static core::Design prepareForInsert(const Document &doc, const core::Design &fragment,
                                         const QPointF &offset);
};

} // namespace portolan::gui
