#include "comparesession.h"

#include "document/autolayout.h"
#include "document/document.h"

#include "engine/engine.h"
#include "io/designio.h"

#include <QFileInfo>

#include <algorithm>

namespace portolan::gui {

CompareSession::CompareSession(Document *doc, QObject *parent)
    : QObject(parent)
    , m_doc(doc)
{
    connect(doc, &Document::flowsChanged, this, [this] {
        if (active())
            recompute();
    });
    // Another design (open, new, import, recovery): the comparison no longer applies.
    connect(doc, &Document::designReset, this, &CompareSession::clear);
}

CompareSession::~CompareSession() = default;

bool CompareSession::load(const QString &fileName, QString *error)
{
    auto old = std::make_shared<OlderRevision>();
    std::vector<core::LoadError> errors;
    if (!core::DesignIO::readFile(fileName, &m_doc->catalogs(), &old->design, &errors)) {
        QStringList lines;
        for (const core::LoadError &e : errors)
            lines << e.toString();
        if (error)
            *error = lines.join(QLatin1Char('\n'));
        return false;
    }
    // A design written without geometry is laid out as when it is opened, so that removed
    // nodes have a place to be drawn.
    const bool placed = std::all_of(old->design.nodes.begin(), old->design.nodes.end(),
                                    [](const core::Node &n) { return n.hasPos; });
    if (!placed)
        autoLayout(&old->design);
    old->flows = core::Engine::derive(old->design, m_doc->catalogs());
    old->fileName = QFileInfo(fileName).absoluteFilePath();
    const QString name = QFileInfo(fileName).fileName();
    old->label = old->design.meta.revision.isEmpty()
            ? name
            : QStringLiteral("%1 (%2)").arg(name, old->design.meta.revision);
    m_old = std::move(old);
    recompute();
    return true;
}

void CompareSession::clear()
{
    if (!m_old)
        return;
    m_old.reset();
    m_diff = beyond::DesignDiff();
    m_olderRev = beyond::Revision();
    m_newerRev = beyond::Revision();
    emit changed();
}

int CompareSession::rulesToOpen() const
{
    return int(std::count_if(m_diff.delta.begin(), m_diff.delta.end(), [](const auto &r) {
        return r.action == beyond::DeltaRule::Action::Open;
    }));
}

int CompareSession::rulesToClose() const
{
    return int(m_diff.delta.size()) - rulesToOpen();
}

void CompareSession::recompute()
{
    const QString current = m_doc->fileName().isEmpty()
            ? tr("current design")
            : QFileInfo(m_doc->fileName()).fileName();
    m_olderRev = {&m_old->design, &m_old->flows, m_old->label};
    m_newerRev = {&m_doc->design(), &m_doc->flows(), current};
    m_diff = beyond::DesignDiff::compute(m_olderRev, m_newerRev, false);
    emit changed();
}

} // namespace portolan::gui
