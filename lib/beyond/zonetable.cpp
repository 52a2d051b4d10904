#include "zonetable.h"

#include "support.h"

#include "engine/messages.h"

#include <QSet>

#include <map>

namespace portolan::beyond {

using namespace portolan::core;

ZoneTable ZoneTable::build(const Design &design, const FlowSet &flows, Language lang,
                           bool crossingOnly)
{
    // (source zone, target zone) -> protocol -> ports (ICMP: an empty set, present)
    std::map<std::pair<QString, QString>, std::map<Protocol, PortSet>> ports;
    std::map<std::pair<QString, QString>, QStringList> ids;
    QSet<QString> sources, targets;
    for (const Flow &f : flows.flows) {
        if (f.local || (crossingOnly && !f.crossesFirewall))
            continue;
        const QString from = design.nodes[size_t(f.source)].zone;
        const QString to = design.nodes[size_t(f.target)].zone;
        ports[{from, to}][f.protocol].unite(f.ports);
        ids[{from, to}] << f.id;
        sources.insert(from);
        targets.insert(to);
    }
    ZoneTable t;
    const QString noZone = Messages::text(QT_TRANSLATE_NOOP("Messages", "(no zone)"), lang);
    auto collect = [&](const QSet<QString> &used, QStringList *zones, QStringList *names) {
        for (const Zone &z : design.zones) {
            if (used.contains(z.id)) {
                *zones << z.id;
                *names << zoneName(design, z.id);
            }
        }
        if (used.contains(QString())) {
            *zones << QString();
            *names << noZone;
        }
    };
    collect(sources, &t.rowZones, &t.rowNames);
    collect(targets, &t.columnZones, &t.columnNames);
    t.cells.assign(size_t(t.rowZones.size()),
                   std::vector<QStringList>(size_t(t.columnZones.size())));
    t.flows = t.cells;
    for (int r = 0; r < t.rowZones.size(); ++r) {
        for (int c = 0; c < t.columnZones.size(); ++c) {
            const auto key = std::make_pair(t.rowZones[r], t.columnZones[c]);
            const auto it = ports.find(key);
            if (it == ports.end())
                continue;
            QStringList lines;
            for (const auto &[proto, set] : it->second)
                lines << (set.isEmpty() ? protocolName(proto).toUpper()
                                        : protocolName(proto).toUpper() + QLatin1Char(' ')
                                                  + set.toString());
            t.cells[size_t(r)][size_t(c)] = lines;
            t.flows[size_t(r)][size_t(c)] = ids[key];
        }
    }
    return t;
}

QString ZoneTable::text(int row, int column, const QString &separator) const
{
    return cells[size_t(row)][size_t(column)].join(separator);
}

} // namespace portolan::beyond
