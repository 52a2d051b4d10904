// The diagram renderer, its automatic layout, SVG and PNG output, the zone-to-zone matrix
// and the text wrapping the PDF tables use.
#include "renderutil.h"

#include "render/diagramgeometry.h"
#include "render/fonts.h"
#include "render/imageexport.h"
#include "render/textwrap.h"
#include "render/zonematrix.h"

#include "engine/messages.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

using namespace portolan::core;
using namespace portolan::render;
using namespace portolan::test;

namespace {

// Three zones of the test catalog: z1 (FW1) and z2 (FW2) firewalled, z3 open. No geometry.
const QByteArray kZones = R"({
  "title": "Zone matrix",
  "zones": [{"id":"z1","name":"Zone one","firewalled":true,"firewall":"FW1"},
            {"id":"z2","name":"Zone two","firewalled":true,"firewall":"FW2"},
            {"id":"z3","name":"Open zone","firewalled":false},
            {"id":"z4","name":"Inner","parent":"z3","firewalled":true}],
  "nodes": [{"id":"a1","type":"t.a","name":"A one","zone":"z1","host":"ha1"},
            {"id":"a2","type":"t.a","name":"A two","zone":"z3","host":"ha2"},
            {"id":"a3","type":"t.a","name":"A same host","zone":"z1","host":"hc"},
            {"id":"a4","type":"t.a","name":"A inside","zone":"z2","host":"ha4"},
            {"id":"c1","type":"t.c","name":"C one","zone":"z2","host":"hc"},
            {"id":"s1","type":"t.s","name":"S one","zone":"z3","host":"hs"},
            {"id":"s2","type":"t.s","name":"S inner","zone":"z4","host":"hs2"},
            {"id":"x1","type":"t.a","name":"Outside","host":"hx"}],
  "links": [{"from":"c1","to":"s1"}, {"from":"x1","to":"c1"}]
})";

} // namespace

class TestDiagram : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void zoneMatrixCells();
    void zoneMatrixAllFlows();
    void autoLayoutNestsZonesAndNodes();
    void designGeometryIsKept();
    void svgIsValidAndNamesNodes();
    void optionsAreaAndLocalFlows();
    void pngHasRequestedSize();
    void pngBothDimensions();
    void wrapBreaksBetweenPorts_data();
    void wrapBreaksBetweenPorts();
    void chineseFontHasExactTextLayer();

private:
    std::unique_ptr<CatalogSet> m_t;
    std::unique_ptr<CatalogSet> m_builtIn;
    Design m_zones;
    FlowSet m_zoneFlows;
};

void TestDiagram::initTestCase()
{
    m_t = tCatalogs();
    QVERIFY(m_t);
    m_builtIn = builtInCatalogs();
    QVERIFY(m_builtIn);
    QString error;
    QVERIFY2(designFrom(kZones, *m_t, &m_zones, &error), qPrintable(error));
    m_zoneFlows = Engine::derive(m_zones, *m_t);
}

void TestDiagram::zoneMatrixCells()
{
    const ZoneMatrix m = ZoneMatrix::build(m_zones, m_zoneFlows, Language::English);
    // Sources of crossing flows: z1 (a1), z2 (c1), z3 (a2), outside (x1); targets: z2, z3.
    QCOMPARE(m.rowZones, (QStringList {"z1", "z2", "z3", ""}));
    QCOMPARE(m.columnZones, (QStringList {"z2", "z3"}));
    QCOMPARE(m.rowNames.first(), QStringLiteral("Zone one"));
    QCOMPARE(m.rowNames.last(), QStringLiteral("(outside every zone)"));

    const ZoneMatrix::Cell *c = m.cell("z1", "z2");
    QVERIFY(c);
    QCOMPARE(c->text(), QStringLiteral("TCP 9000-9001"));
    QCOMPARE(c->flows.size(), 1); // a3 -> c1 is on one host: never on a request
    QCOMPARE(m.cell("z3", "z2")->text(), QStringLiteral("TCP 9000-9001"));
    QCOMPARE(m.cell("", "z2")->text(), QStringLiteral("TCP 9000-9001"));
    QCOMPARE(m.cell("z2", "z3")->text(), QStringLiteral("TCP 1000"));
    QVERIFY(m.cell("z1", "z3")->isEmpty());
    QVERIFY(m.cell("z2", "z2")->isEmpty()); // a4 -> c1 stays inside zone two
    QVERIFY(!m.cell("z4", "z2")); // no such row
}

void TestDiagram::zoneMatrixAllFlows()
{
    const ZoneMatrix m = ZoneMatrix::build(m_zones, m_zoneFlows, Language::English, false);
    const ZoneMatrix::Cell *inside = m.cell("z2", "z2");
    QVERIFY(inside);
    QCOMPARE(inside->text(), QStringLiteral("TCP 9000-9001"));
    // Still no local flow: a3 and c1 share host "hc".
    QCOMPARE(m.cell("z1", "z2")->flows.size(), 1);
}

void TestDiagram::autoLayoutNestsZonesAndNodes()
{
    QVERIFY(m_zones.needsLayout());
    const DiagramGeometry g = DiagramGeometry::of(m_zones);
    QVERIFY(g.autoLaidOut);
    for (size_t z = 0; z < m_zones.zones.size(); ++z) {
        QVERIFY(!g.zones[z].isEmpty());
        QVERIFY(g.bounds.contains(g.zones[z]));
        if (g.zoneParent[z] >= 0)
            QVERIFY2(g.zones[size_t(g.zoneParent[z])].contains(g.zones[z]),
                     qPrintable(m_zones.zones[z].id));
    }
    // Top-level zones side by side, never overlapping.
    QVERIFY(!g.zones[0].intersects(g.zones[1]));
    QVERIFY(!g.zones[0].intersects(g.zones[2]));
    for (size_t n = 0; n < m_zones.nodes.size(); ++n) {
        QCOMPARE(g.nodes[n].size(), QSizeF(kNodeWidth, kNodeHeight));
        const int z = g.nodeZone[n];
        if (z >= 0)
            QVERIFY2(g.zones[size_t(z)].contains(g.nodes[n]), qPrintable(m_zones.nodes[n].id));
        else
            for (const QRectF &zr : g.zones)
                QVERIFY(!zr.intersects(g.nodes[n]));
        for (size_t o = n + 1; o < m_zones.nodes.size(); ++o)
            QVERIFY(!g.nodes[n].intersects(g.nodes[o]));
        // A node of an outer zone is not inside its child zone.
        if (z == 2)
            QVERIFY(!g.zones[3].intersects(g.nodes[n]));
    }
}

void TestDiagram::designGeometryIsKept()
{
    const Design d = loadExample(QStringLiteral("appmon-three-tier.portolan"), *m_builtIn);
    QVERIFY(!d.needsLayout());
    const DiagramGeometry g = DiagramGeometry::of(d);
    QVERIFY(!g.autoLaidOut);
    QCOMPARE(g.zones[0], d.zones[0].rect);
    QCOMPARE(g.nodes[0].center(), d.nodes[0].pos);
    QVERIFY(g.bounds.contains(d.zones[0].rect));
}

void TestDiagram::svgIsValidAndNamesNodes()
{
    const Design d = loadExample(QStringLiteral("appmon-three-tier.portolan"), *m_builtIn);
    const FlowSet flows = Engine::derive(d, *m_builtIn);
    DiagramOptions o;
    const QByteArray svg = ImageExport::svg(d, flows, *m_builtIn, o);
    QSvgRenderer r(svg);
    QVERIFY(r.isValid());
    QVERIFY(r.viewBoxF().width() > 1000);
    const QString text = QString::fromUtf8(svg);
    QVERIFY(text.contains(QStringLiteral("<title>AppMon three-tier shop rollout</title>")));
    for (const char *name :
         {"Collector DMZ", "AppMon Server", "Admin browser", "FW-CORE", "TCP 6699,8041"})
        QVERIFY2(text.contains(QLatin1String(name)), name);
    // The Chinese export names the component types in Chinese.
    o.lang = Language::Chinese;
    const QString zh = QString::fromUtf8(ImageExport::svg(d, flows, *m_builtIn, o));
    QVERIFY(zh.contains(QStringLiteral("采集器")));
    // A design without geometry renders too.
    const QByteArray auto_ = ImageExport::svg(m_zones, m_zoneFlows, *m_t, DiagramOptions());
    QVERIFY(QSvgRenderer(auto_).isValid());
    QVERIFY(QString::fromUtf8(auto_).contains(QStringLiteral("S inner")));
}

void TestDiagram::optionsAreaAndLocalFlows()
{
    // Local flows (a3 -> c1 share host "hc") are hidden unless asked for.
    DiagramOptions o;
    const int hidden = QString::fromUtf8(ImageExport::svg(m_zones, m_zoneFlows, *m_t, o))
                               .count(QStringLiteral(">TCP 9000-9001<"));
    o.showLocalFlows = true;
    const int shown = QString::fromUtf8(ImageExport::svg(m_zones, m_zoneFlows, *m_t, o))
                              .count(QStringLiteral(">TCP 9000-9001<"));
    QCOMPARE(shown, hidden + 1);
    // Crossing only: a4 -> c1 stays inside zone two and disappears.
    o.showLocalFlows = false;
    o.crossingOnly = true;
    const int crossing = QString::fromUtf8(ImageExport::svg(m_zones, m_zoneFlows, *m_t, o))
                                 .count(QStringLiteral(">TCP 9000-9001<"));
    QCOMPARE(crossing, hidden - 1);
    // Without port labels there is no label at all.
    o.portLabels = false;
    QVERIFY(!QString::fromUtf8(ImageExport::svg(m_zones, m_zoneFlows, *m_t, o))
                     .contains(QStringLiteral("TCP 9000")));
    // A part of the scene: the SVG is that size.
    const DiagramGeometry g = DiagramGeometry::of(m_zones);
    DiagramOptions part;
    part.area = g.zones[1];
    QSvgRenderer r(ImageExport::svg(m_zones, m_zoneFlows, *m_t, part));
    QVERIFY(r.isValid());
    QCOMPARE(r.viewBox().size(),
             QSize(int(std::ceil(g.zones[1].width())), int(std::ceil(g.zones[1].height()))));
}

void TestDiagram::pngHasRequestedSize()
{
    const Design d = loadExample(QStringLiteral("appmon-three-tier.portolan"), *m_builtIn);
    const FlowSet flows = Engine::derive(d, *m_builtIn);
    const QByteArray png
            = ImageExport::png(d, flows, *m_builtIn, DiagramOptions(), QSize(1200, 0), 150);
    QImage img;
    QVERIFY(img.loadFromData(png, "PNG"));
    QCOMPARE(img.width(), 1200);
    // The height follows the diagram's aspect ratio (1220 x 880 with its margin).
    const DiagramRenderer r(d, flows, *m_builtIn);
    QCOMPARE(img.height(), int(std::lround(1200 * r.sceneRect().height() / r.sceneRect().width())));
    QCOMPARE(img.pixelColor(2, 2), QColor(Qt::white));
    QCOMPARE(qRound(img.dotsPerMeterX() * 0.0254), 150);
    // Not blank: the firewall borders are drawn.
    int reddish = 0;
    for (int x = 0; x < img.width(); x += 3)
        for (int y = 0; y < img.height(); y += 3) {
            const QColor c = img.pixelColor(x, y);
            reddish += (c.red() > 120 && c.green() < 70 && c.blue() < 70) ? 1 : 0;
        }
    QVERIFY(reddish > 100);
}

void TestDiagram::pngBothDimensions()
{
    const QImage img
            = ImageExport::image(m_zones, m_zoneFlows, *m_t, DiagramOptions(), QSize(640, 480));
    QCOMPARE(img.size(), QSize(640, 480));
    const QImage huge
            = ImageExport::image(m_zones, m_zoneFlows, *m_t, DiagramOptions(), QSize(100000, 0));
    QVERIFY(huge.width() <= ImageExport::kMaxPixels && huge.height() <= ImageExport::kMaxPixels);
}

void TestDiagram::wrapBreaksBetweenPorts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qreal>("width");
    QTest::newRow("ports") << "80,443,8000-8010,50901-50999,65535" << 60.0;
    QTest::newRow("words") << "Collector forwards agent data to the Server" << 70.0;
    QTest::newRow("chinese") << "被监控服务器向 APM 发送陷阱（Trap）" << 50.0;
    QTest::newRow("long token") << "000_f1f5e2ba1c7315cd.txt § 网络" << 40.0;
}

void TestDiagram::wrapBreaksBetweenPorts()
{
    QFETCH(QString, text);
    QFETCH(qreal, width);
    const QFontMetricsF fm(Fonts::font(9));
    const QStringList lines = wrapText(text, fm, width);
    QVERIFY(lines.size() > 1);
    QString joined;
    for (const QString &l : lines) {
        QVERIFY2(fm.horizontalAdvance(l) <= width + 0.01, qPrintable(l));
        QVERIFY(!l.isEmpty());
        joined += l;
    }
    QString compact = text;
    compact.remove(QLatin1Char(' '));
    joined.remove(QLatin1Char(' '));
    QCOMPARE(joined, compact); // nothing lost, nothing added
    if (QTest::currentDataTag() == QLatin1String("ports")) {
        for (const QString &l : lines) // a range is never cut
            for (const QString &item : l.split(QLatin1Char(','), Qt::SkipEmptyParts))
                QVERIFY2(
                        QRegularExpression(QStringLiteral("^\\d+(-\\d+)?$")).match(item).hasMatch(),
                        qPrintable(l));
    }
    const QStringList two = wrapText(text, fm, width, 2);
    QCOMPARE(two.size(), 2);
    QVERIFY(two.last().endsWith(QChar(0x2026)));
}

void TestDiagram::chineseFontHasExactTextLayer()
{
    if (Fonts::chineseFamily().isEmpty())
        QSKIP("no Chinese font installed (install fonts-noto-cjk and fonts-droid-fallback)");
    if (!Fonts::chineseTextLayerExact())
        QSKIP("only Chinese fonts that share radical glyphs are installed (install "
              "fonts-droid-fallback)");
    QVERIFY(!Fonts::sharesRadicalGlyphs(Fonts::chineseFamily()));
    QCOMPARE(Fonts::families().last(), Fonts::chineseFamily());
}

QTEST_MAIN(TestDiagram)
#include "tst_diagram.moc"
