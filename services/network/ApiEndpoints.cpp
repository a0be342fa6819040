#include "services/network/ApiEndpoints.h"

#include <QCoreApplication>

const QList<ApiEndpoints::Descriptor> &ApiEndpoints::descriptors()
{
    static const QList<Descriptor> all = {
        {Api::User, &ApiEndpoints::user, QT_TRANSLATE_NOOP("ApiEndpoints", "User API"), "userApi",
         "user-api", "EPILOT_USER_API_URL", "https://user.sls.epilot.io"},
        {Api::Organization, &ApiEndpoints::organization,
         QT_TRANSLATE_NOOP("ApiEndpoints", "Organization API"), "organizationApi",
         "organization-api", "EPILOT_ORGANIZATION_API_URL",
         "https://organization-v2.sls.epilot.io"},
        {Api::PartnerDirectory, &ApiEndpoints::partnerDirectory,
         QT_TRANSLATE_NOOP("ApiEndpoints", "Partner Directory API"), "partnerDirectoryApi",
         "partner-api", "EPILOT_PARTNER_DIRECTORY_API_URL",
         "https://partner-directory-api.sls.epilot.io"},
        {Api::Permissions, &ApiEndpoints::permissions,
         QT_TRANSLATE_NOOP("ApiEndpoints", "Permissions API"), "permissionsApi", "permissions-api",
         "EPILOT_PERMISSIONS_API_URL", "https://permissions.sls.epilot.io"},
        {Api::Entity, &ApiEndpoints::entity, QT_TRANSLATE_NOOP("ApiEndpoints", "Entity API"),
         "entityApi", "entity-api", "EPILOT_ENTITY_API_URL", "https://entity.sls.epilot.io"},
        {Api::AuditLogs, &ApiEndpoints::auditLogs,
         QT_TRANSLATE_NOOP("ApiEndpoints", "Audit Logs API"), "auditLogsApi", "audit-logs-api",
         "EPILOT_AUDIT_LOGS_API_URL", "https://audit-logs.sls.epilot.io"},
        {Api::AccessToken, &ApiEndpoints::accessToken,
         QT_TRANSLATE_NOOP("ApiEndpoints", "Access Token API"), "accessTokenApi",
         "access-token-api", "EPILOT_ACCESS_TOKEN_API_URL", "https://access-token.sls.epilot.io"},
    };
    return all;
}

const ApiEndpoints::Descriptor &ApiEndpoints::descriptor(Api api)
{
    for (const Descriptor &entry : descriptors())
        if (entry.api == api)
            return entry;
    return descriptors().first(); // unreachable: every Api has a descriptor
}

QUrl ApiEndpoints::baseFor(Api api) const
{
    return this->*descriptor(api).url;
}

ApiEndpoints ApiEndpoints::defaults()
{
    ApiEndpoints endpoints;
    for (const Descriptor &entry : descriptors())
        endpoints.*entry.url = QUrl(QString::fromLatin1(entry.defaultServer));
    return endpoints;
}

ApiEndpoints ApiEndpoints::singleServer(const QUrl &base)
{
    ApiEndpoints endpoints;
    for (const Descriptor &entry : descriptors())
        endpoints.*entry.url = base;
    return endpoints;
}
