#include "services/network/ApiEndpoints.h"

QUrl ApiEndpoints::baseFor(Api api) const
{
    switch (api) {
    case Api::User:
        return user;
    case Api::Organization:
        return organization;
    case Api::PartnerDirectory:
        return partnerDirectory;
    }
    return {};
}

ApiEndpoints ApiEndpoints::defaults()
{
    return {QUrl(QStringLiteral("https://user.sls.epilot.io")),
            QUrl(QStringLiteral("https://organization-v2.sls.epilot.io")),
            QUrl(QStringLiteral("https://partner-directory-api.sls.epilot.io"))};
}

ApiEndpoints ApiEndpoints::singleServer(const QUrl &base)
{
    return {base, base, base};
}
