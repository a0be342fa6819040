#include "services/api/AccessTokenService.h"

#include <QCoreApplication>
#include <QTimer>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AccessTokenService", text);
}

template <typename Callback>
ApiCall *refuse(QObject *context, const QString &message, Callback done)
{
    QTimer::singleShot(0, context, [done, message] { done(ApiError::invalidRequest(message)); });
    return nullptr;
}

} // namespace

AccessTokenService::AccessTokenService(ApiClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
}

ApiCall *AccessTokenService::listAccessTokens(QObject *context, ArrayCallback done)
{
    ApiRequest request =
        ApiRequest::get(Api::AccessToken, QStringLiteral("/v1/access-tokens"), "listAccessTokens");
    request.query.addQueryItem(QStringLiteral("token_type"), QStringLiteral("api"));
    return ServiceCall::array(m_client, request, context, std::move(done));
}

ApiCall *AccessTokenService::createAccessToken(const QJsonObject &parameters, QObject *context,
                                               SecretCallback done)
{
    if (parameters.value(QStringLiteral("name")).toString().trimmed().isEmpty())
        return refuse(context, tr("The token needs a name."), std::move(done));
    ApiRequest request =
        ApiRequest::withBody(Api::AccessToken, "POST", QStringLiteral("/v1/access-tokens"),
                             QJsonDocument(parameters), "createAccessToken");
    request.answer = ApiRequest::Answer::Secret; // the new token: never parsed or kept here
    return m_client->send(request, context, [done](const ApiResult<ApiResponse> &result) {
        if (!result.ok())
            return done(result.error());
        done(result.value().body);
    });
}

ApiCall *AccessTokenService::revokeAccessToken(const QString &id, QObject *context,
                                               ObjectCallback done)
{
    if (id.trimmed().isEmpty())
        return refuse(context, tr("No token chosen."), std::move(done));
    ApiRequest request = ApiRequest::get(
        Api::AccessToken, QStringLiteral("/v1/access-tokens/") + ApiRequest::segment(id),
        "revokeAccessToken");
    request.method = "DELETE";
    return ServiceCall::object(m_client, request, context, std::move(done));
}
