#pragma once

#include <QString>

// The Organization API's fixed values in words of the interface language: "Vendor" →
// "Anbieter", "professional" → "Professional", "Sandbox" → "Sandbox (for testing)". A value
// this application does not know is given readably (capitalized, "_" as spaces), never hidden.
namespace OrganizationWords {

QString type(const QString &value);        // organization type: Vendor, Partner
QString use(const QString &value);         // organization use: Production, Sandbox
QString pricingTier(const QString &value); // essentials, professional, enterprise, partner…

} // namespace OrganizationWords
