#pragma once

#include "domain/grants/Grant.h"

// Remembers how each role's grants were nested when this application last saved or showed it,
// so the server's flat list can be regrouped exactly as the administrator built it. Kept in
// QSettings (group "grantLayouts", keyed by role id): layout only, no secrets.
namespace GrantLayoutMemory {

void remember(const QString &roleId, const QList<Grant> &tree);
QList<Grant> recall(const QString &roleId);
void forget(const QString &roleId);

} // namespace GrantLayoutMemory
