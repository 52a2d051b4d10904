#include "deltareport.h"

#include "fonts.h"
#include "pdfreport_p.h"

#include <QBuffer>
#include <QDate>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <map>

namespace portolan::render {

using namespace portolan::core;
using beyond::DeltaRow;
using beyond::DeltaRule;
using detail::Cell;

namespace {

const QColor kOpen(0x1e, 0x7b, 0x34);
const QColor kClose(0xb0, 0x3a, 0x2e);

QString tr(const char *source, Language lang)
{
    return Messages::text(source, lang);
}

QString orDash(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("\u2014") : s;
}

/// "A → B" from the two revisions' `meta.revision` (a dash for an empty one).
QString revisionSpan(const beyond::Revision &older, const beyond::Revision &newer)
{
    return orDash(older.design->meta.revision) + QStringLiteral(" \u2192 ")
            + orDash(newer.design->meta.revision);
}

QString titleOf(const Design &design, Language lang)
{
    return design.title.isEmpty() ? tr(QT_TRANSLATE_NOOP("Messages", "Untitled design"), lang)
                                  : design.title;
}

/// Lays the delta request out as blocks run twice over a PageFlow (measure, then paint),
/// like the full request.
class DeltaDocument
{
public:
    DeltaDocument(const beyond::Revision &older, const beyond::Revision &newer,
                  const beyond::DesignDiff &diff, const CatalogSet &cats,
                  const ReportOptions &options, QPdfWriter *writer)
        : m_old(older)
        , m_new(newer)
        , m_diff(diff)
        , m_lang(options.lang)
        , m_rows(beyond::DiffReport(older, newer, diff, cats, options.lang).deltaRows())
        , m_flow(writer, footer(older, newer, options.lang))
        , m_title(22, true, detail::kInk, writer)
        , m_h1(15, true, detail::kInk, writer)
        , m_h2(11, true, detail::kInk, writer)
        , m_text(9, false, detail::kInk, writer)
        , m_label(8.5, false, detail::kMuted, writer)
        , m_cell(7.5, false, detail::kInk, writer)
        , m_cellBold(7.5, true, detail::kInk, writer)
        , m_note(6.5, false, detail::kMuted, writer)
        , m_kicker(10, true, detail::kAccent, writer)
    {
    }

    void build()
    {
        addCover();
        QStringList firewalls;
        for (const DeltaRow &r : m_rows) {
            if (!firewalls.contains(r.firewall))
                firewalls << r.firewall;
        }
        for (const QString &fw : firewalls)
            addFirewall(fw);
        addReferences();
    }

    void run(QPainter *painter)
    {
        m_flow.begin(painter);
        for (const Block &b : m_blocks)
            b(m_flow);
        m_flow.end();
    }

    int pages() const { return m_flow.pageCount(); }

private:
    using Block = std::function<void(PageFlow &)>;

    static PageFlow::Footer footer(const beyond::Revision &older, const beyond::Revision &newer,
                                   Language lang)
    {
        return {titleOf(*newer.design, lang) + QStringLiteral(" \u00b7 ")
                        + tr(QT_TRANSLATE_NOOP("Messages", "Revision %1"), lang)
                                  .arg(revisionSpan(older, newer)),
                tr(QT_TRANSLATE_NOOP("Messages", "Page %1 of %2"), lang)};
    }

    QString msg(const char *source) const { return tr(source, m_lang); }

    /// Wrapped text at `indent`, then `after` points of space; a rule under level-1 titles.
    void text(const QString &s, const TextStyle &style, qreal after, bool keepWithNext = false,
              bool rule = false)
    {
        const QStringList lines = style.wrap(s, m_flow.body().width());
        m_blocks.push_back([=](PageFlow &f) {
            if (keepWithNext)
                f.ensure(lines.size() * style.lineHeight() + 60);
            for (const QString &line : lines) {
                f.ensure(style.lineHeight());
                f.text(f.body().left(), f.y(), line, style);
                f.advance(style.lineHeight());
            }
            if (rule) {
                f.advance(2);
                f.hline(f.body().left(), f.body().right(), f.y(), detail::kAccent, 1);
            }
            f.advance(after);
        });
    }

    void table(const std::shared_ptr<Table> &t, qreal width = 0)
    {
        t->continued = msg(QT_TRANSLATE_NOOP("Messages", "(continued)"));
        t->prepare(m_flow, m_cell, m_cellBold, m_note,
                   width > 0 ? std::min(width, m_flow.body().width()) : m_flow.body().width());
        m_blocks.push_back([t](PageFlow &f) {
            t->run(f);
            f.advance(10);
        });
    }

    void pageBreak()
    {
        m_blocks.push_back([](PageFlow &f) {
            if (!f.atTop())
                f.newPage();
        });
    }

    int count(const QString &firewall, DeltaRule::Action action) const
    {
        int n = 0;
        for (const DeltaRow &r : m_rows)
            n += (firewall.isNull() || r.firewall == firewall) && r.action == action ? 1 : 0;
        return n;
    }

    void addCover()
    {
        const std::vector<std::pair<QString, QString>> meta = {
                {msg(QT_TRANSLATE_NOOP("Messages", "Customer")), m_new.design->meta.customer},
                {msg(QT_TRANSLATE_NOOP("Messages", "Author")), m_new.design->meta.author},
                {msg(QT_TRANSLATE_NOOP("Messages", "Revision")), revisionSpan(m_old, m_new)},
                {msg(QT_TRANSLATE_NOOP("Messages", "Compared with")), m_old.label},
                {msg(QT_TRANSLATE_NOOP("Messages", "Date")),
                 m_old.design->meta.date == m_new.design->meta.date
                         ? m_new.design->meta.date
                         : orDash(m_old.design->meta.date) + QStringLiteral(" \u2192 ")
                                 + orDash(m_new.design->meta.date)},
                {msg(QT_TRANSLATE_NOOP("Messages", "Generated")),
                 QDate::currentDate().toString(Qt::ISODate)
                         + QStringLiteral(" \u00b7 Portolan " PORTOLAN_VERSION)},
        };
        qreal labelWidth = 0;
        for (const auto &kv : meta)
            labelWidth = std::max(labelWidth, m_label.width(kv.first));
        text(msg(QT_TRANSLATE_NOOP("Messages", "Delta firewall change request")), m_kicker, 4);
        text(titleOf(*m_new.design, m_lang), m_title, 6);
        const TextStyle label = m_label, value = m_text;
        m_blocks.push_back([=](PageFlow &f) {
            f.hline(f.body().left(), f.body().right(), f.y(), detail::kAccent, 1.5);
            f.advance(12);
            for (const auto &[k, v] : meta) {
                f.text(f.body().left(), f.y(), k, label);
                for (const QString &line :
                     value.wrap(orDash(v), f.body().width() - labelWidth - 16)) {
                    f.text(f.body().left() + labelWidth + 16, f.y(), line, value);
                    f.advance(value.lineHeight());
                }
                f.advance(3);
            }
            f.advance(14);
        });

        text(msg(QT_TRANSLATE_NOOP("Messages", "Summary")), m_h2, 4, true);
        using K = beyond::NodeChange::Kind;
        using F = beyond::FlowChange::Kind;
        text(msg(QT_TRANSLATE_NOOP("Messages", "Nodes: %1 added, %2 removed, %3 changed"))
                     .arg(m_diff.count(K::Added))
                     .arg(m_diff.count(K::Removed))
                     .arg(m_diff.count(K::Changed)),
             m_text, 2);
        text(msg(QT_TRANSLATE_NOOP("Messages", "Flows: %1 added, %2 removed, %3 changed"))
                     .arg(m_diff.count(F::Added))
                     .arg(m_diff.count(F::Removed))
                     .arg(m_diff.count(F::Changed)),
             m_text, 2);
        if (m_rows.empty()) {
            text(msg(QT_TRANSLATE_NOOP("Messages",
                                       "No firewall rule changes: nothing to open or close.")),
                 m_text, 6);
            return;
        }
        text(msg(QT_TRANSLATE_NOOP("Messages",
                                   "Only the changes since the compared revision: %1 rules to "
                                   "open and %2 rules to close. Rules of flows that did not "
                                   "change are not listed."))
                     .arg(count(QString(), DeltaRule::Action::Open))
                     .arg(count(QString(), DeltaRule::Action::Close)),
             m_text, 6);
        auto t = std::make_shared<Table>();
        t->caption = msg(QT_TRANSLATE_NOOP("Messages", "Summary"));
        t->columns = {{PortMatrix::header(MatrixColumn::Firewall, m_lang), QString(), 2},
                      {msg(QT_TRANSLATE_NOOP("Messages", "Rules to open")), QString(), 1},
                      {msg(QT_TRANSLATE_NOOP("Messages", "Rules to close")), QString(), 1}};
        QStringList seen;
        for (const DeltaRow &r : m_rows) {
            if (seen.contains(r.firewall))
                continue;
            seen << r.firewall;
            t->rows.push_back(
                    {Cell::strong(r.firewall),
                     Cell::plain(QString::number(count(r.firewall, DeltaRule::Action::Open))),
                     Cell::plain(QString::number(count(r.firewall, DeltaRule::Action::Close)))});
        }
        table(t, 420);
    }

    QString referenceKey(const QString &reference)
    {
        if (reference.isEmpty())
            return QString();
        qsizetype i = m_references.indexOf(reference);
        if (i < 0) {
            m_references << reference;
            i = m_references.size() - 1;
        }
        return QStringLiteral("[%1]").arg(i + 1);
    }

    std::shared_ptr<Table> rulesTable(const QString &caption, const QString &firewall,
                                      DeltaRule::Action action)
    {
        auto t = std::make_shared<Table>();
        t->caption = caption;
        t->columns = detail::firewallColumns(
                m_lang, {{msg(QT_TRANSLATE_NOOP("Messages", "Reason")), QString(), 1}});
        const QColor color = action == DeltaRule::Action::Open ? kOpen : kClose;
        for (const DeltaRow &r : m_rows) {
            if (r.firewall != firewall || r.action != action)
                continue;
            t->rows.push_back({Cell::strong(r.flow), Cell::plain(r.source, r.sourceHost),
                               Cell::plain(r.sourceAddress), Cell::plain(r.sourceZone),
                               Cell::plain(r.target, r.targetHost), Cell::plain(r.targetAddress),
                               Cell::plain(r.targetZone), Cell::strong(r.protocol),
                               Cell::strong(r.ports, color), Cell::plain(r.service),
                               Cell::plain(r.purpose), Cell::plain(r.reason),
                               Cell::plain(referenceKey(r.reference))});
        }
        return t;
    }

    void addFirewall(const QString &fw)
    {
        pageBreak();
        const QString title = msg(QT_TRANSLATE_NOOP("Messages", "Firewall %1")).arg(fw);
        text(title, m_h1, 8, true, true);
        const std::pair<DeltaRule::Action, const char *> parts[] = {
                {DeltaRule::Action::Open, QT_TRANSLATE_NOOP("Messages", "Rules to open")},
                {DeltaRule::Action::Close, QT_TRANSLATE_NOOP("Messages", "Rules to close")}};
        for (const auto &[action, label] : parts) {
            const QString caption = QStringLiteral("%1 \u00b7 %2").arg(title, msg(label));
            const std::shared_ptr<Table> t = rulesTable(caption, fw, action);
            TextStyle style = m_h2;
            style.color = action == DeltaRule::Action::Open ? kOpen : kClose;
            text(QStringLiteral("%1 (%2)").arg(msg(label)).arg(t->rows.size()), style, 4, true);
            if (t->rows.empty())
                text(msg(QT_TRANSLATE_NOOP("Messages", "None.")), m_label, 10);
            else
                table(t);
        }
    }

    void addReferences()
    {
        if (m_references.isEmpty())
            return;
        pageBreak();
        const QString title = PortMatrix::header(MatrixColumn::Reference, m_lang);
        text(title, m_h1, 8, true, true);
        auto t = std::make_shared<Table>();
        t->caption = title;
        t->columns = {{QStringLiteral("#"), QString(), 0.3, true}, {title, QString(), 8}};
        for (qsizetype i = 0; i < m_references.size(); ++i)
            t->rows.push_back({Cell::strong(QStringLiteral("[%1]").arg(i + 1)),
                               Cell::plain(m_references[i])});
        table(t);
    }

    const beyond::Revision &m_old;
    const beyond::Revision &m_new;
    const beyond::DesignDiff &m_diff;
    const Language m_lang;
    const std::vector<DeltaRow> m_rows;
    PageFlow m_flow;
    TextStyle m_title, m_h1, m_h2, m_text, m_label, m_cell, m_cellBold, m_note, m_kicker;
    std::vector<Block> m_blocks;
    QStringList m_references; ///< [n] is m_references[n - 1]
};

} // namespace

ReportResult DeltaRequest::pdf(const beyond::Revision &older, const beyond::Revision &newer,
                               const beyond::DesignDiff &diff, const CatalogSet &catalogs,
                               const ReportOptions &options)
{
    ReportResult result;
    QBuffer buffer(&result.pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    detail::setUpPdfWriter(
            &writer, options,
            QStringLiteral("%1 \u00b7 %2 \u00b7 %3")
                    .arg(tr(QT_TRANSLATE_NOOP("Messages", "Delta firewall change request"),
                            options.lang),
                         titleOf(*newer.design, options.lang), revisionSpan(older, newer)));

    DeltaDocument doc(older, newer, diff, catalogs, options, &writer);
    doc.build();
    doc.run(nullptr); // measure: the page count for "Page X of Y"
    QPainter painter;
    if (!painter.begin(&writer)) {
        result.pdf.clear();
        result.warnings << QStringLiteral("cannot start the PDF writer");
        return result;
    }
    doc.run(&painter);
    painter.end();
    buffer.close();
    result.pages = doc.pages();
    if (options.lang != Language::English && !Fonts::chineseTextLayerExact())
        result.warnings << QStringLiteral(
                "no installed Chinese font gives an exact PDF text layer (install "
                "fonts-droid-fallback or fonts-wqy-zenhei); Chinese text may copy and search "
                "wrongly");
    return result;
}

} // namespace portolan::render
