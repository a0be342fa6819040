#include "services/network/ServiceCall.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

namespace {

ApiError unexpectedShape(const QString &expected)
{
    return ApiError::make(
        ApiError::Kind::InvalidResponse,
        QCoreApplication::translate("ServiceCall", "The server's answer is not the %1 expected.")
            .arg(expected));
}

} // namespace

namespace ServiceCall {

ApiCall *object(ApiClient *client, const ApiRequest &request, QObject *context, ObjectCallback done)
{
    return client->send(request, context, [done](const ApiResult<ApiResponse> &result) {
        if (!result.ok())
            return done(result.error());
        if (!result.value().json.isObject())
            return done(unexpectedShape(QCoreApplication::translate("ServiceCall", "JSON object")));
        done(result.value().json.object());
    });
}

ApiCall *array(ApiClient *client, const ApiRequest &request, QObject *context, ArrayCallback done,
               const QString &arrayKey)
{
    return client->send(request, context, [done, arrayKey](const ApiResult<ApiResponse> &result) {
        if (!result.ok())
            return done(result.error());
        const QJsonDocument &json = result.value().json;
        if (arrayKey.isEmpty() && json.isArray())
            return done(json.array());
        if (!arrayKey.isEmpty() && json.isObject() && json.object().value(arrayKey).isArray())
            return done(json.object().value(arrayKey).toArray());
        // A missing list member means an empty list, as epilot's services omit it then.
        if (!arrayKey.isEmpty() && json.isObject() && !json.object().contains(arrayKey))
            return done(QJsonArray());
        done(unexpectedShape(QCoreApplication::translate("ServiceCall", "list")));
    });
}

ApiCall *done(ApiClient *client, const ApiRequest &request, QObject *context, DoneCallback done)
{
    return client->send(request, context, [done](const ApiResult<ApiResponse> &result) {
        if (!result.ok())
            return done(result.error());
        done(ApiResult<void>());
    });
}

void refuse(QObject *context, const QString &message, DoneCallback done)
{
    QTimer::singleShot(0, context, [done, message] { done(ApiError::invalidRequest(message)); });
}

} // namespace ServiceCall
