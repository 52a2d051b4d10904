#include "catalog.h"

#include "io/jsonutil.h"

#include <QSet>

#include <algorithm>
#include <climits>

namespace portolan::core {

QString protocolName(Protocol p)
{
    switch (p) {
    case Protocol::Tcp: return QStringLiteral("tcp");
    case Protocol::Udp: return QStringLiteral("udp");
    case Protocol::Icmp: return QStringLiteral("icmp");
    }
    return QString();
}

bool parseProtocol(const QString &s, Protocol *out)
{
    const QString l = s.toLower();
    if (l == QLatin1String("tcp"))
        *out = Protocol::Tcp;
    else if (l == QLatin1String("udp"))
        *out = Protocol::Udp;
    else if (l == QLatin1String("icmp"))
        *out = Protocol::Icmp;
    else
        return false;
    return true;
}

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Error: return QStringLiteral("error");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Note: return QStringLiteral("note");
    }
    return QString();
}

bool OptionDef::allows(const nlohmann::json &v, QString *why) const
{
    auto knownValue = [this](const QString &s) {
        for (const OptionValue &ov : values) {
            if (ov.value == s)
                return true;
        }
        return false;
    };
    auto valueList = [this]() {
        QStringList l;
        for (const OptionValue &ov : values)
            l << QLatin1Char('"') + ov.value + QLatin1Char('"');
        return l.join(QStringLiteral(", "));
    };
    switch (type) {
    case Type::Bool:
        if (!v.is_boolean()) {
            *why = LoadError::tr("option %1 expects true or false").arg(id);
            return false;
        }
        return true;
    case Type::Enum:
        if (!v.is_string() || !knownValue(QString::fromStdString(v.get<std::string>()))) {
            *why = LoadError::tr("option %1 expects one of %2").arg(id, valueList());
            return false;
        }
        return true;
    case Type::Set: {
        if (!v.is_array()) {
            *why = LoadError::tr("option %1 expects an array of %2").arg(id, valueList());
            return false;
        }
        QSet<QString> seen;
        for (const auto &e : v) {
            if (!e.is_string() || !knownValue(QString::fromStdString(e.get<std::string>()))) {
                *why = LoadError::tr("option %1 expects values from %2").arg(id, valueList());
                return false;
            }
        }
        return true;
    }
    case Type::Port: {
        if (!v.is_number_integer() || v.get<long long>() < 1 || v.get<long long>() > 65535) {
            *why = LoadError::tr("option %1 expects a port number 1-65535").arg(id);
            return false;
        }
        if (!choices.empty()
            && std::find(choices.begin(), choices.end(), v.get<int>()) == choices.end()) {
            QStringList l;
            for (int c : choices)
                l << QString::number(c);
            *why = LoadError::tr("option %1 expects one of the ports %2").arg(id, l.join(QStringLiteral(", ")));
            return false;
        }
        return true;
    }
    case Type::Int:
        if (!v.is_number_integer()) {
            *why = LoadError::tr("option %1 expects an integer").arg(id);
            return false;
        }
        if ((min && v.get<long long>() < *min) || (max && v.get<long long>() > *max)) {
            *why = LoadError::tr("option %1 expects an integer between %2 and %3")
                       .arg(id)
                       .arg(min ? *min : LLONG_MIN)
                       .arg(max ? *max : LLONG_MAX);
            return false;
        }
        return true;
    }
    return false;
}

} // namespace portolan::core
