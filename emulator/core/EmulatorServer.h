#pragma once

#include "emulator/core/EmulatorRequest.h"
#include "emulator/core/EmulatorResponse.h"
#include "emulator/core/EmulatorRouter.h"

#include <QAbstractHttpServer>
#include <QHostAddress>

class AuditTrail;
class EmulatorRouter;
class FaultInjector;
class TokenRegistry;

// The HTTP front: turns QtHttpServer requests into EmulatorRequests, answers 404/405/401/400/413
// itself, calls the route's handler, injects the configured faults and writes the answer.
class EmulatorServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    static constexpr qint64 kMaximumBodyBytes = 1024 * 1024;

    EmulatorServer(EmulatorRouter &router, TokenRegistry &tokens, FaultInjector &faults,
                   QObject *parent = nullptr);

    // Returns the port (0 on failure, with the error).
    quint16 listenOn(const QHostAddress &address, quint16 port, QString *error);

    // The body's JSON value, or an empty value and a message for the 400 answer.
    static QJsonValue parseJsonBody(const QByteArray &body, QString *problem);

    // Routes one request without HTTP (also used by the HTTP path).
    EmulatorResponse dispatch(EmulatorRequest request) const;

    // Every request that reaches a writing operation is recorded there (see AuditTrail).
    void setAuditTrail(AuditTrail *audit) { m_audit = audit; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void answer(QTcpSocket *socket, const EmulatorRequest &request) const;
    static void write(QTcpSocket *socket, const EmulatorResponse &response);
    // Also honours "Connection: close" of the request.
    static void write(QTcpSocket *socket, const EmulatorResponse &response,
                      const EmulatorRequest &request);
    static bool isEmulatorPath(const QString &path);
    // Body parsing, the read-only check of access tokens and the handler.
    EmulatorResponse run(EmulatorRequest &request, const EmulatorRouter::Route &route,
                         bool writes) const;

    EmulatorRouter &m_router;
    TokenRegistry &m_tokens;
    FaultInjector &m_faults;
    AuditTrail *m_audit = nullptr;
};
