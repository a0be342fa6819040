#pragma once

#include "emulator/core/ApiModule.h"
#include "emulator/core/EmulatorRequest.h"
#include "emulator/core/EmulatorResponse.h"

#include <QJsonObject>
#include <optional>

class EmulatorStore;

// User groups of the User API (/v1/groups…, getGroupsForUser). Stored groups are Group objects
// plus _user_ids (members in order) and _crt_index (the current round-robin position).
// Answers carry "users" as [{id}] or, with hydrate=true, as full UserV2 objects, and
// "crt_assignee" as the current member's UserV2 with crt_index.
class GroupApiModule : public ApiModule
{
public:
    explicit GroupApiModule(EmulatorStore &store);
    void registerRoutes(EmulatorRouter &router) override;
    void seed(const SeedOptions &options) override;

private:
    EmulatorResponse listGroups(const EmulatorRequest &request);
    EmulatorResponse createGroup(const EmulatorRequest &request);
    EmulatorResponse getGroup(const EmulatorRequest &request);
    EmulatorResponse updateGroup(const EmulatorRequest &request);
    EmulatorResponse deleteGroup(const EmulatorRequest &request);
    EmulatorResponse advanceAssignment(const EmulatorRequest &request);
    EmulatorResponse groupsForUser(const EmulatorRequest &request);

    std::optional<EmulatorResponse> findGroup(const EmulatorRequest &request,
                                              QJsonObject *group) const;
    std::optional<EmulatorResponse>
    applyFields(const QJsonObject &body, const QString &organizationId, QJsonObject *group) const;
    QJsonObject present(const QJsonObject &group, bool hydrate) const;
    static std::optional<EmulatorResponse> hydrateFlag(const EmulatorRequest &request,
                                                       bool *hydrate);

    EmulatorStore &m_store;
};
