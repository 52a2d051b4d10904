#include "jsonutil.h"

#include <QFile>
#include <QFileInfo>
#include <QStringList>

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
        error->message = QStringLiteral("file is too large (%1 bytes, at most %2)")
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
    try {
        *out = nlohmann::json::parse(data.constData(), data.constData() + data.size(), callback);
    } catch (const DepthExceeded &) {
        error->message = QStringLiteral("nesting deeper than %1 levels").arg(maxDepth);
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
        error->message = QStringLiteral("invalid JSON: ") + what;
        return false;
    } catch (const std::exception &e) {
        error->message = QStringLiteral("invalid JSON: ") + QString::fromUtf8(e.what());
        return false;
    }
    return true;
}

bool readJsonFile(const QString &fileName, const JsonLimits &limits, nlohmann::json *out,
                  LoadError *error)
{
    error->file = fileName;
    QFile file(fileName);
    const QFileInfo info(fileName);
    if (info.isDir()) {
        error->message = QStringLiteral("is a directory, not a file");
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        error->message = QStringLiteral("cannot open: ") + file.errorString();
        return false;
    }
    if (file.size() > limits.maxBytes) {
        error->message = QStringLiteral("file is too large (%1 bytes, at most %2)")
                             .arg(file.size())
                             .arg(limits.maxBytes);
        return false;
    }
    const QByteArray data = file.read(limits.maxBytes + 1);
    return parseJson(data, fileName, limits, out, error);
}

void ProblemList::add(const QString &path, const QString &message)
{
    LoadError e;
    e.file = m_file;
    e.path = path.isEmpty() ? QStringLiteral("/") : path;
    e.message = message;
    m_errors.push_back(e);
}

bool ProblemList::requireObject(const nlohmann::json &v, const QString &path)
{
    if (v.is_object())
        return true;
    add(path, QStringLiteral("expected an object, found %1").arg(jsonTypeName(v)));
    return false;
}

bool ProblemList::requireArray(const nlohmann::json &v, const QString &path)
{
    if (v.is_array())
        return true;
    add(path, QStringLiteral("expected an array, found %1").arg(jsonTypeName(v)));
    return false;
}

bool ProblemList::string(const nlohmann::json &obj, const char *key, const QString &path,
                         QString *out, bool required)
{
    const QString at = path + QLatin1Char('/') + QLatin1String(key);
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) {
        if (required)
            add(at, QStringLiteral("missing (expected a string)"));
        return !required;
    }
    if (!it->is_string()) {
        add(at, QStringLiteral("expected a string, found %1").arg(jsonTypeName(*it)));
        return false;
    }
    const std::string &s = it->get_ref<const std::string &>();
    if (int(s.size()) > m_maxString) {
        add(at, QStringLiteral("string is too long (%1 bytes, at most %2)").arg(s.size()).arg(m_maxString));
        return false;
    }
    *out = QString::fromStdString(s);
    return true;
}

bool ProblemList::boolean(const nlohmann::json &obj, const char *key, const QString &path,
                          bool *out, bool required)
{
    const QString at = path + QLatin1Char('/') + QLatin1String(key);
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) {
        if (required)
            add(at, QStringLiteral("missing (expected true or false)"));
        return !required;
    }
    if (!it->is_boolean()) {
        add(at, QStringLiteral("expected true or false, found %1").arg(jsonTypeName(*it)));
        return false;
    }
    *out = it->get<bool>();
    return true;
}

bool ProblemList::integer(const nlohmann::json &obj, const char *key, const QString &path,
                          long long *out, bool required)
{
    const QString at = path + QLatin1Char('/') + QLatin1String(key);
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) {
        if (required)
            add(at, QStringLiteral("missing (expected an integer)"));
        return !required;
    }
    if (!it->is_number_integer()) {
        add(at, QStringLiteral("expected an integer, found %1").arg(jsonTypeName(*it)));
        return false;
    }
    *out = it->get<long long>();
    return true;
}

bool ProblemList::stringList(const nlohmann::json &obj, const char *key, const QString &path,
                             QStringList *out, bool required)
{
    const QString at = path + QLatin1Char('/') + QLatin1String(key);
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) {
        if (required)
            add(at, QStringLiteral("missing (expected a string or an array of strings)"));
        return !required;
    }
    out->clear();
    if (it->is_string()) {
        out->append(QString::fromStdString(it->get<std::string>()));
        return true;
    }
    if (!it->is_array()) {
        add(at, QStringLiteral("expected a string or an array of strings, found %1")
                    .arg(jsonTypeName(*it)));
        return false;
    }
    bool ok = true;
    for (size_t i = 0; i < it->size(); ++i) {
        const auto &e = (*it)[i];
        if (!e.is_string()) {
            add(at + QLatin1Char('/') + QString::number(i),
                QStringLiteral("expected a string, found %1").arg(jsonTypeName(e)));
            ok = false;
            continue;
        }
        out->append(QString::fromStdString(e.get<std::string>()));
    }
    return ok;
}

QString jsonTypeName(const nlohmann::json &v)
{
    switch (v.type()) {
    case nlohmann::json::value_t::null: return QStringLiteral("null");
    case nlohmann::json::value_t::object: return QStringLiteral("an object");
    case nlohmann::json::value_t::array: return QStringLiteral("an array");
    case nlohmann::json::value_t::string: return QStringLiteral("a string");
    case nlohmann::json::value_t::boolean: return QStringLiteral("a boolean");
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned: return QStringLiteral("an integer");
    case nlohmann::json::value_t::number_float: return QStringLiteral("a number");
    default: return QStringLiteral("an unsupported value");
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
