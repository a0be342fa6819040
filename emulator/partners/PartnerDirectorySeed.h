#pragma once

#include "emulator/core/ApiModule.h"

#include <QJsonObject>
#include <QList>
#include <QString>

class EmulatorStore;
class Outbox;
class PartnerRoleCatalog;

// Demo data of the partner directory: 12 partners of Stadtwerke Musterstadt in every status (two
// of them connected partner organizations with users, roles and grants), or N generated ones with
// --partners N. Every id and token is derived from the partner's index, so runs are identical.
class PartnerDirectorySeed
{
public:
    PartnerDirectorySeed(EmulatorStore &store, Outbox &outbox, const PartnerRoleCatalog &roles);

    void seed(const SeedOptions &options);

    // Organization-shaped profiles of the partner companies that have an epilot organization;
    // the Organization API seeds them into "organizations".
    static QList<QJsonObject> partnerOrganizationProfiles();
    static QString partnerId(int index);

    static inline const QString kSolarOrganizationId = QStringLiteral("739301");
    static inline const QString kElectricOrganizationId = QStringLiteral("739302");

private:
    QJsonObject partner(int index);
    QJsonObject generatedPartner(int index) const;
    void seedInvitation(QJsonObject *partner, int index);
    void seedSolarOrganization();
    void seedElectricOrganization();
    void putRole(const QString &organizationId, const QString &slug, const QString &name,
                 const QJsonArray &grantsWithDependencies);
    void putUser(const QString &organizationId, const QString &id, const QString &name,
                 const QString &email, const QString &status, const QStringList &roleSlugs,
                 const QString &createdAt);

    EmulatorStore &m_store;
    Outbox &m_outbox;
    const PartnerRoleCatalog &m_roles;
};
