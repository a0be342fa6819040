#pragma once

#include "domain/common/JsonRecord.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QMap>
#include <QSet>
#include <optional>

class PermissionRole;

// One access token as listAccessTokens and revokeAccessToken describe it (AccessTokenItem): never
// the token itself. Unknown members survive.
class AccessToken : public JsonRecord
{
public:
    AccessToken() = default;
    static std::optional<AccessToken> fromJson(const QJsonValue &json, QString *error = nullptr);
    // The readable items of a list answer; unreadable ones are skipped.
    static QList<AccessToken> listFromJson(const QJsonArray &array);

    QString id() const { return idString(QStringLiteral("id")); }
    QString name() const { return string(QStringLiteral("name")); }
    // "api" when the server leaves it out (its default).
    QString tokenType() const;
    QDateTime createdAt() const { return dateTime(QStringLiteral("created_at")); }
    // Invalid when the token never expires.
    QDateTime expiresAt() const { return dateTime(QStringLiteral("expires_at")); }
    QString lastUsed() const { return string(QStringLiteral("last_used")); } // YYYY-MM-DD
    QStringList assignments() const { return stringList(QStringLiteral("assignments")); }
    bool isReadOnly() const { return boolean(QStringLiteral("read_only")); }
    bool isAnonymized() const { return boolean(QStringLiteral("anonymize")); }
    bool isExpired(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    // What a reviewer should look at. `administratorRoles` are the ids of roles that allow
    // everything (see isAdministratorRole).
    enum Flag {
        NoExpiry = 0x1,            // works until revoked
        OlderThan90Days = 0x2,     // created more than 90 days ago
        WriteWithAdminRoles = 0x4, // may write, and carries an administrator role
    };
    Q_DECLARE_FLAGS(Flags, Flag)
    Flags flags(const QSet<QString> &administratorRoles,
                const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    static constexpr int oldAfterDays = 90;

    // A role that allows any action: an allow grant of action "*".
    static bool isAdministratorRole(const PermissionRole &role);
};
Q_DECLARE_OPERATORS_FOR_FLAGS(AccessToken::Flags)

// What createAccessToken is asked for, type "api" (AccessTokenParameters). Fields are checked
// as the server checks them, so the form can say what is wrong next to the field before sending.
struct AccessTokenRequest
{
    enum Field { Name, Assignments, Expiry };

    QString name;
    QStringList assignments; // role ids, at least one (a token acts with these only)
    // Lifetime in seconds; 0 = never expires (expires_in left out).
    qint64 expiresInSeconds = 0;
    bool readOnly = false;
    bool anonymize = false;

    static constexpr qint64 minimumSeconds = 30;
    static constexpr qint64 maximumSeconds = 365LL * 24 * 3600;
    static constexpr int maximumNameLength = 256;

    // Field → message; empty when the request may be sent.
    QMap<Field, QString> problems() const;
    QJsonObject toJson() const;
};

// The answer of createAccessToken: the token's item and, once, the token itself. The token is
// kept in a QByteArray that wipe() overwrites before releasing; it is not in item().
class NewAccessToken
{
public:
    NewAccessToken() = default;
    NewAccessToken(const NewAccessToken &) = delete;
    NewAccessToken &operator=(const NewAccessToken &) = delete;
    NewAccessToken(NewAccessToken &&other) noexcept;
    NewAccessToken &operator=(NewAccessToken &&other) noexcept;
    ~NewAccessToken() { wipe(); }

    // Reads the answer's JSON text; the token member goes into secret(), the rest into item().
    static std::optional<NewAccessToken> fromAnswer(const QByteArray &answer,
                                                    QString *error = nullptr);

    const AccessToken &item() const { return m_item; }
    const QByteArray &secret() const { return m_secret; }
    bool hasSecret() const { return !m_secret.isEmpty(); }
    // Overwrites the token's bytes, then forgets them.
    void wipe();

    // Overwrites a buffer in place (when it is not shared) before clearing it.
    static void overwrite(QByteArray &bytes);
    static void overwrite(QString &text);

private:
    AccessToken m_item;
    QByteArray m_secret;
};
