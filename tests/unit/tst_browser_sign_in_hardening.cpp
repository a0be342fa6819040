// The browser sign-in's callback server probed as a local attacker would (issue 18): the other
// loopback address cannot be taken, an expired token is no sign-in, connections are capped and
// a request for another host name (DNS rebinding) is refused.
#include "services/session/BrowserSignIn.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>
#include <memory>
#include <vector>

namespace {

const QUrl portal(QStringLiteral("https://portal.epilot.cloud"));

QString stateOf(const BrowserSignIn &signIn)
{
    return QUrlQuery(signIn.loginUrl()).queryItemValue(QStringLiteral("state"));
}

// A JWT whose payload says what the test needs (the signature is the server's business).
QString jwt(const QJsonObject &payload)
{
    const auto part = [](const QByteArray &json) {
        return json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    return QString::fromLatin1(part(R"({"alg":"RS256","typ":"JWT"})") + '.' +
                               part(QJsonDocument(payload).toJson(QJsonDocument::Compact)) +
                               ".c2lnbmF0dXJl");
}

// One request over a raw connection; the answer's first line, or empty when none came.
QByteArray statusLine(const QHostAddress &address, quint16 port, const QByteArray &request)
{
    QTcpSocket socket;
    QByteArray answer;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket,
                     [&socket, &answer] { answer += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::connected, &socket,
                     [&socket, request] { socket.write(request); });
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    socket.connectToHost(address, port);
    disconnected.wait(5000);
    answer += socket.readAll();
    return answer.left(answer.indexOf("\r\n"));
}

QByteArray callbackRequest(const QString &query, const QByteArray &host)
{
    return "GET /callback?" + query.toUtf8() + " HTTP/1.1\r\nHost: " + host + "\r\n\r\n";
}

bool hasIpv6Loopback()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHostIPv6, 0);
}

} // namespace

class BrowserSignInHardeningTest : public QObject
{
    Q_OBJECT

private slots:
    void theOtherLoopbackAddressIsOursToo()
    {
        if (!hasIpv6Loopback())
            QSKIP("this machine has no ::1");
        BrowserSignIn signIn;
        QVERIFY(signIn.start(portal).isEmpty());
        QTcpServer intruder;
        QVERIFY2(!intruder.listen(QHostAddress::LocalHostIPv6, signIn.port()),
                 "another program could listen on [::1] at the callback's port");
        // And the browser's answer arrives over ::1 as well.
        QSignalSpy signedIn(&signIn, &BrowserSignIn::signedIn);
        const QByteArray port = QByteArray::number(signIn.port());
        QCOMPARE(
            statusLine(QHostAddress::LocalHostIPv6, signIn.port(),
                       callbackRequest("token=abc&state=" + stateOf(signIn), "localhost:" + port)),
            QByteArray("HTTP/1.1 200 OK"));
        QCOMPARE(signedIn.size(), 1);
    }

    void anExpiredTokenIsNoSignIn()
    {
        BrowserSignIn signIn;
        QVERIFY(signIn.start(portal).isEmpty());
        QSignalSpy signedIn(&signIn, &BrowserSignIn::signedIn);
        QSignalSpy failed(&signIn, &BrowserSignIn::failed);
        const QString expired =
            jwt({{"exp", QDateTime::currentSecsSinceEpoch() - 3600}, {"sub", "600001"}});
        const QByteArray port = QByteArray::number(signIn.port());
        QCOMPARE(statusLine(QHostAddress::LocalHost, signIn.port(),
                            callbackRequest("token=" + expired + "&state=" + stateOf(signIn),
                                            "localhost:" + port)),
                 QByteArray("HTTP/1.1 400 Bad Request"));
        QCOMPARE(signedIn.size(), 0);
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("expired")));
        QVERIFY(!failed.first().first().toString().contains(expired)); // never the token
    }

    void aValidTokenStillSignsIn()
    {
        BrowserSignIn signIn;
        QVERIFY(signIn.start(portal).isEmpty());
        QSignalSpy signedIn(&signIn, &BrowserSignIn::signedIn);
        const QString valid = jwt({{"exp", QDateTime::currentSecsSinceEpoch() + 3600}});
        const QByteArray port = QByteArray::number(signIn.port());
        QCOMPARE(statusLine(QHostAddress::LocalHost, signIn.port(),
                            callbackRequest("token=" + valid + "&state=" + stateOf(signIn) +
                                                "&org_id=739224&user_id=600001",
                                            "127.0.0.1:" + port)),
                 QByteArray("HTTP/1.1 200 OK"));
        QCOMPARE(signedIn.size(), 1);
        QCOMPARE(signedIn.first().at(1).toString(), QStringLiteral("739224"));
        QCOMPARE(signedIn.first().at(2).toString(), QStringLiteral("600001"));
    }

    void anotherHostNameIsRefused()
    {
        BrowserSignIn signIn;
        QVERIFY(signIn.start(portal).isEmpty());
        QSignalSpy signedIn(&signIn, &BrowserSignIn::signedIn);
        const QByteArray port = QByteArray::number(signIn.port());
        const QString query = "token=abc&state=" + stateOf(signIn);
        for (const QByteArray &host :
             {QByteArray("attacker.example:") + port, QByteArray("localhost:1"),
              QByteArray("localhost"), QByteArray()}) {
            QCOMPARE(
                statusLine(QHostAddress::LocalHost, signIn.port(), callbackRequest(query, host)),
                QByteArray("HTTP/1.1 421 Misdirected Request"));
        }
        QCOMPARE(signedIn.size(), 0);
        QVERIFY(signIn.isActive()); // still waiting for the real answer
    }

    void connectionsAreCapped()
    {
        BrowserSignIn signIn;
        QVERIFY(signIn.start(portal).isEmpty());
        // Idle connections that never send a request, more than the cap.
        std::vector<std::unique_ptr<QTcpSocket>> idle;
        for (int index = 0; index < 40; ++index) {
            idle.push_back(std::make_unique<QTcpSocket>());
            idle.back()->connectToHost(QHostAddress::LocalHost, signIn.port());
        }
        QTRY_VERIFY(std::all_of(idle.cbegin(), idle.cend(), [](const auto &socket) {
            return socket->state() != QAbstractSocket::ConnectingState &&
                   socket->state() != QAbstractSocket::HostLookupState;
        }));
        QTest::qWait(200); // the server closes the ones above the cap
        const auto open = std::count_if(idle.cbegin(), idle.cend(), [](const auto &socket) {
            return socket->state() == QAbstractSocket::ConnectedState;
        });
        QVERIFY2(open <= 16, qPrintable(QStringLiteral("%1 connections stayed open").arg(open)));
        // Once the idle ones go, the browser gets through.
        idle.clear();
        QTest::qWait(100);
        QSignalSpy signedIn(&signIn, &BrowserSignIn::signedIn);
        const QByteArray port = QByteArray::number(signIn.port());
        QCOMPARE(
            statusLine(QHostAddress::LocalHost, signIn.port(),
                       callbackRequest("token=abc&state=" + stateOf(signIn), "localhost:" + port)),
            QByteArray("HTTP/1.1 200 OK"));
        QCOMPARE(signedIn.size(), 1);
    }
};

QTEST_GUILESS_MAIN(BrowserSignInHardeningTest)
#include "tst_browser_sign_in_hardening.moc"
