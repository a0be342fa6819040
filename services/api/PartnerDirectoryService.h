#pragma once

#include "services/network/ServiceCall.h"

#include <QObject>
#include <QStringList>

// The query of searchAssignable (request body of POST /v1/partners/assignables:search).
struct AssignableSearch
{
    QString q;                        // required by the spec, may be empty
    int from = 0;                     // zero-based offset
    int size = 25;                    // 1..1000
    QStringList types;                // user, partner_user, partner_organization, ecp, group,
                                      // parent_organization_user; empty = the server's default
    QStringList orgIds;               // empty = every accessible organization
    QString portalUsersEntityIdScope; // required by the server when types holds "ecp"

    QJsonObject toJson() const;
    // Empty when the query may be sent, else why not.
    QString problem() const;
};

// One item of batchGetAssignable: a user (with its organization) or a group.
struct AssignableReference
{
    QString userId;
    QString groupId;
    QString orgId;

    QJsonObject toJson() const;
};

// The Partner Directory API (partner-directory.json). Each call mirrors one operationId; bad input
// is refused before sending with a readable error, reported through the callback like any other.
class PartnerDirectoryService : public QObject
{
    Q_OBJECT
public:
    explicit PartnerDirectoryService(ApiClient *client, QObject *parent = nullptr);

    ApiClient *client() const { return m_client; }

    // Partners (lifecycle). Answers are Partner objects.
    ApiCall *approvePartner(const QString &partnerId, QObject *context, ObjectCallback done);
    ApiCall *rejectPartner(const QString &partnerId, QObject *context, ObjectCallback done);
    // language: "en" or "de".
    ApiCall *invitePartnerV2(const QString &partnerId, const QString &language, QObject *context,
                             ObjectCallback done);
    // Public (no token sent).
    ApiCall *getPartnerByToken(const QString &token, QObject *context, ObjectCallback done);
    ApiCall *activatePartner(const QString &token, const QString &companyName,
                             const QString &signedUpEmail, const QString &organizationId,
                             QObject *context, DoneCallback done);

    // Assignables. Answers are {hits, results}.
    ApiCall *searchAssignable(const AssignableSearch &search, QObject *context,
                              ObjectCallback done);
    ApiCall *batchGetAssignable(const QList<AssignableReference> &items, QObject *context,
                                ObjectCallback done);

    // Geolocation: {lat, lng, addressLabel?, relevance?}.
    ApiCall *searchGeolocationForText(const QString &address, QObject *context,
                                      ObjectCallback done);

    // Partner users. getPartnerUsers hands over `results`.
    ApiCall *getPartnerUsers(const QString &organizationId, QObject *context, ArrayCallback done);
    ApiCall *createPartnerUser(const QString &organizationId, const QString &email,
                               const QString &language, const QStringList &roleIds,
                               QObject *context, ObjectCallback done);
    ApiCall *deletePartnerUser(const QString &organizationId, const QString &userId,
                               QObject *context, DoneCallback done);
    // Per-role outcome list (`results`: {roleId, success, data?, error?}).
    ApiCall *assignPartnerUserRoles(const QString &organizationId, const QString &userId,
                                    const QStringList &roleIds, QObject *context,
                                    ArrayCallback done);
    ApiCall *unassignPartnerUserRoles(const QString &organizationId, const QString &userId,
                                      const QStringList &roleIds, QObject *context,
                                      ArrayCallback done);

    // Partner roles. `role` is the payload: {name, slug, grants[, id]} (extra members are sent
    // as they are, so the caller decides what the server sees).
    ApiCall *getPartnerRoles(const QString &organizationId, QObject *context, ArrayCallback done);
    ApiCall *createPartnerRole(const QString &organizationId, const QJsonObject &role,
                               QObject *context, ObjectCallback done);
    ApiCall *updatePartnerRole(const QString &organizationId, const QString &roleId,
                               const QJsonObject &role, QObject *context, ObjectCallback done);
    ApiCall *deletePartnerRole(const QString &organizationId, const QString &roleId,
                               QObject *context, DoneCallback done);

    static bool isLanguage(const QString &language);
    static bool isEmailAddress(const QString &email);
    static bool isSlug(const QString &slug);

private:
    ApiCall *roleAssignment(const QByteArray &method, const QString &operationId,
                            const QString &organizationId, const QString &userId,
                            const QStringList &roleIds, QObject *context, ArrayCallback done);

    ApiClient *m_client;
};
