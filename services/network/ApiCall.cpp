#include "services/network/ApiCall.h"

#include "services/network/ApiClient.h"
#include "services/network/StrictJson.h"
#include "services/network/UrlPolicy.h"

#include <QJsonArray>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>
#include <algorithm>

namespace {

constexpr qint64 maxRetryDelayMs = 60000;

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

// Retry-After is either delta-seconds or an HTTP date; -1 when absent or unreadable.
qint64 retryAfterMs(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool isNumber = false;
    const qint64 seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return std::max<qint64>(0, seconds) * 1000;
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(trimmed), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when));
}

} // namespace

ApiCall::ApiCall(ApiClient *client, const ApiRequest &request, const QUrl &url, QObject *context,
                 Callback callback)
    : QObject(client), m_client(client), m_request(request), m_url(url), m_originalUrl(url),
      m_method(request.method), m_sendBody(request.hasBody), m_context(context),
      m_hadContext(context != nullptr), m_callback(std::move(callback))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &ApiCall::onTimeout);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiCall::sendAttempt);
    if (context)
        connect(context, &QObject::destroyed, this, &ApiCall::abandon);
    m_totalClock.start();
}

ApiCall::~ApiCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiCall::start()
{
    sendAttempt();
}

void ApiCall::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    m_retryTimer.stop();
    if (m_reply)
        m_reply->abort(); // emits finished() synchronously → onReplyFinished
    else
        deliver(ApiError::make(ApiError::Kind::Cancelled, tr("Cancelled."),
                               UrlPolicy::redacted(m_url)));
}

void ApiCall::abandon()
{
    // The context is gone: stop quietly, nobody is left to tell.
    m_context = nullptr;
    m_hadContext = true;
    cancel();
}

void ApiCall::finishWith(const ApiError &error)
{
    // Callbacks always run later, never inside send(), so callers see one order of events.
    QTimer::singleShot(0, this, [this, error] { deliver(error); });
}

void ApiCall::sendAttempt()
{
    QNetworkRequest request(m_url);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    if (m_request.authenticated && m_client->hasToken() &&
        UrlPolicy::sameOrigin(m_url, m_originalUrl))
        request.setRawHeader("Authorization", m_client->authorizationHeader());
    QByteArray payload;
    if (m_sendBody) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        payload = m_request.rawBody.isEmpty() ? m_request.body.toJson(QJsonDocument::Compact)
                                              : m_request.rawBody;
    }
    m_tlsErrors.clear();
    m_timedOut = false;
    m_attemptClock.start();
    QNetworkReply *reply = m_client->network()->sendCustomRequest(request, m_method, payload);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReplyFinished(reply); });
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            m_tlsErrors << error.errorString();
    });
    m_timeout.start(m_client->timeout());
}

void ApiCall::onTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort();
}

// An answer that carries a secret nothing but its caller may hold (the new token of
// createAccessToken) is not parsed or kept in an error here.
static bool answersSecret(const ApiRequest &request)
{
    return request.answer == ApiRequest::Answer::Secret;
}

// Overwrites a buffer this call alone holds; a shared one is only released.
static void overwrite(QByteArray &bytes)
{
    if (bytes.isDetached()) {
        volatile char *data = bytes.data();
        for (qsizetype i = 0; i < bytes.size(); ++i)
            data[i] = 0;
    }
    bytes = QByteArray();
}

void ApiCall::onReplyFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    if (m_reply != reply || m_finished)
        return;
    m_reply = nullptr;
    m_timeout.stop();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QByteArray body = m_cancelled || m_timedOut ? QByteArray() : reply->readAll();

    if (m_cancelled) {
        report(reply, 0, 0, tr("Cancelled"));
        deliver(ApiError::make(ApiError::Kind::Cancelled, tr("Cancelled."),
                               UrlPolicy::redacted(m_url)));
        return;
    }
    if (m_timedOut) {
        const auto seconds = m_client->timeout().count() / 1000.0;
        const ApiError error = ApiError::make(
            ApiError::Kind::Timeout,
            tr("The server did not answer within %1 seconds (%2).").arg(seconds).arg(m_url.host()),
            UrlPolicy::redacted(m_url));
        report(reply, 0, 0, error.message);
        deliver(error);
        return;
    }
    if (status >= 200 && status < 300 && answersSecret(m_request)) {
        // Handed over unparsed (domain/ reads it), never kept here, and this buffer overwritten
        // once the caller is done with it.
        ApiResponse response;
        response.status = status;
        response.body = body;
        response.headers = reply->rawHeaderPairs();
        response.elapsedMs = m_totalClock.elapsed();
        report(reply, status, body.size(), {});
        deliver(response);
        response.body = QByteArray();
        overwrite(body);
        return;
    }
    if (status >= 200 && status < 300) {
        succeed(reply, status, body);
        return;
    }
    ApiError error = errorFor(reply, status, body);
    if (answersSecret(m_request))
        error.body.clear();
    report(reply, status, body.size(), error.message);
    if (status != 0 && isRedirect(status) && followRedirect(reply, status))
        return;
    if (scheduleRetry(reply, status))
        return;
    if (error.kind == ApiError::Kind::Unauthorized && m_request.authenticated)
        emit m_client->sessionExpired();
    deliver(error);
}

static bool isJsonScalar(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument wrapped = QJsonDocument::fromJson('[' + body + ']', &error);
    return error.error == QJsonParseError::NoError && wrapped.array().size() == 1;
}

void ApiCall::succeed(QNetworkReply *reply, int status, const QByteArray &body)
{
    ApiResponse response;
    response.status = status;
    response.body = body;
    response.headers = reply->rawHeaderPairs();
    response.elapsedMs = m_totalClock.elapsed();
    // A caller that reads a large answer on a worker thread gets the bytes (UnparsedAnswer).
    const bool parse = m_request.answer == ApiRequest::Answer::Parsed;
    if (parse && !body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        response.json = QJsonDocument::fromJson(body, &parseError);
        // A bare scalar ("de", true) is valid JSON that QJsonDocument cannot hold; setting values
        // come back like that. It stays in `body`, and `json` stays empty.
        if (parseError.error != QJsonParseError::NoError && isJsonScalar(body))
            parseError.error = QJsonParseError::NoError;
        if (parseError.error != QJsonParseError::NoError) {
            const ApiError error =
                ApiError::damagedAnswer(m_request.isIdempotent(), body, UrlPolicy::redacted(m_url));
            // The parser's words are for the Activity panel, not for the message people read.
            report(reply, status, body.size(),
                   tr("%1 (%2 at byte %3)")
                       .arg(error.message, parseError.errorString())
                       .arg(parseError.offset));
            deliver(error);
            return;
        }
        // Duplicate keys and integers beyond 2^53 would be read wrongly without a word.
        if (const QString problem = StrictJson::problem(body); !problem.isEmpty()) {
            ApiError error = ApiError::make(ApiError::Kind::InvalidResponse, problem,
                                            UrlPolicy::redacted(m_url));
            error.keepBody(body);
            report(reply, status, body.size(), error.message);
            deliver(error);
            return;
        }
    }
    report(reply, status, body.size(), {});
    deliver(response);
}

ApiError ApiCall::errorFor(QNetworkReply *reply, int status, const QByteArray &body) const
{
    const QString url = UrlPolicy::redacted(m_url);
    if (status != 0)
        return ApiError::fromHttpStatus(status, body, url);
    const QNetworkReply::NetworkError code = reply->error();
    if (!m_tlsErrors.isEmpty() || code == QNetworkReply::SslHandshakeFailedError) {
        const QString reason =
            m_tlsErrors.isEmpty() ? reply->errorString() : m_tlsErrors.join(QStringLiteral("; "));
        return ApiError::make(
            ApiError::Kind::Tls,
            tr("The secure connection to %1 failed: %2").arg(m_url.host(), reason), url);
    }
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
        return ApiError::make(
            ApiError::Kind::Connection,
            tr("%1 refused the connection: is the server running?").arg(m_url.authority()), url);
    case QNetworkReply::HostNotFoundError:
        return ApiError::make(ApiError::Kind::Connection,
                              tr("The host %1 was not found.").arg(m_url.host()), url);
    case QNetworkReply::RemoteHostClosedError:
        return ApiError::make(ApiError::Kind::Connection,
                              tr("%1 closed the connection before answering.").arg(m_url.host()),
                              url);
    default:
        return ApiError::make(ApiError::Kind::Connection,
                              tr("Could not reach %1: %2").arg(m_url.host(), reply->errorString()),
                              url);
    }
}

bool ApiCall::followRedirect(QNetworkReply *reply, int status)
{
    const QUrl location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    if (!location.isValid())
        return false;
    const QUrl target = m_url.resolved(location);
    ApiError refusal;
    if (++m_redirects > ApiClient::maxRedirects)
        refusal =
            ApiError::make(ApiError::Kind::InvalidResponse,
                           tr("Too many redirects (more than %1).").arg(ApiClient::maxRedirects));
    else if (m_url.scheme() == QLatin1String("https") && target.scheme() != QLatin1String("https"))
        refusal = ApiError::make(
            ApiError::Kind::InsecureUrl,
            tr("Refused a redirect from https to an insecure address (%1).").arg(target.host()));
    else if (const QString reason = UrlPolicy::check(target); !reason.isEmpty())
        refusal = ApiError::make(ApiError::Kind::InsecureUrl, reason);
    if (!refusal.message.isEmpty()) {
        refusal.url = UrlPolicy::redacted(m_url);
        deliver(refusal);
        return true;
    }
    // 303 (and 301/302 after POST, as browsers do) turn into a GET without body.
    if (status == 303 || ((status == 301 || status == 302) && m_method == "POST")) {
        m_method = "GET";
        m_sendBody = false;
    }
    m_url = target;
    sendAttempt();
    return true;
}

bool ApiCall::scheduleRetry(QNetworkReply *reply, int status)
{
    if ((status != 429 && status != 503) || !m_request.isIdempotent() ||
        m_attempt > ApiClient::maxRetries)
        return false;
    const qint64 backoff = m_client->retryBaseDelay().count() * (qint64(1) << (m_attempt - 1));
    const qint64 hinted = retryAfterMs(reply->rawHeader("Retry-After"));
    const qint64 delay =
        std::min(maxRetryDelayMs, hinted >= 0 ? std::max(hinted, qint64(0)) : backoff);
    ++m_attempt;
    m_retryTimer.start(int(delay));
    return true;
}

void ApiCall::report(QNetworkReply *reply, int status, qint64 bytes, const QString &error)
{
    ActivityEntry entry;
    entry.started = QDateTime::currentDateTime().addMSecs(-m_attemptClock.elapsed());
    Q_UNUSED(reply);
    entry.method = QString::fromLatin1(m_method);
    entry.url = UrlPolicy::redacted(m_url);
    entry.operationId = m_request.operationId;
    entry.status = status;
    entry.elapsedMs = m_attemptClock.elapsed();
    entry.bytes = bytes;
    entry.error = error;
    entry.attempt = m_attempt;
    m_client->reportActivity(entry);
}

void ApiCall::deliver(const ApiResult<ApiResponse> &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timeout.stop();
    m_retryTimer.stop();
    // A call made without a context reports unconditionally; with one, only while it lives.
    if (m_callback && (!m_hadContext || m_context))
        m_callback(result);
    m_callback = nullptr;
    emit finished();
    deleteLater();
}
