#pragma once

// The Organization, My account, Account tools and API console panes, clicked through as a
// person would, against the real emulator over HTTP (or a real tenant when EPILOT_USER_API_URL,
// EPILOT_ORGANIZATION_API_URL, EPILOT_PARTNER_DIRECTORY_API_URL and EPILOT_TOKEN are set).
// Everything a test creates it removes again. EPILOT_SCREENSHOT_DIR=… saves each pane as PNG.
// Shared by tst_account_panes.cpp and tst_account_panes_more.cpp (one test executable).
#include "controllers/OrganizationSwitcher.h"
#include "services/api/AccountService.h"
#include "services/session/Session.h"
#include "tests/e2e/EmulatorHarness.h"
#include "ui/account/AccountToolsPane.h"
#include "ui/account/MyAccountPane.h"
#include "ui/account/NavigationEditor.h"
#include "ui/common/Confirmation.h"
#include "ui/common/ConflictDialog.h"
#include "ui/common/JsonEditor.h"
#include "ui/console/ApiConsolePane.h"
#include "ui/organization/FeatureSettingsPage.h"
#include "ui/organization/OrganizationPane.h"
#include "ui/organization/OrganizationSettingsPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTextCursor>
#include <QTreeWidget>

namespace {

constexpr int timeout = 15000;

QString unique(const QString &prefix)
{
    return prefix + QString::number(QRandomGenerator::global()->generate() % 1000000);
}

} // namespace

class AccountPanesTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void organizationPhoneAndWebsite();
    void organizationRefusesToOverwriteOthersChange();
    void organizationSettings();
    void typedEditsCountAsUnsaved();
    void saveReportsTheServersAnswer();
    void profileSavesChangedFieldsOnly();
    void profileSaveIsConflictChecked();
    void userSettingsWithLimits();
    void deletePasskey();
    void switchOrganizationReloadsPanes();
    void buildAndCreateNavigation();
    void inviteTokenTools();
    void passwordResetAndLoginParameters();
    void consoleSendsThreeOperations();

private:
    // Sends one request through the session's client and waits for the answer.
    ApiResult<ApiResponse> call(const ApiRequest &request);
    ApiResult<ApiResponse> call(const QByteArray &method, Api api, const QString &path,
                                const QJsonObject &body = {});
    void screenshot(QWidget *pane, const QString &name);
    int activityCount() const { return m_activity; }
    // Requests of one method so far: a check that nothing was written is not upset by a read
    // still arriving from the reload before it.
    int requestsOf(const QString &method) const { return m_byMethod.value(method); }
    QString mailToken(const QString &to, const QString &kind)
    {
        return m_emulator.lastMail(to, kind).value("data").toObject().value("token").toString();
    }

    EmulatorHarness m_emulator;
    bool m_isEmulator = false;
    QNetworkAccessManager m_network;
    Session *m_session = nullptr;
    int m_activity = 0;
    QHash<QString, int> m_byMethod;
};
