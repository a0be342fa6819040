#pragma once

#include "emulator/core/ApiModule.h"
#include "emulator/core/EmulatorRequest.h"
#include "emulator/core/EmulatorResponse.h"
#include "emulator/users/UserDirectory.h"

#include <optional>

class EmulatorStore;
class Outbox;
class TokenRegistry;

// The users part of the User API (user.json): V1 and V2 reads, listing, PATCH, delete,
// invitations, activation, password reset, e-mail verification, sign-up, login parameters,
// switchOrganization. Groups, settings, passkeys and navigations have modules of their own.
// Its operations are defined in four files by group: UserApiModule.cpp (routes, reads, PATCH,
// delete, login parameters), UserApiListing.cpp, UserApiInvitations.cpp, UserApiPasswords.cpp.
class UserApiModule : public ApiModule
{
public:
    UserApiModule(EmulatorStore &store, Outbox &outbox, TokenRegistry &tokens);
    void registerRoutes(EmulatorRouter &router) override;
    void seed(const SeedOptions &options) override;

    // Where the links in mails point (the real portal; the token is what matters).
    static QString portalLink(const QString &page, const QString &token);

private:
    EmulatorResponse getMe(const EmulatorRequest &request, bool v2);
    EmulatorResponse getUser(const EmulatorRequest &request, bool v2);
    EmulatorResponse listUsersV2(const EmulatorRequest &request);
    EmulatorResponse listUsersV1(const EmulatorRequest &request);
    EmulatorResponse updateUser(const EmulatorRequest &request);
    EmulatorResponse deleteUser(const EmulatorRequest &request);
    EmulatorResponse inviteUser(const EmulatorRequest &request);
    EmulatorResponse resendInvitation(const EmulatorRequest &request);
    EmulatorResponse sendPasswordReset(const EmulatorRequest &request);
    EmulatorResponse requestPasswordReset(const EmulatorRequest &request);
    EmulatorResponse resetPassword(const EmulatorRequest &request);
    EmulatorResponse checkInviteToken(const EmulatorRequest &request);
    EmulatorResponse activateUser(const EmulatorRequest &request);
    EmulatorResponse rejectInvite(const EmulatorRequest &request);
    EmulatorResponse verifyEmail(const EmulatorRequest &request);
    EmulatorResponse signUp(const EmulatorRequest &request);
    EmulatorResponse loginParameters(const EmulatorRequest &request);
    EmulatorResponse switchOrganization(const EmulatorRequest &request);

    // The user with that id in the caller's organization, or the 404 answer.
    std::optional<EmulatorResponse> findVisibleUser(const EmulatorRequest &request,
                                                    QJsonObject *user) const;
    std::optional<EmulatorResponse> applyPatch(const QJsonObject &patch, QJsonObject *user,
                                               const QString &organizationId);
    void mailPasswordReset(QJsonObject *user);
    // Users of these organizations matching the query, in store order, as positions in
    // searchIndex().users. Cached until the store changes, so paging through 100,000 users costs
    // one scan instead of one per page.
    const QList<qsizetype> &matchingUsers(const QStringList &organizations, const QString &query);

    // Every user's searchable fields, case-folded, in one UTF-8 text: a search is then one pass
    // over contiguous memory instead of a visit to 100,000 separate strings.
    struct SearchIndex
    {
        QByteArray text;          // users separated by '\x1e', their fields by '\x1f'
        QList<qsizetype> starts;  // where each user's part of `text` begins
        QList<QJsonObject> users; // in store order
        // Each user's organizations (as UserDirectory::isMember reads them) as numbers, all users'
        // in one list: user i's are memberships[membershipStarts[i] .. membershipStarts[i + 1]).
        QHash<QString, int> organizationNumbers;
        QList<int> memberships;
        QList<qsizetype> membershipStarts;
        quint64 revision = 0;
        bool valid = false;
    };
    const SearchIndex &searchIndex();
    bool isMemberOfAny(qsizetype user, const QList<int> &organizations) const;

    struct Listing
    {
        QStringList organizations;
        QString query;
        quint64 revision = 0;
        bool valid = false;
        QList<qsizetype> users;
    };

    EmulatorStore &m_store;
    Outbox &m_outbox;
    TokenRegistry &m_tokens;
    UserDirectory m_users;
    Listing m_listing;
    SearchIndex m_search;
};
