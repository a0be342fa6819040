// UserApiModule: password reset, sent by an admin or asked for by the user, and the new password.
#include "emulator/core/ModuleSupport.h"
#include "emulator/core/Outbox.h"
#include "emulator/users/UserApiModule.h"
#include "emulator/users/UserApiSupport.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace ModuleSupport;
using namespace UserApiSupport;

namespace {
constexpr qint64 kPasswordResetLifetimeSeconds = 3600;
} // namespace

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
