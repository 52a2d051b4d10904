#include "pdfreport_p.h"

#include "zonematrix.h"

#include <algorithm>

namespace portolan::render::detail {

using namespace portolan::core;

namespace {

// "F1, F2, F3, … (40)" — long id lists would make a row taller than a page.
QString abbreviate(const QStringList &items, int keep)
{
    if (items.size() <= keep)
        return items.join(QStringLiteral(", "));
    return items.mid(0, keep).join(QStringLiteral(", "))
            + QStringLiteral(", \u2026 (%1)").arg(items.size());
}

QStringList sortedKeys(QStringList keys)
{
    std::sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
        return a.mid(1, a.size() - 2).toInt() < b.mid(1, b.size() - 2).toInt();
    });
    return keys;
}

} // namespace

QString Report::referenceKey(const QString &reference)
{
    if (reference.isEmpty())
        return QString();
    int i = int(m_references.indexOf(reference));
    if (i < 0) {
        m_references << reference;
        i = int(m_references.size()) - 1;
    }
    return QStringLiteral("[%1]").arg(i + 1);
}

// Vendor references are long ("file § table, row ..."); printed in every row they made rows
// three times taller. Rows carry the number, the table is followed by the list.
void Report::referenceList(const QStringList &keys)
{
    if (keys.isEmpty())
        return;
    const TextStyle title = m_cellBold;
    const TextStyle key = m_cellBold;
    const TextStyle text = m_cell;
    const qreal indent = key.width(QStringLiteral("[%1]").arg(m_references.size())) + 6;
    struct Entry
    {
        QString key;
        QStringList lines;
    };
    std::vector<Entry> entries;
    for (const QString &k : keys) {
        const QString ref = m_references.value(k.mid(1, k.size() - 2).toInt() - 1);
        entries.push_back({k, text.wrap(ref, m_flow.body().width() - indent)});
    }
    const QString heading = PortMatrix::header(MatrixColumn::Reference, m_lang);
    m_blocks.push_back([=](PageFlow &f) {
        f.ensure(title.lineHeight() * 2 + 4);
        f.text(f.body().left(), f.y(), heading, title);
        f.advance(title.lineHeight() + 2);
        for (const Entry &e : entries) {
            f.ensure(text.lineHeight() * std::min<qsizetype>(e.lines.size(), 3));
            f.text(f.body().left(), f.y(), e.key, key);
            for (const QString &line : e.lines) {
                f.ensure(text.lineHeight());
                f.text(f.body().left() + indent, f.y(), line, text);
                f.advance(text.lineHeight());
            }
            f.advance(1.5);
        }
        f.advance(8);
    });
}

void Report::addFirewalls()
{
    const QStringList firewalls = m_request.firewalls();
    if (firewalls.isEmpty()) {
        pageBreak();
        heading(1, msg(QT_TRANSLATE_NOOP("Messages", "Firewall requests")), QStringLiteral("fw"));
        paragraph(msg(QT_TRANSLATE_NOOP("Messages", "No flow crosses a firewall.")), m_text);
        return;
    }
    for (const QString &fw : firewalls) {
        pageBreak();
        const QString title = msg(QT_TRANSLATE_NOOP("Messages", "Firewall %1")).arg(fw);
        heading(1, title, QStringLiteral("fw:") + fw);
        auto t = std::make_shared<Table>();
        t->caption = title;
        t->columns = firewallColumns(m_lang);
        QStringList keys;
        for (const auto &r : m_request.rows) {
            if (r.firewall != fw)
                continue;
            auto c = [&](MatrixColumn col) { return r.cells.value(int(col)); };
            const QString key = referenceKey(c(MatrixColumn::Reference));
            if (!key.isEmpty() && !keys.contains(key))
                keys << key;
            t->rows.push_back(
                    {Cell::strong(c(MatrixColumn::Flow)),
                     Cell::plain(c(MatrixColumn::SourceName), c(MatrixColumn::SourceHost)),
                     Cell::plain(c(MatrixColumn::SourceAddress)),
                     Cell::plain(c(MatrixColumn::SourceZone)),
                     Cell::plain(c(MatrixColumn::TargetName), c(MatrixColumn::TargetHost)),
                     Cell::plain(c(MatrixColumn::TargetAddress)),
                     Cell::plain(c(MatrixColumn::TargetZone)),
                     Cell::strong(c(MatrixColumn::Protocol)), Cell::strong(c(MatrixColumn::Ports)),
                     Cell::plain(c(MatrixColumn::Service)), Cell::plain(c(MatrixColumn::Purpose)),
                     Cell::plain(key)});
        }
        const QStringList zones = zonesBehind(fw);
        paragraph(msg(QT_TRANSLATE_NOOP("Messages",
                                        "%1 flows to open. Zones behind this firewall: %2."))
                          .arg(t->rows.size())
                          .arg(zones.join(QStringLiteral(", "))),
                  m_text);
        table(t);
        referenceList(sortedKeys(keys));
    }
}

void Report::addDiagnostics()
{
    pageBreak();
    heading(1, msg(QT_TRANSLATE_NOOP("Messages", "Advisories and conflicts")),
            QStringLiteral("diagnostics"));
    if (m_flows.diagnostics.empty()) {
        paragraph(msg(QT_TRANSLATE_NOOP("Messages", "No advisories, conflicts or missing peers.")),
                  m_text);
        return;
    }
    auto t = std::make_shared<Table>();
    t->caption = msg(QT_TRANSLATE_NOOP("Messages", "Advisories and conflicts"));
    t->columns = {{msg(QT_TRANSLATE_NOOP("Messages", "Severity")), QString(), 1},
                  {msg(QT_TRANSLATE_NOOP("Messages", "Message")), QString(), 3},
                  {PortMatrix::header(MatrixColumn::Flow, m_lang), QString(), 1},
                  {msg(QT_TRANSLATE_NOOP("Messages", "Components concerned")), QString(), 1.3},
                  {PortMatrix::header(MatrixColumn::Reference, m_lang), QString(), 1}};
    constexpr int kShownNodes = 8;
    QHash<QString, int> nodeIndex; // one look-up per shown node, not a scan of the design
    nodeIndex.reserve(qsizetype(m_design.nodes.size()));
    for (int i = int(m_design.nodes.size()) - 1; i >= 0; --i)
        nodeIndex.insert(m_design.nodes[size_t(i)].id, i); // the first of equal ids wins
    for (Severity sev : {Severity::Error, Severity::Warning, Severity::Note}) {
        for (const Diagnostic &d : m_flows.diagnostics) {
            if (d.severity != sev)
                continue;
            QString message;
            QString reference;
            const Advisory *a = d.code == QLatin1String("advisory")
                    ? m_cats.advisory(d.args.value(0))
                    : nullptr;
            if (a) {
                message = a->text.get(m_lang); // the flows get their own column
                reference = a->reference.toString();
            } else {
                message = Messages::diagnostic(d, m_design, m_cats, m_lang);
            }
            // Only the first kShownNodes are shown (the rest are counted): labels for those.
            QStringList nodes;
            for (const QString &id : d.nodes) {
                const int i = nodes.size() < kShownNodes ? nodeIndex.value(id, -1) : -1;
                nodes << (i >= 0 ? Messages::nodeLabel(m_design.nodes[size_t(i)]) : id);
            }
            const QColor color = sev == Severity::Error
                    ? kError
                    : (sev == Severity::Warning ? kWarning : kNote);
            t->rows.push_back({Cell::strong(Messages::severity(sev, m_lang), color),
                               Cell::plain(message), Cell::plain(abbreviate(d.flows, 24)),
                               Cell::plain(abbreviate(nodes, kShownNodes)), muted(reference)});
        }
    }
    table(t);
}

void Report::addAllFlows()
{
    pageBreak();
    heading(1, msg(QT_TRANSLATE_NOOP("Messages", "Appendix A \u2014 All flows")),
            QStringLiteral("all"));
    paragraph(msg(QT_TRANSLATE_NOOP(
                      "Messages",
                      "Every derived flow, including the flows inside a zone and between "
                      "components on one host, which need no firewall change.")),
              m_label);
    const PortMatrix m = PortMatrix::build(m_design, m_flows, m_cats, m_lang, false);
    auto h = [&](MatrixColumn c) { return PortMatrix::header(c, m_lang); };
    auto t = std::make_shared<Table>();
    t->caption = msg(QT_TRANSLATE_NOOP("Messages", "Appendix A \u2014 All flows"));
    t->columns = {{h(MatrixColumn::Flow), QString(), 1, true},
                  {h(MatrixColumn::SourceName), h(MatrixColumn::SourceAddress), 1, true},
                  {h(MatrixColumn::SourceZone), QString(), 1, true},
                  {h(MatrixColumn::TargetName), h(MatrixColumn::TargetAddress), 1, true},
                  {h(MatrixColumn::TargetZone), QString(), 1, true},
                  {h(MatrixColumn::Protocol), QString(), 1, true},
                  {h(MatrixColumn::Ports), QString(), 1, true},
                  {h(MatrixColumn::FirewallsCrossed), QString(), 1},
                  {h(MatrixColumn::Service), QString(), 1.2},
                  {h(MatrixColumn::Purpose), QString(), 1.5},
                  {h(MatrixColumn::Reference), QString(), 1, true}};
    QStringList keys;
    for (const auto &r : m.rows) {
        auto c = [&](MatrixColumn col) { return r.cells.value(int(col)); };
        const bool crossing = r.flow && r.flow->crossesFirewall;
        const QString key = referenceKey(c(MatrixColumn::Reference));
        if (!key.isEmpty() && !keys.contains(key))
            keys << key;
        t->rows.push_back({Cell::strong(c(MatrixColumn::Flow)),
                           Cell::plain(c(MatrixColumn::SourceName), c(MatrixColumn::SourceAddress)),
                           Cell::plain(c(MatrixColumn::SourceZone)),
                           Cell::plain(c(MatrixColumn::TargetName), c(MatrixColumn::TargetAddress)),
                           Cell::plain(c(MatrixColumn::TargetZone)),
                           Cell::strong(c(MatrixColumn::Protocol)),
                           Cell::strong(c(MatrixColumn::Ports)),
                           crossing ? Cell::strong(c(MatrixColumn::FirewallsCrossed), kAccent)
                                    : Cell::fine(c(MatrixColumn::FirewallsCrossed), kMuted),
                           Cell::plain(c(MatrixColumn::Service)),
                           Cell::plain(c(MatrixColumn::Purpose)), Cell::plain(key)});
    }
    if (t->rows.empty()) {
        paragraph(msg(QT_TRANSLATE_NOOP("Messages", "The design has no flows.")), m_text);
    } else {
        table(t);
        referenceList(sortedKeys(keys));
    }
}

void Report::addZoneMatrix()
{
    pageBreak();
    const QString title
            = msg(QT_TRANSLATE_NOOP("Messages", "Appendix B \u2014 Zone-to-zone matrix"));
    heading(1, title, QStringLiteral("zones"));
    paragraph(msg(QT_TRANSLATE_NOOP(
                      "Messages",
                      "Rows are source zones, columns target zones; each cell lists the protocols "
                      "and ports to open from the row's zone to the column's zone (flows crossing "
                      "a firewall), with the flows it comes from.")),
              m_label);
    const ZoneMatrix zm = ZoneMatrix::build(m_design, m_flows, m_lang, true);
    if (zm.isEmpty()) {
        paragraph(msg(QT_TRANSLATE_NOOP("Messages", "No flow crosses a firewall.")), m_text);
        return;
    }
    // Wide matrices are split into column groups, each a table with the row zones repeated.
    const qreal first = 120;
    const qreal minCol = 96;
    const int perPage = std::max(1, int((m_flow.body().width() - first) / minCol));
    const int columns = int(zm.columnZones.size());
    for (int c0 = 0; c0 < columns; c0 += perPage) {
        const int n = std::min(perPage, columns - c0);
        const qreal col = std::min<qreal>(150, (m_flow.body().width() - first) / n);
        auto t = std::make_shared<Table>();
        t->caption = title;
        t->columns.push_back(
                {PortMatrix::header(MatrixColumn::SourceZone, m_lang) + QStringLiteral(" \u2193"),
                 PortMatrix::header(MatrixColumn::TargetZone, m_lang) + QStringLiteral(" \u2192"),
                 first});
        for (int c = c0; c < c0 + n; ++c)
            t->columns.push_back({zm.columnNames.value(c), QString(), col});
        for (int r = 0; r < int(zm.rowZones.size()); ++r) {
            std::vector<Table::Cell> row {Cell::strong(zm.rowNames.value(r))};
            bool any = false;
            for (int c = c0; c < c0 + n; ++c) {
                const ZoneMatrix::Cell &cell = zm.cells[size_t(r)][size_t(c)];
                any = any || !cell.isEmpty();
                row.push_back(Cell::plain(cell.lines().join(QLatin1Char('\n')),
                                          abbreviate(cell.flows, 12)));
            }
            if (any)
                t->rows.push_back(row);
        }
        table(t, first + n * col);
    }
}

void Report::addInventory()
{
    pageBreak();
    const QString title = msg(QT_TRANSLATE_NOOP("Messages", "Appendix C \u2014 Components"));
    heading(1, title, QStringLiteral("components"));
    auto t = std::make_shared<Table>();
    t->caption = title;
    t->columns = {{msg(QT_TRANSLATE_NOOP("Messages", "Name")), QString(), 1},
                  {msg(QT_TRANSLATE_NOOP("Messages", "Component")), QString(), 1},
                  {PortMatrix::header(MatrixColumn::Product, m_lang), QString(), 1},
                  {msg(QT_TRANSLATE_NOOP("Messages", "Zone")), QString(), 1, true},
                  {msg(QT_TRANSLATE_NOOP("Messages", "Host")), QString(), 1, true},
                  {msg(QT_TRANSLATE_NOOP("Messages", "Address")), QString(), 1, true}};
    for (const Node &n : m_design.nodes) {
        const ComponentType *type = m_cats.component(n.type);
        const Catalog *cat = type ? m_cats.catalog(type->product) : nullptr;
        t->rows.push_back({Cell::strong(n.name.isEmpty() ? n.id : n.name),
                           Cell::plain(Messages::componentName(n.type, m_cats, m_lang), n.type),
                           Cell::plain(cat ? cat->name.get(m_lang) : QString()),
                           Cell::plain(zoneName(n.zone)), Cell::plain(n.host),
                           Cell::plain(n.address)});
    }
    if (!t->rows.empty())
        table(t);
}

std::vector<Table::Column> firewallColumns(core::Language lang,
                                           const std::vector<Table::Column> &extra)
{
    using core::MatrixColumn;
    auto h = [lang](MatrixColumn c) { return core::PortMatrix::header(c, lang); };
    std::vector<Table::Column> columns = {
            {h(MatrixColumn::Flow), QString(), 1, true},
            {h(MatrixColumn::SourceName), h(MatrixColumn::SourceHost), 1},
            {h(MatrixColumn::SourceAddress), QString(), 1, true},
            {h(MatrixColumn::SourceZone), QString(), 1, true},
            {h(MatrixColumn::TargetName), h(MatrixColumn::TargetHost), 1},
            {h(MatrixColumn::TargetAddress), QString(), 1, true},
            {h(MatrixColumn::TargetZone), QString(), 1, true},
            {h(MatrixColumn::Protocol), QString(), 1, true},
            {h(MatrixColumn::Ports), QString(), 1, true},
            {h(MatrixColumn::Service), QString(), 1.2},
            // Extra columns take their room from the purpose and the reference.
            {h(MatrixColumn::Purpose), QString(), extra.empty() ? 1.5 : 1.4}};
    columns.insert(columns.end(), extra.begin(), extra.end());
    columns.push_back({h(MatrixColumn::Reference), QString(), extra.empty() ? 1.0 : 0.6, true});
    return columns;
}

} // namespace portolan::render::detail
