#pragma once

// The Partner Directory API of the real epilot-emulator over HTTP: partner lifecycle, roles with
// dependencies, per-role assignment answers, partner users, assignables and geolocation.
// Shared by tst_emulator_partners.cpp and tst_emulator_partner_roles.cpp (one test executable).
#include "tests/e2e/EmulatorHarness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QtTest>

namespace {
const QString kDemoOrg = QStringLiteral("739224");
const QString kSolarOrg = QStringLiteral("739301");   // connected partner organization
const QString kRequestOrg = QStringLiteral("739303"); // asked to become a partner, not yet approved

QJsonObject grant(const QString &action, const QString &resource,
                  const QString &effect = QStringLiteral("allow"))
{
    return {{QStringLiteral("action"), action},
            {QStringLiteral("resource"), resource},
            {QStringLiteral("effect"), effect}};
}

QString messageOf(const HttpAnswer &answer)
{
    return answer.object().value(QStringLiteral("message")).toString();
}

// True when no grant (or nested object) of the list still has a "dependencies" key.
bool isFlat(const QJsonArray &grants)
{
    for (const QJsonValue &item : grants) {
        if (item.toObject().contains(QStringLiteral("dependencies")))
            return false;
    }
    return true;
}

bool containsGrant(const QJsonArray &grants, const QString &action, const QString &resource)
{
    for (const QJsonValue &item : grants) {
        const QJsonObject object = item.toObject();
        if (object.value(QStringLiteral("action")).toString() == action &&
            object.value(QStringLiteral("resource")).toString() == resource)
            return true;
    }
    return false;
}
} // namespace

class TestEmulatorPartners : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void seedHasPartnersInEveryStatus();
    void inviteTokenActivateLifecycle();
    void activationRejectsBadInputWithoutChange();
    void inviteRejectsBadInput();
    void approveOneRequestRejectAnother();
    void rolesWithDependenciesReadBackFlat();
    void roleValidationChangesNothing();
    void deleteRoleConflictsWhileAssigned();
    void assignTwoRolesOneUnknown();
    void partnerUsersCreateAndDelete();
    void unconnectedOrganizationsAreNotFound();
    void searchAssignableFiltersAndPages();
    void searchAssignableRejectsBadInput();
    void batchGetAssignable();
    void geolocationIsDeterministic();
    void generatedPartnersWithPartnersFlag();

private:
    QJsonArray partners(const QString &query = {});
    QJsonObject firstPartner(const QString &status);
    QJsonArray roles(const QString &organizationId);

    EmulatorHarness m_emulator;
};
