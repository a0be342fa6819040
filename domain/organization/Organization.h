#pragma once

#include "domain/common/JsonRecord.h"

#include <QStringList>

// An organization as the Organization API returns it (getOrganization). The editable details are
// handled as a flat record of text values ("phone", "address.city", "signature"), which is what
// the form and the conflict-checked save compare; patchBody() turns changed fields back into the
// API's shape (the address goes whole, with the members nobody changed kept).
class Organization : public JsonRecord
{
public:
    Organization() = default;
    explicit Organization(const QJsonObject &json) : JsonRecord(json) {}

    QString id() const { return idString(QStringLiteral("id")); }
    QString name() const { return string(QStringLiteral("name")); }
    QString logoUrl() const { return string(QStringLiteral("logo_url")); }
    QString pricingTier() const { return string(QStringLiteral("pricing_tier")); }
    // A partner organization (type "Partner"), which sees fewer features than a vendor.
    bool isPartner() const { return string(QStringLiteral("type")) == QLatin1String("Partner"); }

    // The keys of the editable details in form order, then the signature.
    static QStringList editableKeys();
    // The keys shown read-only (kept by epilot).
    static QStringList readOnlyKeys();
    static QString signatureKey() { return QStringLiteral("signature"); }

    // A value as text for the form; "address.city" reads a member of the address. Dates are
    // given as the server sent them (createdDate() for a date).
    QString text(const QString &key) const;
    QDateTime createdDate() const { return dateTime(QStringLiteral("created_date")); }
    // A read-only value as a person reads it: fixed values in words of the interface language
    // ("Anbieter" for "Vendor"), the creation date in local time. text() keeps the raw value.
    QString readableText(const QString &key) const;

    // Every editable key (and the signature) with its text.
    QJsonObject editableValues() const;
    // The API body for `changes` (flat editable keys): the address whole, over this record's.
    QJsonObject patchBody(const QJsonObject &changes) const;
    // This record with `body` (an API body or answer) laid over it, top-level keys replaced.
    Organization merged(const QJsonObject &body) const;
};
