#include "domain/permissions/EffectivePermissions.h"

#include "domain/grants/GrantMatcher.h"
#include "domain/grants/GrantTree.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AccessRules", text);
}

// A grant without resource applies to every resource (WhatIfCheck reads it the same way).
QString resourceOf(const Grant &grant)
{
    return grant.hasResource() ? grant.resource() : QStringLiteral("*");
}

bool overlaps(const QString &a, const QString &b)
{
    return GrantMatcher::matches(a, b) || GrantMatcher::matches(b, a);
}

// Whether every action and resource `inner` reaches is reached by `outer` (approximately).
bool coversGrant(const Grant &outer, const Grant &inner)
{
    return GrantMatcher::covers(outer.action(), inner.action()) &&
           GrantMatcher::covers(resourceOf(outer), resourceOf(inner));
}

// Whether some action and resource are reached by both (approximately).
bool overlapsGrant(const Grant &a, const Grant &b)
{
    return overlaps(a.action(), b.action()) && overlaps(resourceOf(a), resourceOf(b));
}

bool isAllow(const Grant &grant)
{
    return grant.effectiveEffect() == QLatin1String("allow");
}

// Whether the grant's action and resource fit the question, whatever its conditions say.
bool reaches(const Grant &grant, const WhatIfCheck::Question &question)
{
    Grant bare = grant;
    bare.setConditions({});
    return WhatIfCheck::applies(bare, question);
}

QString conditionsText(const Grant &grant)
{
    QStringList parts;
    for (const GrantCondition &condition : grant.conditions())
        parts << condition.summary();
    return parts.join(tr(" and "));
}

} // namespace

bool EffectiveGrant::countsFully() const
{
    return isAllow(grant) && denied == DenyOverlap::None &&
           (ceiling == RootCeiling::Within || ceiling == RootCeiling::NoRootRole);
}

QString EffectiveGrant::source() const
{
    return inheritedFrom.isEmpty() ? roleName
                                   : tr("%1 (inherited from %2)").arg(roleName, inheritedFrom);
}

AccessRules::AccessRules(const QList<PermissionRole> &roles, const QDateTime &now) : m_now(now)
{
    for (const PermissionRole &role : roles) {
        m_roles.insert(role.id(), role);
        if (role.kind() == RoleKind::Root && !m_root) {
            m_root = role;
            m_rootGrants = GrantTree::flatten(role.grants());
        }
    }
}

EffectivePermissions AccessRules::effectiveFor(const QString &userId,
                                               const QStringList &roleIds) const
{
    EffectivePermissions permissions;
    permissions.userId = userId;
    permissions.rootRole = m_root;
    QStringList seen;
    for (const QString &roleId : roleIds) {
        if (seen.contains(roleId))
            continue;
        seen << roleId;
        const auto found = m_roles.constFind(roleId);
        if (found == m_roles.cend()) {
            permissions.unknownRoleIds << roleId;
            continue;
        }
        const PermissionRole &role = *found;
        if (role.kind() == RoleKind::Root)
            continue; // the ceiling, not a grant: it applies to everyone anyway
        if (role.isExpired(m_now)) {
            permissions.expiredRoles << role;
            continue;
        }
        permissions.activeRoles << role;
        addGrantsOf(role, role, permissions);
        // permissions.json: parent_role is "the parent role that this role inherits from"
        // (an org_role or a share_role, one level). An expired parent gives nothing.
        const auto parent = m_roles.constFind(role.parentRole());
        if (!role.parentRole().isEmpty() && parent != m_roles.cend() && !parent->isExpired(m_now))
            addGrantsOf(role, *parent, permissions);
    }
    classify(permissions);
    return permissions;
}

// An inherited grant is shown under the role that was assigned, naming the parent.
void AccessRules::addGrantsOf(const PermissionRole &assigned, const PermissionRole &source,
                              EffectivePermissions &permissions) const
{
    const QString inheritedFrom = source.id() == assigned.id()
                                      ? QString()
                                      : (source.name().isEmpty() ? source.id() : source.name());
    for (const Grant &grant : GrantTree::flatten(source.grants())) {
        EffectiveGrant effective;
        effective.grant = grant;
        effective.roleId = assigned.id();
        effective.roleName = assigned.name().isEmpty() ? assigned.id() : assigned.name();
        effective.inheritedFrom = inheritedFrom;
        permissions.grants << effective;
    }
}

void AccessRules::classify(EffectivePermissions &permissions) const
{
    for (EffectiveGrant &effective : permissions.grants) {
        if (!isAllow(effective.grant))
            continue;
        // The root role's ceiling.
        if (!m_root) {
            effective.ceiling = RootCeiling::NoRootRole;
        } else {
            bool allowCovers = false;
            bool allowOverlaps = false;
            std::optional<Grant> denyCovers;
            std::optional<Grant> denyOverlaps;
            for (const Grant &root : m_rootGrants) {
                const bool plain = root.conditions().isEmpty();
                if (root.isDeny()) {
                    if (plain && coversGrant(root, effective.grant))
                        denyCovers = root;
                    else if (!denyOverlaps && overlapsGrant(root, effective.grant))
                        denyOverlaps = root;
                } else if (isAllow(root)) {
                    allowCovers = allowCovers || (plain && coversGrant(root, effective.grant));
                    allowOverlaps = allowOverlaps || overlapsGrant(root, effective.grant);
                }
            }
            if (denyCovers || !allowOverlaps) {
                effective.ceiling = RootCeiling::Outside;
                effective.cappedBy = denyCovers;
            } else if (allowCovers && !denyOverlaps) {
                effective.ceiling = RootCeiling::Within;
            } else {
                effective.ceiling = RootCeiling::Partly;
                effective.cappedBy = denyOverlaps;
            }
        }
        // An explicit deny of any of the person's roles wins.
        for (const EffectiveGrant &other : std::as_const(permissions.grants)) {
            if (!other.isDeny())
                continue;
            const QString by = tr("%1 (%2)").arg(other.grant.summary(), other.source());
            if (other.grant.conditions().isEmpty() && coversGrant(other.grant, effective.grant)) {
                effective.denied = DenyOverlap::Fully;
                effective.deniedBy = by;
                break;
            }
            if (effective.denied == DenyOverlap::None &&
                overlapsGrant(other.grant, effective.grant)) {
                effective.denied = DenyOverlap::Partly;
                effective.deniedBy = by;
            }
        }
    }
}

AccessDecision AccessRules::decide(const EffectivePermissions &permissions,
                                   const WhatIfCheck::Question &question) const
{
    AccessDecision decision;
    std::optional<EffectiveGrant> allow;
    for (const EffectiveGrant &effective : permissions.grants) {
        if (!WhatIfCheck::applies(effective.grant, question, &decision.notes))
            continue;
        if (effective.isDeny()) {
            decision.outcome = AccessDecision::Outcome::DeniedExplicitly;
            decision.deciding = effective;
            break;
        }
        if (!allow && isAllow(effective.grant))
            allow = effective;
    }
    if (decision.outcome != AccessDecision::Outcome::DeniedExplicitly && allow) {
        decision.deciding = allow;
        decision.outcome = AccessDecision::Outcome::Allowed;
        if (m_root) {
            const WhatIfCheck::Answer ceiling = WhatIfCheck::evaluate(m_rootGrants, question);
            decision.notes << ceiling.notes;
            if (ceiling.decision != WhatIfCheck::Decision::Allowed) {
                decision.outcome = AccessDecision::Outcome::CappedByRoot;
                if (ceiling.decision == WhatIfCheck::Decision::DeniedExplicitly)
                    decision.rootGrant = ceiling.deciding.value(0);
            }
        }
    }
    decision.notes.removeDuplicates();
    return decision;
}

WhoCanAnswer AccessRules::whoCan(const QList<RoleAssignment> &assignments, const QString &action,
                                 const QString &resource) const
{
    WhoCanAnswer answer;
    const WhatIfCheck::Question target{action, resource, {}};
    bool capped = false;
    if (m_root) {
        bool rootAllows = false;
        for (const Grant &root : m_rootGrants) {
            if (!reaches(root, target))
                continue;
            if (root.isDeny() && root.conditions().isEmpty()) {
                answer.rootDeny = root;
                break;
            }
            rootAllows = rootAllows || isAllow(root);
        }
        capped = answer.rootDeny.has_value() || !rootAllows;
    }
    for (const RoleAssignment &assignment : assignments) {
        const EffectivePermissions permissions =
            effectiveFor(assignment.userId, assignment.roleIds);
        QList<const EffectiveGrant *> plainAllows, conditionalAllows, conditionalDenies;
        bool denied = false;
        for (const EffectiveGrant &effective : permissions.grants) {
            if (!reaches(effective.grant, target))
                continue;
            const bool plain = effective.grant.conditions().isEmpty();
            if (effective.isDeny()) {
                denied = denied || plain;
                if (!plain)
                    conditionalDenies << &effective;
            } else if (isAllow(effective.grant)) {
                (plain ? plainAllows : conditionalAllows) << &effective;
            }
        }
        if (plainAllows.isEmpty() && conditionalAllows.isEmpty())
            continue;
        if (denied) {
            ++answer.deniedCount;
            continue;
        }
        if (capped) {
            ++answer.cappedCount;
            continue;
        }
        WhoCanEntry entry;
        entry.userId = assignment.userId;
        entry.conditional = plainAllows.isEmpty();
        for (const EffectiveGrant *grant : entry.conditional ? conditionalAllows : plainAllows) {
            if (!entry.roleNames.contains(grant->source()))
                entry.roleNames << grant->source();
            if (entry.conditional)
                entry.conditions << conditionsText(grant->grant);
        }
        for (const EffectiveGrant *deny : std::as_const(conditionalDenies))
            entry.conditions << tr("not where %1").arg(conditionsText(deny->grant));
        entry.conditions.removeDuplicates();
        answer.people << entry;
    }
    return answer;
}

QString AccessDecision::outcomeLabel(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Allowed:
        return tr("Allowed");
    case Outcome::DeniedExplicitly:
        return tr("Denied: an explicit deny of their roles wins");
    case Outcome::CappedByRoot:
        return tr("Not allowed: the organization's root role does not allow it");
    case Outcome::NotAllowed:
        return tr("Not allowed: none of their roles allows it");
    }
    return {};
}

QString AccessDecision::explanation() const
{
    QStringList lines{outcomeLabel(outcome)};
    if (deciding) {
        lines << tr("Deciding grant: %1").arg(deciding->grant.summary());
        lines << tr("From role: %1").arg(deciding->source());
    }
    if (rootGrant)
        lines << tr("Capped by the root role's grant: %1").arg(rootGrant->summary());
    else if (outcome == Outcome::CappedByRoot)
        lines << tr("The root role has no grant that allows it.");
    for (const QString &note : notes)
        lines << tr("Note: %1").arg(note);
    lines << tr("This is an approximation of the server's decision, computed here from the "
                "roles as loaded: an explicit deny wins, every condition must hold, and the "
                "server may know more about the record.");
    return lines.join(QLatin1Char('\n'));
}
