#include "zonematrix.h"

#include "engine/messages.h"

#include <QSet>

namespace portolan::render {

using namespace portolan::core;

QStringList ZoneMatrix::Cell::lines() const
{
    QStringList out;
    for (const auto &[protocol, ports] : ports) {
        const QString name = protocolName(protocol).toUpper();
        out << (ports.isEmpty() ? name : name + QLatin1Char(' ') + ports.toString());
    }
    return out;
}

const ZoneMatrix::Cell *ZoneMatrix::cell(const QString &from, const QString &to) const
{
    const int r = row(from);
    const int c = column(to);
    if (r < 0 || c < 0)
        return nullptr;
    return &cells[size_t(r)][size_t(c)];
}

ZoneMatrix ZoneMatrix::build(const Design &design, const FlowSet &flows, Language lang,
                             bool crossingOnly)
{
    auto zoneOf = [&](int node) {
        const QString z = design.nodes[size_t(node)].zone;
        return design.zoneIndex(z) >= 0 ? z : QString();
    };
    QSet<QString> sources, targets;
    std::vector<const Flow *> used;
    for (const Flow &f : flows.flows) {
        if (f.local || (crossingOnly && !f.crossesFirewall))
            continue;
        if (f.source < 0 || f.target < 0)
            continue;
        used.push_back(&f);
        sources.insert(zoneOf(f.source));
        targets.insert(zoneOf(f.target));
    }

    ZoneMatrix m;
    const QString outside
            = Messages::text(QT_TRANSLATE_NOOP("Messages", "(outside every zone)"), lang);
    auto zoneName = [&](const QString &id) {
        if (id.isEmpty())
            return outside;
        const Zone &z = design.zones[size_t(design.zoneIndex(id))];
        return z.name.isEmpty() ? z.id : z.name;
    };
    for (const Zone &z : design.zones) {
        if (sources.contains(z.id))
            m.rowZones << z.id;
        if (targets.contains(z.id))
            m.columnZones << z.id;
    }
    if (sources.contains(QString()))
        m.rowZones << QString();
    if (targets.contains(QString()))
        m.columnZones << QString();
    for (const QString &id : m.rowZones)
        m.rowNames << zoneName(id);
    for (const QString &id : m.columnZones)
        m.columnNames << zoneName(id);

    m.cells.assign(size_t(m.rowZones.size()), std::vector<Cell>(size_t(m.columnZones.size())));
    for (const Flow *f : used) {
        Cell &c = m.cells[size_t(m.row(zoneOf(f->source)))][size_t(m.column(zoneOf(f->target)))];
        c.ports[f->protocol].unite(f->ports);
        c.flows << f->id;
    }
    return m;
}

} // namespace portolan::render
