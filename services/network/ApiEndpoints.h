#pragma once

#include <QList>
#include <QUrl>

// Every epilot API the application talks to. Each has its own server in epilot's cloud; the local
// emulator serves them all from one address.
enum class Api {
    User,
    Organization,
    PartnerDirectory,
    Permissions,
    Entity,
    AuditLogs,
    AccessToken
};

// The base URLs of a profile, one per API.
struct ApiEndpoints
{
    QUrl user;
    QUrl organization;
    QUrl partnerDirectory;
    QUrl permissions;
    QUrl entity;
    QUrl auditLogs;
    QUrl accessToken;

    // What the profile store, the command line, the environment and the profile form need to
    // know of each API, so that adding an API is one line here.
    struct Descriptor
    {
        Api api;
        QUrl ApiEndpoints::*url;
        const char *label;         // for people; translate with QCoreApplication::translate
        const char *settingsKey;   // key in a profile's settings group
        const char *option;        // command-line option, without "--"
        const char *variable;      // environment variable, as the official CLI names them
        const char *defaultServer; // epilot's server
    };
    static const QList<Descriptor> &descriptors();
    static const Descriptor &descriptor(Api api);

    QUrl baseFor(Api api) const;
    static ApiEndpoints defaults();
    // One server for all APIs, as the local emulator serves them.
    static ApiEndpoints singleServer(const QUrl &base);

    bool operator==(const ApiEndpoints &) const = default;
};
