#include "domain/account/PublicAccount.h"

#include "domain/organization/FeatureSettings.h"

#include <QJsonArray>
#include <QVariant>

QList<QPair<QString, QString>> InviteTokenCheck::otherFields() const
{
    QList<QPair<QString, QString>> fields;
    for (auto it = m_json.begin(); it != m_json.end(); ++it) {
        if (!it.key().startsWith(QLatin1String("invitation_org")))
            fields.append({it.key(), it.value().toVariant().toString()});
    }
    return fields;
}

QJsonObject SignUpRequest::toJson() const
{
    QJsonObject organization{{QStringLiteral("type"), organizationType},
                             {QStringLiteral("name"), organizationName},
                             {QStringLiteral("pricing_tier"),
                              pricingTier.isEmpty() ? QStringLiteral("professional") : pricingTier},
                             {QStringLiteral("email"), organizationEmail}};
    if (!organizationPhone.isEmpty())
        organization.insert(QStringLiteral("phone"), organizationPhone);
    if (!organizationWebsite.isEmpty())
        organization.insert(QStringLiteral("website"), organizationWebsite);
    return {{QStringLiteral("organization_detail"), organization},
            {QStringLiteral("user_detail"), QJsonObject{{QStringLiteral("full_name"), fullName},
                                                        {QStringLiteral("email"), email},
                                                        {QStringLiteral("password"), password}}},
            {QStringLiteral("language"), language}};
}

QString SignUpResult::organizationName() const
{
    return object(QStringLiteral("organization")).value(QStringLiteral("name")).toString();
}

QString SignUpResult::organizationId() const
{
    return JsonRecord(object(QStringLiteral("organization"))).idString(QStringLiteral("id"));
}

LoginParameters::LoginParameters(const QJsonArray &list)
{
    for (const QJsonValue &entry : list)
        m_rows << entry.toObject();
    m_columns = JsonTable::columnsOf(m_rows);
}

QString LoginParameters::cell(int row, const QString &column) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    return JsonTable::cellText(m_rows.at(row).value(column));
}
