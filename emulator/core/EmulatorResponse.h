#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

// What a handler answers; the server writes it to the socket (possibly after injected faults).
struct EmulatorResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;

    static EmulatorResponse json(int status, const QJsonValue &value);
    static EmulatorResponse error(int status, const QString &message); // {"message": "..."}
    static EmulatorResponse empty(int status = 204);
    static EmulatorResponse html(int status, const QString &document);
    static EmulatorResponse redirect(const QByteArray &location);

    EmulatorResponse &withHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
        return *this;
    }
};
