#include "domain/grants/OrgRoleAdapter.h"

namespace OrgRoleAdapter {

Role toEditor(const PermissionRole &role)
{
    return Role(role.toJson());
}

PermissionRole fromEditor(const Role &role)
{
    return PermissionRole(role.toJson());
}

RoleDraft draftOf(const PermissionRole &role)
{
    const Role editable = toEditor(role);
    return RoleEdits::draftOf(editable, editable.grants());
}

PermissionRole applied(const PermissionRole &loaded, const RoleDraft &draft)
{
    return fromEditor(RoleEdits::applied(toEditor(loaded), draft));
}

QList<PermissionRole> parentChoices(const QList<PermissionRole> &roles, const QString &self)
{
    QList<PermissionRole> choices;
    for (const PermissionRole &role : roles) {
        if (role.id() != self && (role.kind() == RoleKind::Root || role.kind() == RoleKind::Share))
            choices.append(role);
    }
    return choices;
}

} // namespace OrgRoleAdapter
