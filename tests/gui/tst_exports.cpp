// File → Export and Print on the real main window (the zone-to-zone tab: tst_zonematrix): each export
// runs through its menu action and dialog (answered by a dialog runner instead of a user),
// and every file is read back for real: pdfinfo/pdftotext, QSvgRenderer, QImage, CSV parsed,
// XLSX unzipped.

#include "testutil.h"

#include "actions/exportactions.h"
#include "commands/commands.h"
#include "dialogs/exportdialog.h"
#include "document/document.h"
#include "guicontext.h"
#include "mainwindow.h"
#include "scene/canvasview.h"
#include "scene/designscene.h"
#include "widgets/zonematrixmodel.h"
#include "widgets/zonematrixpanel.h"

#include "beyond/snippets.h"
#include "beyond/verify.h"
#include "engine/messages.h"
#include "export/csvwriter.h"
#include "export/portmatrix.h"
#include "render/fonts.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSvgRenderer>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

#include <algorithm>
#include <cmath>
#include <functional>
#include <set>

using namespace portolan;
using namespace portolan::gui;
using Kind = ExportSettings::Kind;

static const char kExample[] = PORTOLAN_SOURCE_DIR "/data/examples/appmon-three-tier.portolan";

namespace {

/// Output of a command-line tool, or a null string when it is missing or fails.
QString tool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString pdfInfo(const QString &pdf, const QString &key)
{
    const QStringList lines = tool(QStringLiteral("pdfinfo"), {pdf}).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(key + QLatin1Char(':')))
            return line.mid(key.size() + 1).trimmed();
    }
    return QString();
}

/// The PDF's text without any white space: wrapped cells and table layout do not matter.
QString pdfText(const QString &pdf)
{
    QString t = tool(QStringLiteral("pdftotext"),
                     {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    t.remove(QRegularExpression(QStringLiteral("\\s+")));
    return t;
}

QString squeeze(QString s)
{
    return s.remove(QRegularExpression(QStringLiteral("\\s+")));
}

/// `f()` with the UI in Chinese: core::Messages translates through the installed catalogue.
template<typename F>
auto inChinese(F f)
{
    setLanguage(core::Language::Chinese);
    const auto result = f();
    setLanguage(core::Language::English);
    return result;
}

} // namespace

class TestExports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void pdfChineseLetterPortrait();
    void pdfBilingualAndRemembered();
    void svgWholeAndVisibleArea();
    void pngSizeAndArea();
    void csvAllOrCrossing();
    void xlsxWorkbook();
    void scriptsAndSnippetsToFolders();
    void errorsAreShownAndTheDesignIsKept();
    void printToPdfPrinter();
    void printPreviewPages();
    void screenshots();

private:
    ExportActions *exports() const { return m_window->exportActions(); }
    /// Triggers `kind`'s menu entry; `fill` sets up the dialog, which is then accepted.
    void exportVia(Kind kind, const std::function<void(ExportDialog *)> &fill);
    QString file(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
    std::function<int(QDialog *)> m_answer;
    QStringList m_errors; ///< texts of the error boxes shown
    QStringList m_warnings; ///< texts of the "exported with warnings" boxes
};

void TestExports::initTestCase()
{
    testutil::isolateSettings();
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_window = new MainWindow;
    m_window->resize(1280, 800);
    QVERIFY(m_window->openFile(QString::fromUtf8(kExample), true));
    // File → Export → every format; Print Preview and Print in the File menu itself.
    const auto *menu = m_window->findChild<QMenu *>(QStringLiteral("ExportMenu"));
    QVERIFY(menu);
    for (Kind k : {Kind::Pdf, Kind::Svg, Kind::Png, Kind::Csv, Kind::Xlsx, Kind::Verify,
                   Kind::Snippets})
        QVERIFY(menu->actions().contains(exports()->action(k)));
    const auto *file = qobject_cast<QMenu *>(menu->parentWidget());
    QVERIFY(file && file->actions().contains(menu->menuAction()));
    QVERIFY(file->actions().contains(exports()->printAction()));
    QVERIFY(file->actions().contains(exports()->printPreviewAction()));
    exports()->setDialogRunner([this](QDialog *d) {
        if (auto *box = qobject_cast<QMessageBox *>(d)) {
            (box->objectName() == QLatin1String("ExportWarnings") ? m_warnings : m_errors)
                    << box->text() + QLatin1Char('\n') + box->informativeText();
            return int(QMessageBox::Ok);
        }
        return m_answer ? m_answer(d) : int(QDialog::Rejected);
    });
}

void TestExports::cleanupTestCase()
{
    // MainWindow deletes its document before its scene; a scene dying with a selection
    // tells the inspector, which then reads the deleted document's catalogs.
    m_window->scene()->clearSelection();
    delete m_window;
}

void TestExports::cleanup()
{
    m_answer = nullptr;
    setLanguage(core::Language::English);
}

void TestExports::exportVia(Kind kind, const std::function<void(ExportDialog *)> &fill)
{
    bool seen = false;
    m_answer = [&](QDialog *d) {
        auto *dialog = qobject_cast<ExportDialog *>(d);
        if (!dialog)
            return int(QDialog::Rejected);
        seen = true;
        fill(dialog);
        return int(QDialog::Accepted);
    };
    exports()->action(kind)->trigger();
    QVERIFY(seen);
}

void TestExports::pdfChineseLetterPortrait()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("poppler-utils not installed");
    const QString pdf = file(QStringLiteral("request-zh.pdf"));
    exportVia(Kind::Pdf, [&](ExportDialog *d) {
        // The language defaults to the UI's.
        QCOMPARE(d->settings().lang, core::Language::English);
        QCOMPARE(d->settings().paper, render::PaperSize::A4);
        QVERIFY(d->settings().landscape);
        d->pathEdit()->setText(pdf);
        auto combos = d->findChildren<QComboBox *>();
        for (QComboBox *c : combos) {
            if (c->findText(QStringLiteral("\u4e2d\u6587")) >= 0)
                c->setCurrentIndex(c->findText(QStringLiteral("\u4e2d\u6587")));
            else if (c->findText(QStringLiteral("Portrait")) >= 0)
                c->setCurrentIndex(c->findText(QStringLiteral("Portrait")));
            else if (c->findText(QStringLiteral("US Letter")) >= 0)
                c->setCurrentIndex(c->findText(QStringLiteral("US Letter")));
        }
        for (QRadioButton *r : d->findChildren<QRadioButton *>()) {
            if (r->text().contains(QLatin1String("no appendix")))
                r->setChecked(true);
        }
        const ExportSettings s = d->settings();
        QCOMPARE(s.lang, core::Language::Chinese);
        QCOMPARE(s.paper, render::PaperSize::Letter);
        QVERIFY(!s.landscape);
        QVERIFY(!s.allFlowsAppendix);
    });
    QVERIFY(m_errors.isEmpty());
    QVERIFY2(QFileInfo::exists(pdf), qPrintable(m_window->statusBar()->currentMessage()));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("request-zh.pdf")));

    QVERIFY(pdfInfo(pdf, QStringLiteral("Pages")).toInt() > 2);
    QVERIFY2(pdfInfo(pdf, QStringLiteral("Page size")).startsWith(QLatin1String("612 x 792 pts")),
             qPrintable(pdfInfo(pdf, QStringLiteral("Page size"))));
    QCOMPARE(pdfInfo(pdf, QStringLiteral("Title")),
             QStringLiteral("AppMon three-tier shop rollout"));

    const QString text = pdfText(pdf);
    const core::Language zh = core::Language::Chinese;
    const QStringList labels = inChinese([zh] {
        return QStringList {core::PortMatrix::header(core::MatrixColumn::Firewall, zh),
                            core::PortMatrix::header(core::MatrixColumn::Ports, zh),
                            core::Messages::text("Appendix A \u2014 All flows", zh),
                            core::Messages::text("Appendix B \u2014 Zone-to-zone matrix", zh)};
    });
    QCOMPARE(labels.at(1), QStringLiteral("\u7aef\u53e3")); // 端口
    QVERIFY(text.contains(squeeze(labels.at(0))));
    QVERIFY(text.contains(squeeze(labels.at(1))));
    if (render::Fonts::chineseTextLayerExact()) {
        const QString collector = core::Messages::componentName(
                QStringLiteral("appmon.collector"), m_window->document()->catalogs(), zh);
        QVERIFY(collector.contains(QStringLiteral("\u91c7\u96c6\u5668"))); // 采集器
        QVERIFY2(text.contains(squeeze(collector)), qPrintable(collector));
    }
    // Every flow that crosses a firewall is requested with its ports; the appendix of all
    // flows is left out.
    for (const core::Flow &f : m_window->document()->flows().flows) {
        if (f.crossesFirewall && !f.ports.isEmpty())
            QVERIFY2(text.contains(f.ports.toString()), qPrintable(f.ports.toString()));
    }
    QVERIFY(!text.contains(squeeze(labels.at(2))));
    QVERIFY(text.contains(squeeze(labels.at(3))));
}

void TestExports::pdfBilingualAndRemembered()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("poppler-utils not installed");
    // The dialog starts from the last choices (Chinese, Letter, portrait, crossings only).
    const QString pdf = file(QStringLiteral("request-both.pdf"));
    exportVia(Kind::Pdf, [&](ExportDialog *d) {
        ExportSettings s = d->settings();
        QCOMPARE(s.lang, core::Language::Chinese);
        QCOMPARE(s.paper, render::PaperSize::Letter);
        QVERIFY(!s.landscape);
        QVERIFY(!s.allFlowsAppendix);
        QCOMPARE(QFileInfo(s.path).absolutePath(), QFileInfo(m_dir.path()).absoluteFilePath());
        s.path = pdf;
        s.lang = core::Language::Bilingual;
        s.paper = render::PaperSize::A4;
        s.landscape = true;
        s.allFlowsAppendix = true;
        d->setSettings(s);
    });
    QVERIFY(m_errors.isEmpty());
    QVERIFY(pdfInfo(pdf, QStringLiteral("Page size")).startsWith(QLatin1String("842 x 595 pts")));
    const QString text = pdfText(pdf);
    for (auto c : {core::MatrixColumn::Firewall, core::MatrixColumn::Protocol}) {
        const QString both =
                inChinese([c] { return core::PortMatrix::header(c, core::Language::Bilingual); });
        QVERIFY2(text.contains(squeeze(both)), qPrintable(both));
        QVERIFY(both.startsWith(core::PortMatrix::header(c, core::Language::English) + " / "));
    }
    // A different UI language starts from the UI's language again.
    setLanguage(core::Language::Chinese);
    QCOMPARE(exports()->defaults(Kind::Pdf).lang, core::Language::Chinese);
    setLanguage(core::Language::English);
    QCOMPARE(exports()->defaults(Kind::Pdf).lang, core::Language::Bilingual);
}

void TestExports::svgWholeAndVisibleArea()
{
    const QString whole = file(QStringLiteral("whole.svg"));
    exportVia(Kind::Svg, [&](ExportDialog *d) { d->pathEdit()->setText(whole); });
    QSvgRenderer all(whole);
    QVERIFY(all.isValid());
    QFile f(whole);
    QVERIFY(f.open(QIODevice::ReadOnly));
    // The text drawn, without markup: a long name wraps over lines (and the last may be
    // elided), so its start is checked.
    const QString drawn =
            squeeze(QString::fromUtf8(f.readAll()).remove(QRegularExpression("<[^>]*>")));
    for (const core::Node &n : m_window->document()->design().nodes)
        QVERIFY2(drawn.contains(squeeze(n.name.left(16).toHtmlEscaped())), qPrintable(n.name));

    // Zoomed in on the Monitoring zone: only part of the design.
    CanvasView *view = m_window->view();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    view->resetZoom();
    view->zoomBy(2);
    view->centerOn(m_window->scene()->contentBounds().center());
    const QString part = file(QStringLiteral("visible.svg"));
    exportVia(Kind::Svg, [&](ExportDialog *d) {
        d->pathEdit()->setText(part);
        for (QRadioButton *r : d->findChildren<QRadioButton *>()) {
            if (r->text().contains(QLatin1String("isible area")))
                r->setChecked(true);
        }
        QVERIFY(d->settings().visibleArea);
    });
    QSvgRenderer visible(part);
    QVERIFY(visible.isValid());
    QVERIFY(visible.viewBoxF().width() < all.viewBoxF().width());
    QVERIFY(visible.viewBoxF().height() < all.viewBoxF().height());
    const QRectF seen = view->mapToScene(view->viewport()->rect()).boundingRect();
    QCOMPARE(visible.viewBoxF().width(), std::ceil(seen.width()));
}

void TestExports::pngSizeAndArea()
{
    const QString png = file(QStringLiteral("diagram.png"));
    QSize hint;
    exportVia(Kind::Png, [&](ExportDialog *d) {
        ExportSettings s = d->settings();
        QVERIFY(!s.visibleArea); // remembered per kind: the SVG's choice is not the PNG's
        s.path = png;
        s.pngWidth = 900;
        s.pngDpi = 150;
        s.visibleArea = false;
        d->setSettings(s);
        // The dialog shows the size it will write.
        for (QLabel *l : d->findChildren<QLabel *>()) {
            if (l->text().contains(QStringLiteral("\u00d7")))
                hint = QSize(l->text().section(QStringLiteral(" \u00d7 "), 0, 0).toInt(),
                             l->text().section(QStringLiteral(" \u00d7 "), 1)
                                     .section(' ', 0, 0)
                                     .toInt());
        }
    });
    QImage img(png);
    QVERIFY(!img.isNull());
    QCOMPARE(img.width(), 900);
    QCOMPARE(img.size(), hint);
    QCOMPARE(qRound(img.dotsPerMeterX() * 0.0254), 150);

    const QString part = file(QStringLiteral("visible.png"));
    exportVia(Kind::Png, [&](ExportDialog *d) {
        ExportSettings s = d->settings();
        QCOMPARE(s.pngWidth, 900); // remembered
        s.path = part;
        s.visibleArea = true;
        d->setSettings(s);
    });
    QImage vis(part);
    QVERIFY(!vis.isNull());
    QCOMPARE(vis.width(), 900);
    // The visible area has the viewport's proportions, not the design's.
    const QSize vp = m_window->view()->viewport()->size();
    QVERIFY(qAbs(vis.height() - 900.0 * vp.height() / vp.width()) <= 2);
    QVERIFY(vis.height() != img.height());
}

void TestExports::csvAllOrCrossing()
{
    const Document *doc = m_window->document();
    const QString all = file(QStringLiteral("all.csv"));
    exportVia(Kind::Csv, [&](ExportDialog *d) {
        QVERIFY(!d->settings().crossingOnly);
        d->pathEdit()->setText(all);
    });
    const QString crossing = file(QStringLiteral("crossing.csv"));
    exportVia(Kind::Csv, [&](ExportDialog *d) {
        d->pathEdit()->setText(crossing);
        d->findChild<QCheckBox *>()->setChecked(true);
        ExportSettings s = d->settings();
        QVERIFY(s.crossingOnly);
        s.lang = core::Language::Chinese;
        d->setSettings(s);
    });
    auto read = [](const QString &name) {
        QFile f(name);
        return f.open(QIODevice::ReadOnly) ? core::CsvWriter::parse(f.readAll())
                                           : std::vector<QStringList>();
    };
    const std::vector<QStringList> a = read(all);
    const std::vector<QStringList> c = read(crossing);
    const core::PortMatrix ma =
            core::PortMatrix::build(doc->design(), doc->flows(), doc->catalogs(),
                                    core::Language::English, false);
    const core::PortMatrix mc = inChinese([doc] {
        return core::PortMatrix::build(doc->design(), doc->flows(), doc->catalogs(),
                                       core::Language::Chinese, true);
    });
    QCOMPARE(a.size(), ma.rows.size() + 1);
    QCOMPARE(c.size(), mc.rows.size() + 1);
    QVERIFY(c.size() < a.size());
    QCOMPARE(a.front(), ma.headers);
    QCOMPARE(c.front(), mc.headers); // Chinese headers
    QVERIFY(c.front() != a.front());
    // Every row of the crossing file is a flow through a firewall, named as in the matrix.
    std::set<QString> ids;
    for (size_t i = 1; i < c.size(); ++i) {
        QCOMPARE(c[i], mc.rows[i - 1].cells);
        ids.insert(c[i].value(int(core::MatrixColumn::Flow)));
    }
    for (const core::Flow &f : doc->flows().flows)
        QCOMPARE(ids.count(f.id) == 1, f.crossesFirewall && !f.local);
}

void TestExports::xlsxWorkbook()
{
    if (!exports()->action(Kind::Xlsx)->isEnabled())
        QSKIP("built without libxlsxwriter");
    if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
        QSKIP("unzip is not installed");
    const QString xlsx = file(QStringLiteral("request.xlsx"));
    exportVia(Kind::Xlsx, [&](ExportDialog *d) { d->pathEdit()->setText(xlsx); });
    QVERIFY(m_errors.isEmpty());
    const QString workbook = tool(QStringLiteral("unzip"),
                                  {QStringLiteral("-p"), xlsx, QStringLiteral("xl/workbook.xml")});
    const QString strings = tool(
            QStringLiteral("unzip"),
            {QStringLiteral("-p"), xlsx, QStringLiteral("xl/sharedStrings.xml")});
    QVERIFY(workbook.contains(QLatin1String("<sheet ")));
    const Document *doc = m_window->document();
    const core::PortMatrix m = core::PortMatrix::build(
            doc->design(), doc->flows(), doc->catalogs(), core::Language::English, true);
    QVERIFY(!m.firewalls().isEmpty());
    for (const QString &fw : m.firewalls())
        QVERIFY2(workbook.contains(QStringLiteral("name=\"%1\"").arg(fw)), qPrintable(fw));
    for (const auto &row : m.rows)
        QVERIFY(strings.contains(row.cells.value(int(core::MatrixColumn::Ports))));
}

void TestExports::scriptsAndSnippetsToFolders()
{
    const Document *doc = m_window->document();
    const QString verify = file(QStringLiteral("verify"));
    exportVia(Kind::Verify, [&](ExportDialog *d) {
        QVERIFY(!d->findChild<QComboBox *>()); // scripts are in English: no language
        d->pathEdit()->setText(verify);
    });
    QVERIFY(m_errors.isEmpty());
    const auto scripts = beyond::VerifyScripts::generate(doc->design(), doc->flows(),
                                                         doc->catalogs(), beyond::VerifyOptions());
    QVERIFY(!scripts.empty());
    QCOMPARE(QDir(verify).entryList(QDir::Files).size(), qsizetype(scripts.size()));
    for (const beyond::VerifyScript &v : scripts) {
        const QFileInfo info(QDir(verify).filePath(v.fileName));
        QVERIFY2(info.exists(), qPrintable(v.fileName));
        QCOMPARE(info.isExecutable(), !v.windows);
    }

    // Only nftables: one file per firewall, each rule with its ports.
    const QString rules = file(QStringLiteral("rules"));
    exportVia(Kind::Snippets, [&](ExportDialog *d) {
        d->pathEdit()->setText(rules);
        for (QCheckBox *c : d->findChildren<QCheckBox *>())
            c->setChecked(c->text() == QLatin1String("nftables"));
        QCOMPARE(d->settings().snippetFormats, int(beyond::Nftables));
    });
    QVERIFY(m_errors.isEmpty());
    const core::PortMatrix m = core::PortMatrix::build(
            doc->design(), doc->flows(), doc->catalogs(), core::Language::English, true);
    const QStringList files = QDir(rules).entryList(QDir::Files);
    QCOMPARE(files.size(), m.firewalls().size());
    QString all;
    for (const QString &f : files) {
        QVERIFY(f.endsWith(QLatin1String(".nft")));
        QFile in(QDir(rules).filePath(f));
        QVERIFY(in.open(QIODevice::ReadOnly));
        all += QString::fromUtf8(in.readAll());
    }
    QVERIFY(all.contains(QLatin1String("6699")));
    // Rules for nodes without an address use placeholders, and the user is told.
    const beyond::SnippetResult r = beyond::FirewallSnippets::generate(doc->design(), doc->flows(),
                                                                       beyond::Nftables);
    QCOMPARE(m_warnings.isEmpty(), r.warnings.isEmpty());
    m_warnings.clear();
}

void TestExports::errorsAreShownAndTheDesignIsKept()
{
    Document *doc = m_window->document();
    const int undoCount = doc->undoStack()->count();
    const QString before = QString::number(doc->design().nodes.size()) + doc->design().title;
    QVERIFY(!doc->isModified());

    m_errors.clear();
    const QString missing = file(QStringLiteral("no/such/folder/request.pdf"));
    exportVia(Kind::Pdf, [&](ExportDialog *d) { d->pathEdit()->setText(missing); });
    QCOMPARE(m_errors.size(), 1);
    QVERIFY2(m_errors.first().contains(QLatin1String("request.pdf")), qPrintable(m_errors.first()));
    QVERIFY(!QFileInfo::exists(missing));

    // A folder as the file name.
    m_errors.clear();
    exportVia(Kind::Csv, [&](ExportDialog *d) { d->pathEdit()->setText(m_dir.path()); });
    QCOMPARE(m_errors.size(), 1);
    QVERIFY2(m_errors.first().contains(QDir::toNativeSeparators(m_dir.path())),
             qPrintable(m_errors.first()));

    // Nothing of the design changed.
    QVERIFY(!doc->isModified());
    QCOMPARE(doc->undoStack()->count(), undoCount);
    QCOMPARE(QString::number(doc->design().nodes.size()) + doc->design().title, before);
    m_errors.clear();
}

void TestExports::printToPdfPrinter()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
        QSKIP("poppler-utils not installed");
    // Print uses the PDF choices: bilingual, A4 landscape, everything (see above).
    const QString pdf = file(QStringLiteral("printed.pdf"));
    bool seen = false;
    m_answer = [&](QDialog *d) {
        auto *dialog = qobject_cast<QPrintDialog *>(d);
        if (!dialog)
            return int(QDialog::Rejected);
        seen = true;
        dialog->printer()->setOutputFormat(QPrinter::PdfFormat);
        dialog->printer()->setOutputFileName(pdf);
        return int(QDialog::Accepted);
    };
    exports()->printAction()->trigger();
    QVERIFY(seen);
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join('\n')));

    const Document *doc = m_window->document();
    const render::ReportResult expected = render::FirewallRequest::pdf(
            doc->design(), doc->flows(), doc->catalogs(),
            ExportSettings::load(Kind::Pdf, QString()).reportOptions());
    QCOMPARE(pdfInfo(pdf, QStringLiteral("Pages")).toInt(), expected.pages);
    QVERIFY2(pdfInfo(pdf, QStringLiteral("Page size")).startsWith(QLatin1String("842 x 595 pts")),
             qPrintable(pdfInfo(pdf, QStringLiteral("Page size"))));
    QCOMPARE(pdfInfo(pdf, QStringLiteral("Title")), doc->design().title);
    const QString text = pdfText(pdf);
    const QString pageText = inChinese(
            [] { return core::Messages::text("Page %1 of %2", core::Language::Bilingual); });
    QVERIFY(pageText.contains(QStringLiteral("\u9875"))); // 页
    QVERIFY2(text.contains(squeeze(pageText.arg(1).arg(expected.pages))), qPrintable(pageText));
    QVERIFY(text.contains(squeeze(pageText.arg(expected.pages).arg(expected.pages))));
    QVERIFY(text.contains(squeeze(inChinese([] {
        return core::PortMatrix::header(core::MatrixColumn::Ports, core::Language::Bilingual);
    }))));
    QVERIFY(text.contains(QLatin1String("6699")));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("printed.pdf")));

    // Painted on a printer directly, in portrait: the printer's page layout decides.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString portrait = file(QStringLiteral("portrait.pdf"));
    printer.setOutputFileName(portrait);
    printer.setPageOrientation(QPageLayout::Portrait);
    ExportSettings s = ExportSettings::load(Kind::Pdf, QString());
    const int pages = exports()->printTo(&printer, s);
    QVERIFY(pages > expected.pages); // narrower pages, more of them
    QCOMPARE(pdfInfo(portrait, QStringLiteral("Pages")).toInt(), pages);
    const QString size = pdfInfo(portrait, QStringLiteral("Page size"));
    QVERIFY2(size.section(' ', 0, 0).toDouble() < size.section(' ', 2, 2).toDouble(),
             qPrintable(size));
}

void TestExports::printPreviewPages()
{
    int pages = -1;
    m_answer = [&](QDialog *d) {
        auto *dialog = qobject_cast<QPrintPreviewDialog *>(d);
        if (!dialog)
            return int(QDialog::Rejected);
        auto *preview = dialog->findChild<QPrintPreviewWidget *>();
        if (!preview)
            return int(QDialog::Rejected);
        preview->updatePreview();
        pages = preview->pageCount();
        return int(QDialog::Rejected);
    };
    exports()->printPreviewAction()->trigger();
    const Document *doc = m_window->document();
    const render::ReportResult expected = render::FirewallRequest::pdf(
            doc->design(), doc->flows(), doc->catalogs(),
            ExportSettings::load(Kind::Pdf, QString()).reportOptions());
    QCOMPARE(pages, expected.pages);
}

void TestExports::screenshots()
{
    // Not a check: with PORTOLAN_SCREENSHOT_DIR set (under xvfb-run, QT_QPA_PLATFORM=xcb) it
    // saves the pictures of docs/screenshots/. PORTOLAN_SCREENSHOT_QM adds a translation.
    const QString dir = qEnvironmentVariable("PORTOLAN_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("PORTOLAN_SCREENSHOT_DIR not set");
    QTranslator extra;
    const QString qm = qEnvironmentVariable("PORTOLAN_SCREENSHOT_QM");
    for (const core::Language lang : {core::Language::English, core::Language::Chinese}) {
        const QString suffix = lang == core::Language::Chinese ? QStringLiteral("-zh") : QString();
        if (lang == core::Language::Chinese && !qm.isEmpty() && extra.load(qm))
            QCoreApplication::installTranslator(&extra);
        setLanguage(lang);
        ExportSettings s = exports()->defaults(Kind::Pdf);
        s.path = QStringLiteral("/home/engineer/Documents/appmon-three-tier.pdf");
        s.lang = lang;
        s.allFlowsAppendix = true;
        s.paper = render::PaperSize::A4;
        s.landscape = true;
        for (Kind kind : {Kind::Pdf, Kind::Png}) {
            ExportSettings k = kind == Kind::Pdf ? s : exports()->defaults(Kind::Png);
            if (kind == Kind::Png)
                k.path = QStringLiteral("/home/engineer/Documents/appmon-three-tier-diagram.png");
            ExportDialog d(k, m_window);
            d.show();
            d.adjustSize();
            QVERIFY(QTest::qWaitForWindowExposed(&d));
            QTest::qWait(200);
            d.grab().save(dir + (kind == Kind::Pdf ? QStringLiteral("/export-dialog")
                                                   : QStringLiteral("/export-dialog-png"))
                          + suffix + QStringLiteral(".png"));
        }
        m_answer = [&](QDialog *d) {
            if (!qobject_cast<QPrintPreviewDialog *>(d))
                return int(QDialog::Rejected);
            d->resize(1100, 740);
            d->show();
            if (!QTest::qWaitForWindowExposed(d))
                return int(QDialog::Rejected);
            QTest::qWait(600);
            d->grab().save(dir + QStringLiteral("/export-print-preview") + suffix
                           + QStringLiteral(".png"));
            return int(QDialog::Rejected);
        };
        exports()->printPreview();
        m_answer = nullptr;

        // The iMC campus: more zones, a fuller matrix; one cell selected on the canvas.
        m_window->resize(1366, 768);
        m_window->show();
        QVERIFY(m_window->openFile(QStringLiteral(PORTOLAN_SOURCE_DIR
                                                  "/data/examples/imc-campus.portolan"), true));
        m_window->matrixTabs()->setCurrentWidget(exports()->zoneMatrix());
        if (auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("MatrixDock"))) {
            dock->raise();
            m_window->resizeDocks({dock}, {300}, Qt::Vertical);
        }
        QTest::qWait(200);
        m_window->view()->fitToView();
        const ZoneMatrixModel *model = exports()->zoneMatrix()->model();
        for (int c = model->columnCount() - 1; c >= 0; --c) {
            if (!model->index(0, c).data().toString().isEmpty())
                exports()->zoneMatrix()->view()->selectionModel()->select(
                        model->index(0, c), QItemSelectionModel::ClearAndSelect);
        }
        QTest::qWait(400);
        m_window->grab().save(dir + QStringLiteral("/zone-matrix") + suffix
                              + QStringLiteral(".png"));
        exports()->zoneMatrix()->grab().save(dir + QStringLiteral("/zone-matrix-tab") + suffix
                                             + QStringLiteral(".png"));
    }
    QCoreApplication::removeTranslator(&extra);
    setLanguage(core::Language::English);
}

QTEST_MAIN(TestExports)
#include "tst_exports.moc"
