// tst_account_panes, continued (the test class is in tst_account_panes.h).
#include "tests/e2e/tst_account_panes.h"

// The profile is read again before it is sent: another change to a different field is taken
// over, a change to the same field is put to the administrator.
void AccountPanesTest::profileSaveIsConflictChecked()
{
    const QString path = "/v2/users/" + m_session->userId();
    MyAccountPane pane(m_session);
    QLineEdit *department = pane.profileField(QStringLiteral("department"));
    QLineEdit *phone = pane.profileField(QStringLiteral("phone"));
    const QString departmentBefore = department->text();
    const QString phoneBefore = phone->text();

    // Someone else changes the department; I change the phone: both end up stored.
    QVERIFY(call("PATCH", Api::User, path, {{"department", "Theirs department"}}).ok());
    phone->setText(QStringLiteral("+49 40 5550002"));
    QSignalSpy finished(&pane, &Pane::saveFinished);
    pane.save();
    QVERIFY(finished.wait(timeout));
    QCOMPARE(finished.takeFirst().first().toBool(), true);
    QCOMPARE(department->text(), QStringLiteral("Theirs department"));
    QJsonObject stored = call("GET", Api::User, path).value().json.object();
    QCOMPARE(stored["department"].toString(), QStringLiteral("Theirs department"));
    QCOMPARE(stored["phone"].toString(), QStringLiteral("+49 40 5550002"));

    // Both change the department: asked; Keep theirs leaves mine unsent and shows theirs.
    QVERIFY(call("PATCH", Api::User, path, {{"department", "Theirs again"}}).ok());
    department->setText(QStringLiteral("Mine department"));
    const int asked = ConflictDialog::askedCount();
    ConflictDialog::setAutomaticAnswer(
        [](ConflictDialog &dialog) { dialog.keepTheirsButton()->click(); });
    pane.save();
    QVERIFY(finished.wait(timeout));
    ConflictDialog::setAutomaticAnswer({});
    QCOMPARE(finished.takeFirst().first().toBool(), false);
    QCOMPARE(ConflictDialog::askedCount(), asked + 1);
    QCOMPARE(department->text(), QStringLiteral("Theirs again"));
    stored = call("GET", Api::User, path).value().json.object();
    QCOMPARE(stored["department"].toString(), QStringLiteral("Theirs again"));

    // Clean up.
    department->setText(departmentBefore);
    phone->setText(phoneBefore);
    pane.save();
    QVERIFY(finished.wait(timeout));
    QCOMPARE(finished.takeFirst().first().toBool(), true);
}

void AccountPanesTest::userSettingsWithLimits()
{
    MyAccountPane pane(m_session);
    pane.tabs()->setCurrentIndex(1);
    QSignalSpy listed(&pane, &MyAccountPane::userSettingsChanged);
    pane.loadUserSettings();
    QVERIFY(listed.wait(timeout));

    const QString scope = unique(QStringLiteral("e2e"));
    pane.settingScopeEdit()->setText(scope);
    pane.settingKeyEdit()->setText(QStringLiteral("visible_calendars"));
    pane.settingEditor()->setText(QStringLiteral("{\"calendar_ids\": [\"holidays\"]}"));
    pane.putUserSetting();
    QVERIFY(listed.wait(timeout));
    const auto found = pane.settingsTree()->findItems(scope, Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first()->child(0)->text(0), QStringLiteral("visible_calendars"));

    // Read it back through the tree.
    pane.settingEditor()->setText(QStringLiteral("{}"));
    QSignalSpy loaded(&pane, &MyAccountPane::userSettingLoaded);
    pane.openUserSetting(scope, QStringLiteral("visible_calendars"));
    QVERIFY(loaded.wait(timeout));
    QCOMPARE(pane.settingEditor()->value()["calendar_ids"][0].toString(),
             QStringLiteral("holidays"));
    screenshot(&pane, QStringLiteral("my-account-settings"));

    // An over-long key is refused with a message and nothing is sent.
    QSignalSpy failed(&pane, &MyAccountPane::userSettingFailed);
    pane.settingKeyEdit()->setText(QString(129, QLatin1Char('k')));
    const int before = activityCount();
    pane.putUserSetting();
    QCOMPARE(failed.size(), 1);
    QVERIFY(pane.settingStatus()->text().contains("129"));
    QVERIFY(pane.settingStatus()->text().contains("128"));
    QTest::qWait(100);
    QCOMPARE(activityCount(), before);
    // So are an over-long scope and a value over 64 KiB, by the service itself.
    QVERIFY(!AccountService::checkUserSetting(QString(65, 's'), "k", "{}").isEmpty());
    QVERIFY(
        !AccountService::checkUserSetting("s", "k", '"' + QByteArray(70000, 'x') + '"').isEmpty());
    QVERIFY(AccountService::checkUserSetting(QString(64, 's'), QString(128, 'k'), "1").isEmpty());

    // Delete (confirmed); the scope disappears.
    pane.settingKeyEdit()->setText(QStringLiteral("visible_calendars"));
    pane.deleteUserSetting();
    QVERIFY(listed.wait(timeout));
    QVERIFY(pane.settingsTree()->findItems(scope, Qt::MatchExactly).isEmpty());
    QVERIFY(!call("GET", Api::User, "/v2/users/me/settings/" + scope + "/visible_calendars").ok());
}

void AccountPanesTest::deletePasskey()
{
    if (!m_isEmulator)
        QSKIP("Deleting a real passkey cannot be undone from here; emulator only.");
    MyAccountPane pane(m_session);
    pane.tabs()->setCurrentIndex(2);
    QSignalSpy loaded(&pane, &MyAccountPane::passkeysLoaded);
    pane.loadPasskeys();
    QVERIFY(loaded.wait(timeout));
    const int count = pane.passkeyTable()->model()->rowCount();
    QVERIFY(count >= 1);
    screenshot(&pane, QStringLiteral("my-account-passkeys"));
    pane.passkeyTable()->selectRow(0);
    const QString id = pane.passkeyTable()->model()->index(0, 4).data().toString();
    pane.deleteSelectedPasskey();
    QVERIFY(loaded.wait(timeout));
    QCOMPARE(pane.passkeyTable()->model()->rowCount(), count - 1);
    const auto listed = call("GET", Api::User, "/v2/users/me/passkeys");
    for (const QJsonValue &passkey : listed.value().json["passkeys"].toArray())
        QVERIFY(passkey["credential_id"].toString() != id);
}

void AccountPanesTest::switchOrganizationReloadsPanes()
{
    MyAccountPane account(m_session);
    OrganizationPane organization(m_session);
    QSignalSpy organizationLoaded(&organization, &OrganizationPane::loaded);
    organization.reload();
    QVERIFY(organizationLoaded.wait(timeout));
    QSignalSpy listed(account.switcher(), &OrganizationSwitcher::organizationsChanged);
    account.switcher()->refresh();
    QVERIFY(listed.wait(timeout));
    if (!account.switcher()->canSwitch())
        QSKIP("The signed-in user belongs to one organization only.");
    account.tabs()->setCurrentIndex(3);
    screenshot(&account, QStringLiteral("my-account-organizations"));

    const QString original = m_session->organizationId();
    int other = -1;
    const QAbstractItemModel *organizations = account.organizationTable()->model();
    for (int row = 0; row < organizations->rowCount(); ++row) {
        if (organizations->index(row, 0).data().toString() != original)
            other = row;
    }
    QVERIFY(other >= 0);
    const QString target = organizations->index(other, 0).data().toString();
    account.organizationTable()->selectRow(other);
    QSignalSpy switched(m_session, &Session::organizationChanged);
    organizationLoaded.clear();
    account.switchToSelectedOrganization();
    QVERIFY(switched.wait(timeout));
    QCOMPARE(m_session->organizationId(), target);
    // The organization pane reloads by itself for the new organization.
    QTRY_VERIFY_WITH_TIMEOUT(!organizationLoaded.isEmpty(), timeout);
    QCOMPARE(organization.organizationId(), target);

    // Back to where we were.
    account.switcher()->switchTo(original);
    QVERIFY(switched.wait(timeout));
    QCOMPARE(m_session->organizationId(), original);
    QTRY_COMPARE_WITH_TIMEOUT(organization.organizationId(), original, timeout);
}

void AccountPanesTest::buildAndCreateNavigation()
{
    MyAccountPane pane(m_session);
    screenshot(&pane, QStringLiteral("my-account-profile"));
    pane.tabs()->setCurrentIndex(4);
    NavigationEditor *editor = pane.navigationEditor();
    editor->setName(unique(QStringLiteral("E2E navigation ")));
    editor->addSection(QStringLiteral("customer_relations"));
    editor->addItem(QStringLiteral("dashboard"));
    editor->addItem(QStringLiteral("contact"));
    editor->addSection(QStringLiteral("configurations"));
    editor->addGroup(QStringLiteral("Product Catalog"));
    editor->addSubItem(QStringLiteral("product"));
    editor->addSubItem(QStringLiteral("price"));
    const QJsonObject configuration = editor->configuration();
    QCOMPARE(configuration["customer_relations"].toArray().size(), 2);
    QCOMPARE(configuration["configurations"][0]["subItems"][1]["key"].toString(),
             QStringLiteral("price"));

    QSignalSpy created(&pane, &MyAccountPane::navigationCreated);
    pane.createNavigation();
    QVERIFY(created.wait(timeout));
    const QString id = created.first().first().toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(pane.navigationIdEdit()->text(), id);
    QVERIFY(pane.navigationStatus()->text().contains(id));
    screenshot(&pane, QStringLiteral("my-account-navigation"));

    // Open it again by id: the same tree comes back.
    editor->clear();
    QSignalSpy opened(&pane, &MyAccountPane::navigationLoaded);
    pane.openNavigation(id);
    QVERIFY(opened.wait(timeout));
    QCOMPARE(editor->configuration(), configuration);
    // The API has no delete for navigations; they are content-addressed and harmless.
}

void AccountPanesTest::inviteTokenTools()
{
    if (!m_isEmulator)
        QSKIP("Needs the emulator's outbox for the invitation token.");
    const QString email = unique(QStringLiteral("e2e.invite.")) + QStringLiteral("@example.org");
    const auto invited =
        call("POST", Api::User, "/v2/users/invite", {{"email", email}, {"language", "en"}});
    QVERIFY(invited.ok());
    const QString userId = invited.value().json["id"].toVariant().toString();
    const QString token = mailToken(email, "user_invite");
    QVERIFY(!token.isEmpty());

    AccountToolsPane pane(m_session);
    QSignalSpy finished(&pane, &AccountToolsPane::finished);
    pane.inviteTokenEdit()->setText(token);
    pane.checkInviteToken();
    QVERIFY(finished.wait(timeout));
    QVERIFY2(finished.takeFirst().first().toBool(), qPrintable(pane.inviteResult()->text()));
    QVERIFY(pane.inviteResult()->text().contains(m_session->organizationId()));

    // Two different passwords are refused without sending.
    pane.displayNameEdit()->setText(QStringLiteral("E2E Invitee"));
    pane.passwordEdit()->setText(QStringLiteral("Correct-Horse-9"));
    pane.passwordRepeatEdit()->setText(QStringLiteral("Correct-Horse-8"));
    const int before = activityCount();
    pane.activateUser();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.takeFirst().first().toBool(), false);
    QCOMPARE(activityCount(), before);

    pane.passwordRepeatEdit()->setText(QStringLiteral("Correct-Horse-9"));
    screenshot(&pane, QStringLiteral("account-tools"));
    pane.activateUser();
    QVERIFY(pane.passwordEdit()->text().isEmpty()); // not kept after entry
    QVERIFY(pane.passwordRepeatEdit()->text().isEmpty());
    QVERIFY(finished.wait(timeout));
    QVERIFY2(finished.takeFirst().first().toBool(), qPrintable(pane.inviteResult()->text()));
    QCOMPARE(call("GET", Api::User, "/v2/users/" + userId).value().json["status"].toString(),
             QStringLiteral("Active"));
    // A used token is no longer valid.
    pane.checkInviteToken();
    QVERIFY(finished.wait(timeout));
    QCOMPARE(finished.takeFirst().first().toBool(), false);

    // E-mail change: the admin changes the address, the user confirms with the mailed token.
    const QString newEmail = unique(QStringLiteral("e2e.changed.")) + "@example.org";
    QVERIFY(call("PATCH", Api::User, "/v2/users/" + userId, {{"email", newEmail}}).ok());
    const QString verifyToken = mailToken(newEmail, "email_verification");
    if (!verifyToken.isEmpty()) {
        pane.verifyTokenEdit()->setText(verifyToken);
        pane.verifyPasswordEdit()->setText(QStringLiteral("Correct-Horse-9"));
        pane.verifyEmail();
        QVERIFY(pane.verifyPasswordEdit()->text().isEmpty());
        QVERIFY(finished.wait(timeout));
        QVERIFY2(finished.takeFirst().first().toBool(), qPrintable(pane.verifyResult()->text()));
        QCOMPARE(call("GET", Api::User, "/v2/users/" + userId).value().json["email"].toString(),
                 newEmail);
    }

    // Reject: a second invitation, rejected (confirmed) with its token.
    const QString rejectEmail = unique(QStringLiteral("e2e.reject.")) + "@example.org";
    const auto second =
        call("POST", Api::User, "/v2/users/invite", {{"email", rejectEmail}, {"language", "de"}});
    QVERIFY(second.ok());
    pane.inviteTokenEdit()->setText(mailToken(rejectEmail, "user_invite"));
    pane.rejectInvite();
    QVERIFY(finished.wait(timeout));
    QVERIFY2(finished.takeFirst().first().toBool(), qPrintable(pane.inviteResult()->text()));

    // Clean up the invited users.
    call("DELETE", Api::User, "/v2/users/" + userId);
    call("DELETE", Api::User, "/v2/users/" + second.value().json["id"].toVariant().toString());
}

void AccountPanesTest::passwordResetAndLoginParameters()
{
    if (!m_isEmulator)
        QSKIP("Needs the emulator's outbox for the reset token.");
    const QString email = unique(QStringLiteral("e2e.reset.")) + "@example.org";
    const auto invited = call("POST", Api::User, "/v2/users/invite", {{"email", email}});
    QVERIFY(invited.ok());
    const QString userId = invited.value().json["id"].toVariant().toString();
    AccountToolsPane pane(m_session);
    QSignalSpy finished(&pane, &AccountToolsPane::finished);
    pane.inviteTokenEdit()->setText(mailToken(email, "user_invite"));
    pane.displayNameEdit()->setText(QStringLiteral("E2E Reset"));
    pane.passwordEdit()->setText(QStringLiteral("First-Password-1"));
    pane.passwordRepeatEdit()->setText(QStringLiteral("First-Password-1"));
    pane.activateUser();
    QVERIFY(finished.wait(timeout));
    QVERIFY2(finished.takeFirst().first().toBool(), qPrintable(pane.inviteResult()->text()));

    pane.tabs()->setCurrentIndex(2);
    pane.resetEmailEdit()->setText(email);
    pane.requestPasswordReset();
    QVERIFY(finished.wait(timeout));
    QVERIFY2(finished.takeFirst().first().toBool(), qPrintable(pane.resetResult()->text()));
    const QString token = mailToken(email, "password_reset");
    QVERIFY(!token.isEmpty());
    pane.resetTokenEdit()->setText(token);
    pane.resetPasswordEdit()->setText(QStringLiteral("Second-Password-2"));
    pane.resetPasswordRepeatEdit()->setText(QStringLiteral("Second-Password-2"));
    pane.resetPassword();
    QVERIFY(pane.resetPasswordEdit()->text().isEmpty());
    QVERIFY(finished.wait(timeout));
    QVERIFY2(finished.takeFirst().first().toBool(), qPrintable(pane.resetResult()->text()));
    QVERIFY(AccountToolsPane::strengthHint("abc").startsWith("Weak"));
    QVERIFY(AccountToolsPane::strengthHint("Second-Password-2").startsWith("Strong"));

    // Login parameters, V2 and V1, of the signed-in user.
    pane.tabs()->setCurrentIndex(4);
    pane.loginUsernameEdit()->setText(m_session->me().value("email").toString());
    for (int version : {0, 1}) {
        pane.loginVersionBox()->setCurrentIndex(version);
        pane.lookUpLoginParameters();
        QVERIFY(finished.wait(timeout));
        QVERIFY2(finished.takeFirst().first().toBool(), qPrintable(pane.loginResult()->text()));
        QVERIFY(pane.loginTable()->rowCount() >= 1);
    }
    screenshot(&pane, QStringLiteral("account-tools-login"));
    call("DELETE", Api::User, "/v2/users/" + userId);
}

void AccountPanesTest::consoleSendsThreeOperations()
{
    ApiConsolePane pane(m_session);
    QSignalSpy finished(&pane, &ApiConsolePane::callFinished);

    // A path parameter.
    QVERIFY(pane.selectOperation("getUserV2"));
    pane.setParameter("id", m_session->userId());
    QTest::mouseClick(pane.sendButton(), Qt::LeftButton);
    QVERIFY(finished.wait(timeout));
    QCOMPARE(finished.takeFirst().first().toInt(), 200);
    QVERIFY(pane.responseView()->toPlainText().contains(m_session->me().value("email").toString()));
    QVERIFY(!pane.headersView()->toPlainText().isEmpty());
    QVERIFY(pane.statusLabel()->text().contains("200"));

    // A query parameter, then the JSON-path filter.
    QVERIFY(pane.selectOperation("listUsersV2"));
    pane.setParameter("limit", "2");
    pane.send();
    QVERIFY(finished.wait(timeout));
    QCOMPARE(finished.takeFirst().first().toInt(), 200);
    pane.responseFilter()->setText("$.results[*].id");
    const QJsonArray ids =
        QJsonDocument::fromJson(pane.responseView()->toPlainText().toUtf8()).array();
    QCOMPARE(ids.size(), 2);
    screenshot(&pane, QStringLiteral("api-console"));
    pane.responseFilter()->clear();

    // A body: the example prefilled for createNavigation.
    QVERIFY(pane.selectOperation("createNavigation"));
    QVERIFY(pane.bodyEditor()->text().contains("Sales Team Navigation"));
    pane.send();
    QVERIFY(finished.wait(timeout));
    QCOMPARE(finished.takeFirst().first().toInt(), 201);
    QVERIFY(pane.responseView()->toPlainText().contains("\"id\""));

    // Missing required parameters and bad JSON are refused before sending.
    const int before = activityCount();
    QVERIFY(pane.selectOperation("getUserV2"));
    pane.send();
    QVERIFY(pane.statusLabel()->text().contains("required"));
    QVERIFY(pane.selectOperation("createGroup"));
    pane.bodyEditor()->setText("{\"name\": ");
    pane.send();
    QVERIFY(pane.statusLabel()->text().contains("not valid JSON"));
    QCOMPARE(activityCount(), before);

    // Copies: the token stays out unless asked for.
    QVERIFY(pane.selectOperation("getUserV2"));
    pane.setParameter("id", "42");
    const QString token = QString::fromUtf8(m_session->client()->authorizationHeader().mid(7));
    QVERIFY(pane.curlCommand().contains("$EPILOT_TOKEN"));
    QVERIFY(!pane.curlCommand().contains(token));
    QVERIFY(pane.curlCommand().contains("/v2/users/42"));
    QVERIFY2(pane.cliCommand().startsWith("epilot user getUserV2 '42'"),
             qPrintable(pane.cliCommand()));
    QVERIFY(pane.cliCommand().contains("-t \"$EPILOT_TOKEN\""));
    pane.showTokenBox()->setChecked(true);
    QVERIFY(pane.cliCommand().contains(token));
    pane.showTokenBox()->setChecked(false);

    // The filter box narrows the catalog.
    pane.operationFilter()->setText("passkey");
    int visible = 0;
    for (QTreeWidgetItemIterator it(pane.operationTree()); *it; ++it) {
        if ((*it)->childCount() == 0 && !(*it)->isHidden())
            ++visible;
    }
    QCOMPARE(visible, 7);

    // History: three sent calls; the first re-opens with its parameter and sends again.
    QCOMPARE(pane.historyList()->count(), 3);
    pane.openHistoryEntry(0);
    QCOMPARE(pane.currentOperationId(), QStringLiteral("getUserV2"));
    QCOMPARE(pane.parameterEdit("id")->text(), m_session->userId());
    pane.send();
    QVERIFY(finished.wait(timeout));
    QCOMPARE(pane.historyList()->count(), 4);
}
