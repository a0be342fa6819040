#pragma once

#include "services/network/UnparsedAnswer.h"

class PermissionsService;

// Permissions API calls whose answers are read on a worker thread (UnparsedAnswer). Beside
// PermissionsService rather than in it only because its header is included nearly everywhere.
namespace PermissionsUnparsed {

// listAllAssignments ({assignments: [...]}) as bytes: RoleAssignment::listFromAnswer reads them.
ApiCall *listAllAssignments(PermissionsService *service, QObject *context,
                            UnparsedAnswer::BytesCallback done);

} // namespace PermissionsUnparsed
