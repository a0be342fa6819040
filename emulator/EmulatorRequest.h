#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QUrlQuery>

// Who called a secured operation: resolved by the framework from the bearer token.
// All fields are empty for public operations.
struct Caller
{
    QString token;
    QString userId;
    QString organizationId;
};

// One HTTP request as the handlers see it: the body is parsed already (bad JSON was answered
// with 400 before any handler runs).
struct EmulatorRequest
{
    QByteArray method;
    QString path;
    QHash<QString, QString> pathParams; // from the pattern's "{name}" placeholders
    QUrlQuery query;
    QJsonValue body;
    bool hasBody = false;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    Caller caller;
    QByteArray rawBody; // as received; parsed into body by the framework after routing and auth

    // The query parameter's fully decoded value ("" when missing).
    QString queryValue(const QString &name) const
    {
        return query.queryItemValue(name, QUrl::FullyDecoded);
    }
    QJsonObject bodyObject() const { return body.toObject(); }
};
