#pragma once

#include "domain/grants/RoleDraft.h"
#include "domain/partners/Role.h"
#include "domain/permissions/PermissionRole.h"

// Between an organization role of the Permissions API (PermissionRole) and what the grant
// editor holds (Role, RoleDraft). Both are the server's JSON object kept whole, so the editor's
// copy carries every member (type, organization_id, partner_org_id, vendor_enforced_user_limit,
// members unknown to this application) and hands them back unchanged; only name, grants,
// parent_role and expires_at are edited.
namespace OrgRoleAdapter {

Role toEditor(const PermissionRole &role);
PermissionRole fromEditor(const Role &role);
// What the editor shows: the grants flat, as the server stores them (dependencies expanded).
RoleDraft draftOf(const PermissionRole &role);
// `loaded` with the draft's name, slug, grants, parent role and expiry; nothing else changes.
PermissionRole applied(const PermissionRole &loaded, const RoleDraft &draft);
// The roles a user role may inherit from (spec: an org_role or share_role), `self` left out.
QList<PermissionRole> parentChoices(const QList<PermissionRole> &roles, const QString &self);

} // namespace OrgRoleAdapter
