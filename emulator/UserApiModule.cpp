#include "UserApiModule.h"

#include "DemoIds.h"
#include "EmulatorRouter.h"
#include "EmulatorStore.h"
#include "ModuleSupport.h"
#include "Outbox.h"
#include "TokenRegistry.h"

UserApiModule::UserApiModule(EmulatorStore &store, Outbox &outbox, TokenRegistry &tokens)
    : m_store(store), m_outbox(outbox), m_tokens(tokens)
{
}

void UserApiModule::registerRoutes(EmulatorRouter &router)
{
    router.add("GET", QStringLiteral("/v2/users/me"), Access::Secured,
               [this](const EmulatorRequest &request) {
                   const QJsonObject user = m_store.get(QStringLiteral("users"), request.caller.userId);
                   if (user.isEmpty())
                       return EmulatorResponse::error(404, QStringLiteral("User not found"));
                   return EmulatorResponse::json(200, ModuleSupport::stripInternal(user));
               });
}

void UserApiModule::seed(const SeedOptions &)
{
    m_store.put(QStringLiteral("users"), kDemoAdminUserId,
                {{QStringLiteral("id"), kDemoAdminUserId},
                 {QStringLiteral("organization_id"), kDemoOrganizationId},
                 {QStringLiteral("display_name"), kDemoAdminName},
                 {QStringLiteral("email"), kDemoAdminEmail},
                 {QStringLiteral("status"), QStringLiteral("Active")}});
}
