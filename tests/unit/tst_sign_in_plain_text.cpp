// Text from outside shown as text (issue 18): the browser sign-in callback's `error` with HTML in
// it reaches the sign-in dialog literally, not rendered (no bold, no link to click), and every
// label of the sign-in dialog that may show such text is plain text.
#include "services/session/BrowserSignIn.h"
#include "services/session/ProfileStore.h"
#include "services/session/TokenStore.h"
#include "ui/common/MessageWidget.h"
#include "ui/shell/SignInDialog.h"

#include <QApplication>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

class SignInPlainTextTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("epilot-admin-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_sign_in_plain_text"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    }

    void callbackErrorIsShownAsText()
    {
        ProfileStore profiles;
        TokenStore tokens(QStringLiteral("epilot-admin-test"));
        SignInDialog dialog(&profiles, &tokens);
        QUrl login;
        dialog.setUrlOpener([&login](const QUrl &url) {
            login = url;
            return true;
        });
        dialog.show();
        QTest::mouseClick(dialog.browserButton(), Qt::LeftButton);
        QVERIFY2(dialog.browserSignIn()->isActive(), qPrintable(dialog.message()));

        // The portal (or whoever reaches the port) answers with markup in `error`.
        const QString injected =
            QStringLiteral("<b>x</b><a href=\"https://evil.example/\">click</a><font color=red>!");
        const QUrlQuery loginQuery(login);
        QUrl callback(
            loginQuery.queryItemValue(QStringLiteral("cli_callback"), QUrl::FullyDecoded));
        QUrlQuery answer;
        answer.addQueryItem(QStringLiteral("state"),
                            loginQuery.queryItemValue(QStringLiteral("state")));
        answer.addQueryItem(QStringLiteral("error"), injected);
        callback.setQuery(answer);
        QNetworkAccessManager browser;
        QNetworkReply *reply = browser.get(QNetworkRequest(callback));
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.message().isEmpty(), 10000);

        QVERIFY2(dialog.message().contains(injected), qPrintable(dialog.message()));
        const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
        bool shown = false;
        for (const QLabel *label : labels) {
            if (!label->text().contains(QStringLiteral("<b>x</b>")))
                continue;
            shown = true;
            QCOMPARE(label->textFormat(), Qt::PlainText);
            QVERIFY(!label->openExternalLinks());
        }
        QVERIFY(shown);
    }

    void dialogLabelsArePlainText()
    {
        // Every label that may carry server, keychain or callback text; the one link to the
        // portal is ours (built from an escaped address) and the headings are our own words.
        ProfileStore profiles;
        TokenStore tokens(QStringLiteral("epilot-admin-test"));
        SignInDialog dialog(&profiles, &tokens);
        for (const char *name : {"tokenState", "verificationCode", "noBrowser"}) {
            auto *label = dialog.findChild<QLabel *>(QLatin1String(name));
            QVERIFY2(label, name);
            QCOMPARE(label->textFormat(), Qt::PlainText);
        }
        for (int field = 0; field < 4; ++field)
            QCOMPARE(dialog.urlMessage(field)->textFormat(), Qt::PlainText);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(SignInPlainTextTest)
#include "tst_sign_in_plain_text.moc"
