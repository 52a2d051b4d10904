// The firewall change request as the security team receives it: the PDF written by
// `portolan-cli export --pdf`, read back with poppler's pdfinfo, pdftotext and pdffonts.
#include "renderutil.h"

#include "cli/cli.h"
#include "render/fonts.h"
#include "render/pdfreport.h"

#include "engine/messages.h"
#include "export/portmatrix.h"

#include <QFile>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTextStream>

using namespace portolan::core;
using namespace portolan::render;
using namespace portolan::test;

namespace {

struct Result
{
    int code = -1;
    QString out;
    QString err;
};

Result cli(const QStringList &args)
{
    Result r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.code = portolan::cli::run(args, out, err);
    out.flush();
    err.flush();
    return r;
}

QString example(const char *name)
{
    return QStringLiteral(PORTOLAN_SOURCE_DIR "/data/examples/") + QLatin1String(name);
}

QString info(const QString &pdf, const QString &key)
{
    QByteArray out;
    if (!runTool(QStringLiteral("pdfinfo"), {pdf}, &out))
        return QString();
    for (const QString &line : QString::fromUtf8(out).split(QLatin1Char('\n'))) {
        if (line.startsWith(key + QLatin1Char(':')))
            return line.mid(key.size() + 1).trimmed();
    }
    return QString();
}

QString text(const QString &pdf, const QString &mode)
{
    QByteArray out;
    runTool(QStringLiteral("pdftotext"),
            {mode, QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")},
            &out);
    return QString::fromUtf8(out);
}

QString squeeze(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("\\s+")));
    return s;
}

} // namespace

class TestPdfExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void a4LandscapeWithMetadata();
    void pageSizes_data();
    void pageSizes();
    void everyTablePageHasItsHeader();
    void everyRequestedFlowWithItsPorts();
    void chineseTextLayerIsExact();
    void fontsAreEmbedded();
    void crossingOnlyLeavesOutAllFlows();
    void paintedOnAnotherDevice();
    void designWithoutGeometry();
    void severalOutputsInOneCall();
    void unwritableOutputNamesTheFile();
    void usageErrors_data();
    void usageErrors();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CatalogSet> m_cats;
    QString m_imc; // English export of the iMC campus example (many pages)
};

void TestPdfExport::initTestCase()
{
    if (!havePoppler())
        QSKIP("pdfinfo/pdftotext/pdffonts not found: install poppler-utils (CI does)");
    QVERIFY(m_dir.isValid());
    m_cats = builtInCatalogs();
    QVERIFY(m_cats);
    m_imc = m_dir.filePath(QStringLiteral("imc.pdf"));
    const Result r = cli({"export", example("imc-campus.portolan"), "--pdf", m_imc});
    QVERIFY2(r.code == 0, qPrintable(r.err));
}

void TestPdfExport::a4LandscapeWithMetadata()
{
    const QString pdf = m_dir.filePath(QStringLiteral("appmon.pdf"));
    const Result r = cli({"export", example("appmon-three-tier.portolan"), "--pdf", pdf});
    QCOMPARE(r.code, 0);
    QVERIFY2(info(pdf, "Pages").toInt() > 1, qPrintable(info(pdf, "Pages")));
    QVERIFY2(info(pdf, "Page size").startsWith(QLatin1String("842 x 595 pts")),
             qPrintable(info(pdf, "Page size")));
    QCOMPARE(info(pdf, "Title"), QStringLiteral("AppMon three-tier shop rollout"));
    QVERIFY(info(pdf, "Creator").startsWith(QLatin1String("Portolan ")));

    // The API reports the same page count as the file has.
    const Design d = loadExample(QStringLiteral("appmon-three-tier.portolan"), *m_cats);
    const ReportResult api
            = FirewallRequest::pdf(d, Engine::derive(d, *m_cats), *m_cats, ReportOptions());
    QCOMPARE(api.pages, info(pdf, "Pages").toInt());
    QVERIFY(api.pdf.startsWith("%PDF-"));
}

void TestPdfExport::pageSizes_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("size");
    QTest::newRow("letter landscape") << QStringList {"--page-size", "letter"} << "792 x 612 pts";
    QTest::newRow("a4 portrait") << QStringList {"--portrait"} << "595 x 842 pts";
    QTest::newRow("letter portrait")
            << QStringList {"--page-size=LETTER", "--portrait"} << "612 x 792 pts";
}

void TestPdfExport::pageSizes()
{
    QFETCH(QStringList, options);
    QFETCH(QString, size);
    const QString pdf = m_dir.filePath(QStringLiteral("size.pdf"));
    const Result r = cli(QStringList {"export", example("appmon-three-tier.portolan"), "--pdf", pdf}
                         + options);
    QCOMPARE(r.code, 0);
    QVERIFY2(info(pdf, "Page size").startsWith(size), qPrintable(info(pdf, "Page size")));
    // Portrait pages are narrower, so the same tables take more of them; still all numbered.
    const int pages = info(pdf, "Pages").toInt();
    QVERIFY(text(pdf, "-layout").contains(QStringLiteral("Page %1 of %1").arg(pages)));
}

void TestPdfExport::everyTablePageHasItsHeader()
{
    const QStringList pages = text(m_imc, "-layout").split(QLatin1Char('\f'));
    const int count = info(m_imc, "Pages").toInt();
    QVERIFY(count > 5);
    QVERIFY(pages.size() >= count);
    // A flow row starts with its id and the source name ("F12   iMC ..."); the zone matrix
    // lists ids too, but as "F1, F2".
    const QRegularExpression flowRow(QStringLiteral("(^|\\n)[ \\t]*F\\d+[ \\t]+[^, \\t]"));
    int tablePages = 0, continued = 0;
    for (int i = 0; i < count; ++i) {
        const QString &page = pages[i];
        QVERIFY2(page.contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(count)),
                 qPrintable(page.right(200)));
        if (!flowRow.match(page).hasMatch())
            continue;
        ++tablePages;
        continued += page.contains(QStringLiteral("(continued)")) ? 1 : 0;
        bool header = false;
        for (const QString &line : page.split(QLatin1Char('\n')))
            header = header
                    || (line.contains(QLatin1String("Flow"))
                        && line.contains(QLatin1String("Source"))
                        && line.contains(QLatin1String("Protocol"))
                        && line.contains(QLatin1String("Ports")));
        QVERIFY2(header,
                 qPrintable(QStringLiteral("page %1 has flow rows but no header row").arg(i + 1)));
    }
    QVERIFY(tablePages >= 4);
    QVERIFY(continued >= 2); // the FW-CORE table and appendix A run over several pages
}

void TestPdfExport::everyRequestedFlowWithItsPorts()
{
    const Design d = loadExample(QStringLiteral("imc-campus.portolan"), *m_cats);
    const FlowSet flows = Engine::derive(d, *m_cats);
    // In content-stream order each row is drawn cell by cell, so a row is the text from its
    // flow id to the next row; the firewall sections run up to the advisories.
    const QString raw = text(m_imc, "-raw");
    // Headings stand on their own line (the contents lines end with a page number).
    const int from = raw.indexOf(QRegularExpression(QStringLiteral("[\\n\\f]Firewall FW-CORE\\n")));
    const int to = raw.indexOf(
            QRegularExpression(QStringLiteral("[\\n\\f]Advisories and conflicts\\n")), from);
    QVERIFY(from > 0 && to > from);
    const QString sections = raw.mid(from, to - from);
    const QString squeezed = squeeze(sections);
    const QRegularExpression rowStart(QStringLiteral("[\\n\\f]F(\\d+) "));
    std::map<QString, int> seen;
    auto it = rowStart.globalMatch(sections);
    std::vector<std::pair<QString, int>> starts;
    while (it.hasNext()) {
        const auto m = it.next();
        starts.emplace_back(QLatin1Char('F') + m.captured(1), int(m.capturedStart()));
    }
    for (size_t i = 0; i < starts.size(); ++i) {
        const int end = i + 1 < starts.size() ? starts[i + 1].second : int(sections.size());
        QString row = sections.mid(starts[i].second, end - starts[i].second);
        // A page break may follow the row but never cut it: what precedes the footer is whole.
        const int footer = row.indexOf(QRegularExpression(QStringLiteral("Page \\d+ of \\d+")));
        if (footer >= 0)
            row = row.left(footer);
        const Flow *flow = nullptr;
        for (const Flow &f : flows.flows)
            flow = f.id == starts[i].first ? &f : flow;
        QVERIFY2(flow, qPrintable(starts[i].first));
        const QString expect = protocolName(flow->protocol).toUpper() + flow->ports.toString();
        QVERIFY2(squeeze(row).contains(expect),
                 qPrintable(starts[i].first + QLatin1String(": ") + expect + QLatin1String(" in ")
                            + row));
        // The row cites its vendor reference by number; the list under the table has it.
        const auto key = QRegularExpression(QStringLiteral("\\[\\d+\\]")).match(row);
        QVERIFY2(key.hasMatch(), qPrintable(row));
        QVERIFY2(squeezed.contains(key.captured(0) + squeeze(flow->rule->reference.toString())),
                 qPrintable(key.captured(0) + flow->rule->reference.toString()));
        ++seen[flow->id];
    }
    for (const Flow &f : flows.flows) {
        if (f.crossesFirewall && !f.local)
            QVERIFY2(seen[f.id] == f.firewalls.size(), qPrintable(f.id));
        else
            QVERIFY(!seen.count(f.id));
    }
}

void TestPdfExport::chineseTextLayerIsExact()
{
    if (Fonts::chineseFamily().isEmpty())
        QSKIP("no Chinese font installed (install fonts-droid-fallback)");
    if (!Fonts::chineseTextLayerExact())
        QFAIL("only Chinese fonts that break the PDF text layer (Noto CJK) are installed: "
              "install fonts-droid-fallback or fonts-wqy-zenhei (docs/exports.md)");
    const QString pdf = m_dir.filePath(QStringLiteral("zh.pdf"));
    const Result r = cli(
            {"--lang", "zh_CN", "export", example("appmon-three-tier.portolan"), "--pdf", pdf});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString raw = squeeze(text(pdf, "-raw"));
    // Catalog text and translated headers come back exactly as drawn.
    const QString collector = Messages::componentName(QStringLiteral("appmon.collector"), *m_cats,
                                                      Language::Chinese);
    QVERIFY(collector.contains(QStringLiteral("采集器")));
    QVERIFY2(raw.contains(squeeze(collector)), qPrintable(collector));
    const Advisory *adv = m_cats->advisory(QStringLiteral("appmon.collector-server-open"));
    QVERIFY(adv);
    QVERIFY(adv->text.zh.contains(QStringLiteral("防火墙")));
    QVERIFY2(raw.contains(squeeze(adv->text.zh)), qPrintable(adv->text.zh));
    QVERIFY(raw.contains(squeeze(PortMatrix::header(MatrixColumn::Firewall, Language::Chinese))));
    QVERIFY(raw.contains(squeeze(PortMatrix::header(MatrixColumn::Purpose, Language::Chinese))));
    QVERIFY(raw.contains(QStringLiteral("转发")));

    // 口 and 火 stay themselves (some CJK fonts turn them into the radicals ⼝ and ⽕).
    const QString imc = m_dir.filePath(QStringLiteral("imc-zh.pdf"));
    QCOMPARE(cli({"--lang", "zh_CN", "export", example("imc-campus.portolan"), "--pdf", imc}).code,
             0);
    const QString t = text(imc, "-layout");
    QVERIFY(t.contains(QStringLiteral("端口")));
    QVERIFY(t.contains(QStringLiteral("园区网络 Campus network")));
    for (const QChar c : t)
        QVERIFY2(c.unicode() < 0x2E80 || c.unicode() > 0x2FDF, "a CJK radical in the text layer");
    QVERIFY(!t.contains(QChar(0xFB01)) && !t.contains(QChar(0xFB02))); // no fi/fl ligatures
}

void TestPdfExport::fontsAreEmbedded()
{
    QByteArray out;
    QVERIFY(runTool(QStringLiteral("pdffonts"), {m_imc}, &out));
    const QStringList lines = QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 2);
    for (const QString &line : lines.mid(2)) {
        const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        // name type... encoding emb sub uni object ID: "emb" is the fifth column from the end
        QVERIFY2(cols.size() >= 7 && cols.at(cols.size() - 5) == QLatin1String("yes"),
                 qPrintable(line));
    }
}

void TestPdfExport::crossingOnlyLeavesOutAllFlows()
{
    const QString pdf = m_dir.filePath(QStringLiteral("crossing.pdf"));
    QCOMPARE(cli({"export", example("imc-campus.portolan"), "--pdf", pdf, "--crossing-only"}).code,
             0);
    const QString t = text(pdf, "-layout");
    QVERIFY(!t.contains(QStringLiteral("Appendix A")));
    QVERIFY(t.contains(QStringLiteral("Zone-to-zone matrix")));
    QVERIFY(info(pdf, "Pages").toInt() < info(m_imc, "Pages").toInt());
}

// The request painted on a paged device that is not its own writer (as on a printer): the
// device's page layout decides, margins included, and the pages are those of pdf().
void TestPdfExport::paintedOnAnotherDevice()
{
    const Design d = loadExample(QStringLiteral("imc-campus.portolan"), *m_cats);
    const FlowSet flows = Engine::derive(d, *m_cats);
    ReportOptions options;
    options.paper = PaperSize::Letter;
    options.landscape = false;
    const ReportResult direct = FirewallRequest::pdf(d, flows, *m_cats, options);
    const QString directPdf = m_dir.filePath(QStringLiteral("direct.pdf"));
    QFile out(directPdf);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(direct.pdf);
    out.close();

    const QString painted = m_dir.filePath(QStringLiteral("painted.pdf"));
    {
        QPdfWriter device(painted);
        device.setResolution(1200); // as QPrinter::HighResolution writes PDF
        // Margins the layout must ignore: the request starts at the sheet's corner.
        device.setPageLayout(QPageLayout(QPageSize(QPageSize::Letter), QPageLayout::Portrait,
                                         QMarginsF(20, 30, 20, 30), QPageLayout::Millimeter));
        ReportOptions ignored = options;
        ignored.paper = PaperSize::A4; // the device's paper wins
        ignored.landscape = true;
        const ReportResult r = FirewallRequest::paint(&device, d, flows, *m_cats, ignored);
        QCOMPARE(r.pages, direct.pages);
        QVERIFY(r.pdf.isEmpty());
    }
    QCOMPARE(info(painted, "Pages").toInt(), direct.pages);
    QVERIFY2(info(painted, "Page size").startsWith(QLatin1String("612 x 792 pts")),
             qPrintable(info(painted, "Page size")));
    // Same text on the same pages ("Page 3 of N" included), at the same place.
    QCOMPARE(text(painted, "-layout"), text(directPdf, "-layout"));
    QCOMPARE(FirewallRequest::paint(nullptr, d, flows, *m_cats, options).pages, 0);
}

void TestPdfExport::designWithoutGeometry()
{
    auto t = tCatalogs();
    QVERIFY(t);
    Design d;
    QVERIFY(designFrom(R"({"title":"Scripted","zones":[{"id":"z","name":"Zone","firewall":"FW-X"}],
        "nodes":[{"id":"a","type":"t.a","name":"Agent A","host":"h1"},
                 {"id":"c","type":"t.c","name":"Collector C","zone":"z","host":"h2"}]})",
                       *t, &d));
    const FlowSet flows = Engine::derive(d, *t);
    const ReportResult r = FirewallRequest::pdf(d, flows, *t, ReportOptions());
    QVERIFY(r.pages >= 5);
    const QString pdf = m_dir.filePath(QStringLiteral("scripted.pdf"));
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(r.pdf);
    f.close();
    const QString txt = text(pdf, "-layout");
    QVERIFY(txt.contains(QStringLiteral("laid out automatically")));
    QVERIFY(txt.contains(QStringLiteral("Agent A")));
    QVERIFY(txt.contains(QStringLiteral("Firewall FW-X")));
    QVERIFY(txt.contains(QStringLiteral("9000-9001")));
}

void TestPdfExport::severalOutputsInOneCall()
{
    const QString base = m_dir.filePath(QStringLiteral("all"));
    const Result r = cli({"export", example("dataminer-dms.portolan"), "--csv", base + ".csv",
                          "--pdf", base + ".pdf", "--svg", base + ".svg", "--png", base + ".png",
                          "--png-width", "900"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(QFile(base + ".csv").size() > 100);
    QVERIFY(info(base + ".pdf", "Pages").toInt() > 1);
    QVERIFY(QSvgRenderer(base + ".svg").isValid());
    QImage img(base + ".png");
    QCOMPARE(img.width(), 900);
    QVERIFY(img.height() > 100);
}

void TestPdfExport::unwritableOutputNamesTheFile()
{
    for (const char *opt : {"--pdf", "--svg", "--png"}) {
        const QString bad = m_dir.filePath(QStringLiteral("no/such/dir/out.x"));
        const Result r
                = cli({"export", example("appmon-three-tier.portolan"), QLatin1String(opt), bad});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(bad) && r.err.contains(QLatin1String("cannot write")),
                 qPrintable(r.err));
    }
}

void TestPdfExport::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString e = example("appmon-three-tier.portolan");
    QTest::newRow("no output") << QStringList {"export", e, "--portrait"}
                               << "export needs an output";
    QTest::newRow("page size") << QStringList {"export", e, "--pdf", "x.pdf", "--page-size", "a3"}
                               << "unknown page size \"a3\"";
    QTest::newRow("png width") << QStringList {"export", e, "--png", "x.png", "--png-width", "wide"}
                               << "--png-width must be";
    QTest::newRow("png too wide") << QStringList {"export",      e,      "--png", "x.png",
                                                  "--png-width", "99999"}
                                  << "--png-width must be";
    QTest::newRow("two stdout") << QStringList {"export", e, "--pdf", "-", "--svg", "-"}
                                << "only one output";
    QTest::newRow("pdf value") << QStringList {"export", e, "--pdf"} << "--pdf needs a value";
}

void TestPdfExport::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Result r = cli(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    const QString help = portolan::cli::helpText();
    for (const char *opt : {"--pdf", "--svg", "--png", "--page-size", "--portrait", "--png-width"})
        QVERIFY2(help.contains(QLatin1String(opt)), opt);
}

QTEST_MAIN(TestPdfExport)
#include "tst_pdfexport.moc"
