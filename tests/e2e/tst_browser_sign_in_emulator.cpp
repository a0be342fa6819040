#include "services/session/BrowserSignIn.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

// "Sign in with browser" end to end against the real epilot-emulator: its portal login page
// plays the browser's part, BrowserSignIn receives the token, and the token then works.

namespace {

struct Answer
{
    int status = 0;
    QByteArray body;
    QUrl finalUrl;
};

Answer get(const QUrl &url, const QString &token = {})
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setTransferTimeout(10000);
    // Follow the portal's redirect to the callback as a browser would (http to http only).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QNetworkReply *reply = network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(15000))
        return {};
    Answer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                  reply->readAll(), reply->url()};
    reply->deleteLater();
    return answer;
}

} // namespace

class BrowserSignInEmulatorTest : public QObject
{
    Q_OBJECT

private:
    QProcess m_emulator;
    QUrl m_base;

private slots:
    void initTestCase()
    {
#ifndef EPILOT_EMULATOR_PATH
        QSKIP("epilot-emulator is not part of this build.");
#else
        m_emulator.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_emulator.start(QStringLiteral(EPILOT_EMULATOR_PATH),
                         {QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY2(m_emulator.waitForStarted(10000), qPrintable(m_emulator.errorString()));
        const QRegularExpression listening(QStringLiteral("^listening on (http://\\S+)"));
        QDeadlineTimer deadline(20000);
        while (!m_base.isValid() && !deadline.hasExpired()) {
            if (!m_emulator.canReadLine() && !m_emulator.waitForReadyRead(500))
                continue;
            const auto match = listening.match(QString::fromUtf8(m_emulator.readLine()).trimmed());
            if (match.hasMatch())
                m_base = QUrl(match.captured(1));
        }
        QVERIFY2(m_base.isValid(), "the emulator did not report its address");
#endif
    }

    void cleanupTestCase()
    {
        if (m_emulator.state() != QProcess::NotRunning) {
            m_emulator.terminate();
            if (!m_emulator.waitForFinished(5000))
                m_emulator.kill();
        }
    }

    void signsInThroughThePortalPage()
    {
        BrowserSignIn signIn;
        QSignalSpy signedIn(&signIn, &BrowserSignIn::signedIn);
        QSignalSpy failed(&signIn, &BrowserSignIn::failed);
        QCOMPARE(signIn.start(m_base), QString());

        // The portal page shows the same verification code as the application.
        const Answer page = get(signIn.loginUrl());
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains(signIn.verificationCode().toUtf8()));

        // "Sign in as …": the first user offered.
        const auto link = QRegularExpression(QStringLiteral("href=\"(/login/authorize[^\"]+)\""))
                              .match(QString::fromUtf8(page.body));
        QVERIFY2(link.hasMatch(), page.body.constData());
        QString target = link.captured(1);
        target.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        const Answer callback = get(m_base.resolved(QUrl(target, QUrl::StrictMode)));
        QCOMPARE(callback.status, 200);
        QCOMPARE(callback.finalUrl.path(), QStringLiteral("/callback"));
        QVERIFY(callback.body.contains("close this window"));

        QCOMPARE(failed.size(), 0);
        QCOMPARE(signedIn.size(), 1);
        const QString token = signedIn.first().at(0).toString();
        const QString organizationId = signedIn.first().at(1).toString();
        const QString userId = signedIn.first().at(2).toString();
        QVERIFY(!token.isEmpty());
        QVERIFY(!organizationId.isEmpty());
        QVERIFY(!userId.isEmpty());
        QVERIFY(!signedIn.first().at(3).toString().isEmpty());
        QVERIFY(!signIn.isActive());

        // The token the portal handed over is one the API accepts, for that very user.
        const Answer me = get(m_base.resolved(QUrl(QStringLiteral("/v2/users/me"))), token);
        QCOMPARE(me.status, 200);
        const QJsonObject user = QJsonDocument::fromJson(me.body).object();
        QCOMPARE(user.value(QStringLiteral("id")).toVariant().toString(), userId);
    }

    void forgedStateFromThePortalIsRefused()
    {
        BrowserSignIn signIn;
        QSignalSpy signedIn(&signIn, &BrowserSignIn::signedIn);
        QCOMPARE(signIn.start(m_base), QString());
        QUrl forged = signIn.loginUrl();
        QString query = forged.query(QUrl::FullyEncoded);
        query.replace(QRegularExpression(QStringLiteral("state=[0-9a-f]+")),
                      QStringLiteral("state=%1").arg(QString(64, QLatin1Char('0'))));
        forged.setQuery(query, QUrl::StrictMode);
        const Answer page = get(forged);
        const auto link = QRegularExpression(QStringLiteral("href=\"(/login/authorize[^\"]+)\""))
                              .match(QString::fromUtf8(page.body));
        QVERIFY(link.hasMatch());
        QString target = link.captured(1);
        target.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        const Answer callback = get(m_base.resolved(QUrl(target, QUrl::StrictMode)));
        QCOMPARE(callback.status, 403);
        QCOMPARE(signedIn.size(), 0);
        QVERIFY(signIn.isActive());
    }
};

QTEST_GUILESS_MAIN(BrowserSignInEmulatorTest)
#include "tst_browser_sign_in_emulator.moc"
