#include "pdfreport.h"

#include "fonts.h"
#include "pdfreport_p.h"

#include <QBuffer>
#include <QDate>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace portolan::render {

using namespace portolan::core;

namespace detail {

namespace {

bool hasChinese(const QString &s)
{
    for (const QChar c : s) {
        if (c.unicode() >= 0x2E80 && c.unicode() <= 0x9FFF)
            return true;
    }
    return false;
}

PageFlow::Footer footer(const Design &design, Language lang)
{
    QString left = design.title.isEmpty()
            ? Messages::text(QT_TRANSLATE_NOOP("Messages", "Untitled design"), lang)
            : design.title;
    if (!design.meta.revision.isEmpty())
        left += QStringLiteral(" \u00b7 ")
                + Messages::text(QT_TRANSLATE_NOOP("Messages", "Revision %1"), lang)
                          .arg(design.meta.revision);
    return {left, Messages::text(QT_TRANSLATE_NOOP("Messages", "Page %1 of %2"), lang)};
}

} // namespace

Report::Report(const Design &design, const FlowSet &flows, const CatalogSet &cats,
               const ReportOptions &options, QPdfWriter *writer)
    : m_design(design)
    , m_flows(flows)
    , m_cats(cats)
    , m_options(options)
    , m_lang(options.lang)
    , m_request(PortMatrix::build(design, flows, cats, options.lang, true))
    , m_flow(writer, footer(design, options.lang))
{
    m_title = TextStyle(22, true, kInk, writer);
    m_h1 = TextStyle(15, true, kInk, writer);
    m_h2 = TextStyle(11, true, kInk, writer);
    m_text = TextStyle(9, false, kInk, writer);
    m_label = TextStyle(8.5, false, kMuted, writer);
    m_cell = TextStyle(7.5, false, kInk, writer);
    m_cellBold = TextStyle(7.5, true, kInk, writer);
    m_note = TextStyle(6.5, false, kMuted, writer);
    m_kicker = TextStyle(10, true, kAccent, writer);
}

QString Report::zoneName(const QString &id) const
{
    const int i = m_design.zoneIndex(id);
    if (i < 0)
        return QString();
    const Zone &z = m_design.zones[size_t(i)];
    return z.name.isEmpty() ? z.id : z.name;
}

// The zones whose boundary the firewall guards (a zone without a named firewall is its own).
QStringList Report::zonesBehind(const QString &firewall) const
{
    QStringList out;
    for (const Zone &z : m_design.zones) {
        const QString name = z.name.isEmpty() ? z.id : z.name;
        if (z.firewalled && (z.firewall.isEmpty() ? name : z.firewall) == firewall)
            out << name;
    }
    return out;
}

void Report::pageBreak()
{
    m_blocks.push_back([](PageFlow &f) {
        if (!f.atTop())
            f.newPage();
    });
}

void Report::heading(int level, const QString &text, const QString &anchor)
{
    const TextStyle style = level == 1 ? m_h1 : m_h2;
    const QStringList lines = style.wrap(text, m_flow.body().width());
    if (!anchor.isEmpty())
        m_contents.push_back({level, text, anchor});
    m_blocks.push_back([style, lines, anchor, level](PageFlow &f) {
        // Keep the heading with at least a few lines of what follows.
        f.ensure(lines.size() * style.lineHeight() + 60);
        if (!anchor.isEmpty())
            f.anchor(anchor);
        for (const QString &line : lines) {
            f.text(f.body().left(), f.y(), line, style);
            f.advance(style.lineHeight());
        }
        if (level == 1) {
            f.advance(2);
            f.hline(f.body().left(), f.body().right(), f.y(), kAccent, 1);
            f.advance(8);
        } else {
            f.advance(4);
        }
    });
}

void Report::paragraph(const QString &text, const TextStyle &style)
{
    const QStringList lines = style.wrap(text, m_flow.body().width());
    m_blocks.push_back([style, lines](PageFlow &f) {
        for (const QString &line : lines) {
            f.ensure(style.lineHeight());
            f.text(f.body().left(), f.y(), line, style);
            f.advance(style.lineHeight());
        }
        f.advance(style.lineHeight() * 0.5);
    });
}

void Report::table(const std::shared_ptr<Table> &t, qreal width)
{
    t->continued = msg(QT_TRANSLATE_NOOP("Messages", "(continued)"));
    t->prepare(m_flow, m_cell, m_cellBold, m_note, width > 0 ? width : m_flow.body().width());
    m_blocks.push_back([t](PageFlow &f) {
        t->run(f);
        f.advance(10);
    });
}

// ---- sections ---------------------------------------------------------------------------

void Report::addCover()
{
    const QString title = m_design.title.isEmpty()
            ? msg(QT_TRANSLATE_NOOP("Messages", "Untitled design"))
            : m_design.title;
    const QString kicker = msg(QT_TRANSLATE_NOOP("Messages", "Firewall change request"));
    const QStringList titleLines = m_title.wrap(title, m_flow.body().width());
    std::vector<std::pair<QString, QString>> meta = {
            {msg(QT_TRANSLATE_NOOP("Messages", "Customer")), m_design.meta.customer},
            {msg(QT_TRANSLATE_NOOP("Messages", "Author")), m_design.meta.author},
            {msg(QT_TRANSLATE_NOOP("Messages", "Revision")), m_design.meta.revision},
            {msg(QT_TRANSLATE_NOOP("Messages", "Date")), m_design.meta.date},
            {msg(QT_TRANSLATE_NOOP("Messages", "Generated")),
             QDate::currentDate().toString(Qt::ISODate)
                     + QStringLiteral(" \u00b7 Portolan " PORTOLAN_VERSION)},
    };
    qreal labelWidth = 0;
    for (const auto &kv : meta)
        labelWidth = std::max(labelWidth, m_label.width(kv.first));
    const TextStyle kickerStyle = m_kicker, titleStyle = m_title, label = m_label, value = m_text;
    m_blocks.push_back([=](PageFlow &f) {
        f.advance(20);
        f.text(f.body().left(), f.y(), kicker, kickerStyle);
        f.advance(kickerStyle.lineHeight() + 4);
        for (const QString &line : titleLines) {
            f.text(f.body().left(), f.y(), line, titleStyle);
            f.advance(titleStyle.lineHeight());
        }
        f.advance(6);
        f.hline(f.body().left(), f.body().right(), f.y(), kAccent, 1.5);
        f.advance(12);
        for (const auto &[k, v] : meta) {
            f.text(f.body().left(), f.y(), k, label);
            const QStringList lines = value.wrap(v.isEmpty() ? QStringLiteral("\u2014") : v,
                                                 f.body().width() - labelWidth - 16);
            for (const QString &line : lines) {
                f.text(f.body().left() + labelWidth + 16, f.y(), line, value);
                f.advance(value.lineHeight());
            }
            f.advance(3);
        }
        f.advance(14);
    });

    heading(2, msg(QT_TRANSLATE_NOOP("Messages", "Summary")), QString());
    int local = 0;
    for (const Flow &fl : m_flows.flows)
        local += fl.local ? 1 : 0;
    paragraph(msg(QT_TRANSLATE_NOOP("Messages",
                                    "%1 flows derived, %2 cross a firewall, %3 stay on one host."))
                      .arg(m_flows.flows.size())
                      .arg(m_flows.crossingCount())
                      .arg(local),
              m_text);
    const int errors = m_flows.count(Severity::Error);
    paragraph(msg(QT_TRANSLATE_NOOP("Messages",
                                    "Diagnostics: %1 errors, %2 warnings, %3 notes (see Advisories "
                                    "and conflicts)."))
                      .arg(errors)
                      .arg(m_flows.count(Severity::Warning))
                      .arg(m_flows.count(Severity::Note)),
              m_text);
    if (errors > 0) {
        TextStyle alert = m_text;
        alert.color = kError;
        paragraph(msg(QT_TRANSLATE_NOOP(
                          "Messages",
                          "The design has errors: resolve them before submitting this request.")),
                  alert);
    }
    const QStringList firewalls = m_request.firewalls();
    if (!firewalls.isEmpty()) {
        auto t = std::make_shared<Table>();
        t->caption = msg(QT_TRANSLATE_NOOP("Messages", "Summary"));
        t->columns = {{PortMatrix::header(MatrixColumn::Firewall, m_lang), QString(), 1},
                      {msg(QT_TRANSLATE_NOOP("Messages", "Flows to open")), QString(), 1},
                      {msg(QT_TRANSLATE_NOOP("Messages", "Zones behind it")), QString(), 4}};
        for (const QString &fw : firewalls) {
            int n = 0;
            for (const auto &r : m_request.rows)
                n += r.firewall == fw ? 1 : 0;
            const QStringList zones = zonesBehind(fw);
            t->rows.push_back({Cell::strong(fw), Cell::plain(QString::number(n)),
                               Cell::plain(zones.join(QStringLiteral(", ")))});
        }
        table(t, std::min<qreal>(m_flow.body().width(), 560));
    }
}

void Report::addContents()
{
    heading(2, msg(QT_TRANSLATE_NOOP("Messages", "Contents")), QString());
    const TextStyle style = m_text;
    const std::vector<Entry> *entries = &m_contents; // complete before the first pass
    m_blocks.push_back([style, entries](PageFlow &f) {
        for (const Entry &e : *entries) {
            f.ensure(style.lineHeight());
            const qreal indent = e.level == 1 ? 0 : 14;
            const QString page = QString::number(f.anchorPage(e.anchor));
            const qreal pw = style.width(page);
            const QString text = style.metrics.elidedText(
                    e.text, Qt::ElideRight, (f.body().width() * 0.7 - indent) * style.scale);
            f.text(f.body().left() + indent, f.y(), text, style);
            f.text(f.body().right() - pw, f.y(), page, style);
            if (f.painting()) {
                const qreal x1 = f.body().left() + indent + style.width(text) + 6;
                const qreal x2 = f.body().right() - pw - 6;
                const qreal y = f.y() + style.ascent();
                QPainter *p = f.painter();
                p->setPen(QPen(kRule, 0.8 * f.scale(), Qt::DotLine));
                p->drawLine(QPointF(x1 * f.scale(), y * f.scale()),
                            QPointF(x2 * f.scale(), y * f.scale()));
            }
            f.advance(style.lineHeight() + 2);
        }
    });
}

void Report::addDiagram()
{
    pageBreak();
    heading(1, msg(QT_TRANSLATE_NOOP("Messages", "Network diagram")), QStringLiteral("diagram"));
    DiagramOptions dopt;
    dopt.lang = m_lang;
    dopt.portLabels = true;
    m_diagram = std::make_unique<DiagramRenderer>(m_design, m_flows, m_cats, dopt);
    if (m_diagram->geometry().autoLaidOut)
        paragraph(msg(QT_TRANSLATE_NOOP("Messages",
                                        "The design has no drawing geometry; the diagram was laid "
                                        "out automatically.")),
                  m_label);
    const DiagramRenderer *diagram = m_diagram.get();
    const qreal legendPx = 7;
    const qreal legendHeight = m_label.lineHeight() * 2.8;
    const Language lang = m_lang;
    m_blocks.push_back([diagram, legendPx, legendHeight, lang](PageFlow &f) {
        const QRectF area(f.body().left(), f.y(), f.body().width(),
                          f.remaining() - legendHeight - 6);
        if (f.painting()) {
            f.stroke(area, kRule, 0.5);
            diagram->paint(f.painter(), f.toDevice(area.adjusted(4, 4, -4, -4)));
            const QRectF legend(f.body().left(), area.bottom() + 6, f.body().width(), legendHeight);
            DiagramRenderer::paintLegend(f.painter(), f.toDevice(legend), legendPx * f.scale(),
                                         lang);
        }
        f.setY(f.body().bottom());
    });
}

void Report::build()
{
    // The contents block reads m_contents when it runs, after every section registered.
    addCover();
    addContents();
    if (m_options.diagram)
        addDiagram();
    addFirewalls();
    addDiagnostics();
    if (m_options.allFlowsAppendix)
        addAllFlows();
    addZoneMatrix();
    addInventory();
}

void Report::run(QPainter *painter)
{
    m_flow.begin(painter);
    for (const Block &b : m_blocks)
        b(m_flow);
    m_flow.end();
}

namespace {

// PageFlow lays pages out on a QPdfWriter (page size, resolution, font metrics) and turns
// pages through it. To paint on another paged device the layout runs on a writer with that
// device's page layout and resolution which never paints itself and turns the device's pages.
class PageTurner : public QPdfWriter
{
public:
    explicit PageTurner(QPagedPaintDevice *target)
        : QPdfWriter(QString())
        , m_target(target)
    {
        setResolution(target->logicalDpiX());
        setPageLayout(target->pageLayout());
    }
    bool newPage() override { return m_target->newPage(); }

private:
    QPagedPaintDevice *m_target;
};

// Lays the request out on `layout`, then paints it on `device` (for a PDF, the same writer).
bool paintReport(QPdfWriter *layout, QPagedPaintDevice *device, const Design &design,
                 const FlowSet &flows, const CatalogSet &catalogs, const ReportOptions &options,
                 ReportResult *result)
{
    Report report(design, flows, catalogs, options, layout);
    report.build();
    report.run(nullptr); // measure: page count and contents
    QPainter painter;
    if (!painter.begin(device))
        return false;
    // A device whose page layout keeps margins paints from the margin; the layout starts at
    // the sheet's corner.
    const QPointF origin =
            device->pageLayout().paintRectPixels(device->logicalDpiX()).topLeft();
    if (!origin.isNull())
        painter.translate(-origin);
    report.run(&painter);
    painter.end();
    result->pages = report.pages();
    return true;
}

void addFontWarning(const Design &design, Language lang, ReportResult *result)
{
    bool chinese = lang != Language::English || hasChinese(design.title);
    for (size_t i = 0; !chinese && i < design.nodes.size(); ++i)
        chinese = hasChinese(design.nodes[i].name);
    for (size_t i = 0; !chinese && i < design.zones.size(); ++i)
        chinese = hasChinese(design.zones[i].name);
    if (chinese && !Fonts::chineseTextLayerExact())
        result->warnings << QStringLiteral(
                "no installed Chinese font gives an exact PDF text layer (install "
                "fonts-droid-fallback "
                "or fonts-wqy-zenhei); Chinese text looks right but may copy and search wrongly");
}

} // namespace

void setUpPdfWriter(QPdfWriter *writer, const ReportOptions &options, const QString &title)
{
    writer->setResolution(1200);
    writer->setPageLayout(QPageLayout(
            QPageSize(options.paper == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4),
            options.landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
            QMarginsF(0, 0, 0, 0), QPageLayout::Point));
    writer->setTitle(title);
    writer->setCreator(QStringLiteral("Portolan " PORTOLAN_VERSION));
}

} // namespace detail

ReportResult FirewallRequest::pdf(const Design &design, const FlowSet &flows,
                                  const CatalogSet &catalogs, const ReportOptions &options)
{
    ReportResult result;
    QBuffer buffer(&result.pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    detail::setUpPdfWriter(&writer, options,
                           design.title.isEmpty()
                                   ? Messages::text(QT_TRANSLATE_NOOP("Messages",
                                                                      "Firewall change request"),
                                                    options.lang)
                                   : design.title);

    if (!detail::paintReport(&writer, &writer, design, flows, catalogs, options, &result)) {
        result.pdf.clear();
        result.warnings << QStringLiteral("cannot start the PDF writer");
        return result;
    }
    buffer.close();
    detail::addFontWarning(design, options.lang, &result);
    return result;
}

ReportResult FirewallRequest::paint(QPagedPaintDevice *device, const Design &design,
                                    const FlowSet &flows, const CatalogSet &catalogs,
                                    const ReportOptions &options)
{
    ReportResult result;
    if (!device) {
        result.warnings << QStringLiteral("no device to paint on");
        return result;
    }
    detail::PageTurner layout(device);
    if (!detail::paintReport(&layout, device, design, flows, catalogs, options, &result)) {
        result.warnings << QStringLiteral("cannot start painting on the device");
        return result;
    }
    detail::addFontWarning(design, options.lang, &result);
    return result;
}

} // namespace portolan::render
