#include "emulator/core/ModuleSupport.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace ModuleSupport {

QJsonObject stripInternal(const QJsonObject &document)
{
    QJsonObject result = document;
    for (auto iterator = result.begin(); iterator != result.end();) {
        if (iterator.key().startsWith(QLatin1Char('_')))
            iterator = result.erase(iterator);
        else
            ++iterator;
    }
    return result;
}

QJsonArray stripInternal(const QList<QJsonObject> &documents)
{
    QJsonArray result;
    for (const QJsonObject &document : documents)
        result.append(stripInternal(document));
    return result;
}

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

bool isValidEmail(const QString &email)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}"
                       "[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"));
    return email.size() <= 254 && pattern.match(email).hasMatch();
}

IntParameter intQuery(const EmulatorRequest &request, const QString &name, int fallback,
                      int minimum, int maximum)
{
    IntParameter result;
    result.value = fallback;
    if (!request.query.hasQueryItem(name))
        return result;
    bool ok = false;
    const int value = request.queryValue(name).toInt(&ok);
    if (!ok || value < minimum || value > maximum) {
        result.error = EmulatorResponse::error(
            400, QStringLiteral("Query parameter %1 must be a whole number from %2 to %3")
                     .arg(name)
                     .arg(minimum)
                     .arg(maximum));
        return result;
    }
    result.value = value;
    return result;
}

std::optional<EmulatorResponse> requireObject(const EmulatorRequest &request)
{
    if (!request.hasBody || !request.body.isObject())
        return EmulatorResponse::error(400,
                                       QStringLiteral("The request body must be a JSON object"));
    return std::nullopt;
}

std::optional<EmulatorResponse> requireStrings(const QJsonObject &body, const QStringList &names)
{
    for (const QString &name : names) {
        const QJsonValue value = body.value(name);
        if (value.isUndefined() || value.isNull())
            return EmulatorResponse::error(400, QStringLiteral("%1 is required").arg(name));
        if (!value.isString())
            return EmulatorResponse::error(400, QStringLiteral("%1 must be a string").arg(name));
        if (value.toString().trimmed().isEmpty())
            return EmulatorResponse::error(400, QStringLiteral("%1 must not be empty").arg(name));
    }
    return std::nullopt;
}

bool matchesQuery(const QJsonObject &document, const QString &query, const QStringList &fields)
{
    if (query.isEmpty())
        return true;
    for (const QString &field : fields) {
        if (document.value(field).toString().contains(query, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString randomToken(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    for (int index = 0; index < bytes; ++index)
        data[index] = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(
        data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace ModuleSupport
