#pragma once

#include "services/network/ApiEndpoints.h"

#include <QJsonObject>
#include <QObject>
#include <functional>

class QNetworkAccessManager;
class Session;

// Checks a token before anything keeps it (the browser sign-in's callback hands one over that
// nobody has looked at yet): its claims as for a pasted token (an expired one is refused), then
// getMeV2 with it against the profile's endpoints, on a client of its own so that a refusal
// touches neither the window's session nor the Activity of the running one.
class TokenCheck : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        QString error; // empty: the server accepted the token
        QJsonObject me;
        QString userId;
        QString organizationId;
        bool ok() const { return error.isEmpty(); }
    };

    explicit TokenCheck(QObject *parent = nullptr);
    ~TokenCheck() override;

    // A check still running is dropped; `done` never runs after `context` is gone.
    void check(const ApiEndpoints &endpoints, const QString &token, QObject *context,
               std::function<void(const Result &)> done);
    bool isRunning() const { return m_session != nullptr; }

private:
    void finish(const Result &result);

    QNetworkAccessManager *m_network;
    Session *m_session = nullptr;
    std::function<void(const Result &)> m_done;
    int m_generation = 0; // which check a queued outcome belongs to
};
