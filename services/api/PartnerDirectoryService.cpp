#include "services/api/PartnerDirectoryService.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimer>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PartnerDirectoryService", text);
}

// Reports a refusal asynchronously, as a sent call would; there is no call to cancel.
template <typename Callback>
ApiCall *refuse(QObject *context, const QString &message, Callback done)
{
    QTimer::singleShot(0, context, [done, message] { done(ApiError::invalidRequest(message)); });
    return nullptr;
}

QJsonArray stringArray(const QStringList &values)
{
    QJsonArray array;
    for (const QString &value : values)
        array.append(value);
    return array;
}

const QStringList &assignableTypes()
{
    static const QStringList types{"user", "partner_user", "partner_organization",
                                   "ecp",  "group",        "parent_organization_user"};
    return types;
}

QString partnerPath(const QString &organizationId, const QString &rest = {})
{
    return QStringLiteral("/v2/partners/%1%2").arg(ApiRequest::segment(organizationId), rest);
}

} // namespace

QJsonObject AssignableSearch::toJson() const
{
    QJsonObject body{{"q", q}, {"from", from}, {"size", size}};
    if (!types.isEmpty())
        body.insert("types", stringArray(types));
    if (!orgIds.isEmpty())
        body.insert("org_ids", stringArray(orgIds));
    if (!portalUsersEntityIdScope.isEmpty())
        body.insert("portalUsersEntityIdScope", portalUsersEntityIdScope);
    return body;
}

QString AssignableSearch::problem() const
{
    if (from < 0)
        return tr("The search offset cannot be negative.");
    if (size < 1 || size > 1000)
        return tr("The page size must be between 1 and 1000.");
    for (const QString &type : types) {
        if (!assignableTypes().contains(type))
            return tr("\"%1\" is not a type of assignable.").arg(type);
    }
    for (const QString &id : orgIds) {
        if (id.trimmed().isEmpty())
            return tr("An organization filter is empty.");
    }
    return {};
}

QJsonObject AssignableReference::toJson() const
{
    QJsonObject item;
    if (!userId.isEmpty())
        item.insert("user_id", userId);
    if (!groupId.isEmpty())
        item.insert("group_id", groupId);
    if (!orgId.isEmpty())
        item.insert("org_id", orgId);
    return item;
}

PartnerDirectoryService::PartnerDirectoryService(ApiClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
}

bool PartnerDirectoryService::isLanguage(const QString &language)
{
    return language == QLatin1String("en") || language == QLatin1String("de");
}

bool PartnerDirectoryService::isEmailAddress(const QString &email)
{
    // Deliberately simple: one @, something before, a dotted domain after, no spaces.
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    return pattern.match(email).hasMatch();
}

bool PartnerDirectoryService::isSlug(const QString &slug)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    return pattern.match(slug).hasMatch();
}

ApiCall *PartnerDirectoryService::approvePartner(const QString &partnerId, QObject *context,
                                                 ObjectCallback done)
{
    if (partnerId.trimmed().isEmpty())
        return refuse(context, tr("No partner chosen."), done);
    const QString path =
        QStringLiteral("/v1/partners/%1/approve").arg(ApiRequest::segment(partnerId));
    return ServiceCall::object(m_client,
                               ApiRequest::withBody(Api::PartnerDirectory, "POST", path,
                                                    QJsonDocument(QJsonObject()), "approvePartner"),
                               context, std::move(done));
}

ApiCall *PartnerDirectoryService::rejectPartner(const QString &partnerId, QObject *context,
                                                ObjectCallback done)
{
    if (partnerId.trimmed().isEmpty())
        return refuse(context, tr("No partner chosen."), done);
    const QString path =
        QStringLiteral("/v1/partners/%1/reject").arg(ApiRequest::segment(partnerId));
    return ServiceCall::object(m_client,
                               ApiRequest::withBody(Api::PartnerDirectory, "POST", path,
                                                    QJsonDocument(QJsonObject()), "rejectPartner"),
                               context, std::move(done));
}

ApiCall *PartnerDirectoryService::invitePartnerV2(const QString &partnerId, const QString &language,
                                                  QObject *context, ObjectCallback done)
{
    if (partnerId.trimmed().isEmpty())
        return refuse(context, tr("No partner chosen."), done);
    if (!isLanguage(language))
        return refuse(context, tr("The invitation language must be English (en) or German (de)."),
                      done);
    const QString path =
        QStringLiteral("/v2/partners/%1/invite").arg(ApiRequest::segment(partnerId));
    return ServiceCall::object(
        m_client,
        ApiRequest::withBody(Api::PartnerDirectory, "POST", path,
                             QJsonDocument(QJsonObject{{"language", language}}), "invitePartnerV2"),
        context, std::move(done));
}

ApiCall *PartnerDirectoryService::getPartnerByToken(const QString &token, QObject *context,
                                                    ObjectCallback done)
{
    if (token.trimmed().isEmpty())
        return refuse(context, tr("Enter the invitation token."), done);
    ApiRequest request =
        ApiRequest::get(Api::PartnerDirectory, "/v1/partner-directory/public/getPartnerByToken",
                        "getPartnerByToken");
    request.query.addQueryItem("token",
                               QString::fromLatin1(QUrl::toPercentEncoding(token.trimmed())));
    request.authenticated = false;
    return ServiceCall::object(m_client, request, context, std::move(done));
}

ApiCall *PartnerDirectoryService::activatePartner(const QString &token, const QString &companyName,
                                                  const QString &signedUpEmail,
                                                  const QString &organizationId, QObject *context,
                                                  DoneCallback done)
{
    if (token.trimmed().isEmpty())
        return refuse(context, tr("Enter the invitation token."), done);
    if (!isEmailAddress(signedUpEmail.trimmed()))
        return refuse(context, tr("\"%1\" is not an e-mail address.").arg(signedUpEmail), done);
    if (organizationId.trimmed().isEmpty())
        return refuse(context, tr("Enter the partner's organization id."), done);
    QJsonObject body{{"signed_up_email", signedUpEmail.trimmed()},
                     {"organization_id", organizationId.trimmed()}};
    if (!companyName.trimmed().isEmpty())
        body.insert("company_name", companyName.trimmed());
    ApiRequest request =
        ApiRequest::withBody(Api::PartnerDirectory, "POST", "/v1/partner-directory/public/activate",
                             QJsonDocument(body), "activatePartner");
    request.query.addQueryItem("token",
                               QString::fromLatin1(QUrl::toPercentEncoding(token.trimmed())));
    request.authenticated = false;
    return ServiceCall::done(m_client, request, context, std::move(done));
}

ApiCall *PartnerDirectoryService::searchAssignable(const AssignableSearch &search, QObject *context,
                                                   ObjectCallback done)
{
    const QString problem = search.problem();
    if (!problem.isEmpty())
        return refuse(context, problem, done);
    return ServiceCall::object(
        m_client,
        ApiRequest::withBody(Api::PartnerDirectory, "POST", "/v1/partners/assignables:search",
                             QJsonDocument(search.toJson()), "searchAssignable"),
        context, std::move(done));
}

ApiCall *PartnerDirectoryService::batchGetAssignable(const QList<AssignableReference> &items,
                                                     QObject *context, ObjectCallback done)
{
    if (items.isEmpty())
        return refuse(context, tr("Nothing to look up."), done);
    QJsonArray body;
    for (const AssignableReference &item : items) {
        if (item.userId.isEmpty() == item.groupId.isEmpty())
            return refuse(context, tr("Each look-up needs either a user id or a group id."), done);
        body.append(item.toJson());
    }
    return ServiceCall::object(m_client,
                               ApiRequest::withBody(Api::PartnerDirectory, "POST",
                                                    "/v1/partners/assignables:batchGet",
                                                    QJsonDocument(body), "batchGetAssignable"),
                               context, std::move(done));
}

ApiCall *PartnerDirectoryService::searchGeolocationForText(const QString &address, QObject *context,
                                                           ObjectCallback done)
{
    if (address.trimmed().isEmpty())
        return refuse(context, tr("Enter an address."), done);
    return ServiceCall::object(
        m_client,
        ApiRequest::withBody(Api::PartnerDirectory, "POST", "/v1/geolocation/text:search",
                             QJsonDocument(QJsonObject{{"address", address.trimmed()}}),
                             "searchGeolocationForText"),
        context, std::move(done));
}

ApiCall *PartnerDirectoryService::getPartnerUsers(const QString &organizationId, QObject *context,
                                                  ArrayCallback done)
{
    if (organizationId.trimmed().isEmpty())
        return refuse(context, tr("No partner organization chosen."), done);
    return ServiceCall::array(m_client,
                              ApiRequest::get(Api::PartnerDirectory,
                                              partnerPath(organizationId, "/users"),
                                              "getPartnerUsers"),
                              context, std::move(done), "results");
}

ApiCall *PartnerDirectoryService::createPartnerUser(const QString &organizationId,
                                                    const QString &email, const QString &language,
                                                    const QStringList &roleIds, QObject *context,
                                                    ObjectCallback done)
{
    if (organizationId.trimmed().isEmpty())
        return refuse(context, tr("No partner organization chosen."), done);
    if (!isEmailAddress(email.trimmed()))
        return refuse(context, tr("\"%1\" is not an e-mail address.").arg(email), done);
    if (!language.isEmpty() && !isLanguage(language))
        return refuse(context, tr("The language must be English (en) or German (de)."), done);
    QJsonObject body{{"email", email.trimmed()}};
    if (!language.isEmpty())
        body.insert("language", language);
    if (!roleIds.isEmpty())
        body.insert("roles", stringArray(roleIds));
    return ServiceCall::object(m_client,
                               ApiRequest::withBody(Api::PartnerDirectory, "POST",
                                                    partnerPath(organizationId, "/users"),
                                                    QJsonDocument(body), "createPartnerUser"),
                               context, std::move(done));
}

ApiCall *PartnerDirectoryService::deletePartnerUser(const QString &organizationId,
                                                    const QString &userId, QObject *context,
                                                    DoneCallback done)
{
    if (organizationId.trimmed().isEmpty() || userId.trimmed().isEmpty())
        return refuse(context, tr("No partner user chosen."), done);
    ApiRequest request = ApiRequest::get(
        Api::PartnerDirectory, partnerPath(organizationId, "/users/" + ApiRequest::segment(userId)),
        "deletePartnerUser");
    request.method = "DELETE";
    return ServiceCall::done(m_client, request, context, std::move(done));
}

ApiCall *PartnerDirectoryService::assignPartnerUserRoles(const QString &organizationId,
                                                         const QString &userId,
                                                         const QStringList &roleIds,
                                                         QObject *context, ArrayCallback done)
{
    return roleAssignment("POST", "assignPartnerUserRoles", organizationId, userId, roleIds,
                          context, std::move(done));
}

ApiCall *PartnerDirectoryService::unassignPartnerUserRoles(const QString &organizationId,
                                                           const QString &userId,
                                                           const QStringList &roleIds,
                                                           QObject *context, ArrayCallback done)
{
    return roleAssignment("DELETE", "unassignPartnerUserRoles", organizationId, userId, roleIds,
                          context, std::move(done));
}

ApiCall *PartnerDirectoryService::roleAssignment(const QByteArray &method,
                                                 const QString &operationId,
                                                 const QString &organizationId,
                                                 const QString &userId, const QStringList &roleIds,
                                                 QObject *context, ArrayCallback done)
{
    if (organizationId.trimmed().isEmpty() || userId.trimmed().isEmpty())
        return refuse(context, tr("No partner user chosen."), done);
    if (roleIds.isEmpty())
        return refuse(context, tr("No roles chosen."), done);
    const QString path =
        partnerPath(organizationId, "/users/" + ApiRequest::segment(userId) + "/roles");
    return ServiceCall::array(
        m_client,
        ApiRequest::withBody(Api::PartnerDirectory, method, path,
                             QJsonDocument(QJsonObject{{"roleIds", stringArray(roleIds)}}),
                             operationId),
        context, std::move(done), "results");
}

ApiCall *PartnerDirectoryService::getPartnerRoles(const QString &organizationId, QObject *context,
                                                  ArrayCallback done)
{
    if (organizationId.trimmed().isEmpty())
        return refuse(context, tr("No partner organization chosen."), done);
    return ServiceCall::array(m_client,
                              ApiRequest::get(Api::PartnerDirectory,
                                              partnerPath(organizationId, "/roles"),
                                              "getPartnerRoles"),
                              context, std::move(done), "results");
}

namespace {

QString rolePayloadProblem(const QJsonObject &role)
{
    if (role.value("name").toString().trimmed().isEmpty())
        return tr("The role needs a name.");
    if (!PartnerDirectoryService::isSlug(role.value("slug").toString()))
        return tr("The slug must start with a lower-case letter and hold only lower-case "
                  "letters, digits and underscores.");
    if (!role.value("grants").isArray())
        return tr("The role has no grants list.");
    return {};
}

} // namespace

ApiCall *PartnerDirectoryService::createPartnerRole(const QString &organizationId,
                                                    const QJsonObject &role, QObject *context,
                                                    ObjectCallback done)
{
    if (organizationId.trimmed().isEmpty())
        return refuse(context, tr("No partner organization chosen."), done);
    const QString problem = rolePayloadProblem(role);
    if (!problem.isEmpty())
        return refuse(context, problem, done);
    return ServiceCall::object(m_client,
                               ApiRequest::withBody(Api::PartnerDirectory, "POST",
                                                    partnerPath(organizationId, "/roles"),
                                                    QJsonDocument(role), "createPartnerRole"),
                               context, std::move(done));
}

ApiCall *PartnerDirectoryService::updatePartnerRole(const QString &organizationId,
                                                    const QString &roleId, const QJsonObject &role,
                                                    QObject *context, ObjectCallback done)
{
    if (organizationId.trimmed().isEmpty() || roleId.trimmed().isEmpty())
        return refuse(context, tr("No role chosen."), done);
    const QString problem = rolePayloadProblem(role);
    if (!problem.isEmpty())
        return refuse(context, problem, done);
    return ServiceCall::object(
        m_client,
        ApiRequest::withBody(Api::PartnerDirectory, "PUT",
                             partnerPath(organizationId, "/roles/" + ApiRequest::segment(roleId)),
                             QJsonDocument(role), "updatePartnerRole"),
        context, std::move(done));
}

ApiCall *PartnerDirectoryService::deletePartnerRole(const QString &organizationId,
                                                    const QString &roleId, QObject *context,
                                                    DoneCallback done)
{
    if (organizationId.trimmed().isEmpty() || roleId.trimmed().isEmpty())
        return refuse(context, tr("No role chosen."), done);
    ApiRequest request = ApiRequest::get(
        Api::PartnerDirectory, partnerPath(organizationId, "/roles/" + ApiRequest::segment(roleId)),
        "deletePartnerRole");
    request.method = "DELETE";
    return ServiceCall::done(m_client, request, context, std::move(done));
}
