#include "ApiModules.h"

#include "EmulatorContext.h"
#include "EmulatorStore.h"
#include "Outbox.h"
#include "TokenRegistry.h"

// ---- API module headers: add yours here ----
#include "GroupApiModule.h"
#include "NavigationApiModule.h"
#include "PasskeyApiModule.h"
#include "UserApiModule.h"
#include "UserSettingsApiModule.h"
#include "OrganizationApiModule.h"
#include "PartnerDirectoryApiModule.h"
// ---- end of API module headers ----

std::vector<std::unique_ptr<ApiModule>> createApiModules(EmulatorContext &context)
{
    std::vector<std::unique_ptr<ApiModule>> modules;
    // ==== API MODULES: construct each module here, one line each (seeded in this order) ====
    modules.push_back(std::make_unique<UserApiModule>(context.store, context.outbox, context.tokens));
    modules.push_back(std::make_unique<GroupApiModule>(context.store));
    modules.push_back(std::make_unique<UserSettingsApiModule>(context.store));
    modules.push_back(std::make_unique<PasskeyApiModule>(context.store, context.tokens));
    modules.push_back(std::make_unique<NavigationApiModule>(context.store));
    modules.push_back(std::make_unique<OrganizationApiModule>(context.store));
    modules.push_back(std::make_unique<PartnerDirectoryApiModule>(context.store, context.outbox));
    // ==== end of API MODULES ====
    return modules;
}
