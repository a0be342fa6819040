#include "emulator/core/AuditedOperations.h"

#include <QHash>
#include <QRegularExpression>

namespace {
// Taken from the specs (user, organization, partner-directory, permissions, entity,
// access-token, audit-logs of @epilot/sdk 2.20.31): every POST/PUT/PATCH/DELETE operation.
const AuditedOperation kOperations[] = {
    // User API
    {"POST", "/v2/users/public/signup", "user", "signUpUser", true, "signed up", "sign up"},
    {"PUT", "/v2/users/me/settings/{scope}/{key}", "user", "putUserSetting", true,
     "saved the personal setting {scope}/{key}", "save the personal setting {scope}/{key}"},
    {"DELETE", "/v2/users/me/settings/{scope}/{key}", "user", "deleteUserSetting", true,
     "deleted the personal setting {scope}/{key}", "delete the personal setting {scope}/{key}"},
    {"PATCH", "/v2/users/{id}", "user", "updateUserV2", true, "updated the user {id}",
     "update the user {id}"},
    {"DELETE", "/v2/users/{id}", "user", "deleteUserV2", true, "deleted the user {id}",
     "delete the user {id}"},
    {"POST", "/v2/users/invite", "user", "inviteUser", true, "invited {email}", "invite {email}"},
    {"POST", "/v2/users/invite:resendEmail", "user", "resendUserInvitation", true,
     "sent the invitation to {email} again", "send the invitation to {email} again"},
    {"POST", "/v2/users:sendPasswordReset", "user", "sendUserPasswordReset", true,
     "sent a password reset to {email}", "send a password reset to {email}"},
    {"POST", "/v1/groups", "user", "createGroup", true, "created the group {name}",
     "create the group {name}"},
    {"PATCH", "/v1/groups/{id}", "user", "updateGroup", true, "updated the group {id}",
     "update the group {id}"},
    {"DELETE", "/v1/groups/{id}", "user", "deleteGroup", true, "deleted the group {id}",
     "delete the group {id}"},
    {"POST", "/v1/groups/{id}/user:next", "user", "advanceUserAssignment", true,
     "advanced the round-robin of the group {id}", "advance the round-robin of the group {id}"},
    {"POST", "/v2/user/navigations", "user", "createNavigation", true, "saved a navigation",
     "save a navigation"},
    {"POST", "/v2/users/public/verifyEmail", "user", "verifyEmailWithToken", true,
     "verified an e-mail address", "verify an e-mail address"},
    {"POST", "/v2/users/public/requestPasswordReset", "user", "requestPasswordReset", true,
     "requested a password reset", "request a password reset"},
    {"POST", "/v2/users/public/resetPassword", "user", "resetPassword", true, "reset a password",
     "reset a password"},
    {"POST", "/v2/users/public/activate", "user", "activateUser", true, "activated an account",
     "activate an account"},
    {"DELETE", "/v2/users/public/reject", "user", "rejectInvite", true, "rejected an invitation",
     "reject an invitation"},
    {"POST", "/v2/users/public/passkeys:authenticateBegin", "user", "beginPasskeyAuthentication",
     false, nullptr, nullptr},
    {"POST", "/v2/users/public/passkeys:authenticateBeginDiscoverable", "user",
     "beginDiscoverablePasskeyAuthentication", false, nullptr, nullptr},
    {"POST", "/v2/users/public/passkeys:resolveCredential", "user", "resolveDiscoverableCredential",
     false, nullptr, nullptr},
    {"POST", "/v2/users/me/passkeys:registerBegin", "user", "beginPasskeyRegistration", true,
     "began registering a passkey", "begin registering a passkey"},
    {"POST", "/v2/users/me/passkeys:registerComplete", "user", "completePasskeyRegistration", true,
     "registered a passkey", "register a passkey"},
    {"DELETE", "/v2/users/me/passkeys/{credentialId}", "user", "deletePasskey", true,
     "deleted a passkey", "delete a passkey"},
    {"POST", "/v2/users/switchOrganization", "user", "switchOrganization", true,
     "switched to the organization {org_id}", "switch to the organization {org_id}"},
    // Organization API
    {"PATCH", "/v2/organization/{org_id}", "organization", "updateOrganization", true,
     "updated the organization {org_id}", "update the organization {org_id}"},
    {"PUT", "/v2/organization/{org_id}/settings/{key}", "organization", "putSettingsValue", true,
     "changed the organization setting {key}", "change the organization setting {key}"},
    {"DELETE", "/v2/organization/{org_id}/settings/{key}", "organization", "deleteSettingsValue",
     true, "removed the organization setting {key}", "remove the organization setting {key}"},
    // Partner Directory API
    {"POST", "/v1/partners/{id}/approve", "partner-directory", "approvePartner", true,
     "approved the partner {id}", "approve the partner {id}"},
    {"POST", "/v1/partners/{id}/reject", "partner-directory", "rejectPartner", true,
     "rejected the partner {id}", "reject the partner {id}"},
    {"POST", "/v1/partners/assignables:search", "partner-directory", "searchAssignable", false,
     nullptr, nullptr},
    {"POST", "/v1/partners/assignables:batchGet", "partner-directory", "batchGetAssignable", false,
     nullptr, nullptr},
    {"POST", "/v1/partner-directory/public/activate", "partner-directory", "activatePartner", true,
     "activated a partner", "activate a partner"},
    {"POST", "/v1/geolocation/text:search", "partner-directory", "searchGeolocationForText", false,
     nullptr, nullptr},
    {"POST", "/v2/partners/{id}/invite", "partner-directory", "invitePartnerV2", true,
     "invited the partner {id}", "invite the partner {id}"},
    {"POST", "/v2/partners/{orgId}/users", "partner-directory", "createPartnerUser", true,
     "added a user to the partner {orgId}", "add a user to the partner {orgId}"},
    {"DELETE", "/v2/partners/{orgId}/users/{userId}", "partner-directory", "deletePartnerUser",
     true, "removed the user {userId} from the partner {orgId}",
     "remove the user {userId} from the partner {orgId}"},
    {"POST", "/v2/partners/{orgId}/roles", "partner-directory", "createPartnerRole", true,
     "created a role for the partner {orgId}", "create a role for the partner {orgId}"},
    {"PUT", "/v2/partners/{orgId}/roles/{roleId}", "partner-directory", "updatePartnerRole", true,
     "updated the partner role {roleId}", "update the partner role {roleId}"},
    {"DELETE", "/v2/partners/{orgId}/roles/{roleId}", "partner-directory", "deletePartnerRole",
     true, "deleted the partner role {roleId}", "delete the partner role {roleId}"},
    {"POST", "/v2/partners/{orgId}/users/{userId}/roles", "partner-directory",
     "assignPartnerUserRoles", true, "gave roles to the partner user {userId}",
     "give roles to the partner user {userId}"},
    {"DELETE", "/v2/partners/{orgId}/users/{userId}/roles", "partner-directory",
     "unassignPartnerUserRoles", true, "took roles from the partner user {userId}",
     "take roles from the partner user {userId}"},
    // Permissions API
    {"POST", "/v1/permissions/roles", "permissions", "createRole", true, "created the role {slug}",
     "create the role {slug}"},
    {"POST", "/v1/permissions/roles:search", "permissions", "searchRoles", false, nullptr, nullptr},
    {"PUT", "/v1/permissions/roles/{roleId}", "permissions", "putRole", true,
     "saved the role {roleId}", "save the role {roleId}"},
    {"DELETE", "/v1/permissions/roles/{roleId}", "permissions", "deleteRole", true,
     "deleted the role {roleId}", "delete the role {roleId}"},
    {"PUT", "/v1/permissions/assignments/{userId}", "permissions", "assignRoles", true,
     "changed the roles of the user {userId}", "change the roles of the user {userId}"},
    {"POST", "/v1/permissions/assignments/{userId}/{roleId}", "permissions", "addAssignment", true,
     "gave the role {roleId} to the user {userId}", "give the role {roleId} to the user {userId}"},
    {"DELETE", "/v1/permissions/assignments/{userId}/{roleId}", "permissions", "removeAssignment",
     true, "took the role {roleId} from the user {userId}",
     "take the role {roleId} from the user {userId}"},
    // Entity API (the partner schema)
    {"POST", "/v1/entity:search", "entity", "searchEntities", false, nullptr, nullptr},
    {"POST", "/v1/entity/{slug}", "entity", "createEntity", true, "created a {slug} record",
     "create a {slug} record"},
    {"PUT", "/v1/entity/{slug}/{id}", "entity", "updateEntity", true,
     "replaced the {slug} record {id}", "replace the {slug} record {id}"},
    {"PATCH", "/v1/entity/{slug}/{id}", "entity", "patchEntity", true,
     "updated the {slug} record {id}", "update the {slug} record {id}"},
    {"DELETE", "/v1/entity/{slug}/{id}", "entity", "deleteEntity", true,
     "deleted the {slug} record {id}", "delete the {slug} record {id}"},
    // Access Token API
    {"POST", "/v1/access-tokens", "access-token", "createAccessToken", true,
     "created the API token {name}", "create the API token {name}"},
    {"DELETE", "/v1/access-tokens/{id}", "access-token", "revokeAccessToken", true,
     "revoked the API token {id}", "revoke the API token {id}"},
    // Audit Logs API
    {"POST", "/v1/logs", "audit-logs", "getLogs", false, nullptr, nullptr},
};

QString shape(const QString &path)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{[^}/]+\\}"));
    return QString(path).replace(placeholder, QStringLiteral("{}"));
}

QString keyOf(const QByteArray &method, const QString &path)
{
    return QString::fromLatin1(method.toUpper()) + QLatin1Char(' ') + shape(path);
}
} // namespace

namespace AuditedOperations {

const AuditedOperation *find(const QByteArray &method, const QString &routePattern)
{
    static const QHash<QString, const AuditedOperation *> index = [] {
        QHash<QString, const AuditedOperation *> built;
        for (const AuditedOperation &operation : kOperations)
            built.insert(keyOf(operation.method, QString::fromLatin1(operation.path)), &operation);
        return built;
    }();
    return index.value(keyOf(method, routePattern), nullptr);
}

QString serviceUrl(const QString &service)
{
    static const QHash<QString, QString> hosts{
        {QStringLiteral("user"), QStringLiteral("user.sls.epilot.io")},
        {QStringLiteral("organization"), QStringLiteral("organization-v2.sls.epilot.io")},
        {QStringLiteral("partner-directory"),
         QStringLiteral("partner-directory-api.sls.epilot.io")},
        {QStringLiteral("permissions"), QStringLiteral("permissions.sls.epilot.io")},
        {QStringLiteral("entity"), QStringLiteral("entity.sls.epilot.io")},
        {QStringLiteral("access-token"), QStringLiteral("access-token.sls.epilot.io")},
        {QStringLiteral("audit-logs"), QStringLiteral("audit-logs.sls.epilot.io")},
    };
    return QStringLiteral("https://") +
           hosts.value(service, service + QStringLiteral(".sls.epilot.io"));
}

} // namespace AuditedOperations
