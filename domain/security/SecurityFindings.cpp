#include "domain/security/SecurityFindings.h"

#include <QHash>
#include <QLocale>
#include <QSet>

namespace {

using Finding = SecurityFinding;

QString personLabel(const UserRow &person)
{
    return person.name.isEmpty() ? (person.email.isEmpty() ? person.id : person.email)
                                 : person.name;
}

// What the checks need to know about the people and roles, built once.
struct Facts
{
    QVector<const UserRow *> distinct;      // everyone once (a list read by offset may repeat)
    QHash<QString, const UserRow *> people; // not deleted
    QHash<QString, const PermissionRole *> roles;
    QHash<QString, QStringList> holders;       // role id → user ids (deleted people left out)
    QHash<QString, QStringList> rolesOfPerson; // user id → role ids

    explicit Facts(const SecurityInput &input)
    {
        QSet<QString> deleted;
        QSet<QString> seen;
        for (const UserRow &person : input.people) {
            if (seen.contains(person.id))
                continue;
            seen.insert(person.id);
            distinct.append(&person);
            if (person.status == User::Status::Deleted)
                deleted.insert(person.id);
            else
                people.insert(person.id, &person);
        }
        for (const PermissionRole &role : input.roles)
            roles.insert(role.id(), &role);
        for (const RoleAssignment &assignment : input.assignments) {
            // People the user list does not name (another organization's) still count.
            if (deleted.contains(assignment.userId))
                continue;
            for (const QString &roleId : assignment.roleIds) {
                holders[roleId].append(assignment.userId);
                rolesOfPerson[assignment.userId].append(roleId);
            }
        }
    }

    QString roleName(const QString &roleId) const
    {
        const PermissionRole *role = roles.value(roleId);
        return role && !role->name().isEmpty() ? role->name() : roleId;
    }

    QString personName(const QString &userId) const
    {
        const UserRow *person = people.value(userId);
        return person ? personLabel(*person) : userId;
    }

    QList<Finding::Subject> holdersOf(const QString &roleId) const
    {
        QList<Finding::Subject> subjects;
        for (const QString &userId : holders.value(roleId)) {
            const UserRow *person = people.value(userId);
            subjects.append({userId, personName(userId), person ? person->email : QString()});
        }
        return subjects;
    }
};

QString joined(QStringList names)
{
    names.sort(Qt::CaseInsensitive);
    return names.join(QStringLiteral(", "));
}

Finding noSecondFactor(const Facts &facts)
{
    Finding finding{Finding::Kind::NoSecondFactor, {}, {}};
    for (const UserRow *row : facts.distinct) {
        const UserRow &person = *row;
        if (person.status == User::Status::Active && !person.mfaEnabled && !person.hasPasskeys)
            finding.subjects.append({person.id, personLabel(person), person.email});
    }
    return finding;
}

Finding oldInvitations(const SecurityInput &input, const Facts &facts)
{
    Finding finding{Finding::Kind::OldInvitation, {}, {}};
    const qint64 nowMs = input.now.toMSecsSinceEpoch();
    const qint64 limitMs = qint64(SecurityFindings::invitationDays) * 24 * 3600 * 1000;
    for (const UserRow *row : facts.distinct) {
        const UserRow &person = *row;
        if (person.status != User::Status::Pending || person.createdMs <= 0 ||
            nowMs - person.createdMs <= limitMs)
            continue;
        const int days = int((nowMs - person.createdMs) / (24 * 3600 * 1000));
        finding.subjects.append({person.id, personLabel(person),
                                 SecurityFindings::tr("invited %n day(s) ago", nullptr, days)});
    }
    return finding;
}

Finding deactivatedWithRoles(const Facts &facts)
{
    Finding finding{Finding::Kind::DeactivatedWithRoles, {}, {}};
    for (const UserRow *row : facts.distinct) {
        const UserRow &person = *row;
        if (person.status != User::Status::Deactivated)
            continue;
        QStringList names;
        for (const QString &roleId : facts.rolesOfPerson.value(person.id)) {
            const PermissionRole *role = facts.roles.value(roleId);
            if (!role || role->kind() != RoleKind::Root)
                names.append(facts.roleName(roleId));
        }
        if (!names.isEmpty())
            finding.subjects.append({person.id, personLabel(person), joined(names)});
    }
    return finding;
}

Finding rolesAllowingEverything(const SecurityInput &input, const Facts &facts)
{
    Finding finding{Finding::Kind::RoleAllowsEverything, {}, {}};
    for (const PermissionRole &role : input.roles) {
        // The root role is the ceiling every plan sets, not something given to people.
        if (role.kind() == RoleKind::Root || !AccessToken::isAdministratorRole(role))
            continue;
        finding.subjects.append({role.id(), facts.roleName(role.id()),
                                 SecurityFindings::tr("held by %n person(s)", nullptr,
                                                      int(facts.holders.value(role.id()).size()))});
    }
    return finding;
}

Finding manyOwners(const SecurityInput &input, const Facts &facts)
{
    Finding finding{Finding::Kind::ManyOwners, {}, {}};
    const QString owner = input.organizationId + QStringLiteral(":owner");
    if (facts.holders.value(owner).size() > SecurityFindings::maximumOwners)
        finding.subjects = facts.holdersOf(owner);
    return finding;
}

Finding flaggedTokens(const SecurityInput &input)
{
    Finding finding{Finding::Kind::FlaggedToken, {}, {}};
    if (!input.tokensProblem.isEmpty()) {
        finding.notChecked = input.tokensProblem;
        return finding;
    }
    QSet<QString> administrators;
    for (const PermissionRole &role : input.roles) {
        if (AccessToken::isAdministratorRole(role))
            administrators.insert(role.id());
    }
    for (const AccessToken &token : input.tokens) {
        if (token.isExpired(input.now))
            continue;
        const AccessToken::Flags flags = token.flags(administrators, input.now);
        QStringList why;
        if (flags.testFlag(AccessToken::NoExpiry))
            why << SecurityFindings::tr("never expires");
        if (flags.testFlag(AccessToken::OlderThan90Days))
            why << SecurityFindings::tr("older than %n day(s)", nullptr, AccessToken::oldAfterDays);
        if (flags.testFlag(AccessToken::WriteWithAdminRoles))
            why << SecurityFindings::tr("may write with an administrator role");
        if (!why.isEmpty())
            finding.subjects.append({token.id(), token.name(), why.join(QStringLiteral("; "))});
    }
    return finding;
}

Finding partnerRolesOverLimit(const SecurityInput &input, const Facts &facts)
{
    Finding finding{Finding::Kind::PartnerRoleOverLimit, {}, {}};
    for (const PermissionRole &role : input.roles) {
        const int held = int(facts.holders.value(role.id()).size());
        if (role.kind() != RoleKind::Partner || role.userLimit() <= 0 || held <= role.userLimit())
            continue;
        finding.subjects.append(
            {role.id(), facts.roleName(role.id()),
             SecurityFindings::tr("held by %1, limit %2").arg(held).arg(role.userLimit())});
    }
    return finding;
}

Finding expiredRolesAssigned(const SecurityInput &input, const Facts &facts)
{
    Finding finding{Finding::Kind::ExpiredRoleAssigned, {}, {}};
    for (const PermissionRole &role : input.roles) {
        const int held = int(facts.holders.value(role.id()).size());
        if (!role.isExpired(input.now) || held == 0)
            continue;
        finding.subjects.append(
            {role.id(), facts.roleName(role.id()),
             SecurityFindings::tr("expired %1, still held by %n person(s)", nullptr, held)
                 .arg(QLocale().toString(role.expiresAt().toLocalTime().date(),
                                         QLocale::ShortFormat))});
    }
    return finding;
}

} // namespace

QList<SecurityFinding> SecurityFindings::of(const SecurityInput &input)
{
    const Facts facts(input);
    return {noSecondFactor(facts),
            oldInvitations(input, facts),
            deactivatedWithRoles(facts),
            rolesAllowingEverything(input, facts),
            manyOwners(input, facts),
            flaggedTokens(input),
            partnerRolesOverLimit(input, facts),
            expiredRolesAssigned(input, facts)};
}

SecurityFinding::Place SecurityFinding::place() const
{
    switch (kind) {
    case Kind::NoSecondFactor:
    case Kind::DeactivatedWithRoles:
        return Place::Users;
    case Kind::OldInvitation:
        return Place::PendingInvitations;
    case Kind::ManyOwners:
        return Place::PeopleRoles;
    case Kind::FlaggedToken:
        return Place::ApiTokens;
    case Kind::RoleAllowsEverything:
    case Kind::PartnerRoleOverLimit:
    case Kind::ExpiredRoleAssigned:
        return Place::Roles;
    }
    return Place::Users;
}

QString SecurityFinding::title() const
{
    const int count = int(subjects.size());
    switch (kind) {
    case Kind::NoSecondFactor:
        return SecurityFindings::tr("%n active person(s) without MFA and without passkeys", nullptr,
                                    count);
    case Kind::OldInvitation:
        return SecurityFindings::tr("%n invitation(s) pending for more than %1 days", nullptr,
                                    count)
            .arg(SecurityFindings::invitationDays);
    case Kind::DeactivatedWithRoles:
        return SecurityFindings::tr("%n deactivated person(s) still holding roles", nullptr, count);
    case Kind::RoleAllowsEverything:
        return SecurityFindings::tr("%n role(s) allowing every action", nullptr, count);
    case Kind::ManyOwners:
        return count == 0 ? SecurityFindings::tr("No more than %1 owners")
                                .arg(SecurityFindings::maximumOwners)
                          : SecurityFindings::tr("%n owner(s): more than %1", nullptr, count)
                                .arg(SecurityFindings::maximumOwners);
    case Kind::FlaggedToken:
        return SecurityFindings::tr("%n API token(s) to review", nullptr, count);
    case Kind::PartnerRoleOverLimit:
        return SecurityFindings::tr("%n partner role(s) over their user limit", nullptr, count);
    case Kind::ExpiredRoleAssigned:
        return SecurityFindings::tr("%n expired role(s) still held", nullptr, count);
    }
    return {};
}

QString SecurityFinding::advice() const
{
    switch (kind) {
    case Kind::NoSecondFactor:
        return SecurityFindings::tr("A stolen password is enough to sign in as these people. Ask "
                                    "them to turn on MFA or to add a passkey.");
    case Kind::OldInvitation:
        return SecurityFindings::tr("An invitation link that waits for weeks can reach the wrong "
                                    "person. Resend the invitation or delete the user.");
    case Kind::DeactivatedWithRoles:
        return SecurityFindings::tr("Deactivated people should hold no roles: if they are "
                                    "activated again, the roles apply at once. Remove the roles.");
    case Kind::RoleAllowsEverything:
        return SecurityFindings::tr("A role that allows every action gives its holders the "
                                    "whole organization. Keep them few and their holders fewer.");
    case Kind::ManyOwners:
        return SecurityFindings::tr("Owners may do everything, including removing other owners. "
                                    "Give most of them Administrator or a narrower role.");
    case Kind::FlaggedToken:
        return SecurityFindings::tr("Tokens that never expire, are older than %1 days, or may "
                                    "write with an administrator role are what an attacker looks "
                                    "for. Revoke the ones no longer needed and create narrower "
                                    "ones.")
            .arg(AccessToken::oldAfterDays);
    case Kind::PartnerRoleOverLimit:
        return SecurityFindings::tr("The partner's contract limits how many people hold the "
                                    "role. Remove it from the people who no longer need it.");
    case Kind::ExpiredRoleAssigned:
        return SecurityFindings::tr("An expired role grants nothing, but holding it hides who "
                                    "has what. Remove it or give it a new expiry.");
    }
    return {};
}

QString SecurityFinding::checkName() const
{
    switch (kind) {
    case Kind::NoSecondFactor:
        return SecurityFindings::tr("MFA and passkeys");
    case Kind::OldInvitation:
        return SecurityFindings::tr("Old invitations");
    case Kind::DeactivatedWithRoles:
        return SecurityFindings::tr("Deactivated people with roles");
    case Kind::RoleAllowsEverything:
        return SecurityFindings::tr("Roles allowing everything");
    case Kind::ManyOwners:
        return SecurityFindings::tr("Owners");
    case Kind::FlaggedToken:
        return SecurityFindings::tr("API tokens");
    case Kind::PartnerRoleOverLimit:
        return SecurityFindings::tr("Partner role limits");
    case Kind::ExpiredRoleAssigned:
        return SecurityFindings::tr("Expired roles");
    }
    return {};
}
