#include "text.h"

namespace portolan::core {

bool parseLanguage(const QString &code, Language *out)
{
    if (code == QLatin1String("en") || code == QLatin1String("en_US")) {
        *out = Language::English;
    } else if (code == QLatin1String("zh_CN") || code == QLatin1String("zh")) {
        *out = Language::Chinese;
    } else if (code == QLatin1String("bilingual")) {
        *out = Language::Bilingual;
    } else {
        return false;
    }
    return true;
}

QString languageCode(Language lang)
{
    switch (lang) {
    case Language::English: return QStringLiteral("en");
    case Language::Chinese: return QStringLiteral("zh_CN");
    case Language::Bilingual: return QStringLiteral("bilingual");
    }
    return QStringLiteral("en");
}

QString Text::get(Language lang) const
{
    switch (lang) {
    case Language::English: return en;
    case Language::Chinese: return zh.isEmpty() ? en : zh;
    case Language::Bilingual:
        if (zh.isEmpty() || zh == en)
            return en;
        return en + QStringLiteral(" / ") + zh;
    }
    return en;
}

QString Reference::toString() const
{
    if (section.isEmpty())
        return file;
    return file + QStringLiteral(" \u00a7 ") + section;
}

} // namespace portolan::core
