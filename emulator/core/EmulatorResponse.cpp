#include "emulator/core/EmulatorResponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

EmulatorResponse EmulatorResponse::json(int status, const QJsonValue &value)
{
    EmulatorResponse response;
    response.status = status;
    if (value.isArray())
        response.body = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    else if (value.isObject())
        response.body = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    else // scalars: QJsonDocument cannot hold them, so wrap and cut the brackets off
        response.body =
            QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    return response;
}

EmulatorResponse EmulatorResponse::error(int status, const QString &message)
{
    return json(status, QJsonObject{{QStringLiteral("message"), message}});
}

EmulatorResponse EmulatorResponse::empty(int status)
{
    EmulatorResponse response;
    response.status = status;
    response.contentType.clear();
    return response;
}

EmulatorResponse EmulatorResponse::html(int status, const QString &document)
{
    EmulatorResponse response;
    response.status = status;
    response.contentType = "text/html; charset=utf-8";
    response.body = document.toUtf8();
    return response;
}

EmulatorResponse EmulatorResponse::redirect(const QByteArray &location)
{
    EmulatorResponse response = empty(302);
    response.headers.append({"Location", location});
    return response;
}
