#include "services/network/ApiClient.h"

#include "services/network/UrlPolicy.h"

#include <QNetworkAccessManager>
#include <QTimer>

ApiClient::ApiClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network)
{
}

ApiCall *ApiClient::send(const ApiRequest &request, QObject *context, ApiCall::Callback done)
{
    const QUrl base = m_endpoints.baseFor(request.api);
    QUrl url = base;
    QString basePath = base.path();
    if (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + request.path, QUrl::TolerantMode);
    if (!request.query.isEmpty())
        url.setQuery(request.query);

    auto *call = new ApiCall(this, request, url, context, std::move(done));
    ++m_callsInFlight;
    connect(call, &QObject::destroyed, this, [this] { --m_callsInFlight; });

    const QString refusal = UrlPolicy::check(base);
    if (refusal.isEmpty() && request.authenticated && m_token.isEmpty()) {
        call->finishWith(ApiError::make(ApiError::Kind::Unauthorized,
                                        tr("Not signed in: there is no token for this profile."),
                                        UrlPolicy::redacted(url)));
    } else if (!refusal.isEmpty()) {
        call->finishWith(
            ApiError::make(ApiError::Kind::InsecureUrl, refusal, UrlPolicy::redacted(url)));
    } else {
        call->start();
    }
    return call;
}

QByteArray ApiClient::authorizationHeader() const
{
    return "Bearer " + m_token.toUtf8();
}

void ApiClient::reportActivity(ActivityEntry entry)
{
    entry.id = m_nextActivityId++;
    emit activity(entry);
}
