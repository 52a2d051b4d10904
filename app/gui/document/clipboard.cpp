#include "clipboard.h"

#include "document.h"
#include "geometry.h"

#include "io/designio.h"

#include <QHash>
#include <QMimeData>

namespace portolan::gui {

core::Design Clipboard::extract(const Document &doc, const QStringList &nodes,
                                const QStringList &zones)
{
    QStringList zoneIds;
    QStringList nodeIds = nodes;
    for (const QString &z : zones) {
        for (const QString &d : QStringList{z} + doc.descendantZones(z)) {
            if (!zoneIds.contains(d))
                zoneIds << d;
        }
        for (const QString &n : doc.nodesInside(z)) {
            if (!nodeIds.contains(n))
                nodeIds << n;
        }
    }
    core::Design out;
    const core::Design &d = doc.design();
    out.products = d.products;
    for (const core::Zone &z : d.zones) {
        if (!zoneIds.contains(z.id))
            continue;
        core::Zone copy = z;
        if (!zoneIds.contains(copy.parent))
            copy.parent.clear();
        out.zones.push_back(copy);
    }
    for (const core::Node &n : d.nodes) {
        if (!nodeIds.contains(n.id))
            continue;
        core::Node copy = n;
        if (!zoneIds.contains(copy.zone))
            copy.zone.clear();
        out.nodes.push_back(copy);
    }
    for (const core::Link &l : d.links) {
        if (nodeIds.contains(l.from) && nodeIds.contains(l.to))
            out.links.push_back(l);
    }
    return out;
}

QMimeData *Clipboard::toMimeData(const core::Design &fragment)
{
    auto *mime = new QMimeData;
    const QByteArray json = core::DesignIO::write(fragment);
    mime->setData(QString::fromLatin1(kMimeType), json);
    mime->setText(QString::fromUtf8(json));
    return mime;
}

bool Clipboard::fromMimeData(const QMimeData *mime, const Document &doc, core::Design *out,
                             QString *error)
{
    // Whatever another program put on the clipboard: bounded before it is converted or
    // parsed, then read like a design file (types, references, cycles, catalog types).
    QByteArray data;
    bool tooLarge = false;
    if (mime && mime->hasFormat(QString::fromLatin1(kMimeType))) {
        data = mime->data(QString::fromLatin1(kMimeType));
        tooLarge = data.size() > kMaxBytes;
    } else if (mime && mime->hasText()) {
        const QString text = mime->text();
        tooLarge = text.size() > kMaxBytes; // UTF-8 is at least one byte per character
        if (!tooLarge)
            data = text.toUtf8();
        tooLarge = tooLarge || data.size() > kMaxBytes;
    }
    if (tooLarge) {
        *error = tr("The clipboard content is too large to paste (at most %1 MB).")
                     .arg(kMaxBytes / (1024 * 1024));
        return false;
    }
    if (data.trimmed().isEmpty()) {
        *error = tr("The clipboard holds no Portolan items.");
        return false;
    }
    std::vector<core::LoadError> errors;
    core::Design fragment;
    if (!core::DesignIO::read(data, tr("clipboard"), &doc.catalogs(), &fragment, &errors)) {
        if (errors.empty())
            *error = tr("The clipboard content is not a Portolan design.");
        else if (errors.size() == 1)
            *error = errors.front().toString();
        else
            *error = tr("%1 (and %n more problems)", nullptr, int(errors.size() - 1))
                         .arg(errors.front().toString());
        return false;
    }
    if (fragment.zones.size() + fragment.nodes.size() > size_t(kMaxItems)
        || fragment.links.size() > size_t(kMaxLinks)) {
        *error = tr("Too many items on the clipboard (at most %1 nodes and zones, %2 links).")
                     .arg(kMaxItems)
                     .arg(kMaxLinks);
        return false;
    }
    if (fragment.zones.empty() && fragment.nodes.empty()) {
        *error = tr("The clipboard holds no nodes or zones.");
        return false;
    }
    *out = fragment;
    return true;
}

core::Design Clipboard::prepareForInsert(const Document &doc, const core::Design &fragment,
                                         const QPointF &offset)
{
    core::Design out;
    QHash<QString, QString> zoneMap, nodeMap;
    QSet<QString> usedZones, usedNodes;
    auto freshZoneId = [&](const QString &wanted) {
        QString id = wanted;
        for (int i = 2; doc.zone(id) || usedZones.contains(id); ++i)
            id = wanted + QLatin1Char('-') + QString::number(i);
        usedZones.insert(id);
        return id;
    };
    auto freshNodeId = [&](const QString &wanted) {
        QString id = wanted;
        for (int i = 2; doc.node(id) || usedNodes.contains(id); ++i)
            id = wanted + QLatin1Char('-') + QString::number(i);
        usedNodes.insert(id);
        return id;
    };
    for (const core::Zone &z : fragment.zones)
        zoneMap.insert(z.id, freshZoneId(z.id));
    for (const core::Node &n : fragment.nodes)
        nodeMap.insert(n.id, freshNodeId(n.id));

    // Top-level pasted zones go into whatever zone now encloses them.
    const core::Design &d = doc.design();
    for (const core::Zone &z : fragment.zones) {
        core::Zone copy = z;
        copy.id = zoneMap.value(z.id);
        copy.rect = z.hasRect ? z.rect.translated(offset) : QRectF(offset, QSizeF(300, 200));
        copy.hasRect = true;
        copy.parent = z.parent.isEmpty() ? geometry::parentFor(d, copy.rect, {})
                                         : zoneMap.value(z.parent);
        out.zones.push_back(copy);
    }
    for (const core::Node &n : fragment.nodes) {
        core::Node copy = n;
        copy.id = nodeMap.value(n.id);
        copy.pos = (n.hasPos ? n.pos : QPointF()) + offset;
        copy.hasPos = true;
        copy.zone = n.zone.isEmpty() ? geometry::zoneAt(d, copy.pos) : zoneMap.value(n.zone);
        out.nodes.push_back(copy);
    }
    for (const core::Link &l : fragment.links) {
        core::Link copy = l;
        copy.from = nodeMap.value(l.from);
        copy.to = nodeMap.value(l.to);
        out.links.push_back(copy);
    }
    return out;
}

} // namespace portolan::gui
