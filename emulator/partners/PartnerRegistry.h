#pragma once

#include "emulator/core/EmulatorRequest.h"
#include "emulator/core/EmulatorResponse.h"

#include <QJsonObject>
#include <QString>

class EmulatorRouter;
class EmulatorStore;
class Outbox;

// The partner records of an organization and their lifecycle (collection "partners"):
// invitePartnerV2 → Invited with a token in the outbox → getPartnerByToken → activatePartner
// (links the partner's organization); approvePartner / rejectPartner answer a Request.
//
// The spec's status enum has no "Active": as its examples show, an established partnership keeps
// status Invited and carries `partner_org_id`; an approved Request becomes Invited as well.
class PartnerRegistry
{
public:
    PartnerRegistry(EmulatorStore &store, Outbox &outbox);

    void registerRoutes(EmulatorRouter &router);

    // The partner record connecting `partnerOrganizationId` to `organizationId`, {} if they are
    // not connected (no record, not yet activated/approved, rejected or deleted).
    static QJsonObject connectedPartner(const EmulatorStore &store, const QString &organizationId,
                                        const QString &partnerOrganizationId);
    static bool isConnected(const QJsonObject &partner);
    static QString newInvitationToken();
    static QString invitationLink(const QString &token);

private:
    EmulatorResponse approvePartner(const EmulatorRequest &request);
    EmulatorResponse rejectPartner(const EmulatorRequest &request);
    EmulatorResponse invitePartner(const EmulatorRequest &request);
    EmulatorResponse getPartnerByToken(const EmulatorRequest &request) const;
    EmulatorResponse activatePartner(const EmulatorRequest &request);

    // The caller's partner named in the path, or an error answer.
    QJsonObject callerPartner(const EmulatorRequest &request, EmulatorResponse *error) const;
    QJsonObject partnerByToken(const QString &token) const;
    static QString tokenProblem(const QString &token);

    EmulatorStore &m_store;
    Outbox &m_outbox;
};
