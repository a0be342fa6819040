#pragma once

#include "domain/grants/WhatIfCheck.h"
#include "domain/permissions/PermissionRole.h"
#include "domain/permissions/RoleAssignment.h"

#include <QHash>

// How far the organization's root role (org_role, the pricing tier's ceiling) lets a grant
// through: a grant of a person's roles counts only where the root role allows it as well.
enum class RootCeiling {
    Within,    // a root allow covers it and no root deny touches it
    Partly,    // the root role allows only part of it (a root deny or a narrower allow)
    Outside,   // the root role allows none of it
    NoRootRole // no root role known: nothing is capped
};

// How much of an allow another grant of the same person's roles denies.
enum class DenyOverlap { None, Partly, Fully };

// One grant as it counts for one person: the role it comes from (directly or through that
// role's parent_role), the root role's ceiling, and whether one of their denies wins over it.
struct EffectiveGrant
{
    Grant grant; // flat: dependencies were expanded when the role was stored
    QString roleId;
    QString roleName;
    QString inheritedFrom; // the parent role's name when the grant is the parent's, else empty
    RootCeiling ceiling = RootCeiling::Within;
    std::optional<Grant> cappedBy; // the root deny that caps it, if one does
    DenyOverlap denied = DenyOverlap::None;
    QString deniedBy; // "<deny summary> (<role name>)" of the deny that wins, for allows

    bool isDeny() const { return grant.isDeny(); }
    // An allow that counts without reservation (within the ceiling, not denied).
    bool countsFully() const;
    // "Sales" or "Sales (inherited from Grid connection files)".
    QString source() const;
};

// A person's effective permissions: the union of the grants of their roles that have not
// expired (with the grants of each role's parent_role, which the role inherits), under the root
// role's ceiling, explicit denies winning. Roles that no longer count are listed too.
struct EffectivePermissions
{
    QString userId;
    std::optional<PermissionRole> rootRole;
    QList<PermissionRole> activeRoles;
    QList<PermissionRole> expiredRoles; // assigned but past expires_at: no longer effective
    QStringList unknownRoleIds;         // assigned, but the organization has no such role
    QList<EffectiveGrant> grants;       // denies and allows, in role order
};

// The decision of a what-if for one person, naming the deciding grant and role. An
// approximation of the server (see WhatIfCheck): the server may know attributes and rules the
// application does not.
struct AccessDecision
{
    enum class Outcome {
        Allowed,          // an allow of their roles applies, the root role allows it too
        DeniedExplicitly, // a deny of their roles applies: it wins
        CappedByRoot,     // an allow applies, but the root role does not allow it
        NotAllowed        // no grant of their roles applies
    };

    Outcome outcome = Outcome::NotAllowed;
    std::optional<EffectiveGrant> deciding; // the applying deny, or the applying allow
    std::optional<Grant> rootGrant;         // the root deny that caps, when one does
    QStringList notes;                      // conditions that could not be evaluated, …

    static QString outcomeLabel(Outcome outcome);
    // Several lines: the outcome, the deciding grant and role, the notes, the approximation.
    QString explanation() const;
};

// One person who can do an action on a resource, and the role(s) giving it.
struct WhoCanEntry
{
    QString userId;
    QStringList roleNames; // roles whose grant gives it (sources, see EffectiveGrant::source)
    // True when every allow that gives it has conditions: the person can, but only where they
    // hold (e.g. records assigned to them).
    bool conditional = false;
    QStringList conditions; // the conditions of those allows and of conditional denies
};

struct WhoCanAnswer
{
    QList<WhoCanEntry> people;     // sorted as the assignments came
    int deniedCount = 0;           // people whose allow an explicit deny of their roles overrides
    int cappedCount = 0;           // people whose allow the root role does not let through
    std::optional<Grant> rootDeny; // the root deny that caps everyone, if one does
};

// Effective permissions, decisions and "who can" over the organization's roles, as pure
// functions of the roles (listAllRoles), the assignments and the time. Matching is
// WhatIfCheck's (GrantMatcher wildcards, the four condition kinds).
class AccessRules
{
public:
    explicit AccessRules(const QList<PermissionRole> &roles,
                         const QDateTime &now = QDateTime::currentDateTimeUtc());

    std::optional<PermissionRole> rootRole() const { return m_root; }
    EffectivePermissions effectiveFor(const QString &userId, const QStringList &roleIds) const;
    // `question.currentUserId` should be the person's id for the *_current_user conditions.
    AccessDecision decide(const EffectivePermissions &permissions,
                          const WhatIfCheck::Question &question) const;
    // Who can do `action` on `resource` (empty: a grant without resource or with "*"), whatever
    // the record's attributes; those whose grant a deny overrides or the root role caps are
    // counted, not listed.
    WhoCanAnswer whoCan(const QList<RoleAssignment> &assignments, const QString &action,
                        const QString &resource) const;

private:
    void addGrantsOf(const PermissionRole &assigned, const PermissionRole &source,
                     EffectivePermissions &permissions) const;
    void classify(EffectivePermissions &permissions) const;

    QHash<QString, PermissionRole> m_roles;
    std::optional<PermissionRole> m_root;
    QList<Grant> m_rootGrants;
    QDateTime m_now;
};
