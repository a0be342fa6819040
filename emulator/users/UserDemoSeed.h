#pragma once

#include "emulator/core/ApiModule.h"

#include <QString>
#include <QStringList>

class EmulatorStore;

// The users of the demo: a German energy supplier (Stadtwerke Musterstadt GmbH) with users in
// every status, departments, phones, some with MFA and passkeys, and a second organization
// (Netzgesellschaft Musterstadt mbH) that the admin also belongs to. Deterministic: the same
// options give the same users. Seeded active users have the password kDemoPassword.
class UserDemoSeed
{
public:
    static constexpr int kDemoUserCount = 50; // besides the admin
    static constexpr int kSecondOrganizationUsers = 6;
    static const QString kDemoPassword;

    explicit UserDemoSeed(EmulatorStore &store);
    void seedUsers(const SeedOptions &options);

    static const QStringList &departments();

private:
    void seedAdmin();
    void seedMember(int index, const QString &organizationId, const QString &domain, qlonglong id,
                    bool demo);

    EmulatorStore &m_store;
};
