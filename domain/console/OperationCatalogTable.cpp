// Generated once by scripts/generate-operation-catalog.mjs from the OpenAPI definitions of the
// APIs; tst_operation_catalog keeps it honest against the specs. Edit by re-running.
// clang-format off
#include "domain/console/OperationCatalog.h"

const QList<Operation> &OperationCatalog::all()
{
    static const QList<Operation> operations = {
    {Api::User, "signUpUser", "User V2", "POST", "/v2/users/public/signup",
     "signUpUser",
     {{"token", OperationParameter::Place::Query, "string", false, "Partner invitation token"}},
     true, false,
     R"json({
  "organization_detail": {
    "type": "Vendor",
    "name": "Epilot",
    "pricing_tier": "professional",
    "email": "",
    "is_privacy_policy_checked": false,
    "is_terms_and_conditions_checked": false
  },
  "user_detail": {
    "full_name": "Example user",
    "email": "someone@example.com",
    "password": "AKjhdakjsdh@!34"
  },
  "language": "en"
})json",
     false},
    {Api::User, "getMeV2", "User V2", "GET", "/v2/users/me",
     "getMeV2",
     {},
     false, false,
     {},
     true},
    {Api::User, "listUserSettings", "User V2", "GET", "/v2/users/me/settings",
     "listUserSettings",
     {},
     false, false,
     {},
     true},
    {Api::User, "getUserSettingsScope", "User V2", "GET", "/v2/users/me/settings/{scope}",
     "getUserSettingsScope",
     {{"scope", OperationParameter::Place::Path, "string", true, "User setting scope, for example calendar, navigation, or search"}},
     false, false,
     {},
     true},
    {Api::User, "getUserSetting", "User V2", "GET", "/v2/users/me/settings/{scope}/{key}",
     "getUserSetting",
     {{"scope", OperationParameter::Place::Path, "string", true, "User setting scope"},
      {"key", OperationParameter::Place::Path, "string", true, "User setting key"}},
     false, false,
     {},
     true},
    {Api::User, "putUserSetting", "User V2", "PUT", "/v2/users/me/settings/{scope}/{key}",
     "putUserSetting",
     {{"scope", OperationParameter::Place::Path, "string", true, "User setting scope"},
      {"key", OperationParameter::Place::Path, "string", true, "User setting key"}},
     true, true,
     R"json({})json",
     true},
    {Api::User, "deleteUserSetting", "User V2", "DELETE", "/v2/users/me/settings/{scope}/{key}",
     "deleteUserSetting",
     {{"scope", OperationParameter::Place::Path, "string", true, "User setting scope"},
      {"key", OperationParameter::Place::Path, "string", true, "User setting key"}},
     false, false,
     {},
     true},
    {Api::User, "listUsersV2", "User V2", "GET", "/v2/users",
     "listUsersV2",
     {{"query", OperationParameter::Place::Query, "string", false, "Query text to filter by"},
      {"limit", OperationParameter::Place::Query, "number", false, "Limit the results size"},
      {"offset", OperationParameter::Place::Query, "number", false, "Specify the offset"}},
     false, false,
     {},
     true},
    {Api::User, "getUserV2", "User V2", "GET", "/v2/users/{id}",
     "getUserV2",
     {{"id", OperationParameter::Place::Path, "string", true, "The Id of user"}},
     false, false,
     {},
     true},
    {Api::User, "deleteUserV2", "User V2", "DELETE", "/v2/users/{id}",
     "deleteUserV2",
     {{"id", OperationParameter::Place::Path, "string", true, "The Id of user"}},
     false, false,
     {},
     true},
    {Api::User, "updateUserV2", "User V2", "PATCH", "/v2/users/{id}",
     "updateUserV2",
     {{"id", OperationParameter::Place::Path, "string", true, "The Id of user"}},
     true, false,
     R"json({
  "organization_id": "",
  "created_at": "",
  "activated_at": "",
  "display_name": "Example User",
  "status": "Active",
  "email": "someone@example.com",
  "draft_email": "someone@example.com",
  "department": "Sales",
  "phone": 1234567890,
  "secondary_phone": 1234567890,
  "mfa_enabled": false,
  "has_passkeys": false,
  "phone_verified": true,
  "token": "",
  "signature": "<p>Thanks</p>",
  "is_signature_enabled": true,
  "preferred_language": "de",
  "custom_start_page": "/app/dashboard",
  "custom_navigation": "5gbe4nkp6jsfq",
  "override_release_channel": "canary",
  "feature_preferences": {
    "feature_name": true
  },
  "image_uri": {
    "original": "https://account-profile-images.epilot.cloud/1/avatar.png",
    "thumbnail_32": "https://account-profile-images.epilot.cloud/1/avatar_32x32.png"
  },
  "favorites": {
    "entity_views": {
      "opportunity": "891a5409850abf8b92bd2cb7bdd2844d32ce6bec",
      "order": "628aee91-7c2f-4047-ab0d-433582a19c49"
    },
    "dashboard": "751ff121-9ac2-4511-a2e6-851f11287380"
  },
  "email_notification_setting": {
    "added_participant_opportunity": true,
    "assigned_opportunity": true,
    "assigned_task": true,
    "comment_opportunity": true,
    "deleted_task": true,
    "escalated_task": true,
    "message_receive_opportunity": true,
    "message_send_opportunity": true,
    "created_task": true,
    "created_opportunity_manual": true,
    "created_opportunity_auto": true,
    "deleted_opportunity": true
  },
  "in_app_notification_setting": {
    "integration_critical_error": true,
    "integration_error_threshold": true,
    "assigned_opportunity": true,
    "assigned_task": true
  },
  "properties": [
    {
      "name": "profileImageName",
      "value": "avatar.png"
    }
  ],
  "tags": [
    "non-billable"
  ]
})json",
     true},
    {Api::User, "inviteUser", "User V2", "POST", "/v2/users/invite",
     "inviteUser",
     {},
     true, false,
     R"json({
  "email": "test@example.com",
  "language": "en",
  "roles": [
    "123:owner"
  ]
})json",
     true},
    {Api::User, "resendUserInvitation", "User V2", "POST", "/v2/users/invite:resendEmail",
     "resendUserInvitation",
     {},
     true, false,
     R"json({
  "email": "test@example.com",
  "language": "en"
})json",
     true},
    {Api::User, "sendUserPasswordReset", "User V2", "POST", "/v2/users:sendPasswordReset",
     "sendUserPasswordReset",
     {},
     true, true,
     R"json({
  "email": "test@example.com"
})json",
     true},
    {Api::User, "getGroupsForUser", "User V2", "GET", "/v2/users/{id}/groups",
     "getGroupsForUser",
     {{"id", OperationParameter::Place::Path, "string", true, "The Id of user"}},
     false, false,
     {},
     true},
    {Api::User, "getGroups", "Group", "GET", "/v1/groups",
     "getGroups",
     {{"query", OperationParameter::Place::Query, "string", false, "Query name to filter by"},
      {"limit", OperationParameter::Place::Query, "number", false, "Limit the results size"},
      {"offset", OperationParameter::Place::Query, "number", false, "Specify the offset"},
      {"hydrate", OperationParameter::Place::Query, "boolean", false, "Pass it true when you want to hydrate the group with full user details"}},
     false, false,
     {},
     true},
    {Api::User, "createGroup", "Group", "POST", "/v1/groups",
     "createGroup",
     {},
     true, false,
     R"json({
  "name": "Finance",
  "user_ids": [
    "123",
    "456"
  ],
  "image_uri": {
    "gradient_colors": [
      "#0588f0",
      "#3358d4"
    ]
  },
  "abbreviation": "FN"
})json",
     true},
    {Api::User, "getGroup", "Group", "GET", "/v1/groups/{id}",
     "getGroup",
     {{"id", OperationParameter::Place::Path, "string", true, "Group id"},
      {"hydrate", OperationParameter::Place::Query, "boolean", false, "Pass it true when you want to hydrate the group with full user details"}},
     false, false,
     {},
     true},
    {Api::User, "deleteGroup", "Group", "DELETE", "/v1/groups/{id}",
     "deleteGroup",
     {{"id", OperationParameter::Place::Path, "string", true, "Group id"}},
     false, false,
     {},
     true},
    {Api::User, "updateGroup", "Group", "PATCH", "/v1/groups/{id}",
     "updateGroup",
     {{"id", OperationParameter::Place::Path, "string", true, "Group id"}},
     true, false,
     R"json({
  "name": "Finance",
  "user_ids": [
    "123",
    "456"
  ],
  "image_uri": {
    "gradient_colors": [
      "#0588f0",
      "#3358d4"
    ]
  },
  "abbreviation": "FN"
})json",
     true},
    {Api::User, "advanceUserAssignment", "Group", "POST", "/v1/groups/{id}/user:next",
     "advanceUserAssignment",
     {{"id", OperationParameter::Place::Path, "string", true, "Group id"}},
     false, false,
     {},
     true},
    {Api::User, "createNavigation", "Navigation", "POST", "/v2/user/navigations",
     "createNavigation",
     {},
     true, false,
     R"json({
  "name": "Sales Team Navigation",
  "configuration": {
    "customer_relations": [
      {
        "key": "dashboard"
      },
      {
        "key": "contact"
      }
    ],
    "configurations": [
      {
        "name": "Product Catalog",
        "subItems": [
          {
            "key": "product"
          },
          {
            "key": "price"
          }
        ]
      },
      {
        "key": "journey"
      }
    ]
  }
})json",
     true},
    {Api::User, "getNavigation", "Navigation", "GET", "/v2/user/navigations/{id}",
     "getNavigation",
     {{"id", OperationParameter::Place::Path, "string", true, "The UUID of the navigation"}},
     false, false,
     {},
     true},
    {Api::User, "verifyEmailWithToken", "User V2", "POST", "/v2/users/public/verifyEmail",
     "verifyEmailWithToken",
     {{"token", OperationParameter::Place::Query, "string", true, "Verification Token"}},
     true, false,
     R"json({
  "password": "AKjhdakjsdh@!34"
})json",
     false},
    {Api::User, "requestPasswordReset", "User V2", "POST", "/v2/users/public/requestPasswordReset",
     "requestPasswordReset",
     {},
     true, true,
     R"json({
  "email": "test@example.com"
})json",
     false},
    {Api::User, "resetPassword", "User V2", "POST", "/v2/users/public/resetPassword",
     "resetPassword",
     {},
     true, true,
     R"json({
  "email": "test@example.com",
  "token": "",
  "password": ""
})json",
     false},
    {Api::User, "checkInviteToken", "User V2", "GET", "/v2/users/public/checkToken",
     "checkInviteToken",
     {{"token", OperationParameter::Place::Query, "string", true, "Invite Token"}},
     false, false,
     {},
     false},
    {Api::User, "activateUser", "User V2", "POST", "/v2/users/public/activate",
     "activateUser",
     {{"token", OperationParameter::Place::Query, "string", true, "Invite Token"}},
     true, false,
     R"json({
  "display_name": "Example User",
  "password": "AKjhdakjsdh@!34"
})json",
     false},
    {Api::User, "rejectInvite", "User V2", "DELETE", "/v2/users/public/reject",
     "rejectInvite",
     {{"token", OperationParameter::Place::Query, "string", true, "Invite Token"}},
     false, false,
     {},
     false},
    {Api::User, "getUserLoginParametersV2", "User V2", "GET", "/v2/users/public/username/{username}:getLoginParameters",
     "getUserLoginParametersV2",
     {{"username", OperationParameter::Place::Path, "string", true, "Username"}},
     false, false,
     {},
     false},
    {Api::User, "beginPasskeyAuthentication", "User V2", "POST", "/v2/users/public/passkeys:authenticateBegin",
     "beginPasskeyAuthentication",
     {},
     true, false,
     R"json({
  "email": "someone@example.com"
})json",
     false},
    {Api::User, "beginDiscoverablePasskeyAuthentication", "User V2", "POST", "/v2/users/public/passkeys:authenticateBeginDiscoverable",
     "beginDiscoverablePasskeyAuthentication",
     {},
     false, false,
     {},
     false},
    {Api::User, "resolveDiscoverableCredential", "User V2", "POST", "/v2/users/public/passkeys:resolveCredential",
     "resolveDiscoverableCredential",
     {},
     true, false,
     R"json({
  "challenge_token": "",
  "assertion_response": {}
})json",
     false},
    {Api::User, "beginPasskeyRegistration", "User V2", "POST", "/v2/users/me/passkeys:registerBegin",
     "beginPasskeyRegistration",
     {},
     true, false,
     R"json({
  "friendly_name": "My Laptop"
})json",
     true},
    {Api::User, "completePasskeyRegistration", "User V2", "POST", "/v2/users/me/passkeys:registerComplete",
     "completePasskeyRegistration",
     {},
     true, false,
     R"json({
  "challenge_token": "",
  "registration_response": {},
  "friendly_name": "My Laptop"
})json",
     true},
    {Api::User, "listPasskeys", "User V2", "GET", "/v2/users/me/passkeys",
     "listPasskeys",
     {},
     false, false,
     {},
     true},
    {Api::User, "deletePasskey", "User V2", "DELETE", "/v2/users/me/passkeys/{credentialId}",
     "deletePasskey",
     {{"credentialId", OperationParameter::Place::Path, "string", true, ""}},
     false, false,
     {},
     true},
    {Api::User, "switchOrganization", "User V2", "POST", "/v2/users/switchOrganization",
     "switchOrganization",
     {},
     true, false,
     R"json({
  "org_id": ""
})json",
     true},
    {Api::User, "getMe", "User V1", "GET", "/v1/users/me",
     "getMe",
     {},
     false, false,
     {},
     true},
    {Api::User, "listUsers", "User V1", "GET", "/v1/users",
     "listUsers",
     {{"org_ids", OperationParameter::Place::Query, "array<string>", false, "Comma-separated list of organization ids to filter by"},
      {"query", OperationParameter::Place::Query, "string", false, "Query text to filter by"},
      {"limit", OperationParameter::Place::Query, "number", false, "Limit the results size"},
      {"offset", OperationParameter::Place::Query, "number", false, "Specify the offset"}},
     false, false,
     {},
     true},
    {Api::User, "getUser", "User V1", "GET", "/v1/users/{id}",
     "getUser",
     {{"id", OperationParameter::Place::Path, "string", true, "User id"}},
     false, false,
     {},
     true},
    {Api::User, "getUserLoginParameters", "User V1", "GET", "/v1/users/username/{username}:getLoginParameters",
     "getUserLoginParameters",
     {{"username", OperationParameter::Place::Path, "string", true, "Username"}},
     false, false,
     {},
     false},
    {Api::Organization, "getCurrentOrganization", "Organization", "GET", "/v2/organization/current",
     "getCurrentOrganization",
     {},
     false, false,
     {},
     true},
    {Api::Organization, "getOrganization", "Organization", "GET", "/v2/organization/{org_id}",
     "getOrganization",
     {{"org_id", OperationParameter::Place::Path, "string", true, "The unique identifier of the organization to retrieve"}},
     false, false,
     {},
     true},
    {Api::Organization, "updateOrganization", "Organization", "PATCH", "/v2/organization/{org_id}",
     "updateOrganization",
     {{"org_id", OperationParameter::Place::Path, "string", true, "The unique identifier of the organization to update"}},
     true, true,
     R"json({
  "name": "Epilot GmbH",
  "email": "info@epilot.cloud",
  "phone": "+49221123456",
  "website": "https://www.epilot.cloud",
  "address": {
    "country": "Germany",
    "city": "Cologne",
    "postal_code": "50667",
    "street": "Im Mediapark",
    "street_number": "8a"
  },
  "logo_url": "https://example.com/new-logo.png",
  "signature": "<p>Kind regards,<br/>The epilot Team</p>"
})json",
     true},
    {Api::Organization, "getSettings", "Organization Settings", "GET", "/v2/organization/{org_id}/settings",
     "getSettings",
     {{"org_id", OperationParameter::Place::Path, "string", true, "The unique identifier of the organization"}},
     false, false,
     {},
     true},
    {Api::Organization, "putSettingsValue", "Organization Settings", "PUT", "/v2/organization/{org_id}/settings/{key}",
     "putSettingsValue",
     {{"org_id", OperationParameter::Place::Path, "string", true, "The unique identifier of the organization"},
      {"key", OperationParameter::Place::Path, "string", true, "The setting key to create or update."}},
     true, true,
     R"json({
  "enabled": true
})json",
     true},
    {Api::Organization, "deleteSettingsValue", "Organization Settings", "DELETE", "/v2/organization/{org_id}/settings/{key}",
     "deleteSettingsValue",
     {{"org_id", OperationParameter::Place::Path, "string", true, "The unique identifier of the organization"},
      {"key", OperationParameter::Place::Path, "string", true, "The setting key to delete"}},
     false, false,
     {},
     true},
    {Api::Organization, "getOrganizationFeatureSettings", "Feature Settings", "GET", "/v2/organization/feature-settings",
     "Get organization feature settings",
     {},
     false, false,
     {},
     true},
    {Api::Organization, "getFeatureSettings", "Feature Settings", "GET", "/v2/feature-settings",
     "Get platform configuration metadata",
     {},
     false, false,
     {},
     true},
    {Api::PartnerDirectory, "approvePartner", "Partners", "POST", "/v1/partners/{id}/approve",
     "approvePartner",
     {{"id", OperationParameter::Place::Path, "string", true, "The unique identifier of the partner to approve"}},
     false, false,
     {},
     true},
    {Api::PartnerDirectory, "rejectPartner", "Partners", "POST", "/v1/partners/{id}/reject",
     "rejectPartner",
     {{"id", OperationParameter::Place::Path, "string", true, "The unique identifier of the partner to reject"}},
     false, false,
     {},
     true},
    {Api::PartnerDirectory, "searchAssignable", "Partners", "POST", "/v1/partners/assignables:search",
     "searchAssignable",
     {},
     true, false,
     R"json({
  "q": "john",
  "from": 0,
  "size": 25,
  "types": [
    "user",
    "partner_user"
  ]
})json",
     true},
    {Api::PartnerDirectory, "batchGetAssignable", "Partners", "POST", "/v1/partners/assignables:batchGet",
     "batchGetAssignable",
     {},
     true, false,
     R"json([
  {
    "user_id": "456",
    "org_id": "123"
  },
  {
    "user_id": "789",
    "org_id": "321"
  },
  {
    "group_id": "group-123"
  }
])json",
     true},
    {Api::PartnerDirectory, "getPartnerByToken", "Partners", "GET", "/v1/partner-directory/public/getPartnerByToken",
     "getPartnerByToken",
     {{"token", OperationParameter::Place::Query, "string", true, "The invitation token received via email"}},
     false, false,
     {},
     false},
    {Api::PartnerDirectory, "activatePartner", "Partners", "POST", "/v1/partner-directory/public/activate",
     "activatePartner",
     {{"token", OperationParameter::Place::Query, "string", true, "The invitation token received via email"}},
     true, false,
     R"json({
  "company_name": "New Partner GmbH",
  "signed_up_email": "admin@newpartner.de",
  "organization_id": "456"
})json",
     false},
    {Api::PartnerDirectory, "searchGeolocationForText", "Partners", "POST", "/v1/geolocation/text:search",
     "searchGeolocationForText",
     {},
     true, false,
     R"json({
  "address": "Auweg 1, 93055 Regensburg, DE"
})json",
     true},
    {Api::PartnerDirectory, "invitePartnerV2", "Partners", "POST", "/v2/partners/{id}/invite",
     "invitePartnerV2",
     {{"id", OperationParameter::Place::Path, "string", true, "The unique identifier of the partner to invite"}},
     true, false,
     R"json({
  "language": "de"
})json",
     true},
    {Api::PartnerDirectory, "getPartnerUsers", "Partner Users", "GET", "/v2/partners/{orgId}/users",
     "getPartnerUsers",
     {{"orgId", OperationParameter::Place::Path, "string", true, "The organization ID of the partner whose users to retrieve"}},
     false, false,
     {},
     true},
    {Api::PartnerDirectory, "createPartnerUser", "Partner Users", "POST", "/v2/partners/{orgId}/users",
     "createPartnerUser",
     {{"orgId", OperationParameter::Place::Path, "string", true, "The partner organization ID where the user will be created"}},
     true, false,
     R"json({
  "email": "newuser@partner.com",
  "language": "de",
  "roles": [
    "role-123",
    "role-456"
  ]
})json",
     true},
    {Api::PartnerDirectory, "deletePartnerUser", "Partner Users", "DELETE", "/v2/partners/{orgId}/users/{userId}",
     "deletePartnerUser",
     {{"orgId", OperationParameter::Place::Path, "string", true, "The organization ID of the partner"},
      {"userId", OperationParameter::Place::Path, "string", true, "The unique identifier of the user to delete"}},
     false, false,
     {},
     true},
    {Api::PartnerDirectory, "getPartnerRoles", "Partner Users", "GET", "/v2/partners/{orgId}/roles",
     "getPartnerRoles",
     {{"orgId", OperationParameter::Place::Path, "string", true, "The organization ID of the partner whose roles to retrieve"}},
     false, false,
     {},
     true},
    {Api::PartnerDirectory, "createPartnerRole", "Partner Users", "POST", "/v2/partners/{orgId}/roles",
     "createPartnerRole",
     {{"orgId", OperationParameter::Place::Path, "string", true, "The organization ID of the partner where the role will be created"}},
     true, false,
     R"json({
  "name": "Partner Sales",
  "slug": "partner_sales",
  "grants": [
    {
      "action": "entity-read",
      "resource": "entity:*:opportunity:*",
      "effect": "allow"
    },
    {
      "action": "entity-update",
      "resource": "entity:*:opportunity:*",
      "effect": "allow"
    }
  ]
})json",
     true},
    {Api::PartnerDirectory, "updatePartnerRole", "Partner Users", "PUT", "/v2/partners/{orgId}/roles/{roleId}",
     "updatePartnerRole",
     {{"orgId", OperationParameter::Place::Path, "string", true, "The organization ID of the partner"},
      {"roleId", OperationParameter::Place::Path, "string", true, "The unique identifier of the role to update"}},
     true, false,
     R"json({
  "name": "Partner Sales Updated",
  "slug": "partner_sales",
  "grants": [
    {
      "action": "entity-read",
      "resource": "entity:*:opportunity:*",
      "effect": "allow"
    },
    {
      "action": "entity-update",
      "resource": "entity:*:opportunity:*",
      "effect": "allow"
    },
    {
      "action": "entity-create",
      "resource": "entity:*:opportunity:*",
      "effect": "allow"
    }
  ]
})json",
     true},
    {Api::PartnerDirectory, "deletePartnerRole", "Partner Users", "DELETE", "/v2/partners/{orgId}/roles/{roleId}",
     "deletePartnerRole",
     {{"orgId", OperationParameter::Place::Path, "string", true, "The organization ID of the partner"},
      {"roleId", OperationParameter::Place::Path, "string", true, "The role ID to delete"}},
     false, false,
     {},
     true},
    {Api::PartnerDirectory, "assignPartnerUserRoles", "Partner Users", "POST", "/v2/partners/{orgId}/users/{userId}/roles",
     "assignPartnerUserRoles",
     {{"orgId", OperationParameter::Place::Path, "string", true, "The organization ID of the partner"},
      {"userId", OperationParameter::Place::Path, "string", true, "The unique identifier of the user to assign roles to"}},
     true, false,
     R"json({
  "roleIds": [
    "role-123",
    "role-456"
  ]
})json",
     true},
    {Api::PartnerDirectory, "unassignPartnerUserRoles", "Partner Users", "DELETE", "/v2/partners/{orgId}/users/{userId}/roles",
     "unassignPartnerUserRoles",
     {{"orgId", OperationParameter::Place::Path, "string", true, "The organization ID of the partner"},
      {"userId", OperationParameter::Place::Path, "string", true, "The unique identifier of the user to remove roles from"}},
     true, false,
     R"json({
  "roleIds": [
    "role-456"
  ]
})json",
     true},
    {Api::Permissions, "listCurrentRoles", "Roles", "GET", "/v1/permissions/me",
     "listCurrentRoles",
     {},
     false, false,
     {},
     true},
    {Api::Permissions, "listAllRoles", "Roles", "GET", "/v1/permissions/roles",
     "listAllRoles",
     {},
     false, false,
     {},
     true},
    {Api::Permissions, "createRole", "Roles", "POST", "/v1/permissions/roles",
     "createRole",
     {},
     true, false,
     R"json({
  "id": "123:owner",
  "name": "Owner",
  "slug": "owner",
  "type": "",
  "expires_at": "2028-07-21T17:32:28Z",
  "organization_id": "123",
  "grants": [
    {
      "action": "entity-read",
      "resource": "entity:123:contact:f7c22299-ca72-4bca-8538-0a88eeefc947"
    }
  ]
})json",
     true},
    {Api::Permissions, "searchRoles", "Roles", "POST", "/v1/permissions/roles:search",
     "searchRoles",
     {},
     true, false,
     R"json({
  "role_ids": [
    "123:manager",
    "456:owner"
  ],
  "org_ids": [
    "123",
    "456"
  ],
  "slugs": [
    "manager",
    "owner"
  ],
  "query": "Administrator",
  "limit": 1,
  "offset": 1
})json",
     true},
    {Api::Permissions, "getRole", "Roles", "GET", "/v1/permissions/roles/{roleId}",
     "getRole",
     {{"roleId", OperationParameter::Place::Path, "string", true, ""}},
     false, false,
     {},
     true},
    {Api::Permissions, "putRole", "Roles", "PUT", "/v1/permissions/roles/{roleId}",
     "putRole",
     {{"roleId", OperationParameter::Place::Path, "string", true, ""}},
     true, false,
     R"json({
  "id": "123:owner",
  "name": "Owner",
  "slug": "owner",
  "type": "",
  "expires_at": "2028-07-21T17:32:28Z",
  "organization_id": "123",
  "grants": [
    {
      "action": "entity-read",
      "resource": "entity:123:contact:f7c22299-ca72-4bca-8538-0a88eeefc947"
    }
  ]
})json",
     true},
    {Api::Permissions, "deleteRole", "Roles", "DELETE", "/v1/permissions/roles/{roleId}",
     "deleteRole",
     {{"roleId", OperationParameter::Place::Path, "string", true, ""}},
     false, false,
     {},
     true},
    {Api::Permissions, "refreshPermissions", "Roles", "GET", "/v1/permissions/refresh",
     "refreshPermissions",
     {},
     false, false,
     {},
     true},
    {Api::Permissions, "getAssignedRolesForUser", "Assignments", "GET", "/v1/permissions/assignments/{userId}",
     "getAssignedRolesForUser",
     {{"userId", OperationParameter::Place::Path, "string", true, ""}},
     false, false,
     {},
     true},
    {Api::Permissions, "assignRoles", "Assignments", "PUT", "/v1/permissions/assignments/{userId}",
     "assignRoles",
     {{"userId", OperationParameter::Place::Path, "string", true, ""}},
     true, false,
     R"json([
  "123:owner"
])json",
     true},
    {Api::Permissions, "addAssignment", "Assignments", "POST", "/v1/permissions/assignments/{userId}/{roleId}",
     "addAssignment",
     {{"userId", OperationParameter::Place::Path, "string", true, ""},
      {"roleId", OperationParameter::Place::Path, "string", true, ""}},
     false, false,
     {},
     true},
    {Api::Permissions, "removeAssignment", "Assignments", "DELETE", "/v1/permissions/assignments/{userId}/{roleId}",
     "removeAssignment",
     {{"userId", OperationParameter::Place::Path, "string", true, ""},
      {"roleId", OperationParameter::Place::Path, "string", true, ""}},
     false, false,
     {},
     true},
    {Api::Permissions, "listAllAssignments", "Assignments", "GET", "/v1/permissions/assignments",
     "listAllAssignments",
     {},
     false, false,
     {},
     true},
    {Api::Entity, "searchEntities", "Entities", "POST", "/v1/entity:search",
     "searchEntities",
     {},
     true, false,
     R"json({
  "q": "_schema:contact AND status:active",
  "fields": [
    "_id",
    "_title",
    "first_name",
    "account",
    "!account.*._files",
    "**._product"
  ],
  "aggs": {
    "contact-count-per-tag": {
      "terms": {
        "field": "_tags.keyword"
      }
    }
  }
})json",
     true},
    {Api::Entity, "createEntity", "Entities", "POST", "/v1/entity/{slug}",
     "createEntity",
     {{"slug", OperationParameter::Place::Path, "string", true, "Entity Type"},
      {"activity_id", OperationParameter::Place::Query, "string", false, "Activity to include in event feed"},
      {"fill_activity", OperationParameter::Place::Query, "boolean", false, "Update the diff and entity for the custom activity included in the query."},
      {"async", OperationParameter::Place::Query, "boolean", false, "Don't wait for updated entity to become available in Search API. Useful for large migrations"},
      {"validate", OperationParameter::Place::Query, "boolean", false, "When true, enables entity validation against the entity schema."}},
     true, false,
     R"json({
  "_id": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
  "_org": "123",
  "_owners": [
    {
      "org_id": "123",
      "user_id": "123"
    }
  ],
  "_schema": "contact",
  "_tags": [
    "example",
    "mock"
  ],
  "_created_at": "2021-02-09T12:41:43.662Z",
  "_updated_at": "2021-02-09T12:41:43.662Z",
  "_acl": {
    "view": [
      "org:456",
      "org:789"
    ],
    "edit": [
      "org:456"
    ],
    "delete": [
      "org:456"
    ]
  },
  "_manifest": [
    "123e4567-e89b-12d3-a456-426614174000"
  ]
})json",
     true},
    {Api::Entity, "getEntity", "Entities", "GET", "/v1/entity/{slug}/{id}",
     "getEntity",
     {{"id", OperationParameter::Place::Path, "string", true, "Entity id"},
      {"slug", OperationParameter::Place::Path, "string", true, "Entity Type"},
      {"hydrate", OperationParameter::Place::Query, "boolean", false, "When true, enables entity hydration to resolve nested $relation & $relation_ref references in-place."},
      {"anonymize", OperationParameter::Place::Query, "boolean", false, "When true, anonymizes PII in the response: identifiers (names, emails, phone numbers, IBANs) are replaced"}},
     false, false,
     {},
     true},
    {Api::Entity, "deleteEntity", "Entities", "DELETE", "/v1/entity/{slug}/{id}",
     "deleteEntity",
     {{"slug", OperationParameter::Place::Path, "string", true, "Entity Type"},
      {"id", OperationParameter::Place::Path, "string", true, "Entity id"},
      {"activity_id", OperationParameter::Place::Query, "string", false, "Activity to include in event feed"},
      {"purge", OperationParameter::Place::Query, "boolean", false, "Permanently deletes the entity when set to `true`"}},
     false, false,
     {},
     true},
    {Api::Entity, "patchEntity", "Entities", "PATCH", "/v1/entity/{slug}/{id}",
     "patchEntity",
     {{"slug", OperationParameter::Place::Path, "string", true, "Entity Type"},
      {"id", OperationParameter::Place::Path, "string", true, "Entity id"},
      {"activity_id", OperationParameter::Place::Query, "string", false, "Activity to include in event feed"},
      {"fill_activity", OperationParameter::Place::Query, "boolean", false, "Update the diff and entity for the custom activity included in the query."},
      {"dry_run", OperationParameter::Place::Query, "boolean", false, "Dry Run mode = return results but does not perform the operation."},
      {"async", OperationParameter::Place::Query, "boolean", false, "Don't wait for updated entity to become available in Search API. Useful for large migrations"},
      {"validate", OperationParameter::Place::Query, "boolean", false, "When true, enables entity validation against the entity schema."},
      {"direct", OperationParameter::Place::Query, "boolean", false, "When true, bypasses changeset interception: attribute values in the payload"}},
     true, true,
     R"json({})json",
     true},
    {Api::AuditLogs, "getLogs", "Events", "POST", "/v1/logs",
     "getLogs",
     {},
     true, false,
     R"json({
  "limit": 50,
  "page": 0,
  "timestamp": "2021-06-01T12:00:00Z",
  "service_name": "workflows",
  "event_name": "deleteWorkflow",
  "outcome": "success",
  "method": "POST",
  "user": {
    "email": "max.mustermann@mail.com",
    "user_id": 123456
  }
})json",
     true},
    {Api::AuditLogs, "getLogById", "Audit Log", "GET", "/v1/logs/{logId}",
     "getLogById",
     {{"logId", OperationParameter::Place::Path, "string", true, "ID of the log event"}},
     false, false,
     {},
     true},
    {Api::AccessToken, "listAccessTokens", "Access Tokens", "GET", "/v1/access-tokens",
     "listAccessTokens",
     {{"token_type", OperationParameter::Place::Query, "array<string>", false, "Filter by token types"}},
     false, false,
     {},
     true},
    {Api::AccessToken, "createAccessToken", "Access Tokens", "POST", "/v1/access-tokens",
     "createAccessToken",
     {},
     true, false,
     R"json({
  "name": "API Access Token",
  "token_type": "api",
  "assignments": []
})json",
     true},
    {Api::AccessToken, "revokeAccessToken", "Access Tokens", "DELETE", "/v1/access-tokens/{id}",
     "revokeAccessToken",
     {{"id", OperationParameter::Place::Path, "string", true, ""}},
     false, false,
     {},
     true},
    {Api::AccessToken, "getAccessTokenJwks", "Public", "GET", "/v1/access-tokens/.well-known/jwks.json",
     "getAccessTokenJwks",
     {},
     false, false,
     {},
     false},
    {Api::AccessToken, "getAccessTokenOIDC", "Public", "GET", "/v1/access-tokens/.well-known/openid-configuration",
     "getAccessTokenOIDC",
     {},
     false, false,
     {},
     false},
    {Api::AccessToken, "getPublicTokenJwks", "Public", "GET", "/v1/access-tokens/public/.well-known/jwks.json",
     "getPublicTokenJwks",
     {},
     false, false,
     {},
     false},
    {Api::AccessToken, "getPortalPreviewTokenJwks", "Public", "GET", "/v1/access-tokens/portal-preview/.well-known/jwks.json",
     "getPortalPreviewTokenJwks",
     {},
     false, false,
     {},
     false},
    {Api::AccessToken, "getPublicTokenOIDC", "Public", "GET", "/v1/access-tokens/public/.well-known/openid-configuration",
     "getPublicTokenOIDC",
     {},
     false, false,
     {},
     false},
    {Api::AccessToken, "getPortalPreviewTokenOIDC", "Public", "GET", "/v1/access-tokens/portal-preview/.well-known/openid-configuration",
     "getPortalPreviewTokenOIDC",
     {},
     false, false,
     {},
     false},
    {Api::AccessToken, "getContactIdentificationTokenJwks", "Public", "GET", "/v1/access-tokens/contact-identification/.well-known/jwks.json",
     "getContactIdentificationTokenJwks",
     {},
     false, false,
     {},
     false},
    {Api::AccessToken, "getContactIdentificationTokenOIDC", "Public", "GET", "/v1/access-tokens/contact-identification/.well-known/openid-configuration",
     "getContactIdentificationTokenOIDC",
     {},
     false, false,
     {},
     false},
    };
    return operations;
}
// clang-format on
