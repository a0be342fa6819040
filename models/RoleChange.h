#pragma once

#include <QString>

// One pending change of a people × roles matrix (the partner users' and the organization's).
struct RoleChange
{
    QString userId;
    QString userLabel;
    QString roleId;
    QString roleLabel;
    bool assign = true; // false: unassign
    QString describe() const;
};

// What became of one change when it was applied: done, or refused with the server's reason.
struct RoleChangeOutcome
{
    RoleChange change;
    bool ok = false;
    QString message; // why it failed
};
