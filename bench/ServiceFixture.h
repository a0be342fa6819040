#pragma once

#include "bench/BenchOptions.h"
#include "services/network/ApiClient.h"
#include "services/api/UserService.h"

#include <QNetworkAccessManager>

// The application's service layer pointed at the benchmark's server: one network access
// manager, the ApiClient and the UserService, as a Session holds them.
struct ServiceFixture
{
    explicit ServiceFixture(const BenchOptions &options) : client(&network), users(&client)
    {
        client.setEndpoints(options.endpoints());
        client.setToken(options.token());
    }

    QNetworkAccessManager network;
    ApiClient client;
    UserService users;
};
