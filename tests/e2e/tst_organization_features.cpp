// The Organization page's Features and Advanced tabs against the emulator (issue 20): features
// read like settings (title, description, badge, on/off from the organization setting, the
// visibility rules), switching writes the setting through the conflict-checked save, one-way
// features ask and stay on; the Advanced key/value editor shows no error before a selection.
#include "domain/organization/SettingValue.h"
#include "services/session/Session.h"
#include "tests/support/E2eEnvironment.h"
#include "ui/common/Confirmation.h"
#include "ui/common/ConflictDialog.h"
#include "ui/common/JsonEditor.h"
#include "ui/common/MessageWidget.h"
#include "ui/organization/FeatureSettingsPage.h"
#include "ui/organization/OrganizationPane.h"
#include "ui/organization/OrganizationSettingsPage.h"
#include "ui/shell/InterfaceLanguage.h"

#include <QApplication>
#include <QCheckBox>
#include <QJsonDocument>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>

class TestOrganizationFeatures : public QObject
{
    Q_OBJECT

    E2eEnvironment m_environment;
    QNetworkAccessManager m_network;
    QNetworkAccessManager m_otherNetwork;
    Session *m_session = nullptr;
    Session *m_other = nullptr; // a colleague in the web portal
    QString m_screenshots = qEnvironmentVariable("EPILOT_SCREENSHOT_DIR");

    void shoot(QWidget *widget, const QString &name)
    {
        if (m_screenshots.isEmpty())
            return;
        QCoreApplication::processEvents(); // layouts settle as they would on screen
        if (!m_screenshots.isEmpty())
            widget->grab().save(m_screenshots + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

    QJsonObject serverSettings()
    {
        bool done = false;
        QJsonObject settings;
        m_session->organizations()->getSettings(m_session->organizationId(), this,
                                                [&](const ApiResult<QJsonObject> &result) {
                                                    settings = result.value();
                                                    done = true;
                                                });
        QTest::qWaitFor([&] { return done; }, 10000);
        return settings;
    }

    // The colleague writes (or with an undefined value deletes) a setting.
    bool theirSetting(const QString &key, const QJsonValue &value)
    {
        bool done = false;
        bool ok = false;
        auto answer = [&](const ApiResult<void> &result) {
            ok = result.ok() || result.error().httpStatus == 404;
            done = true;
        };
        const QString organization = m_session->organizationId();
        if (value.isUndefined())
            m_other->organizations()->deleteSettingsValue(organization, key, this, answer);
        else
            m_other->organizations()->putSettingsValue(
                organization, key, SettingValue::compactJson(value), this, answer);
        QTest::qWaitFor([&] { return done; }, 10000);
        return ok;
    }

    // The pane loaded, its Features tab showing.
    bool open(OrganizationPane &pane)
    {
        pane.resize(1280, 800);
        pane.show();
        pane.reload();
        pane.tabs()->setCurrentWidget(pane.featuresPage());
        return QTest::qWaitFor([&] { return !pane.featuresPage()->shownFeatures().isEmpty(); },
                               10000);
    }

    bool click(QCheckBox *toggle, FeatureSettingsPage *page)
    {
        QSignalSpy finished(page, &FeatureSettingsPage::saveFinished);
        QTest::mouseClick(toggle, Qt::LeftButton, {}, QPoint(8, toggle->height() / 2));
        return finished.wait(10000) && finished.first().first().toBool();
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_environment.start(&error), qPrintable(error));
        m_session = new Session(&m_network, this);
        m_other = new Session(&m_otherNetwork, this);
        for (Session *session : {m_session, m_other}) {
            QSignalSpy me(session, &Session::meChanged);
            session->begin(m_environment.endpoints(), m_environment.token());
            QVERIFY(me.wait(10000));
        }
    }

    void cleanup()
    {
        ConflictDialog::setAutomaticAnswer({});
        Confirmation::setAutomaticAnswer({});
    }

    // Title, description and badge as epilot shows them; state from the setting; no JSON.
    void featuresReadLikeSettings()
    {
        OrganizationPane pane(m_session);
        QVERIFY(open(pane));
        FeatureSettingsPage *page = pane.featuresPage();
        QCOMPARE(pane.tabs()->tabText(pane.tabs()->indexOf(page)),
                 OrganizationPane::tr("Features"));
        QVERIFY(page->findChildren<QTableWidget *>().isEmpty());
        const QStringList shown = page->shownFeatures();
        QVERIFY2(shown.contains("canary") && shown.contains("double_opt_in"),
                 qPrintable(shown.join(',')));
        QVERIFY(!shown.contains("internal_debug_tools")); // visibility rule "never"
        QCOMPARE(page->switchOf("canary")->text(), QStringLiteral("Canary Updates"));
        QCOMPARE(page->descriptionOf("canary")->text(),
                 QStringLiteral("Receive new features before they are released to everyone."));
        QTRY_VERIFY(page->badgeOf("canary")->isVisibleTo(page)); // rows are shown when laid out
        QCOMPARE(page->badgeOf("canary")->text(), FeatureSettingsPage::tr("Beta"));
        QVERIFY(!page->badgeOf("double_opt_in")->isVisibleTo(page));
        QVERIFY(!page->switchOf("canary")->isChecked());       // {"enabled": false}
        QVERIFY(page->switchOf("double_opt_in")->isChecked()); // {"enabled": true}
        // reverse_checked: the setting "disable_legacy_journeys" is not set, so the switch is on.
        QVERIFY(page->switchOf("disable_legacy_journeys")->isChecked());
        shoot(&pane, QStringLiteral("organization-features-en"));
    }

    // Switching writes the setting (reverse_checked inverted); another's change is detected.
    void switchWritesSetting()
    {
        OrganizationPane pane(m_session);
        QVERIFY(open(pane));
        FeatureSettingsPage *page = pane.featuresPage();
        QVERIFY(click(page->switchOf("canary"), page));
        QCOMPARE(serverSettings().value("canary").toObject().value("enabled").toBool(), true);
        QVERIFY(page->switchOf("canary")->isChecked());
        QVERIFY(click(page->switchOf("disable_legacy_journeys"), page));
        QCOMPARE(serverSettings().value("disable_legacy_journeys"),
                 QJsonValue(QJsonObject{{"enabled", true}}));
        QVERIFY(!page->switchOf("disable_legacy_journeys")->isChecked());

        // The colleague changes canary behind the page's back; my switch finds it.
        QVERIFY(theirSetting("canary", QJsonObject{{"enabled", false}, {"rollout", 2}}));
        int asked = 0;
        ConflictDialog::setAutomaticAnswer([&](ConflictDialog &dialog) {
            ++asked;
            dialog.keepTheirsButton()->click();
        });
        QVERIFY(!click(page->switchOf("canary"), page)); // I switch it off too: theirs differs
        QCOMPARE(asked, 1);
        QCOMPARE(serverSettings().value("canary"),
                 QJsonValue(QJsonObject{{"enabled", false}, {"rollout", 2}}));
        QTRY_VERIFY(!page->switchOf("canary")->isChecked());

        QVERIFY(theirSetting("canary", QJsonObject{{"enabled", false}}));
        QVERIFY(theirSetting("disable_legacy_journeys", QJsonValue::Undefined));
    }

    // One-way: asks first, then cannot be switched off.
    void oneWayAsksAndStaysOn()
    {
        OrganizationPane pane(m_session);
        QVERIFY(open(pane));
        FeatureSettingsPage *page = pane.featuresPage();
        QCheckBox *toggle = page->switchOf("new_navigation");
        QVERIFY(toggle);
        QVERIFY(!toggle->isChecked());
        Confirmation::setAutomaticAnswer(false);
        const int asked = Confirmation::askedCount();
        QTest::mouseClick(toggle, Qt::LeftButton, {}, QPoint(8, toggle->height() / 2));
        QCOMPARE(Confirmation::askedCount(), asked + 1);
        QVERIFY(!toggle->isChecked());
        QVERIFY(!serverSettings().contains("new_navigation"));

        Confirmation::setAutomaticAnswer(true);
        QVERIFY(click(toggle, page));
        QCOMPARE(serverSettings().value("new_navigation").toObject().value("enabled").toBool(),
                 true);
        toggle = page->switchOf("new_navigation");
        QVERIFY(toggle->isChecked());
        QVERIFY(!toggle->isEnabled()); // cannot be switched off
        QVERIFY(theirSetting("new_navigation", QJsonValue::Undefined));
    }

    // The visibility rules follow the organization's settings (advanced mode here).
    void visibilityRules()
    {
        QVERIFY(theirSetting("advanced_mode", QJsonObject{{"enabled", false}}));
        {
            OrganizationPane pane(m_session);
            QVERIFY(open(pane));
            QVERIFY(!pane.featuresPage()->shownFeatures().contains("disable_legacy_journeys"));
        }
        QVERIFY(theirSetting("advanced_mode", QJsonObject{{"enabled", true}}));
        OrganizationPane pane(m_session);
        QVERIFY(open(pane));
        QVERIFY(pane.featuresPage()->shownFeatures().contains("disable_legacy_journeys"));
    }

    // The key/value editor is the "Advanced" tab and shows no error before a selection.
    void advancedWithoutError()
    {
        OrganizationPane pane(m_session);
        QVERIFY(open(pane));
        OrganizationSettingsPage *advanced = pane.settingsPage();
        pane.tabs()->setCurrentWidget(advanced);
        QCOMPARE(pane.tabs()->tabText(pane.tabs()->indexOf(advanced)),
                 OrganizationPane::tr("Advanced"));
        QTRY_VERIFY(advanced->table()->rowCount() > 0);
        for (MessageWidget *message : advanced->findChildren<MessageWidget *>())
            QVERIFY2(!(message->isVisibleTo(advanced) && message->isError()),
                     qPrintable(message->text()));
        shoot(&pane, QStringLiteral("organization-advanced-en"));
        QVERIFY(advanced->selectSetting("email_tracking"));
        QVERIFY(advanced->editor()->isVisibleTo(advanced));
        QVERIFY(advanced->editor()->isValid());
        shoot(&pane, QStringLiteral("organization-advanced-selected-en"));
    }

    // The pages in German, for looking at (new strings stay English until translated).
    void germanPictures()
    {
        if (m_screenshots.isEmpty())
            QSKIP("EPILOT_SCREENSHOT_DIR not set");
        QTranslator translator;
        QVERIFY(InterfaceLanguage::load(&translator, QStringLiteral("de")));
        qApp->installTranslator(&translator);
        {
            OrganizationPane pane(m_session);
            QVERIFY(open(pane));
            shoot(&pane, QStringLiteral("organization-features-de"));
            pane.tabs()->setCurrentWidget(pane.settingsPage());
            QTRY_VERIFY(pane.settingsPage()->table()->rowCount() > 0);
            shoot(&pane, QStringLiteral("organization-advanced-de"));
        }
        qApp->removeTranslator(&translator);
    }
};

QTEST_MAIN(TestOrganizationFeatures)
#include "tst_organization_features.moc"
