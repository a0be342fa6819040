// The session's clock: a warning before the token runs out, then "expired"; read-only tokens.
#include "services/session/Session.h"
#include "services/session/TokenStore.h"
#include "ui/shell/SessionController.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

namespace {

QString token(const QJsonObject &claims)
{
    const auto part = [](const QJsonObject &object) {
        return QJsonDocument(object)
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    return QString::fromLatin1(part({{"alg", "HS256"}, {"typ", "JWT"}}) + '.' + part(claims) +
                               ".c2lnbmF0dXJl");
}

Profile unreachable()
{
    // Nothing listens on port 9 of loopback: getMeV2 fails fast and changes nothing here.
    Profile profile = Profile::withDefaults(QStringLiteral("test"));
    profile.endpoints = ApiEndpoints::singleServer(QUrl(QStringLiteral("http://127.0.0.1:9")));
    return profile;
}

} // namespace

class SessionControllerTest : public QObject
{
    Q_OBJECT

private slots:
    void warnsInsideTheWarningWindowThenExpires();
    void readOnlyTokenMakesSessionReadOnly();
    void readOnlyOptionWins();

private:
    QNetworkAccessManager m_network;
};

void SessionControllerTest::warnsInsideTheWarningWindowThenExpires()
{
    Session session(&m_network);
    TokenStore tokens(QStringLiteral("epilot-admin-test"));
    SessionController controller(&session, &tokens);
    QSignalSpy warnings(&controller, &SessionController::expiresSoon);
    const qint64 expiry = QDateTime::currentSecsSinceEpoch() + 2;
    controller.start(unreachable(), token({{"sub", "u1"}, {"exp", expiry}}));
    QTRY_COMPARE_WITH_TIMEOUT(warnings.size(), 1, 1000);
    QCOMPARE(warnings.first().first().toDateTime().toSecsSinceEpoch(), expiry);
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), SessionController::State::Expired, 5000);
    QVERIFY(controller.lastError().contains(QStringLiteral("expired")));
    QCOMPARE(warnings.size(), 1);
}

void SessionControllerTest::readOnlyTokenMakesSessionReadOnly()
{
    Session session(&m_network);
    TokenStore tokens(QStringLiteral("epilot-admin-test"));
    SessionController controller(&session, &tokens);
    controller.start(unreachable(), token({{"sub", "u1"}, {"readonly", true}}));
    QVERIFY(session.isReadOnly());
    controller.start(unreachable(), token({{"sub", "u1"}}));
    QVERIFY(!session.isReadOnly());
}

void SessionControllerTest::readOnlyOptionWins()
{
    Session session(&m_network);
    TokenStore tokens(QStringLiteral("epilot-admin-test"));
    SessionController controller(&session, &tokens);
    controller.start(unreachable(), token({{"sub", "u1"}}), true);
    QVERIFY(session.isReadOnly());
    QCOMPARE(controller.state(), SessionController::State::SigningIn);
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), SessionController::State::Failed, 10000);
    QVERIFY(!controller.lastError().isEmpty());
}

QTEST_MAIN(SessionControllerTest)
#include "tst_session_controller.moc"
