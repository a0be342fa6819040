#include "domain/organization/Organization.h"

#include "domain/organization/OrganizationWords.h"

#include <QLocale>

namespace {

const QString addressKey = QStringLiteral("address");
const QLatin1String addressPrefix("address.");

QString shown(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.toString();
}

} // namespace

QStringList Organization::editableKeys()
{
    return {QStringLiteral("name"),
            QStringLiteral("email"),
            QStringLiteral("phone"),
            QStringLiteral("website"),
            QStringLiteral("address.street"),
            QStringLiteral("address.street_number"),
            QStringLiteral("address.postal_code"),
            QStringLiteral("address.city"),
            QStringLiteral("address.country")};
}

QStringList Organization::readOnlyKeys()
{
    return {QStringLiteral("id"),
            QStringLiteral("type"),
            QStringLiteral("symbol"),
            QStringLiteral("pricing_tier"),
            QStringLiteral("free_user_limit"),
            QStringLiteral("organization_use"),
            QStringLiteral("parent_production_org_id"),
            QStringLiteral("created_date")};
}

QString Organization::text(const QString &key) const
{
    if (key.startsWith(addressPrefix))
        return shown(object(addressKey).value(key.mid(addressPrefix.size())));
    return shown(m_json.value(key));
}

QString Organization::readableText(const QString &key) const
{
    const QString raw = text(key);
    if (raw.isEmpty())
        return raw;
    if (key == QLatin1String("type"))
        return OrganizationWords::type(raw);
    if (key == QLatin1String("organization_use"))
        return OrganizationWords::use(raw);
    if (key == QLatin1String("pricing_tier"))
        return OrganizationWords::pricingTier(raw);
    if (key == QLatin1String("created_date") && createdDate().isValid())
        return QLocale().toString(createdDate().toLocalTime(), QLocale::ShortFormat);
    return raw;
}

QJsonObject Organization::editableValues() const
{
    QJsonObject values;
    for (const QString &key : editableKeys())
        values.insert(key, text(key));
    values.insert(signatureKey(), text(signatureKey()));
    return values;
}

QJsonObject Organization::patchBody(const QJsonObject &changes) const
{
    QJsonObject body;
    QJsonObject address = object(addressKey);
    bool addressChanged = false;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (it.key().startsWith(addressPrefix)) {
            address.insert(it.key().mid(addressPrefix.size()), it.value());
            addressChanged = true;
        } else {
            body.insert(it.key(), it.value());
        }
    }
    // The address is one field of the API: sent whole, with the unchanged members kept.
    if (addressChanged)
        body.insert(addressKey, address);
    return body;
}

Organization Organization::merged(const QJsonObject &body) const
{
    QJsonObject json = m_json;
    for (auto it = body.begin(); it != body.end(); ++it)
        json.insert(it.key(), it.value());
    return Organization(json);
}
