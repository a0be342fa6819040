#include "domain/users/User.h"

#include <QCoreApplication>

std::optional<User> User::fromJson(const QJsonObject &json, QString *error)
{
    const QJsonValue id = json.value(QStringLiteral("id"));
    if (!id.isString() && !id.isDouble()) {
        if (error)
            *error = QCoreApplication::translate("User", "A user without an id.");
        return std::nullopt;
    }
    if (!hasTypes(json,
                  {"email", "display_name", "status", "department", "phone", "preferred_language",
                   "signature", "draft_email"},
                  QJsonValue::String, error))
        return std::nullopt;
    if (!hasTypes(json, {"mfa_enabled", "has_passkeys", "is_signature_enabled"}, QJsonValue::Bool,
                  error))
        return std::nullopt;
    if (!hasType(json, QLatin1String("image_uri"), QJsonValue::Object, error))
        return std::nullopt;
    return User(json);
}

User::Status User::status() const
{
    return statusFromText(statusText());
}

User::Status User::statusFromText(const QString &text)
{
    if (text == QLatin1String("Active"))
        return Status::Active;
    if (text == QLatin1String("Pending"))
        return Status::Pending;
    if (text == QLatin1String("Deactivated"))
        return Status::Deactivated;
    if (text == QLatin1String("Deleted"))
        return Status::Deleted;
    return Status::Unknown;
}

QString User::thumbnailUrl() const
{
    return object(QStringLiteral("image_uri")).value(QStringLiteral("thumbnail_32")).toString();
}

QString User::name() const
{
    const QString display = displayName();
    return display.isEmpty() ? string(QStringLiteral("name")) : display;
}

QString User::label() const
{
    const QString person = name();
    return person.isEmpty() ? email() : person;
}

QString User::emailIn(const QJsonObject &json)
{
    return User(json).email();
}
