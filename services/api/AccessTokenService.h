#pragma once

#include "services/network/ServiceCall.h"

#include <QObject>

// The Access Token API (access-token.json): list, create and revoke. createAccessToken hands
// back the answer's raw JSON text, which holds the new token: the caller reads it with
// NewAccessToken::fromAnswer and wipes it. ApiCall knows the operation: it keeps no copy of
// that answer (not parsed, not in an error) and overwrites its own buffer.
class AccessTokenService : public QObject
{
    Q_OBJECT
public:
    using SecretCallback = std::function<void(const ApiResult<QByteArray> &)>;

    explicit AccessTokenService(ApiClient *client, QObject *parent = nullptr);

    // The tokens of type api (never the tokens themselves).
    ApiCall *listAccessTokens(QObject *context, ArrayCallback done);
    // `parameters` is AccessTokenRequest::toJson(); it must at least have a name.
    ApiCall *createAccessToken(const QJsonObject &parameters, QObject *context,
                               SecretCallback done);
    ApiCall *revokeAccessToken(const QString &id, QObject *context, ObjectCallback done);

private:
    ApiClient *m_client;
};
