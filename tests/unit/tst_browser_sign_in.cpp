#include "services/session/BrowserSignIn.h"

#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace std::chrono_literals;

namespace {

const QUrl portal(QStringLiteral("https://portal.epilot.cloud"));

struct Answer
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
};

// The portal's part: send the browser to the callback URL and read what it answers.
Answer get(const QUrl &url)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setTransferTimeout(5000);
    QNetworkReply *reply = network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(10000))
        return {};
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.error = reply->error();
    reply->deleteLater();
    return answer;
}

// Raw bytes for what no well-behaved client sends; the event loop keeps running meanwhile
// because the server lives in this same thread.
QByteArray rawRequest(quint16 port, const QByteArray &request)
{
    QTcpSocket socket;
    QByteArray answer;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket,
                     [&socket, &answer] { answer += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::connected, &socket,
                     [&socket, request] { socket.write(request); });
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    socket.connectToHost(QHostAddress::LocalHost, port);
    disconnected.wait(5000);
    return answer + socket.readAll();
}

QUrl callbackUrl(const BrowserSignIn &signIn, const QString &query)
{
    QUrl url(QUrlQuery(signIn.loginUrl())
                 .queryItemValue(QStringLiteral("cli_callback"), QUrl::FullyDecoded));
    url.setQuery(query, QUrl::StrictMode);
    return url;
}

QString stateOf(const BrowserSignIn &signIn)
{
    return QUrlQuery(signIn.loginUrl()).queryItemValue(QStringLiteral("state"));
}

bool portIsClosed(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return !socket.waitForConnected(2000);
}

} // namespace

class BrowserSignInTest : public QObject
{
    Q_OBJECT

private slots:
    void loginUrlFollowsTheCliProtocol()
    {
        BrowserSignIn signIn;
        QCOMPARE(signIn.start(portal), QString());
        QVERIFY(signIn.isActive());
        QVERIFY(signIn.port() > 0);

        const QUrl login = signIn.loginUrl();
        QCOMPARE(login.scheme(), QStringLiteral("https"));
        QCOMPARE(login.host(), QStringLiteral("portal.epilot.cloud"));
        QCOMPARE(login.path(), QStringLiteral("/login"));
        const QUrlQuery query(login);
        QCOMPARE(query.queryItemValue(QStringLiteral("cli_callback"), QUrl::FullyDecoded),
                 QStringLiteral("http://localhost:%1/callback").arg(signIn.port()));
        QVERIFY(
            QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(stateOf(signIn)).hasMatch());
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9A-F]{6}$"))
                    .match(signIn.verificationCode())
                    .hasMatch());
        QCOMPARE(query.queryItemValue(QStringLiteral("code")), signIn.verificationCode());
        QVERIFY(!query.hasQueryItem(QStringLiteral("readonly")));
        QVERIFY(!query.hasQueryItem(QStringLiteral("anonymize")));

        // A second attempt gets fresh secrets.
        const QString firstState = stateOf(signIn);
        QCOMPARE(signIn.start(portal), QString());
        QVERIFY(stateOf(signIn) != firstState);
    }

    void readOnlyAndAnonymizedOptions()
    {
        BrowserSignIn signIn;
        QCOMPARE(signIn.start(QUrl(QStringLiteral("http://127.0.0.1:9/portal/")),
                              {.readOnly = true, .anonymize = true}),
                 QString());
        const QUrl login = signIn.loginUrl();
        QCOMPARE(login.path(), QStringLiteral("/portal/login"));
        const QUrlQuery query(login);
        QCOMPARE(query.queryItemValue(QStringLiteral("readonly")), QStringLiteral("true"));
        QCOMPARE(query.queryItemValue(QStringLiteral("anonymize")), QStringLiteral("true"));
    }

    void refusesInsecurePortal()
    {
        BrowserSignIn signIn;
        QVERIFY(!signIn.start(QUrl(QStringLiteral("http://portal.epilot.cloud"))).isEmpty());
        QVERIFY(!signIn.start(QUrl(QStringLiteral("not a url"))).isEmpty());
        QVERIFY(!signIn.isActive());
    }

    void signsInWithTheRightState()
    {
        BrowserSignIn signIn;
        QSignalSpy signedIn(&signIn, &BrowserSignIn::signedIn);
        QSignalSpy failed(&signIn, &BrowserSignIn::failed);
        QSignalSpy finished(&signIn, &BrowserSignIn::finished);
        QCOMPARE(signIn.start(portal), QString());
        const quint16 port = signIn.port();

        // Sent the way a browser form encodes it: spaces as '+', umlauts percent-encoded.
        const QString query = QStringLiteral("token=header.pay%2Bload.sig&state=%1&org_id=739224"
                                             "&user_id=10006129&name=J%C3%BCrgen+M%C3%BCller")
                                  .arg(stateOf(signIn));
        // Exactly the address the portal was given (localhost, as the CLI does).
        const Answer answer = get(callbackUrl(signIn, query));
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.body.contains("close this window"));
        QVERIFY(!answer.body.contains("header.pay"));

        QCOMPARE(signedIn.size(), 1);
        const QList<QVariant> values = signedIn.first();
        QCOMPARE(values.at(0).toString(), QStringLiteral("header.pay+load.sig"));
        QCOMPARE(values.at(1).toString(), QStringLiteral("739224"));
        QCOMPARE(values.at(2).toString(), QStringLiteral("10006129"));
        QCOMPARE(values.at(3).toString(), QStringLiteral("Jürgen Müller"));
        QCOMPARE(failed.size(), 0);
        QCOMPARE(finished.size(), 1);
        QVERIFY(!signIn.isActive());
        QVERIFY(portIsClosed(port));
    }

    void receiverMayDeleteTheSignIn()
    {
        // A dialog that closes (and deletes its BrowserSignIn) as soon as the token arrives.
        auto *signIn = new BrowserSignIn;
        QString token;
        connect(signIn, &BrowserSignIn::signedIn, this, [&token, signIn](const QString &received) {
            token = received;
            delete signIn;
        });
        QCOMPARE(signIn->start(portal), QString());
        const Answer answer =
            get(callbackUrl(*signIn, QStringLiteral("token=t1&state=%1").arg(stateOf(*signIn))));
        QCOMPARE(token, QStringLiteral("t1"));
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.body.contains("close this window"));
    }

    void wrongStateIsRefusedAndKeepsListening()
    {
        BrowserSignIn signIn;
        QSignalSpy signedIn(&signIn, &BrowserSignIn::signedIn);
        QSignalSpy failed(&signIn, &BrowserSignIn::failed);
        QCOMPARE(signIn.start(portal), QString());

        const QString wrong = QString(64, QLatin1Char('0'));
        const Answer forged =
            get(callbackUrl(signIn, QStringLiteral("token=forged&state=%1").arg(wrong)));
        QCOMPARE(forged.status, 403);
        const Answer missing = get(callbackUrl(signIn, QStringLiteral("token=forged")));
        QCOMPARE(missing.status, 403);
        const QString prefix = stateOf(signIn).left(63);
        const Answer truncated =
            get(callbackUrl(signIn, QStringLiteral("token=forged&state=%1").arg(prefix)));
        QCOMPARE(truncated.status, 403);
        QCOMPARE(signedIn.size(), 0);
        QCOMPARE(failed.size(), 0);
        QVERIFY(signIn.isActive());

        // The real answer still gets through afterwards.
        const Answer real = get(callbackUrl(
            signIn, QStringLiteral("token=good&state=%1&org_id=1").arg(stateOf(signIn))));
        QCOMPARE(real.status, 200);
        QCOMPARE(signedIn.size(), 1);
        QCOMPARE(signedIn.first().at(0).toString(), QStringLiteral("good"));
    }

    void otherRequestsAreAnsweredAndIgnored()
    {
        BrowserSignIn signIn;
        QSignalSpy signedIn(&signIn, &BrowserSignIn::signedIn);
        QCOMPARE(signIn.start(portal), QString());
        const quint16 port = signIn.port();
        const QByteArray state = stateOf(signIn).toLatin1();

        QVERIFY(rawRequest(port, "GET /favicon.ico HTTP/1.1\r\nHost: localhost\r\n\r\n")
                    .startsWith("HTTP/1.1 404"));
        QVERIFY(rawRequest(port, "POST /callback?token=t&state=" + state +
                                     " HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\n\r\n")
                    .startsWith("HTTP/1.1 405"));
        QVERIFY(rawRequest(port, "garbage\r\n\r\n").startsWith("HTTP/1.1 400"));
        QVERIFY(rawRequest(port, "GET /callback HTTP/1.1\r\nX: " + QByteArray(20000, 'a'))
                    .startsWith("HTTP/1.1 431"));
        QCOMPARE(signedIn.size(), 0);
        QVERIFY(signIn.isActive());
    }

    void callbackWithoutTokenFails()
    {
        BrowserSignIn signIn;
        QSignalSpy signedIn(&signIn, &BrowserSignIn::signedIn);
        QSignalSpy failed(&signIn, &BrowserSignIn::failed);
        QCOMPARE(signIn.start(portal), QString());
        const Answer answer = get(callbackUrl(
            signIn, QStringLiteral("state=%1&error=access_denied").arg(stateOf(signIn))));
        QCOMPARE(answer.status, 400);
        QCOMPARE(signedIn.size(), 0);
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().at(0).toString().contains(QLatin1String("access_denied")));
        QVERIFY(!signIn.isActive());
    }

    void timesOut()
    {
        BrowserSignIn signIn;
        QCOMPARE(signIn.timeout(), std::chrono::milliseconds(5min));
        signIn.setTimeout(200ms);
        QSignalSpy failed(&signIn, &BrowserSignIn::failed);
        QSignalSpy finished(&signIn, &BrowserSignIn::finished);
        QCOMPARE(signIn.start(portal), QString());
        const quint16 port = signIn.port();
        QVERIFY(failed.wait(5000));
        QVERIFY(!failed.first().at(0).toString().isEmpty());
        QCOMPARE(finished.size(), 1);
        QVERIFY(!signIn.isActive());
        QVERIFY(portIsClosed(port));
    }

    void cancelStopsListening()
    {
        BrowserSignIn signIn;
        QSignalSpy signedIn(&signIn, &BrowserSignIn::signedIn);
        QSignalSpy failed(&signIn, &BrowserSignIn::failed);
        QSignalSpy finished(&signIn, &BrowserSignIn::finished);
        QCOMPARE(signIn.start(portal), QString());
        const quint16 port = signIn.port();
        const QUrl late =
            callbackUrl(signIn, QStringLiteral("token=t&state=%1").arg(stateOf(signIn)));
        signIn.cancel();
        QCOMPARE(finished.size(), 1);
        QVERIFY(!signIn.isActive());
        QVERIFY(portIsClosed(port));
        const Answer answer = get(late);
        QCOMPARE(answer.error, QNetworkReply::ConnectionRefusedError);
        QCOMPARE(signedIn.size(), 0);
        QCOMPARE(failed.size(), 0);
        signIn.cancel(); // harmless when nothing runs
        QCOMPARE(finished.size(), 1);
    }

    void listensOnLoopbackOnly()
    {
        BrowserSignIn signIn;
        QCOMPARE(signIn.start(portal), QString());
        const auto addresses = QNetworkInterface::allAddresses();
        int tried = 0;
        for (const QHostAddress &address : addresses) {
            if (address.isLoopback() || address.protocol() != QAbstractSocket::IPv4Protocol)
                continue;
            QTcpSocket socket;
            socket.connectToHost(address, signIn.port());
            QVERIFY2(!socket.waitForConnected(2000), qPrintable(address.toString()));
            ++tried;
        }
        if (tried == 0)
            QSKIP("This machine has no non-loopback IPv4 address to try.");
    }
};

QTEST_GUILESS_MAIN(BrowserSignInTest)
#include "tst_browser_sign_in.moc"
