#pragma once

#include "model/text.h"
#include "render/pdfreport.h"

#include <QRectF>
#include <QString>

namespace portolan::gui {

/// What File → Export writes and how: the choices of the export dialog, remembered per kind
/// in QSettings ("export/<kind>/..."), so that the next export starts from the last one.
struct ExportSettings
{
    /// Verify and Snippets write files into the folder `path`.
    enum class Kind { Pdf, Svg, Png, Csv, Xlsx, Verify, Snippets };

    Kind kind = Kind::Pdf;
    QString path;
    core::Language lang = core::Language::English;

    // The firewall request (PDF, print, print preview).
    render::PaperSize paper = render::PaperSize::A4;
    bool landscape = true;
    /// The appendix with every flow; false: the request shows only what crosses a firewall.
    bool allFlowsAppendix = true;
    bool diagram = true;

    /// CSV and XLSX rows, SVG and PNG arrows, verification checks: only flows that cross a
    /// firewall.
    bool crossingOnly = false;

    // The diagram (SVG, PNG).
    /// Only what the canvas shows (`area`, scene units); else the whole design.
    bool visibleArea = false;
    QRectF area;
    int pngWidth = 1600; ///< pixels; the height follows the diagram's aspect ratio
    int pngDpi = 96; ///< recorded in the PNG

    /// Verification scripts: seconds each check waits for a port.
    int verifyTimeout = 3;
    /// Firewall rule snippets: beyond::SnippetFormat flags.
    int snippetFormats = 0x7;

    static constexpr int kDefaultPngWidth = 1600;

    /// The last choices for `kind`; the language is the UI's unless the user chose another
    /// one for this kind while the UI was in the same language. `path` is the last folder
    /// with `baseName` and the kind's extension.
    static ExportSettings load(Kind kind, const QString &baseName);
    /// Remembers these choices and the folder of `path`.
    void save() const;

    /// "pdf", "svg", ...; for the folder kinds a name for their settings ("verify").
    static QString extension(Kind kind);
    /// Verify and Snippets write a folder of files.
    static bool writesFolder(Kind kind) { return kind == Kind::Verify || kind == Kind::Snippets; }
    /// The PDF report options these settings describe.
    render::ReportOptions reportOptions() const;
};

} // namespace portolan::gui
