#pragma once

#include "services/network/ApiEndpoints.h"
#include "services/session/EmulatorLauncher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>
#include <QUrl>
#include <memory>

// Where an end-to-end test runs: its own epilot-emulator (the default), or a real tenant when
// EPILOT_USER_API_URL, EPILOT_ORGANIZATION_API_URL, EPILOT_PARTNER_DIRECTORY_API_URL and
// EPILOT_TOKEN are all set (another emulator started by hand counts as a real tenant). Tests
// create what they need and remove it afterwards either way; a test that needs an emulator-only
// control (outbox, faults, a large seed) skips with that reason on another server.
class E2eEnvironment
{
public:
    E2eEnvironment();
    ~E2eEnvironment();

    // Blocks (on a local event loop) until the emulator listens or fails.
    bool start(QString *error, const QStringList &extraEmulatorArguments = {});

    ApiEndpoints endpoints() const { return m_endpoints; }
    QString token() const { return m_token; }
    bool isEmulator() const { return m_launcher != nullptr; }
    QUrl emulatorUrl() const { return isEmulator() ? m_launcher->baseUrl() : QUrl(); }
    // The portal whose login page issues tokens: the emulator's own, else EPILOT_PORTAL_URL, else
    // epilot's portal (a test that plays the browser never opens it).
    QUrl portalUrl() const;

    // Emulator-only helpers (empty / false on a real tenant).
    QJsonArray outbox() const;
    // Sends one request to the emulator and waits for the answer's JSON (tests only).
    QJsonDocument emulatorRequest(const QByteArray &method, const QString &path,
                                  const QJsonDocument &body = {}, int *status = nullptr) const;

private:
    std::unique_ptr<EmulatorLauncher> m_launcher;
    ApiEndpoints m_endpoints;
    QString m_token;
};
