#pragma once

#include "domain/grants/Grant.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <optional>

// The kinds of role of the Permissions API (permissions.json, schema Role).
enum class RoleKind {
    Root,    // org_role: applied to everyone in the organization, the ceiling
    User,    // user_role: assigned to people, optional parent_role
    Share,   // share_role: assigned to users of other organizations
    Partner, // partner_role: given to a partner organization, which assigns it
    Portal,  // portal_role: used by end customers and installers of portals
    Unknown, // a type this application does not know (kept as is)
};

// One role of the Permissions API: id "<organization id>:<slug>", name, kind, grants (flat from
// the server; GrantWithDependencies while editing), expiry, parent role, partner organization.
// Unknown members survive a round trip.
class PermissionRole : public JsonRecord
{
public:
    PermissionRole() = default;
    // The JSON kept whole, unchecked (the grant editor's copy; see OrgRoleAdapter).
    explicit PermissionRole(const QJsonObject &json) : JsonRecord(json) {}
    static std::optional<PermissionRole> fromJson(const QJsonValue &json, QString *error = nullptr);
    // The readable roles of a list answer; unreadable ones are skipped.
    static QList<PermissionRole> listFromJson(const QJsonArray &array);
    static PermissionRole create(const QString &name, const QString &slug, RoleKind kind,
                                 const QList<Grant> &grants = {});

    QString id() const { return idString(QStringLiteral("id")); }
    QString slug() const { return string(QStringLiteral("slug")); }
    QString name() const { return string(QStringLiteral("name")); }
    QString organizationId() const { return idString(QStringLiteral("organization_id")); }
    QString type() const { return string(QStringLiteral("type")); }
    RoleKind kind() const { return kindOf(type()); }
    QList<Grant> grants() const;
    QString parentRole() const { return string(QStringLiteral("parent_role")); }
    QString partnerOrganizationId() const { return idString(QStringLiteral("partner_org_id")); }
    QString pricingTier() const { return string(QStringLiteral("pricing_tier")); }
    // Read-only (vendor-enforced); 0 when there is none.
    int userLimit() const;
    bool isVendorCreated() const { return boolean(QStringLiteral("vendor_created")); }
    // Invalid when the role does not expire.
    QDateTime expiresAt() const { return dateTime(QStringLiteral("expires_at")); }
    bool isExpired(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // People are given user, share and partner roles; the root role applies to everyone.
    bool isAssignable() const;

    void setName(const QString &name) { set(QStringLiteral("name"), name); }
    void setSlug(const QString &slug);
    void setKind(RoleKind kind);
    void setGrants(const QList<Grant> &grants);
    void setParentRole(const QString &roleId);
    void setExpiresAt(const QDateTime &when); // invalid = never
    void setPartnerOrganizationId(const QString &organizationId);

    // The body of createRole: everything but the server-owned id and read-only user limit.
    QJsonObject createPayload() const;
    // The body of putRole: the whole role without the read-only user limit.
    QJsonObject putPayload() const;
    // A copy to create under another name and slug (no id, no organization, no user limit).
    PermissionRole duplicated(const QString &name, const QString &slug) const;

    static RoleKind kindOf(const QString &type);
    static QString typeOf(RoleKind kind);
    // "<organization id>:<slug>" → "<slug>"
    static QString slugOf(const QString &roleId);
};

// One page of searchRoles: {hits, results}.
struct RoleSearchPage
{
    int hits = 0; // matches in all, not only on this page
    QList<PermissionRole> roles;

    static std::optional<RoleSearchPage> fromJson(const QJsonObject &json,
                                                  QString *error = nullptr);
};

Q_DECLARE_METATYPE(PermissionRole)
