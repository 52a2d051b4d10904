#include "exportsettings.h"

#include "guicontext.h"

#include "render/imageexport.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace portolan::gui {

namespace {

QString kindKey(ExportSettings::Kind kind)
{
    return QStringLiteral("export/") + ExportSettings::extension(kind) + QLatin1Char('/');
}

QString suffixFor(ExportSettings::Kind kind)
{
    switch (kind) {
    case ExportSettings::Kind::Svg:
    case ExportSettings::Kind::Png: return QStringLiteral("-diagram");
    case ExportSettings::Kind::Csv: return QStringLiteral("-flows");
    case ExportSettings::Kind::Verify: return QStringLiteral("-verify");
    case ExportSettings::Kind::Snippets: return QStringLiteral("-firewall-rules");
    case ExportSettings::Kind::Pdf:
    case ExportSettings::Kind::Xlsx: break;
    }
    return QString();
}

} // namespace

QString ExportSettings::extension(Kind kind)
{
    switch (kind) {
    case Kind::Pdf: return QStringLiteral("pdf");
    case Kind::Svg: return QStringLiteral("svg");
    case Kind::Png: return QStringLiteral("png");
    case Kind::Csv: return QStringLiteral("csv");
    case Kind::Xlsx: return QStringLiteral("xlsx");
    case Kind::Verify: return QStringLiteral("verify");
    case Kind::Snippets: return QStringLiteral("snippets");
    }
    return QString();
}

ExportSettings ExportSettings::load(Kind kind, const QString &baseName)
{
    QSettings s;
    const QString k = kindKey(kind);
    ExportSettings x;
    x.kind = kind;

    // The language follows the UI unless the user picked another one in this UI language.
    const core::Language ui = language();
    x.lang = ui;
    core::Language saved;
    if (s.value(k + QLatin1String("langUi")).toString() == core::languageCode(ui)
        && core::parseLanguage(s.value(k + QLatin1String("lang")).toString(), &saved))
        x.lang = saved;

    x.paper = s.value(k + QLatin1String("paper")).toString() == QLatin1String("letter")
            ? render::PaperSize::Letter
            : render::PaperSize::A4;
    x.landscape = s.value(k + QLatin1String("landscape"), true).toBool();
    x.allFlowsAppendix = s.value(k + QLatin1String("allFlowsAppendix"), true).toBool();
    x.diagram = s.value(k + QLatin1String("diagram"), true).toBool();
    x.crossingOnly = s.value(k + QLatin1String("crossingOnly"), false).toBool();
    x.visibleArea = s.value(k + QLatin1String("visibleArea"), false).toBool();
    x.pngWidth = std::clamp(s.value(k + QLatin1String("width"), kDefaultPngWidth).toInt(), 16,
                            render::ImageExport::kMaxPixels);
    x.pngDpi = std::clamp(s.value(k + QLatin1String("dpi"), 96).toInt(), 72, 1200);
    x.verifyTimeout = std::clamp(s.value(k + QLatin1String("timeout"), 3).toInt(), 1, 60);
    x.snippetFormats = s.value(k + QLatin1String("formats"), 0x7).toInt() & 0x7;
    if (x.snippetFormats == 0)
        x.snippetFormats = 0x7;

    QString dir = s.value(QStringLiteral("export/dir")).toString();
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    const QString base = baseName.isEmpty() ? QStringLiteral("design") : baseName;
    x.path = QDir(dir).filePath(base + suffixFor(kind)
                                + (writesFolder(kind) ? QString()
                                                      : QLatin1Char('.') + extension(kind)));
    return x;
}

void ExportSettings::save() const
{
    QSettings s;
    const QString k = kindKey(kind);
    s.setValue(k + QLatin1String("lang"), core::languageCode(lang));
    s.setValue(k + QLatin1String("langUi"), core::languageCode(language()));
    switch (kind) {
    case Kind::Pdf:
        s.setValue(k + QLatin1String("paper"), paper == render::PaperSize::Letter
                                                       ? QStringLiteral("letter")
                                                       : QStringLiteral("a4"));
        s.setValue(k + QLatin1String("landscape"), landscape);
        s.setValue(k + QLatin1String("allFlowsAppendix"), allFlowsAppendix);
        s.setValue(k + QLatin1String("diagram"), diagram);
        break;
    case Kind::Png:
        s.setValue(k + QLatin1String("width"), pngWidth);
        s.setValue(k + QLatin1String("dpi"), pngDpi);
        Q_FALLTHROUGH();
    case Kind::Svg:
        s.setValue(k + QLatin1String("visibleArea"), visibleArea);
        Q_FALLTHROUGH();
    case Kind::Csv:
    case Kind::Xlsx:
        s.setValue(k + QLatin1String("crossingOnly"), crossingOnly);
        break;
    case Kind::Verify:
        s.setValue(k + QLatin1String("crossingOnly"), crossingOnly);
        s.setValue(k + QLatin1String("timeout"), verifyTimeout);
        break;
    case Kind::Snippets: s.setValue(k + QLatin1String("formats"), snippetFormats); break;
    }
    // The folder the files went to; for the folder kinds, the folder that holds it.
    if (!path.isEmpty())
        s.setValue(QStringLiteral("export/dir"), QFileInfo(path).absolutePath());
}

render::ReportOptions ExportSettings::reportOptions() const
{
    render::ReportOptions o;
    o.lang = lang;
    o.paper = paper;
    o.landscape = landscape;
    o.allFlowsAppendix = allFlowsAppendix;
    o.diagram = diagram;
    return o;
}

} // namespace portolan::gui
