#pragma once

#include "services/network/ServiceCall.h"

#include <QObject>
#include <QStringList>

// The User API (user.json): users, invitations, groups, the signed-in user, settings, passkeys,
// navigations and the public account operations. Each call mirrors one operationId.
class UserService : public QObject
{
    Q_OBJECT
public:
    explicit UserService(ApiClient *client, QObject *parent = nullptr);

    ApiCall *getMeV2(QObject *context, ObjectCallback done);

    // --- Users, invitations and groups -------------------------------------------------------
    // listUsersV2: the users of the token's organization, one page ("results").
    ApiCall *listUsersV2(const QString &query, int limit, int offset, QObject *context,
                         ArrayCallback done);
    // listUsers (V1): users of the given organizations ("users"); empty ids means the token's own.
    ApiCall *listUsers(const QStringList &organizationIds, const QString &query, int limit,
                       int offset, QObject *context, ArrayCallback done);
    ApiCall *getUserV2(const QString &id, QObject *context, ObjectCallback done);
    // Sends only the fields given; an e-mail change becomes the user's pending draft_email.
    ApiCall *updateUserV2(const QString &id, const QJsonObject &changes, QObject *context,
                          ObjectCallback done);
    ApiCall *deleteUserV2(const QString &id, QObject *context, ObjectCallback done);
    // `language` is "en" or "de"; `roles` are role ids in the "<organization_id>:<slug>" form.
    ApiCall *inviteUser(const QString &email, const QString &language, const QStringList &roles,
                        QObject *context, ObjectCallback done);
    ApiCall *resendUserInvitation(const QString &email, const QString &language, QObject *context,
                                  ObjectCallback done);
    ApiCall *sendUserPasswordReset(const QString &email, QObject *context, ObjectCallback done);
    ApiCall *getGroupsForUser(const QString &userId, QObject *context, ArrayCallback done);
    // getGroups answers {hits, groups}; the whole object is handed back so callers see `hits`.
    ApiCall *getGroups(const QString &query, int limit, int offset, bool hydrate, QObject *context,
                       ObjectCallback done);
    ApiCall *getGroup(const QString &id, bool hydrate, QObject *context, ObjectCallback done);
    // Bodies are CreateGroupReq / UpdateGroupReq: name, user_ids, image_uri, abbreviation.
    ApiCall *createGroup(const QJsonObject &body, QObject *context, ObjectCallback done);
    ApiCall *updateGroup(const QString &id, const QJsonObject &changes, QObject *context,
                         ObjectCallback done);
    ApiCall *deleteGroup(const QString &id, QObject *context, DoneCallback done);
    // Moves the group's crt_assignee on to the next member in line.
    ApiCall *advanceUserAssignment(const QString &groupId, QObject *context, ObjectCallback done);
    // --- end of users, invitations and groups ------------------------------------------------

    ApiClient *client() const { return m_client; }

private:
    ApiClient *m_client;
};
