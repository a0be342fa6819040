#include "services/network/ApiError.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

// epilot services answer errors as {"message": …}, {"error": …} or {"error": {"message": …}}.
QString serverMessageFrom(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return {};
    const QJsonObject object = document.object();
    if (object.value(QStringLiteral("message")).isString())
        return object.value(QStringLiteral("message")).toString();
    const QJsonValue error = object.value(QStringLiteral("error"));
    if (error.isString())
        return error.toString();
    if (error.isObject() && error.toObject().value(QStringLiteral("message")).isString())
        return error.toObject().value(QStringLiteral("message")).toString();
    return {};
}

QString statusText(int status)
{
    switch (status) {
    case 400:
        return ApiError::tr("The server refused the request as invalid (400)");
    case 403:
        return ApiError::tr("Not allowed (403)");
    case 404:
        return ApiError::tr("Not found (404)");
    case 409:
        return ApiError::tr("Conflict with the current state (409)");
    case 413:
        return ApiError::tr("The request is too large (413)");
    case 422:
        return ApiError::tr("The server could not process the request (422)");
    case 429:
        return ApiError::tr("Too many requests; try again shortly (429)");
    case 500:
        return ApiError::tr("The server had an internal error (500)");
    case 502:
        return ApiError::tr("Bad gateway (502)");
    case 503:
        return ApiError::tr("The service is unavailable right now (503)");
    case 504:
        return ApiError::tr("The gateway timed out (504)");
    default:
        return ApiError::tr("The server answered with HTTP status %1").arg(status);
    }
}

} // namespace

QString ApiError::kindName() const
{
    switch (kind) {
    case Kind::Connection:
        return tr("Connection failed");
    case Kind::Timeout:
        return tr("Timed out");
    case Kind::Cancelled:
        return tr("Cancelled");
    case Kind::Http:
        return tr("Server error");
    case Kind::Unauthorized:
        return tr("Session ended");
    case Kind::InvalidResponse:
        return tr("Unexpected answer");
    case Kind::InvalidRequest:
        return tr("Invalid input");
    case Kind::InsecureUrl:
        return tr("Insecure address");
    case Kind::Tls:
        return tr("Secure connection failed");
    }
    return {};
}

ApiError ApiError::make(Kind kind, const QString &message, const QString &url)
{
    ApiError error;
    error.kind = kind;
    error.message = message;
    error.url = url;
    return error;
}

ApiError ApiError::fromHttpStatus(int status, const QByteArray &body, const QString &url)
{
    ApiError error;
    error.kind = status == 401 ? Kind::Unauthorized : Kind::Http;
    error.httpStatus = status;
    error.url = url;
    error.serverMessage = serverMessageFrom(body);
    error.keepBody(body);
    const QString summary = status == 401 ? tr("Your session has ended; please sign in again (401)")
                                          : statusText(status);
    error.message =
        error.serverMessage.isEmpty() ? summary : tr("%1: %2").arg(summary, error.serverMessage);
    return error;
}

ApiError ApiError::invalidRequest(const QString &message)
{
    return make(Kind::InvalidRequest, message);
}

ApiError ApiError::damagedAnswer(bool read, const QByteArray &body, const QString &url)
{
    ApiError error = make(
        Kind::InvalidResponse,
        read ? tr("The server's answer arrived damaged (incomplete or garbled). Nothing was "
                  "changed; trying again is safe.")
             : tr("The server's answer arrived damaged (incomplete or garbled). The change may "
                  "have been made: look before trying again."),
        url);
    error.keepBody(body);
    return error;
}

void ApiError::keepBody(const QByteArray &answer)
{
    body = answer.left(keptBodyBytes);
    bodySize = answer.size();
}
