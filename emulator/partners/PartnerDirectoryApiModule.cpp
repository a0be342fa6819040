#include "emulator/partners/PartnerDirectoryApiModule.h"

#include "emulator/core/EmulatorRouter.h"
#include "emulator/core/EmulatorStore.h"
#include "emulator/partners/GeolocationTable.h"
#include "emulator/core/ModuleSupport.h"
#include "emulator/partners/PartnerCollections.h"
#include "emulator/partners/PartnerDirectorySeed.h"
#include "emulator/core/PayloadReader.h"

#include <QJsonArray>

PartnerDirectoryApiModule::PartnerDirectoryApiModule(EmulatorStore &store, Outbox &outbox)
    : m_store(store), m_outbox(outbox), m_partners(store, outbox), m_roles(store),
      m_users(store, outbox, m_roles), m_assignables(store)
{
}

void PartnerDirectoryApiModule::registerRoutes(EmulatorRouter &router)
{
    // ":verb" routes before anything with a placeholder at the same depth.
    m_assignables.registerRoutes(router);
    router.add("POST", QStringLiteral("/v1/geolocation/text:search"), Access::Secured,
               [](const EmulatorRequest &request) { return searchGeolocation(request); });
    m_partners.registerRoutes(router);
    // The specs have no list operation for partners (epilot lists them through its entity API);
    // this emulator-only endpoint names them for tests and people.
    router.add("GET", QStringLiteral("/emulator/partners"), Access::Public,
               [this](const EmulatorRequest &request) { return listPartners(request); });
    m_users.registerRoutes(router);
    m_roles.registerRoutes(router);
}

void PartnerDirectoryApiModule::seed(const SeedOptions &options)
{
    PartnerDirectorySeed(m_store, m_outbox, m_roles).seed(options);
}

EmulatorResponse PartnerDirectoryApiModule::listPartners(const EmulatorRequest &request) const
{
    const QString organizationId = request.queryValue(QStringLiteral("organization_id"));
    const QString status = request.queryValue(QStringLiteral("status"));
    QJsonArray results;
    const QList<QJsonObject> partners = m_store.all(PartnerCollections::partners);
    for (const QJsonObject &partner : partners) {
        if (!organizationId.isEmpty() &&
            partner.value(QStringLiteral("organization_id")).toString() != organizationId)
            continue;
        if (!status.isEmpty() && partner.value(QStringLiteral("status")).toString() != status)
            continue;
        results.append(ModuleSupport::stripInternal(partner));
    }
    return EmulatorResponse::json(200, QJsonObject{{QStringLiteral("results"), results}});
}

EmulatorResponse PartnerDirectoryApiModule::searchGeolocation(const EmulatorRequest &request)
{
    if (!request.hasBody || !request.body.isObject())
        return EmulatorResponse::error(
            400, QStringLiteral("The request body must be an object with an address"));
    PayloadReader reader(request.body.toObject());
    const QString address = reader.requiredString(QStringLiteral("address"));
    if (reader.ok() && address.size() > 512)
        reader.fail(QStringLiteral("address is longer than 512 characters"));
    if (!reader.ok())
        return EmulatorResponse::error(400, reader.error());
    const std::optional<GeolocationTable::Match> match = GeolocationTable::lookup(address);
    if (!match)
        return EmulatorResponse::error(
            404, QStringLiteral("No location found for address: %1").arg(address));
    return EmulatorResponse::json(200, GeolocationTable::geolocation(*match));
}
