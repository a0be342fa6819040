#include "emulator/users/UserApiModule.h"

#include "emulator/core/DemoIds.h"
#include "emulator/core/EmulatorRouter.h"
#include "emulator/core/EmulatorStore.h"
#include "emulator/core/ModuleSupport.h"
#include "emulator/core/Outbox.h"
#include "emulator/core/TokenRegistry.h"
#include "emulator/users/UserDemoSeed.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <algorithm>
#include <cstring>

using namespace ModuleSupport;

namespace {
const QString kUsers = QStringLiteral("users");
const QString kOrganizations = QStringLiteral("organizations");
constexpr int kMaximumPageSize = 1000;
constexpr qint64 kPasswordResetLifetimeSeconds = 3600;
constexpr qint64 kEmailVerificationLifetimeSeconds = 24 * 3600;

QString isoIn(qint64 seconds)
{
    return QDateTime::currentDateTimeUtc().addSecs(seconds).toString(Qt::ISODateWithMs);
}

bool isPast(const QString &iso)
{
    const QDateTime moment = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return !moment.isValid() || moment < QDateTime::currentDateTimeUtc();
}

std::optional<EmulatorResponse> checkLanguage(const QJsonObject &body, const QString &field)
{
    if (!body.contains(field))
        return std::nullopt;
    const QString language = body.value(field).toString();
    if (language != QLatin1String("en") && language != QLatin1String("de"))
        return EmulatorResponse::error(400,
                                       QStringLiteral("%1 must be \"en\" or \"de\"").arg(field));
    return std::nullopt;
}

std::optional<EmulatorResponse> requireQueryToken(const EmulatorRequest &request)
{
    if (request.queryValue(QStringLiteral("token")).isEmpty())
        return EmulatorResponse::error(400, QStringLiteral("Query parameter token is required"));
    return std::nullopt;
}

EmulatorResponse passwordPolicyError(const QStringList &violations)
{
    QJsonArray codes;
    for (const QString &violation : violations)
        codes.append(violation);
    return EmulatorResponse::json(
        400, QJsonObject{{QStringLiteral("error"), QStringLiteral("PASSWORD_POLICY")},
                         {QStringLiteral("message"),
                          QStringLiteral("Password does not meet the requirements: at least 8 "
                                         "characters with lower and upper case letters, a number "
                                         "and a symbol")},
                         {QStringLiteral("violations"), codes}});
}

// Which page of a list: limit/offset as the specs define them (numbers).
struct Page
{
    int limit = kMaximumPageSize;
    int offset = 0;
    std::optional<EmulatorResponse> error;
};

Page pageOf(const EmulatorRequest &request)
{
    Page page;
    const IntParameter limit =
        intQuery(request, QStringLiteral("limit"), kMaximumPageSize, 0, INT_MAX);
    if (limit.error) {
        page.error = limit.error;
        return page;
    }
    const IntParameter offset = intQuery(request, QStringLiteral("offset"), 0, 0, INT_MAX);
    if (offset.error) {
        page.error = offset.error;
        return page;
    }
    page.limit = qMin(limit.value, kMaximumPageSize);
    page.offset = offset.value;
    return page;
}

// Cannot be typed into a search box, so no match spans two fields or two users.
constexpr char kFieldSeparator = '\x1f';
constexpr char kUserSeparator = '\x1e';
const QStringList kSearchFields = {QStringLiteral("display_name"), QStringLiteral("email"),
                                   QStringLiteral("department"), QStringLiteral("phone"),
                                   QStringLiteral("id")};
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

EmulatorResponse UserApiModule::listUsersV2(const EmulatorRequest &request)
{
    const Page page = pageOf(request);
    if (page.error)
        return *page.error;
    const QString query = request.queryValue(QStringLiteral("query")).trimmed();
    const QList<qsizetype> &users = matchingUsers({request.caller.organizationId}, query);
    QJsonArray results;
    for (qsizetype index = page.offset; index < users.size() && results.size() < page.limit;
         ++index)
        results.append(UserDirectory::toV2(m_search.users.at(users.at(index))));
    return EmulatorResponse::json(200, QJsonObject{{QStringLiteral("results"), results}});
}

EmulatorResponse UserApiModule::listUsersV1(const EmulatorRequest &request)
{
    const Page page = pageOf(request);
    if (page.error)
        return *page.error;
    QStringList organizations;
    for (const QString &id :
         request.queryValue(QStringLiteral("org_ids")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        organizations.append(id.trimmed());
    const QJsonObject caller = m_users.user(request.caller.userId);
    for (const QString &id : std::as_const(organizations)) {
        if (id != request.caller.organizationId && !UserDirectory::isMember(caller, id))
            return EmulatorResponse::error(
                403, QStringLiteral("You are not a member of organization %1").arg(id));
    }
    if (organizations.isEmpty())
        organizations.append(request.caller.organizationId);
    const QString query = request.queryValue(QStringLiteral("query")).trimmed();
    const QList<qsizetype> &matching = matchingUsers(organizations, query);
    QJsonArray users;
    for (qsizetype index = page.offset; index < matching.size() && users.size() < page.limit;
         ++index)
        users.append(UserDirectory::toV1(m_search.users.at(matching.at(index))));
    return EmulatorResponse::json(200, QJsonObject{{QStringLiteral("users"), users}});
}

const QList<qsizetype> &UserApiModule::matchingUsers(const QStringList &organizations,
                                                     const QString &query)
{
    if (m_listing.valid && m_listing.revision == m_store.revision() &&
        m_listing.organizations == organizations && m_listing.query == query)
        return m_listing.users;
    m_listing = Listing{organizations, query, m_store.revision(), true, {}};
    const SearchIndex &index = searchIndex();
    QList<int> wanted;
    for (const QString &id : organizations)
        wanted.append(index.organizationNumbers.value(id, -1));
    const QByteArray needle = query.toCaseFolded().toUtf8();
    if (needle.isEmpty()) {
        for (qsizetype user = 0; user < index.users.size(); ++user) {
            if (isMemberOfAny(user, wanted))
                m_listing.users.append(user);
        }
        return m_listing.users;
    }
    if (needle.contains(kUserSeparator) || needle.contains(kFieldSeparator))
        return m_listing.users; // no match may span two fields or two users
    // Folded UTF-8 matches where the folded text does: UTF-8 never matches inside a character.
    const char *const begin = index.text.constData();
    const char *const end = begin + index.text.size();
    const qsizetype count = index.starts.size();
    qsizetype user = 0;
    for (const char *from = begin; from < end;) {
        const auto *found = static_cast<const char *>(
            memmem(from, std::size_t(end - from), needle.constData(), std::size_t(needle.size())));
        if (!found)
            break;
        // Matches come in text order: walk on to the user whose part holds this one.
        const qsizetype offset = found - begin;
        while (user + 1 < count && index.starts.at(user + 1) <= offset)
            ++user;
        if (isMemberOfAny(user, wanted))
            m_listing.users.append(user);
        from = user + 1 < count ? begin + index.starts.at(user + 1) : end; // one match per user
    }
    return m_listing.users;
}

bool UserApiModule::isMemberOfAny(qsizetype user, const QList<int> &organizations) const
{
    const auto first = m_search.memberships.cbegin() + m_search.membershipStarts.at(user);
    const auto last = m_search.memberships.cbegin() + m_search.membershipStarts.at(user + 1);
    return std::find_first_of(first, last, organizations.cbegin(), organizations.cend()) != last;
}

const UserApiModule::SearchIndex &UserApiModule::searchIndex()
{
    // Memberships and searchable fields read once per store revision: a listing over 100,000
    // users is then a plain scan instead of many JSON lookups per user.
    if (m_search.valid && m_search.revision == m_store.revision())
        return m_search;
    m_search = SearchIndex{};
    m_search.revision = m_store.revision();
    m_search.valid = true;
    const auto addMembership = [this](const QString &organization) {
        const auto number = m_search.organizationNumbers.constFind(organization);
        if (number != m_search.organizationNumbers.cend()) {
            m_search.memberships.append(*number);
            return;
        }
        const int next = int(m_search.organizationNumbers.size());
        m_search.organizationNumbers.insert(organization, next);
        m_search.memberships.append(next);
    };
    m_store.forEach(kUsers, [this, &addMembership](const QJsonObject &user) {
        m_search.starts.append(m_search.text.size());
        for (const QString &field : kSearchFields) {
            m_search.text += user.value(field).toString().toCaseFolded().toUtf8();
            m_search.text += kFieldSeparator;
        }
        m_search.text += kUserSeparator;
        m_search.membershipStarts.append(m_search.memberships.size());
        addMembership(user.value(QStringLiteral("organization_id")).toString());
        for (const QJsonValue &other : user.value(QStringLiteral("_org_ids")).toArray())
            addMembership(other.toString());
        m_search.users.append(user);
        return true;
    });
    m_search.membershipStarts.append(m_search.memberships.size()); // the last user's end
    return m_search;
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
                if (!UserDirectory::isKnownRole(role.toString(), organizationId))
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
            if (!UserDirectory::isKnownRole(role.toString(), organizationId))
                return EmulatorResponse::error(
                    400,
                    QStringLiteral("Unknown role id \"%1\"; roles of this organization are %2:%3")
                        .arg(role.toString(), organizationId,
                             UserDirectory::roleSlugs().join(
                                 QStringLiteral(", %1:").arg(organizationId))));
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

void UserApiModule::mailPasswordReset(QJsonObject *user)
{
    const QString token = randomToken();
    user->insert(QStringLiteral("_password_reset_token_hash"), UserDirectory::hashToken(token));
    user->insert(QStringLiteral("password_reset_token_expires_at"),
                 isoIn(kPasswordResetLifetimeSeconds));
    m_users.save(*user);
    const QString email = user->value(QStringLiteral("email")).toString();
    m_outbox.send(
        QStringLiteral("password_reset"), email,
        {{QStringLiteral("token"), token},
         {QStringLiteral("email"), email},
         {QStringLiteral("link"), portalLink(QStringLiteral("reset-password"), token) +
                                      QStringLiteral("&email=") +
                                      QString::fromLatin1(QUrl::toPercentEncoding(email))},
         {QStringLiteral("user_id"), user->value(QStringLiteral("id"))}});
}

EmulatorResponse UserApiModule::sendPasswordReset(const EmulatorRequest &request)
{
    if (auto error = requireObject(request))
        return *error;
    const QJsonObject body = request.bodyObject();
    if (auto error = requireStrings(body, {QStringLiteral("email")}))
        return *error;
    const QString email = body.value(QStringLiteral("email")).toString().trimmed();
    if (!isValidEmail(email))
        return EmulatorResponse::error(400, QStringLiteral("Invalid email: \"%1\"").arg(email));
    QJsonObject user = m_users.userByEmail(email);
    if (user.isEmpty() || !UserDirectory::isMember(user, request.caller.organizationId))
        return EmulatorResponse::error(400, QStringLiteral("User not found"));
    if (user.value(QStringLiteral("status")).toString() != QLatin1String("Active"))
        return EmulatorResponse::error(
            403, QStringLiteral("Not permitted to reset the password of a %1 user")
                     .arg(user.value(QStringLiteral("status")).toString()));
    mailPasswordReset(&user);
    return EmulatorResponse::json(200, QJsonObject{{QStringLiteral("success"), true}});
}

EmulatorResponse UserApiModule::requestPasswordReset(const EmulatorRequest &request)
{
    if (auto error = requireObject(request))
        return *error;
    const QJsonObject body = request.bodyObject();
    if (auto error = requireStrings(body, {QStringLiteral("email")}))
        return *error;
    const QString email = body.value(QStringLiteral("email")).toString().trimmed();
    if (!isValidEmail(email))
        return EmulatorResponse::error(400, QStringLiteral("Invalid email: \"%1\"").arg(email));
    QJsonObject user = m_users.userByEmail(email);
    // Same answer whether or not the account exists: no account discovery.
    if (!user.isEmpty() &&
        user.value(QStringLiteral("status")).toString() == QLatin1String("Active"))
        mailPasswordReset(&user);
    return EmulatorResponse::json(
        200, QJsonObject{
                 {QStringLiteral("message"),
                  QStringLiteral("If an account exists, a password reset email has been sent.")}});
}

EmulatorResponse UserApiModule::resetPassword(const EmulatorRequest &request)
{
    if (!request.body.isObject())
        return EmulatorResponse::json(
            400, QJsonObject{{QStringLiteral("error"), QStringLiteral("INVALID_RESET_LINK")},
                             {QStringLiteral("message"),
                              QStringLiteral("The request body must be a JSON object")}});
    const QJsonObject body = request.bodyObject();
    // This operation's 400 answers carry an "error" discriminator besides the message.
    if (auto error = requireStrings(body, {QStringLiteral("email"), QStringLiteral("token")}))
        return EmulatorResponse::json(
            400,
            QJsonObject{
                {QStringLiteral("error"), QStringLiteral("INVALID_RESET_LINK")},
                {QStringLiteral("message"),
                 QJsonDocument::fromJson(error->body).object().value(QStringLiteral("message"))}});
    if (!body.value(QStringLiteral("password")).isString())
        return EmulatorResponse::json(
            400,
            QJsonObject{{QStringLiteral("error"), QStringLiteral("PASSWORD_POLICY")},
                        {QStringLiteral("message"), QStringLiteral("password is required")},
                        {QStringLiteral("violations"), QJsonArray{QStringLiteral("too_short")}}});
    QJsonObject user =
        m_users.userByEmail(body.value(QStringLiteral("email")).toString().trimmed());
    const QString hash = UserDirectory::hashToken(body.value(QStringLiteral("token")).toString());
    if (user.isEmpty() ||
        user.value(QStringLiteral("_password_reset_token_hash")).toString() != hash ||
        isPast(user.value(QStringLiteral("password_reset_token_expires_at")).toString()))
        return EmulatorResponse::json(
            400, QJsonObject{{QStringLiteral("error"), QStringLiteral("INVALID_RESET_LINK")},
                             {QStringLiteral("message"),
                              QStringLiteral("The reset link is invalid or has expired")}});
    const QString password = body.value(QStringLiteral("password")).toString();
    if (const QStringList violations = UserDirectory::passwordViolations(password);
        !violations.isEmpty())
        return passwordPolicyError(violations);
    user.insert(QStringLiteral("_password_hash"),
                UserDirectory::hashPassword(user.value(QStringLiteral("id")).toString(), password));
    user.remove(QStringLiteral("_password_reset_token_hash"));
    user.insert(QStringLiteral("password_reset_token_expires_at"), QJsonValue::Null);
    m_users.save(user);
    return EmulatorResponse::json(200, QJsonObject{{QStringLiteral("success"), true}});
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
