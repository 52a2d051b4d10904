#include "exportactions.h"

#include "dialogs/exportdialog.h"
#include "document/document.h"
#include "guicontext.h"
#include "mainwindow.h"
#include "scene/canvasview.h"
#include "scene/designscene.h"
#include "widgets/zonematrixpanel.h"

#include "beyond/snippets.h"
#include "beyond/verify.h"
#include "beyond/xlsxexport.h"
#include "export/csvwriter.h"
#include "export/portmatrix.h"
#include "render/imageexport.h"
#include "render/pdfreport.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QMenu>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStatusBar>
#include <QTabWidget>
#include <QTranslator>

namespace portolan::gui {

using Kind = ExportSettings::Kind;

ExportActions::ExportActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    // Texts are set in retranslate().
    auto make = [this](Kind kind) {
        auto *a = new QAction(this);
        connect(a, &QAction::triggered, this, [this, kind] { exportWithDialog(kind); });
        return a;
    };
    m_pdf = make(Kind::Pdf);
    m_pdf->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_svg = make(Kind::Svg);
    m_png = make(Kind::Png);
    m_csv = make(Kind::Csv);
    m_xlsx = make(Kind::Xlsx);
    m_xlsx->setEnabled(beyond::XlsxExport::available());
    m_verify = make(Kind::Verify);
    m_snippets = make(Kind::Snippets);
    m_preview = new QAction(QIcon::fromTheme(QStringLiteral("document-print-preview")),
                            QString(), this);
    connect(m_preview, &QAction::triggered, this, &ExportActions::printPreview);
    m_print = new QAction(QIcon::fromTheme(QStringLiteral("document-print")), QString(), this);
    m_print->setShortcut(QKeySequence::Print);
    connect(m_print, &QAction::triggered, this, &ExportActions::print);
}

ExportActions::~ExportActions() = default;

void ExportActions::addToFileMenu(QMenu *file)
{
    file->addSeparator();
    m_menu = file->addMenu(QString());
    m_menu->setObjectName(QStringLiteral("ExportMenu"));
    m_menu->addAction(m_pdf);
    m_menu->addSeparator();
    m_menu->addAction(m_svg);
    m_menu->addAction(m_png);
    m_menu->addSeparator();
    m_menu->addAction(m_csv);
    m_menu->addAction(m_xlsx);
    m_menu->addSeparator();
    m_menu->addAction(m_verify);
    m_menu->addAction(m_snippets);
    file->addAction(m_preview);
    file->addAction(m_print);
}

void ExportActions::installViews(QTabWidget *matrixTabs)
{
    m_tabs = matrixTabs;
    m_zoneMatrix = new ZoneMatrixPanel(m_window->document(), m_window->scene(), matrixTabs);
    matrixTabs->addTab(m_zoneMatrix, QString());
}

void ExportActions::retranslate()
{
    if (m_menu)
        m_menu->setTitle(tr("E&xport"));
    m_pdf->setText(tr("&Firewall Request (PDF)..."));
    m_svg->setText(tr("Diagram as &SVG..."));
    m_png->setText(tr("Diagram as &PNG..."));
    m_csv->setText(tr("Port Matrix as &CSV..."));
    m_xlsx->setText(tr("&Workbook (XLSX)..."));
    if (!m_xlsx->isEnabled())
        m_xlsx->setToolTip(tr("This build of Portolan cannot write XLSX (built without "
                              "libxlsxwriter)."));
    m_verify->setText(tr("&Verification Scripts..."));
    m_verify->setToolTip(tr("A script per source host that checks the ports its flows need"));
    m_snippets->setText(tr("Firewall &Rule Snippets..."));
    m_snippets->setToolTip(tr("Accept rules per firewall for nftables, iptables and Cisco ASA"));
    m_preview->setText(tr("Print Pre&view..."));
    m_print->setText(tr("&Print..."));
    if (m_tabs && m_zoneMatrix) {
        const int i = m_tabs->indexOf(m_zoneMatrix);
        m_tabs->setTabText(i, tr("Zone to Zone"));
        m_tabs->setTabToolTip(i, tr("What must be open from each zone (rows) to each zone "
                                    "(columns)"));
    }
}

QAction *ExportActions::action(Kind kind) const
{
    switch (kind) {
    case Kind::Pdf: return m_pdf;
    case Kind::Svg: return m_svg;
    case Kind::Png: return m_png;
    case Kind::Csv: return m_csv;
    case Kind::Xlsx: return m_xlsx;
    case Kind::Verify: return m_verify;
    case Kind::Snippets: return m_snippets;
    }
    return nullptr;
}

QString ExportActions::baseName() const
{
    const Document *doc = m_window->document();
    if (!doc->fileName().isEmpty())
        return QFileInfo(doc->fileName()).completeBaseName();
    QString title = doc->design().title.simplified();
    title.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("-"));
    return title;
}

ExportSettings ExportActions::defaults(Kind kind) const
{
    ExportSettings s = ExportSettings::load(kind, baseName());
    const CanvasView *view = m_window->view();
    s.area = view->mapToScene(view->viewport()->rect()).boundingRect();
    return s;
}

namespace {

QString nativeName(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// Headers and labels (core::Messages) are translated by the installed translators, which
// follow the UI language. An export in Chinese or both languages from the English UI installs
// Portolan's Chinese catalogue for its duration, and drops the LanguageChange events that
// posts, so that the UI itself stays as it is.
class ExportLanguage
{
public:
    explicit ExportLanguage(core::Language lang)
    {
        if (lang == core::Language::English || language() == core::Language::Chinese)
            return;
        if (m_translator.load(QStringLiteral("portolan_zh_CN.qm"), QStringLiteral(":/i18n")))
            m_installed = QCoreApplication::installTranslator(&m_translator);
    }
    ~ExportLanguage()
    {
        if (!m_installed)
            return;
        QCoreApplication::removeTranslator(&m_translator);
        QCoreApplication::removePostedEvents(nullptr, QEvent::LanguageChange);
    }
    ExportLanguage(const ExportLanguage &) = delete;
    ExportLanguage &operator=(const ExportLanguage &) = delete;

private:
    QTranslator m_translator;
    bool m_installed = false;
};

} // namespace

bool ExportActions::exportTo(const ExportSettings &s, QString *error, QString *summary,
                             QStringList *warnings)
{
    const ExportLanguage exportLanguage(s.lang);
    QString ignored;
    QStringList ignoredWarnings;
    summary = summary ? summary : &ignored;
    warnings = warnings ? warnings : &ignoredWarnings;
    const Document *doc = m_window->document();
    const core::Design &design = doc->design();
    const core::FlowSet &flows = doc->flows();
    const core::CatalogSet &cats = doc->catalogs();
    if (s.path.trimmed().isEmpty()) {
        *error = tr("No file name was given.");
        return false;
    }
    if (ExportSettings::writesFolder(s.kind))
        return exportFolder(s, error, summary, warnings);
    if (QFileInfo(s.path).isDir()) {
        *error = tr("%1 is a folder; choose a file name.").arg(nativeName(s.path));
        return false;
    }

    render::DiagramOptions diagram;
    diagram.lang = s.lang;
    diagram.crossingOnly = s.crossingOnly;
    // The diagram shows the flows the canvas shows.
    diagram.portLabels = m_window->scene()->flowFilter().portLabels;
    diagram.showLocalFlows = m_window->scene()->flowFilter().showLocal;
    if (s.visibleArea)
        diagram.area = s.area.isEmpty() ? defaults(s.kind).area : s.area;

    QByteArray data;
    QString why;
    switch (s.kind) {
    case Kind::Pdf: {
        const render::ReportResult r =
                render::FirewallRequest::pdf(design, flows, cats, s.reportOptions());
        data = r.pdf;
        why = r.warnings.join(QLatin1Char('\n'));
        *summary = tr("%1 pages").arg(r.pages);
        *warnings = r.warnings;
        break;
    }
    case Kind::Svg: data = render::ImageExport::svg(design, flows, cats, diagram); break;
    case Kind::Png: {
        data = render::ImageExport::png(design, flows, cats, diagram, QSize(s.pngWidth, 0),
                                        s.pngDpi);
        const QSize px = render::ImageExport::imageSize(
                render::DiagramRenderer(design, flows, cats, diagram), QSize(s.pngWidth, 0));
        *summary = tr("%1 \u00d7 %2 pixels").arg(px.width()).arg(px.height());
        break;
    }
    case Kind::Csv:
        data = core::CsvWriter::write(
                core::PortMatrix::build(design, flows, cats, s.lang, s.crossingOnly),
                core::CsvWriter::Options());
        break;
    case Kind::Xlsx:
        data = beyond::XlsxExport::workbook(design, flows, cats, {s.lang, s.crossingOnly}, &why);
        break;
    case Kind::Verify:
    case Kind::Snippets: break; // exportFolder()
    }
    if (data.isEmpty()) {
        *error = why.isEmpty() ? tr("Nothing could be produced for %1.").arg(nativeName(s.path))
                               : why;
        return false;
    }

    // QSaveFile: a failed export never leaves half a file where an older one was.
    QSaveFile file(s.path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(nativeName(s.path), file.errorString());
        return false;
    }
    return true;
}

bool ExportActions::exportFolder(const ExportSettings &s, QString *error, QString *summary,
                                 QStringList *warnings)
{
    const Document *doc = m_window->document();
    struct File
    {
        QString name;
        QByteArray content;
        bool executable;
    };
    std::vector<File> files;
    if (s.kind == Kind::Verify) {
        beyond::VerifyOptions o;
        o.crossingOnly = s.crossingOnly;
        o.timeoutSeconds = s.verifyTimeout;
        for (const beyond::VerifyScript &v : beyond::VerifyScripts::generate(
                     doc->design(), doc->flows(), doc->catalogs(), o))
            files.push_back({v.fileName, v.content, !v.windows});
        if (files.empty()) {
            *error = tr("No flow leaves a host: there is nothing to verify.");
            return false;
        }
    } else {
        const beyond::SnippetResult r =
                beyond::FirewallSnippets::generate(doc->design(), doc->flows(), s.snippetFormats);
        for (const beyond::SnippetFile &f : r.files)
            files.push_back({f.fileName, f.content, false});
        if (files.empty()) {
            *error = tr("No flow crosses a firewall: there is no rule to write.");
            return false;
        }
        *warnings = r.warnings;
    }
    if (!QDir().mkpath(s.path)) {
        *error = tr("Cannot create the folder %1.").arg(nativeName(s.path));
        return false;
    }
    for (const File &f : files) {
        const QString name = QDir(s.path).filePath(f.name);
        QSaveFile file(name);
        if (!file.open(QIODevice::WriteOnly) || file.write(f.content) != f.content.size()
            || !file.commit()) {
            *error = tr("Cannot write %1: %2").arg(nativeName(name), file.errorString());
            return false;
        }
        if (f.executable)
            QFile::setPermissions(name, QFile::permissions(name) | QFileDevice::ExeOwner
                                                | QFileDevice::ExeGroup | QFileDevice::ExeOther);
    }
    *summary = tr("%1 files").arg(files.size());
    return true;
}

bool ExportActions::exportWithDialog(Kind kind)
{
    const Document *doc = m_window->document();
    ExportSettings s = defaults(kind);
    ExportDialog dialog(s, m_window, [doc, this](const ExportSettings &x) {
        render::DiagramOptions o;
        o.crossingOnly = x.crossingOnly;
        o.area = x.visibleArea ? x.area : QRectF();
        o.showLocalFlows = m_window->scene()->flowFilter().showLocal;
        const render::DiagramRenderer r(doc->design(), doc->flows(), doc->catalogs(), o);
        return render::ImageExport::imageSize(r, QSize(x.pngWidth, 0));
    });
    if (runDialog(&dialog) != QDialog::Accepted)
        return false;
    s = dialog.settings();
    s.save();
    QString error, summary;
    QStringList warnings;
    if (!exportTo(s, &error, &summary, &warnings)) {
        showError(tr("Export Failed"), error);
        return false;
    }
    m_window->statusBar()->showMessage(
            summary.isEmpty() ? tr("Exported %1").arg(nativeName(s.path))
                              : tr("Exported %1 (%2)").arg(nativeName(s.path), summary),
            10000);
    if (!warnings.isEmpty()) {
        QMessageBox box(QMessageBox::Information, tr("Exported with Warnings"),
                        tr("%1 was written; check these points before using it.")
                                .arg(nativeName(s.path)),
                        QMessageBox::Ok, m_window);
        box.setObjectName(QStringLiteral("ExportWarnings"));
        box.setInformativeText(warnings.mid(0, 5).join(QLatin1Char('\n')));
        if (warnings.size() > 5)
            box.setDetailedText(warnings.join(QLatin1Char('\n')));
        runDialog(&box);
    }
    return true;
}

int ExportActions::runDialog(QDialog *dialog)
{
    return m_runDialog ? m_runDialog(dialog) : dialog->exec();
}

void ExportActions::showError(const QString &title, const QString &error)
{
    QMessageBox box(QMessageBox::Warning, title, error, QMessageBox::Ok, m_window);
    box.setObjectName(QStringLiteral("ExportError"));
    box.setInformativeText(tr("The design is unchanged."));
    runDialog(&box);
}

// ---- printing ---------------------------------------------------------------------------

void ExportActions::setUpPrinter(QPrinter *printer, const ExportSettings &s) const
{
    // The request lays its pages out itself (margins, footer): the whole sheet is ours.
    printer->setFullPage(true);
    printer->setPageLayout(QPageLayout(
            QPageSize(s.paper == render::PaperSize::Letter ? QPageSize::Letter : QPageSize::A4),
            s.landscape ? QPageLayout::Landscape : QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
            QPageLayout::Point));
    const core::Design &design = m_window->document()->design();
    printer->setDocName(design.title.isEmpty() ? baseName() : design.title);
    printer->setCreator(QStringLiteral("Portolan " PORTOLAN_VERSION));
}

int ExportActions::printTo(QPrinter *printer, const ExportSettings &s, QString *error)
{
    const Document *doc = m_window->document();
    const ExportLanguage exportLanguage(s.lang);
    const render::ReportResult r = render::FirewallRequest::paint(
            printer, doc->design(), doc->flows(), doc->catalogs(), s.reportOptions());
    if (r.pages == 0 && error)
        *error = r.warnings.isEmpty() ? tr("The printer could not be started.")
                                      : r.warnings.join(QLatin1Char('\n'));
    return r.pages;
}

void ExportActions::printPreview()
{
    const ExportSettings s = ExportSettings::load(Kind::Pdf, baseName());
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(&printer, s);
    QPrintPreviewDialog dialog(&printer, m_window);
    dialog.setObjectName(QStringLiteral("PrintPreviewDialog"));
    dialog.setWindowTitle(tr("Print Preview: Firewall Request"));
    // The preview repaints when the user changes the page setup in it.
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [this, &s](QPrinter *p) { printTo(p, s); });
    runDialog(&dialog);
}

void ExportActions::print()
{
    const ExportSettings s = ExportSettings::load(Kind::Pdf, baseName());
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(&printer, s);
    QPrintDialog dialog(&printer, m_window);
    dialog.setObjectName(QStringLiteral("PrintDialog"));
    // Every page of the request belongs together: no page ranges, no selection.
    dialog.setOptions(QAbstractPrintDialog::PrintToFile | QAbstractPrintDialog::PrintShowPageSize
                      | QAbstractPrintDialog::PrintCollateCopies);
    if (runDialog(&dialog) != QDialog::Accepted)
        return;
    QString error;
    const int pages = printTo(&printer, s, &error);
    if (pages == 0) {
        showError(tr("Printing Failed"), error);
        return;
    }
    const QString target = printer.outputFileName().isEmpty()
            ? printer.printerName()
            : nativeName(printer.outputFileName());
    m_window->statusBar()->showMessage(
            tr("Printed %1 pages to %2").arg(pages).arg(target), 10000);
}

} // namespace portolan::gui
