#include "domain/security/AccessToken.h"

#include "domain/permissions/PermissionRole.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AccessToken", text);
}

} // namespace

std::optional<AccessToken> AccessToken::fromJson(const QJsonValue &json, QString *error)
{
    if (!json.isObject()) {
        if (error)
            *error = tr("An access token is not a JSON object.");
        return std::nullopt;
    }
    const QJsonObject object = json.toObject();
    if (!hasTypes(object, {"name", "created_at", "token_type", "expires_at", "last_used"},
                  QJsonValue::String, error) ||
        !hasType(object, QLatin1String("assignments"), QJsonValue::Array, error) ||
        !hasTypes(object, {"read_only", "anonymize"}, QJsonValue::Bool, error))
        return std::nullopt;
    AccessToken token;
    token.m_json = object;
    if (token.id().isEmpty()) {
        if (error)
            *error = tr("An access token has no id.");
        return std::nullopt;
    }
    return token;
}

QList<AccessToken> AccessToken::listFromJson(const QJsonArray &array)
{
    QList<AccessToken> tokens;
    tokens.reserve(array.size());
    for (const QJsonValue &value : array) {
        if (std::optional<AccessToken> token = fromJson(value))
            tokens << *token;
    }
    return tokens;
}

QString AccessToken::tokenType() const
{
    const QString type = string(QStringLiteral("token_type"));
    return type.isEmpty() ? QStringLiteral("api") : type;
}

bool AccessToken::isExpired(const QDateTime &now) const
{
    const QDateTime expiry = expiresAt();
    return expiry.isValid() && expiry <= now;
}

AccessToken::Flags AccessToken::flags(const QSet<QString> &administratorRoles,
                                      const QDateTime &now) const
{
    Flags result;
    if (!expiresAt().isValid())
        result |= NoExpiry;
    const QDateTime created = createdAt();
    if (created.isValid() && created.addDays(oldAfterDays) < now)
        result |= OlderThan90Days;
    if (!isReadOnly()) {
        for (const QString &role : assignments()) {
            if (administratorRoles.contains(role)) {
                result |= WriteWithAdminRoles;
                break;
            }
        }
    }
    return result;
}

bool AccessToken::isAdministratorRole(const PermissionRole &role)
{
    for (const Grant &grant : role.grants()) {
        if (grant.action() == QLatin1String("*") &&
            grant.effectiveEffect() == QLatin1String("allow"))
            return true;
    }
    return false;
}

QMap<AccessTokenRequest::Field, QString> AccessTokenRequest::problems() const
{
    QMap<Field, QString> problems;
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        problems.insert(Name, tr("The token needs a name."));
    else if (trimmed.size() > maximumNameLength)
        problems.insert(Name, tr("The name is longer than %1 characters.").arg(maximumNameLength));
    if (assignments.isEmpty())
        problems.insert(Assignments, tr("Choose at least one role for the token."));
    for (const QString &role : assignments) {
        const qsizetype colon = role.indexOf(QLatin1Char(':'));
        if (colon <= 0 || colon == role.size() - 1) {
            problems.insert(Assignments,
                            tr("\"%1\" is not a role id (<organization id>:<slug>).").arg(role));
            break;
        }
    }
    if (expiresInSeconds != 0 &&
        (expiresInSeconds < minimumSeconds || expiresInSeconds > maximumSeconds))
        problems.insert(Expiry, tr("The lifetime must be between 30 seconds and 365 days."));
    return problems;
}

QJsonObject AccessTokenRequest::toJson() const
{
    QJsonObject json{{QStringLiteral("name"), name.trimmed()},
                     {QStringLiteral("token_type"), QStringLiteral("api")},
                     {QStringLiteral("assignments"), QJsonArray::fromStringList(assignments)}};
    if (expiresInSeconds > 0)
        json.insert(QStringLiteral("expires_in"), expiresInSeconds);
    if (readOnly)
        json.insert(QStringLiteral("read_only"), true);
    if (anonymize)
        json.insert(QStringLiteral("anonymize"), true);
    return json;
}

NewAccessToken::NewAccessToken(NewAccessToken &&other) noexcept
    : m_item(std::move(other.m_item)), m_secret(std::move(other.m_secret))
{
    other.m_secret = QByteArray();
}

NewAccessToken &NewAccessToken::operator=(NewAccessToken &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_item = std::move(other.m_item);
        m_secret = std::move(other.m_secret);
        other.m_secret = QByteArray();
    }
    return *this;
}

std::optional<NewAccessToken> NewAccessToken::fromAnswer(const QByteArray &answer, QString *error)
{
    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(answer, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error)
            *error = tr("The server's answer is not a JSON object.");
        return std::nullopt;
    }
    QJsonObject object = document.object();
    document = QJsonDocument();
    const QJsonValue token = object.take(QStringLiteral("token"));
    if (!token.isString() || token.toString().isEmpty()) {
        if (error)
            *error = tr("The server's answer holds no token.");
        return std::nullopt;
    }
    std::optional<AccessToken> item = AccessToken::fromJson(object, error);
    if (!item)
        return std::nullopt;
    NewAccessToken created;
    created.m_item = *item;
    QString text = token.toString();
    created.m_secret = text.toUtf8();
    overwrite(text);
    return created;
}

void NewAccessToken::wipe()
{
    overwrite(m_secret);
}

void NewAccessToken::overwrite(QByteArray &bytes)
{
    // fill() would detach a shared buffer and leave the original as it was: only a buffer held
    // here alone is overwritten; a shared one is released and its other holders keep theirs.
    if (!bytes.isDetached()) {
        bytes = QByteArray();
        return;
    }
    volatile char *data = bytes.data();
    for (qsizetype i = 0; i < bytes.size(); ++i)
        data[i] = 0;
    bytes = QByteArray();
}

void NewAccessToken::overwrite(QString &text)
{
    if (!text.isDetached()) {
        text = QString();
        return;
    }
    volatile char16_t *data = reinterpret_cast<char16_t *>(text.data());
    for (qsizetype i = 0; i < text.size(); ++i)
        data[i] = 0;
    text = QString();
}
