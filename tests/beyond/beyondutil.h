#pragma once

#include "../core/testutil.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <functional>

namespace portolan::test {

using json = nlohmann::json;

inline QString beyondData(const QString &name)
{
    return QStringLiteral(PORTOLAN_BEYOND_DATA "/data/") + name;
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// The worked example of docs/design-format.md (tests/beyond/data/shop.portolan), changed by
/// `edit` on its JSON; fails the test when the result does not load.
inline bool shopDesign(const CatalogSet &cats, Design *out,
                       const std::function<void(json &)> &edit = {})
{
    json doc = json::parse(readAll(beyondData(QStringLiteral("shop.portolan"))).toStdString());
    if (edit)
        edit(doc);
    std::vector<LoadError> errors;
    const bool ok = DesignIO::read(QByteArray::fromStdString(doc.dump()),
                                   QStringLiteral("shop.portolan"), &cats, out, &errors);
    for (const LoadError &e : errors)
        qWarning("%s", qPrintable(e.toString()));
    return ok;
}

inline json &nodeById(json &doc, const char *id)
{
    for (json &n : doc["nodes"]) {
        if (n["id"] == id)
            return n;
    }
    static json none;
    return none;
}

/// Compares `actual` with tests/beyond/golden/<name>; PORTOLAN_UPDATE_GOLDEN=1 rewrites it.
inline bool matchesGolden(const QByteArray &actual, const QString &name)
{
    const QString path = QStringLiteral(PORTOLAN_BEYOND_DATA "/golden/") + name;
    if (qEnvironmentVariableIsSet("PORTOLAN_UPDATE_GOLDEN")) {
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(actual);
        return true;
    }
    const QByteArray expected = readAll(path);
    if (expected == actual)
        return true;
    const QList<QByteArray> a = actual.split('\n'), e = expected.split('\n');
    for (int i = 0; i < std::max(a.size(), e.size()); ++i) {
        if (a.value(i) != e.value(i)) {
            qWarning("%s differs at line %d:\n  expected: %s\n  actual:   %s", qPrintable(name),
                     i + 1, e.value(i).constData(), a.value(i).constData());
            break;
        }
    }
    QFile out(QDir::temp().filePath(name));
    if (out.open(QIODevice::WriteOnly))
        out.write(actual);
    return false;
}

} // namespace portolan::test
