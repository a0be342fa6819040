#include "domain/organization/OrganizationWords.h"

#include <QCoreApplication>

namespace {

struct Word
{
    const char *value;
    const char *text;
};

// Values compare without case: the API has sent both "professional" and "Professional".
QString wordFor(const QString &value, const Word *begin, const Word *end)
{
    for (const Word *word = begin; word != end; ++word) {
        if (value.compare(QLatin1String(word->value), Qt::CaseInsensitive) == 0)
            return QCoreApplication::translate("OrganizationWords", word->text);
    }
    QString readable = value.trimmed();
    readable.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!readable.isEmpty())
        readable[0] = readable.at(0).toUpper();
    return readable;
}

template <std::size_t N> QString wordFor(const QString &value, const Word (&words)[N])
{
    return wordFor(value, words, words + N);
}

const Word types[] = {{"Vendor", QT_TRANSLATE_NOOP("OrganizationWords", "Vendor")},
                      {"Partner", QT_TRANSLATE_NOOP("OrganizationWords", "Partner organization")}};

const Word uses[] = {{"Production", QT_TRANSLATE_NOOP("OrganizationWords", "Production")},
                     {"Sandbox", QT_TRANSLATE_NOOP("OrganizationWords", "Sandbox (for testing)")}};

const Word tiers[] = {{"free", QT_TRANSLATE_NOOP("OrganizationWords", "Free")},
                      {"essentials", QT_TRANSLATE_NOOP("OrganizationWords", "Essentials")},
                      {"professional", QT_TRANSLATE_NOOP("OrganizationWords", "Professional")},
                      {"enterprise", QT_TRANSLATE_NOOP("OrganizationWords", "Enterprise")},
                      {"partner", QT_TRANSLATE_NOOP("OrganizationWords", "Partner")}};

} // namespace

QString OrganizationWords::type(const QString &value)
{
    return wordFor(value, types);
}

QString OrganizationWords::use(const QString &value)
{
    return wordFor(value, uses);
}

QString OrganizationWords::pricingTier(const QString &value)
{
    return wordFor(value, tiers);
}
