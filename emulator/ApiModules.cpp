#include "ApiModules.h"

#include "EmulatorContext.h"
#include "EmulatorStore.h"
#include "Outbox.h"
#include "TokenRegistry.h"

// ---- API module headers: add yours here ----
#include "UserApiModule.h"
// ---- end of API module headers ----

std::vector<std::unique_ptr<ApiModule>> createApiModules(EmulatorContext &context)
{
    std::vector<std::unique_ptr<ApiModule>> modules;
    // ==== API MODULES: construct each module here, one line each (seeded in this order) ====
    modules.push_back(std::make_unique<UserApiModule>(context.store, context.outbox, context.tokens));
    // ==== end of API MODULES ====
    return modules;
}
