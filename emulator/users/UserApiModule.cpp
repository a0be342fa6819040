// UserApiModule: routes, seed, reads, PATCH and delete, login parameters, switchOrganization.
// Listing, invitations and passwords are in UserApiListing.cpp, UserApiInvitations.cpp and
// UserApiPasswords.cpp.
#include "emulator/users/UserApiModule.h"

#include "emulator/core/EmulatorRouter.h"
#include "emulator/core/EmulatorStore.h"
#include "emulator/core/ModuleSupport.h"
#include "emulator/core/Outbox.h"
#include "emulator/core/TokenRegistry.h"
#include "emulator/users/UserApiSupport.h"
#include "emulator/users/UserDemoSeed.h"

#include <QJsonArray>

using namespace ModuleSupport;
using namespace UserApiSupport;

namespace {
constexpr qint64 kEmailVerificationLifetimeSeconds = 24 * 3600;
} // namespace

UserApiModule::UserApiModule(EmulatorStore &store, Outbox &outbox, TokenRegistry &tokens)
    : m_store(store), m_outbox(outbox), m_tokens(tokens), m_users(store)
{
}

QString UserApiModule::portalLink(const QString &page, const QString &token)
{
    return QStringLiteral("https://portal.epilot.cloud/%1?token=%2")
        .arg(page, QString::fromLatin1(QUrl::toPercentEncoding(token)));
}

void UserApiModule::registerRoutes(EmulatorRouter &router)
{
    const auto bind = [this](EmulatorResponse (UserApiModule::*method)(const EmulatorRequest &)) {
        return [this, method](const EmulatorRequest &request) { return (this->*method)(request); };
    };
    // ":verb" and literal routes need no special order: the router prefers the longest literal.
    router.add("POST", QStringLiteral("/v2/users/public/signup"), Access::Public,
               bind(&UserApiModule::signUp));
    router.add("GET", QStringLiteral("/v2/users/me"), Access::Secured,
               [this](const EmulatorRequest &request) { return getMe(request, true); });
    router.add("GET", QStringLiteral("/v1/users/me"), Access::Secured,
               [this](const EmulatorRequest &request) { return getMe(request, false); });
    router.add("GET", QStringLiteral("/v2/users"), Access::Secured,
               bind(&UserApiModule::listUsersV2));
    router.add("GET", QStringLiteral("/v1/users"), Access::Secured,
               bind(&UserApiModule::listUsersV1));
    router.add("GET", QStringLiteral("/v2/users/{id}"), Access::Secured,
               [this](const EmulatorRequest &request) { return getUser(request, true); });
    router.add("GET", QStringLiteral("/v1/users/{id}"), Access::Secured,
               [this](const EmulatorRequest &request) { return getUser(request, false); });
    router.add("PATCH", QStringLiteral("/v2/users/{id}"), Access::Secured,
               bind(&UserApiModule::updateUser));
    router.add("DELETE", QStringLiteral("/v2/users/{id}"), Access::Secured,
               bind(&UserApiModule::deleteUser));
    router.add("POST", QStringLiteral("/v2/users/invite"), Access::Secured,
               bind(&UserApiModule::inviteUser));
    router.add("POST", QStringLiteral("/v2/users/invite:resendEmail"), Access::Secured,
               bind(&UserApiModule::resendInvitation));
    router.add("POST", QStringLiteral("/v2/users:sendPasswordReset"), Access::Secured,
               bind(&UserApiModule::sendPasswordReset));
    router.add("POST", QStringLiteral("/v2/users/public/verifyEmail"), Access::Public,
               bind(&UserApiModule::verifyEmail));
    router.add("POST", QStringLiteral("/v2/users/public/requestPasswordReset"), Access::Public,
               bind(&UserApiModule::requestPasswordReset));
    router.add("POST", QStringLiteral("/v2/users/public/resetPassword"), Access::Public,
               bind(&UserApiModule::resetPassword));
    router.add("GET", QStringLiteral("/v2/users/public/checkToken"), Access::Public,
               bind(&UserApiModule::checkInviteToken));
    router.add("POST", QStringLiteral("/v2/users/public/activate"), Access::Public,
               bind(&UserApiModule::activateUser));
    router.add("DELETE", QStringLiteral("/v2/users/public/reject"), Access::Public,
               bind(&UserApiModule::rejectInvite));
    router.add("GET", QStringLiteral("/v2/users/public/username/{username}:getLoginParameters"),
               Access::Public, bind(&UserApiModule::loginParameters));
    router.add("GET", QStringLiteral("/v1/users/username/{username}:getLoginParameters"),
               Access::Public, bind(&UserApiModule::loginParameters));
    router.add("POST", QStringLiteral("/v2/users/switchOrganization"), Access::Secured,
               bind(&UserApiModule::switchOrganization));
}

void UserApiModule::seed(const SeedOptions &options)
{
    UserDemoSeed(m_store).seedUsers(options);
}

std::optional<EmulatorResponse> UserApiModule::findVisibleUser(const EmulatorRequest &request,
                                                               QJsonObject *user) const
{
    const QString id = request.pathParams.value(QStringLiteral("id"));
    *user = m_users.user(id);
    if (user->isEmpty() || !UserDirectory::isMember(*user, request.caller.organizationId))
        return EmulatorResponse::error(404, QStringLiteral("User %1 not found").arg(id));
    return std::nullopt;
}

EmulatorResponse UserApiModule::getMe(const EmulatorRequest &request, bool v2)
{
    QJsonObject user = m_users.user(request.caller.userId);
    if (user.isEmpty())
        return EmulatorResponse::error(
            404, QStringLiteral("The token's user does not exist (any more)"));
    // The token's organization is the one the caller acts in.
    user.insert(QStringLiteral("organization_id"), request.caller.organizationId);
    return EmulatorResponse::json(200, v2 ? UserDirectory::toV2(user) : UserDirectory::toV1(user));
}

EmulatorResponse UserApiModule::getUser(const EmulatorRequest &request, bool v2)
{
    QJsonObject user;
    if (auto error = findVisibleUser(request, &user))
        return *error;
    return EmulatorResponse::json(200, v2 ? UserDirectory::toV2(user) : UserDirectory::toV1(user));
}

std::optional<EmulatorResponse> UserApiModule::applyPatch(const QJsonObject &patch,
                                                          QJsonObject *user,
                                                          const QString &organizationId)
{
    static const QStringList readOnly = {QStringLiteral("id"),
                                         QStringLiteral("organization_id"),
                                         QStringLiteral("created_at"),
                                         QStringLiteral("activated_at"),
                                         QStringLiteral("draft_email"),
                                         QStringLiteral("draft_email_expires_at"),
                                         QStringLiteral("password_reset_token_hash"),
                                         QStringLiteral("password_reset_token_expires_at"),
                                         QStringLiteral("has_passkeys"),
                                         QStringLiteral("token")};
    static const QStringList nullableStrings = {
        QStringLiteral("department"),        QStringLiteral("phone"),
        QStringLiteral("secondary_phone"),   QStringLiteral("signature"),
        QStringLiteral("custom_start_page"), QStringLiteral("custom_navigation")};
    static const QStringList booleans = {QStringLiteral("mfa_enabled"),
                                         QStringLiteral("phone_verified")};
    static const QStringList objects = {QStringLiteral("favorites"),
                                        QStringLiteral("email_notification_setting"),
                                        QStringLiteral("in_app_notification_setting")};
    static const QStringList nullableObjects = {QStringLiteral("feature_preferences"),
                                                QStringLiteral("image_uri")};
    const auto fail = [](const QString &message) { return EmulatorResponse::error(400, message); };

    QJsonObject updated = *user;
    for (auto field = patch.begin(); field != patch.end(); ++field) {
        const QString &name = field.key();
        const QJsonValue &value = field.value();
        if (readOnly.contains(name) || name.startsWith(QLatin1Char('_')))
            continue; // read-only or internal: ignored, as the whole object may be sent back
        if (name == QLatin1String("email"))
            continue; // handled after validation: becomes draft_email
        if (name == QLatin1String("display_name")) {
            if (!value.isString() || value.toString().trimmed().isEmpty())
                return fail(QStringLiteral("display_name must be a non-empty string"));
        } else if (name == QLatin1String("preferred_language")) {
            if (auto error = checkLanguage(patch, name))
                return error;
        } else if (name == QLatin1String("status")) {
            const QString status = value.toString();
            if (status != QLatin1String("Active") && status != QLatin1String("Deactivated"))
                return fail(
                    QStringLiteral("status can only be set to \"Active\" or \"Deactivated\""));
            if (user->value(QStringLiteral("status")).toString() == QLatin1String("Pending"))
                return fail(
                    QStringLiteral("A pending user becomes Active by accepting the invitation"));
        } else if (nullableStrings.contains(name)) {
            if (!value.isString() && !value.isNull())
                return fail(QStringLiteral("%1 must be a string or null").arg(name));
            if (name == QLatin1String("custom_start_page") && value.isString() &&
                !value.toString().startsWith(QLatin1String("/app")))
                return fail(QStringLiteral("custom_start_page must start with /app"));
        } else if (booleans.contains(name)) {
            if (!value.isBool())
                return fail(QStringLiteral("%1 must be true or false").arg(name));
        } else if (name == QLatin1String("is_signature_enabled")) {
            if (!value.isBool() && !value.isNull())
                return fail(QStringLiteral("is_signature_enabled must be true, false or null"));
        } else if (name == QLatin1String("override_release_channel")) {
            static const QStringList channels = {QStringLiteral("canary"), QStringLiteral("rc"),
                                                 QStringLiteral("stable")};
            if (!value.isNull() && !channels.contains(value.toString()))
                return fail(
                    QStringLiteral("override_release_channel must be canary, rc, stable or null"));
        } else if (objects.contains(name)) {
            if (!value.isObject())
                return fail(QStringLiteral("%1 must be an object").arg(name));
        } else if (nullableObjects.contains(name)) {
            if (!value.isObject() && !value.isNull())
                return fail(QStringLiteral("%1 must be an object or null").arg(name));
        } else if (name == QLatin1String("properties")) {
            if (!value.isArray())
                return fail(QStringLiteral("properties must be an array"));
            for (const QJsonValue &item : value.toArray()) {
                if (!item.toObject().value(QStringLiteral("name")).isString() ||
                    !item.toObject().value(QStringLiteral("value")).isString())
                    return fail(QStringLiteral("each of properties needs string name and value"));
            }
        } else if (name == QLatin1String("tags")) {
            if (!value.isArray() && !value.isNull())
                return fail(QStringLiteral("tags must be an array of strings or null"));
            for (const QJsonValue &item : value.toArray()) {
                if (!item.isString())
                    return fail(QStringLiteral("tags must be an array of strings or null"));
            }
        } else if (name == QLatin1String("roles")) {
            // Not in UserV2, but the only way the emulator offers to change a user's roles.
            if (!value.isArray() || value.toArray().isEmpty())
                return fail(QStringLiteral("roles must be a non-empty array of role ids"));
            for (const QJsonValue &role : value.toArray()) {
                if (!m_users.isKnownRole(role.toString(), organizationId))
                    return fail(QStringLiteral("Unknown role id \"%1\"").arg(role.toString()));
            }
            updated.insert(QStringLiteral("_roles"), value);
            continue;
        }
        updated.insert(name, value);
    }
    if (patch.contains(QStringLiteral("email"))) {
        const QString email = patch.value(QStringLiteral("email")).toString().trimmed();
        if (!isValidEmail(email))
            return fail(QStringLiteral("email is not a valid e-mail address"));
        if (email.compare(user->value(QStringLiteral("email")).toString(), Qt::CaseInsensitive) !=
            0) {
            const QJsonObject owner = m_users.userByEmail(email);
            if (!owner.isEmpty())
                return fail(QStringLiteral("The e-mail address %1 is already in use").arg(email));
            const QString token = randomToken();
            updated.insert(QStringLiteral("draft_email"), email);
            updated.insert(QStringLiteral("draft_email_expires_at"),
                           isoIn(kEmailVerificationLifetimeSeconds));
            updated.insert(QStringLiteral("_email_verification_token"), token);
            m_outbox.send(
                QStringLiteral("email_verification"), email,
                {{QStringLiteral("token"), token},
                 {QStringLiteral("link"), portalLink(QStringLiteral("verify-email"), token)},
                 {QStringLiteral("user_id"), user->value(QStringLiteral("id"))},
                 {QStringLiteral("current_email"), user->value(QStringLiteral("email"))}});
        }
    }
    *user = updated;
    return std::nullopt;
}

EmulatorResponse UserApiModule::updateUser(const EmulatorRequest &request)
{
    if (auto error = requireObject(request))
        return *error;
    QJsonObject user;
    if (auto error = findVisibleUser(request, &user))
        return *error;
    if (user.value(QStringLiteral("status")).toString() == QLatin1String("Deleted"))
        return EmulatorResponse::error(400, QStringLiteral("A deleted user cannot be changed"));
    if (auto error = applyPatch(request.bodyObject(), &user, request.caller.organizationId))
        return *error;
    m_users.save(user);
    return EmulatorResponse::json(200, UserDirectory::toV2(user));
}

EmulatorResponse UserApiModule::deleteUser(const EmulatorRequest &request)
{
    QJsonObject user;
    if (auto error = findVisibleUser(request, &user))
        return *error;
    if (user.value(QStringLiteral("status")).toString() == QLatin1String("Deleted"))
        return EmulatorResponse::error(404, QStringLiteral("User %1 is deleted already")
                                                .arg(user.value(QStringLiteral("id")).toString()));
    if (user.value(QStringLiteral("id")).toString() == request.caller.userId)
        return EmulatorResponse::error(400, QStringLiteral("You cannot delete yourself"));
    // Deleted users stay (status Deleted) as in epilot; their open tokens stop mattering.
    user.insert(QStringLiteral("status"), QStringLiteral("Deleted"));
    user.remove(QStringLiteral("_invite_token"));
    user.remove(QStringLiteral("_password_hash"));
    m_users.save(user);
    return EmulatorResponse::json(200, UserDirectory::toV1(user));
}

EmulatorResponse UserApiModule::loginParameters(const EmulatorRequest &request)
{
    const QString username = request.pathParams.value(QStringLiteral("username")).trimmed();
    if (username.isEmpty())
        return EmulatorResponse::error(400, QStringLiteral("username is required"));
    const QJsonObject user = m_users.userByEmail(username);
    QJsonArray parameters;
    // Only users who can sign in get parameters; unknown names get an empty list, not a 404,
    // so the endpoint does not tell which accounts exist.
    if (!user.isEmpty() &&
        user.value(QStringLiteral("status")).toString() == QLatin1String("Active")) {
        for (const QString &organizationId : UserDirectory::organizationsOf(user))
            parameters.append(m_users.loginParameters(user, organizationId));
    }
    return EmulatorResponse::json(200,
                                  QJsonObject{{QStringLiteral("login_parameters"), parameters}});
}

EmulatorResponse UserApiModule::switchOrganization(const EmulatorRequest &request)
{
    if (auto error = requireObject(request))
        return *error;
    const QJsonObject body = request.bodyObject();
    if (auto error = requireStrings(body, {QStringLiteral("org_id")}))
        return *error;
    const QString organizationId = body.value(QStringLiteral("org_id")).toString().trimmed();
    const QJsonObject user = m_users.user(request.caller.userId);
    if (!UserDirectory::isMember(user, organizationId))
        return EmulatorResponse::error(
            403, QStringLiteral("You are not a member of organization %1").arg(organizationId));
    // The login token is a bearer token for the new organization (the emulator has no
    // separate CUSTOM_AUTH step).
    const QString token = m_tokens.issue(request.caller.userId, organizationId);
    return EmulatorResponse::json(200, QJsonObject{{QStringLiteral("login_token"), token}});
}
