#include "services/api/AccountService.h"

#include <QJsonObject>
#include <QTimer>

namespace {

QString settingPath(const QString &scope, const QString &key)
{
    return QStringLiteral("/v2/users/me/settings/") + ApiRequest::segment(scope) + '/' +
           ApiRequest::segment(key);
}

ApiRequest publicRequest(const QByteArray &method, const QString &path, const QString &operationId)
{
    ApiRequest request = ApiRequest::get(Api::User, path, operationId);
    request.method = method;
    request.authenticated = false;
    return request;
}

ApiRequest withToken(ApiRequest request, const QString &token)
{
    request.query.addQueryItem(QStringLiteral("token"),
                               QString::fromLatin1(QUrl::toPercentEncoding(token)));
    return request;
}

ApiRequest withJson(ApiRequest request, const QJsonObject &body)
{
    request.body = QJsonDocument(body);
    request.hasBody = true;
    return request;
}

} // namespace

AccountService::AccountService(ApiClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
}

QString AccountService::checkUserSetting(const QString &scope, const QString &key,
                                         const QByteArray &jsonValue)
{
    if (scope.isEmpty())
        return tr("The scope is empty.");
    if (scope.size() > maxScopeLength)
        return tr("The scope has %1 characters; the API allows at most %2.")
            .arg(scope.size())
            .arg(maxScopeLength);
    if (key.isEmpty())
        return tr("The key is empty.");
    if (key.size() > maxKeyLength)
        return tr("The key has %1 characters; the API allows at most %2.")
            .arg(key.size())
            .arg(maxKeyLength);
    QJsonParseError error;
    const QJsonDocument wrapped = QJsonDocument::fromJson('[' + jsonValue + ']', &error);
    if (jsonValue.trimmed().isEmpty() || error.error != QJsonParseError::NoError)
        return tr("The value is not valid JSON.");
    // The limit applies to the value serialized as compact JSON.
    const qsizetype bytes = wrapped.toJson(QJsonDocument::Compact).size() - 2;
    if (bytes > maxValueBytes)
        return tr("The value is %1 KiB as JSON; the API allows at most 64 KiB.")
            .arg(QString::number(bytes / 1024.0, 'f', 1));
    return {};
}

ApiCall *AccountService::listUserSettings(QObject *context, ObjectCallback done)
{
    return ServiceCall::object(
        m_client, ApiRequest::get(Api::User, "/v2/users/me/settings", "listUserSettings"), context,
        std::move(done));
}

ApiCall *AccountService::getUserSettingsScope(const QString &scope, QObject *context,
                                              ObjectCallback done)
{
    return ServiceCall::object(
        m_client,
        ApiRequest::get(Api::User, "/v2/users/me/settings/" + ApiRequest::segment(scope),
                        "getUserSettingsScope"),
        context, std::move(done));
}

ApiCall *AccountService::getUserSetting(const QString &scope, const QString &key, QObject *context,
                                        ObjectCallback done)
{
    return ServiceCall::object(
        m_client, ApiRequest::get(Api::User, settingPath(scope, key), "getUserSetting"), context,
        std::move(done));
}

ApiCall *AccountService::putUserSetting(const QString &scope, const QString &key,
                                        const QByteArray &jsonValue, QObject *context,
                                        ObjectCallback done)
{
    const QString problem = checkUserSetting(scope, key, jsonValue);
    if (!problem.isEmpty()) {
        QTimer::singleShot(0, context,
                           [done, problem] { done(ApiError::invalidRequest(problem)); });
        return nullptr;
    }
    ApiRequest request =
        ApiRequest::withBody(Api::User, "PUT", settingPath(scope, key), {}, "putUserSetting");
    request.rawBody = jsonValue.trimmed();
    return ServiceCall::object(m_client, request, context, std::move(done));
}

ApiCall *AccountService::deleteUserSetting(const QString &scope, const QString &key,
                                           QObject *context, DoneCallback done)
{
    ApiRequest request = ApiRequest::get(Api::User, settingPath(scope, key), "deleteUserSetting");
    request.method = "DELETE";
    return ServiceCall::done(m_client, request, context, std::move(done));
}

ApiCall *AccountService::listPasskeys(QObject *context, ArrayCallback done)
{
    return ServiceCall::array(m_client,
                              ApiRequest::get(Api::User, "/v2/users/me/passkeys", "listPasskeys"),
                              context, std::move(done), QStringLiteral("passkeys"));
}

ApiCall *AccountService::deletePasskey(const QString &credentialId, QObject *context,
                                       DoneCallback done)
{
    ApiRequest request = ApiRequest::get(
        Api::User, "/v2/users/me/passkeys/" + ApiRequest::segment(credentialId), "deletePasskey");
    request.method = "DELETE";
    return ServiceCall::done(m_client, request, context, std::move(done));
}

ApiCall *AccountService::switchOrganization(const QString &organizationId, QObject *context,
                                            ObjectCallback done)
{
    return ServiceCall::object(
        m_client,
        ApiRequest::withBody(Api::User, "POST", "/v2/users/switchOrganization",
                             QJsonDocument(QJsonObject{{"org_id", organizationId}}),
                             "switchOrganization"),
        context, std::move(done));
}

ApiCall *AccountService::getNavigation(const QString &id, QObject *context, ObjectCallback done)
{
    return ServiceCall::object(m_client,
                               ApiRequest::get(Api::User,
                                               "/v2/user/navigations/" + ApiRequest::segment(id),
                                               "getNavigation"),
                               context, std::move(done));
}

ApiCall *AccountService::createNavigation(const QString &name, const QJsonObject &configuration,
                                          QObject *context, ObjectCallback done)
{
    const QJsonObject body{{"name", name}, {"configuration", configuration}};
    return ServiceCall::object(m_client,
                               ApiRequest::withBody(Api::User, "POST", "/v2/user/navigations",
                                                    QJsonDocument(body), "createNavigation"),
                               context, std::move(done));
}

ApiCall *AccountService::checkInviteToken(const QString &token, QObject *context,
                                          ObjectCallback done)
{
    return ServiceCall::object(
        m_client,
        withToken(publicRequest("GET", "/v2/users/public/checkToken", "checkInviteToken"), token),
        context, std::move(done));
}

ApiCall *AccountService::activateUser(const QString &token, const QString &displayName,
                                      const QString &password, QObject *context, DoneCallback done)
{
    QJsonObject body{{"password", password}};
    if (!displayName.trimmed().isEmpty())
        body.insert("display_name", displayName.trimmed());
    return ServiceCall::done(
        m_client,
        withJson(
            withToken(publicRequest("POST", "/v2/users/public/activate", "activateUser"), token),
            body),
        context, std::move(done));
}

ApiCall *AccountService::rejectInvite(const QString &token, QObject *context, DoneCallback done)
{
    return ServiceCall::done(
        m_client,
        withToken(publicRequest("DELETE", "/v2/users/public/reject", "rejectInvite"), token),
        context, std::move(done));
}

ApiCall *AccountService::verifyEmailWithToken(const QString &token, const QString &password,
                                              QObject *context, DoneCallback done)
{
    return ServiceCall::done(
        m_client,
        withJson(
            withToken(publicRequest("POST", "/v2/users/public/verifyEmail", "verifyEmailWithToken"),
                      token),
            QJsonObject{{"password", password}}),
        context, std::move(done));
}

ApiCall *AccountService::requestPasswordReset(const QString &email, QObject *context,
                                              ObjectCallback done)
{
    return ServiceCall::object(
        m_client,
        withJson(
            publicRequest("POST", "/v2/users/public/requestPasswordReset", "requestPasswordReset"),
            QJsonObject{{"email", email}}),
        context, std::move(done));
}

ApiCall *AccountService::resetPassword(const QString &email, const QString &token,
                                       const QString &password, QObject *context,
                                       ObjectCallback done)
{
    return ServiceCall::object(
        m_client,
        withJson(publicRequest("POST", "/v2/users/public/resetPassword", "resetPassword"),
                 QJsonObject{{"email", email}, {"token", token}, {"password", password}}),
        context, std::move(done));
}

ApiCall *AccountService::signUpUser(const QJsonObject &payload, const QString &partnerToken,
                                    QObject *context, ObjectCallback done)
{
    ApiRequest request =
        withJson(publicRequest("POST", "/v2/users/public/signup", "signUpUser"), payload);
    if (!partnerToken.isEmpty())
        request = withToken(request, partnerToken);
    return ServiceCall::object(m_client, request, context, std::move(done));
}

ApiCall *AccountService::getUserLoginParametersV2(const QString &username, QObject *context,
                                                  ArrayCallback done)
{
    return ServiceCall::array(m_client,
                              publicRequest("GET",
                                            "/v2/users/public/username/" +
                                                ApiRequest::segment(username) +
                                                ":getLoginParameters",
                                            "getUserLoginParametersV2"),
                              context, std::move(done), QStringLiteral("login_parameters"));
}

ApiCall *AccountService::getUserLoginParameters(const QString &username, QObject *context,
                                                ArrayCallback done)
{
    return ServiceCall::array(
        m_client,
        publicRequest("GET",
                      "/v1/users/username/" + ApiRequest::segment(username) + ":getLoginParameters",
                      "getUserLoginParameters"),
        context, std::move(done), QStringLiteral("login_parameters"));
}
