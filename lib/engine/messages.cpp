#include "messages.h"

namespace portolan::core {

QString Messages::text(const char *source, Language lang)
{
    const QString en = QString::fromUtf8(source);
    switch (lang) {
    case Language::English: return en;
    case Language::Chinese: return QCoreApplication::translate("Messages", source);
    case Language::Bilingual: {
        const QString zh = QCoreApplication::translate("Messages", source);
        return zh == en ? en : en + QStringLiteral(" / ") + zh;
    }
    }
    return en;
}

QString Messages::severity(Severity s, Language lang)
{
    switch (s) {
    case Severity::Error: return text(QT_TR_NOOP("error"), lang);
    case Severity::Warning: return text(QT_TR_NOOP("warning"), lang);
    case Severity::Note: return text(QT_TR_NOOP("note"), lang);
    }
    return QString();
}

QString Messages::componentName(const QString &type, const CatalogSet &catalogs, Language lang)
{
    const ComponentType *c = catalogs.component(type);
    return c ? c->name.get(lang) : type;
}

QString Messages::nodeLabel(const Node &node)
{
    QString label = node.name.isEmpty() ? node.id : node.name;
    if (!node.host.isEmpty())
        label += QStringLiteral(" (") + node.host + QLatin1Char(')');
    return label;
}

QString Messages::diagnostic(const Diagnostic &d, const Design &design, const CatalogSet &catalogs,
                             Language lang)
{
    auto nodeName = [&](int i) {
        const int idx = design.nodeIndex(d.nodes.value(i));
        return idx >= 0 ? nodeLabel(design.nodes[size_t(idx)]) : d.nodes.value(i);
    };
    if (d.code == QLatin1String("advisory")) {
        const Advisory *a = catalogs.advisory(d.args.value(0));
        QString msg = a ? a->text.get(lang) : d.args.value(0);
        if (!d.flows.isEmpty())
            msg += QStringLiteral(" [") + d.flows.join(QStringLiteral(", ")) + QLatin1Char(']');
        return msg;
    }
    if (d.code == QLatin1String("port-conflict")) {
        QStringList services;
        for (const QString &sid : d.args.value(3).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const Service *s = catalogs.service(sid);
            services << (s ? s->name.get(lang) : sid);
        }
        return text(QT_TR_NOOP("Port conflict on host %1: %2 and %3 both listen on %4 %5 (%6)"), lang)
            .arg(d.args.value(0), nodeName(0), nodeName(1), d.args.value(1).toUpper(),
                 d.args.value(2), services.join(QStringLiteral("; ")));
    }
    if (d.code == QLatin1String("missing-peer")) {
        QStringList names;
        for (const QString &type : d.args.value(1).split(QLatin1Char(','), Qt::SkipEmptyParts))
            names << componentName(type, catalogs, lang);
        return text(QT_TR_NOOP("%1 has no %2 to connect to"), lang)
            .arg(nodeName(0), names.join(text(QT_TR_NOOP(" or "), lang)));
    }
    if (d.code == QLatin1String("port-range")) {
        return text(QT_TR_NOOP("%1: a port parameter pushes a port beyond 65535"), lang).arg(nodeName(0));
    }
    return d.code + QLatin1Char(' ') + d.args.join(QLatin1Char(' '));
}

QString Messages::flowPurpose(const Flow &f, const CatalogSet &catalogs, Language lang)
{
    Q_UNUSED(catalogs)
    if (!f.rule)
        return f.manualPurpose;
    return f.rule->purpose.get(lang);
}

QString Messages::flowServices(const Flow &f, const CatalogSet &catalogs, Language lang)
{
    if (!f.rule)
        return text(QT_TR_NOOP("manual flow"), lang);
    QStringList names;
    for (const QString &sid : f.services) {
        const Service *s = catalogs.service(sid);
        const QString name = s ? s->name.get(lang) : sid;
        if (!names.contains(name))
            names << name;
    }
    return names.join(QStringLiteral("; "));
}

QString Messages::flowReference(const Flow &f)
{
    return f.rule ? f.rule->reference.toString() : QString();
}

QString Messages::flowAdvisories(const Flow &f, const CatalogSet &catalogs, Language lang)
{
    QStringList out;
    for (const QString &aid : f.advisories) {
        const Advisory *a = catalogs.advisory(aid);
        out << (a ? a->text.get(lang) : aid);
    }
    return out.join(QLatin1Char(' '));
}

} // namespace portolan::core
