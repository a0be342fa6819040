// Bad input from people: every form that sends something checks the values first, shows the
// problem next to the field and sends nothing; with the value corrected the request goes out.
// Clicked through offscreen against the emulator (or a real tenant); what is created is removed.
#include "domain/users/User.h"
#include "models/InvitationBatch.h"
#include "services/api/AccountService.h"
#include "services/network/ApiClient.h"
#include "services/session/Session.h"
#include "tests/support/E2eEnvironment.h"
#include "ui/account/AccountToolsPane.h"
#include "ui/account/MyAccountPane.h"
#include "ui/account/NavigationEditor.h"
#include "ui/common/Confirmation.h"
#include "ui/common/FieldMessage.h"
#include "ui/common/JsonEditor.h"
#include "ui/common/MessageWidget.h"
#include "ui/console/ApiConsolePane.h"
#include "ui/groups/GroupDialog.h"
#include "ui/organization/OrganizationPane.h"
#include "ui/organization/OrganizationSettingsPage.h"
#include "ui/partners/PartnerRecordsPage.h"
#include "ui/partners/PartnerUsersRolesPane.h"
#include "ui/partners/PartnersPane.h"
#include "ui/partners/grants/RoleEditor.h"
#include "ui/partners/grants/RoleReviewDialog.h"
#include "ui/users/InviteDialog.h"
#include "ui/users/UserDetailPanel.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <optional>

namespace {

// Replaces the field's text by typing, as a person would (an empty text deletes it all).
void type(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else
        QTest::keyClicks(edit, text);
    emit edit->editingFinished();
}

QPushButton *button(QWidget *root, const QString &text)
{
    const auto buttons = root->findChildren<QPushButton *>();
    for (QPushButton *candidate : buttons) {
        if (candidate->text() == text)
            return candidate;
    }
    return nullptr;
}

// EPILOT_SCREENSHOT_DIR set: the form with its messages is kept as a picture to look at.
void shoot(QWidget *widget, const QString &name)
{
    const QString directory = qEnvironmentVariable("EPILOT_SCREENSHOT_DIR");
    if (!directory.isEmpty())
        widget->grab().save(directory + QLatin1Char('/') + name + QStringLiteral(".png"));
}

QString unique(const QString &stem)
{
    return stem + QString::number(QDateTime::currentMSecsSinceEpoch() % 100000000);
}

} // namespace

class BadInputTest : public QObject
{
    Q_OBJECT

    E2eEnvironment m_environment;
    QNetworkAccessManager m_network;
    Session *m_session = nullptr;
    int m_requests = 0;

    // Waits until no call is in flight and returns how many requests the session has made.
    int settle()
    {
        QTest::qWaitFor([this] { return m_session->client()->callsInFlight() == 0; }, 15000);
        QTest::qWait(50);
        return m_requests;
    }

    // After a refused send: no request started or finished since `before`.
    bool nothingSent(int before)
    {
        QTest::qWait(300);
        return m_session->client()->callsInFlight() == 0 && m_requests == before;
    }

    void click(QPushButton *target)
    {
        QVERIFY(target);
        QVERIFY(target->isEnabled());
        QTest::mouseClick(target, Qt::LeftButton);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(m_environment.start(&error), qPrintable(error));
        m_session = new Session(&m_network, this);
        connect(m_session->client(), &ApiClient::activity, this, [this] { ++m_requests; });
        QSignalSpy me(m_session, &Session::meChanged);
        m_session->begin(m_environment.endpoints(), m_environment.token());
        QVERIFY(me.wait(15000));
        Confirmation::setAutomaticAnswer(true);
        RoleReviewDialog::setAutomaticAnswer(true);
    }

    void cleanupTestCase()
    {
        Confirmation::setAutomaticAnswer(std::nullopt);
        RoleReviewDialog::setAutomaticAnswer(std::nullopt);
    }

    void inviteDialog()
    {
        InviteDialog dialog(m_session);
        dialog.show();
        dialog.addressEdit()->setPlainText(QStringLiteral("not an address"));
        int before = settle();
        click(dialog.sendButton());
        QCOMPARE(FieldMessage::textOf(dialog.addressEdit()),
                 QStringLiteral("No valid address to invite: not an address is not an e-mail "
                                "address (name@example.com)."));
        QVERIFY(nothingSent(before));

        const QString fresh = unique(QStringLiteral("e2e.bad.input.")) + "@example.com";
        dialog.addressEdit()->setPlainText(fresh);
        QVERIFY(FieldMessage::textOf(dialog.addressEdit()).isEmpty()); // editing clears it
        // Roles are picked by name; a name the organization has no role of is refused.
        dialog.roleBox()->setCurrentText(QStringLiteral("two words"));
        click(dialog.sendButton());
        QVERIFY2(FieldMessage::textOf(dialog.roleBox())
                     .startsWith("No role named \"two words\" in this organization."),
                 qPrintable(FieldMessage::textOf(dialog.roleBox())));
        QVERIFY(nothingSent(before));

        // Corrected: the invitation goes out.
        dialog.roleBox()->setCurrentText(QString());
        QVERIFY(FieldMessage::textOf(dialog.roleBox()).isEmpty());
        QSignalSpy finished(dialog.batch(), &InvitationBatch::finished);
        click(dialog.sendButton());
        QVERIFY(finished.wait(15000));
        QVERIFY(m_requests > before);
        const auto entry = dialog.batch()->entries().value(0);
        QCOMPARE(entry.outcome, InvitationBatch::Outcome::Invited);
        bool done = false;
        m_session->users()->deleteUserV2(entry.userId, this, [&](const auto &) { done = true; });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 15000));
    }

    void userDetailPanel()
    {
        UserDetailPanel panel(m_session);
        panel.resize(640, 900);
        panel.show();
        panel.showUser(m_session->userId());
        QLineEdit *email = panel.field(UserEditor::Email);
        QLineEdit *startPage = panel.field(UserEditor::CustomStartPage);
        QVERIFY(QTest::qWaitFor([&] { return panel.editor()->isLoaded(); }, 15000));
        const QString originalEmail = email->text();
        const QString originalStart = startPage->text();
        auto *language = panel.findChild<QComboBox *>(QStringLiteral("preferred_language"));
        QVERIFY(language);
        const int originalLanguage = language->currentIndex();

        type(email, QStringLiteral("someone@"));
        type(startPage, QStringLiteral("dashboard"));
        language->lineEdit()->selectAll();
        QTest::keyClicks(language->lineEdit(), QStringLiteral("fr"));
        QTest::keyClick(language->lineEdit(), Qt::Key_Return);
        QCOMPARE(panel.editor()->value(UserEditor::PreferredLanguage).toString(), "fr");
        const int before = settle();
        click(panel.saveButton());
        QCOMPARE(FieldMessage::textOf(email),
                 QStringLiteral("\"someone@\" is not an e-mail address (name@example.com)."));
        QCOMPARE(FieldMessage::textOf(startPage),
                 QStringLiteral("The start page must be a path that begins with /app, e.g. "
                                "/app/dashboard."));
        QVERIFY(FieldMessage::textOf(language).startsWith("\"fr\" is not a language"));
        QCOMPARE(panel.messageLabel()->text(),
                 QStringLiteral("Not saved: correct the marked fields."));
        shoot(&panel, QStringLiteral("bad-input-user"));
        QVERIFY(nothingSent(before));

        // Corrected: the start page is saved; e-mail and language are back as they were.
        type(email, originalEmail);
        language->setCurrentIndex(originalLanguage);
        type(startPage, QStringLiteral("/app/e2e-bad-input"));
        QVERIFY(FieldMessage::textOf(startPage).isEmpty());
        QSignalSpy saved(&panel, &UserDetailPanel::userSaved);
        click(panel.saveButton());
        QVERIFY2(saved.wait(15000), qPrintable(panel.messageLabel()->text()));
        QVERIFY(m_requests > before);
        QCOMPARE(saved.first().first().value<User>().customStartPage(),
                 QStringLiteral("/app/e2e-bad-input"));
        if (originalStart != startPage->text()) {
            type(startPage, originalStart);
            panel.save();
            QVERIFY(saved.wait(15000));
        }
    }

    void groupDialog()
    {
        GroupDialog dialog(m_session, Group(), {});
        dialog.show();
        const int before = settle();
        QPushButton *create = button(&dialog, QStringLiteral("Create"));
        click(create);
        QCOMPARE(FieldMessage::textOf(dialog.nameEdit()),
                 QStringLiteral("The group needs a name."));
        shoot(&dialog, QStringLiteral("bad-input-group"));
        QVERIFY(nothingSent(before));

        type(dialog.nameEdit(), unique(QStringLiteral("E2E bad input ")));
        QVERIFY(FieldMessage::textOf(dialog.nameEdit()).isEmpty());
        QSignalSpy saved(&dialog, &GroupDialog::saved);
        click(create);
        QVERIFY2(saved.wait(15000), qPrintable(dialog.messageLabel()->text()));
        QVERIFY(m_requests > before);
        bool done = false;
        m_session->users()->deleteGroup(saved.first().first().value<Group>().id(), this,
                                        [&](const auto &) { done = true; });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 15000));
    }

    void organizationPane()
    {
        OrganizationPane pane(m_session);
        pane.resize(1280, 800);
        pane.show();
        QSignalSpy loaded(&pane, &OrganizationPane::loaded);
        pane.reload();
        QVERIFY(loaded.wait(15000));
        QLineEdit *email = pane.field(QStringLiteral("email"));
        QLineEdit *website = pane.field(QStringLiteral("website"));
        const QString originalEmail = email->text();
        const QString originalWebsite = website->text();
        type(email, QStringLiteral("info at example"));
        type(website, QStringLiteral("ftp://files.example"));
        int before = settle();
        click(button(&pane, QStringLiteral("Save changes")));
        QCOMPARE(FieldMessage::textOf(email),
                 QStringLiteral("\"info at example\" is not an e-mail address "
                                "(name@example.com)."));
        QCOMPARE(FieldMessage::textOf(website),
                 QStringLiteral("Not a web address: use https://… , e.g. https://epilot.cloud."));
        shoot(&pane, QStringLiteral("bad-input-organization"));
        QVERIFY(nothingSent(before));

        type(email, QStringLiteral("info@e2e-bad-input.example"));
        type(website, QStringLiteral("https://e2e-bad-input.example"));
        QSignalSpy saved(&pane, &OrganizationPane::saved);
        click(button(&pane, QStringLiteral("Save changes")));
        QVERIFY2(saved.wait(15000), qPrintable(pane.statusLabel()->text()));
        QVERIFY(m_requests > before);
        type(email, originalEmail);
        type(website, originalWebsite);
        pane.save();
        QVERIFY2(saved.wait(15000), qPrintable(pane.statusLabel()->text()));

        // A setting's value must be JSON: the save button refuses and the editor says where.
        pane.tabs()->setCurrentWidget(pane.settingsPage()); // "Advanced"
        const QString key = unique(QStringLiteral("e2e_bad_input_"));
        pane.addSetting(key);
        pane.settingEditor()->textEdit()->setPlainText(QStringLiteral("{\"enabled\": tru"));
        before = settle();
        QVERIFY(!pane.saveSettingButton()->isEnabled());
        QVERIFY(!pane.settingEditor()->errorMessage().isEmpty());
        pane.saveSetting(); // Ctrl+S-like direct call: still refused
        QVERIFY(nothingSent(before));
        pane.settingEditor()->textEdit()->setPlainText(QStringLiteral("{\"enabled\": true}"));
        QSignalSpy changed(&pane, &OrganizationPane::settingsChanged);
        click(pane.saveSettingButton());
        QVERIFY(changed.wait(15000));
        pane.deleteSetting();
        QVERIFY(changed.wait(15000));
    }

    void myAccountPane()
    {
        MyAccountPane pane(m_session);
        pane.resize(1280, 800);
        pane.show();
        pane.reload();
        settle();
        QLineEdit *startPage = pane.profileField(QStringLiteral("custom_start_page"));
        QVERIFY(startPage);
        const QString original = startPage->text();
        type(startPage, QStringLiteral("app/dashboard"));
        int before = settle();
        click(button(&pane, QStringLiteral("Save profile")));
        QCOMPARE(FieldMessage::textOf(startPage),
                 QStringLiteral("The start page must be a path that begins with /app, e.g. "
                                "/app/dashboard."));
        QVERIFY(nothingSent(before));
        type(startPage, QStringLiteral("/app/e2e-bad-input"));
        QSignalSpy saved(&pane, &MyAccountPane::profileSaved);
        click(button(&pane, QStringLiteral("Save profile")));
        QVERIFY2(saved.wait(15000), qPrintable(pane.profileStatus()->text()));
        QVERIFY(m_requests > before);
        if (original != startPage->text()) {
            type(startPage, original);
            pane.save();
            QVERIFY(saved.wait(15000));
        }

        // User settings: scope and key lengths of the spec, a JSON value.
        pane.tabs()->setCurrentIndex(1);
        QPushButton *put = button(&pane, QStringLiteral("Save setting"));
        type(pane.settingScopeEdit(), QString());
        type(pane.settingKeyEdit(), QStringLiteral("k"));
        before = settle();
        click(put);
        QCOMPARE(FieldMessage::textOf(pane.settingScopeEdit()),
                 QStringLiteral("The scope is empty."));
        type(pane.settingScopeEdit(), QStringLiteral("e2e_bad_input"));
        type(pane.settingKeyEdit(), QString(AccountService::maxKeyLength + 1, QLatin1Char('k')));
        click(put);
        QCOMPARE(FieldMessage::textOf(pane.settingKeyEdit()),
                 QStringLiteral("The key has 129 characters; the API allows at most 128."));
        type(pane.settingKeyEdit(), QStringLiteral("k"));
        pane.settingEditor()->setText(QStringLiteral("[1,"));
        click(put);
        QCOMPARE(FieldMessage::textOf(pane.settingEditor()),
                 QStringLiteral("The value is not valid JSON."));
        QVERIFY(nothingSent(before));
        pane.settingEditor()->setText(QStringLiteral("[1]"));
        click(put);
        QVERIFY(QTest::qWaitFor([&] { return m_requests > before; }, 15000));
        // The person reads that it was saved, and the server holds the corrected value.
        QTRY_VERIFY_WITH_TIMEOUT(pane.settingStatus()->text().startsWith(QStringLiteral("Saved")),
                                 15000);
        {
            AccountService account(m_session->client());
            std::optional<QJsonObject> stored;
            account.getUserSetting(QStringLiteral("e2e_bad_input"), QStringLiteral("k"), this,
                                   [&stored](const ApiResult<QJsonObject> &result) {
                                       stored = result.ok() ? result.value() : QJsonObject();
                                   });
            QVERIFY(QTest::qWaitFor([&] { return stored.has_value(); }, 15000));
            QCOMPARE(stored->value(QStringLiteral("value")), QJsonValue(QJsonArray{1}));
        }
        pane.deleteUserSetting();
        settle();

        // Navigations need a name.
        pane.tabs()->setCurrentWidget(pane.navigationEditor()->parentWidget());
        type(pane.navigationEditor()->nameEdit(), QString());
        before = settle();
        click(button(&pane, QStringLiteral("Create navigation")));
        QCOMPARE(FieldMessage::textOf(pane.navigationEditor()->nameEdit()),
                 QStringLiteral("Give the navigation a name first."));
        QVERIFY(nothingSent(before));
    }

    void partnersPane()
    {
        PartnersPane pane(m_session);
        pane.resize(1280, 800);
        pane.show();
        settle();
        // Inviting a new partner needs a company and an e-mail address.
        type(pane.recordsPage()->newCompanyEdit(), QString());
        type(pane.recordsPage()->newEmailEdit(), QStringLiteral("partner.example.com"));
        int before = settle();
        click(button(&pane, QStringLiteral("Create and invite")));
        QVERIFY(!FieldMessage::textOf(pane.recordsPage()->newCompanyEdit()).isEmpty());
        QCOMPARE(FieldMessage::textOf(pane.recordsPage()->newEmailEdit()),
                 QStringLiteral("\"partner.example.com\" is not an e-mail address "
                                "(name@example.com)."));
        QVERIFY(nothingSent(before));
        pane.mainTabs()->setCurrentIndex(1);

        type(pane.activationEmail(), QStringLiteral("partner.example.com"));
        type(pane.activationOrganization(), QString());
        click(button(&pane, QStringLiteral("Activate partnership")));
        QCOMPARE(FieldMessage::textOf(pane.activationEmail()),
                 QStringLiteral("\"partner.example.com\" is not an e-mail address "
                                "(name@example.com)."));
        QCOMPARE(FieldMessage::textOf(pane.activationOrganization()),
                 QStringLiteral("Enter the partner's organization id."));
        QVERIFY(nothingSent(before));

        // Corrected, the activation is sent (the made-up token is refused by the server).
        QCOMPARE(FieldMessage::textOf(pane.tokenEdit()),
                 QStringLiteral("Enter the invitation token first."));
        type(pane.tokenEdit(), QStringLiteral("e2e-made-up-token"));
        type(pane.activationEmail(), QStringLiteral("partner@example.com"));
        type(pane.activationOrganization(), QStringLiteral("123456"));
        click(button(&pane, QStringLiteral("Activate partnership")));
        QVERIFY(QTest::qWaitFor([&] { return m_requests > before; }, 15000));
        // The person reads the server's refusal, and no partnership was made.
        QTRY_VERIFY_WITH_TIMEOUT(
            pane.statusLabel()->text().startsWith(QStringLiteral("Not activated: ")), 15000);
        if (m_environment.isEmulator()) {
            const QJsonArray partners =
                m_environment
                    .emulatorRequest("GET", QStringLiteral("/emulator/partners?status=Active"))
                    .object()
                    .value(QStringLiteral("results"))
                    .toArray();
            QVERIFY(!QJsonDocument(partners).toJson().contains("partner@example.com"));
        }
    }

    void partnerUserCreate()
    {
        PartnerUsersRolesPane pane(m_session);
        pane.resize(1280, 800);
        pane.show();
        QSignalSpy loaded(&pane, &PartnerUsersRolesPane::loaded);
        pane.reload();
        QVERIFY2(loaded.wait(15000), qPrintable(pane.statusLabel()->text()));
        QVERIFY(QTest::qWaitFor([&] { return !pane.isBusy(); }, 15000));
        const QString email = unique(QStringLiteral("e2e.partner.user.")) + "@example.com";
        QString problem;
        bool sendableWhenBad = true;
        bool sendableWhenGood = false;
        int whileOpen = -1;
        const int before = settle();
        // The dialog is modal: it is filled in from the event loop while it is open.
        QTimer::singleShot(100, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            auto *edit = dialog->findChild<QLineEdit *>();
            QPushButton *create =
                dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QTest::keyClicks(edit, QStringLiteral("someone.example.com"));
            problem = FieldMessage::textOf(edit);
            sendableWhenBad = create->isEnabled();
            QTest::mouseClick(create, Qt::LeftButton); // disabled: nothing happens
            QTest::qWait(200);
            whileOpen = m_requests;
            edit->selectAll();
            QTest::keyClicks(edit, email);
            sendableWhenGood = create->isEnabled() && FieldMessage::textOf(edit).isEmpty();
            QTest::mouseClick(create, Qt::LeftButton);
        });
        click(button(&pane, QStringLiteral("New user…")));
        QCOMPARE(problem, QStringLiteral("\"someone.example.com\" is not an e-mail address "
                                         "(name@example.com)."));
        QVERIFY(!sendableWhenBad);
        QCOMPARE(whileOpen, before);
        QVERIFY(sendableWhenGood);
        QVERIFY(QTest::qWaitFor([&] { return m_requests > before; }, 15000));
        QVERIFY(QTest::qWaitFor([&] { return !pane.isBusy(); }, 15000));
        // Remove the partner user again.
        const auto users = [&] {
            std::optional<QJsonArray> list;
            m_session->partners()->getPartnerUsers(
                pane.partnerOrganizationId(), this, [&](const ApiResult<QJsonArray> &result) {
                    list = result.ok() ? result.value() : QJsonArray();
                });
            QTest::qWaitFor([&] { return list.has_value(); }, 15000);
            return list.value_or(QJsonArray());
        }();
        QString id;
        for (const QJsonValue &user : users) {
            if (user["email"].toString() == email)
                id = user["id"].toString();
        }
        QVERIFY2(!id.isEmpty(), "the corrected address was created");
        bool done = false;
        m_session->partners()->deletePartnerUser(pane.partnerOrganizationId(), id, this,
                                                 [&](const auto &) { done = true; });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 15000));
    }

    void roleEditor()
    {
        PartnerUsersRolesPane pane(m_session);
        pane.resize(1280, 800);
        pane.show();
        QSignalSpy loaded(&pane, &PartnerUsersRolesPane::loaded);
        pane.reload();
        QVERIFY2(loaded.wait(15000), qPrintable(pane.statusLabel()->text()));
        QVERIFY(QTest::qWaitFor([&] { return !pane.isBusy(); }, 15000));
        RoleEditor *editor = pane.roleEditor();
        pane.newRole();
        type(editor->slugEdit(), QStringLiteral("Bad Slug"));
        int before = settle();
        pane.saveRole();
        QCOMPARE(FieldMessage::textOf(editor->nameEdit()),
                 QStringLiteral("The role needs a name."));
        QCOMPARE(FieldMessage::textOf(editor->slugEdit()),
                 QStringLiteral("Lower-case letters, digits and _ only, starting with a letter "
                                "(e.g. installer_read)."));
        shoot(&pane, QStringLiteral("bad-input-role"));
        QVERIFY(nothingSent(before));

        // The JSON view: text that does not parse is refused at the text.
        editor->tabs()->setCurrentIndex(RoleEditor::JsonTab);
        editor->jsonEdit()->setPlainText(QStringLiteral("{\"name\": \"x\",\n \"slug\": }"));
        pane.saveRole();
        QVERIFY(FieldMessage::textOf(editor->jsonEdit()).startsWith("Not saved: Line 2:"));
        QVERIFY(nothingSent(before));

        // Corrected: the role is created.
        const QString slug = unique(QStringLiteral("e2e_bad_input_"));
        editor->jsonEdit()->setPlainText(
            QStringLiteral(R"({"name": "E2E bad input", "slug": "%1", "grants": [
                {"action": "entity-read", "resource": "entity:*:opportunity:*", "effect": "allow"}]})")
                .arg(slug));
        QSignalSpy saved(&pane, &PartnerUsersRolesPane::roleSaved);
        pane.saveRole();
        QVERIFY2(saved.wait(15000), qPrintable(pane.statusLabel()->text()));
        QVERIFY(m_requests > before);
        QVERIFY(FieldMessage::textOf(editor->jsonEdit()).isEmpty());
        bool done = false;
        m_session->partners()->deletePartnerRole(pane.partnerOrganizationId(),
                                                 saved.first().first().value<Role>().id(), this,
                                                 [&](const auto &) { done = true; });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 15000));
    }

    void accountToolsPane()
    {
        AccountToolsPane pane(m_session);
        pane.resize(1280, 800);
        pane.show();
        pane.tabs()->setCurrentIndex(2);
        type(pane.resetEmailEdit(), QStringLiteral("nobody"));
        const int before = settle();
        click(button(&pane, QStringLiteral("Send reset e-mail")));
        QCOMPARE(FieldMessage::textOf(pane.resetEmailEdit()),
                 QStringLiteral("\"nobody\" is not an e-mail address (name@example.com)."));
        QVERIFY(nothingSent(before));
        // Corrected (the signed-in person's own address), the request goes out, the person reads
        // that the e-mail is on its way and the server sent it.
        const QString email = User::emailIn(m_session->me());
        type(pane.resetEmailEdit(), email);
        QVERIFY(FieldMessage::textOf(pane.resetEmailEdit()).isEmpty());
        click(button(&pane, QStringLiteral("Send reset e-mail")));
        QVERIFY(QTest::qWaitFor([&] { return m_requests > before; }, 15000));
        QTRY_VERIFY_WITH_TIMEOUT(pane.resetResult()->level() == MessageWidget::Level::Positive &&
                                     !pane.resetResult()->text().isEmpty(),
                                 15000);
        if (m_environment.isEmulator()) {
            const QJsonArray mails =
                m_environment
                    .emulatorRequest("GET", "/emulator/outbox?kind=password_reset&to=" +
                                                QUrl::toPercentEncoding(email))
                    .object()
                    .value(QStringLiteral("mails"))
                    .toArray();
            QVERIFY2(!mails.isEmpty(), "no reset e-mail reached the outbox");
        }
    }

    void apiConsoleBody()
    {
        ApiConsolePane pane(m_session);
        pane.resize(1280, 800);
        pane.show();
        QVERIFY(pane.selectOperation(QStringLiteral("updateUserV2")));
        pane.setParameter(QStringLiteral("id"), m_session->userId());
        pane.bodyEditor()->setText(QStringLiteral("{\"department\": }"));
        const int before = settle();
        click(pane.sendButton());
        QVERIFY(FieldMessage::textOf(pane.bodyEditor()).startsWith("Not valid JSON at line 1"));
        QVERIFY(nothingSent(before));
        pane.bodyEditor()->setText(QStringLiteral("{}"));
        QSignalSpy finished(&pane, &ApiConsolePane::callFinished);
        click(pane.sendButton());
        QVERIFY(finished.wait(15000));
        QVERIFY(m_requests > before);
        QVERIFY(FieldMessage::textOf(pane.bodyEditor()).isEmpty());
    }
};

QTEST_MAIN(BadInputTest)
#include "tst_bad_input.moc"
