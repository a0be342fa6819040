#pragma once

#include "services/network/ApiRequest.h"
#include "services/network/ApiResponse.h"
#include "services/network/ApiResult.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <functional>

class ApiClient;
class QNetworkReply;

// One request in flight, with its retries and redirects. Deletes itself after it has finished.
class ApiCall : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const ApiResult<ApiResponse> &)>;

    ApiCall(ApiClient *client, const ApiRequest &request, const QUrl &url, QObject *context,
            Callback callback);
    ~ApiCall() override;

    // Stops the call; the callback receives a Cancelled error (when its context still lives).
    void cancel();
    bool isFinished() const { return m_finished; }
    const ApiRequest &request() const { return m_request; }

    void start();
    void finishWith(const ApiError &error); // used when the request is refused before sending

signals:
    void finished();

private:
    void sendAttempt();
    void onReplyFinished(QNetworkReply *reply);
    void onTimeout();
    bool followRedirect(QNetworkReply *reply, int status);
    bool scheduleRetry(QNetworkReply *reply, int status);
    ApiError errorFor(QNetworkReply *reply, int status, const QByteArray &body) const;
    void succeed(QNetworkReply *reply, int status, const QByteArray &body);
    void report(QNetworkReply *reply, int status, qint64 bytes, const QString &error);
    void deliver(const ApiResult<ApiResponse> &result);
    void abandon();

    ApiClient *m_client;
    ApiRequest m_request;
    QUrl m_url;
    QUrl m_originalUrl;
    QByteArray m_method;
    bool m_sendBody;
    QPointer<QObject> m_context;
    bool m_hadContext;
    Callback m_callback;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QTimer m_retryTimer;
    QElapsedTimer m_attemptClock;
    QElapsedTimer m_totalClock;
    QStringList m_tlsErrors;
    int m_attempt = 1;
    int m_redirects = 0;
    bool m_timedOut = false;
    bool m_cancelled = false;
    bool m_finished = false;
};
