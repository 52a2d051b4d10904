#pragma once

#include "document/geometry.h"
#include "model/design.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace portolan::gui {

class Document;

/// Base of every edit: changes the document by id and re-derives flows once at the end,
/// also for compound commands (children run inside one Document::Batch).
class DocumentCommand : public QUndoCommand
{
public:
    explicit DocumentCommand(Document *doc, const QString &text = QString(),
                             QUndoCommand *parent = nullptr);
    void redo() final;
    void undo() final;

protected:
    virtual void doRedo() { QUndoCommand::redo(); }
    virtual void doUndo() { QUndoCommand::undo(); }
    Document *doc() const { return m_doc; }

private:
    Document *m_doc;
};

class AddNodeCommand : public DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddNodeCommand)
public:
    AddNodeCommand(Document *doc, const core::Node &node, QUndoCommand *parent = nullptr);

protected:
    void doRedo() override;
    void doUndo() override;

private:
    core::Node m_node;
};

/// Removes a node with its links and manual flows.
class RemoveNodeCommand : public DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveNodeCommand)
public:
    RemoveNodeCommand(Document *doc, const QString &id, QUndoCommand *parent = nullptr);

protected:
    void doRedo() override;
    void doUndo() override;

private:
    QString m_id;
    core::Node m_node;
    int m_index = -1;
    std::vector<std::pair<int, core::Link>> m_links;
    std::vector<std::pair<int, core::ManualFlow>> m_flows;
};

class AddZoneCommand : public DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddZoneCommand)
public:
    AddZoneCommand(Document *doc, const core::Zone &zone, QUndoCommand *parent = nullptr);

protected:
    void doRedo() override;
    void doUndo() override;

private:
    core::Zone m_zone;
};

/// Removes an empty zone (callers remove its contents first, see makeRemoveCommand).
class RemoveZoneCommand : public DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveZoneCommand)
public:
    RemoveZoneCommand(Document *doc, const QString &id, QUndoCommand *parent = nullptr);

protected:
    void doRedo() override;
    void doUndo() override;

private:
    QString m_id;
    core::Zone m_zone;
    int m_index = -1;
};

/// Moves, resizes and re-zones: MoveNodes, MoveZone, ResizeZone and SetZoneParent are all
/// this one command, because membership follows geometry and must undo with it.
class GeometryCommand : public DocumentCommand
{
public:
    enum MergeId { NoMerge = -1, NudgeId = 1001 };

    GeometryCommand(Document *doc, const GeometryChange &change, const QString &text,
                    int mergeId = NoMerge, QUndoCommand *parent = nullptr);
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override;

protected:
    void doRedo() override;
    void doUndo() override;

private:
    void apply(const std::vector<GeometryChange::ZoneState> &zones,
               const std::vector<GeometryChange::NodeState> &nodes);

    GeometryChange m_change;
    int m_mergeId;
};

/// Name, host, address, options and port overrides of a node.
class ChangeNodeCommand : public DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeNodeCommand)
public:
    ChangeNodeCommand(Document *doc, const core::Node &before, const core::Node &after,
                      QUndoCommand *parent = nullptr);

protected:
    void doRedo() override;
    void doUndo() override;

private:
    core::Node m_before, m_after;
};

/// Name, firewalled, firewall and colour of a zone.
class ChangeZoneCommand : public DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeZoneCommand)
public:
    ChangeZoneCommand(Document *doc, const core::Zone &before, const core::Zone &after,
                      QUndoCommand *parent = nullptr);

protected:
    void doRedo() override;
    void doUndo() override;

private:
    core::Zone m_before, m_after;
};

class AddLinkCommand : public DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddLinkCommand)
public:
    AddLinkCommand(Document *doc, const core::Link &link, QUndoCommand *parent = nullptr);

protected:
    void doRedo() override;
    void doUndo() override;

private:
    core::Link m_link;
};

class RemoveLinkCommand : public DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveLinkCommand)
public:
    RemoveLinkCommand(Document *doc, const QString &from, const QString &to,
                      QUndoCommand *parent = nullptr);

protected:
    void doRedo() override;
    void doUndo() override;

private:
    QString m_from, m_to;
    core::Link m_link;
    int m_index = -1;
};

class SetProductOptionsCommand : public DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetProductOptionsCommand)
public:
    SetProductOptionsCommand(Document *doc, const nlohmann::json &before,
                             const nlohmann::json &after, QUndoCommand *parent = nullptr);

protected:
    void doRedo() override;
    void doUndo() override;

private:
    nlohmann::json m_before, m_after;
};

/// Helpers that build the compound edits the UI needs.
struct Commands
{
    Q_DECLARE_TR_FUNCTIONS(Commands)
public:
    /// Deletes links, nodes and zones (a zone takes its contents along). Null when empty.
    static QUndoCommand *remove(Document *doc, const QStringList &nodes, const QStringList &zones,
                                const QList<QPair<QString, QString>> &links);
    /// A new zone; zones and nodes it encloses become its children.
    static QUndoCommand *addZone(Document *doc, const QRectF &rect);
    /// A new node of `type` centred at `pos`, in the zone under it.
    static QUndoCommand *addNode(Document *doc, const QString &type, const QPointF &pos);
    /// Moves nodes and zones (zones take their contents along) by `delta`. Null if nothing
    /// changes.
    static QUndoCommand *move(Document *doc, const QStringList &nodes, const QStringList &zones,
                              const QPointF &delta, int mergeId = GeometryCommand::NoMerge);
    static QUndoCommand *resizeZone(Document *doc, const QString &zone, const QRectF &rect);
    /// Inserts a validated fragment (clipboard) whose ids are already unique.
    static QUndoCommand *insertFragment(Document *doc, const core::Design &fragment,
                                        const QString &text);
};

} // namespace portolan::gui
