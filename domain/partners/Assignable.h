#pragma once

#include "domain/common/JsonRecord.h"

#include <QList>
#include <QMetaType>
#include <optional>

// One geolocation of a partner organization (schema AddressGeolocation).
struct AddressGeolocation
{
    QString street, streetNumber, postalCode, city, country;
    double latitude = 0;
    double longitude = 0;
    bool hasCoordinates = false;
    QString addressLabel;
    double relevance = -1; // -1: not given

    // "Auweg 10, 93055 Regensburg, DE", else the service's label.
    QString label() const;
    // An OpenStreetMap link centred on the coordinates; empty without coordinates.
    QString mapUrl() const;
    static AddressGeolocation fromJson(const QJsonObject &json);
};
Q_DECLARE_METATYPE(AddressGeolocation)

// Something that can be assigned (schema Assignable, discriminated by `type`): a user, a partner
// user, a partner organization, an ECP placeholder or a group.
class Assignable : public JsonRecord
{
public:
    enum class Type {
        User,
        PartnerUser,
        PartnerOrganization,
        Ecp,
        Group,
        ParentOrganizationUser,
        Unknown
    };

    Assignable() = default;
    static std::optional<Assignable> fromJson(const QJsonObject &json, QString *error = nullptr);
    // The readable entries of a searchAssignable page (`results`); unreadable ones are skipped.
    static QList<Assignable> listFromSearchPage(const QJsonObject &page);

    Type type() const { return typeFromText(typeText()); }
    QString typeText() const { return string(QStringLiteral("type")); }
    QString displayName() const { return string(QStringLiteral("display_name")); }
    QString userId() const { return idString(QStringLiteral("user_id")); }
    QString groupId() const { return idString(QStringLiteral("group_id")); }
    QString partnerId() const { return idString(QStringLiteral("partner_id")); }
    QString organizationId() const { return idString(QStringLiteral("org_id")); }
    QString email() const { return string(QStringLiteral("email")); }
    QString status() const { return string(QStringLiteral("status")); }
    // The status in the interface language ("Active" -> "Aktiv"); an unknown one as it is.
    static QString statusLabel(const QString &status);
    QString phone() const { return string(QStringLiteral("phone")); }
    bool hasActivityRadius() const;
    double activityRadius() const;
    QList<AddressGeolocation> geolocations() const;
    QString thumbnailUrl() const;
    // What identifies it: user id, group id or partner id.
    QString id() const;
    // Unique across types, for caches and selection: "user:456", "group:g1",
    // "partner_organization:p".
    QString key() const;

    static Type typeFromText(const QString &text);
    static QString typeText(Type type);
    static QString typeLabel(Type type);

private:
    explicit Assignable(const QJsonObject &json) : JsonRecord(json) {}
};
