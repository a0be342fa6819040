// UserApiModule: invitations, their tokens, activation, e-mail verification and sign-up.
#include "emulator/core/EmulatorStore.h"
#include "emulator/core/ModuleSupport.h"
#include "emulator/core/Outbox.h"
#include "emulator/users/UserApiModule.h"
#include "emulator/users/UserApiSupport.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace ModuleSupport;
using namespace UserApiSupport;

namespace {
std::optional<EmulatorResponse> requireQueryToken(const EmulatorRequest &request)
{
    if (request.queryValue(QStringLiteral("token")).isEmpty())
        return EmulatorResponse::error(400, QStringLiteral("Query parameter token is required"));
    return std::nullopt;
}
} // namespace

EmulatorResponse UserApiModule::inviteUser(const EmulatorRequest &request)
{
    if (auto error = requireObject(request))
        return *error;
    const QJsonObject body = request.bodyObject();
    if (auto error = requireStrings(body, {QStringLiteral("email")}))
        return *error;
    const QString email = body.value(QStringLiteral("email")).toString().trimmed();
    if (!isValidEmail(email))
        return EmulatorResponse::error(
            400, QStringLiteral("email \"%1\" is not a valid e-mail address").arg(email));
    if (auto error = checkLanguage(body, QStringLiteral("language")))
        return *error;
    const QString organizationId = request.caller.organizationId;
    QJsonArray roles;
    if (body.contains(QStringLiteral("roles"))) {
        if (!body.value(QStringLiteral("roles")).isArray())
            return EmulatorResponse::error(400,
                                           QStringLiteral("roles must be an array of role ids"));
        for (const QJsonValue &role : body.value(QStringLiteral("roles")).toArray()) {
            if (!m_users.isKnownRole(role.toString(), organizationId))
                return EmulatorResponse::error(
                    400,
                    QStringLiteral("Unknown role id \"%1\"; roles of this organization are %2:%3")
                        .arg(role.toString(), organizationId,
                             m_users.assignableRoleSlugs(organizationId)
                                 .join(QStringLiteral(", %1:").arg(organizationId))));
            roles.append(role);
        }
    }
    if (roles.isEmpty())
        roles.append(organizationId + QStringLiteral(":user"));
    if (!m_users.userByEmail(email).isEmpty())
        return EmulatorResponse::error(400, QStringLiteral("Unable to invite %1: a user with this "
                                                           "e-mail address exists already")
                                                .arg(email));
    const QString language = body.value(QStringLiteral("language")).toString(QStringLiteral("en"));
    const QString token = randomToken();
    const QString id = m_users.nextUserId();
    const QJsonObject user{
        {QStringLiteral("id"), id},
        {QStringLiteral("organization_id"), organizationId},
        {QStringLiteral("created_at"), nowIso()},
        {QStringLiteral("status"), QStringLiteral("Pending")},
        {QStringLiteral("email"), email},
        {QStringLiteral("draft_email"), QJsonValue::Null},
        {QStringLiteral("preferred_language"), language},
        {QStringLiteral("mfa_enabled"), false},
        {QStringLiteral("has_passkeys"), false},
        {QStringLiteral("phone_verified"), false},
        {QStringLiteral("properties"), QJsonArray()},
        {QStringLiteral("_roles"), roles},
        {QStringLiteral("_invite_token"), token},
        {QStringLiteral("_invited_by"), request.caller.userId},
    };
    m_users.save(user);
    m_outbox.send(QStringLiteral("user_invite"), email,
                  {{QStringLiteral("token"), token},
                   {QStringLiteral("link"), portalLink(QStringLiteral("activate"), token)},
                   {QStringLiteral("user_id"), id},
                   {QStringLiteral("organization_id"), organizationId},
                   {QStringLiteral("organization_name"), m_users.organizationName(organizationId)},
                   {QStringLiteral("language"), language},
                   {QStringLiteral("invited_by"), request.caller.userId}});
    return EmulatorResponse::json(201, UserDirectory::toV2(user));
}

EmulatorResponse UserApiModule::resendInvitation(const EmulatorRequest &request)
{
    if (auto error = requireObject(request))
        return *error;
    const QJsonObject body = request.bodyObject();
    if (auto error = requireStrings(body, {QStringLiteral("email")}))
        return *error;
    if (auto error = checkLanguage(body, QStringLiteral("language")))
        return *error;
    QJsonObject user =
        m_users.userByEmail(body.value(QStringLiteral("email")).toString().trimmed());
    if (user.isEmpty() || !UserDirectory::isMember(user, request.caller.organizationId) ||
        user.value(QStringLiteral("status")).toString() != QLatin1String("Pending"))
        return EmulatorResponse::error(
            400, QStringLiteral("User not found: no pending invitation for this e-mail address"));
    const QString token = randomToken(); // a new link; the old one stops working
    user.insert(QStringLiteral("_invite_token"), token);
    m_users.save(user);
    const QString language =
        body.value(QStringLiteral("language"))
            .toString(
                user.value(QStringLiteral("preferred_language")).toString(QStringLiteral("en")));
    const QString organizationId = user.value(QStringLiteral("organization_id")).toString();
    m_outbox.send(QStringLiteral("user_invite"), user.value(QStringLiteral("email")).toString(),
                  {{QStringLiteral("token"), token},
                   {QStringLiteral("link"), portalLink(QStringLiteral("activate"), token)},
                   {QStringLiteral("user_id"), user.value(QStringLiteral("id"))},
                   {QStringLiteral("organization_id"), organizationId},
                   {QStringLiteral("organization_name"), m_users.organizationName(organizationId)},
                   {QStringLiteral("language"), language},
                   {QStringLiteral("resent"), true}});
    return EmulatorResponse::json(200, UserDirectory::toV2(user));
}

EmulatorResponse UserApiModule::checkInviteToken(const EmulatorRequest &request)
{
    if (auto error = requireQueryToken(request))
        return *error;
    const QJsonObject user = m_users.userByField(QStringLiteral("_invite_token"),
                                                 request.queryValue(QStringLiteral("token")));
    if (user.isEmpty())
        return EmulatorResponse::error(404, QStringLiteral("Token not found"));
    const QString organizationId = user.value(QStringLiteral("organization_id")).toString();
    QJsonObject answer{
        {QStringLiteral("invitee_user_id"), user.value(QStringLiteral("id"))},
        {QStringLiteral("invitation_org_id"), organizationId},
        {QStringLiteral("invitation_org_name"), m_users.organizationName(organizationId)}};
    const QJsonObject organization = m_users.organization(organizationId);
    for (const QString &field :
         {QStringLiteral("logo_url"), QStringLiteral("logo_thumbnail_url")}) {
        if (organization.value(field).isString())
            answer.insert(QStringLiteral("invitation_org_") + field, organization.value(field));
    }
    return EmulatorResponse::json(200, answer);
}

EmulatorResponse UserApiModule::activateUser(const EmulatorRequest &request)
{
    if (auto error = requireQueryToken(request))
        return *error;
    QJsonObject user = m_users.userByField(QStringLiteral("_invite_token"),
                                           request.queryValue(QStringLiteral("token")));
    if (user.isEmpty())
        return EmulatorResponse::error(404, QStringLiteral("Token not found for the user"));
    if (auto error = requireObject(request))
        return *error;
    const QJsonObject body = request.bodyObject();
    if (auto error =
            requireStrings(body, {QStringLiteral("display_name"), QStringLiteral("password")}))
        return *error;
    const QString password = body.value(QStringLiteral("password")).toString();
    if (const QStringList violations = UserDirectory::passwordViolations(password);
        !violations.isEmpty())
        return EmulatorResponse::error(400, QStringLiteral("Invalid payload: the password needs %1")
                                                .arg(violations.join(QStringLiteral(", "))));
    const QString id = user.value(QStringLiteral("id")).toString();
    user.insert(QStringLiteral("display_name"),
                body.value(QStringLiteral("display_name")).toString().trimmed());
    user.insert(QStringLiteral("status"), QStringLiteral("Active"));
    user.insert(QStringLiteral("activated_at"), nowIso());
    user.insert(QStringLiteral("_password_hash"), UserDirectory::hashPassword(id, password));
    user.remove(QStringLiteral("_invite_token"));
    m_users.save(user);
    return EmulatorResponse::empty(200);
}

EmulatorResponse UserApiModule::rejectInvite(const EmulatorRequest &request)
{
    if (auto error = requireQueryToken(request))
        return *error;
    const QJsonObject user = m_users.userByField(QStringLiteral("_invite_token"),
                                                 request.queryValue(QStringLiteral("token")));
    if (user.isEmpty())
        return EmulatorResponse::error(404, QStringLiteral("Token not found for the user"));
    m_store.remove(kUsers, user.value(QStringLiteral("id")).toString());
    return EmulatorResponse::json(200, QJsonObject{{QStringLiteral("success"), true}});
}

EmulatorResponse UserApiModule::verifyEmail(const EmulatorRequest &request)
{
    if (auto error = requireQueryToken(request))
        return *error;
    QJsonObject user = m_users.userByField(QStringLiteral("_email_verification_token"),
                                           request.queryValue(QStringLiteral("token")));
    if (user.isEmpty())
        return EmulatorResponse::error(404, QStringLiteral("Token not found"));
    const QString draft = user.value(QStringLiteral("draft_email")).toString();
    if (draft.isEmpty() || isPast(user.value(QStringLiteral("draft_email_expires_at")).toString()))
        return EmulatorResponse::error(400,
                                       QStringLiteral("No pending email change for this token"));
    const QJsonValue password = request.bodyObject().value(QStringLiteral("password"));
    const QString id = user.value(QStringLiteral("id")).toString();
    if (password.isString() && user.contains(QStringLiteral("_password_hash")) &&
        UserDirectory::hashPassword(id, password.toString()) !=
            user.value(QStringLiteral("_password_hash")).toString())
        return EmulatorResponse::error(400, QStringLiteral("The password is not correct"));
    const QJsonObject owner = m_users.userByEmail(draft);
    if (!owner.isEmpty() && owner.value(QStringLiteral("id")).toString() != id)
        return EmulatorResponse::error(409, QStringLiteral("Email address already in use"));
    user.insert(QStringLiteral("email"), draft);
    user.insert(QStringLiteral("draft_email"), QJsonValue::Null);
    user.insert(QStringLiteral("draft_email_expires_at"), QJsonValue::Null);
    user.remove(QStringLiteral("_email_verification_token"));
    m_users.save(user);
    return EmulatorResponse::empty(200);
}

EmulatorResponse UserApiModule::signUp(const EmulatorRequest &request)
{
    if (auto error = requireObject(request))
        return *error;
    const QJsonObject body = request.bodyObject();
    if (auto error = checkLanguage(body, QStringLiteral("language")))
        return *error;
    const QJsonValue organizationValue = body.value(QStringLiteral("organization_detail"));
    const QJsonValue userValue = body.value(QStringLiteral("user_detail"));
    if (!organizationValue.isObject())
        return EmulatorResponse::error(400, QStringLiteral("organization_detail is required"));
    if (!userValue.isObject())
        return EmulatorResponse::error(400, QStringLiteral("user_detail is required"));
    const QJsonObject organizationDetail = organizationValue.toObject();
    const QJsonObject userDetail = userValue.toObject();
    if (auto error = requireStrings(organizationDetail,
                                    {QStringLiteral("type"), QStringLiteral("name"),
                                     QStringLiteral("pricing_tier"), QStringLiteral("email")}))
        return EmulatorResponse::error(400, QStringLiteral("organization_detail: ") +
                                                QJsonDocument::fromJson(error->body)
                                                    .object()
                                                    .value(QStringLiteral("message"))
                                                    .toString());
    if (auto error =
            requireStrings(userDetail, {QStringLiteral("full_name"), QStringLiteral("email"),
                                        QStringLiteral("password")}))
        return EmulatorResponse::error(400, QStringLiteral("user_detail: ") +
                                                QJsonDocument::fromJson(error->body)
                                                    .object()
                                                    .value(QStringLiteral("message"))
                                                    .toString());
    const QString type = organizationDetail.value(QStringLiteral("type")).toString();
    if (type != QLatin1String("Vendor") && type != QLatin1String("Partner"))
        return EmulatorResponse::error(
            400, QStringLiteral("organization_detail.type must be Vendor or Partner"));
    const QString email = userDetail.value(QStringLiteral("email")).toString().trimmed();
    if (!isValidEmail(email))
        return EmulatorResponse::error(
            400, QStringLiteral("user_detail.email is not a valid e-mail address"));
    if (!isValidEmail(organizationDetail.value(QStringLiteral("email")).toString().trimmed()))
        return EmulatorResponse::error(
            400, QStringLiteral("organization_detail.email is not a valid e-mail address"));
    const QString password = userDetail.value(QStringLiteral("password")).toString();
    if (const QStringList violations = UserDirectory::passwordViolations(password);
        !violations.isEmpty())
        return passwordPolicyError(violations);
    if (!m_users.userByEmail(email).isEmpty())
        return EmulatorResponse::error(
            409, QStringLiteral("An account with the e-mail address %1 exists already").arg(email));

    qlonglong lastOrganization = 739300;
    for (const QJsonObject &organization : m_store.all(kOrganizations))
        lastOrganization = qMax(lastOrganization,
                                organization.value(QStringLiteral("id")).toString().toLongLong());
    const QString organizationId = QString::number(lastOrganization + 1);
    QJsonObject organization = organizationDetail; // additional properties are kept
    organization.insert(QStringLiteral("id"), organizationId);
    organization.insert(QStringLiteral("email"),
                        organizationDetail.value(QStringLiteral("email")).toString().trimmed());
    organization.insert(QStringLiteral("is_unlicensed_org"), false);
    // Written here although "organizations" belongs to the Organization API: signing up is the
    // one User API operation that creates an organization.
    m_store.put(kOrganizations, organizationId, organization);

    const QString id = m_users.nextUserId();
    const QString language = body.value(QStringLiteral("language")).toString(QStringLiteral("en"));
    const QJsonObject user{
        {QStringLiteral("id"), id},
        {QStringLiteral("organization_id"), organizationId},
        {QStringLiteral("created_at"), nowIso()},
        {QStringLiteral("activated_at"), nowIso()},
        {QStringLiteral("display_name"),
         userDetail.value(QStringLiteral("full_name")).toString().trimmed()},
        {QStringLiteral("status"), QStringLiteral("Active")},
        {QStringLiteral("email"), email},
        {QStringLiteral("preferred_language"), language},
        {QStringLiteral("mfa_enabled"), false},
        {QStringLiteral("has_passkeys"), false},
        {QStringLiteral("phone_verified"), false},
        {QStringLiteral("properties"), QJsonArray()},
        {QStringLiteral("_roles"), QJsonArray{organizationId + QStringLiteral(":owner")}},
        {QStringLiteral("_password_hash"), UserDirectory::hashPassword(id, password)},
    };
    m_users.save(user);
    return EmulatorResponse::json(200,
                                  QJsonObject{{QStringLiteral("user"), UserDirectory::toV1(user)},
                                              {QStringLiteral("organization"), organization}});
}
