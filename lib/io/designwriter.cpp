// Writing designs: stable key order, unknown keys kept, atomic saves with a backup.
#include "designio.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cmath>

namespace portolan::core {

using json = nlohmann::json;
using ojson = nlohmann::ordered_json;

namespace {

constexpr int kDesignVersion = Design::kFormatVersion;

ojson number(double v)
{
    if (std::fabs(v - std::round(v)) < 1e-9)
        return ojson(static_cast<long long>(std::llround(v)));
    return ojson(v);
}

void appendExtras(ojson &o, const json &extra)
{
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o[it.key()] = ojson::parse(it.value().dump());
}

ojson toOrdered(const json &j)
{
    return ojson::parse(j.dump());
}

std::string s(const QString &q)
{
    return q.toStdString();
}

} // namespace

QByteArray DesignIO::write(const Design &d)
{
    ojson doc = ojson::object();
    doc["format"] = "portolan-design";
    doc["version"] = kDesignVersion;
    doc["title"] = s(d.title);
    ojson meta = ojson::object();
    meta["customer"] = s(d.meta.customer);
    meta["author"] = s(d.meta.author);
    meta["revision"] = s(d.meta.revision);
    meta["date"] = s(d.meta.date);
    appendExtras(meta, d.meta.extra);
    doc["meta"] = meta;
    doc["products"] = toOrdered(d.products);
    ojson zones = ojson::array();
    for (const Zone &z : d.zones) {
        ojson o = ojson::object();
        o["id"] = s(z.id);
        o["name"] = s(z.name);
        o["parent"] = z.parent.isEmpty() ? ojson(nullptr) : ojson(s(z.parent));
        o["firewalled"] = z.firewalled;
        if (!z.firewall.isEmpty())
            o["firewall"] = s(z.firewall);
        if (!z.color.isEmpty())
            o["color"] = s(z.color);
        if (z.hasRect)
            o["rect"] = ojson::array({number(z.rect.x()), number(z.rect.y()), number(z.rect.width()), number(z.rect.height())});
        appendExtras(o, z.extra);
        zones.push_back(o);
    }
    doc["zones"] = zones;
    ojson nodes = ojson::array();
    for (const Node &n : d.nodes) {
        ojson o = ojson::object();
        o["id"] = s(n.id);
        o["type"] = s(n.type);
        o["name"] = s(n.name);
        o["zone"] = n.zone.isEmpty() ? ojson(nullptr) : ojson(s(n.zone));
        o["host"] = s(n.host);
        o["address"] = s(n.address);
        if (n.hasPos)
            o["pos"] = ojson::array({number(n.pos.x()), number(n.pos.y())});
        o["options"] = toOrdered(n.options);
        ojson ports = ojson::object();
        for (const auto &[k, v] : n.ports)
            ports[s(k)] = s(v);
        o["ports"] = ports;
        appendExtras(o, n.extra);
        nodes.push_back(o);
    }
    doc["nodes"] = nodes;
    ojson links = ojson::array();
    for (const Link &l : d.links) {
        ojson o = ojson::object();
        o["from"] = s(l.from);
        o["to"] = s(l.to);
        appendExtras(o, l.extra);
        links.push_back(o);
    }
    doc["links"] = links;
    ojson flows = ojson::array();
    for (const ManualFlow &f : d.flows) {
        ojson o = ojson::object();
        o["from"] = s(f.from);
        o["to"] = s(f.to);
        o["protocol"] = s(f.protocol);
        o["ports"] = s(f.ports);
        o["purpose"] = s(f.purpose);
        appendExtras(o, f.extra);
        flows.push_back(o);
    }
    doc["flows"] = flows;
    appendExtras(doc, d.extra);
    return QByteArray::fromStdString(doc.dump(2)) + '\n';
}

bool DesignIO::writeFile(const Design &design, const QString &fileName, QString *error)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = LoadError::tr("cannot write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    const QByteArray data = write(design);
    if (file.write(data) != data.size() || !file.commit()) {
        *error = LoadError::tr("cannot write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

QString DesignIO::backupFileName(const QString &fileName)
{
    return fileName + QStringLiteral(".bak");
}

bool DesignIO::writeFileWithBackup(const Design &design, const QString &fileName, QString *error)
{
    auto fail = [error](const QString &file, const QString &why) {
        if (error)
            *error = LoadError::tr("cannot write %1: %2").arg(file, why);
        return false;
    };
    // The new version goes to a temporary file first; only when it is complete is the old
    // version copied aside, and only then does the new one replace it. A failure at any
    // step leaves the original file untouched.
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return fail(fileName, file.errorString());
    const QByteArray data = write(design);
    if (file.write(data) != data.size() || !file.flush())
        return fail(fileName, file.errorString());

    const QFileInfo old(fileName);
    if (old.exists()) {
        const QString backup = backupFileName(fileName);
        QFile in(fileName);
        if (!in.open(QIODevice::ReadOnly))
            return fail(backup, LoadError::tr("cannot read %1: %2").arg(fileName, in.errorString()));
        const QByteArray previous = in.readAll();
        if (in.error() != QFileDevice::NoError)
            return fail(backup, LoadError::tr("cannot read %1: %2").arg(fileName, in.errorString()));
        QSaveFile bak(backup);
        if (!bak.open(QIODevice::WriteOnly) || bak.write(previous) != previous.size()
            || !bak.commit())
            return fail(backup, bak.errorString());
        // The backup holds the same data as the original: give it the same protection.
        QFile::setPermissions(backup, old.permissions());
    }
    if (!file.commit())
        return fail(fileName, file.errorString());
    return true;
}


} // namespace portolan::core
