#include "PartnerDirectoryApiModule.h"

#include "EmulatorRouter.h"
#include "GeolocationTable.h"
#include "PartnerDirectorySeed.h"
#include "PayloadReader.h"

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
    m_users.registerRoutes(router);
    m_roles.registerRoutes(router);
}

void PartnerDirectoryApiModule::seed(const SeedOptions &options)
{
    PartnerDirectorySeed(m_store, m_outbox, m_roles).seed(options);
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
