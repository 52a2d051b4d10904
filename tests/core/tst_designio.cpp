// The design reader and writer: every error names the file and where (line/column or JSON
// path); unknown keys survive a round trip; output is stable.
#include "testutil.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QFile>
#include <QTemporaryDir>
#include <QTranslator>

using namespace portolan::core;
using namespace portolan::test;

class TestDesignIO : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void errors_data();
    void errors();
    void syntaxErrorHasLineAndColumn();
    void deepNestingIsRefused();
    void nestingLimit_data();
    void nestingLimit();
    void commonCaseParserAgreesWithNlohmann_data();
    void commonCaseParserAgreesWithNlohmann();
    void commonCaseParserAgreesOnMutations();
    void byteOrderMarkAccepted();
    void roundTripKeepsUnknownKeysAndIsStable();
    void exampleFilesRoundTrip();
    void writeFileIsAtomicAndReportsFailure();
    void readFileBounds();
    void messagesInChinese();

private:
    std::unique_ptr<CatalogSet> m_cats;
};

void TestDesignIO::initTestCase()
{
    m_cats = testCatalogs();
    QVERIFY(m_cats);
}

void TestDesignIO::errors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");

    const QByteArray head = R"("format":"portolan-design","version":1,)";
    auto doc = [&](const QByteArray &body) { return QByteArray("{") + head + body + "}"; };

    QTest::newRow("not an object") << QByteArray("[1,2]") << "/" << "expected an object, found an array";
    QTest::newRow("wrong format") << QByteArray(R"({"format":"visio","version":1})") << "/format"
                                  << "expected \"portolan-design\", found \"visio\"";
    QTest::newRow("missing version") << QByteArray(R"({"format":"portolan-design"})") << "/version"
                                     << "missing (expected an integer)";
    QTest::newRow("newer version") << QByteArray(R"({"format":"portolan-design","version":7})") << "/version"
                                   << "design format version 7 is newer than this Portolan supports (version 1); open it with a newer Portolan";
    QTest::newRow("zones not an array") << doc(R"("zones":{})") << "/zones" << "expected an array, found an object";
    QTest::newRow("zone name not a string") << doc(R"("zones":[{"id":"z","name":5}])") << "/zones/0/name"
                                            << "expected a string, found an integer";
    QTest::newRow("firewalled not a bool") << doc(R"("zones":[{"id":"z","firewalled":"yes"}])") << "/zones/0/firewalled"
                                           << "expected true or false, found a string";
    QTest::newRow("rect too short") << doc(R"("zones":[{"id":"z","rect":[1,2,3]}])") << "/zones/0/rect"
                                    << "expected an array of 4 numbers";
    QTest::newRow("duplicate zone id") << doc(R"("zones":[{"id":"z"},{"id":"z"}])") << "/zones/1/id"
                                       << "duplicate zone id \"z\"";
    QTest::newRow("dangling zone parent") << doc(R"("zones":[{"id":"z","parent":"nowhere"}])") << "/zones/0/parent"
                                          << "unknown parent zone \"nowhere\"";
    QTest::newRow("zone parent cycle") << doc(R"("zones":[{"id":"a","parent":"b"},{"id":"b","parent":"a"}])")
                                       << "/zones/0/parent" << "zone \"a\" is its own ancestor (parent cycle)";
    QTest::newRow("node without type") << doc(R"("nodes":[{"id":"n"}])") << "/nodes/0/type" << "missing (expected a string)";
    QTest::newRow("unknown node type") << doc(R"("nodes":[{"id":"n","type":"t.zz"}])") << "/nodes/0/type"
                                       << "unknown component type \"t.zz\"";
    QTest::newRow("duplicate node id") << doc(R"("nodes":[{"id":"n","type":"t.a"},{"id":"n","type":"t.c"}])")
                                       << "/nodes/1/id" << "duplicate node id \"n\"";
    QTest::newRow("dangling node zone") << doc(R"("nodes":[{"id":"n","type":"t.a","zone":"dmz"}])") << "/nodes/0/zone"
                                        << "unknown zone \"dmz\"";
    QTest::newRow("pos not numbers") << doc(R"("nodes":[{"id":"n","type":"t.a","pos":["a",1]}])") << "/nodes/0/pos/0"
                                     << "expected a number between -10000000 and 10000000, found a string";
    QTest::newRow("unknown node option") << doc(R"("nodes":[{"id":"n","type":"t.a","options":{"colour":1}}])")
                                         << "/nodes/0/options/colour" << "component type t.a has no option \"colour\"";
    QTest::newRow("bad node option value") << doc(R"("nodes":[{"id":"n","type":"t.s","options":{"modules":["warp"]}}])")
                                           << "/nodes/0/options/modules"
                                           << "option t.modules expects values from \"core\", \"extra\"";
    QTest::newRow("port override out of range") << doc(R"("nodes":[{"id":"n","type":"t.c","ports":{"t.c-in":"70000"}}])")
                                                << "/nodes/0/ports/t.c-in" << "port 70000 is outside 1-65535";
    QTest::newRow("port override of a foreign service") << doc(R"("nodes":[{"id":"n","type":"t.a","ports":{"t.c-in":"1"}}])")
                                                        << "/nodes/0/ports/t.c-in"
                                                        << "component type t.a does not listen on service \"t.c-in\"";
    QTest::newRow("dangling link") << doc(R"("nodes":[{"id":"n","type":"t.a"}],"links":[{"from":"n","to":"ghost"}])")
                                   << "/links/0/to" << "unknown node \"ghost\"";
    QTest::newRow("self link") << doc(R"("nodes":[{"id":"n","type":"t.a"}],"links":[{"from":"n","to":"n"}])")
                               << "/links/0" << "a link joins two different nodes";
    QTest::newRow("manual flow protocol") << doc(R"("nodes":[{"id":"n","type":"t.a"},{"id":"m","type":"t.a"}],
                                               "flows":[{"from":"n","to":"m","protocol":"sctp","ports":"1"}])")
                                          << "/flows/0/protocol" << "expected tcp, udp or icmp, found \"sctp\"";
    QTest::newRow("manual flow backwards range") << doc(R"("nodes":[{"id":"n","type":"t.a"},{"id":"m","type":"t.a"}],
                                                      "flows":[{"from":"n","to":"m","protocol":"tcp","ports":"90-80"}])")
                                                 << "/flows/0/ports" << "range 90-80 is backwards (first port above last)";
    QTest::newRow("unknown product") << doc(R"("products":{"acme":{}})") << "/products/acme" << "unknown product \"acme\"";
    QTest::newRow("bad product option value") << doc(R"("products":{"t":{"version":"3.0"}})") << "/products/t/version"
                                              << "option t.version expects one of \"1.0\", \"2.0\"";
    QTest::newRow("port parameter out of range") << doc(R"("products":{"t":{"base":0}})") << "/products/t/base"
                                                 << "option t.base expects a port number 1-65535";

    // Hostile input: bounds on every string (values and keys, read or only kept as unknown
    // keys) and every array, named by JSON path (docs/reliability.md, "Hostile input").
    const QByteArray longText(5000, 'x');
    QTest::newRow("long string in an unknown key") << doc("\"note\":{\"text\":\"" + longText + "\"}")
                                                   << "/note/text" << "string is too long (5000 bytes, at most 4096)";
    QTest::newRow("long node name") << doc("\"nodes\":[{\"id\":\"n\",\"type\":\"t.a\",\"name\":\"" + longText + "\"}]")
                                    << "/nodes/0/name" << "string is too long (5000 bytes, at most 4096)";
    QTest::newRow("long option key") << doc("\"nodes\":[{\"id\":\"n\",\"type\":\"t.a\",\"options\":{\"" + longText + "\":1}}]")
                                     << "/nodes/0/options/" + QString(40, QLatin1Char('x')) + "..."
                                     << "string is too long (5000 bytes, at most 4096)";
    QByteArray many = "[0";
    for (int i = 0; i < 100000; ++i)
        many += ",0";
    QTest::newRow("array too long") << doc("\"extra\":" + many + "]") << "/extra"
                                    << "too many elements (100001, at most 100000)";
    QTest::newRow("title not a string") << doc(R"("title":["a"])") << "/title" << "expected a string, found an array";
    QTest::newRow("node option object") << doc(R"("nodes":[{"id":"n","type":"t.a","options":[1]}])") << "/nodes/0/options"
                                        << "expected an object, found an array";
    QTest::newRow("link ends not strings") << doc(R"("nodes":[{"id":"n","type":"t.a"}],"links":[{"from":"n","to":7}])")
                                           << "/links/0/to" << "expected a string, found an integer";
    QTest::newRow("zone parent cycle of three") << doc(R"("zones":[{"id":"a","parent":"c"},{"id":"b","parent":"a"},{"id":"c","parent":"b"}])")
                                                << "/zones/0/parent" << "zone \"a\" is its own ancestor (parent cycle)";
    QTest::newRow("zone is its own parent") << doc(R"("zones":[{"id":"a","parent":"a"}])")
                                            << "/zones/0/parent" << "zone \"a\" is its own ancestor (parent cycle)";
    QTest::newRow("dangling flow end") << doc(R"("nodes":[{"id":"n","type":"t.a"}],"flows":[{"from":"ghost","to":"n","protocol":"tcp","ports":"1"}])")
                                       << "/flows/0/from" << "unknown node \"ghost\"";
}

void TestDesignIO::errors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QString, message);
    Design d;
    std::vector<LoadError> errors;
    QVERIFY(!DesignIO::read(json, QStringLiteral("bad.portolan"), m_cats.get(), &d, &errors));
    QVERIFY(!errors.empty());
    QCOMPARE(errors.front().file, QStringLiteral("bad.portolan"));
    QCOMPARE(errors.front().path, path);
    QCOMPARE(errors.front().message, message);
    QVERIFY(errors.front().toString().startsWith(QStringLiteral("bad.portolan: ") + path + QStringLiteral(": ")));
}

void TestDesignIO::syntaxErrorHasLineAndColumn()
{
    const QByteArray json = "{\n  \"format\": \"portolan-design\",\n  \"version\": 1,\n  \"title\": \"x\" \"y\"\n}\n";
    Design d;
    std::vector<LoadError> errors;
    QVERIFY(!DesignIO::read(json, QStringLiteral("broken.portolan"), m_cats.get(), &d, &errors));
    QCOMPARE(errors.size(), size_t(1));
    QCOMPARE(errors.front().line, 4);
    QCOMPARE(errors.front().column, 18); // the end of the unexpected token
    QVERIFY2(errors.front().toString().startsWith(QStringLiteral("broken.portolan:4:18: invalid JSON: syntax error")),
             qPrintable(errors.front().toString()));
}

void TestDesignIO::deepNestingIsRefused()
{
    QByteArray json = R"({"format":"portolan-design","version":1,"x":)";
    json += QByteArray(5000, '[') + QByteArray(5000, ']') + "}";
    Design d;
    std::vector<LoadError> errors;
    QVERIFY(!DesignIO::read(json, QStringLiteral("deep.portolan"), m_cats.get(), &d, &errors));
    QCOMPARE(errors.front().message, QStringLiteral("nesting deeper than 64 levels"));
}

// parseJson scans the bytes for the bracket depth before parsing and uses the depth-checking
// parser only when the scan finds more than the limit: the result must be what the checking
// parser alone gives, whatever the strings and syntax errors around the brackets.
void TestDesignIO::nestingLimit_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error"); // the start of the message, empty when accepted

    const auto open = [](int n) { return QByteArray(n, '['); };
    const auto close = [](int n) { return QByteArray(n, ']'); };
    const QString tooDeep = QStringLiteral("nesting deeper than 64 levels");
    const QString syntax = QStringLiteral("invalid JSON: syntax error");

    QTest::newRow("64 levels") << open(64) + "1" + close(64) << QString();
    QTest::newRow("65 levels holding a value") << open(65) + "1" + close(65) << tooDeep;
    // The checking parser counts the containers around a value: an empty 65th level holds none.
    QTest::newRow("65 empty levels") << open(65) + close(65) << QString();
    QTest::newRow("66 empty levels") << open(66) + close(66) << tooDeep;
    QTest::newRow("objects") << QByteArray("{\"a\":").repeated(65) + "1" + QByteArray(65, '}') << tooDeep;
    QTest::newRow("brackets in a string") << "{\"a\":\"" + open(100) + "\"}" << QString();
    QTest::newRow("brackets in a key") << "{\"" + open(100) + "\":1}" << QString();
    QTest::newRow("escaped quote keeps the string open")
        << "{\"a\":\"\\\"" + open(100) + "\"}" << QString();
    QTest::newRow("escaped backslash ends the string")
        << "{\"a\":\"\\\\\",\"b\":" + open(100) + close(100) + "}" << tooDeep;
    QTest::newRow("unterminated string") << "{\"a\":\"" + open(100) << syntax;
    QTest::newRow("unterminated string ending in a backslash") << QByteArray("[\"\\") << syntax;
    QTest::newRow("syntax error before the depth") << "{\"a\":tru,\"b\":" + open(100) << syntax;
    QTest::newRow("depth before a syntax error") << open(100) + "tru" << tooDeep;
    QTest::newRow("stray closer before the depth") << "]" + open(100) << syntax;

    // The same scan lets parseJson skip the walk for the size limits when no string token is
    // longer than the limit and no array has as many commas.
    const QString tooLong = QStringLiteral("string is too long");
    const QString tooMany = QStringLiteral("too many elements");
    const auto items = [](int n) { return "[" + QByteArray("1,").repeated(n - 1) + "1]"; };
    QTest::newRow("4096-byte string") << "[\"" + QByteArray(4096, 'x') + "\"]" << QString();
    QTest::newRow("4097-byte string") << "[\"" + QByteArray(4097, 'x') + "\"]" << tooLong;
    QTest::newRow("4097-byte key") << "{\"" + QByteArray(4097, 'x') + "\":1}" << tooLong;
    QTest::newRow("escapes longer than the limit, text within")
        << "[\"" + QByteArray("\\n").repeated(3000) + "\"]" << QString();
    QTest::newRow("100000 elements") << items(100000) << QString();
    QTest::newRow("100001 elements") << items(100001) << tooMany;
    QTest::newRow("commas of inner arrays and strings not counted")
        << "[" + items(60000) + "," + items(60000) + ",\"" + QByteArray(5000, ',') + "\"]" << tooLong;
}

void TestDesignIO::nestingLimit()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    nlohmann::json doc;
    LoadError e;
    const bool ok = parseJson(json, QStringLiteral("t.json"), JsonLimits(), &doc, &e);
    QVERIFY2(ok == error.isEmpty(), qPrintable(e.toString()));
    if (!ok)
        QVERIFY2(e.message.startsWith(error), qPrintable(e.message));
}

// The same value and the same types (nlohmann compares 1 and 1u as equal).
static bool sameDocument(const nlohmann::json &a, const nlohmann::json &b)
{
    if (a.type() != b.type())
        return false;
    if (a.is_object()) {
        if (a.size() != b.size())
            return false;
        for (auto i = a.begin(), j = b.begin(); i != a.end(); ++i, ++j) {
            if (i.key() != j.key() || !sameDocument(i.value(), j.value()))
                return false;
        }
        return true;
    }
    if (a.is_array()) {
        if (a.size() != b.size())
            return false;
        for (size_t i = 0; i < a.size(); ++i) {
            if (!sameDocument(a[i], b[i]))
                return false;
        }
        return true;
    }
    if (a.is_number_float()) // -0.0 == 0.0, and NaN never appears
        return std::memcmp(&a.get_ref<const double &>(), &b.get_ref<const double &>(),
                           sizeof(double)) == 0;
    return a == b;
}

// parseJson reads well-formed documents with a parser of its own and leaves everything it is
// unsure of to nlohmann's: whatever the input, it must accept what nlohmann accepts (within
// the limits) with the same document, and refuse what nlohmann refuses.
static void compareWithNlohmann(const QByteArray &json)
{
    const nlohmann::json expected =
        nlohmann::json::parse(json.constData(), json.constData() + json.size(), nullptr, false);
    nlohmann::json doc;
    LoadError e;
    const bool ok = parseJson(json, QStringLiteral("t.json"), JsonLimits(), &doc, &e);
    if (expected.is_discarded()) {
        QVERIFY2(!ok, json.left(200).constData());
        QVERIFY2(e.message.startsWith(QStringLiteral("invalid JSON")), qPrintable(e.message));
    } else if (ok) {
        QVERIFY2(sameDocument(doc, expected), json.left(200).constData());
    } else {
        // Only the limits refuse what nlohmann accepts.
        QVERIFY2(e.message.startsWith(QStringLiteral("nesting deeper"))
                     || e.message.startsWith(QStringLiteral("string is too long"))
                     || e.message.startsWith(QStringLiteral("too many elements")),
                 qPrintable(e.message));
    }
}

void TestDesignIO::commonCaseParserAgreesWithNlohmann_data()
{
    QTest::addColumn<QByteArray>("json");
    const QStringList dirs = {QStringLiteral(PORTOLAN_SOURCE_DIR "/data/examples"),
                              QStringLiteral(PORTOLAN_SOURCE_DIR "/data/catalogs"),
                              QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/fuzz/corpus/fuzz_design"),
                              QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/fuzz/corpus/fuzz_catalog")};
    for (const QString &dir : dirs) {
        for (const QFileInfo &f : QDir(dir).entryInfoList(QDir::Files)) {
            QFile file(f.filePath());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QTest::newRow(qPrintable(f.fileName())) << file.readAll();
        }
    }
    const char *cases[] = {
        "0", "-0", "1", "-1", "18446744073709551615", "18446744073709551616", "999999999999999999",
        "1000000000000000000", "-9223372036854775808", "-9223372036854775809", "01", "-01",
        "1.", ".5", "+1", "-", "1.5", "-0.0", "0.1", "1e5", "1E+5", "1e-5", "1.5e300", "1e400",
        "-1e400", "1e-400", "4.9e-324", "2.2250738585072011e-308", "1e", "1e+", "1.e5", "0x10",
        "\"\"", "\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\"", "\"\\u0000\"", "\"\\u00e9\\u4e2d\\uFFFF\"",
        "\"\\ud83d\\ude00\"", "\"\\ud83d\"", "\"\\ude00\"", "\"\\u12\"", "\"\\u12g4\"", "\"\\x\"",
        "\"\xC3\xA9\"", "\"\xE4\xB8\xAD\"", "\"\xF0\x9F\x98\x80\"", "\"\xC0\x80\"", "\"\xC1\xBF\"",
        "\"\xE0\x80\x80\"", "\"\xED\xA0\x80\"", "\"\xF4\x90\x80\x80\"", "\"\xF5\x80\x80\x80\"",
        "\"\x80\"", "\"\xC3\"", "\"\xE4\xB8\"", "\"a\tb\"", "\"a\nb\"", "\"\x7F\"", "\"abc",
        "true", "false", "null", "tru", "nul", "True", "[]", "{}", "[ ]", "{ }", "[1,]", "[,1]",
        "{\"a\":1,}", "{\"a\"1}", "{a:1}", "{\"a\":1,\"a\":2}", "{\"b\":1,\"a\":2,\"c\":[]}",
        "[1 2]", "[1]x", "[1] ", " \t\r\n[1]\n", "\f[1]", "[1]\v", "", " ", "\xEF\xBB\xBF[1]",
        "[1]/*c*/", "//c\n[1]", "[\"a\",{\"b\":[null,true,{\"c\":-2.5e-3}]}]", "{\"\":0}",
        "[1]\0", "[\"a\0b\"]",
    };
    for (const char *c : cases)
        QTest::newRow(c) << QByteArray(c);
    QTest::newRow("NUL inside") << QByteArray("[\"a\0b\"]", 7);
    QTest::newRow("NUL after") << QByteArray("[1]\0", 4);
    QTest::newRow("64 levels") << QByteArray(64, '[') + QByteArray(64, ']');
    QTest::newRow("65 levels") << QByteArray(65, '[') + "1" + QByteArray(65, ']');
    QTest::newRow("4096-byte string") << "[\"" + QByteArray(4096, 'x') + "\"]";
    QTest::newRow("4097-byte string") << "[\"" + QByteArray(4097, 'x') + "\"]";
    QTest::newRow("escaped 4097 bytes") << "[\"" + QByteArray("\\n").repeated(2100) + "\"]";
    QTest::newRow("100000 elements") << "[" + QByteArray("1,").repeated(99999) + "1]";
    QTest::newRow("100001 elements") << "[" + QByteArray("1,").repeated(100000) + "1]";
}

void TestDesignIO::commonCaseParserAgreesWithNlohmann()
{
    QFETCH(QByteArray, json);
    compareWithNlohmann(json);
}

void TestDesignIO::commonCaseParserAgreesOnMutations()
{
    const QByteArray seed =
        "{\"a\": [1, -2, 3.5e2, true, false, null, \"x\\u00e9\\n\xE4\xB8\xAD\"], \"b\": {\"c\": \"\","
        " \"d\": [[], {}], \"e\": 0}, \"f\": \"\\\\\\\"\"}";
    const QByteArray alphabet = "{}[]\",:\\ -+.0123456789eEtrufalsn\xE4\xB8\xAD\xC3\x80\x01u";
    QRandomGenerator rng(42);
    for (int i = 0; i < 30000; ++i) {
        QByteArray json = seed;
        for (int edits = 1 + int(rng.bounded(3)); edits > 0; --edits) {
            const int at = int(rng.bounded(json.size() + 1));
            const char c = alphabet[int(rng.bounded(alphabet.size()))];
            switch (rng.bounded(3)) {
            case 0: json.insert(at, c); break;
            case 1: if (at < json.size()) json.remove(at, 1); break;
            default: if (at < json.size()) json[at] = c; break;
            }
        }
        compareWithNlohmann(json);
        if (QTest::currentTestFailed()) {
            qWarning("input: %s", json.toPercentEncoding().constData());
            return;
        }
    }
}

void TestDesignIO::byteOrderMarkAccepted()
{
    const QByteArray json = "\xEF\xBB\xBF{\"format\":\"portolan-design\",\"version\":1,\"title\":\"\xE9\x98\xB2\xE7\x81\xAB\xE5\xA2\x99\"}";
    Design d;
    std::vector<LoadError> errors;
    QVERIFY(DesignIO::read(json, QStringLiteral("bom.portolan"), m_cats.get(), &d, &errors));
    QCOMPARE(d.title, QStringLiteral("防火墙"));
}

void TestDesignIO::roundTripKeepsUnknownKeysAndIsStable()
{
    const QByteArray json = R"({"format":"portolan-design","version":1,"title":"T",
        "futureTop":{"a":[1,2]},
        "meta":{"customer":"ACME","revision":"B","reviewer":"Li Wei"},
        "products":{"t":{"base":1100}},
        "zones":[{"id":"z","name":"Z","parent":null,"firewalled":true,"firewall":"FW","rect":[0,0,300.5,200],"owner":"net-team"}],
        "nodes":[{"id":"n","type":"t.s","name":"S","zone":"z","host":"h","address":"10.0.0.1","pos":[10,20],
                  "options":{"modules":["extra"]},"ports":{"t.s-in":"1200"},"rack":"R12"}],
        "links":[],
        "flows":[{"from":"n","to":"n","protocol":"icmp","ports":"","purpose":"ping","ticket":"CHG-1"}]})";
    Design d;
    std::vector<LoadError> errors;
    QVERIFY(DesignIO::read(json, QStringLiteral("rt.portolan"), m_cats.get(), &d, &errors));
    const QByteArray first = DesignIO::write(d);
    for (const char *kept : {"futureTop", "reviewer", "net-team", "\"rack\": \"R12\"", "CHG-1", "300.5"})
        QVERIFY2(first.contains(kept), kept);
    Design again;
    QVERIFY(DesignIO::read(first, QStringLiteral("rt.portolan"), m_cats.get(), &again, &errors));
    QCOMPARE(DesignIO::write(again), first);
    // Stable key order: format and version lead.
    QVERIFY(first.startsWith("{\n  \"format\": \"portolan-design\",\n  \"version\": 1,"));
}

void TestDesignIO::exampleFilesRoundTrip()
{
    auto cats = builtInCatalogs();
    QVERIFY(cats);
    const QDir dir(QStringLiteral(PORTOLAN_SOURCE_DIR "/data/examples"));
    const QStringList files = dir.entryList({QStringLiteral("*.portolan")}, QDir::Files);
    QVERIFY(files.size() >= 5);
    for (const QString &f : files) {
        Design d;
        std::vector<LoadError> errors;
        QVERIFY2(DesignIO::readFile(dir.filePath(f), cats.get(), &d, &errors),
                 qPrintable(errors.empty() ? f : errors.front().toString()));
        const QByteArray once = DesignIO::write(d);
        Design d2;
        QVERIFY(DesignIO::read(once, f, cats.get(), &d2, &errors));
        QCOMPARE(DesignIO::write(d2), once);
        QCOMPARE(d2.nodes.size(), d.nodes.size());
    }
}

void TestDesignIO::writeFileIsAtomicAndReportsFailure()
{
    QTemporaryDir tmp;
    Design d;
    d.title = QStringLiteral("Saved");
    QString error;
    const QString path = tmp.filePath(QStringLiteral("a.portolan"));
    QVERIFY(DesignIO::writeFile(d, path, &error));
    Design back;
    std::vector<LoadError> errors;
    QVERIFY(DesignIO::readFile(path, m_cats.get(), &back, &errors));
    QCOMPARE(back.title, QStringLiteral("Saved"));
    QVERIFY(!DesignIO::writeFile(d, tmp.filePath(QStringLiteral("missing-dir/b.portolan")), &error));
    QVERIFY(error.contains(QStringLiteral("cannot write")));
}

void TestDesignIO::readFileBounds()
{
    QTemporaryDir tmp;
    Design d;
    std::vector<LoadError> errors;
    // A folder named like a design.
    QVERIFY(QDir(tmp.path()).mkdir(QStringLiteral("folder.portolan")));
    const QString folder = tmp.filePath(QStringLiteral("folder.portolan"));
    QVERIFY(!DesignIO::readFile(folder, m_cats.get(), &d, &errors));
    QCOMPARE(errors.back().toString(), folder + QStringLiteral(": is a directory, not a file"));
    // Missing.
    QVERIFY(!DesignIO::readFile(tmp.filePath(QStringLiteral("none.portolan")), m_cats.get(), &d, &errors));
    QVERIFY2(errors.back().message.startsWith(QStringLiteral("cannot open: ")), qPrintable(errors.back().message));
    // One byte over the 16 MB a design may have: refused before it is parsed.
    const QString big = tmp.filePath(QStringLiteral("big.portolan"));
    {
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(16 * 1024 * 1024 + 1));
    }
    QVERIFY(!DesignIO::readFile(big, m_cats.get(), &d, &errors));
    QCOMPARE(errors.back().message, QStringLiteral("file is too large (16777217 bytes, at most 16777216)"));
    // A device that never ends is read only up to the limit, not forever.
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!DesignIO::readFile(QStringLiteral("/dev/zero"), m_cats.get(), &d, &errors));
    QVERIFY2(errors.back().message.startsWith(QStringLiteral("file is too large")), qPrintable(errors.back().message));
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
}

// Issue 6: with Portolan's Chinese translator installed (GUI in Chinese, portolan-cli --lang
// zh_CN) the reader's messages are Chinese, with the same file and JSON path; without it they
// are English again.
void TestDesignIO::messagesInChinese()
{
    const QByteArray json = R"({"format":"portolan-design","version":1,
        "nodes":[{"id":"n","type":"t.a","zone":"dmz"}]})";
    auto firstError = [&] {
        Design d;
        std::vector<LoadError> errors;
        if (DesignIO::read(json, QStringLiteral("bad.portolan"), m_cats.get(), &d, &errors) || errors.empty())
            return LoadError();
        return errors.front();
    };
    QTranslator zh;
    QVERIFY(zh.load(QStringLiteral(":/i18n/portolan_zh_CN.qm")));
    QVERIFY(QCoreApplication::installTranslator(&zh));
    const LoadError chinese = firstError();
    QCoreApplication::removeTranslator(&zh);
    QCOMPARE(chinese.toString(), QStringLiteral("bad.portolan: /nodes/0/zone: 未知区域 \"dmz\""));
    QCOMPARE(firstError().toString(), QStringLiteral("bad.portolan: /nodes/0/zone: unknown zone \"dmz\""));

    // The JSON layer too: line and column stay, the text is Chinese.
    QVERIFY(QCoreApplication::installTranslator(&zh));
    Design d;
    std::vector<LoadError> errors;
    const bool read = DesignIO::read(QByteArray(R"({"format":"portolan-design","version":1,"x":)")
                                         + QByteArray(100, '[') + QByteArray(100, ']') + "}",
                                     QStringLiteral("deep.portolan"), m_cats.get(), &d, &errors);
    QCoreApplication::removeTranslator(&zh);
    QVERIFY(!read);
    QCOMPARE(errors.front().toString(), QStringLiteral("deep.portolan: 嵌套超过 64 层"));
}

QTEST_GUILESS_MAIN(TestDesignIO)
#include "tst_designio.moc"
