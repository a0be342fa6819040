#pragma once

#include "domain/permissions/PermissionRole.h"

// A role's kind in readable, translated words (never the API's "partner_role"), and what makes
// the kind different, for the Roles page and the grant editor's header.
namespace RoleKindText {

// "User role", "Partner role", …
QString name(RoleKind kind);
// One sentence on who the role is for and who assigns it, with the role's own particulars
// (partner organization, user limit, pricing tier).
QString description(const PermissionRole &role);

} // namespace RoleKindText
