#pragma once

#include "beyond/diff.h"

#include <QObject>

#include <memory>

namespace portolan::gui {

class Document;

/// An older revision of the design loaded for comparison, with its derived flows. Shared
/// with the port matrix, which lists the removed flows from it.
struct OlderRevision
{
    core::Design design;
    core::FlowSet flows;
    QString fileName;
    QString label; ///< "shop-A.portolan (A)"
};

/// File → Compare with…: the current document compared with an older revision
/// (beyond::DesignDiff, matched by node id). Recomputed whenever the document's flows
/// change; cleared when another design replaces the document.
class CompareSession : public QObject
{
    Q_OBJECT

public:
    explicit CompareSession(Document *doc, QObject *parent = nullptr);
    ~CompareSession() override;

    /// Reads and derives `fileName` as the older revision and compares. On failure the
    /// current comparison is kept and `error` says why.
    bool load(const QString &fileName, QString *error);
    void clear();
    bool active() const { return m_old != nullptr; }

    /// Valid while active(), until the next change of the document.
    const beyond::Revision &older() const { return m_olderRev; }
    const beyond::Revision &newer() const { return m_newerRev; }
    const beyond::DesignDiff &diff() const { return m_diff; }
    std::shared_ptr<const OlderRevision> olderRevision() const { return m_old; }

    int rulesToOpen() const;
    int rulesToClose() const;

signals:
    /// A new comparison, an update after an edit, or the end of the comparison.
    void changed();

private:
    void recompute();

    Document *m_doc;
    std::shared_ptr<OlderRevision> m_old;
    beyond::Revision m_olderRev;
    beyond::Revision m_newerRev;
    beyond::DesignDiff m_diff;
};

} // namespace portolan::gui
