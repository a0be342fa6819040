#pragma once

#include "domain/common/JsonRecord.h"

#include <optional>

// A user as the User API V2 returns it (schema UserV2).
class User : public JsonRecord
{
public:
    enum class Status { Active, Pending, Deactivated, Deleted, Unknown };

    User() = default;
    // Refuses JSON whose known fields have the wrong shape; `error` says which.
    static std::optional<User> fromJson(const QJsonObject &json, QString *error = nullptr);

    QString id() const { return idString(QStringLiteral("id")); }
    QString organizationId() const { return idString(QStringLiteral("organization_id")); }
    QString displayName() const { return string(QStringLiteral("display_name")); }
    QString email() const { return string(QStringLiteral("email")); }
    QString draftEmail() const { return string(QStringLiteral("draft_email")); }
    Status status() const;
    QString statusText() const { return string(QStringLiteral("status")); }
    QString department() const { return string(QStringLiteral("department")); }
    QString phone() const { return string(QStringLiteral("phone")); }
    QString secondaryPhone() const { return string(QStringLiteral("secondary_phone")); }
    QString preferredLanguage() const { return string(QStringLiteral("preferred_language")); }
    QString signature() const { return string(QStringLiteral("signature")); }
    bool isSignatureEnabled() const { return boolean(QStringLiteral("is_signature_enabled")); }
    QString customStartPage() const { return string(QStringLiteral("custom_start_page")); }
    bool mfaEnabled() const { return boolean(QStringLiteral("mfa_enabled")); }
    bool hasPasskeys() const { return boolean(QStringLiteral("has_passkeys")); }
    QDateTime createdAt() const { return dateTime(QStringLiteral("created_at")); }
    QDateTime activatedAt() const { return dateTime(QStringLiteral("activated_at")); }
    QString thumbnailUrl() const;
    // V1 users carry role ids ("<organization_id>:<slug>"); V2 users do not, so this may be empty.
    QStringList roles() const { return stringList(QStringLiteral("roles")); }
    // V1 users name the person in `name`, V2 users in `display_name`.
    QString name() const;
    // The name to show: display name, else e-mail.
    QString label() const;

    static Status statusFromText(const QString &text);
    // The e-mail address of a user object read without checking its other fields (the signed-in
    // user as Session::me() keeps it).
    static QString emailIn(const QJsonObject &json);

private:
    explicit User(const QJsonObject &json) : JsonRecord(json) {}
};
