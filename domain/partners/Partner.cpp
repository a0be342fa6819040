#include "domain/partners/Partner.h"

#include <QCoreApplication>

std::optional<Partner> Partner::fromJson(const QJsonObject &json, QString *error)
{
    const QJsonValue id = json.value(QStringLiteral("id"));
    if (!id.isString() && !id.isDouble()) {
        if (error)
            *error = QCoreApplication::translate("Partner", "A partner without an id.");
        return std::nullopt;
    }
    if (!hasTypes(json,
                  {"company_name", "email", "status", "invitation_token", "description",
                   "owner_email", "signed_up_email", "invitation_email"},
                  QJsonValue::String, error))
        return std::nullopt;
    return Partner(json);
}

QString Partner::email() const
{
    const QString primary = string(QStringLiteral("email"));
    return primary.isEmpty() ? string(QStringLiteral("invitation_email")) : primary;
}

QString Partner::label() const
{
    if (!companyName().isEmpty())
        return companyName();
    return email().isEmpty() ? id() : email();
}

Partner::Status Partner::statusFromText(const QString &text)
{
    if (text == QLatin1String("Pending"))
        return Status::Pending;
    if (text == QLatin1String("Request"))
        return Status::Request;
    if (text == QLatin1String("Invited"))
        return Status::Invited;
    if (text == QLatin1String("Rejected"))
        return Status::Rejected;
    if (text == QLatin1String("Deleted"))
        return Status::Deleted;
    return Status::Unknown;
}

QString Partner::statusLabel(Status status)
{
    switch (status) {
    case Status::Pending:
        return QCoreApplication::translate("Partner", "Pending");
    case Status::Request:
        return QCoreApplication::translate("Partner", "Request");
    case Status::Invited:
        return QCoreApplication::translate("Partner", "Invited");
    case Status::Rejected:
        return QCoreApplication::translate("Partner", "Rejected");
    case Status::Deleted:
        return QCoreApplication::translate("Partner", "Deleted");
    case Status::Unknown:
        break;
    }
    return QCoreApplication::translate("Partner", "Unknown");
}
