#pragma once

#include "domain/partners/Role.h"

// A user of a partner organization with the roles it holds there (schema PartnerUser).
class PartnerUser : public JsonRecord
{
public:
    PartnerUser() = default;
    static std::optional<PartnerUser> fromJson(const QJsonObject &json, QString *error = nullptr);
    // The readable users of a getPartnerUsers answer; unreadable ones are skipped.
    static QList<PartnerUser> listFromJson(const QJsonArray &array);

    QString id() const { return idString(QStringLiteral("id")); }
    QString name() const { return string(QStringLiteral("name")); }
    QString email() const { return string(QStringLiteral("email")); }
    QString status() const { return string(QStringLiteral("status")); }
    QString thumbnailUrl() const;
    QList<RoleReference> roles() const;
    QStringList roleIds() const;
    bool hasRole(const QString &roleId) const { return roleIds().contains(roleId); }
    // Name, else e-mail.
    QString label() const { return name().isEmpty() ? email() : name(); }

private:
    explicit PartnerUser(const QJsonObject &json) : JsonRecord(json) {}
};
