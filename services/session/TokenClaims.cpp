#include "services/session/TokenClaims.h"

#include <QJsonDocument>
#include <QJsonValue>
#include <cmath>

namespace {

// Claim values arrive as strings or numbers depending on who issued the token.
QString claimText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::isfinite(number) && number == std::floor(number))
            return QString::number(number, 'f', 0);
        return QString::number(number);
    }
    return {};
}

bool claimFlag(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isString()) {
        const QString text = value.toString().trimmed().toLower();
        return text == QLatin1String("true") || text == QLatin1String("1");
    }
    if (value.isDouble())
        return value.toDouble() != 0;
    return false;
}

} // namespace

TokenClaims TokenClaims::decode(const QString &token)
{
    TokenClaims claims;
    QString text = token.trimmed();
    if (text.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive))
        text = text.mid(7).trimmed();
    if (text.isEmpty()) {
        claims.m_error = tr("The token is empty.");
        return claims;
    }
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() != 3 || parts.at(1).isEmpty()) {
        claims.m_error = tr("The token is not a JSON Web Token (expected three parts separated "
                            "by dots).");
        return claims;
    }
    const auto decoded = QByteArray::fromBase64Encoding(
        parts.at(1).toLatin1(),
        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok) {
        claims.m_error = tr("The token's payload is not valid base64url.");
        return claims;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(decoded.decoded, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        claims.m_error = tr("The token's payload is not a JSON object.");
        return claims;
    }
    claims.m_payload = document.object();
    claims.m_error.clear();
    return claims;
}

QString TokenClaims::organizationId() const
{
    // Login tokens (Cognito) carry custom:ivy_org_id; API and CLI tokens carry org_id.
    return firstString({"org_id", "custom:ivy_org_id", "organization_id", "orgId"});
}

QString TokenClaims::userId() const
{
    return firstString({"user_id", "custom:ivy_user_id", "userId"});
}

QString TokenClaims::email() const
{
    const QString email = firstString({"email", "admin_email"});
    if (!email.isEmpty())
        return email;
    const QString userName = firstString({"cognito:username", "username"});
    return userName.contains(QLatin1Char('@')) ? userName : QString();
}

QString TokenClaims::displayName() const
{
    return firstString(
        {"token_name", "name", "email", "cognito:username", "admin_email", "username"});
}

QDateTime TokenClaims::expiresAt() const
{
    return timeClaim("exp");
}

QDateTime TokenClaims::issuedAt() const
{
    return timeClaim("iat");
}

bool TokenClaims::isReadOnly() const
{
    return firstFlag({"read_only", "readonly", "readOnly", "custom:read_only"});
}

bool TokenClaims::isAnonymized() const
{
    return firstFlag({"anonymize", "anonymized", "anonymise", "custom:anonymize"});
}

bool TokenClaims::isApiToken() const
{
    return firstString({"token_type"}) == QLatin1String("api");
}

bool TokenClaims::isExpired(const QDateTime &now) const
{
    const QDateTime expiry = expiresAt();
    return expiry.isValid() && expiry <= now;
}

bool TokenClaims::expiresSoon(std::chrono::seconds within, const QDateTime &now) const
{
    const QDateTime expiry = expiresAt();
    return expiry.isValid() && expiry <= now.addSecs(within.count());
}

QString TokenClaims::firstString(std::initializer_list<const char *> names) const
{
    for (const char *name : names) {
        const QString text = claimText(m_payload.value(QLatin1String(name)));
        if (!text.isEmpty())
            return text;
    }
    return {};
}

bool TokenClaims::firstFlag(std::initializer_list<const char *> names) const
{
    for (const char *name : names) {
        if (claimFlag(m_payload.value(QLatin1String(name))))
            return true;
    }
    return false;
}

QDateTime TokenClaims::timeClaim(const char *name) const
{
    const QJsonValue value = m_payload.value(QLatin1String(name));
    bool ok = value.isDouble();
    double seconds = value.toDouble();
    if (value.isString())
        seconds = value.toString().toDouble(&ok);
    if (!ok || !std::isfinite(seconds) || seconds <= 0 || seconds > 253402300799.0)
        return {};
    return QDateTime::fromSecsSinceEpoch(qint64(seconds), Qt::UTC);
}
