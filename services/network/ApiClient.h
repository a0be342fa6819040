#pragma once

#include "services/network/ActivityEntry.h"
#include "services/network/ApiCall.h"
#include "services/network/ApiEndpoints.h"
#include "services/network/ApiRequest.h"

#include <QObject>
#include <chrono>

class QNetworkAccessManager;

// The one network client: builds every request (base URL, token, timeout, JSON), maps every
// failure to ApiError, retries idempotent calls on 429/503, follows redirects safely and reports
// each exchange to the Activity panel. Service classes talk to the APIs only through it.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    explicit ApiClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setEndpoints(const ApiEndpoints &endpoints) { m_endpoints = endpoints; }
    ApiEndpoints endpoints() const { return m_endpoints; }
    // Kept in memory only; never logged.
    void setToken(const QString &token) { m_token = token; }
    bool hasToken() const { return !m_token.isEmpty(); }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    // First back-off step for 429/503 without Retry-After; doubles per retry.
    void setRetryBaseDelay(std::chrono::milliseconds delay) { m_retryBaseDelay = delay; }
    std::chrono::milliseconds retryBaseDelay() const { return m_retryBaseDelay; }
    static constexpr int maxRetries = 3;
    static constexpr int maxRedirects = 10;

    // Sends the request; `done` runs once, later, and never after `context` is destroyed.
    // The returned handle may be used to cancel(); it deletes itself after finishing.
    ApiCall *send(const ApiRequest &request, QObject *context, ApiCall::Callback done);

    int callsInFlight() const { return m_callsInFlight; }
    QNetworkAccessManager *network() const { return m_network; }
    QByteArray authorizationHeader() const;

signals:
    void activity(const ActivityEntry &entry);
    // An authenticated request got 401: the token no longer works.
    void sessionExpired();

private:
    friend class ApiCall;
    void reportActivity(ActivityEntry entry);

    QNetworkAccessManager *m_network;
    ApiEndpoints m_endpoints = ApiEndpoints::defaults();
    QString m_token;
    std::chrono::milliseconds m_timeout{30000};
    std::chrono::milliseconds m_retryBaseDelay{1000};
    quint64 m_nextActivityId = 1;
    int m_callsInFlight = 0;
};
