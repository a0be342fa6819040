#include "emulator/core/ApiModules.h"

#include "emulator/core/EmulatorContext.h"
#include "emulator/core/EmulatorStore.h"
#include "emulator/core/Outbox.h"
#include "emulator/core/TokenRegistry.h"

// ---- API module headers: add yours here ----
#include "emulator/organization/OrganizationApiModule.h"
#include "emulator/partners/PartnerDirectoryApiModule.h"
#include "emulator/partners/PartnerEntityApiModule.h"
#include "emulator/permissions/PermissionsApiModule.h"
#include "emulator/security/AccessTokenApiModule.h"
#include "emulator/security/AuditLogApiModule.h"
#include "emulator/users/GroupApiModule.h"
#include "emulator/users/NavigationApiModule.h"
#include "emulator/users/PasskeyApiModule.h"
#include "emulator/users/UserApiModule.h"
#include "emulator/users/UserSettingsApiModule.h"
// ---- end of API module headers ----

std::vector<std::unique_ptr<ApiModule>> createApiModules(EmulatorContext &context)
{
    std::vector<std::unique_ptr<ApiModule>> modules;
    // ==== API MODULES: construct each module here, one line each (seeded in this order) ====
    modules.push_back(
        std::make_unique<UserApiModule>(context.store, context.outbox, context.tokens));
    modules.push_back(std::make_unique<GroupApiModule>(context.store));
    modules.push_back(std::make_unique<UserSettingsApiModule>(context.store));
    modules.push_back(std::make_unique<PasskeyApiModule>(context.store, context.tokens));
    modules.push_back(std::make_unique<NavigationApiModule>(context.store));
    modules.push_back(std::make_unique<OrganizationApiModule>(context.store));
    modules.push_back(std::make_unique<PartnerDirectoryApiModule>(context.store, context.outbox));
    modules.push_back(
        std::make_unique<PermissionsApiModule>(context.store)); // reads users, partners
    modules.push_back(std::make_unique<PartnerEntityApiModule>(context.store));
    modules.push_back(std::make_unique<AccessTokenApiModule>(context.store, context.tokens));
    // Last: its history is generated from the people, roles and groups seeded above.
    modules.push_back(std::make_unique<AuditLogApiModule>(context.store));
    // ==== end of API MODULES ====
    return modules;
}
