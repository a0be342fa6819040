#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

class EmulatorStore;

// The "users" collection as the User API modules see it: lookups, organization membership,
// the V1/V2 answer shapes, roles and passwords. Stored users are UserV2 objects plus internal
// fields: _roles (["739224:admin"]), _org_ids (every organization the user belongs to),
// _password_hash, _invite_token, _email_verification_token, _password_reset_token_hash.
class UserDirectory
{
public:
    explicit UserDirectory(EmulatorStore &store);

    QJsonObject user(const QString &id) const;
    QJsonObject userByEmail(const QString &email) const; // case-insensitive; {} when none
    QJsonObject userByField(const QString &field, const QString &value) const;
    QList<QJsonObject> usersOf(const QString &organizationId) const;
    void save(const QJsonObject &user);
    QString nextUserId();

    static QStringList organizationsOf(const QJsonObject &user);
    static bool isMember(const QJsonObject &user, const QString &organizationId);

    static QJsonObject toV2(const QJsonObject &user);
    static QJsonObject toV1(const QJsonObject &user);

    QJsonObject organization(const QString &organizationId) const;
    QString organizationName(const QString &organizationId) const;
    // One LoginParameters object (user.json) for signing the user in to that organization.
    QJsonObject loginParameters(const QJsonObject &user, const QString &organizationId) const;

    // Roles are "<org_id>:<slug>": a role of the Permissions API's "permissionRoles" collection
    // that can be assigned (not the root org_role), or - for an organization without roles there
    // (a fresh sign-up) - a slug from the small standard set roleSlugs().
    static const QStringList &roleSlugs();
    bool isKnownRole(const QString &roleId, const QString &organizationId) const;
    QStringList assignableRoleSlugs(const QString &organizationId) const;

    // epilot's password policy: ≥ 8 characters with lower, upper case, number and symbol.
    // Returns the violation codes of the spec (too_short, missing_lowercase, ...).
    static QStringList passwordViolations(const QString &password);
    static QString hashPassword(const QString &userId, const QString &password);
    static QString hashToken(const QString &token);

private:
    EmulatorStore &m_store;
    qlonglong m_lastUserId = 0;
};
