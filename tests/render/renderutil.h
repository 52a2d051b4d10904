#pragma once

#include "../core/testutil.h"

#include <QProcess>
#include <QStandardPaths>

namespace portolan::test {

/// The engine-semantics test catalog (product "t") next to nothing else.
inline std::unique_ptr<CatalogSet> tCatalogs()
{
    return testCatalogs();
}

/// Runs a poppler tool; returns false (and says why) when it is missing or fails.
inline bool runTool(const QString &tool, const QStringList &args, QByteArray *out,
                    QString *why = nullptr)
{
    if (QStandardPaths::findExecutable(tool).isEmpty()) {
        if (why)
            *why = tool + QStringLiteral(" not found (install poppler-utils)");
        return false;
    }
    QProcess p;
    p.start(tool, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (why)
            *why = tool + QStringLiteral(" failed: ") + QString::fromUtf8(p.readAllStandardError());
        return false;
    }
    *out = p.readAllStandardOutput();
    return true;
}

inline bool havePoppler()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
            && !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty()
            && !QStandardPaths::findExecutable(QStringLiteral("pdffonts")).isEmpty();
}

inline Design loadExample(const QString &name, const CatalogSet &cats)
{
    Design d;
    std::vector<LoadError> errors;
    if (!DesignIO::readFile(QStringLiteral(PORTOLAN_SOURCE_DIR "/data/examples/") + name, &cats, &d,
                            &errors)) {
        for (const LoadError &e : errors)
            qWarning("%s", qPrintable(e.toString()));
    }
    return d;
}

} // namespace portolan::test
