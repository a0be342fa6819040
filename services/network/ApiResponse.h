#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>

// A successful (2xx) answer, JSON already parsed when there was a body.
struct ApiResponse
{
    int status = 0;
    QByteArray body;
    QJsonDocument json;
    QList<QPair<QByteArray, QByteArray>> headers;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const;
};
