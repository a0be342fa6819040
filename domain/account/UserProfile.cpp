#include "domain/account/UserProfile.h"

#include <QVariant>

namespace {

const QString languageKey = QStringLiteral("preferred_language");
const QString channelKey = QStringLiteral("override_release_channel");
const QString signatureKey = QStringLiteral("signature");
const QString signatureEnabledKey = QStringLiteral("is_signature_enabled");

} // namespace

QStringList UserProfile::textKeys()
{
    return {QStringLiteral("display_name"),    QStringLiteral("email"),
            QStringLiteral("department"),      QStringLiteral("phone"),
            QStringLiteral("secondary_phone"), QStringLiteral("custom_start_page")};
}

QStringList UserProfile::documentedNotifications()
{
    return {QStringLiteral("added_participant_opportunity"),
            QStringLiteral("assigned_opportunity"),
            QStringLiteral("assigned_task"),
            QStringLiteral("comment_opportunity"),
            QStringLiteral("deleted_task"),
            QStringLiteral("escalated_task"),
            QStringLiteral("message_receive_opportunity"),
            QStringLiteral("message_send_opportunity"),
            QStringLiteral("created_task"),
            QStringLiteral("created_opportunity_manual"),
            QStringLiteral("created_opportunity_auto"),
            QStringLiteral("deleted_opportunity")};
}

QString UserProfile::text(const QString &key) const
{
    return m_json.value(key).toVariant().toString();
}

QString UserProfile::preferredLanguage() const
{
    return m_json.value(languageKey).toString(QStringLiteral("en"));
}

QString UserProfile::releaseChannel() const
{
    return string(channelKey);
}

QStringList UserProfile::notificationTypes() const
{
    QStringList types;
    const QJsonObject notifications = object(notificationKey());
    for (auto it = notifications.begin(); it != notifications.end(); ++it) {
        if (it.value().isBool())
            types << it.key();
    }
    return types;
}

bool UserProfile::notifies(const QString &type) const
{
    return object(notificationKey()).value(type).toBool(true);
}

QJsonObject UserProfile::editableValues(const QStringList &notificationTypes) const
{
    QJsonObject values;
    for (const QString &key : textKeys()) {
        if (isEditable(key))
            values.insert(key, text(key));
    }
    values.insert(languageKey, preferredLanguage());
    values.insert(channelKey, releaseChannel());
    values.insert(signatureKey, signature());
    values.insert(signatureEnabledKey, signatureEnabled());
    for (const QString &type : notificationTypes)
        values.insert(notificationField(type), notifies(type));
    return values;
}

QJsonObject UserProfile::patchBody(const QJsonObject &changes) const
{
    QJsonObject body;
    QJsonObject notifications = object(notificationKey());
    bool notificationsChanged = false;
    const QString prefix = notificationKey() + QLatin1Char('.');
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QString &key = it.key();
        if (key.startsWith(prefix)) {
            notifications.insert(key.mid(prefix.size()), it.value());
            notificationsChanged = true;
            continue;
        }
        const bool clears = it.value().toString().isEmpty() &&
                            (key == channelKey ||
                             (textKeys().contains(key) && key != QLatin1String("display_name")));
        body.insert(key, clears ? QJsonValue(QJsonValue::Null) : it.value());
    }
    if (notificationsChanged)
        body.insert(notificationKey(), notifications);
    return body;
}

UserProfile UserProfile::merged(const QJsonObject &body) const
{
    QJsonObject json = m_json;
    for (auto it = body.begin(); it != body.end(); ++it)
        json.insert(it.key(), it.value());
    return UserProfile(json);
}
