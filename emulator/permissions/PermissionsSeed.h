#pragma once

#include "emulator/core/ApiModule.h"

#include <QJsonArray>
#include <QString>

class EmulatorStore;

// The roles of the demo organizations (Permissions API): for every seeded organization with
// users the root role and the six standard roles whose slugs the User API knows (owner, admin,
// user, viewer, sales_manager, customer_service); in the demo organization also a time-limited
// role, an expired one, a share role, a portal role and one partner role per partner
// organization of the partner directory. Runs after the user and partner seeds: it reads the
// "users" and "partners" collections and adds the extra roles to some users' `_roles`.
class PermissionsSeed
{
public:
    explicit PermissionsSeed(EmulatorStore &store);
    void seed(const SeedOptions &options);

private:
    void seedStandardRoles(const QString &organizationId);
    void seedDemoRoles(const QString &organizationId);
    void seedPartnerRoles(const QString &organizationId);
    void assignDemoRoles(const QString &organizationId);
    // --roles N: "Team 1" … "Team N" (user roles), each person of the organization holding two.
    void seedTeamRoles(const QString &organizationId, int count);
    void putRole(QJsonObject role, const QJsonArray &grantsWithDependencies);

    EmulatorStore &m_store;
};
