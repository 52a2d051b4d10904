#include "inventory.h"

#include "support.h"

#include "engine/messages.h"
#include "io/designio.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>

namespace portolan::beyond {

using namespace portolan::core;

namespace {

enum Column { Host, Address, ZoneCol, Type, Name, Product, ColumnCount };

int columnFor(const QString &header)
{
    QString h = header.trimmed().toLower();
    h.replace(QLatin1Char('_'), QLatin1Char(' '));
    h.replace(QLatin1Char('-'), QLatin1Char(' '));
    h = h.simplified();
    static const std::map<QString, int> names = {
            {QStringLiteral("host"), Host},           {QStringLiteral("hostname"), Host},
            {QStringLiteral("host name"), Host},      {QStringLiteral("server"), Host},
            {QStringLiteral("主机"), Host},           {QStringLiteral("主机名"), Host},
            {QStringLiteral("address"), Address},     {QStringLiteral("ip"), Address},
            {QStringLiteral("ip address"), Address},  {QStringLiteral("ipaddress"), Address},
            {QStringLiteral("地址"), Address},        {QStringLiteral("ip地址"), Address},
            {QStringLiteral("zone"), ZoneCol},        {QStringLiteral("network zone"), ZoneCol},
            {QStringLiteral("segment"), ZoneCol},     {QStringLiteral("区域"), ZoneCol},
            {QStringLiteral("网络区域"), ZoneCol},    {QStringLiteral("type"), Type},
            {QStringLiteral("component type"), Type}, {QStringLiteral("componenttype"), Type},
            {QStringLiteral("component"), Type},      {QStringLiteral("类型"), Type},
            {QStringLiteral("组件类型"), Type},       {QStringLiteral("name"), Name},
            {QStringLiteral("名称"), Name},           {QStringLiteral("product"), Product},
            {QStringLiteral("产品"), Product},
    };
    const auto it = names.find(h);
    return it == names.end() ? -1 : it->second;
}

// Finds component ids by id, by product + short id, or by English/Chinese name.
class TypeIndex
{
public:
    explicit TypeIndex(const CatalogSet &catalogs)
    {
        for (const auto &cat : catalogs.catalogs()) {
            m_products.insert(cat->product.toLower(), cat->product);
            if (!cat->name.en.isEmpty())
                m_products.insert(cat->name.en.toLower(), cat->product);
            if (!cat->name.zh.isEmpty())
                m_products.insert(cat->name.zh.toLower(), cat->product);
        }
        for (const ComponentType *t : catalogs.allComponents()) {
            m_ids.insert(t->id.toLower(), t->id);
            for (const QString &name : {t->name.en, t->name.zh}) {
                if (!name.isEmpty() && !m_names.values(name.toLower()).contains(t->id))
                    m_names.insert(name.toLower(), t->id);
            }
        }
    }

    /// The component id, or empty with `why` set.
    QString resolve(const QString &typeText, const QString &productText, Language lang,
                    QString *why) const
    {
        const QString type = typeText.trimmed().toLower();
        const QString product = m_products.value(productText.trimmed().toLower());
        if (!productText.trimmed().isEmpty() && product.isEmpty()) {
            *why = Messages::text(QT_TRANSLATE_NOOP("Messages", "unknown product \"%1\""),
                                  lang).arg(oneLine(productText));
            return QString();
        }
        if (m_ids.contains(type)) {
            const QString id = m_ids.value(type);
            if (product.isEmpty() || id.startsWith(product + QLatin1Char('.')))
                return id;
        }
        if (!product.isEmpty() && m_ids.contains(product + QLatin1Char('.') + type))
            return m_ids.value(product + QLatin1Char('.') + type);
        QStringList byName = m_names.values(type);
        if (!product.isEmpty()) {
            byName.erase(std::remove_if(byName.begin(), byName.end(),
                                        [&](const QString &id) {
                                            return !id.startsWith(product + QLatin1Char('.'));
                                        }),
                         byName.end());
        }
        byName.sort();
        if (byName.size() == 1)
            return byName.first();
        if (byName.size() > 1)
            *why = Messages::text(QT_TRANSLATE_NOOP("Messages",
                                                    "component type \"%1\" is ambiguous (%2); "
                                                    "add a product column"),
                                  lang)
                           .arg(oneLine(typeText), byName.join(QStringLiteral(", ")));
        else
            *why = Messages::text(
                           QT_TRANSLATE_NOOP("Messages", "unknown component type \"%1\""), lang)
                           .arg(oneLine(typeText));
        return QString();
    }

private:
    QHash<QString, QString> m_ids;
    QMultiHash<QString, QString> m_names;
    QHash<QString, QString> m_products;
};

QString uniqueId(QString base, const QString &fallback, QSet<QString> *used)
{
    if (base.isEmpty())
        base = fallback;
    QString id = base;
    for (int i = 2; used->contains(id); ++i)
        id = base + QLatin1Char('-') + QString::number(i);
    used->insert(id);
    return id;
}

} // namespace

std::vector<std::pair<int, QStringList>> InventoryImport::parseCsv(const QByteArray &input,
                                                                   QChar *delimiter)
{
    QByteArray data = input;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    const QString text = QString::fromUtf8(data);
    // The delimiter: the most frequent of , ; TAB on the first line.
    const QString first = text.section(QLatin1Char('\n'), 0, 0);
    QChar sep = QLatin1Char(',');
    int best = int(first.count(QLatin1Char(',')));
    for (const QChar c : {QLatin1Char(';'), QLatin1Char('\t')}) {
        if (first.count(c) > best) {
            best = int(first.count(c));
            sep = c;
        }
    }
    if (delimiter)
        *delimiter = sep;

    std::vector<std::pair<int, QStringList>> rows;
    QStringList row;
    QString field;
    bool quoted = false, started = false;
    int line = 1, rowLine = 1;
    auto endRow = [&]() {
        row << field;
        rows.emplace_back(rowLine, row);
        row.clear();
        field.clear();
        started = false;
    };
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('\n'))
            ++line;
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !started) {
            quoted = started = true;
        } else if (c == sep) {
            row << field;
            field.clear();
            started = false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n')) {
                ++i;
                ++line;
            } else if (c == QLatin1Char('\r')) {
                ++line;
            }
            endRow();
            rowLine = line;
        } else {
            field += c;
            started = true;
        }
    }
    if (started || !row.isEmpty() || !field.isEmpty())
        endRow();
    return rows;
}

InventoryResult InventoryImport::import(const QByteArray &csv, const QString &fileName,
                                        const CatalogSet &catalogs, Language lang)
{
    InventoryResult result;
    Design &design = result.design;
    design.title = QFileInfo(fileName).completeBaseName();

    const auto rows = parseCsv(csv, nullptr);
    size_t headerRow = 0;
    while (headerRow < rows.size() && rows[headerRow].second.join(QString()).trimmed().isEmpty())
        ++headerRow;
    if (headerRow == rows.size()) {
        result.fatal = Messages::text(QT_TRANSLATE_NOOP("Messages", "the file is empty"), lang);
        return result;
    }
    int cols[ColumnCount];
    std::fill(std::begin(cols), std::end(cols), -1);
    const QStringList &header = rows[headerRow].second;
    for (int i = 0; i < header.size(); ++i) {
        const int c = columnFor(header[i]);
        if (c >= 0 && cols[c] < 0)
            cols[c] = i;
    }
    if (cols[Type] < 0 || (cols[Host] < 0 && cols[Name] < 0)) {
        result.fatal
                = Messages::text(QT_TRANSLATE_NOOP("Messages",
                                                   "line %1: the header needs a component type "
                                                   "column (type, component type) and a host or "
                                                   "name column; found: %2"),
                                 lang)
                          .arg(rows[headerRow].first)
                          .arg(oneLine(header.join(QStringLiteral(", "))));
        return result;
    }

    const TypeIndex types(catalogs);
    QSet<QString> nodeIds, zoneIds;
    QHash<QString, QString> zoneByName; // lower-case name -> zone id
    QHash<QString, int> seen;           // host + type -> line
    for (size_t r = headerRow + 1; r < rows.size(); ++r) {
        const int line = rows[r].first;
        const QStringList &cells = rows[r].second;
        if (cells.join(QString()).trimmed().isEmpty())
            continue;
        ++result.rowsRead;
        auto cell = [&](int c) {
            return cols[c] >= 0 ? oneLine(cells.value(cols[c])) : QString();
        };
        auto skip = [&](const QString &why) {
            result.issues.push_back({line, why});
            ++result.rowsSkipped;
        };
        const QString host = cell(Host), name = cell(Name), typeText = cell(Type);
        const QString address = cell(Address), zoneText = cell(ZoneCol);
        bool tooLong = false;
        for (const QString &v : cells)
            tooLong = tooLong || v.toUtf8().size() > 4096;
        if (tooLong) {
            skip(Messages::text(
                    QT_TRANSLATE_NOOP("Messages", "a value is longer than 4096 bytes"), lang));
            continue;
        }
        if (host.isEmpty() && name.isEmpty()) {
            skip(Messages::text(QT_TRANSLATE_NOOP("Messages", "no host or name"), lang));
            continue;
        }
        if (typeText.isEmpty()) {
            skip(Messages::text(QT_TRANSLATE_NOOP("Messages", "no component type"), lang));
            continue;
        }
        QString why;
        const QString type = types.resolve(typeText, cell(Product), lang, &why);
        if (type.isEmpty()) {
            skip(why);
            continue;
        }
        const QString dupKey = (host.isEmpty() ? name : host).toLower() + QLatin1Char('\n') + type;
        if (seen.contains(dupKey)) {
            skip(Messages::text(QT_TRANSLATE_NOOP("Messages",
                                                   "duplicate of line %1 (same host and "
                                                   "component type)"),
                                 lang)
                         .arg(seen.value(dupKey)));
            continue;
        }
        seen.insert(dupKey, line);

        Node node;
        node.type = type;
        node.name = name.isEmpty() ? host : name;
        node.host = host;
        node.address = address;
        if (!zoneText.isEmpty()) {
            const QString key = zoneText.toLower();
            if (!zoneByName.contains(key)) {
                Zone zone;
                zone.id = uniqueId(slug(zoneText),
                                   QStringLiteral("zone-%1").arg(design.zones.size() + 1),
                                   &zoneIds);
                zone.name = zoneText;
                zone.firewalled = true;
                design.zones.push_back(zone);
                zoneByName.insert(key, zone.id);
            }
            node.zone = zoneByName.value(key);
        }
        const QString base = slug(host.isEmpty() ? name : host);
        const QString shortType = type.section(QLatin1Char('.'), 1);
        // Several components on one host: "apm01-collector", "apm01-server".
        const bool shared
                = std::any_of(design.nodes.begin(), design.nodes.end(), [&](const Node &n) {
                      return !host.isEmpty() && n.host.compare(host, Qt::CaseInsensitive) == 0;
                  });
        node.id = uniqueId(shared ? base + QLatin1Char('-') + shortType : base,
                           QStringLiteral("node-%1").arg(design.nodes.size() + 1), &nodeIds);
        design.nodes.push_back(node);
        ++result.rowsUsed;
    }

    layout(&design);
    std::vector<LoadError> errors;
    if (!DesignIO::validate(design, fileName, &catalogs, &errors)) {
        for (const LoadError &e : errors)
            result.issues.push_back({0, e.toString()});
        result.fatal = Messages::text(
                QT_TRANSLATE_NOOP("Messages", "the imported design does not validate"), lang);
    }
    return result;
}

void InventoryImport::layout(Design *design)
{
    constexpr double cellW = 180, cellH = 110, pad = 30, titleH = 50, gap = 40;
    auto gridOf = [](int n) {
        const int cols = std::max(1, std::min(4, int(std::ceil(std::sqrt(double(n))))));
        return std::make_pair(cols, std::max(1, (n + cols - 1) / cols));
    };
    std::map<QString, std::vector<Node *>> members; // zone id -> nodes, design order
    for (Node &n : design->nodes)
        members[n.zone].push_back(&n);

    const int zoneCount = int(design->zones.size());
    const int perRow = std::max(1, int(std::ceil(std::sqrt(double(zoneCount)))));
    double y = 0;
    for (int start = 0; start < zoneCount; start += perRow) {
        double x = 0, rowHeight = 0;
        for (int i = start; i < std::min(zoneCount, start + perRow); ++i) {
            Zone &z = design->zones[size_t(i)];
            const std::vector<Node *> &nodes = members[z.id];
            const auto [cols, rows] = gridOf(int(nodes.size()));
            const double w = cols * cellW + 2 * pad, h = rows * cellH + titleH + pad;
            z.rect = QRectF(x, y, w, h);
            z.hasRect = true;
            for (size_t k = 0; k < nodes.size(); ++k) {
                nodes[k]->pos = QPointF(x + pad + (int(k) % cols + 0.5) * cellW,
                                        y + titleH + (int(k) / cols + 0.5) * cellH);
                nodes[k]->hasPos = true;
            }
            x += w + gap;
            rowHeight = std::max(rowHeight, h);
        }
        y += rowHeight + gap;
    }
    const std::vector<Node *> &root = members[QString()];
    const int cols = std::max(4, perRow * 2);
    for (size_t k = 0; k < root.size(); ++k) {
        root[k]->pos
                = QPointF(pad + (int(k) % cols + 0.5) * cellW, y + (int(k) / cols + 0.5) * cellH);
        root[k]->hasPos = true;
    }
}

} // namespace portolan::beyond
