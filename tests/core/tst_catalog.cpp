// Catalog loading and validation: each problem names the file and the JSON path; the
// shipped catalogs validate; a user catalog adds a product without code.
#include "testutil.h"

#include "catalog/catalogreader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTranslator>

using namespace portolan::core;
using namespace portolan::test;
using json = nlohmann::json;

namespace {

const char *kBase = R"({
  "format": "portolan-catalog", "version": 1,
  "product": { "id": "acme", "name": { "en": "ACME", "zh_CN": "ACME" }, "vendor": "ACME", "source": "acme.pdf" },
  "options": [ { "id": "acme.port", "scope": "product", "type": "port", "default": 7100,
                 "label": { "en": "Port", "zh_CN": "端口" } } ],
  "components": [
    { "id": "acme.probe", "category": "agent", "name": { "en": "Probe", "zh_CN": "探针" } },
    { "id": "acme.server", "category": "server", "name": { "en": "Server", "zh_CN": "服务器" } } ],
  "services": [
    { "id": "acme.ingest", "on": "acme.server", "protocol": "tcp", "ports": "{port},9000-9010",
      "name": { "en": "Ingest", "zh_CN": "接收" }, "reference": { "file": "acme.pdf", "section": "2" } } ],
  "rules": [
    { "id": "acme.probe-to-server", "from": "acme.probe", "to": "acme.server", "services": ["acme.ingest"],
      "purpose": { "en": "Probe sends", "zh_CN": "探针发送" }, "reference": { "file": "acme.pdf", "section": "2" } } ],
  "advisories": []
})";

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private slots:
    void baseIsValid();
    void errors_data();
    void errors();
    void shippedCatalogsValidate();
    void shippedCatalogsAreBilingualAndCited();
    void userCatalogAddsProduct();
    void userCatalogReplacesBuiltIn();
    void portExpressions_data();
    void portExpressions();
    void hostileFiles();
    void messagesInChinese();
};

static std::vector<LoadError> load(const json &doc)
{
    CatalogSet set;
    std::vector<LoadError> errors;
    if (set.addDocument(doc, QStringLiteral("acme.json"), &errors))
        set.finalize(&errors);
    return errors;
}

void TestCatalog::baseIsValid()
{
    const auto errors = load(json::parse(kBase));
    QVERIFY2(errors.empty(), errors.empty() ? "" : qPrintable(errors.front().toString()));
}

void TestCatalog::errors_data()
{
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");

    QTest::newRow("duplicate id")
        << QByteArray(R"([{"op":"add","path":"/components/-","value":{"id":"acme.probe","category":"agent","name":{"en":"P","zh_CN":"P"}}}])")
        << "/components/2/id" << "duplicate id \"acme.probe\"";
    QTest::newRow("id of another product")
        << QByteArray(R"([{"op":"replace","path":"/components/0/id","value":"other.probe"}])")
        << "/components/0/id" << "id \"other.probe\" must start with \"acme.\"";
    QTest::newRow("rule names unknown component")
        << QByteArray(R"([{"op":"replace","path":"/rules/0/to","value":"acme.nothing"}])")
        << "/rules/0/to" << "unknown component type \"acme.nothing\"";
    QTest::newRow("rule names unknown service")
        << QByteArray(R"([{"op":"replace","path":"/rules/0/services/0","value":"acme.nope"}])")
        << "/rules/0/services/0" << "unknown service \"acme.nope\"";
    QTest::newRow("target does not listen")
        << QByteArray(R"([{"op":"replace","path":"/rules/0/to","value":"acme.probe"}])")
        << "/rules/0/to" << "target type \"acme.probe\" listens on none of the rule's services";
    QTest::newRow("port outside range")
        << QByteArray(R"([{"op":"replace","path":"/services/0/ports","value":"70000"}])")
        << "/services/0/ports" << "port 70000 is outside 1-65535";
    QTest::newRow("port zero")
        << QByteArray(R"([{"op":"replace","path":"/services/0/ports","value":"0"}])")
        << "/services/0/ports" << "port 0 is outside 1-65535";
    QTest::newRow("range backwards")
        << QByteArray(R"([{"op":"replace","path":"/services/0/ports","value":"9010-9000"}])")
        << "/services/0/ports" << "range 9010-9000 is backwards (first port above last)";
    QTest::newRow("unknown port parameter")
        << QByteArray(R"([{"op":"replace","path":"/services/0/ports","value":"{nope+1}"}])")
        << "/services/0/ports" << "unknown port parameter \"acme.nope\"";
    QTest::newRow("condition names unknown option")
        << QByteArray(R"([{"op":"add","path":"/rules/0/when","value":{"option":"acme.colour","equals":"red"}}])")
        << "/rules/0/when/option" << "unknown option \"acme.colour\"";
    QTest::newRow("condition value not allowed")
        << QByteArray(R"([{"op":"add","path":"/rules/0/when","value":{"option":"acme.port","equals":"x"}}])")
        << "/rules/0/when/equals" << "option acme.port expects a port number 1-65535";
    QTest::newRow("missing Chinese")
        << QByteArray(R"([{"op":"remove","path":"/components/0/name/zh_CN"}])")
        << "/components/0/name/zh_CN" << "missing (expected a string)";
    QTest::newRow("empty English")
        << QByteArray(R"([{"op":"replace","path":"/rules/0/purpose/en","value":"  "}])")
        << "/rules/0/purpose/en" << "English text is empty";
    QTest::newRow("missing reference")
        << QByteArray(R"([{"op":"remove","path":"/services/0/reference"}])")
        << "/services/0/reference" << "missing (every entry cites its vendor document)";
    QTest::newRow("unknown protocol")
        << QByteArray(R"([{"op":"replace","path":"/services/0/protocol","value":"sctp"}])")
        << "/services/0/protocol" << "expected tcp, udp, icmp or tcp+udp; found \"sctp\"";
    QTest::newRow("misspelt key")
        << QByteArray(R"([{"op":"add","path":"/services/0/prots","value":"1"}])")
        << "/services/0/prots" << "unknown key";
    QTest::newRow("newer format version")
        << QByteArray(R"([{"op":"replace","path":"/version","value":3}])")
        << "/version" << "catalog format version 3 is newer than this Portolan understands (1); update Portolan";
    QTest::newRow("unknown advisory")
        << QByteArray(R"([{"op":"add","path":"/rules/0/advisories","value":["acme.x"]}])")
        << "/rules/0/advisories/0" << "unknown advisory \"acme.x\"";
    QTest::newRow("wrong type")
        << QByteArray(R"([{"op":"add","path":"/rules/0/required","value":"yes"}])")
        << "/rules/0/required" << "expected true or false, found a string";
    QTest::newRow("port offset overflows")
        << QByteArray(R"([{"op":"replace","path":"/services/0/ports","value":"{port+99999999999}"}])")
        << "/services/0/ports" << "offset 99999999999 is too large";
    QTest::newRow("list element of the wrong type")
        << QByteArray(R"([{"op":"replace","path":"/rules/0/services","value":["acme.ingest",{"id":1}]}])")
        << "/rules/0/services/1" << "expected a string, found an object";
    // Conditions cannot refer to each other (no cycles); their nesting is bounded.
    QByteArray deep = R"({"option":"acme.port","equals":1})";
    for (int i = 0; i < 18; ++i)
        deep = "{\"not\":" + deep + "}";
    QTest::newRow("conditions nested too deeply")
        << QByteArray(R"([{"op":"add","path":"/rules/0/when","value":)" + deep + "}]")
        << "/rules/0/when" + QString(QStringLiteral("/not")).repeated(17)
        << "condition nested too deeply";
}

void TestCatalog::errors()
{
    QFETCH(QByteArray, patch);
    QFETCH(QString, path);
    QFETCH(QString, message);
    const json doc = json::parse(kBase).patch(json::parse(patch.constData()));
    const auto errors = load(doc);
    QVERIFY(!errors.empty());
    QCOMPARE(errors.front().file, QStringLiteral("acme.json"));
    QCOMPARE(errors.front().path, path);
    QCOMPARE(errors.front().message, message);
}

void TestCatalog::shippedCatalogsValidate()
{
    std::vector<LoadError> errors;
    auto set = CatalogSet::loadStandard({}, &errors);
    QVERIFY2(set, errors.empty() ? "" : qPrintable(errors.front().toString()));
    QStringList products;
    for (const auto &c : set->catalogs())
        products << c->product;
    QCOMPARE(products, (QStringList{"appmon", "common", "dataminer", "dmcm", "imc", "prognosis"}));
    // DESIGN.md's required component types.
    for (const char *id : {"common.internet", "common.browser", "common.ldap", "common.smtp", "common.dns",
                           "common.oracle", "common.sqlserver", "common.mysql", "common.postgresql",
                           "common.network-device", "common.windows-host", "common.cloud-api",
                           "appmon.agent", "appmon.nodejs-agent", "appmon.webserver-agent",
                           "appmon.collector", "appmon.server", "appmon.frontend-server",
                           "appmon.memory-analysis-server", "appmon.client", "appmon.web",
                           "imc.master", "imc.slave", "imc.inode-client", "imc.access-device", "imc.cpe",
                           "dataminer.dma", "dataminer.cube", "dataminer.cassandra", "dataminer.elasticsearch",
                           "prognosis.server", "prognosis.windows-client", "prognosis.web-server",
                           "prognosis.cisco-cucm", "prognosis.avaya-cm", "prognosis.audiocodes-sbc",
                           "prognosis.ribbon-sbc", "dmcm.console", "dmcm.api", "dmcm.km", "dmcm.dispatcher",
                           "dmcm.monitor", "dmcm.mysql", "dmcm.riak", "dmcm.rabbitmq", "dmcm.agent",
                           "dmcm.agent-proxy"})
        QVERIFY2(set->component(QString::fromLatin1(id)), id);
    // DESIGN.md's required options.
    QVERIFY(set->option(QStringLiteral("appmon.version")));
    QVERIFY(set->option(QStringLiteral("appmon.version"))->defaultValue == json("6.5"));
    QVERIFY(set->option(QStringLiteral("dataminer.transport"))->defaultValue == json("grpc"));
    QVERIFY(set->option(QStringLiteral("prognosis.basePort"))->defaultValue == json(1960));
    QVERIFY(set->option(QStringLiteral("prognosis.autoDiscovery"))->defaultValue == json(true));
    QVERIFY(set->option(QStringLiteral("dmcm.agentProxy"))->defaultValue == json(false));
    const OptionDef *modules = set->nodeOption(QStringLiteral("imc.master"), QStringLiteral("modules"));
    QVERIFY(modules);
    QStringList values;
    for (const OptionValue &v : modules->values)
        values << v.value;
    QCOMPARE(values, (QStringList{"plat", "uba-nta", "qosm", "apm", "som", "inode", "uam-ead", "mvm",
                                  "wsm", "vsm", "ivm", "bims"}));
}

void TestCatalog::shippedCatalogsAreBilingualAndCited()
{
    auto set = builtInCatalogs();
    QVERIFY(set);
    const QStringList seeds = {"000_f1f5e2ba1c7315cd.txt", "001_60cb80242e533f7c.txt", "002_6544bfac299fed21.txt",
                               "003_94cd5f58aa2272be.txt", "004_7891191694474d2b.txt"};
    auto bilingual = [](const Text &t, const QString &what) {
        QVERIFY2(!t.en.trimmed().isEmpty() && !t.zh.trimmed().isEmpty(), qPrintable(what));
        // Chinese text really is Chinese somewhere in the catalogs' prose, not a copy of English.
    };
    int chineseDiffers = 0, texts = 0;
    for (const auto &c : set->catalogs()) {
        for (const ComponentType &t : c->components) {
            bilingual(t.name, t.id);
            ++texts;
            chineseDiffers += t.name.zh != t.name.en;
        }
        for (const Service &s : c->services) {
            bilingual(s.name, s.id);
            QVERIFY2(seeds.contains(s.reference.file), qPrintable(s.id + QStringLiteral(" cites ") + s.reference.file));
            QVERIFY2(!s.reference.section.isEmpty(), qPrintable(s.id));
        }
        for (const Rule &r : c->rules) {
            bilingual(r.purpose, r.id);
            ++texts;
            chineseDiffers += r.purpose.zh != r.purpose.en;
            QVERIFY2(seeds.contains(r.reference.file), qPrintable(r.id + QStringLiteral(" cites ") + r.reference.file));
        }
        for (const Advisory &a : c->advisories) {
            bilingual(a.text, a.id);
            QVERIFY2(a.text.zh != a.text.en, qPrintable(a.id));
        }
    }
    QVERIFY2(chineseDiffers > texts * 8 / 10, "most names and purposes have a real Chinese text");
}

void TestCatalog::userCatalogAddsProduct()
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("acme.json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(kBase);
    f.close();
    std::vector<LoadError> errors;
    auto set = CatalogSet::loadStandard({dir.path()}, &errors);
    QVERIFY(set);
    QVERIFY(set->component(QStringLiteral("acme.probe")));
    QVERIFY(set->component(QStringLiteral("appmon.agent")));
    Design d;
    QVERIFY(designFrom(R"({"products":{"acme":{"port":7200}},"nodes":[{"id":"p","type":"acme.probe"},{"id":"s","type":"acme.server"}]})", *set, &d));
    const FlowSet fs = Engine::derive(d, *set);
    QCOMPARE(flowLines(d, fs), QStringList{"p>s tcp 7200,9000-9010 -"});
}

void TestCatalog::userCatalogReplacesBuiltIn()
{
    // A user's catalog with a built-in product id replaces the built-in one.
    json doc = json::parse(kBase);
    doc["product"]["id"] = "dmcm";
    std::string text = doc.dump();
    for (size_t pos; (pos = text.find("acme.")) != std::string::npos;)
        text.replace(pos, 5, "dmcm.");
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("dmcm.json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray::fromStdString(text));
    f.close();
    std::vector<LoadError> errors;
    auto set = CatalogSet::loadStandard({dir.path()}, &errors);
    QVERIFY(set);
    QVERIFY(set->component(QStringLiteral("dmcm.probe")));
    QVERIFY(!set->component(QStringLiteral("dmcm.console")));
}

void TestCatalog::portExpressions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("terms");
    QTest::newRow("single") << "9998" << true << 1;
    QTest::newRow("list and range") << "135, 49152-65535" << true << 2;
    QTest::newRow("parameter with offset") << "{basePort+6}" << true << 1;
    QTest::newRow("qualified parameter") << "{imc.webPort}" << true << 1;
    QTest::newRow("garbage") << "http" << false << 0;
    QTest::newRow("empty item") << "80,,443" << false << 0;
    QTest::newRow("negative") << "-5" << false << 0;
    QTest::newRow("offset overflow") << "{basePort+99999999999}" << false << 0;
}

void TestCatalog::portExpressions()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(int, terms);
    PortExpr e;
    QString error;
    QCOMPARE(parsePortExpr(text, QStringLiteral("prognosis"), &e, &error), ok);
    if (ok) {
        QCOMPARE(int(e.terms.size()), terms);
        if (text.contains(QLatin1String("basePort")))
            QCOMPARE(e.terms.front().param, QStringLiteral("prognosis.basePort"));
    } else {
        QVERIFY(!error.isEmpty());
    }
}

// User catalogs arrive by mail: every limit of the reader, with the file and where.
void TestCatalog::hostileFiles()
{
    QTemporaryDir tmp;
    auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile f(tmp.filePath(name));
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    };
    auto errorOf = [&](const QString &name) {
        CatalogSet set;
        std::vector<LoadError> errors;
        if (set.addFile(tmp.filePath(name), &errors) || errors.empty())
            return QString();
        return errors.front().toString();
    };
    json doc = json::parse(kBase);
    doc["comment"] = std::string(5000, 'c');
    QVERIFY(write(QStringLiteral("long.json"), QByteArray::fromStdString(doc.dump())));
    QCOMPARE(errorOf(QStringLiteral("long.json")),
             tmp.filePath(QStringLiteral("long.json")) + QStringLiteral(": /comment: string is too long (5000 bytes, at most 4096)"));

    QByteArray deep = QByteArray(kBase).replace("\"advisories\": []", "\"advisories\": " + QByteArray(80, '[') + QByteArray(80, ']'));
    QVERIFY(write(QStringLiteral("deep.json"), deep));
    QCOMPARE(errorOf(QStringLiteral("deep.json")),
             tmp.filePath(QStringLiteral("deep.json")) + QStringLiteral(": nesting deeper than 64 levels"));

    QVERIFY(write(QStringLiteral("big.json"), QByteArray(8 * 1024 * 1024 + 10, ' ')));
    QCOMPARE(errorOf(QStringLiteral("big.json")),
             tmp.filePath(QStringLiteral("big.json")) + QStringLiteral(": file is too large (8388618 bytes, at most 8388608)"));

    QVERIFY(write(QStringLiteral("syntax.json"), "{\n  \"format\": \"portolan-catalog\",\n  \"version\": 1,,\n}"));
    QVERIFY(errorOf(QStringLiteral("syntax.json")).startsWith(tmp.filePath(QStringLiteral("syntax.json")) + QStringLiteral(":3:16: invalid JSON: ")));

    // A folder of thousands of files is not a catalog collection: refused before reading any.
    QVERIFY(QDir(tmp.path()).mkdir(QStringLiteral("many")));
    for (int i = 0; i < 257; ++i)
        QVERIFY(write(QStringLiteral("many/c%1.json").arg(i), "{}"));
    std::vector<LoadError> errors;
    QVERIFY(!CatalogSet::loadStandard({tmp.filePath(QStringLiteral("many"))}, &errors));
    QCOMPARE(errors.size(), size_t(1));
    QCOMPARE(errors.front().toString(),
             tmp.filePath(QStringLiteral("many")) + QStringLiteral(": too many catalog files (257, at most 256)"));
}

// Issue 6: catalog errors in Chinese once the Chinese translator is installed.
void TestCatalog::messagesInChinese()
{
    QTranslator zh;
    QVERIFY(zh.load(QStringLiteral(":/i18n/portolan_zh_CN.qm")));
    QVERIFY(QCoreApplication::installTranslator(&zh));
    const json doc = json::parse(kBase).patch(
        json::parse(R"([{"op":"replace","path":"/rules/0/services/0","value":"acme.nope"}])"));
    const auto errors = load(doc);
    QCoreApplication::removeTranslator(&zh);
    QVERIFY(!errors.empty());
    QCOMPARE(errors.front().toString(), QStringLiteral("acme.json: /rules/0/services/0: 未知服务 \"acme.nope\""));
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
