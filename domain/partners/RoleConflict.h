#pragma once

#include "domain/common/FieldConflict.h"
#include "domain/partners/Role.h"

// The comparison behind saving a role (the APIs have no ETags): the role as loaded, as edited and
// as the server holds it now, field by field (the name; the grants as one flat list). The keys of
// the compared values are known here only.
namespace RoleConflict {

// What the administrator chose, read back from FieldConflict::merged().
struct Choice
{
    QString name;
    bool myGrants = false; // my grant tree rather than the server's
};

// `formatter` shows a flat grant list (its argument) in words; labels are the interface's.
FieldConflict compare(const Role &loaded, const QString &myName, const QList<Grant> &myTree,
                      const Role &current, const QString &nameLabel, const QString &grantsLabel,
                      const std::function<QString(const QList<Grant> &)> &formatter);
Choice chosen(const FieldConflict &resolved, const Role &current);
// Whether the server's role differs from the loaded one in a field the save compares.
bool changedSince(const Role &loaded, const Role &current);

} // namespace RoleConflict
