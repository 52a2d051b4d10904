#pragma once

#include "catalog/catalogset.h"
#include "engine/flow.h"
#include "engine/incremental.h"
#include "model/design.h"

#include <QObject>
#include <QSet>

#include <memory>

class QUndoStack;

namespace portolan::gui {

/// The document adapter: owns the design, the catalogs, the undo stack and the derived
/// flows, and turns every model change into a fine-grained signal the scene mirrors.
///
/// The mutators below are for commands (commands/commands.h) and loading; everything the
/// user does goes through the undo stack.
class Document : public QObject
{
    Q_OBJECT

public:
    explicit Document(QObject *parent = nullptr);
    ~Document() override;

    const core::Design &design() const { return m_design; }
    const core::CatalogSet &catalogs() const { return *m_catalogs; }
    /// Problems found while loading the catalogs (shown once at start-up).
    const QStringList &catalogErrors() const { return m_catalogErrors; }
    const core::FlowSet &flows() const { return m_derivation->flows(); }
    /// What the last derivation changed in flows(), and a number that grows with every
    /// derivation (so that a view can tell whether it saw the one before).
    const core::FlowDelta &flowDelta() const { return m_derivation->lastDelta(); }
    quint64 flowGeneration() const { return m_flowGeneration; }
    QUndoStack *undoStack() const { return m_undoStack; }

    const core::Node *node(const QString &id) const;
    const core::Zone *zone(const QString &id) const;
    /// Zones below `id` (children, grandchildren, ...), parents before children.
    QStringList descendantZones(const QString &id) const;
    /// Nodes in `id` or any zone below it.
    QStringList nodesInside(const QString &id) const;
    int zoneDepth(const QString &id) const;
    int linkIndex(const QString &a, const QString &b) const; ///< undirected; -1 if none

    QString fileName() const { return m_fileName; }
    void setFileName(const QString &fileName);
    bool isModified() const;
    /// Marks the current state as saved.
    void setClean();
    /// Leaves the clean state for good: the document counts as modified until it is saved,
    /// even after undoing everything (recovered designs, failed saves of new data).
    void markModified();

    /// Replaces the design (new document, open, tests). Lays it out when it lacks geometry
    /// and clears the undo history.
    void setDesign(const core::Design &design, const QString &fileName);
    void newDesign();
    /// Reads a design; on failure the current design is untouched and `error` says why.
    bool open(const QString &fileName, QString *error);
    bool saveAs(const QString &fileName, QString *error);

    QString uniqueNodeId(const QString &type) const;
    QString uniqueZoneId() const;
    QString nextZoneName() const;
    QString defaultNodeName(const QString &type) const;

    // Mutators for commands. Ids are the identity; indices keep undo byte-exact.
    void insertZone(const core::Zone &zone, int index);
    core::Zone takeZone(const QString &id, int *index);
    void updateZone(const core::Zone &zone);
    void insertNode(const core::Node &node, int index);
    core::Node takeNode(const QString &id, int *index);
    void updateNode(const core::Node &node);
    void insertLink(const core::Link &link, int index);
    core::Link takeLink(int index);
    void insertManualFlow(const core::ManualFlow &flow, int index);
    core::ManualFlow takeManualFlow(int index);
    void setProducts(const nlohmann::json &products);

    /// Holds flow derivation back until the outermost batch ends (compound commands).
    class Batch
    {
    public:
        explicit Batch(Document *doc);
        ~Batch();
        Batch(const Batch &) = delete;
        Batch &operator=(const Batch &) = delete;

    private:
        Document *m_doc;
    };

    /// Re-derives flows and diagnostics now (normally automatic after each change).
    void updateFlows();

signals:
    void designReset();
    void zoneAdded(const QString &id);
    void zoneChanged(const QString &id);
    void zoneRemoved(const QString &id);
    void nodeAdded(const QString &id);
    void nodeChanged(const QString &id);
    void nodeRemoved(const QString &id);
    void linkAdded(const QString &from, const QString &to);
    void linkRemoved(const QString &from, const QString &to);
    void productsChanged();
    void flowsChanged();
    void modifiedChanged(bool modified);
    void fileNameChanged(const QString &fileName);

private:
    void changed();
    /// Ids to indices, rebuilt on the first look-up after nodes or zones were inserted or
    /// removed: node() and zone() are called for every item and every command.
    int nodeIndex(const QString &id) const;
    int zoneIndex(const QString &id) const;
    void invalidateIndex() { m_indexValid = false; }

    std::unique_ptr<core::CatalogSet> m_catalogs;
    QStringList m_catalogErrors;
    core::Design m_design;
    std::unique_ptr<core::IncrementalDerivation> m_derivation;
    quint64 m_flowGeneration = 0;
    core::ChangeSet m_pending; ///< what changed since the flows were last derived
    QUndoStack *m_undoStack = nullptr;
    QString m_fileName;
    int m_batchDepth = 0;
    bool m_dirty = false;
    mutable QHash<QString, int> m_nodeIndex, m_zoneIndex;
    mutable bool m_indexValid = false;
};

} // namespace portolan::gui
