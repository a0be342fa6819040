#include "services/api/PermissionsUnparsed.h"

#include "services/api/PermissionsService.h"

namespace PermissionsUnparsed {

ApiCall *listAllAssignments(PermissionsService *service, QObject *context,
                            UnparsedAnswer::BytesCallback done)
{
    return UnparsedAnswer::send(service->client(),
                                ApiRequest::get(Api::Permissions,
                                                QStringLiteral("/v1/permissions/assignments"),
                                                QStringLiteral("listAllAssignments")),
                                context, std::move(done));
}

} // namespace PermissionsUnparsed
