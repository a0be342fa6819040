// The Organization, My account, Account tools and API console panes, clicked through as a
// person would, against the real emulator over HTTP (or a real tenant when EPILOT_USER_API_URL,
// EPILOT_ORGANIZATION_API_URL, EPILOT_PARTNER_DIRECTORY_API_URL and EPILOT_TOKEN are set).
// Everything a test creates it removes again. EPILOT_SCREENSHOT_DIR=… saves each pane as PNG.
#include "tests/e2e/tst_account_panes.h"

void AccountPanesTest::initTestCase()
{
    ApiEndpoints endpoints;
    QString token;
    const QByteArray user = qgetenv("EPILOT_USER_API_URL");
    const QByteArray organization = qgetenv("EPILOT_ORGANIZATION_API_URL");
    const QByteArray partners = qgetenv("EPILOT_PARTNER_DIRECTORY_API_URL");
    if (!user.isEmpty() && !organization.isEmpty() && !partners.isEmpty() &&
        !qgetenv("EPILOT_TOKEN").isEmpty()) {
        endpoints = {QUrl(QString::fromUtf8(user)), QUrl(QString::fromUtf8(organization)),
                     QUrl(QString::fromUtf8(partners))};
        token = QString::fromUtf8(qgetenv("EPILOT_TOKEN"));
    } else {
        QString problem;
        QVERIFY2(m_emulator.start({QStringLiteral("--seed"), QStringLiteral("demo")}, &problem),
                 qPrintable(problem));
        endpoints = ApiEndpoints::singleServer(m_emulator.baseUrl());
        token = m_emulator.token();
        m_isEmulator = true;
    }
    m_session = new Session(&m_network, this);
    connect(m_session->client(), &ApiClient::activity, this, [this](const ActivityEntry &entry) {
        ++m_activity;
        ++m_byMethod[entry.method];
    });
    QSignalSpy me(m_session, &Session::meChanged);
    m_session->begin(endpoints, token);
    QVERIFY(me.wait(timeout));
    QVERIFY(!m_session->organizationId().isEmpty());
    Confirmation::setAutomaticAnswer(true);
}

void AccountPanesTest::cleanup()
{
    Confirmation::setAutomaticAnswer(true);
}

ApiResult<ApiResponse> AccountPanesTest::call(const ApiRequest &request)
{
    std::optional<ApiResult<ApiResponse>> answer;
    QEventLoop loop;
    m_session->client()->send(request, this, [&](const ApiResult<ApiResponse> &result) {
        answer = result;
        loop.quit();
    });
    if (!answer)
        loop.exec();
    return *answer;
}

ApiResult<ApiResponse> AccountPanesTest::call(const QByteArray &method, Api api,
                                              const QString &path, const QJsonObject &body)
{
    ApiRequest request = body.isEmpty()
                             ? ApiRequest::get(api, path)
                             : ApiRequest::withBody(api, method, path, QJsonDocument(body));
    request.method = method;
    return call(request);
}

void AccountPanesTest::screenshot(QWidget *pane, const QString &name)
{
    const QString folder = QString::fromLocal8Bit(qgetenv("EPILOT_SCREENSHOT_DIR"));
    if (folder.isEmpty())
        return;
    pane->resize(1280, 800);
    pane->show();
    QTest::qWait(150);
    QDir().mkpath(folder);
    pane->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

void AccountPanesTest::organizationPhoneAndWebsite()
{
    OrganizationPane pane(m_session);
    QSignalSpy loaded(&pane, &OrganizationPane::loaded);
    pane.reload();
    QVERIFY(loaded.wait(timeout));
    QCOMPARE(pane.organizationId(), m_session->organizationId());
    screenshot(&pane, QStringLiteral("organization"));
    const QString phone = pane.field("phone")->text();
    const QString website = pane.field("website")->text();

    pane.field("phone")->setText(QStringLiteral("+49 30 1234567"));
    pane.field("website")->setText(QStringLiteral("https://e2e.example.org"));
    QVERIFY(pane.hasUnsavedChanges());
    QCOMPARE(pane.changes().keys(), (QStringList{"phone", "website"}));
    QVERIFY(!pane.field("phone")->styleSheet().isEmpty());     // marked as changed
    QCOMPARE(pane.field("address.city")->isReadOnly(), false); // the address is shown …
    QVERIFY(pane.field("id")->isReadOnly()); // … and API-owned fields are read-only

    QSignalSpy saved(&pane, &OrganizationPane::saved);
    pane.save();
    QVERIFY(saved.wait(timeout));
    QVERIFY(!pane.hasUnsavedChanges());
    const auto stored =
        call("GET", Api::Organization, "/v2/organization/" + m_session->organizationId());
    QVERIFY(stored.ok());
    QCOMPARE(stored.value().json["phone"].toString(), QStringLiteral("+49 30 1234567"));
    QCOMPARE(stored.value().json["website"].toString(), QStringLiteral("https://e2e.example.org"));

    // Clean up: the values from before.
    pane.field("phone")->setText(phone);
    pane.field("website")->setText(website);
    pane.save();
    QVERIFY(saved.wait(timeout));
}

void AccountPanesTest::organizationRefusesToOverwriteOthersChange()
{
    OrganizationPane pane(m_session);
    QSignalSpy loaded(&pane, &OrganizationPane::loaded);
    pane.reload();
    QVERIFY(loaded.wait(timeout));
    const QString phone = pane.field("phone")->text();
    const QString path = "/v2/organization/" + m_session->organizationId();
    // Someone else changes the phone after the pane loaded …
    QVERIFY(call("PATCH", Api::Organization, path, {{"phone", "+49 111 222"}}).ok());
    // … and our edit of the same field must not overwrite it.
    pane.field("phone")->setText(QStringLiteral("+49 333 444"));
    QSignalSpy failed(&pane, &OrganizationPane::saveFailed);
    pane.save();
    QVERIFY(failed.wait(timeout));
    QVERIFY2(failed.first().first().toString().contains("someone else"),
             qPrintable(failed.first().first().toString()));
    QCOMPARE(pane.field("phone")->text(), QStringLiteral("+49 333 444")); // edits kept
    QCOMPARE(call("GET", Api::Organization, path).value().json["phone"].toString(),
             QStringLiteral("+49 111 222"));
    QVERIFY(call("PATCH", Api::Organization, path, {{"phone", phone}}).ok());
}

void AccountPanesTest::organizationSettings()
{
    OrganizationPane pane(m_session);
    QSignalSpy loaded(&pane, &OrganizationPane::loaded);
    pane.reload();
    QVERIFY(loaded.wait(timeout));
    QTRY_VERIFY_WITH_TIMEOUT(pane.settingsTable()->rowCount() > 0 || !pane.settings().isEmpty(),
                             timeout);
    pane.tabs()->setCurrentWidget(pane.settingsPage());
    pane.selectSetting(QStringLiteral("email_tracking"));
    screenshot(&pane, QStringLiteral("organization-settings"));
    pane.tabs()->setCurrentWidget(pane.featuresPage());
    QTRY_VERIFY_WITH_TIMEOUT(!pane.featuresPage()->shownFeatures().isEmpty(), timeout);
    screenshot(&pane, QStringLiteral("organization-features"));
    pane.tabs()->setCurrentWidget(pane.settingsPage());

    const QString key = unique(QStringLiteral("e2e_setting_"));
    const QString path = "/v2/organization/" + m_session->organizationId() + "/settings";
    QSignalSpy changed(&pane, &OrganizationPane::settingsChanged);
    QSignalSpy failed(&pane, &OrganizationPane::settingFailed);

    // Add.
    pane.addSetting(key);
    pane.settingEditor()->setText(QStringLiteral("{\"enabled\": true, \"level\": 2}"));
    QVERIFY(pane.settingEnabledBox()->isVisibleTo(&pane));
    QVERIFY(pane.settingEnabledBox()->isChecked());
    QTest::mouseClick(pane.saveSettingButton(), Qt::LeftButton);
    QVERIFY(changed.wait(timeout));
    QCOMPARE(call("GET", Api::Organization, path).value().json[key]["enabled"].toBool(), true);

    // Edit through the check box.
    pane.settingEnabledBox()->setChecked(false);
    QCOMPARE(pane.settingEditor()->value()["enabled"].toBool(true), false);
    QCOMPARE(pane.settingEditor()->value()["level"].toInt(), 2);
    QTest::mouseClick(pane.saveSettingButton(), Qt::LeftButton);
    QVERIFY(changed.wait(timeout));
    QCOMPARE(call("GET", Api::Organization, path).value().json[key]["enabled"].toBool(true), false);

    // Invalid JSON is refused before anything is sent, with the place of the error.
    pane.settingEditor()->setText(QStringLiteral("{\"enabled\": tru}"));
    QVERIFY(!pane.settingEditor()->isValid());
    QVERIFY(pane.settingEditor()->errorMessage().contains("Line 1"));
    QVERIFY(!pane.saveSettingButton()->isEnabled());
    const int before = activityCount();
    pane.saveSetting();
    QCOMPARE(failed.size(), 1);
    QTest::qWait(100);
    QCOMPARE(activityCount(), before);

    // A string value (not an object) works too.
    pane.settingEditor()->setText(QStringLiteral("\"de\""));
    QTest::mouseClick(pane.saveSettingButton(), Qt::LeftButton);
    QVERIFY(changed.wait(timeout));
    QCOMPARE(call("GET", Api::Organization, path).value().json[key].toString(),
             QStringLiteral("de"));

    // Delete, confirmed.
    const int asked = Confirmation::askedCount();
    pane.deleteSetting();
    QVERIFY(changed.wait(timeout));
    QCOMPARE(Confirmation::askedCount(), asked + 1);
    QVERIFY(!call("GET", Api::Organization, path).value().json.object().contains(key));

    // Refusing the confirmation deletes nothing.
    QVERIFY(pane.selectSetting(QStringLiteral("timezone")));
    Confirmation::setAutomaticAnswer(false);
    const int deletesBefore = requestsOf(QStringLiteral("DELETE"));
    pane.deleteSetting();
    QTest::qWait(100);
    QCOMPARE(requestsOf(QStringLiteral("DELETE")), deletesBefore);
}

// Typing in a field (without leaving it) is an unsaved change of every editor at once; discard()
// brings back what was loaded.
void AccountPanesTest::typedEditsCountAsUnsaved()
{
    OrganizationPane organization(m_session);
    organization.resize(1280, 800);
    organization.show();
    QSignalSpy loaded(&organization, &OrganizationPane::loaded);
    organization.reload();
    QVERIFY(loaded.wait(timeout));
    QVERIFY(QTest::qWaitFor([&] { return !organization.settings().isEmpty(); }, timeout));
    QVERIFY(!organization.hasUnsavedChanges());
    QLineEdit *phone = organization.field(QStringLiteral("phone"));
    const QString phoneBefore = phone->text();
    phone->setFocus();
    QTest::keyClicks(phone, QStringLiteral("9"));
    QVERIFY(phone->hasFocus()); // not committed: the field still has the focus
    QVERIFY(organization.hasUnsavedChanges());
    organization.discard();
    QCOMPARE(phone->text(), phoneBefore);
    QVERIFY(!organization.hasUnsavedChanges());

    organization.tabs()->setCurrentWidget(organization.settingsPage());
    QVERIFY(organization.selectSetting(organization.settings().keys().first()));
    QVERIFY(!organization.hasUnsavedChanges());
    QPlainTextEdit *value = organization.settingEditor()->textEdit();
    value->setFocus();
    value->moveCursor(QTextCursor::End);
    QTest::keyClicks(value, QStringLiteral(" "));
    QTest::keyClicks(value, QStringLiteral("x"));
    QVERIFY(organization.hasUnsavedChanges());
    organization.discard();
    QVERIFY(!organization.hasUnsavedChanges());

    MyAccountPane account(m_session);
    account.resize(1280, 800);
    account.show();
    QVERIFY(!account.hasUnsavedChanges());
    QLineEdit *department = account.profileField(QStringLiteral("department"));
    const QString departmentBefore = department->text();
    department->setFocus();
    QTest::keyClicks(department, QStringLiteral("x"));
    QVERIFY(account.hasUnsavedChanges());
    account.discard();
    QCOMPARE(department->text(), departmentBefore);
    QVERIFY(!account.hasUnsavedChanges());

    account.tabs()->setCurrentIndex(1);
    account.settingKeyEdit()->setFocus();
    QTest::keyClicks(account.settingKeyEdit(), QStringLiteral("typed_key"));
    QVERIFY(account.hasUnsavedChanges());
    account.discard();
    QVERIFY(account.settingKeyEdit()->text().isEmpty());
    QVERIFY(!account.hasUnsavedChanges());
    account.settingEditor()->textEdit()->setFocus();
    QTest::keyClicks(account.settingEditor()->textEdit(), QStringLiteral("1"));
    QVERIFY(account.hasUnsavedChanges());
    account.discard();
    QVERIFY(!account.hasUnsavedChanges());
}

// save() reports once, after the server answered: not from within save(), with the edits
// stored by then; a refused save reports false.
void AccountPanesTest::saveReportsTheServersAnswer()
{
    OrganizationPane pane(m_session);
    QSignalSpy loaded(&pane, &OrganizationPane::loaded);
    pane.reload();
    QVERIFY(loaded.wait(timeout));
    const QString path = "/v2/organization/" + m_session->organizationId();
    QLineEdit *phone = pane.field(QStringLiteral("phone"));
    const QString before = phone->text();
    for (const QString &text : {QStringLiteral("+49 30 5550001"), before}) {
        phone->setText(text);
        QSignalSpy finished(&pane, &Pane::saveFinished);
        pane.save();
        QVERIFY(pane.isSaving());
        QCOMPARE(finished.size(), 0);
        QVERIFY(finished.wait(timeout));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(!pane.isSaving());
        QVERIFY(!pane.hasUnsavedChanges());
        QCOMPARE(call("GET", Api::Organization, path).value().json["phone"].toString(), text);
    }

    MyAccountPane account(m_session);
    account.tabs()->setCurrentIndex(1);
    account.settingScopeEdit()->setText(QStringLiteral("e2e_async"));
    account.settingKeyEdit()->setText(QStringLiteral("k"));
    account.settingEditor()->setText(QStringLiteral("[1,"));
    QSignalSpy finished(&account, &Pane::saveFinished);
    account.save();
    QCOMPARE(finished.size(), 0);
    QVERIFY(finished.wait(timeout));
    QCOMPARE(finished.first().first().toBool(), false); // refused: not valid JSON
    QVERIFY(account.hasUnsavedChanges());
    account.discard();
}

void AccountPanesTest::profileSavesChangedFieldsOnly()
{
    MyAccountPane pane(m_session);
    QCOMPARE(pane.profileField("display_name")->text(),
             m_session->me().value("display_name").toString());
    QVERIFY(pane.profileField("email")->isReadOnly());
    const QString department = pane.profileField("department")->text();
    const QString language = pane.languageBox()->currentData().toString();
    QCheckBox *assignedTask = pane.notificationBoxes().value("assigned_task");
    QVERIFY(assignedTask);
    const bool notified = assignedTask->isChecked();

    pane.profileField("department")->setText(QStringLiteral("E2E department"));
    pane.languageBox()->setCurrentIndex(
        pane.languageBox()->findData(language == "de" ? "en" : "de"));
    assignedTask->setChecked(!notified);
    QStringList keys = pane.profileChanges().keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{"department", "email_notification_setting", "preferred_language"}));
    // A start page outside the app is refused before sending.
    pane.profileField("custom_start_page")->setText(QStringLiteral("https://elsewhere"));
    const int before = activityCount();
    {
        QSignalSpy finished(&pane, &Pane::saveFinished);
        pane.save();
        QVERIFY(finished.wait(timeout));
        QCOMPARE(finished.first().first().toBool(), false); // refused, nothing sent
    }
    QCOMPARE(activityCount(), before);
    pane.profileField("custom_start_page")
        ->setText(m_session->me().value("custom_start_page").toString());

    QSignalSpy saved(&pane, &MyAccountPane::profileSaved);
    pane.save();
    QVERIFY2(saved.wait(timeout), qPrintable(pane.profileStatus()->text()));
    const QJsonObject stored = call("GET", Api::User, "/v2/users/me").value().json.object();
    QCOMPARE(stored["department"].toString(), QStringLiteral("E2E department"));
    QCOMPARE(stored["email_notification_setting"]["assigned_task"].toBool(notified), !notified);
    QVERIFY(!pane.hasUnsavedChanges());

    // Clean up.
    pane.profileField("department")->setText(department);
    pane.languageBox()->setCurrentIndex(pane.languageBox()->findData(language));
    assignedTask->setChecked(notified);
    pane.save();
    QVERIFY(saved.wait(timeout));
}

QTEST_MAIN(AccountPanesTest)
