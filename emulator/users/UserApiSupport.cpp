#include "emulator/users/UserApiSupport.h"

#include <QDateTime>
#include <QJsonArray>

namespace UserApiSupport {

QString isoIn(qint64 seconds)
{
    return QDateTime::currentDateTimeUtc().addSecs(seconds).toString(Qt::ISODateWithMs);
}

bool isPast(const QString &iso)
{
    const QDateTime moment = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return !moment.isValid() || moment < QDateTime::currentDateTimeUtc();
}

std::optional<EmulatorResponse> checkLanguage(const QJsonObject &body, const QString &field)
{
    if (!body.contains(field))
        return std::nullopt;
    const QString language = body.value(field).toString();
    if (language != QLatin1String("en") && language != QLatin1String("de"))
        return EmulatorResponse::error(400,
                                       QStringLiteral("%1 must be \"en\" or \"de\"").arg(field));
    return std::nullopt;
}

EmulatorResponse passwordPolicyError(const QStringList &violations)
{
    QJsonArray codes;
    for (const QString &violation : violations)
        codes.append(violation);
    return EmulatorResponse::json(
        400, QJsonObject{{QStringLiteral("error"), QStringLiteral("PASSWORD_POLICY")},
                         {QStringLiteral("message"),
                          QStringLiteral("Password does not meet the requirements: at least 8 "
                                         "characters with lower and upper case letters, a number "
                                         "and a symbol")},
                         {QStringLiteral("violations"), codes}});
}

} // namespace UserApiSupport
