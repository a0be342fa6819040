#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

// Who called a secured operation: resolved by the framework from the bearer token.
// All fields are empty for public operations.
struct Caller
{
    QString token;
    QString userId;
    QString organizationId;
    // Set when the bearer is an access token made with createAccessToken (trigger type "api"):
    // its id, whether it may only read, and the role ids it acts with.
    QString accessTokenId;
    bool readOnly = false;
    QStringList assignments;

    bool isAccessToken() const { return !accessTokenId.isEmpty(); }
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
    QString
        encodedPath; // as received; routing decodes it segment by segment ("%2F" stays inside one)

    // The query parameter's fully decoded value ("" when missing); '+' means a space, as in
    // HTML forms and for API Gateway, while "%2B" stays a plus sign.
    QString queryValue(const QString &name) const
    {
        QString encoded = query.queryItemValue(name, QUrl::FullyEncoded);
        encoded.replace(QLatin1Char('+'), QLatin1String("%20"));
        return QUrl::fromPercentEncoding(encoded.toLatin1());
    }
    QJsonObject bodyObject() const { return body.toObject(); }
};
