#pragma once

#include "services/network/ApiEndpoints.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QString>
#include <QUrlQuery>

// One HTTP call to one of the three APIs, before the client turns it into a network request.
struct ApiRequest
{
    Api api = Api::User;
    QByteArray method = "GET";
    QString path; // e.g. "/v2/users/123"; segments already percent-encoded where needed
    QUrlQuery query;
    QJsonDocument body; // sent when hasBody
    QByteArray rawBody; // JSON text sent instead of `body` when set: scalars ("de", true) that
                        // QJsonDocument cannot hold, as setting values may be
    bool hasBody = false;
    bool authenticated = true;
    QString operationId; // as in the OpenAPI definition, for the Activity panel
    // How ApiCall hands over a 2xx answer: parsed into `json`; as bytes only (a large answer read
    // on a worker thread); or as bytes that are never kept in an error and whose buffer is
    // overwritten afterwards (an answer carrying a secret, such as a new API token).
    enum class Answer { Parsed, Bytes, Secret };
    Answer answer = Answer::Parsed;

    static ApiRequest get(Api api, const QString &path, const QString &operationId = {});
    static ApiRequest withBody(Api api, const QByteArray &method, const QString &path,
                               const QJsonDocument &body, const QString &operationId = {});
    bool isIdempotent() const;
    // Encodes one path segment (an id from the user or the server) safely.
    static QString segment(const QString &value);
};
