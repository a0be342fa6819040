#include "domain/partners/Assignable.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrl>
#include <QUrlQuery>

namespace {

struct TypeName
{
    Assignable::Type type;
    const char *text;
    const char *label;
};

const TypeName typeNames[] = {
    {Assignable::Type::User, "user", QT_TRANSLATE_NOOP("Assignable", "User")},
    {Assignable::Type::PartnerUser, "partner_user",
     QT_TRANSLATE_NOOP("Assignable", "Partner user")},
    {Assignable::Type::PartnerOrganization, "partner_organization",
     QT_TRANSLATE_NOOP("Assignable", "Partner organization")},
    {Assignable::Type::Ecp, "ecp", QT_TRANSLATE_NOOP("Assignable", "ECP placeholder")},
    {Assignable::Type::Group, "group", QT_TRANSLATE_NOOP("Assignable", "Group")},
    {Assignable::Type::ParentOrganizationUser, "parent_organization_user",
     QT_TRANSLATE_NOOP("Assignable", "Parent organization user")},
};

} // namespace

QString AddressGeolocation::label() const
{
    QStringList parts;
    const QString streetLine = QStringList{street, streetNumber}.join(QLatin1Char(' ')).trimmed();
    if (!streetLine.isEmpty())
        parts << streetLine;
    const QString cityLine = QStringList{postalCode, city}.join(QLatin1Char(' ')).trimmed();
    if (!cityLine.isEmpty())
        parts << cityLine;
    if (!country.isEmpty())
        parts << country;
    if (parts.isEmpty())
        return addressLabel;
    return parts.join(QStringLiteral(", "));
}

QString AddressGeolocation::mapUrl() const
{
    if (!hasCoordinates)
        return {};
    QUrl url(QStringLiteral("https://www.openstreetmap.org/"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("mlat"), QString::number(latitude, 'f', 6));
    query.addQueryItem(QStringLiteral("mlon"), QString::number(longitude, 'f', 6));
    url.setQuery(query);
    url.setFragment(
        QStringLiteral("map=15/%1/%2")
            .arg(QString::number(latitude, 'f', 6), QString::number(longitude, 'f', 6)));
    return url.toString();
}

AddressGeolocation AddressGeolocation::fromJson(const QJsonObject &json)
{
    AddressGeolocation location;
    const QJsonObject address = json.value(QStringLiteral("address")).toObject();
    location.street = address.value(QStringLiteral("street")).toString();
    location.streetNumber = address.value(QStringLiteral("street_number")).toString();
    location.postalCode = address.value(QStringLiteral("postal_code")).toString();
    location.city = address.value(QStringLiteral("city")).toString();
    location.country = address.value(QStringLiteral("country")).toString();
    location.hasCoordinates = json.value(QStringLiteral("lat")).isDouble() &&
                              json.value(QStringLiteral("lng")).isDouble();
    location.latitude = json.value(QStringLiteral("lat")).toDouble();
    location.longitude = json.value(QStringLiteral("lng")).toDouble();
    location.addressLabel = json.value(QStringLiteral("addressLabel")).toString();
    location.relevance = json.value(QStringLiteral("relevance")).toDouble(-1);
    return location;
}

std::optional<Assignable> Assignable::fromJson(const QJsonObject &json, QString *error)
{
    if (!json.value(QStringLiteral("type")).isString()) {
        if (error)
            *error = QCoreApplication::translate("Assignable", "An assignable without a type.");
        return std::nullopt;
    }
    if (!hasTypes(json, {"display_name", "email", "status", "phone"}, QJsonValue::String, error))
        return std::nullopt;
    if (!hasType(json, QLatin1String("image_uri"), QJsonValue::Object, error) ||
        !hasType(json, QLatin1String("geolocations"), QJsonValue::Array, error) ||
        !hasType(json, QLatin1String("activity_radius"), QJsonValue::Double, error))
        return std::nullopt;
    return Assignable(json);
}

QList<Assignable> Assignable::listFromSearchPage(const QJsonObject &page)
{
    QList<Assignable> list;
    for (const QJsonValue &value : page.value(QStringLiteral("results")).toArray()) {
        if (auto assignable = fromJson(value.toObject()))
            list.append(*assignable);
    }
    return list;
}

bool Assignable::hasActivityRadius() const
{
    return m_json.value(QStringLiteral("activity_radius")).isDouble();
}

double Assignable::activityRadius() const
{
    return m_json.value(QStringLiteral("activity_radius")).toDouble();
}

QList<AddressGeolocation> Assignable::geolocations() const
{
    QList<AddressGeolocation> locations;
    for (const QJsonValue &value : m_json.value(QStringLiteral("geolocations")).toArray())
        locations.append(AddressGeolocation::fromJson(value.toObject()));
    return locations;
}

QString Assignable::thumbnailUrl() const
{
    return object(QStringLiteral("image_uri")).value(QStringLiteral("thumbnail_32")).toString();
}

QString Assignable::id() const
{
    switch (type()) {
    case Type::Group:
        return groupId();
    case Type::PartnerOrganization:
        return partnerId();
    default:
        break;
    }
    return userId().isEmpty() ? groupId() : userId();
}

QString Assignable::key() const
{
    return typeText() + QLatin1Char(':') + id();
}

Assignable::Type Assignable::typeFromText(const QString &text)
{
    for (const TypeName &name : typeNames) {
        if (text == QLatin1String(name.text))
            return name.type;
    }
    return Type::Unknown;
}

QString Assignable::typeText(Type type)
{
    for (const TypeName &name : typeNames) {
        if (name.type == type)
            return QString::fromLatin1(name.text);
    }
    return {};
}

QString Assignable::typeLabel(Type type)
{
    for (const TypeName &name : typeNames) {
        if (name.type == type)
            return QCoreApplication::translate("Assignable", name.label);
    }
    return QCoreApplication::translate("Assignable", "Unknown");
}

QString Assignable::statusLabel(const QString &status)
{
    static const struct
    {
        const char *value;
        const char *label;
    } labels[] = {{"Active", QT_TRANSLATE_NOOP("Assignable", "Active")},
                  {"Pending", QT_TRANSLATE_NOOP("Assignable", "Pending")},
                  {"Deactivated", QT_TRANSLATE_NOOP("Assignable", "Deactivated")},
                  {"Deleted", QT_TRANSLATE_NOOP("Assignable", "Deleted")}};
    for (const auto &label : labels) {
        if (status == QLatin1String(label.value))
            return QCoreApplication::translate("Assignable", label.label);
    }
    return status;
}
