#pragma once

#include "domain/permissions/PermissionRole.h"

// A role's kind in words of the interface language ("Share role"), for every page that names
// one; the Permissions API's own word (`share_role`) is for tool tips only.
namespace RoleKindText {

QString of(RoleKind kind);
// The words for a `type` value of the API; an unknown type is given as it came.
QString ofType(const QString &type);
// One sentence on who the role is for and who assigns it, with the role's own particulars
// (partner organization, user limit, pricing tier).
QString description(const PermissionRole &role);

} // namespace RoleKindText
