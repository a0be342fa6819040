#include "services/api/PermissionsService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PermissionsService", text);
}

QString rolePath(const QString &roleId)
{
    return QStringLiteral("/v1/permissions/roles/") + ApiRequest::segment(roleId);
}

QString assignmentPath(const QString &userId, const QString &roleId = {})
{
    QString path = QStringLiteral("/v1/permissions/assignments/") + ApiRequest::segment(userId);
    if (!roleId.isEmpty())
        path += QLatin1Char('/') + ApiRequest::segment(roleId);
    return path;
}

// Reports a refusal asynchronously, as a sent call would; there is no call to cancel.
template <typename Callback>
ApiCall *refuse(QObject *context, const QString &message, Callback done)
{
    QTimer::singleShot(0, context, [done, message] { done(ApiError::invalidRequest(message)); });
    return nullptr;
}

// The payload checks the server makes as well, so a form can say what is missing before sending.
QString rolePayloadProblem(const QJsonObject &role)
{
    if (role.value(QStringLiteral("name")).toString().trimmed().isEmpty())
        return tr("The role needs a name.");
    if (role.value(QStringLiteral("slug")).toString().trimmed().isEmpty())
        return tr("The role needs a slug.");
    if (role.value(QStringLiteral("type")).toString().isEmpty())
        return tr("The role needs a kind.");
    if (!role.value(QStringLiteral("grants")).isArray())
        return tr("The role has no grants list.");
    for (const QJsonValue &grant : role.value(QStringLiteral("grants")).toArray()) {
        if (grant.toObject().value(QStringLiteral("action")).toString().trimmed().isEmpty())
            return tr("Every grant needs an action.");
    }
    return {};
}

} // namespace

QJsonObject RoleSearch::toJson() const
{
    QJsonObject json{{QStringLiteral("limit"), limit}, {QStringLiteral("offset"), offset}};
    if (!query.trimmed().isEmpty())
        json.insert(QStringLiteral("query"), query.trimmed());
    if (!roleIds.isEmpty())
        json.insert(QStringLiteral("role_ids"), QJsonArray::fromStringList(roleIds));
    if (!organizationIds.isEmpty())
        json.insert(QStringLiteral("org_ids"), QJsonArray::fromStringList(organizationIds));
    if (!slugs.isEmpty())
        json.insert(QStringLiteral("slugs"), QJsonArray::fromStringList(slugs));
    return json;
}

QString RoleSearch::problem() const
{
    if (limit < 1)
        return tr("At least one role must be asked for.");
    if (offset < 0)
        return tr("The offset cannot be negative.");
    return {};
}

PermissionsService::PermissionsService(ApiClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
}

bool PermissionsService::isRoleId(const QString &roleId)
{
    const qsizetype colon = roleId.indexOf(QLatin1Char(':'));
    return colon > 0 && colon < roleId.size() - 1;
}

ApiCall *PermissionsService::listCurrentRoles(QObject *context, ArrayCallback done)
{
    return ServiceCall::array(
        m_client, ApiRequest::get(Api::Permissions, "/v1/permissions/me", "listCurrentRoles"),
        context, std::move(done), QStringLiteral("roles"));
}

ApiCall *PermissionsService::listAllRoles(QObject *context, ArrayCallback done)
{
    return ServiceCall::array(
        m_client, ApiRequest::get(Api::Permissions, "/v1/permissions/roles", "listAllRoles"),
        context, std::move(done), QStringLiteral("roles"));
}

ApiCall *PermissionsService::searchRoles(const RoleSearch &search, QObject *context,
                                         ObjectCallback done)
{
    const QString problem = search.problem();
    if (!problem.isEmpty())
        return refuse(context, problem, std::move(done));
    return ServiceCall::object(m_client,
                               ApiRequest::withBody(Api::Permissions, "POST",
                                                    "/v1/permissions/roles:search",
                                                    QJsonDocument(search.toJson()), "searchRoles"),
                               context, std::move(done));
}

ApiCall *PermissionsService::refuseRole(const QString &roleId, QObject *context,
                                        ObjectCallback &done)
{
    return refuse(context, tr("\"%1\" is not a role id (<organization id>:<slug>).").arg(roleId),
                  std::move(done));
}

ApiCall *PermissionsService::getRole(const QString &roleId, QObject *context, ObjectCallback done)
{
    if (!isRoleId(roleId))
        return refuseRole(roleId, context, done);
    return ServiceCall::object(m_client,
                               ApiRequest::get(Api::Permissions, rolePath(roleId), "getRole"),
                               context, std::move(done));
}

ApiCall *PermissionsService::createRole(const QJsonObject &role, QObject *context,
                                        ObjectCallback done)
{
    const QString problem = rolePayloadProblem(role);
    if (!problem.isEmpty())
        return refuse(context, problem, std::move(done));
    return ServiceCall::object(m_client,
                               ApiRequest::withBody(Api::Permissions, "POST",
                                                    "/v1/permissions/roles", QJsonDocument(role),
                                                    "createRole"),
                               context, std::move(done));
}

ApiCall *PermissionsService::putRole(const QString &roleId, const QJsonObject &role,
                                     QObject *context, ObjectCallback done)
{
    if (!isRoleId(roleId))
        return refuseRole(roleId, context, done);
    const QString problem = rolePayloadProblem(role);
    if (!problem.isEmpty())
        return refuse(context, problem, std::move(done));
    return ServiceCall::object(m_client,
                               ApiRequest::withBody(Api::Permissions, "PUT", rolePath(roleId),
                                                    QJsonDocument(role), "putRole"),
                               context, std::move(done));
}

ApiCall *PermissionsService::deleteRole(const QString &roleId, QObject *context,
                                        ObjectCallback done)
{
    if (!isRoleId(roleId))
        return refuseRole(roleId, context, done);
    ApiRequest request = ApiRequest::get(Api::Permissions, rolePath(roleId), "deleteRole");
    request.method = "DELETE";
    return ServiceCall::object(m_client, request, context, std::move(done));
}

ApiCall *PermissionsService::refreshPermissions(QObject *context, DoneCallback done)
{
    return ServiceCall::done(
        m_client,
        ApiRequest::get(Api::Permissions, "/v1/permissions/refresh", "refreshPermissions"), context,
        std::move(done));
}

ApiCall *PermissionsService::getAssignedRolesForUser(const QString &userId, QObject *context,
                                                     ArrayCallback done)
{
    if (userId.trimmed().isEmpty())
        return refuse(context, tr("No user chosen."), std::move(done));
    return ServiceCall::array(
        m_client,
        ApiRequest::get(Api::Permissions, assignmentPath(userId), "getAssignedRolesForUser"),
        context, std::move(done));
}

ApiCall *PermissionsService::assignRoles(const QString &userId, const QStringList &roleIds,
                                         QObject *context, ArrayCallback done)
{
    if (userId.trimmed().isEmpty())
        return refuse(context, tr("No user chosen."), std::move(done));
    for (const QString &roleId : roleIds) {
        if (!isRoleId(roleId))
            return refuse(context,
                          tr("\"%1\" is not a role id (<organization id>:<slug>).").arg(roleId),
                          std::move(done));
    }
    return ServiceCall::array(
        m_client,
        ApiRequest::withBody(Api::Permissions, "PUT", assignmentPath(userId),
                             QJsonDocument(QJsonArray::fromStringList(roleIds)), "assignRoles"),
        context, std::move(done));
}

ApiCall *PermissionsService::addAssignment(const QString &userId, const QString &roleId,
                                           QObject *context, ObjectCallback done)
{
    if (userId.trimmed().isEmpty())
        return refuse(context, tr("No user chosen."), std::move(done));
    if (!isRoleId(roleId))
        return refuseRole(roleId, context, done);
    ApiRequest request =
        ApiRequest::get(Api::Permissions, assignmentPath(userId, roleId), "addAssignment");
    request.method = "POST";
    return ServiceCall::object(m_client, request, context, std::move(done));
}

ApiCall *PermissionsService::removeAssignment(const QString &userId, const QString &roleId,
                                              QObject *context, ObjectCallback done)
{
    if (userId.trimmed().isEmpty())
        return refuse(context, tr("No user chosen."), std::move(done));
    if (!isRoleId(roleId))
        return refuseRole(roleId, context, done);
    ApiRequest request =
        ApiRequest::get(Api::Permissions, assignmentPath(userId, roleId), "removeAssignment");
    request.method = "DELETE";
    return ServiceCall::object(m_client, request, context, std::move(done));
}

ApiCall *PermissionsService::listAllAssignments(QObject *context, ArrayCallback done)
{
    return ServiceCall::array(
        m_client,
        ApiRequest::get(Api::Permissions, "/v1/permissions/assignments", "listAllAssignments"),
        context, std::move(done), QStringLiteral("assignments"));
}
