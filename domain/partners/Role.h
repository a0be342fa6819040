#pragma once

#include "domain/grants/Grant.h"

#include <QMetaType>

// A role of a partner organization (schema PartnerRole): id "<org>:<slug>", slug, name, type and
// grants. The grants are kept as given (flat from the server, nested while editing).
class Role : public JsonRecord
{
public:
    Role() = default;
    // The grant editor also holds organization roles (Permissions API) in this shape: their JSON
    // is kept whole (see OrgRoleAdapter).
    explicit Role(const QJsonObject &json) : JsonRecord(json) {}
    static std::optional<Role> fromJson(const QJsonObject &json, QString *error = nullptr);
    // The readable roles of a getPartnerRoles answer; unreadable ones are skipped.
    static QList<Role> listFromJson(const QJsonArray &array);
    static Role create(const QString &name, const QString &slug, const QList<Grant> &grants = {});

    QString id() const { return idString(QStringLiteral("id")); }
    QString slug() const { return string(QStringLiteral("slug")); }
    QString name() const { return string(QStringLiteral("name")); }
    QString type() const { return string(QStringLiteral("type")); }
    QList<Grant> grants() const;
    // Members of organization roles only (empty for partner roles): the inherited role's id and
    // the expiry as the server wrote it.
    QString parentRole() const { return string(QStringLiteral("parent_role")); }
    QString expiresAt() const { return string(QStringLiteral("expires_at")); }

    void setName(const QString &name) { set(QStringLiteral("name"), name); }
    void setSlug(const QString &slug) { set(QStringLiteral("slug"), slug); }
    void setType(const QString &type);
    // Empty removes the member.
    void setParentRole(const QString &roleId);
    void setExpiresAt(const QString &isoDateTime);
    void setGrants(const QList<Grant> &grants)
    {
        set(QStringLiteral("grants"), Grant::listToJson(grants));
    }

    // The body of createPartnerRole / updatePartnerRole: name, slug, grants (and id for updates),
    // plus members the application does not know, except server-owned `type`.
    QJsonObject payload() const;

    // "Partner Sales" → "partner_sales"; empty if nothing usable remains.
    static QString suggestSlug(const QString &name);
};

// The {id, slug, name} reference to a role that a partner user carries.
struct RoleReference
{
    QString id;
    QString slug;
    QString name;
};
Q_DECLARE_METATYPE(Role)
