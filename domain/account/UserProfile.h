#pragma once

#include "domain/common/JsonRecord.h"

#include <QStringList>

// The signed-in user's profile as getUserV2 / updateUserV2 see it. The form edits it as a flat
// record ("department", "preferred_language", "email_notification_setting.assigned_task", …):
// that is what the conflict-checked save compares field by field; patchBody() gives the API's
// shape back (empty optional texts as null, the notification settings as one whole object).
class UserProfile : public JsonRecord
{
public:
    UserProfile() = default;
    explicit UserProfile(const QJsonObject &json) : JsonRecord(json) {}

    // Line-edit fields in form order; "email" is read-only (changed by verification).
    static QStringList textKeys();
    static bool isEditable(const QString &key) { return key != QLatin1String("email"); }
    // The notification types epilot documents (the server may send more).
    static QStringList documentedNotifications();
    static QString notificationKey() { return QStringLiteral("email_notification_setting"); }
    static QString notificationField(const QString &type)
    {
        return notificationKey() + QLatin1Char('.') + type;
    }

    QString text(const QString &key) const;
    QString preferredLanguage() const; // "en" when not set
    QString releaseChannel() const;    // empty: the organization's default
    QString signature() const { return string(QStringLiteral("signature")); }
    bool signatureEnabled() const { return boolean(QStringLiteral("is_signature_enabled")); }
    // Boolean notification types the server sent, documented or not.
    QStringList notificationTypes() const;
    // A type the server does not mention is on: epilot notifies unless told otherwise.
    bool notifies(const QString &type) const;

    // The editable fields as a flat record (texts trimmed as the form shows them).
    QJsonObject editableValues(const QStringList &notificationTypes) const;
    // The API body for flat `changes`: empty optional texts as null, notifications whole.
    QJsonObject patchBody(const QJsonObject &changes) const;
    UserProfile merged(const QJsonObject &body) const;
};
