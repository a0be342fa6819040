#include "services/network/ApiRequest.h"

#include <QUrl>

ApiRequest ApiRequest::get(Api api, const QString &path, const QString &operationId)
{
    ApiRequest request;
    request.api = api;
    request.path = path;
    request.operationId = operationId;
    return request;
}

ApiRequest ApiRequest::withBody(Api api, const QByteArray &method, const QString &path,
                                const QJsonDocument &body, const QString &operationId)
{
    ApiRequest request;
    request.api = api;
    request.method = method;
    request.path = path;
    request.body = body;
    request.hasBody = true;
    request.operationId = operationId;
    return request;
}

bool ApiRequest::isIdempotent() const
{
    return method == "GET" || method == "PUT" || method == "DELETE" || method == "HEAD";
}

QString ApiRequest::segment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}
