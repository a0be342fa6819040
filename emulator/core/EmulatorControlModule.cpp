#include "emulator/core/EmulatorControlModule.h"

#include "emulator/core/DemoIds.h"
#include "emulator/core/EmulatorRouter.h"
#include "emulator/core/EmulatorStore.h"
#include "emulator/core/FaultInjector.h"
#include "emulator/core/ModuleSupport.h"
#include "emulator/core/Outbox.h"
#include "emulator/core/TokenRegistry.h"

#include <QJsonArray>

EmulatorControlModule::EmulatorControlModule(EmulatorStore &store, Outbox &outbox,
                                             TokenRegistry &tokens, FaultInjector &faults,
                                             std::function<void()> reset)
    : m_store(store), m_outbox(outbox), m_tokens(tokens), m_faults(faults),
      m_reset(std::move(reset))
{
}

void EmulatorControlModule::registerRoutes(EmulatorRouter &router)
{
    router.add("GET", QStringLiteral("/emulator/health"), Access::Public,
               [](const EmulatorRequest &) {
                   return EmulatorResponse::json(
                       200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
               });
    router.add(
        "GET", QStringLiteral("/emulator/outbox"), Access::Public,
        [this](const EmulatorRequest &request) {
            QJsonArray mails;
            const QString kind = request.queryValue(QStringLiteral("kind"));
            for (const QJsonObject &mail :
                 m_outbox.mails(request.queryValue(QStringLiteral("to")))) {
                if (kind.isEmpty() || mail.value(QStringLiteral("kind")).toString() == kind)
                    mails.append(mail);
            }
            return EmulatorResponse::json(200, QJsonObject{{QStringLiteral("mails"), mails}});
        });
    router.add("DELETE", QStringLiteral("/emulator/outbox"), Access::Public,
               [this](const EmulatorRequest &) {
                   const QList<QJsonObject> mails = m_store.all(QStringLiteral("outbox"));
                   m_store.beginBatch();
                   for (const QJsonObject &mail : mails)
                       m_store.remove(QStringLiteral("outbox"),
                                      mail.value(QStringLiteral("id")).toString());
                   m_store.commitBatch();
                   return EmulatorResponse::empty();
               });
    router.add("POST", QStringLiteral("/emulator/reset"), Access::Public,
               [this](const EmulatorRequest &) {
                   m_reset();
                   return EmulatorResponse::empty();
               });
    router.add(
        "POST", QStringLiteral("/emulator/tokens"), Access::Public,
        [this](const EmulatorRequest &request) {
            const QJsonObject body = request.bodyObject();
            const QString userId = body.value(QStringLiteral("user_id")).toString(kDemoAdminUserId);
            if (!m_store.contains(QStringLiteral("users"), userId))
                return EmulatorResponse::error(404, QStringLiteral("Unknown user %1").arg(userId));
            const QString organizationId =
                body.value(QStringLiteral("organization_id"))
                    .toString(m_store.get(QStringLiteral("users"), userId)
                                  .value(QStringLiteral("organization_id"))
                                  .toString(kDemoOrganizationId));
            const qint64 lifetime = body.value(QStringLiteral("expires_in"))
                                        .toInteger(TokenRegistry::kDefaultLifetimeSeconds);
            const QString token = m_tokens.issue(userId, organizationId, lifetime);
            return EmulatorResponse::json(201, QJsonObject{{QStringLiteral("token"), token}});
        });
    router.add("POST", QStringLiteral("/emulator/tokens/revoke"), Access::Public,
               [this](const EmulatorRequest &request) {
                   const QString token =
                       request.bodyObject().value(QStringLiteral("token")).toString();
                   if (token.isEmpty())
                       return EmulatorResponse::error(400, QStringLiteral("token is required"));
                   if (!m_tokens.revoke(token))
                       return EmulatorResponse::error(404, QStringLiteral("Unknown token"));
                   return EmulatorResponse::empty();
               });
    // Faults switched while running: a test can fail one load and let the retry through.
    router.add("GET", QStringLiteral("/emulator/faults"), Access::Public,
               [this](const EmulatorRequest &) {
                   QJsonObject faults = m_faults.options().toJson();
                   faults.insert(QStringLiteral("injected"), m_faults.counts());
                   return EmulatorResponse::json(200, faults);
               });
    router.add("PUT", QStringLiteral("/emulator/faults"), Access::Public,
               [this](const EmulatorRequest &request) {
                   if (auto refusal = ModuleSupport::requireObject(request))
                       return *refusal;
                   FaultOptions options;
                   QString error;
                   if (!FaultOptions::fromJson(request.bodyObject(), &options, &error))
                       return EmulatorResponse::error(400, error);
                   m_faults.setOptions(options);
                   return EmulatorResponse::json(200, options.toJson());
               });
}
