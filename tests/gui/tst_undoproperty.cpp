// Property test of the undo stack: hundreds of random edits through the real commands, then
// undo everything (byte-identical to the original file) and redo everything (byte-identical
// to the final one). After every step the incrementally derived flows must equal a full
// derivation, and the design must pass the same checks as a file read from disk.

#include "testutil.h"

#include "commands/commands.h"
#include "document/clipboard.h"
#include "document/document.h"

#include "catalog/catalogset.h"
#include "engine/engine.h"
#include "io/designio.h"

#include <QColor>
#include <QMimeData>
#include <QRandomGenerator>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace portolan;
using namespace portolan::gui;

namespace {

/// Empty when the document's flows equal a full derivation, else what differs.
QString compareWithFullDerivation(const Document &doc)
{
    const core::FlowSet full = core::Engine::derive(doc.design(), doc.catalogs());
    const core::FlowSet &inc = doc.flows();
    if (full.flows.size() != inc.flows.size())
        return QStringLiteral("%1 flows, full derivation has %2")
            .arg(inc.flows.size())
            .arg(full.flows.size());
    const auto &nodes = doc.design().nodes;
    auto nodeId = [&nodes](int i) {
        return i >= 0 && i < int(nodes.size()) ? nodes[size_t(i)].id : QStringLiteral("?");
    };
    for (size_t i = 0; i < full.flows.size(); ++i) {
        const core::Flow &a = full.flows[i], &b = inc.flows[i];
        if (a.id != b.id || nodeId(a.source) != nodeId(b.source)
            || nodeId(a.target) != nodeId(b.target)
            || a.protocol != b.protocol || a.ports != b.ports || a.services != b.services
            || a.ruleId != b.ruleId || a.local != b.local || a.crossesFirewall != b.crossesFirewall
            || a.firewalls != b.firewalls || a.advisories != b.advisories)
            return QStringLiteral("flow %1 differs: %2 %3->%4 %5 [%6] vs %7 %8->%9 %10 [%11]")
                .arg(i)
                .arg(a.id, nodeId(a.source), nodeId(a.target), a.ports.toString(),
                     a.firewalls.join(','))
                .arg(b.id, nodeId(b.source), nodeId(b.target), b.ports.toString(),
                     b.firewalls.join(','));
    }
    if (full.diagnostics.size() != inc.diagnostics.size())
        return QStringLiteral("%1 diagnostics, full derivation has %2")
            .arg(inc.diagnostics.size())
            .arg(full.diagnostics.size());
    for (size_t i = 0; i < full.diagnostics.size(); ++i) {
        const core::Diagnostic &a = full.diagnostics[i], &b = inc.diagnostics[i];
        if (a.code != b.code || a.severity != b.severity || a.args != b.args || a.nodes != b.nodes
            || a.flows != b.flows)
            return QStringLiteral("diagnostic %1 differs: %2 vs %3").arg(i).arg(a.code, b.code);
    }
    return QString();
}

/// Builds random edits from the document's current state, the way the UI would.
class EditGenerator
{
public:
    EditGenerator(Document *doc, quint32 seed)
        : m_doc(doc)
        , m_rng(seed)
    {
        for (const core::ComponentType *c : doc->catalogs().allComponents()) {
            m_types << c->id;
            if (!doc->catalogs().nodeOptions(c->id).empty())
                m_optionTypes << c->id;
        }
        for (const auto &cat : doc->catalogs().catalogs()) {
            for (const core::OptionDef &o : cat->options) {
                if (o.scope == core::OptionDef::Scope::Product)
                    m_productOptions.push_back(&o);
            }
        }
    }

    /// A command (never null) and what it does, for messages.
    std::pair<QUndoCommand *, QString> next()
    {
        for (int attempt = 0; attempt < 100; ++attempt) {
            QString what;
            if (QUndoCommand *cmd = make(&what))
                return {cmd, what};
        }
        return {Commands::addNode(m_doc, pick(m_types), randomPoint()), QStringLiteral("add node")};
    }

private:
    const core::Design &design() const { return m_doc->design(); }
    int bounded(int n) { return n <= 0 ? 0 : int(m_rng.bounded(quint32(n))); }
    bool chance(int percent) { return bounded(100) < percent; }
    template<typename T>
    const T &pick(const QList<T> &list) { return list.at(bounded(int(list.size()))); }
    QPointF randomPoint() { return QPointF(bounded(2400) - 200, bounded(1800) - 200); }
    QPointF randomDelta()
    {
        const int big = chance(30) ? 900 : 200;
        return QPointF(bounded(2 * big) - big, bounded(2 * big) - big);
    }
    QStringList nodeIds() const
    {
        QStringList l;
        for (const core::Node &n : design().nodes)
            l << n.id;
        return l;
    }
    QStringList zoneIds() const
    {
        QStringList l;
        for (const core::Zone &z : design().zones)
            l << z.id;
        return l;
    }
    QStringList someNodes(int max)
    {
        QStringList all = nodeIds(), out;
        const int n = 1 + bounded(max);
        for (int i = 0; i < n && !all.isEmpty(); ++i)
            out << all.takeAt(bounded(int(all.size())));
        return out;
    }
    QString text(const char *stem)
    {
        static const QStringList extras{QString(), QStringLiteral(" \u8282\u70b9"), // 节点
                                        QStringLiteral(" \"quoted\""), QStringLiteral(" a/b\\c")};
        return QStringLiteral("%1 %2%3")
            .arg(QLatin1String(stem))
            .arg(bounded(1000))
            .arg(pick(extras));
    }
    nlohmann::json randomValue(const core::OptionDef &o)
    {
        switch (o.type) {
        case core::OptionDef::Type::Bool:
            return chance(50);
        case core::OptionDef::Type::Enum:
            if (o.values.empty())
                return o.defaultValue;
            return core::toStd(o.values[size_t(bounded(int(o.values.size())))].value);
        case core::OptionDef::Type::Set: {
            nlohmann::json arr = nlohmann::json::array();
            for (const core::OptionValue &v : o.values) {
                if (chance(50))
                    arr.push_back(core::toStd(v.value));
            }
            return arr;
        }
        case core::OptionDef::Type::Port:
            if (!o.choices.empty())
                return o.choices[size_t(bounded(int(o.choices.size())))];
            return 1024 + bounded(60000);
        case core::OptionDef::Type::Int: {
            const long long lo = o.min.value_or(0), hi = o.max.value_or(lo + 100);
            return lo + (long long)bounded(int(std::min<long long>(hi - lo + 1, 100000)));
        }
        }
        return o.defaultValue;
    }

    QUndoCommand *make(QString *what)
    {
        const QStringList nodes = nodeIds();
        const QStringList zones = zoneIds();
        // Nudges come in runs (arrow key held down), which is when they merge.
        int op = m_nudging && chance(60) ? 4 : bounded(15);
        if (nodes.size() > 80 && chance(25))
            op = 10; // delete: keeps the design (and the run time) from growing without bound
        m_nudging = op == 4;
        switch (op) {
        case 0:
        case 1:
            *what = QStringLiteral("add node");
            return Commands::addNode(m_doc, pick(m_types), randomPoint());
        case 2: {
            *what = QStringLiteral("add zone");
            const QPointF p = randomPoint();
            const QSizeF size(150 + bounded(700), 120 + bounded(500));
            return Commands::addZone(m_doc, QRectF(p, size));
        }
        case 3: // move nodes (re-zones them when they land in another zone)
            if (nodes.isEmpty())
                return nullptr;
            *what = QStringLiteral("move nodes");
            return Commands::move(m_doc, someNodes(3), {}, randomDelta());
        case 4: { // nudge: consecutive nudges merge into one command
            if (nodes.isEmpty())
                return nullptr;
            *what = QStringLiteral("nudge");
            if (m_lastNudged.isEmpty() || !m_doc->node(m_lastNudged) || chance(10))
                m_lastNudged = pick(nodes);
            return Commands::move(m_doc, {m_lastNudged}, {}, QPointF(chance(50) ? 10 : -10, 0),
                                  GeometryCommand::NudgeId);
        }
        case 5: // move or resize a zone (its contents and sub-zones follow or get re-zoned)
            if (zones.isEmpty())
                return nullptr;
            if (chance(50)) {
                *what = QStringLiteral("move zone");
                return Commands::move(m_doc, {}, {pick(zones)}, randomDelta());
            } else {
                *what = QStringLiteral("resize zone");
                const QString id = pick(zones);
                const QRectF r = m_doc->zone(id)->rect;
                const QRectF to = r.adjusted(bounded(200) - 100, bounded(200) - 100,
                                             bounded(400) - 200, bounded(400) - 200);
                return Commands::resizeZone(m_doc, id, to);
            }
        case 6: { // properties, options and port overrides of a node
            if (nodes.isEmpty())
                return nullptr;
            const int kind = bounded(3);
            QStringList candidates = nodes;
            if (kind == 1) { // only some component types have node options
                candidates.clear();
                for (const core::Node &n : design().nodes) {
                    if (!m_doc->catalogs().nodeOptions(n.type).empty())
                        candidates << n.id;
                }
                if (candidates.isEmpty()) {
                    if (m_optionTypes.isEmpty())
                        return nullptr;
                    *what = QStringLiteral("add node");
                    return Commands::addNode(m_doc, pick(m_optionTypes), randomPoint());
                }
            }
            const core::Node before = *m_doc->node(pick(candidates));
            core::Node after = before;
            const auto options = m_doc->catalogs().nodeOptions(before.type);
            const auto &services = m_doc->catalogs().servicesOn(before.type);
            if (kind == 0) {
                *what = QStringLiteral("change node fields");
                after.name = text("Node");
                if (chance(50))
                    after.host = chance(20) ? QString() : QStringLiteral("host%1").arg(bounded(20));
                if (chance(50))
                    after.address = chance(30) ? QString()
                                               : QStringLiteral("10.0.%1.%2")
                                                     .arg(bounded(255))
                                                     .arg(bounded(255));
            } else if (kind == 1 && !options.empty()) {
                *what = QStringLiteral("change node option");
                const core::OptionDef *o = options[size_t(bounded(int(options.size())))];
                if (chance(20))
                    after.options.erase(o->designKey);
                else
                    after.options[o->designKey] = randomValue(*o);
            } else if (kind == 2 && !services.empty()) {
                *what = QStringLiteral("change port override");
                const QString service = services[size_t(bounded(int(services.size())))]->id;
                if (chance(30)) {
                    after.ports.erase(service);
                } else {
                    const int from = 1024 + bounded(60000);
                    after.ports[service] = chance(50)
                        ? QString::number(from)
                        : QStringLiteral("%1-%2").arg(from).arg(from + bounded(10));
                }
            } else {
                return nullptr;
            }
            return new ChangeNodeCommand(m_doc, before, after);
        }
        case 7: { // zone properties
            if (zones.isEmpty())
                return nullptr;
            *what = QStringLiteral("change zone");
            const core::Zone before = *m_doc->zone(pick(zones));
            core::Zone after = before;
            switch (bounded(4)) {
            case 0: after.name = text("Zone"); break;
            case 1: after.firewalled = !after.firewalled; break;
            case 2: after.firewall = chance(30) ? QString() : text("fw"); break;
            default:
                after.color =
                    chance(30) ? QString() : QColor::fromHsv(bounded(360), 80, 230).name();
                break;
            }
            return new ChangeZoneCommand(m_doc, before, after);
        }
        case 8: { // link
            if (nodes.size() < 2)
                return nullptr;
            const QString a = pick(nodes), b = pick(nodes);
            if (a == b || m_doc->linkIndex(a, b) >= 0)
                return nullptr;
            *what = QStringLiteral("link");
            return new AddLinkCommand(m_doc, core::Link{a, b, nlohmann::json::object()});
        }
        case 9: { // unlink
            if (design().links.empty())
                return nullptr;
            *what = QStringLiteral("unlink");
            const core::Link &l = design().links[size_t(bounded(int(design().links.size())))];
            return new RemoveLinkCommand(m_doc, l.from, l.to);
        }
        case 10: { // delete (nodes, a zone with its contents, links)
            if (nodes.size() < 6 && zones.size() < 2)
                return nullptr; // keep the design from running dry
            *what = QStringLiteral("delete");
            QStringList delNodes, delZones;
            QList<QPair<QString, QString>> delLinks;
            if (!nodes.isEmpty() && chance(70))
                delNodes = someNodes(2);
            if (!zones.isEmpty() && chance(25))
                delZones << pick(zones);
            if (!design().links.empty() && chance(40)) {
                const core::Link &l = design().links[size_t(bounded(int(design().links.size())))];
                delLinks << qMakePair(l.from, l.to);
            }
            return Commands::remove(m_doc, delNodes, delZones, delLinks);
        }
        case 11:
        case 12: { // copy and paste through the clipboard format
            QStringList selNodes = nodes.isEmpty() ? QStringList() : someNodes(3);
            QStringList selZones;
            if (!zones.isEmpty() && chance(15))
                selZones << pick(zones);
            const core::Design fragment = Clipboard::extract(*m_doc, selNodes, selZones);
            if (fragment.nodes.empty() && fragment.zones.empty())
                return nullptr;
            std::unique_ptr<QMimeData> mime(Clipboard::toMimeData(fragment));
            core::Design read;
            QString error;
            if (!Clipboard::fromMimeData(mime.get(), *m_doc, &read, &error))
                return nullptr; // too large for the clipboard
            *what = QStringLiteral("paste");
            const core::Design ready = Clipboard::prepareForInsert(*m_doc, read, randomDelta());
            return Commands::insertFragment(m_doc, ready, QStringLiteral("Paste"));
        }
        default: { // product option
            if (m_productOptions.empty())
                return nullptr;
            *what = QStringLiteral("product option");
            const core::OptionDef *o =
                m_productOptions[size_t(bounded(int(m_productOptions.size())))];
            nlohmann::json after = design().products;
            if (!after.is_object())
                after = nlohmann::json::object();
            if (chance(15) && after.contains(o->productKey))
                after[o->productKey].erase(o->designKey);
            else
                after[o->productKey][o->designKey] = randomValue(*o);
            return new SetProductOptionsCommand(m_doc, design().products, after);
        }
        }
    }

    Document *m_doc;
    QRandomGenerator m_rng;
    QStringList m_types;
    QStringList m_optionTypes; ///< types with node options
    std::vector<const core::OptionDef *> m_productOptions;
    QString m_lastNudged;
    bool m_nudging = false;
};

} // namespace

class TestUndoProperty : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { testutil::isolateSettings(); }
    void randomEdits_data();
    void randomEdits();
};

void TestUndoProperty::randomEdits_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<QString>("example");
    QTest::addColumn<int>("steps");
    const QStringList examples{QStringLiteral("appmon-three-tier"),
                               QStringLiteral("mixed-operations-centre"),
                               QStringLiteral("dataminer-dms"), QStringLiteral("imc-campus"),
                               QStringLiteral("prognosis-collaborate"), QString()};
    const quint32 seeds[] = {1, 7, 42, 1234, 20240501, 99991};
    int i = 0;
    for (quint32 seed : seeds) {
        const QString ex = examples.at(i++ % examples.size());
        QTest::addRow("seed %u %s", seed, ex.isEmpty() ? "empty design" : qPrintable(ex))
            << seed << ex << 300;
    }
}

void TestUndoProperty::randomEdits()
{
    QFETCH(quint32, seed);
    QFETCH(QString, example);
    QFETCH(int, steps);

    Document doc;
    if (!example.isEmpty()) {
        QString error;
        const QString file =
            QStringLiteral(PORTOLAN_SOURCE_DIR "/data/examples/%1.portolan").arg(example);
        QVERIFY2(doc.open(file, &error), qPrintable(error));
    }
    QUndoStack *stack = doc.undoStack();
    const QByteArray original = core::DesignIO::write(doc.design());
    // snapshots[i]: the file after the first i commands on the stack.
    QList<QByteArray> snapshots{original};
    QStringList labels{QStringLiteral("(original)")};
    EditGenerator gen(&doc, seed);
    QRandomGenerator dice(seed ^ 0x5eed);

    auto checkState = [&](const QString &where) {
        const QString diff = compareWithFullDerivation(doc);
        if (!diff.isEmpty())
            return QStringLiteral("seed %1, %2: %3").arg(seed).arg(where, diff);
        std::vector<core::LoadError> errors;
        if (!core::DesignIO::validate(doc.design(), where, &doc.catalogs(), &errors))
            return QStringLiteral("seed %1, %2: invalid design: %3")
                .arg(seed)
                .arg(where, errors.empty() ? QString() : errors.front().toString());
        return QString();
    };
    auto checkSnapshot = [&](const QString &where) {
        const int i = stack->index();
        if (i >= snapshots.size() || core::DesignIO::write(doc.design()) != snapshots.at(i))
            return QStringLiteral("seed %1, %2: design at index %3 (%4) is not the one recorded")
                .arg(seed)
                .arg(where)
                .arg(i)
                .arg(labels.value(i));
        return QString();
    };

    QMap<QString, int> counts;
    int merged = 0;
    for (int step = 0; step < steps; ++step) {
        const auto [cmd, what] = gen.next();
        const int before = stack->index();
        stack->push(cmd);
        counts[what] += 1;
        merged += stack->index() == before ? 1 : 0;
        const QString where = QStringLiteral("step %1 (%2)").arg(step).arg(what);
        QString problem = checkState(where);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        snapshots.resize(stack->index() + 1);
        labels.resize(stack->index() + 1);
        snapshots[stack->index()] = core::DesignIO::write(doc.design());
        labels[stack->index()] = where;

        // Now and then go back a few steps and forward again before editing on, as users do.
        if (step < steps - 1 && dice.bounded(100) < 6) {
            const int back = 1 + int(dice.bounded(5u));
            for (int k = 0; k < back && stack->canUndo(); ++k) {
                stack->undo();
                problem = checkState(where + QStringLiteral(", undo"));
                if (problem.isEmpty())
                    problem = checkSnapshot(where + QStringLiteral(", undo"));
                QVERIFY2(problem.isEmpty(), qPrintable(problem));
            }
            const int forward = int(dice.bounded(quint32(back + 1)));
            for (int k = 0; k < forward && stack->canRedo(); ++k) {
                stack->redo();
                problem = checkSnapshot(where + QStringLiteral(", redo"));
                QVERIFY2(problem.isEmpty(), qPrintable(problem));
            }
        }
    }
    const QByteArray final = core::DesignIO::write(doc.design());
    QVERIFY(final != original);
    QVERIFY(doc.isModified());
    const int commands = stack->index();
    QVERIFY2(commands > steps / 2, qPrintable(QString::number(commands)));

    while (stack->canUndo()) {
        stack->undo();
        const QString where = QStringLiteral("undo to %1").arg(stack->index());
        QString problem = checkState(where);
        if (problem.isEmpty())
            problem = checkSnapshot(where);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    QCOMPARE(core::DesignIO::write(doc.design()), original);
    QVERIFY(!doc.isModified());

    while (stack->canRedo()) {
        stack->redo();
        const QString where = QStringLiteral("redo to %1").arg(stack->index());
        QString problem = checkState(where);
        if (problem.isEmpty())
            problem = checkSnapshot(where);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    QCOMPARE(core::DesignIO::write(doc.design()), final);
    QVERIFY(doc.isModified());

    // Every kind of edit took part.
    for (const char *kind : {"add node", "add zone", "move nodes", "nudge", "change node fields",
                             "change node option", "change zone", "link", "unlink", "delete",
                             "paste", "product option"})
        QVERIFY2(counts.value(QLatin1String(kind)) > 0, kind);
    qDebug().noquote() << QStringLiteral("seed %1: %2 commands (%3 merged), %4 nodes, %5 zones, "
                                         "%6 flows")
                              .arg(seed)
                              .arg(commands)
                              .arg(merged)
                              .arg(doc.design().nodes.size())
                              .arg(doc.design().zones.size())
                              .arg(doc.flows().flows.size());
}

QTEST_MAIN(TestUndoProperty)
#include "tst_undoproperty.moc"
