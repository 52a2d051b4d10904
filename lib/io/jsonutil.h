#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <nlohmann/json.hpp>

#include <vector>

namespace portolan::core {

/// One problem found while reading a file: where (file, line/column or JSON path) and what.
struct LoadError
{
    QString file;
    int line = 0;   ///< 1-based, 0 when unknown
    int column = 0; ///< 1-based, 0 when unknown
    QString path;   ///< JSON pointer ("/nodes/3/zone"), empty when unknown
    QString message;

    /// "file:line:column: message" or "file: /json/path: message".
    QString toString() const;

    // The readers' messages (JSON, design, catalog) are written as LoadError::tr("English")
    // and so translated in the "LoadError" context whenever the program has installed a
    // translator: the GUI in Chinese, portolan-cli --lang zh_CN. Without one they are English.
    Q_DECLARE_TR_FUNCTIONS(LoadError)
};

/// Limits that every reader applies to untrusted input (docs/reliability.md, "Hostile
/// input"). parseJson enforces all of them; the error names the JSON path of the value.
struct JsonLimits
{
    qint64 maxBytes = 64 * 1024 * 1024;
    int maxDepth = 64;
    int maxStringLength = 4096; ///< bytes of UTF-8, for every string value and object key
    int maxArrayItems = 100000; ///< elements of any one array
};

/// Parses UTF-8 JSON (a leading BOM is accepted) within the limits. On a syntax error the
/// error carries the line and column; on a string or an array beyond the limits, its path.
bool parseJson(const QByteArray &data, const QString &fileName, const JsonLimits &limits,
               nlohmann::json *out, LoadError *error);

/// Reads a regular file of at most `maxBytes` (not a directory; errors name the file).
bool readFileBytes(const QString &fileName, qint64 maxBytes, QByteArray *out, LoadError *error);

/// Reads and parses a file; errors name the file.
bool readJsonFile(const QString &fileName, const JsonLimits &limits, nlohmann::json *out,
                  LoadError *error);

/// Where a reader is in a document: a JSON pointer whose text is made only when a problem is
/// reported (making it for every element and field read cost a tenth of reading a large
/// design). A finished path ("/meta") plus a few steps below it (element 3, member "zone").
/// A copy holds no pointer into another JsonPath, so a temporary one is safe to pass on.
class JsonPath
{
public:
    JsonPath(QString path) : m_base(std::move(path)) {} // implicit: any path text is one
    /// `key` is a string literal: only its address is kept.
    JsonPath(const JsonPath &parent, const char *key) : JsonPath(parent) { append({key, 0}); }
    JsonPath(const JsonPath &parent, size_t index) : JsonPath(parent) { append({nullptr, index}); }

    QString toString() const;

private:
    struct Step
    {
        const char *key; ///< a member, or
        size_t index;    ///< an element
    };
    void append(Step step);

    QString m_base;
    Step m_steps[3] = {};
    int m_count = 0;
};

/// Collects problems with JSON paths while a reader walks a document.
class ProblemList
{
public:
    explicit ProblemList(QString file, int maxStringLength = 4096)
        : m_file(std::move(file)), m_maxString(maxStringLength) {}

    void add(const JsonPath &path, const QString &message);
    bool isEmpty() const { return m_errors.empty(); }
    const std::vector<LoadError> &errors() const { return m_errors; }
    const QString &file() const { return m_file; }

    // Typed accessors: report a problem and return false when the value is missing (if
    // required) or of the wrong type. `path` is the path of the enclosing object (or value).
    bool requireObject(const nlohmann::json &v, const JsonPath &path);
    bool requireArray(const nlohmann::json &v, const JsonPath &path);
    bool string(const nlohmann::json &obj, const char *key, const JsonPath &path, QString *out,
                bool required);
    bool boolean(const nlohmann::json &obj, const char *key, const JsonPath &path, bool *out,
                 bool required);
    bool integer(const nlohmann::json &obj, const char *key, const JsonPath &path, long long *out,
                 bool required);
    /// A string or an array of strings.
    bool stringList(const nlohmann::json &obj, const char *key, const JsonPath &path,
                    QStringList *out, bool required);

private:
    QString m_file;
    int m_maxString;
    std::vector<LoadError> m_errors;
};

QString jsonTypeName(const nlohmann::json &v);
QString toQString(const std::string &s);
std::string toStd(const QString &s);
/// Escapes a key for use in a JSON pointer ("a/b" -> "a~1b").
QString pointerKey(const QString &key);

} // namespace portolan::core
