#include "services/UserService.h"

UserService::UserService(ApiClient *client, QObject *parent) : QObject(parent), m_client(client) {}

ApiCall *UserService::getMeV2(QObject *context, ObjectCallback done)
{
    return ServiceCall::object(m_client, ApiRequest::get(Api::User, "/v2/users/me", "getMeV2"),
                               context, std::move(done));
}
