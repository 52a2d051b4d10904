#include "jsonutil.h"

#include "jsonscan_p.h"

#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cstring>
#include <string_view>

namespace portolan::core {

namespace {

struct DepthExceeded
{
};

// Line and column (1-based) of a byte offset; columns count characters, not bytes.
void lineColumn(const QByteArray &data, size_t offset, int *line, int *column)
{
    int l = 1;
    size_t lineStart = 0;
    const size_t end = std::min<size_t>(offset, size_t(data.size()));
    for (size_t i = 0; i < end; ++i) {
        if (data[qsizetype(i)] == '\n') {
            ++l;
            lineStart = i + 1;
        }
    }
    *line = l;
    *column = QString::fromUtf8(data.constData() + lineStart, qsizetype(end - lineStart)).size() + 1;
}

// The first string value or object key longer than the limit, or array with more elements,
// in document order. The depth is already bounded by the parser, so the recursion is too.
/// Where checkSizes() is, as a chain of frames on the stack: the JSON pointer text is made
/// only for the one value that breaks a limit (making it for every value was a third of the
/// cost of reading a 10,000-node design).
struct PathFrame
{
    const PathFrame *parent = nullptr;
    const std::string *key = nullptr; ///< object member, or
    size_t index = 0; ///< array element
};

QString pathText(const PathFrame *f)
{
    if (!f)
        return QStringLiteral("/");
    QStringList parts;
    for (; f; f = f->parent) {
        if (!f->key) {
            parts.prepend(QString::number(f->index));
            continue;
        }
        // A key too long to be useful in a message is shown by its first 40 bytes.
        QString key = QString::fromStdString(f->key->substr(0, 41));
        if (f->key->size() > 40)
            key = key.left(40) + QStringLiteral("...");
        parts.prepend(pointerKey(key));
    }
    return QLatin1Char('/') + parts.join(QLatin1Char('/'));
}

bool checkSizes(const nlohmann::json &v, const PathFrame *at, const JsonLimits &limits,
                LoadError *error)
{
    const auto tooLong = [&](const std::string &s, const PathFrame *where) {
        if (s.size() <= size_t(limits.maxStringLength))
            return false;
        error->path = pathText(where);
        error->message = LoadError::tr("string is too long (%1 bytes, at most %2)")
                             .arg(s.size())
                             .arg(limits.maxStringLength);
        return true;
    };
    switch (v.type()) {
    case nlohmann::json::value_t::string:
        return !tooLong(v.get_ref<const std::string &>(), at);
    case nlohmann::json::value_t::object:
        for (auto it = v.begin(); it != v.end(); ++it) {
            const PathFrame member {at, &it.key(), 0};
            if (tooLong(it.key(), &member) || !checkSizes(it.value(), &member, limits, error))
                return false;
        }
        return true;
    case nlohmann::json::value_t::array:
        if (v.size() > size_t(limits.maxArrayItems)) {
            error->path = pathText(at);
            error->message = LoadError::tr("too many elements (%1, at most %2)")
                                 .arg(v.size())
                                 .arg(limits.maxArrayItems);
            return false;
        }
        for (size_t i = 0; i < v.size(); ++i) {
            const PathFrame element {at, nullptr, i};
            if (!checkSizes(v[i], &element, limits, error))
                return false;
        }
        return true;
    default:
        return true;
    }
}

} // namespace

QString LoadError::toString() const
{
    QString s = file;
    if (line > 0) {
        s += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            s += QLatin1Char(':') + QString::number(column);
    }
    if (!path.isEmpty())
        s += QStringLiteral(": ") + path;
    return s + QStringLiteral(": ") + message;
}

bool parseJson(const QByteArray &input, const QString &fileName, const JsonLimits &limits,
               nlohmann::json *out, LoadError *error)
{
    error->file = fileName;
    if (input.size() > limits.maxBytes) {
        error->message = LoadError::tr("file is too large (%1 bytes, at most %2)")
                             .arg(input.size())
                             .arg(limits.maxBytes);
        return false;
    }
    // A UTF-8 BOM (Windows editors write one) is skipped; positions count from after it.
    QByteArray data = input;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    const int maxDepth = limits.maxDepth;
    auto callback = [maxDepth](int depth, nlohmann::json::parse_event_t, nlohmann::json &) {
        if (depth > maxDepth)
            throw DepthExceeded{};
        return true;
    };
    const char *begin = data.constData();
    const char *end = begin + data.size();
    {
        nlohmann::json doc;
        if (jsonscan::parseWellFormed(begin, end, limits, &doc)) {
            *out = std::move(doc);
            return true;
        }
    }
    const jsonscan::Structure scan = jsonscan::scanStructure(begin, end, limits);
    try {
        // Only a file that may be too deep pays for the callback, which then tells, as
        // before, whether a syntax error or the depth comes first.
        if (scan.tooDeep)
            *out = nlohmann::json::parse(begin, end, callback);
        else
            *out = nlohmann::json::parse(begin, end);
    } catch (const DepthExceeded &) {
        error->message = LoadError::tr("nesting deeper than %1 levels").arg(maxDepth);
        return false;
    } catch (const nlohmann::json::parse_error &e) {
        // e.byte is 1-based: the position just after the offending character.
        const size_t at = e.byte > 0 ? e.byte - 1 : 0;
        lineColumn(data, at, &error->line, &error->column);
        QString what = QString::fromUtf8(e.what());
        // "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error ..."
        const int idx = what.indexOf(QStringLiteral("syntax error"));
        if (idx >= 0)
            what = what.mid(idx);
        else if (what.startsWith(QLatin1Char('[')))
            what = what.mid(what.indexOf(QLatin1Char(']')) + 2);
        error->message = LoadError::tr("invalid JSON: %1").arg(what);
        return false;
    } catch (const std::exception &e) {
        error->message = LoadError::tr("invalid JSON: %1").arg(QString::fromUtf8(e.what()));
        return false;
    }
    return !scan.mayExceedSizes || checkSizes(*out, nullptr, limits, error);
}

bool readFileBytes(const QString &fileName, qint64 maxBytes, QByteArray *out, LoadError *error)
{
    error->file = fileName;
    QFile file(fileName);
    if (QFileInfo(fileName).isDir()) {
        error->message = LoadError::tr("is a directory, not a file");
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        error->message = LoadError::tr("cannot open: %1").arg(file.errorString());
        return false;
    }
    const auto tooLarge = [&](qint64 size) {
        error->message =
            LoadError::tr("file is too large (%1 bytes, at most %2)").arg(size).arg(maxBytes);
        out->clear();
        return false;
    };
    if (!file.isSequential() && file.size() > maxBytes)
        return tooLarge(file.size()); // known before reading a byte
    // size() is 0 for pipes and devices: read those in chunks, up to one byte past the limit.
    if (file.isSequential()) {
        out->clear();
        while (out->size() <= maxBytes) {
            const QByteArray chunk = file.read(64 * 1024);
            if (chunk.isEmpty())
                break;
            out->append(chunk);
        }
    } else {
        *out = file.read(std::min(file.size(), maxBytes) + 1);
    }
    if (out->size() > maxBytes)
        return tooLarge(out->size()); // a device: at least this much
    return true;
}

bool readJsonFile(const QString &fileName, const JsonLimits &limits, nlohmann::json *out,
                  LoadError *error)
{
    QByteArray data;
    if (!readFileBytes(fileName, limits.maxBytes, &data, error))
        return false;
    return parseJson(data, fileName, limits, out, error);
}

void JsonPath::append(Step step)
{
    if (m_count == int(std::size(m_steps))) {
        m_base = toString(); // deeper than the readers go today: fold the steps into the text
        m_count = 0;
    }
    m_steps[m_count++] = step;
}

QString JsonPath::toString() const
{
    QString s = m_base;
    for (int i = 0; i < m_count; ++i) {
        s += QLatin1Char('/');
        if (m_steps[i].key)
            s += QLatin1String(m_steps[i].key);
        else
            s += QString::number(m_steps[i].index);
    }
    return s;
}

void ProblemList::add(const JsonPath &where, const QString &message)
{
    const QString path = where.toString();
    LoadError e;
    e.file = m_file;
    e.path = path.isEmpty() ? QStringLiteral("/") : path;
    e.message = message;
    m_errors.push_back(e);
}

bool ProblemList::requireObject(const nlohmann::json &v, const JsonPath &path)
{
    if (v.is_object())
        return true;
    add(path, LoadError::tr("expected an object, found %1").arg(jsonTypeName(v)));
    return false;
}

bool ProblemList::requireArray(const nlohmann::json &v, const JsonPath &path)
{
    if (v.is_array())
        return true;
    add(path, LoadError::tr("expected an array, found %1").arg(jsonTypeName(v)));
    return false;
}

bool ProblemList::string(const nlohmann::json &obj, const char *key, const JsonPath &path,
                         QString *out, bool required)
{
    const JsonPath at(path, key);
    auto it = obj.find(std::string_view(key)); // a view: no strlen per comparison
    if (it == obj.end() || it->is_null()) {
        if (required)
            add(at, LoadError::tr("missing (expected a string)"));
        return !required;
    }
    if (!it->is_string()) {
        add(at, LoadError::tr("expected a string, found %1").arg(jsonTypeName(*it)));
        return false;
    }
    const std::string &s = it->get_ref<const std::string &>();
    if (int(s.size()) > m_maxString) {
        add(at, LoadError::tr("string is too long (%1 bytes, at most %2)").arg(s.size()).arg(m_maxString));
        return false;
    }
    *out = QString::fromStdString(s);
    return true;
}

bool ProblemList::boolean(const nlohmann::json &obj, const char *key, const JsonPath &path,
                          bool *out, bool required)
{
    const JsonPath at(path, key);
    auto it = obj.find(std::string_view(key)); // a view: no strlen per comparison
    if (it == obj.end() || it->is_null()) {
        if (required)
            add(at, LoadError::tr("missing (expected true or false)"));
        return !required;
    }
    if (!it->is_boolean()) {
        add(at, LoadError::tr("expected true or false, found %1").arg(jsonTypeName(*it)));
        return false;
    }
    *out = it->get<bool>();
    return true;
}

bool ProblemList::integer(const nlohmann::json &obj, const char *key, const JsonPath &path,
                          long long *out, bool required)
{
    const JsonPath at(path, key);
    auto it = obj.find(std::string_view(key)); // a view: no strlen per comparison
    if (it == obj.end() || it->is_null()) {
        if (required)
            add(at, LoadError::tr("missing (expected an integer)"));
        return !required;
    }
    if (!it->is_number_integer()) {
        add(at, LoadError::tr("expected an integer, found %1").arg(jsonTypeName(*it)));
        return false;
    }
    *out = it->get<long long>();
    return true;
}

bool ProblemList::stringList(const nlohmann::json &obj, const char *key, const JsonPath &path,
                             QStringList *out, bool required)
{
    const JsonPath at(path, key);
    auto it = obj.find(std::string_view(key)); // a view: no strlen per comparison
    if (it == obj.end() || it->is_null()) {
        if (required)
            add(at, LoadError::tr("missing (expected a string or an array of strings)"));
        return !required;
    }
    out->clear();
    if (it->is_string()) {
        out->append(QString::fromStdString(it->get_ref<const std::string &>()));
        return true;
    }
    if (!it->is_array()) {
        add(at, LoadError::tr("expected a string or an array of strings, found %1")
                    .arg(jsonTypeName(*it)));
        return false;
    }
    bool ok = true;
    for (size_t i = 0; i < it->size(); ++i) {
        const auto &e = (*it)[i];
        if (!e.is_string()) {
            add(JsonPath(at, i),
                LoadError::tr("expected a string, found %1").arg(jsonTypeName(e)));
            ok = false;
            continue;
        }
        out->append(QString::fromStdString(e.get_ref<const std::string &>()));
    }
    return ok;
}

QString jsonTypeName(const nlohmann::json &v)
{
    switch (v.type()) {
    case nlohmann::json::value_t::null: return QStringLiteral("null");
    case nlohmann::json::value_t::object: return LoadError::tr("an object");
    case nlohmann::json::value_t::array: return LoadError::tr("an array");
    case nlohmann::json::value_t::string: return LoadError::tr("a string");
    case nlohmann::json::value_t::boolean: return LoadError::tr("a boolean");
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned: return LoadError::tr("an integer");
    case nlohmann::json::value_t::number_float: return LoadError::tr("a number");
    default: return LoadError::tr("an unsupported value");
    }
}

QString toQString(const std::string &s)
{
    return QString::fromStdString(s);
}

std::string toStd(const QString &s)
{
    return s.toStdString();
}

QString pointerKey(const QString &key)
{
    QString k = key;
    k.replace(QLatin1Char('~'), QStringLiteral("~0"));
    k.replace(QLatin1Char('/'), QStringLiteral("~1"));
    return k;
}

} // namespace portolan::core
