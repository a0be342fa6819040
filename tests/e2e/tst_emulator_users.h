#pragma once

// The User API of the real epilot-emulator over HTTP: the workflows the application relies on.
// Shared by tst_emulator_users.cpp and tst_emulator_users_more.cpp (one test executable).
#include "tests/e2e/EmulatorHarness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

namespace {
const QString kAdminId = QStringLiteral("10010729");
const QString kDemoOrg = QStringLiteral("739224");
const QString kSecondOrg = QStringLiteral("739225");
const QString kGoodPassword = QStringLiteral("Sommer-Wind-2025!");

QStringList idsOf(const QJsonArray &items)
{
    QStringList ids;
    for (const QJsonValue &item : items)
        ids.append(item.toObject().value(QStringLiteral("id")).toString());
    return ids;
}
} // namespace

class TestEmulatorUsers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void seedHasUsersInEveryStatus();
    void inviteMailActivateBecomesActive();
    void inviteRejectsBadInputWithoutStoring();
    void rejectAndResendInvitation();
    void listingPagesAndFilters();
    void searchFindsWhatAPlainScanFinds();
    void patchMergesAndEmailChangeNeedsVerification();
    void passwordResetWorkflow();
    void deleteMarksDeleted();
    void signUpCreatesOrganizationWithOwner();
    void groupRoundRobin();
    void groupValidationAndHydration();
    void userSettingsLimits();
    void passkeyRegistrationAndDiscoverableSignIn();
    void navigationsShareIdWhenEqual();
    void switchOrganizationAndMe();
    void loginParameters();

private:
    EmulatorHarness m_emulator;
};
