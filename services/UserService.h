#pragma once

#include "services/ServiceCall.h"

#include <QObject>

// The User API (user.json): users, invitations, groups, the signed-in user, settings, passkeys,
// navigations and the public account operations. Each call mirrors one operationId.
class UserService : public QObject
{
    Q_OBJECT
public:
    explicit UserService(ApiClient *client, QObject *parent = nullptr);

    ApiCall *getMeV2(QObject *context, ObjectCallback done);

    ApiClient *client() const { return m_client; }

private:
    ApiClient *m_client;
};
