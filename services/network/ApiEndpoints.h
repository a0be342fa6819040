#pragma once

#include <QUrl>

enum class Api { User, Organization, PartnerDirectory };

// The three base URLs of a profile, one per API.
struct ApiEndpoints
{
    QUrl user;
    QUrl organization;
    QUrl partnerDirectory;

    QUrl baseFor(Api api) const;
    static ApiEndpoints defaults();
    // One server for all three, as the local emulator serves them.
    static ApiEndpoints singleServer(const QUrl &base);
    bool operator==(const ApiEndpoints &) const = default;
};
