#include "commands.h"

#include "document/document.h"

#include <QSet>

namespace portolan::gui {

DocumentCommand::DocumentCommand(Document *doc, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_doc(doc)
{}

void DocumentCommand::redo()
{
    Document::Batch batch(m_doc);
    doRedo();
}

void DocumentCommand::undo()
{
    Document::Batch batch(m_doc);
    doUndo();
}

// --- nodes ---------------------------------------------------------------------------------

AddNodeCommand::AddNodeCommand(Document *doc, const core::Node &node, QUndoCommand *parent)
    : DocumentCommand(doc, tr("Add %1").arg(node.name), parent)
    , m_node(node)
{}

void AddNodeCommand::doRedo()
{
    doc()->insertNode(m_node, -1);
}

void AddNodeCommand::doUndo()
{
    doc()->takeNode(m_node.id, nullptr);
}

RemoveNodeCommand::RemoveNodeCommand(Document *doc, const QString &id, QUndoCommand *parent)
    : DocumentCommand(doc, tr("Delete node"), parent)
    , m_id(id)
{
    if (const core::Node *n = doc->node(id))
        setText(tr("Delete %1").arg(n->name));
}

void RemoveNodeCommand::doRedo()
{
    m_links.clear();
    m_flows.clear();
    const core::Design &d = doc()->design();
    for (int i = int(d.links.size()) - 1; i >= 0; --i) {
        const core::Link &l = d.links[size_t(i)];
        if (l.from == m_id || l.to == m_id)
            m_links.emplace_back(i, doc()->takeLink(i));
    }
    for (int i = int(d.flows.size()) - 1; i >= 0; --i) {
        const core::ManualFlow &f = d.flows[size_t(i)];
        if (f.from == m_id || f.to == m_id)
            m_flows.emplace_back(i, doc()->takeManualFlow(i));
    }
    m_node = doc()->takeNode(m_id, &m_index);
}

void RemoveNodeCommand::doUndo()
{
    if (m_index < 0)
        return;
    doc()->insertNode(m_node, m_index);
    for (auto it = m_flows.rbegin(); it != m_flows.rend(); ++it)
        doc()->insertManualFlow(it->second, it->first);
    for (auto it = m_links.rbegin(); it != m_links.rend(); ++it)
        doc()->insertLink(it->second, it->first);
}

// --- zones ---------------------------------------------------------------------------------

AddZoneCommand::AddZoneCommand(Document *doc, const core::Zone &zone, QUndoCommand *parent)
    : DocumentCommand(doc, tr("Add zone %1").arg(zone.name), parent)
    , m_zone(zone)
{}

void AddZoneCommand::doRedo()
{
    doc()->insertZone(m_zone, -1);
}

void AddZoneCommand::doUndo()
{
    doc()->takeZone(m_zone.id, nullptr);
}

RemoveZoneCommand::RemoveZoneCommand(Document *doc, const QString &id, QUndoCommand *parent)
    : DocumentCommand(doc, tr("Delete zone"), parent)
    , m_id(id)
{
    if (const core::Zone *z = doc->zone(id))
        setText(tr("Delete zone %1").arg(z->name));
}

void RemoveZoneCommand::doRedo()
{
    m_zone = doc()->takeZone(m_id, &m_index);
}

void RemoveZoneCommand::doUndo()
{
    if (m_index >= 0)
        doc()->insertZone(m_zone, m_index);
}

// --- geometry ------------------------------------------------------------------------------

GeometryCommand::GeometryCommand(Document *doc, const GeometryChange &change, const QString &text,
                                 int mergeId, QUndoCommand *parent)
    : DocumentCommand(doc, text, parent)
    , m_change(change)
    , m_mergeId(mergeId)
{}

bool GeometryCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = dynamic_cast<const GeometryCommand *>(other);
    if (!o || o->m_mergeId != m_mergeId || m_mergeId == NoMerge)
        return false;
    // Sequential changes: keep our "before", take their "after"; an item we did not touch
    // was unchanged by us, so their "before" is the right one for it.
    auto mergeStates = [](auto &mineBefore, auto &mineAfter, const auto &theirBefore,
                          const auto &theirAfter) {
        for (size_t i = 0; i < theirAfter.size(); ++i) {
            bool found = false;
            for (size_t j = 0; j < mineAfter.size(); ++j) {
                if (mineAfter[j].id == theirAfter[i].id) {
                    mineAfter[j] = theirAfter[i];
                    found = true;
                }
            }
            if (!found) {
                mineBefore.push_back(theirBefore[i]);
                mineAfter.push_back(theirAfter[i]);
            }
        }
    };
    mergeStates(m_change.zonesBefore, m_change.zonesAfter, o->m_change.zonesBefore,
                o->m_change.zonesAfter);
    mergeStates(m_change.nodesBefore, m_change.nodesAfter, o->m_change.nodesBefore,
                o->m_change.nodesAfter);
    return true;
}

void GeometryCommand::apply(const std::vector<GeometryChange::ZoneState> &zones,
                            const std::vector<GeometryChange::NodeState> &nodes)
{
    for (const auto &s : zones) {
        if (const core::Zone *z = doc()->zone(s.id)) {
            core::Zone copy = *z;
            copy.rect = s.rect;
            copy.hasRect = true;
            copy.parent = s.parent;
            doc()->updateZone(copy);
        }
    }
    for (const auto &s : nodes) {
        if (const core::Node *n = doc()->node(s.id)) {
            core::Node copy = *n;
            copy.pos = s.pos;
            copy.hasPos = true;
            copy.zone = s.zone;
            doc()->updateNode(copy);
        }
    }
}

void GeometryCommand::doRedo()
{
    apply(m_change.zonesAfter, m_change.nodesAfter);
}

void GeometryCommand::doUndo()
{
    apply(m_change.zonesBefore, m_change.nodesBefore);
}

// --- properties ----------------------------------------------------------------------------

ChangeNodeCommand::ChangeNodeCommand(Document *doc, const core::Node &before,
                                     const core::Node &after, QUndoCommand *parent)
    : DocumentCommand(doc, tr("Change %1").arg(after.name), parent)
    , m_before(before)
    , m_after(after)
{}

void ChangeNodeCommand::doRedo()
{
    doc()->updateNode(m_after);
}

void ChangeNodeCommand::doUndo()
{
    doc()->updateNode(m_before);
}

ChangeZoneCommand::ChangeZoneCommand(Document *doc, const core::Zone &before,
                                     const core::Zone &after, QUndoCommand *parent)
    : DocumentCommand(doc, tr("Change zone %1").arg(after.name), parent)
    , m_before(before)
    , m_after(after)
{}

void ChangeZoneCommand::doRedo()
{
    doc()->updateZone(m_after);
}

void ChangeZoneCommand::doUndo()
{
    doc()->updateZone(m_before);
}

// --- links ---------------------------------------------------------------------------------

AddLinkCommand::AddLinkCommand(Document *doc, const core::Link &link, QUndoCommand *parent)
    : DocumentCommand(doc, tr("Link nodes"), parent)
    , m_link(link)
{}

void AddLinkCommand::doRedo()
{
    doc()->insertLink(m_link, -1);
}

void AddLinkCommand::doUndo()
{
    doc()->takeLink(doc()->linkIndex(m_link.from, m_link.to));
}

RemoveLinkCommand::RemoveLinkCommand(Document *doc, const QString &from, const QString &to,
                                     QUndoCommand *parent)
    : DocumentCommand(doc, tr("Remove link"), parent)
    , m_from(from)
    , m_to(to)
{}

void RemoveLinkCommand::doRedo()
{
    m_index = doc()->linkIndex(m_from, m_to);
    if (m_index >= 0)
        m_link = doc()->takeLink(m_index);
}

void RemoveLinkCommand::doUndo()
{
    if (m_index >= 0)
        doc()->insertLink(m_link, m_index);
}

// --- products ------------------------------------------------------------------------------

SetProductOptionsCommand::SetProductOptionsCommand(Document *doc, const nlohmann::json &before,
                                                   const nlohmann::json &after,
                                                   QUndoCommand *parent)
    : DocumentCommand(doc, tr("Change product options"), parent)
    , m_before(before)
    , m_after(after)
{}

void SetProductOptionsCommand::doRedo()
{
    doc()->setProducts(m_after);
}

void SetProductOptionsCommand::doUndo()
{
    doc()->setProducts(m_before);
}

// --- compound edits ------------------------------------------------------------------------

QUndoCommand *Commands::remove(Document *doc, const QStringList &nodes, const QStringList &zones,
                               const QList<QPair<QString, QString>> &links)
{
    QStringList allZones;
    QStringList allNodes = nodes;
    for (const QString &z : zones) {
        if (!doc->zone(z))
            continue;
        for (const QString &d : QStringList{z} + doc->descendantZones(z)) {
            if (!allZones.contains(d))
                allZones << d;
        }
        for (const QString &n : doc->nodesInside(z)) {
            if (!allNodes.contains(n))
                allNodes << n;
        }
    }
    if (allNodes.isEmpty() && allZones.isEmpty() && links.isEmpty())
        return nullptr;
    auto *cmd = new DocumentCommand(doc, tr("Delete"));
    int count = 0;
    for (const auto &l : links) {
        if (doc->linkIndex(l.first, l.second) >= 0 && !allNodes.contains(l.first)
            && !allNodes.contains(l.second)) {
            new RemoveLinkCommand(doc, l.first, l.second, cmd);
            ++count;
        }
    }
    for (const QString &n : allNodes) {
        if (doc->node(n)) {
            new RemoveNodeCommand(doc, n, cmd);
            ++count;
        }
    }
    // Children before parents, so that no zone is left pointing at a deleted one.
    std::sort(allZones.begin(), allZones.end(), [doc](const QString &a, const QString &b) {
        return doc->zoneDepth(a) > doc->zoneDepth(b);
    });
    for (const QString &z : allZones) {
        new RemoveZoneCommand(doc, z, cmd);
        ++count;
    }
    if (count == 1)
        cmd->setText(cmd->child(0)->text());
    else
        cmd->setText(tr("Delete %n items", nullptr, count));
    return cmd;
}

QUndoCommand *Commands::addZone(Document *doc, const QRectF &rect)
{
    core::Zone zone;
    zone.id = doc->uniqueZoneId();
    zone.name = doc->nextZoneName();
    zone.firewalled = true;
    zone.rect = rect.normalized();
    zone.hasRect = true;
    core::Design after = doc->design();
    zone.parent = geometry::parentFor(after, zone.rect, {});
    after.zones.push_back(zone);

    auto *cmd = new DocumentCommand(doc, tr("Add zone %1").arg(zone.name));
    new AddZoneCommand(doc, zone, cmd);
    // Whatever the new zone encloses becomes its content.
    const GeometryChange change = geometry::computeChange(after, {}, {{zone.id, zone.rect}});
    GeometryChange adopt;
    for (size_t i = 0; i < change.zonesAfter.size(); ++i) {
        if (change.zonesAfter[i].id != zone.id) {
            adopt.zonesBefore.push_back(change.zonesBefore[i]);
            adopt.zonesAfter.push_back(change.zonesAfter[i]);
        }
    }
    adopt.nodesBefore = change.nodesBefore;
    adopt.nodesAfter = change.nodesAfter;
    if (!adopt.isEmpty())
        new GeometryCommand(doc, adopt, QString(), GeometryCommand::NoMerge, cmd);
    return cmd;
}

QUndoCommand *Commands::addNode(Document *doc, const QString &type, const QPointF &pos)
{
    core::Node node;
    node.id = doc->uniqueNodeId(type);
    node.type = type;
    node.name = doc->defaultNodeName(type);
    node.pos = pos;
    node.hasPos = true;
    node.zone = geometry::zoneAt(doc->design(), pos);
    return new AddNodeCommand(doc, node);
}

QUndoCommand *Commands::move(Document *doc, const QStringList &nodes, const QStringList &zones,
                             const QPointF &delta, int mergeId)
{
    QHash<QString, QPointF> nodePos;
    QHash<QString, QRectF> zoneRects;
    for (const QString &z : zones) {
        for (const QString &d : QStringList{z} + doc->descendantZones(z)) {
            if (const core::Zone *zone = doc->zone(d))
                zoneRects.insert(d, zone->rect.translated(delta));
        }
        for (const QString &n : doc->nodesInside(z)) {
            if (const core::Node *node = doc->node(n))
                nodePos.insert(n, node->pos + delta);
        }
    }
    for (const QString &n : nodes) {
        if (const core::Node *node = doc->node(n))
            nodePos.insert(n, node->pos + delta);
    }
    const GeometryChange change = geometry::computeChange(doc->design(), nodePos, zoneRects);
    if (change.isEmpty())
        return nullptr;
    const int count = int(nodes.size() + zones.size());
    return new GeometryCommand(doc, change, tr("Move %n items", nullptr, count), mergeId);
}

QUndoCommand *Commands::resizeZone(Document *doc, const QString &zone, const QRectF &rect)
{
    const GeometryChange change = geometry::computeChange(doc->design(), {},
                                                          {{zone, rect.normalized()}});
    if (change.isEmpty())
        return nullptr;
    return new GeometryCommand(doc, change, tr("Resize zone"));
}

QUndoCommand *Commands::insertFragment(Document *doc, const core::Design &fragment,
                                       const QString &text)
{
    auto *cmd = new DocumentCommand(doc, text);
    // Parents before children so that the zone tree is valid at every step.
    std::vector<core::Zone> zones = fragment.zones;
    QSet<QString> placed;
    while (!zones.empty()) {
        bool progress = false;
        for (auto it = zones.begin(); it != zones.end();) {
            if (it->parent.isEmpty() || placed.contains(it->parent) || doc->zone(it->parent)) {
                new AddZoneCommand(doc, *it, cmd);
                placed.insert(it->id);
                it = zones.erase(it);
                progress = true;
            } else {
                ++it;
            }
        }
        if (!progress)
            break;
    }
    for (const core::Node &n : fragment.nodes)
        new AddNodeCommand(doc, n, cmd);
    for (const core::Link &l : fragment.links)
        new AddLinkCommand(doc, l, cmd);
    return cmd;
}

} // namespace portolan::gui
