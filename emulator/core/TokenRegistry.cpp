#include "emulator/core/TokenRegistry.h"

#include "emulator/core/DemoIds.h"
#include "emulator/core/EmulatorStore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QUuid>

namespace {
const QString kTokens = QStringLiteral("tokens");
const QString kMeta = QStringLiteral("emulator");

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}
} // namespace

TokenRegistry::TokenRegistry(EmulatorStore &store) : m_store(store) {}

QByteArray TokenRegistry::secret() const
{
    if (!m_secret.isEmpty())
        return m_secret;
    const QJsonObject stored = m_store.get(kMeta, QStringLiteral("secret"));
    m_secret = QByteArray::fromBase64(stored.value(QStringLiteral("value")).toString().toLatin1());
    if (m_secret.isEmpty()) {
        m_secret.resize(32);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(m_secret.data()), 8);
        m_store.put(kMeta, QStringLiteral("secret"),
                    {{QStringLiteral("id"), QStringLiteral("secret")},
                     {QStringLiteral("value"), QString::fromLatin1(m_secret.toBase64())}});
    }
    return m_secret;
}

QByteArray TokenRegistry::sign(const QByteArray &data) const
{
    return base64Url(QMessageAuthenticationCode::hash(data, secret(), QCryptographicHash::Sha256));
}

bool TokenRegistry::verify(const QByteArray &data, const QByteArray &signature) const
{
    const QByteArray expected = sign(data);
    if (expected.size() != signature.size())
        return false;
    int difference = 0; // constant time
    for (qsizetype index = 0; index < expected.size(); ++index)
        difference |= expected.at(index) ^ signature.at(index);
    return difference == 0;
}

QString TokenRegistry::keyOf(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString TokenRegistry::issue(const QString &userId, const QString &organizationId,
                             qint64 lifetimeSeconds, const QJsonObject &access)
{
    const QJsonObject user = m_store.get(QStringLiteral("users"), userId);
    const qint64 issuedAt = now();
    const qint64 expiresAt =
        lifetimeSeconds > 0 ? issuedAt + lifetimeSeconds : issuedAt + 10LL * 365 * 86400;
    const QString email = user.value(QStringLiteral("email")).toString();
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("HS256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")},
                             {QStringLiteral("kid"), QStringLiteral("epilot-emulator")}};
    const QJsonObject payload{
        {QStringLiteral("sub"),
         QUuid::createUuidV5(QUuid(), userId).toString(QUuid::WithoutBraces)},
        {QStringLiteral("custom:ivy_user_id"), userId},
        {QStringLiteral("custom:ivy_org_id"), organizationId},
        {QStringLiteral("email"), email},
        {QStringLiteral("cognito:username"), email},
        {QStringLiteral("name"), user.value(QStringLiteral("display_name")).toString()},
        {QStringLiteral("email_verified"), true},
        {QStringLiteral("token_use"), QStringLiteral("id")},
        {QStringLiteral("iss"), m_issuer},
        {QStringLiteral("aud"), QStringLiteral("epilot-emulator")},
        {QStringLiteral("jti"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("auth_time"), issuedAt},
        {QStringLiteral("iat"), issuedAt},
        {QStringLiteral("exp"), expiresAt},
    };
    const QByteArray signingInput =
        base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
        base64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    const QString token = QString::fromLatin1(signingInput + '.' + sign(signingInput));
    QJsonObject entry{{QStringLiteral("id"), keyOf(token)},
                      {QStringLiteral("user_id"), userId},
                      {QStringLiteral("organization_id"), organizationId},
                      {QStringLiteral("expires_at"), lifetimeSeconds > 0 ? expiresAt : 0},
                      {QStringLiteral("revoked"), false}};
    for (auto it = access.begin(); it != access.end(); ++it)
        entry.insert(it.key(), it.value());
    m_store.put(kTokens, keyOf(token), entry);
    return token;
}

void TokenRegistry::accept(const QString &token, const QString &userId,
                           const QString &organizationId)
{
    m_store.put(kTokens, keyOf(token),
                {{QStringLiteral("id"), keyOf(token)},
                 {QStringLiteral("user_id"), userId},
                 {QStringLiteral("organization_id"), organizationId},
                 {QStringLiteral("expires_at"), 0},
                 {QStringLiteral("revoked"), false}});
}

std::optional<Caller> TokenRegistry::resolve(const QString &token) const
{
    if (token.isEmpty())
        return std::nullopt;
    const QJsonObject entry = m_store.get(kTokens, keyOf(token));
    if (!entry.isEmpty()) {
        const qint64 expiresAt = entry.value(QStringLiteral("expires_at")).toInteger();
        if (entry.value(QStringLiteral("revoked")).toBool() ||
            (expiresAt > 0 && expiresAt <= now()))
            return std::nullopt;
        Caller caller{token, entry.value(QStringLiteral("user_id")).toString(),
                      entry.value(QStringLiteral("organization_id")).toString()};
        caller.accessTokenId = entry.value(QStringLiteral("access_token_id")).toString();
        caller.readOnly = entry.value(QStringLiteral("read_only")).toBool();
        for (const QJsonValue &role : entry.value(QStringLiteral("assignments")).toArray())
            caller.assignments.append(role.toString());
        return caller;
    }
    if (!m_acceptAnyToken)
        return std::nullopt;
    // Any token: act as the user the token names when it is one of ours, else as the admin.
    const QJsonObject claims = claimsOf(token);
    const QString userId = claims.value(QStringLiteral("custom:ivy_user_id")).toString();
    const QString organizationId = claims.value(QStringLiteral("custom:ivy_org_id")).toString();
    if (!userId.isEmpty() && m_store.contains(QStringLiteral("users"), userId))
        return Caller{token, userId,
                      organizationId.isEmpty() ? kDemoOrganizationId : organizationId};
    return Caller{token, kDemoAdminUserId, kDemoOrganizationId};
}

bool TokenRegistry::revoke(const QString &token)
{
    return revokeKey(keyOf(token));
}

bool TokenRegistry::revokeKey(const QString &key)
{
    QJsonObject entry = m_store.get(kTokens, key);
    if (entry.isEmpty())
        return false;
    entry.insert(QStringLiteral("revoked"), true);
    m_store.put(kTokens, key, entry);
    return true;
}

bool TokenRegistry::setOrganization(const QString &token, const QString &organizationId)
{
    QJsonObject entry = m_store.get(kTokens, keyOf(token));
    if (entry.isEmpty())
        return false;
    entry.insert(QStringLiteral("organization_id"), organizationId);
    m_store.put(kTokens, keyOf(token), entry);
    return true;
}

QJsonObject TokenRegistry::claimsOf(const QString &token)
{
    const QStringList parts = token.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return {};
    const QByteArray payload = QByteArray::fromBase64(
        parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return QJsonDocument::fromJson(payload).object();
}
