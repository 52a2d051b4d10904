#pragma once

#include <QString>

namespace portolan::core {

/// Languages user-facing text can be produced in. Bilingual shows both ("English / 中文").
enum class Language { English, Chinese, Bilingual };

/// Parses "en", "zh_CN" (also "zh"), "bilingual"; returns false on anything else.
bool parseLanguage(const QString &code, Language *out);
QString languageCode(Language lang);

/// A piece of catalog text in both languages. Plain text, never markup.
struct Text
{
    QString en;
    QString zh;

    QString get(Language lang) const;
    bool isEmpty() const { return en.isEmpty() && zh.isEmpty(); }
};

/// Where a catalog entry comes from: the vendor document and its section.
struct Reference
{
    QString file;
    QString section;

    QString toString() const;
};

} // namespace portolan::core
