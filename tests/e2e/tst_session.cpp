// Signing in to the emulator (or a real tenant) and loading the signed-in user through the
// application's own Session, ApiClient and UserService.
#include "services/session/Session.h"
#include "tests/support/E2eEnvironment.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

class SessionTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signedInUserIsLoaded();
    void wrongTokenEndsSession();

private:
    E2eEnvironment m_environment;
    QNetworkAccessManager m_network;
};

void SessionTest::initTestCase()
{
    QString error;
    QVERIFY2(m_environment.start(&error), qPrintable(error));
}

void SessionTest::signedInUserIsLoaded()
{
    Session session(&m_network);
    QSignalSpy loaded(&session, &Session::meChanged);
    session.begin(m_environment.endpoints(), m_environment.token());
    QVERIFY(loaded.wait(10000));
    QVERIFY(!session.userId().isEmpty());
    QVERIFY(!session.organizationId().isEmpty());
    QVERIFY(session.me().value("email").toString().contains('@'));
}

void SessionTest::wrongTokenEndsSession()
{
    Session session(&m_network);
    QSignalSpy failed(&session, &Session::failed);
    QSignalSpy expired(session.client(), &ApiClient::sessionExpired);
    session.begin(m_environment.endpoints(), QStringLiteral("not-a-valid-token"));
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Unauthorized);
    QCOMPARE(expired.count(), 1);
}

QTEST_GUILESS_MAIN(SessionTest)
#include "tst_session.moc"
