#include "document.h"

#include "autolayout.h"
#include "guicontext.h"

#include "engine/engine.h"
#include "engine/messages.h"
#include "io/designio.h"

#include <QFileInfo>
#include <QUndoStack>

namespace portolan::gui {

Document::Document(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
    std::vector<core::LoadError> errors;
    m_catalogs = core::CatalogSet::loadStandard({}, &errors);
    if (!m_catalogs)
        m_catalogs = std::make_unique<core::CatalogSet>();
    for (const core::LoadError &e : errors)
        m_catalogErrors << e.toString();
    m_derivation = std::make_unique<core::IncrementalDerivation>(*m_catalogs);
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
    newDesign();
}

Document::~Document() = default;

int Document::nodeIndex(const QString &id) const
{
    if (!m_indexValid) {
        m_nodeIndex.clear();
        m_zoneIndex.clear();
        // Backwards, so that the first of duplicate ids wins, as in Design::nodeIndex().
        for (size_t i = m_design.nodes.size(); i-- > 0;)
            m_nodeIndex.insert(m_design.nodes[i].id, int(i));
        for (size_t i = m_design.zones.size(); i-- > 0;)
            m_zoneIndex.insert(m_design.zones[i].id, int(i));
        m_indexValid = true;
    }
    return m_nodeIndex.value(id, -1);
}

int Document::zoneIndex(const QString &id) const
{
    nodeIndex(QString()); // makes both indices valid
    return m_zoneIndex.value(id, -1);
}

const core::Node *Document::node(const QString &id) const
{
    const int i = nodeIndex(id);
    return i >= 0 ? &m_design.nodes[size_t(i)] : nullptr;
}

const core::Zone *Document::zone(const QString &id) const
{
    const int i = zoneIndex(id);
    return i >= 0 ? &m_design.zones[size_t(i)] : nullptr;
}

QStringList Document::descendantZones(const QString &id) const
{
    QStringList out;
    QStringList queue{id};
    while (!queue.isEmpty()) {
        const QString parent = queue.takeFirst();
        for (const core::Zone &z : m_design.zones) {
            if (z.parent == parent && !out.contains(z.id) && z.id != id) {
                out << z.id;
                queue << z.id;
            }
        }
    }
    return out;
}

QStringList Document::nodesInside(const QString &id) const
{
    QStringList zones = descendantZones(id);
    zones << id;
    QStringList out;
    for (const core::Node &n : m_design.nodes) {
        if (zones.contains(n.zone))
            out << n.id;
    }
    return out;
}

int Document::zoneDepth(const QString &id) const
{
    int depth = 0;
    const core::Zone *z = zone(id);
    while (z && !z->parent.isEmpty() && depth < 64) {
        z = zone(z->parent);
        ++depth;
    }
    return depth;
}

int Document::linkIndex(const QString &a, const QString &b) const
{
    for (size_t i = 0; i < m_design.links.size(); ++i) {
        const core::Link &l = m_design.links[i];
        if ((l.from == a && l.to == b) || (l.from == b && l.to == a))
            return int(i);
    }
    return -1;
}

void Document::setFileName(const QString &fileName)
{
    if (m_fileName == fileName)
        return;
    m_fileName = fileName;
    emit fileNameChanged(fileName);
}

bool Document::isModified() const
{
    return !m_undoStack->isClean();
}

void Document::setClean()
{
    m_undoStack->setClean();
}

void Document::markModified()
{
    m_undoStack->resetClean();
}

void Document::setDesign(const core::Design &design, const QString &fileName)
{
    m_undoStack->clear();
    m_design = design;
    invalidateIndex();
    if (m_design.needsLayout())
        autoLayout(&m_design);
    setFileName(fileName);
    m_dirty = false;
    m_pending = core::ChangeSet();
    m_derivation->reset(m_design);
    ++m_flowGeneration;
    emit designReset();
    emit flowsChanged();
    emit modifiedChanged(false);
}

void Document::newDesign()
{
    core::Design d;
    d.title = tr("Untitled design");
    setDesign(d, QString());
}

bool Document::open(const QString &fileName, QString *error)
{
    core::Design design;
    std::vector<core::LoadError> errors;
    if (!core::DesignIO::readFile(fileName, m_catalogs.get(), &design, &errors)) {
        QStringList lines;
        for (const core::LoadError &e : errors)
            lines << e.toString();
        if (lines.isEmpty())
            lines << tr("%1: cannot be read").arg(fileName);
        if (error)
            *error = lines.join(QLatin1Char('\n'));
        return false;
    }
    setDesign(design, QFileInfo(fileName).absoluteFilePath());
    return true;
}

bool Document::saveAs(const QString &fileName, QString *error)
{
    // The version being replaced is kept as NAME.bak; on failure nothing changes here
    // (file name, clean state) and the caller tells the user.
    if (!core::DesignIO::writeFileWithBackup(m_design, fileName, error))
        return false;
    setFileName(QFileInfo(fileName).absoluteFilePath());
    m_undoStack->setClean();
    return true;
}

static QString idStem(const QString &type)
{
    QString stem = type.section(QLatin1Char('.'), -1);
    stem.replace(QLatin1Char('-'), QString());
    return stem.isEmpty() ? QStringLiteral("node") : stem.left(24);
}

QString Document::uniqueNodeId(const QString &type) const
{
    const QString stem = idStem(type);
    for (int i = 1;; ++i) {
        const QString id = stem + QString::number(i);
        if (nodeIndex(id) < 0)
            return id;
    }
}

QString Document::uniqueZoneId() const
{
    for (int i = 1;; ++i) {
        const QString id = QStringLiteral("zone%1").arg(i);
        if (zoneIndex(id) < 0)
            return id;
    }
}

QString Document::nextZoneName() const
{
    for (int i = int(m_design.zones.size()) + 1;; ++i) {
        const QString name = tr("Zone %1").arg(i);
        bool used = false;
        for (const core::Zone &z : m_design.zones)
            used = used || z.name == name;
        if (!used)
            return name;
    }
}

QString Document::defaultNodeName(const QString &type) const
{
    const QString base = core::Messages::componentName(type, *m_catalogs, language());
    int count = 0;
    for (const core::Node &n : m_design.nodes)
        count += n.type == type ? 1 : 0;
    return count == 0 ? base : QStringLiteral("%1 %2").arg(base).arg(count + 1);
}

void Document::insertZone(const core::Zone &zone, int index)
{
    if (index < 0 || index > int(m_design.zones.size()))
        index = int(m_design.zones.size());
    m_design.zones.insert(m_design.zones.begin() + index, zone);
    invalidateIndex();
    m_pending.zones = true;
    emit zoneAdded(zone.id);
    changed();
}

core::Zone Document::takeZone(const QString &id, int *index)
{
    const int i = zoneIndex(id);
    if (index)
        *index = i;
    if (i < 0)
        return core::Zone();
    core::Zone z = m_design.zones[size_t(i)];
    m_design.zones.erase(m_design.zones.begin() + i);
    invalidateIndex();
    m_pending.zones = true;
    emit zoneRemoved(id);
    changed();
    return z;
}

void Document::updateZone(const core::Zone &zone)
{
    const int i = zoneIndex(zone.id);
    if (i < 0)
        return;
    m_design.zones[size_t(i)] = zone;
    m_pending.zones = true;
    emit zoneChanged(zone.id);
    changed();
}

void Document::insertNode(const core::Node &node, int index)
{
    if (index < 0 || index > int(m_design.nodes.size()))
        index = int(m_design.nodes.size());
    m_design.nodes.insert(m_design.nodes.begin() + index, node);
    invalidateIndex();
    m_pending.nodes.insert(node.id);
    emit nodeAdded(node.id);
    changed();
}

core::Node Document::takeNode(const QString &id, int *index)
{
    const int i = nodeIndex(id);
    if (index)
        *index = i;
    if (i < 0)
        return core::Node();
    core::Node n = m_design.nodes[size_t(i)];
    m_design.nodes.erase(m_design.nodes.begin() + i);
    invalidateIndex();
    m_pending.nodes.insert(id);
    emit nodeRemoved(id);
    changed();
    return n;
}

void Document::updateNode(const core::Node &node)
{
    const int i = nodeIndex(node.id);
    if (i < 0)
        return;
    m_design.nodes[size_t(i)] = node;
    m_pending.nodes.insert(node.id);
    emit nodeChanged(node.id);
    changed();
}

void Document::insertLink(const core::Link &link, int index)
{
    if (index < 0 || index > int(m_design.links.size()))
        index = int(m_design.links.size());
    m_design.links.insert(m_design.links.begin() + index, link);
    m_pending.nodes << link.from << link.to;
    emit linkAdded(link.from, link.to);
    changed();
}

core::Link Document::takeLink(int index)
{
    if (index < 0 || index >= int(m_design.links.size()))
        return core::Link();
    core::Link l = m_design.links[size_t(index)];
    m_design.links.erase(m_design.links.begin() + index);
    m_pending.nodes << l.from << l.to;
    emit linkRemoved(l.from, l.to);
    changed();
    return l;
}

void Document::insertManualFlow(const core::ManualFlow &flow, int index)
{
    if (index < 0 || index > int(m_design.flows.size()))
        index = int(m_design.flows.size());
    m_design.flows.insert(m_design.flows.begin() + index, flow);
    m_pending.flows = true;
    changed();
}

core::ManualFlow Document::takeManualFlow(int index)
{
    if (index < 0 || index >= int(m_design.flows.size()))
        return core::ManualFlow();
    core::ManualFlow f = m_design.flows[size_t(index)];
    m_design.flows.erase(m_design.flows.begin() + index);
    m_pending.flows = true;
    changed();
    return f;
}

void Document::setProducts(const nlohmann::json &products)
{
    m_design.products = products;
    m_pending.products = true;
    emit productsChanged();
    changed();
}

Document::Batch::Batch(Document *doc)
    : m_doc(doc)
{
    ++m_doc->m_batchDepth;
}

Document::Batch::~Batch()
{
    if (--m_doc->m_batchDepth == 0 && m_doc->m_dirty)
        m_doc->updateFlows();
}

void Document::changed()
{
    m_dirty = true;
    if (m_batchDepth == 0)
        updateFlows();
}

void Document::updateFlows()
{
    // Only the flows of what changed are derived again (IncrementalDerivation gives the
    // same result as a full derivation).
    m_dirty = false;
    m_derivation->update(m_design, m_pending);
    ++m_flowGeneration;
    m_pending = core::ChangeSet();
    emit flowsChanged();
}

} // namespace portolan::gui
