#include "emulator/users/PasskeyApiModule.h"

#include "emulator/core/DemoIds.h"
#include "emulator/core/EmulatorRouter.h"
#include "emulator/core/EmulatorStore.h"
#include "emulator/core/ModuleSupport.h"
#include "emulator/core/TokenRegistry.h"
#include "emulator/users/UserApiModule.h"
#include "emulator/users/UserDirectory.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace ModuleSupport;

namespace {
const QString kPasskeys = QStringLiteral("passkeys");
const QString kUsers = QStringLiteral("users");

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray fromBase64Url(const QString &text)
{
    return QByteArray::fromBase64(text.toLatin1(),
                                  QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QJsonObject passkeyAnswer(const QJsonObject &passkey)
{
    return stripInternal(passkey);
}
} // namespace

const QString PasskeyApiModule::kRelyingPartyId = QStringLiteral("localhost");

PasskeyApiModule::PasskeyApiModule(EmulatorStore &store, TokenRegistry &tokens)
    : m_store(store), m_tokens(tokens)
{
}

void PasskeyApiModule::registerRoutes(EmulatorRouter &router)
{
    const auto bind = [this](
                          EmulatorResponse (PasskeyApiModule::*method)(const EmulatorRequest &)) {
        return [this, method](const EmulatorRequest &request) { return (this->*method)(request); };
    };
    router.add("GET", QStringLiteral("/v2/users/me/passkeys"), Access::Secured,
               bind(&PasskeyApiModule::list));
    router.add("DELETE", QStringLiteral("/v2/users/me/passkeys/{credentialId}"), Access::Secured,
               bind(&PasskeyApiModule::remove));
    router.add("POST", QStringLiteral("/v2/users/me/passkeys:registerBegin"), Access::Secured,
               bind(&PasskeyApiModule::beginRegistration));
    router.add("POST", QStringLiteral("/v2/users/me/passkeys:registerComplete"), Access::Secured,
               bind(&PasskeyApiModule::completeRegistration));
    router.add("POST", QStringLiteral("/v2/users/public/passkeys:authenticateBegin"),
               Access::Public, bind(&PasskeyApiModule::beginAuthentication));
    router.add("POST", QStringLiteral("/v2/users/public/passkeys:authenticateBeginDiscoverable"),
               Access::Public, bind(&PasskeyApiModule::beginDiscoverable));
    router.add("POST", QStringLiteral("/v2/users/public/passkeys:resolveCredential"),
               Access::Public, bind(&PasskeyApiModule::resolveCredential));
}

void PasskeyApiModule::seed(const SeedOptions &)
{
    // A passkey for every seeded user whose has_passkeys is true (two for the admin).
    static const QStringList devices = {
        QStringLiteral("MacBook Pro (Touch ID)"), QStringLiteral("iPhone 15"),
        QStringLiteral("YubiKey 5 NFC"), QStringLiteral("Windows Hello")};
    static const QStringList aaguids = {QStringLiteral("adce0002-35bc-c60a-648b-0b25f1f05503"),
                                        QStringLiteral("fbfc3007-154e-4ecc-8c0b-6e020557d7bd"),
                                        QStringLiteral("cb69481e-8ff7-4039-93ec-0a2729a154a8"),
                                        QStringLiteral("08987058-cadc-4b81-b6e1-30de50dcbe96")};
    int counter = 0;
    for (const QJsonObject &user : m_store.all(kUsers)) {
        if (!user.value(QStringLiteral("has_passkeys")).toBool())
            continue;
        const QString userId = user.value(QStringLiteral("id")).toString();
        const int count = userId == kDemoAdminUserId ? 2 : 1;
        for (int index = 0; index < count; ++index, ++counter) {
            const QString credentialId = QString::fromLatin1(base64Url(
                QUuid::createUuidV5(QUuid(), userId + QString::number(index)).toRfc4122()));
            m_store.put(kPasskeys, credentialId,
                        {{QStringLiteral("credential_id"), credentialId},
                         {QStringLiteral("friendly_name"), devices.at(counter % devices.size())},
                         {QStringLiteral("created_at"), QStringLiteral("2024-0%1-0%2T10:15:00.000Z")
                                                            .arg(1 + counter % 9)
                                                            .arg(1 + counter % 9)},
                         {QStringLiteral("transports"),
                          counter % 3 == 2
                              ? QJsonArray{QStringLiteral("usb"), QStringLiteral("nfc")}
                              : QJsonArray{QStringLiteral("internal"), QStringLiteral("hybrid")}},
                         {QStringLiteral("aaguid"), aaguids.at(counter % aaguids.size())},
                         {QStringLiteral("_user_id"), userId}});
        }
    }
}

QList<QJsonObject> PasskeyApiModule::passkeysOf(const QString &userId) const
{
    QList<QJsonObject> result;
    for (const QJsonObject &passkey : m_store.all(kPasskeys)) {
        if (passkey.value(QStringLiteral("_user_id")).toString() == userId)
            result.append(passkey);
    }
    return result;
}

void PasskeyApiModule::updateHasPasskeys(const QString &userId)
{
    QJsonObject user = m_store.get(kUsers, userId);
    if (user.isEmpty())
        return;
    const bool has = !passkeysOf(userId).isEmpty();
    if (user.value(QStringLiteral("has_passkeys")).toBool() == has)
        return;
    user.insert(QStringLiteral("has_passkeys"), has);
    m_store.put(kUsers, userId, user);
}

QString PasskeyApiModule::challengeToken(const QJsonObject &claims) const
{
    const QByteArray payload = base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    return QString::fromLatin1(payload + '.' + m_tokens.sign(payload));
}

std::optional<EmulatorResponse> PasskeyApiModule::readChallengeToken(const QString &token,
                                                                     const QString &purpose,
                                                                     QJsonObject *claims) const
{
    const QStringList parts = token.split(QLatin1Char('.'));
    if (parts.size() != 2 || !m_tokens.verify(parts.at(0).toLatin1(), parts.at(1).toLatin1()))
        return EmulatorResponse::error(400, QStringLiteral("challenge_token is not valid"));
    *claims = QJsonDocument::fromJson(fromBase64Url(parts.at(0))).object();
    if (claims->value(QStringLiteral("purpose")).toString() != purpose)
        return EmulatorResponse::error(
            400, QStringLiteral("challenge_token was issued for another step"));
    if (claims->value(QStringLiteral("exp")).toInteger() < QDateTime::currentSecsSinceEpoch())
        return EmulatorResponse::error(400, QStringLiteral("challenge_token has expired"));
    return std::nullopt;
}

std::optional<EmulatorResponse> PasskeyApiModule::checkClientData(const QJsonObject &response,
                                                                  const QString &challenge)
{
    const QString clientData = response.value(QStringLiteral("response"))
                                   .toObject()
                                   .value(QStringLiteral("clientDataJSON"))
                                   .toString();
    if (clientData.isEmpty())
        return std::nullopt;
    const QJsonObject data = QJsonDocument::fromJson(fromBase64Url(clientData)).object();
    if (data.value(QStringLiteral("challenge")).toString() != challenge)
        return EmulatorResponse::error(
            400, QStringLiteral("clientDataJSON does not carry the issued challenge"));
    return std::nullopt;
}

EmulatorResponse PasskeyApiModule::list(const EmulatorRequest &request)
{
    QJsonArray passkeys;
    for (const QJsonObject &passkey : passkeysOf(request.caller.userId))
        passkeys.append(passkeyAnswer(passkey));
    return EmulatorResponse::json(200, QJsonObject{{QStringLiteral("passkeys"), passkeys}});
}

EmulatorResponse PasskeyApiModule::remove(const EmulatorRequest &request)
{
    const QString credentialId = request.pathParams.value(QStringLiteral("credentialId"));
    const QJsonObject passkey = m_store.get(kPasskeys, credentialId);
    if (passkey.isEmpty() ||
        passkey.value(QStringLiteral("_user_id")).toString() != request.caller.userId)
        return EmulatorResponse::error(404, QStringLiteral("Passkey not found"));
    m_store.remove(kPasskeys, credentialId);
    updateHasPasskeys(request.caller.userId);
    return EmulatorResponse::empty(204);
}

EmulatorResponse PasskeyApiModule::beginRegistration(const EmulatorRequest &request)
{
    if (request.hasBody && !request.body.isObject())
        return EmulatorResponse::error(400,
                                       QStringLiteral("The request body must be a JSON object"));
    const QJsonValue friendlyName = request.bodyObject().value(QStringLiteral("friendly_name"));
    if (!friendlyName.isUndefined() && !friendlyName.isString())
        return EmulatorResponse::error(400, QStringLiteral("friendly_name must be a string"));
    const QJsonObject user = m_store.get(kUsers, request.caller.userId);
    if (user.isEmpty())
        return EmulatorResponse::error(404, QStringLiteral("User not found"));
    const QString challenge = randomToken(32);
    QJsonArray exclude;
    for (const QJsonObject &passkey : passkeysOf(request.caller.userId))
        exclude.append(
            QJsonObject{{QStringLiteral("type"), QStringLiteral("public-key")},
                        {QStringLiteral("id"), passkey.value(QStringLiteral("credential_id"))}});
    const QJsonObject options{
        {QStringLiteral("challenge"), challenge},
        {QStringLiteral("rp"), QJsonObject{{QStringLiteral("id"), kRelyingPartyId},
                                           {QStringLiteral("name"), QStringLiteral("epilot")}}},
        {QStringLiteral("user"),
         QJsonObject{
             {QStringLiteral("id"), QString::fromLatin1(base64Url(request.caller.userId.toUtf8()))},
             {QStringLiteral("name"), user.value(QStringLiteral("email"))},
             {QStringLiteral("displayName"),
              user.value(QStringLiteral("display_name"))
                  .toString(user.value(QStringLiteral("email")).toString())}}},
        {QStringLiteral("pubKeyCredParams"),
         QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("public-key")},
                                {QStringLiteral("alg"), -7}},
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("public-key")},
                                {QStringLiteral("alg"), -257}}}},
        {QStringLiteral("timeout"), 60000},
        {QStringLiteral("attestation"), QStringLiteral("none")},
        {QStringLiteral("excludeCredentials"), exclude},
        {QStringLiteral("authenticatorSelection"),
         QJsonObject{{QStringLiteral("residentKey"), QStringLiteral("preferred")},
                     {QStringLiteral("userVerification"), QStringLiteral("preferred")}}},
    };
    QJsonObject claims{
        {QStringLiteral("purpose"), QStringLiteral("registration")},
        {QStringLiteral("challenge"), challenge},
        {QStringLiteral("user_id"), request.caller.userId},
        {QStringLiteral("exp"), QDateTime::currentSecsSinceEpoch() + kChallengeLifetimeSeconds}};
    if (friendlyName.isString())
        claims.insert(QStringLiteral("friendly_name"), friendlyName);
    return EmulatorResponse::json(
        200, QJsonObject{{QStringLiteral("options"), options},
                         {QStringLiteral("challenge_token"), challengeToken(claims)}});
}

EmulatorResponse PasskeyApiModule::completeRegistration(const EmulatorRequest &request)
{
    if (auto error = requireObject(request))
        return *error;
    const QJsonObject body = request.bodyObject();
    if (auto error = requireStrings(body, {QStringLiteral("challenge_token")}))
        return *error;
    if (!body.value(QStringLiteral("registration_response")).isObject())
        return EmulatorResponse::error(
            400, QStringLiteral("registration_response is required (an object)"));
    QJsonObject claims;
    if (auto error = readChallengeToken(body.value(QStringLiteral("challenge_token")).toString(),
                                        QStringLiteral("registration"), &claims))
        return *error;
    if (claims.value(QStringLiteral("user_id")).toString() != request.caller.userId)
        return EmulatorResponse::error(
            400, QStringLiteral("challenge_token was issued to another user"));
    const QJsonObject response = body.value(QStringLiteral("registration_response")).toObject();
    const QString credentialId = response.value(QStringLiteral("id"))
                                     .toString(response.value(QStringLiteral("rawId")).toString());
    if (credentialId.isEmpty())
        return EmulatorResponse::error(
            400, QStringLiteral("registration_response.id (the credential id) is required"));
    if (auto error =
            checkClientData(response, claims.value(QStringLiteral("challenge")).toString()))
        return *error;
    if (m_store.contains(kPasskeys, credentialId))
        return EmulatorResponse::error(409, QStringLiteral("This passkey is registered already"));
    QJsonArray transports = response.value(QStringLiteral("response"))
                                .toObject()
                                .value(QStringLiteral("transports"))
                                .toArray();
    if (transports.isEmpty())
        transports = QJsonArray{QStringLiteral("internal")};
    const QString friendlyName =
        body.value(QStringLiteral("friendly_name"))
            .toString(
                claims.value(QStringLiteral("friendly_name")).toString(QStringLiteral("Passkey")));
    const QJsonObject passkey{
        {QStringLiteral("credential_id"), credentialId},
        {QStringLiteral("friendly_name"), friendlyName},
        {QStringLiteral("created_at"), nowIso()},
        {QStringLiteral("transports"), transports},
        {QStringLiteral("aaguid"), QStringLiteral("00000000-0000-0000-0000-000000000000")},
        {QStringLiteral("_user_id"), request.caller.userId}};
    m_store.put(kPasskeys, credentialId, passkey);
    updateHasPasskeys(request.caller.userId);
    return EmulatorResponse::json(200, passkeyAnswer(passkey));
}

EmulatorResponse PasskeyApiModule::beginAuthentication(const EmulatorRequest &request)
{
    if (auto error = requireObject(request))
        return *error;
    const QJsonObject body = request.bodyObject();
    if (auto error = requireStrings(body, {QStringLiteral("email")}))
        return *error;
    const QString email = body.value(QStringLiteral("email")).toString().trimmed();
    if (!isValidEmail(email))
        return EmulatorResponse::error(400, QStringLiteral("email is not a valid e-mail address"));
    const QJsonObject user = UserDirectory(m_store).userByEmail(email);
    const QList<QJsonObject> passkeys =
        user.isEmpty() ? QList<QJsonObject>()
                       : passkeysOf(user.value(QStringLiteral("id")).toString());
    if (passkeys.isEmpty() ||
        user.value(QStringLiteral("status")).toString() != QLatin1String("Active"))
        return EmulatorResponse::error(404,
                                       QStringLiteral("User not found or no passkeys registered"));
    const QString challenge = randomToken(32);
    QJsonArray allow;
    for (const QJsonObject &passkey : passkeys)
        allow.append(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("public-key")},
            {QStringLiteral("id"), passkey.value(QStringLiteral("credential_id"))},
            {QStringLiteral("transports"), passkey.value(QStringLiteral("transports"))}});
    const QJsonObject options{{QStringLiteral("challenge"), challenge},
                              {QStringLiteral("rpId"), kRelyingPartyId},
                              {QStringLiteral("timeout"), 60000},
                              {QStringLiteral("userVerification"), QStringLiteral("preferred")},
                              {QStringLiteral("allowCredentials"), allow}};
    const QJsonObject claims{
        {QStringLiteral("purpose"), QStringLiteral("authentication")},
        {QStringLiteral("challenge"), challenge},
        {QStringLiteral("user_id"), user.value(QStringLiteral("id"))},
        {QStringLiteral("exp"), QDateTime::currentSecsSinceEpoch() + kChallengeLifetimeSeconds}};
    return EmulatorResponse::json(
        200, QJsonObject{{QStringLiteral("options"), options},
                         {QStringLiteral("challenge_token"), challengeToken(claims)}});
}

EmulatorResponse PasskeyApiModule::beginDiscoverable(const EmulatorRequest &)
{
    const QString challenge = randomToken(32);
    const QJsonObject options{{QStringLiteral("challenge"), challenge},
                              {QStringLiteral("rpId"), kRelyingPartyId},
                              {QStringLiteral("timeout"), 60000},
                              {QStringLiteral("userVerification"), QStringLiteral("preferred")}};
    const QJsonObject claims{
        {QStringLiteral("purpose"), QStringLiteral("discoverable")},
        {QStringLiteral("challenge"), challenge},
        {QStringLiteral("exp"), QDateTime::currentSecsSinceEpoch() + kChallengeLifetimeSeconds}};
    return EmulatorResponse::json(
        200, QJsonObject{{QStringLiteral("options"), options},
                         {QStringLiteral("challenge_token"), challengeToken(claims)}});
}

EmulatorResponse PasskeyApiModule::resolveCredential(const EmulatorRequest &request)
{
    if (auto error = requireObject(request))
        return *error;
    const QJsonObject body = request.bodyObject();
    if (auto error = requireStrings(body, {QStringLiteral("challenge_token")}))
        return *error;
    if (!body.value(QStringLiteral("assertion_response")).isObject())
        return EmulatorResponse::error(
            400, QStringLiteral("assertion_response is required (an object)"));
    QJsonObject claims;
    // Discoverable sign-in, or the e-mail first flow (authenticateBegin) which names the user.
    const QString challengeTokenText = body.value(QStringLiteral("challenge_token")).toString();
    if (readChallengeToken(challengeTokenText, QStringLiteral("authentication"), &claims)) {
        if (auto error =
                readChallengeToken(challengeTokenText, QStringLiteral("discoverable"), &claims))
            return *error;
    }
    const QJsonObject assertion = body.value(QStringLiteral("assertion_response")).toObject();
    if (auto error =
            checkClientData(assertion, claims.value(QStringLiteral("challenge")).toString()))
        return *error;
    const QString credentialId = assertion.value(QStringLiteral("id"))
                                     .toString(assertion.value(QStringLiteral("rawId")).toString());
    const QJsonObject passkey = m_store.get(kPasskeys, credentialId);
    const QJsonObject user =
        m_store.get(kUsers, passkey.value(QStringLiteral("_user_id")).toString());
    if (passkey.isEmpty() || user.isEmpty() ||
        user.value(QStringLiteral("status")).toString() != QLatin1String("Active"))
        return EmulatorResponse::error(404, QStringLiteral("Credential not found"));
    if (claims.contains(QStringLiteral("user_id")) &&
        claims.value(QStringLiteral("user_id")).toString() !=
            user.value(QStringLiteral("id")).toString())
        return EmulatorResponse::error(404, QStringLiteral("Credential not found for this user"));
    const UserDirectory directory(m_store);
    QJsonArray parameters;
    for (const QString &organizationId : UserDirectory::organizationsOf(user))
        parameters.append(directory.loginParameters(user, organizationId));
    return EmulatorResponse::json(
        200, QJsonObject{
                 {QStringLiteral("email"), user.value(QStringLiteral("email"))},
                 {QStringLiteral("organization_id"), user.value(QStringLiteral("organization_id"))},
                 {QStringLiteral("user_id"), user.value(QStringLiteral("id"))},
                 {QStringLiteral("login_parameters"), parameters}});
}
