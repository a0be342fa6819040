#include "models/OrganizationRoles.h"

#include "services/api/PermissionsService.h"

#include <QJsonArray>

OrganizationRoles::OrganizationRoles(PermissionsService *service, QObject *parent)
    : QObject(parent), m_service(service)
{
}

void OrganizationRoles::load(const QString &organizationId)
{
    if (m_call)
        m_call->cancel();
    m_call =
        m_service->listAllRoles(this, [this, organizationId](const ApiResult<QJsonArray> &result) {
            m_call = nullptr;
            if (!result.ok()) {
                m_error = result.error().message;
                emit failed(m_error);
                return;
            }
            m_error.clear();
            m_catalog = RoleCatalog(PermissionRole::listFromJson(result.value()), organizationId);
            emit loaded();
        });
}
