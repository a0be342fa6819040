#include "domain/partners/PartnerRecord.h"

#include <QCoreApplication>

std::optional<PartnerRecord> PartnerRecord::fromJson(const QJsonObject &json, QString *error)
{
    if (!json.value(QStringLiteral("_id")).isString() ||
        json.value(QStringLiteral("_id")).toString().isEmpty()) {
        if (error)
            *error =
                QCoreApplication::translate("PartnerRecord", "A partner record without an id.");
        return std::nullopt;
    }
    if (!hasTypes(json,
                  {"_title", "company_name", "email", "owner_email", "description", "status",
                   "signed_up_email", "_created_at", "_updated_at"},
                  QJsonValue::String, error))
        return std::nullopt;
    return PartnerRecord(json);
}

PartnerRecord PartnerRecord::draft(const QString &companyName, const QString &email)
{
    return PartnerRecord(QJsonObject{{QStringLiteral("company_name"), companyName.trimmed()},
                                     {QStringLiteral("email"), email.trimmed()}});
}

QString PartnerRecord::companyName() const
{
    const QString name = string(QStringLiteral("company_name"));
    return name.isEmpty() ? string(QStringLiteral("_title")) : name;
}

PartnerRecord::Stage PartnerRecord::stage() const
{
    switch (status()) {
    case Partner::Status::Pending:
        return Stage::NotInvited;
    case Partner::Status::Request:
        return Stage::Requested;
    case Partner::Status::Invited:
        // The spec has no "Active": an accepted invitation keeps Invited and names the partner's
        // organization.
        return partnerOrganizationId().isEmpty() ? Stage::Invited : Stage::Active;
    case Partner::Status::Rejected:
        return Stage::Rejected;
    case Partner::Status::Deleted:
        return Stage::Removed;
    case Partner::Status::Unknown:
        break;
    }
    return Stage::Unknown;
}

std::optional<PartnerRecord> PartnerRecord::fromEntityAnswer(const QJsonObject &answer)
{
    return fromJson(answer.value(QStringLiteral("entity")).toObject());
}

int PartnerRecord::searchHits(const QJsonObject &answer)
{
    return answer.value(QStringLiteral("hits")).toInt();
}

QString PartnerRecord::keyOf(Detail detail)
{
    switch (detail) {
    case Detail::CompanyName:
        return QStringLiteral("company_name");
    case Detail::Email:
        return QStringLiteral("email");
    case Detail::OwnerEmail:
        return QStringLiteral("owner_email");
    case Detail::Description:
        return QStringLiteral("description");
    }
    return {};
}

QJsonObject PartnerRecord::Details::toValues() const
{
    return {{keyOf(Detail::CompanyName), companyName},
            {keyOf(Detail::Email), email},
            {keyOf(Detail::OwnerEmail), ownerEmail},
            {keyOf(Detail::Description), description}};
}

PartnerRecord::Details PartnerRecord::Details::fromValues(const QJsonObject &values)
{
    const auto text = [&values](Detail detail) { return values.value(keyOf(detail)).toString(); };
    return {text(Detail::CompanyName), text(Detail::Email), text(Detail::OwnerEmail),
            text(Detail::Description)};
}

QStringList PartnerRecord::editableKeys()
{
    return {keyOf(Detail::CompanyName), keyOf(Detail::Email), keyOf(Detail::OwnerEmail),
            keyOf(Detail::Description)};
}

QJsonObject PartnerRecord::editableValues() const
{
    QJsonObject values;
    for (const QString &key : editableKeys())
        values.insert(key, string(key));
    return values;
}

QJsonObject PartnerRecord::createBody() const
{
    QJsonObject body{{QStringLiteral("_schema"), QStringLiteral("partner")}};
    for (const QString &key : editableKeys()) {
        if (!string(key).isEmpty())
            body.insert(key, string(key));
    }
    return body;
}
