#include "services/api/UserService.h"

UserService::UserService(ApiClient *client, QObject *parent) : QObject(parent), m_client(client) {}

ApiCall *UserService::getMeV2(QObject *context, ObjectCallback done)
{
    return ServiceCall::object(m_client, ApiRequest::get(Api::User, "/v2/users/me", "getMeV2"),
                               context, std::move(done));
}

// --- Users, invitations and groups -----------------------------------------------------------

namespace {

void addPage(QUrlQuery &query, const QString &text, int limit, int offset)
{
    if (!text.isEmpty())
        query.addQueryItem(QStringLiteral("query"), text);
    if (limit > 0)
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (offset > 0)
        query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
}

QString userPath(const QString &id)
{
    return QStringLiteral("/v2/users/") + ApiRequest::segment(id);
}

QString groupPath(const QString &id)
{
    return QStringLiteral("/v1/groups/") + ApiRequest::segment(id);
}

} // namespace

ApiCall *UserService::listUsersV2(const QString &query, int limit, int offset, QObject *context,
                                  ArrayCallback done)
{
    ApiRequest request = ApiRequest::get(Api::User, QStringLiteral("/v2/users"), "listUsersV2");
    addPage(request.query, query, limit, offset);
    return ServiceCall::array(m_client, request, context, std::move(done),
                              QStringLiteral("results"));
}

ApiCall *UserService::listUsers(const QStringList &organizationIds, const QString &query, int limit,
                                int offset, QObject *context, ArrayCallback done)
{
    ApiRequest request = ApiRequest::get(Api::User, QStringLiteral("/v1/users"), "listUsers");
    // style form, explode false: one parameter with comma-separated ids.
    if (!organizationIds.isEmpty())
        request.query.addQueryItem(QStringLiteral("org_ids"),
                                   organizationIds.join(QLatin1Char(',')));
    addPage(request.query, query, limit, offset);
    return ServiceCall::array(m_client, request, context, std::move(done), QStringLiteral("users"));
}

ApiCall *UserService::getUserV2(const QString &id, QObject *context, ObjectCallback done)
{
    return ServiceCall::object(m_client, ApiRequest::get(Api::User, userPath(id), "getUserV2"),
                               context, std::move(done));
}

ApiCall *UserService::updateUserV2(const QString &id, const QJsonObject &changes, QObject *context,
                                   ObjectCallback done)
{
    return ServiceCall::object(m_client,
                               ApiRequest::withBody(Api::User, "PATCH", userPath(id),
                                                    QJsonDocument(changes), "updateUserV2"),
                               context, std::move(done));
}

ApiCall *UserService::deleteUserV2(const QString &id, QObject *context, ObjectCallback done)
{
    ApiRequest request = ApiRequest::get(Api::User, userPath(id), "deleteUserV2");
    request.method = "DELETE";
    return ServiceCall::object(m_client, request, context, std::move(done));
}

ApiCall *UserService::inviteUser(const QString &email, const QString &language,
                                 const QStringList &roles, QObject *context, ObjectCallback done)
{
    QJsonObject body{{QStringLiteral("email"), email}};
    if (!language.isEmpty())
        body.insert(QStringLiteral("language"), language);
    if (!roles.isEmpty())
        body.insert(QStringLiteral("roles"), QJsonArray::fromStringList(roles));
    return ServiceCall::object(m_client,
                               ApiRequest::withBody(Api::User, "POST",
                                                    QStringLiteral("/v2/users/invite"),
                                                    QJsonDocument(body), "inviteUser"),
                               context, std::move(done));
}

ApiCall *UserService::resendUserInvitation(const QString &email, const QString &language,
                                           QObject *context, ObjectCallback done)
{
    QJsonObject body{{QStringLiteral("email"), email}};
    if (!language.isEmpty())
        body.insert(QStringLiteral("language"), language);
    return ServiceCall::object(m_client,
                               ApiRequest::withBody(Api::User, "POST",
                                                    QStringLiteral("/v2/users/invite:resendEmail"),
                                                    QJsonDocument(body), "resendUserInvitation"),
                               context, std::move(done));
}

ApiCall *UserService::sendUserPasswordReset(const QString &email, QObject *context,
                                            ObjectCallback done)
{
    const QJsonObject body{{QStringLiteral("email"), email}};
    return ServiceCall::object(m_client,
                               ApiRequest::withBody(Api::User, "POST",
                                                    QStringLiteral("/v2/users:sendPasswordReset"),
                                                    QJsonDocument(body), "sendUserPasswordReset"),
                               context, std::move(done));
}

ApiCall *UserService::getGroupsForUser(const QString &userId, QObject *context, ArrayCallback done)
{
    return ServiceCall::array(m_client,
                              ApiRequest::get(Api::User,
                                              userPath(userId) + QStringLiteral("/groups"),
                                              "getGroupsForUser"),
                              context, std::move(done));
}

ApiCall *UserService::getGroups(const QString &query, int limit, int offset, bool hydrate,
                                QObject *context, ObjectCallback done)
{
    ApiRequest request = ApiRequest::get(Api::User, QStringLiteral("/v1/groups"), "getGroups");
    addPage(request.query, query, limit, offset);
    if (hydrate)
        request.query.addQueryItem(QStringLiteral("hydrate"), QStringLiteral("true"));
    return ServiceCall::object(m_client, request, context, std::move(done));
}

ApiCall *UserService::getGroup(const QString &id, bool hydrate, QObject *context,
                               ObjectCallback done)
{
    ApiRequest request = ApiRequest::get(Api::User, groupPath(id), "getGroup");
    if (hydrate)
        request.query.addQueryItem(QStringLiteral("hydrate"), QStringLiteral("true"));
    return ServiceCall::object(m_client, request, context, std::move(done));
}

ApiCall *UserService::createGroup(const QJsonObject &body, QObject *context, ObjectCallback done)
{
    return ServiceCall::object(m_client,
                               ApiRequest::withBody(Api::User, "POST", QStringLiteral("/v1/groups"),
                                                    QJsonDocument(body), "createGroup"),
                               context, std::move(done));
}

ApiCall *UserService::updateGroup(const QString &id, const QJsonObject &changes, QObject *context,
                                  ObjectCallback done)
{
    return ServiceCall::object(m_client,
                               ApiRequest::withBody(Api::User, "PATCH", groupPath(id),
                                                    QJsonDocument(changes), "updateGroup"),
                               context, std::move(done));
}

ApiCall *UserService::deleteGroup(const QString &id, QObject *context, DoneCallback done)
{
    ApiRequest request = ApiRequest::get(Api::User, groupPath(id), "deleteGroup");
    request.method = "DELETE";
    return ServiceCall::done(m_client, request, context, std::move(done));
}

ApiCall *UserService::advanceUserAssignment(const QString &groupId, QObject *context,
                                            ObjectCallback done)
{
    ApiRequest request = ApiRequest::get(
        Api::User, groupPath(groupId) + QStringLiteral("/user:next"), "advanceUserAssignment");
    request.method = "POST";
    return ServiceCall::object(m_client, request, context, std::move(done));
}

// --- end of users, invitations and groups -----------------------------------------------------
