#pragma once

#include "domain/permissions/PermissionRole.h"
#include "domain/permissions/RoleAssignment.h"
#include "domain/security/AccessToken.h"
#include "domain/users/UserRow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVector>

// One check of the security overview and what it found: the people, roles or tokens concerned
// (none when the check passed) and the page where they are put right.
struct SecurityFinding
{
    enum class Kind {
        NoSecondFactor,       // active people without MFA and without passkeys
        OldInvitation,        // invitations pending for more than 14 days
        DeactivatedWithRoles, // deactivated people who still hold roles
        RoleAllowsEverything, // roles (other than the root role) that allow any action
        ManyOwners,           // more than three people hold the Owner role
        FlaggedToken,         // API tokens without expiry, old, or writing with admin roles
        PartnerRoleOverLimit, // partner roles held by more people than their user limit
        ExpiredRoleAssigned,  // expired roles that people still hold
    };
    // Where the finding is put right.
    enum class Place { Users, PendingInvitations, Roles, PeopleRoles, ApiTokens };
    struct Subject
    {
        QString id;     // user, role or token id
        QString label;  // name to show
        QString detail; // why it is listed (e-mail, age, roles, flags)
    };

    Kind kind = Kind::NoSecondFactor;
    QList<Subject> subjects;
    // Set when the check could not run (the data it needs did not load): why.
    QString notChecked;

    Place place() const;
    bool passed() const { return subjects.isEmpty() && notChecked.isEmpty(); }
    // "3 people without MFA and without passkeys"; for a passed check what was looked for.
    QString title() const;
    // What to do about it, one or two sentences.
    QString advice() const;
    // The check's short name for a report's column ("MFA", "Owners", …).
    QString checkName() const;
};

// Everything the checks look at, as the People & roles page loads it plus the API tokens.
struct SecurityInput
{
    QString organizationId;
    QVector<UserRow> people;
    QList<PermissionRole> roles;
    QList<RoleAssignment> assignments;
    QList<AccessToken> tokens;
    QString tokensProblem; // set when the tokens could not be listed
    QDateTime now = QDateTime::currentDateTimeUtc();
};

// The security overview's checks over one organization, all eight in the order of
// SecurityFinding::Kind, passed ones included (an auditor's report lists what was checked).
class SecurityFindings
{
    Q_DECLARE_TR_FUNCTIONS(SecurityFindings)
public:
    static constexpr int invitationDays = 14;
    static constexpr int maximumOwners = 3;

    static QList<SecurityFinding> of(const SecurityInput &input);
};
