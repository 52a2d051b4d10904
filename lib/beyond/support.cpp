#include "support.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace portolan::beyond {

using namespace portolan::core;

QString Endpoint::base() const
{
    const int slash = int(address.indexOf(QLatin1Char('/')));
    return slash < 0 ? address : address.left(slash);
}

int Endpoint::prefix() const
{
    const int slash = int(address.indexOf(QLatin1Char('/')));
    if (slash >= 0)
        return address.mid(slash + 1).toInt();
    return family == 6 ? 128 : 32;
}

bool parseIp(const QString &input, int *family, QString *normalised, int *prefix)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return false;
    QString addr = text;
    int len = -1;
    const int slash = int(text.indexOf(QLatin1Char('/')));
    if (slash >= 0) {
        bool ok = false;
        const QString p = text.mid(slash + 1);
        len = p.toInt(&ok);
        if (!ok || p.isEmpty() || !p.at(0).isDigit())
            return false;
        addr = text.left(slash);
    }
    static const QRegularExpression v4(QStringLiteral("^\\d{1,3}(\\.\\d{1,3}){3}$"));
    static const QRegularExpression v6(QStringLiteral("^[0-9A-Fa-f:.]+$"));
    int fam = 0;
    if (v4.match(addr).hasMatch())
        fam = 4;
    else if (addr.contains(QLatin1Char(':')) && v6.match(addr).hasMatch())
        fam = 6;
    else
        return false;
    QHostAddress host;
    if (!host.setAddress(addr))
        return false;
    if ((fam == 4) != (host.protocol() == QAbstractSocket::IPv4Protocol))
        return false;
    const int maxLen = fam == 4 ? 32 : 128;
    if (len > maxLen || (slash >= 0 && len < 0))
        return false;
    if (len >= 0 && len < maxLen) {
        // A network must not have host bits set: "10.1.2.3/16" is a typo, not a network.
        const QHostAddress masked = QHostAddress::parseSubnet(host.toString() + QLatin1Char('/')
                                                              + QString::number(len))
                                            .first;
        if (masked != host)
            return false;
    }
    if (family)
        *family = fam;
    if (prefix)
        *prefix = len;
    if (normalised) {
        *normalised = host.toString();
        if (len >= 0 && len < maxLen)
            *normalised += QLatin1Char('/') + QString::number(len);
    }
    return true;
}

QString zoneSubnet(const Zone &zone)
{
    const auto it = zone.extra.find("subnet");
    if (it == zone.extra.end() || !it->is_string())
        return QString();
    return QString::fromStdString(it->get<std::string>()).trimmed();
}

Endpoint endpointFor(const Design &design, const Node &node)
{
    Endpoint e;
    QString normalised;
    int family = 0, prefix = -1;
    if (parseIp(node.address, &family, &normalised, &prefix)) {
        e.kind = normalised.contains(QLatin1Char('/')) ? Endpoint::Kind::Network
                                                       : Endpoint::Kind::Host;
        e.family = family;
        e.address = normalised;
        return e;
    }
    if (!node.address.trimmed().isEmpty()) {
        static const QRegularExpression dns(QStringLiteral(
                "^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*\\.?$"));
        e.problem = dns.match(node.address.trimmed()).hasMatch()
                            ? QStringLiteral("address \"%1\" is a DNS name, not an IP address")
                                      .arg(oneLine(node.address))
                            : QStringLiteral("address \"%1\" is not an IP address")
                                      .arg(oneLine(node.address));
    } else {
        e.problem = QStringLiteral("no address");
    }
    const int z = design.zoneIndex(node.zone);
    if (z >= 0) {
        const Zone &zone = design.zones[size_t(z)];
        const QString subnet = zoneSubnet(zone);
        if (!subnet.isEmpty() && parseIp(subnet, &family, &normalised, &prefix)) {
            e.kind = Endpoint::Kind::Network;
            e.family = family;
            e.address = normalised;
            e.zone = zone.id;
            return e;
        }
        if (!subnet.isEmpty())
            e.problem += QStringLiteral("; zone subnet \"%1\" is not a network in CIDR notation")
                                 .arg(oneLine(subnet));
    }
    e.kind = Endpoint::Kind::Placeholder;
    e.placeholder = QStringLiteral("ADDR_") + identifier(node.id);
    return e;
}

QString identifier(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const ushort u = c.unicode();
        const bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9')
                        || u == '_';
        out += ok ? c : QLatin1Char('_');
    }
    return out.isEmpty() ? QStringLiteral("_") : out;
}

QString slug(const QString &text)
{
    QString out;
    bool dash = false;
    for (const QChar c : text.toLower()) {
        const ushort u = c.unicode();
        if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9')) {
            if (dash && !out.isEmpty())
                out += QLatin1Char('-');
            dash = false;
            out += c;
        } else {
            dash = true;
        }
    }
    return out;
}

QString oneLine(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        out += (c.category() == QChar::Other_Control || c == QChar::LineSeparator
                || c == QChar::ParagraphSeparator)
                       ? QLatin1Char(' ')
                       : c;
    return out.simplified();
}

QString asciiOnly(const QString &text)
{
    QString out;
    for (const QChar c : oneLine(text)) {
        const ushort u = c.unicode();
        if (u == '"')
            out += QLatin1Char('\'');
        else if (u >= 0x20 && u < 0x7f)
            out += c;
    }
    return out.simplified();
}

QString nodeName(const Node &node)
{
    return oneLine(node.name.isEmpty() ? node.id : node.name);
}

QString zoneName(const Design &design, const QString &zoneId)
{
    const int z = design.zoneIndex(zoneId);
    if (z < 0)
        return QString();
    const Zone &zone = design.zones[size_t(z)];
    return oneLine(zone.name.isEmpty() ? zone.id : zone.name);
}

PortSet portsMinus(const PortSet &a, const PortSet &b)
{
    PortSet out;
    for (const PortSet::Range &r : a.ranges()) {
        int lo = r.first;
        for (const PortSet::Range &cut : b.ranges()) {
            if (cut.second < lo || cut.first > r.second)
                continue;
            if (cut.first > lo)
                out.add(lo, cut.first - 1);
            lo = cut.second + 1;
            if (lo > r.second)
                break;
        }
        if (lo <= r.second)
            out.add(lo, r.second);
    }
    return out;
}

int displayWidth(const QString &text)
{
    int w = 0;
    for (const QChar c : text) {
        const ushort u = c.unicode();
        if (c.isLowSurrogate())
            continue;
        const bool wide = (u >= 0x1100 && u <= 0x115f) || (u >= 0x2e80 && u <= 0xa4cf)
                          || (u >= 0xac00 && u <= 0xd7a3) || (u >= 0xf900 && u <= 0xfaff)
                          || (u >= 0xfe30 && u <= 0xfe4f) || (u >= 0xff00 && u <= 0xff60)
                          || (u >= 0xffe0 && u <= 0xffe6) || c.isHighSurrogate();
        w += wide ? 2 : 1;
    }
    return w;
}

} // namespace portolan::beyond
