#pragma once

#include "emulator/core/ApiModule.h"
#include "emulator/core/EmulatorRequest.h"
#include "emulator/core/EmulatorResponse.h"

#include <QJsonObject>
#include <QString>
#include <optional>

class EmulatorStore;

// The Organization API (organization.json, 8 operations): the caller's organizations, PATCH merge
// of their profile, per-key organization settings (collection "orgSettings", id "<orgId>/<key>")
// and the static feature-settings catalogue.
class OrganizationApiModule : public ApiModule
{
public:
    explicit OrganizationApiModule(EmulatorStore &store);

    void registerRoutes(EmulatorRouter &router) override;
    void seed(const SeedOptions &options) override;

private:
    // Profiles are visible to connected partner organizations; settings and changes are not.
    enum class Audience { MembersAndPartners, MembersOnly };

    EmulatorResponse getCurrentOrganization(const EmulatorRequest &request) const;
    EmulatorResponse getOrganization(const EmulatorRequest &request) const;
    EmulatorResponse updateOrganization(const EmulatorRequest &request);
    EmulatorResponse getSettings(const EmulatorRequest &request) const;
    EmulatorResponse putSettingsValue(const EmulatorRequest &request);
    EmulatorResponse deleteSettingsValue(const EmulatorRequest &request);
    EmulatorResponse getFeatureSettings(const EmulatorRequest &request) const;

    // 404 when the organization is unknown, 403 when the caller may not see or change it.
    std::optional<EmulatorResponse>
    refuseAccess(const Caller &caller, const QString &organizationId, Audience audience) const;
    bool isMemberOf(const Caller &caller, const QString &organizationId) const;
    bool isConnectedPartner(const QString &callerOrganizationId,
                            const QString &organizationId) const;
    QJsonObject organizationDocument(const QString &organizationId) const;
    static QJsonObject organizationView(const QJsonObject &document);
    static QString settingId(const QString &organizationId, const QString &key);
    static QJsonObject featureSettings();

    void seedOrganizations(bool withPartners);
    void seedSettings();

    EmulatorStore &m_store;
};
