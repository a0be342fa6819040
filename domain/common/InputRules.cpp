#include "domain/common/InputRules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QUrl>

QString InputRules::required(const QString &text)
{
    return text.trimmed().isEmpty() ? tr("Required.") : QString();
}

QString InputRules::email(const QString &text)
{
    const QString address = text.trimmed();
    if (address.isEmpty())
        return tr("Enter an e-mail address.");
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s.]+$)"));
    if (!pattern.match(address).hasMatch())
        return tr("\"%1\" is not an e-mail address (name@example.com).").arg(address);
    return {};
}

QString InputRules::phone(const QString &text)
{
    const QString number = text.trimmed();
    if (number.isEmpty())
        return {};
    static const QRegularExpression allowed(QStringLiteral(R"(^[0-9\s+\-/()]+$)"));
    static const QRegularExpression digit(QStringLiteral("[0-9]"));
    if (!allowed.match(number).hasMatch() || number.count(digit) < 3)
        return tr("\"%1\" is not a phone number: use digits, spaces and + - / ( ), e.g. "
                  "+49 30 1234567.")
            .arg(number);
    return {};
}

QString InputRules::optionalEmail(const QString &text)
{
    return text.trimmed().isEmpty() ? QString() : email(text);
}

QString InputRules::language(const QString &code)
{
    if (code == QLatin1String("en") || code == QLatin1String("de"))
        return {};
    return tr("\"%1\" is not a language epilot offers: choose English (en) or German (de).")
        .arg(code);
}

QString InputRules::startPage(const QString &path)
{
    if (path.trimmed().isEmpty())
        return {};
    static const QRegularExpression pattern(QStringLiteral("^/app/[^\\s]*$|^/app$"));
    if (!pattern.match(path.trimmed()).hasMatch())
        return tr("The start page must be a path that begins with /app, e.g. /app/dashboard.");
    return {};
}

QString InputRules::slug(const QString &slug)
{
    if (slug.isEmpty())
        return tr("Enter a slug, e.g. installer_read.");
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    if (!pattern.match(slug).hasMatch())
        return tr("Lower-case letters, digits and _ only, starting with a letter "
                  "(e.g. installer_read).");
    return {};
}

QString InputRules::maxLength(const QString &text, int limit)
{
    if (text.size() <= limit)
        return {};
    return tr("At most %1 characters; this has %2.").arg(limit).arg(text.size());
}

QString InputRules::colour(const QString &hex)
{
    static const QRegularExpression pattern(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (pattern.match(hex).hasMatch())
        return {};
    return tr("\"%1\" is not a colour: use #RRGGBB, e.g. #0588f0.").arg(hex);
}

QString InputRules::webAddress(const QString &text)
{
    const QString address = text.trimmed();
    if (address.isEmpty())
        return {};
    const QUrl url(address, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) ||
        url.host().isEmpty() || address.contains(QLatin1Char(' ')))
        return tr("Not a web address: use https://… , e.g. https://epilot.cloud.");
    return {};
}

QString InputRules::json(const QString &text, bool required)
{
    if (text.trimmed().isEmpty())
        return required ? tr("Enter a JSON value, e.g. {}.") : QString();
    // Wrapped so any JSON value parses, not only objects and arrays.
    const QByteArray wrapped = '[' + text.toUtf8() + ']';
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(wrapped, &error);
    if (error.error == QJsonParseError::NoError && document.array().size() == 1)
        return {};
    if (error.error == QJsonParseError::NoError)
        return tr("Not valid JSON: one value expected.");
    const int offset = qMax(0, error.offset - 1);
    const int line = int(wrapped.left(offset + 1).count('\n')) + 1;
    return tr("Not valid JSON at line %1: %2.").arg(line).arg(error.errorString());
}
