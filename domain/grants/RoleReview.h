#pragma once

#include "domain/partners/Role.h"

// What saving a role would change on the server, field by field: compares the role as it will
// be stored (grants flattened as the server does) with the server's current role.
class RoleReview
{
public:
    struct FieldChange
    {
        QString field; // name, action, resource, effect, conditions
        QString before;
        QString after;
    };
    struct GrantChange
    {
        enum class Kind { Added, Removed, Changed };
        Kind kind = Kind::Added;
        Grant before;              // Removed, Changed
        Grant after;               // Added, Changed
        QList<FieldChange> fields; // Changed
    };

    // `current` is the server's role now (empty Role for a new one), `draft` the edited role.
    static RoleReview compare(const Role &current, const Role &draft);

    QList<FieldChange> roleFields; // name, parent role, expiry (slug cannot change)
    QList<GrantChange> grants;
    bool isEmpty() const { return roleFields.isEmpty() && grants.isEmpty(); }
    // A readable, line-per-change text (used by the review dialog and tests).
    QStringList lines() const;

private:
    static QList<FieldChange> grantFields(const Grant &before, const Grant &after);
};
