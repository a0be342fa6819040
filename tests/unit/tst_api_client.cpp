// The API client against real HTTP servers on loopback, started by the test.
#include "services/network/ApiClient.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <memory>
#include <optional>

using namespace std::chrono_literals;

namespace {

const QString testToken = QStringLiteral("test-token-7f3a9c");

// Waits until the callback has delivered one result.
struct Outcome
{
    std::optional<ApiResult<ApiResponse>> result;
    bool wait(int ms = 10000)
    {
        return QTest::qWaitFor([this] { return result.has_value(); }, ms);
    }
    ApiCall::Callback callback()
    {
        return [this](const ApiResult<ApiResponse> &r) { result.emplace(r); };
    }
};

} // namespace

class ApiClientTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void sendsBearerTokenAndParsesJson();
    void sendsJsonBodyAndGetsItBack();
    void httpErrorCarriesServerMessage();
    void htmlInsteadOfJsonIsInvalidResponse();
    void unauthorizedEndsSession();
    void timeoutIsToldApartFromCancel();
    void cancelReportsCancelled();
    void closedPortIsConnectionError();
    void noCallbackAfterContextDestroyed();
    void retriesGetHonouringRetryAfter();
    void neverRetriesPost();
    void givesUpAfterThreeRetries();
    void refusesPlainHttpToRemoteHost();
    void refusesWithoutToken();
    void redirectAcrossOriginsDropsAuthorization();
    void activityNeverShowsToken();

private:
    QUrl serverUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }
    ApiRequest getRequest(const QString &path) const { return ApiRequest::get(Api::User, path); }

    std::unique_ptr<QHttpServer> m_server;
    quint16 m_port = 0;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    QByteArray m_lastAuthorization;
    int m_hits = 0;
};

void ApiClientTest::init()
{
    m_server = std::make_unique<QHttpServer>();
    m_hits = 0;
    m_lastAuthorization.clear();
    m_server->route("/v2/users/me", QHttpServerRequest::Method::Get,
                    [this](const QHttpServerRequest &request) {
                        m_lastAuthorization = request.value("Authorization");
                        return QHttpServerResponse(QJsonObject{{"id", "42"}, {"name", "Lena"}});
                    });
    m_server->route("/echo", QHttpServerRequest::Method::Post,
                    [](const QHttpServerRequest &request) {
                        return QHttpServerResponse("application/json", request.body());
                    });
    m_server->route("/missing", QHttpServerRequest::Method::Get, [] {
        return QHttpServerResponse(QJsonObject{{"message", "User 77 does not exist"}},
                                   QHttpServerResponse::StatusCode::NotFound);
    });
    m_server->route("/html", QHttpServerRequest::Method::Get, [] {
        return QHttpServerResponse("text/html", "<html><body>Gateway</body></html>");
    });
    m_server->route("/expired", QHttpServerRequest::Method::Get, [] {
        return QHttpServerResponse(QJsonObject{{"message", "token expired"}},
                                   QHttpServerResponse::StatusCode::Unauthorized);
    });
    m_server->route("/busy", [this](const QHttpServerRequest &) {
        ++m_hits;
        if (m_hits < 2) {
            QHttpServerResponse response(QJsonObject{{"message", "busy"}},
                                         QHttpServerResponse::StatusCode::ServiceUnavailable);
            response.setHeader("Retry-After", "1");
            return response;
        }
        return QHttpServerResponse(QJsonObject{{"ok", true}});
    });
    m_server->route("/always-busy", [this](const QHttpServerRequest &) {
        ++m_hits;
        return QHttpServerResponse(QJsonObject{{"message", "slow down"}},
                                   QHttpServerResponse::StatusCode::TooManyRequests);
    });
    m_port = m_server->listen(QHostAddress::LocalHost, 0);
    QVERIFY(m_port != 0);
    m_client = std::make_unique<ApiClient>(&m_network);
    m_client->setEndpoints(ApiEndpoints::singleServer(serverUrl()));
    m_client->setToken(testToken);
    m_client->setRetryBaseDelay(50ms);
}

void ApiClientTest::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void ApiClientTest::sendsBearerTokenAndParsesJson()
{
    Outcome outcome;
    m_client->send(getRequest("/v2/users/me"), this, outcome.callback());
    QVERIFY(outcome.wait());
    QVERIFY(outcome.result->ok());
    QCOMPARE(outcome.result->value().status, 200);
    QCOMPARE(outcome.result->value().json.object().value("name").toString(), QString("Lena"));
    QCOMPARE(m_lastAuthorization, "Bearer " + testToken.toUtf8());
}

void ApiClientTest::sendsJsonBodyAndGetsItBack()
{
    const QJsonObject body{{"email", "jan@example.com"}, {"language", "de"}, {"count", 3}};
    Outcome outcome;
    m_client->send(ApiRequest::withBody(Api::User, "POST", "/echo", QJsonDocument(body)), this,
                   outcome.callback());
    QVERIFY(outcome.wait());
    QVERIFY(outcome.result->ok());
    QCOMPARE(outcome.result->value().json.object(), body);
}

void ApiClientTest::httpErrorCarriesServerMessage()
{
    Outcome outcome;
    m_client->send(getRequest("/missing"), this, outcome.callback());
    QVERIFY(outcome.wait());
    QVERIFY(!outcome.result->ok());
    const ApiError &error = outcome.result->error();
    QCOMPARE(error.kind, ApiError::Kind::Http);
    QCOMPARE(error.httpStatus, 404);
    QCOMPARE(error.serverMessage, QString("User 77 does not exist"));
    QVERIFY(error.message.contains("User 77 does not exist"));
}

void ApiClientTest::htmlInsteadOfJsonIsInvalidResponse()
{
    Outcome outcome;
    m_client->send(getRequest("/html"), this, outcome.callback());
    QVERIFY(outcome.wait());
    QVERIFY(!outcome.result->ok());
    QCOMPARE(outcome.result->error().kind, ApiError::Kind::InvalidResponse);
    // Said so a person can act on it: damaged, and (a read) safe to try again; no parser words.
    const QString message = outcome.result->error().message;
    QVERIFY2(message.contains("damaged") && message.contains("trying again is safe"),
             qPrintable(message));
    QVERIFY(!message.contains("byte"));
    QCOMPARE(outcome.result->error().body, QByteArray("<html><body>Gateway</body></html>"));
}

void ApiClientTest::unauthorizedEndsSession()
{
    QSignalSpy expired(m_client.get(), &ApiClient::sessionExpired);
    Outcome outcome;
    m_client->send(getRequest("/expired"), this, outcome.callback());
    QVERIFY(outcome.wait());
    QCOMPARE(outcome.result->error().kind, ApiError::Kind::Unauthorized);
    QCOMPARE(expired.count(), 1);
}

void ApiClientTest::timeoutIsToldApartFromCancel()
{
    // A server that accepts connections and never answers.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    QList<QTcpSocket *> held;
    connect(&silent, &QTcpServer::newConnection, this,
            [&] { held << silent.nextPendingConnection(); });
    m_client->setEndpoints(ApiEndpoints::singleServer(
        QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()))));
    m_client->setTimeout(300ms);
    Outcome outcome;
    m_client->send(getRequest("/v2/users/me"), this, outcome.callback());
    QVERIFY(outcome.wait());
    QCOMPARE(outcome.result->error().kind, ApiError::Kind::Timeout);
    QVERIFY(outcome.result->error().message.contains("did not answer"));
}

void ApiClientTest::cancelReportsCancelled()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    m_client->setEndpoints(ApiEndpoints::singleServer(
        QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()))));
    Outcome outcome;
    QPointer<ApiCall> call = m_client->send(getRequest("/v2/users/me"), this, outcome.callback());
    QTest::qWait(50);
    call->cancel();
    QVERIFY(outcome.wait());
    QCOMPARE(outcome.result->error().kind, ApiError::Kind::Cancelled);
    QTRY_VERIFY(call.isNull()); // the handle deletes itself
}

void ApiClientTest::closedPortIsConnectionError()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 closedPort = probe.serverPort();
    probe.close();
    m_client->setEndpoints(
        ApiEndpoints::singleServer(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort))));
    Outcome outcome;
    m_client->send(getRequest("/v2/users/me"), this, outcome.callback());
    QVERIFY(outcome.wait());
    QCOMPARE(outcome.result->error().kind, ApiError::Kind::Connection);
    QVERIFY(outcome.result->error().message.contains("refused"));
}

void ApiClientTest::noCallbackAfterContextDestroyed()
{
    QTcpServer slow;
    QVERIFY(slow.listen(QHostAddress::LocalHost, 0));
    m_client->setEndpoints(ApiEndpoints::singleServer(
        QUrl(QStringLiteral("http://127.0.0.1:%1").arg(slow.serverPort()))));
    bool called = false;
    auto *context = new QObject;
    QPointer<ApiCall> call = m_client->send(getRequest("/v2/users/me"), context,
                                            [&](const ApiResult<ApiResponse> &) { called = true; });
    QTest::qWait(50);
    delete context;
    QTRY_VERIFY(call.isNull());
    QTest::qWait(100);
    QVERIFY(!called);
    QCOMPARE(m_client->callsInFlight(), 0);
}

void ApiClientTest::retriesGetHonouringRetryAfter()
{
    QElapsedTimer clock;
    clock.start();
    Outcome outcome;
    m_client->send(getRequest("/busy"), this, outcome.callback());
    QVERIFY(outcome.wait());
    QVERIFY(outcome.result->ok());
    QCOMPARE(m_hits, 2);
    QVERIFY2(clock.elapsed() >= 900, "Retry-After: 1 must delay the retry by about a second");
}

void ApiClientTest::neverRetriesPost()
{
    Outcome outcome;
    m_client->send(ApiRequest::withBody(Api::User, "POST", "/busy", QJsonDocument(QJsonObject{})),
                   this, outcome.callback());
    QVERIFY(outcome.wait());
    QVERIFY(!outcome.result->ok());
    QCOMPARE(outcome.result->error().httpStatus, 503);
    QTest::qWait(1300);
    QCOMPARE(m_hits, 1);
}

void ApiClientTest::givesUpAfterThreeRetries()
{
    Outcome outcome;
    m_client->send(getRequest("/always-busy"), this, outcome.callback());
    QVERIFY(outcome.wait());
    QCOMPARE(outcome.result->error().httpStatus, 429);
    QCOMPARE(m_hits, 1 + ApiClient::maxRetries);
}

void ApiClientTest::refusesPlainHttpToRemoteHost()
{
    m_client->setEndpoints(ApiEndpoints::singleServer(QUrl("http://user.sls.epilot.io")));
    Outcome outcome;
    m_client->send(getRequest("/v2/users/me"), this, outcome.callback());
    QVERIFY(outcome.wait());
    QCOMPARE(outcome.result->error().kind, ApiError::Kind::InsecureUrl);
    QVERIFY(outcome.result->error().message.contains("https"));
}

void ApiClientTest::refusesWithoutToken()
{
    m_client->setToken({});
    Outcome outcome;
    m_client->send(getRequest("/v2/users/me"), this, outcome.callback());
    QVERIFY(outcome.wait());
    QCOMPARE(outcome.result->error().kind, ApiError::Kind::Unauthorized);
    QVERIFY(m_lastAuthorization.isEmpty());
}

void ApiClientTest::redirectAcrossOriginsDropsAuthorization()
{
    // A second origin (another port) that redirects back to the first one's /v2/users/me is fine;
    // here the first origin redirects to the second, which must not see the token.
    QHttpServer other;
    QByteArray otherAuthorization = "unset";
    other.route("/landing", [&](const QHttpServerRequest &request) {
        otherAuthorization = request.value("Authorization");
        return QHttpServerResponse(QJsonObject{{"landed", true}});
    });
    const quint16 otherPort = other.listen(QHostAddress::LocalHost, 0);
    m_server->route("/moved", [otherPort](const QHttpServerRequest &) {
        QHttpServerResponse response(QHttpServerResponse::StatusCode::TemporaryRedirect);
        response.setHeader("Location",
                           QStringLiteral("http://127.0.0.1:%1/landing").arg(otherPort).toUtf8());
        return response;
    });
    Outcome outcome;
    m_client->send(getRequest("/moved"), this, outcome.callback());
    QVERIFY(outcome.wait());
    QVERIFY(outcome.result->ok());
    QCOMPARE(outcome.result->value().json.object().value("landed").toBool(), true);
    QVERIFY(otherAuthorization.isEmpty());
}

void ApiClientTest::activityNeverShowsToken()
{
    QList<ActivityEntry> entries;
    connect(m_client.get(), &ApiClient::activity, this,
            [&](const ActivityEntry &entry) { entries << entry; });
    ApiRequest request = getRequest("/missing");
    request.query.addQueryItem("token", testToken);
    Outcome outcome;
    m_client->send(request, this, outcome.callback());
    QVERIFY(outcome.wait());
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().status, 404);
    QVERIFY(!entries.first().url.contains(testToken));
    QVERIFY(!entries.first().error.contains(testToken));
    QVERIFY(!outcome.result->error().url.contains(testToken));
}

QTEST_GUILESS_MAIN(ApiClientTest)
#include "tst_api_client.moc"
