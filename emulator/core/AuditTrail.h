#pragma once

#include "emulator/core/AuditedOperations.h"
#include "emulator/core/EmulatorRequest.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

class EmulatorStore;

// The write hook: the server hands it every request that reached a writing operation of any
// emulated API (after routing and authentication, whatever the handler answered), and it appends
// one audit event to the collection "auditLogs" as the Audit Logs API describes it. No header is
// kept, and passwords, tokens and secrets in the body or query are replaced, so a bearer token or
// a password never reaches the log.
class AuditTrail
{
public:
    static inline const QString kCollection = QStringLiteral("auditLogs");
    static inline const QString kRedacted = QStringLiteral("[REDACTED]");

    explicit AuditTrail(EmulatorStore &store);

    void record(const EmulatorRequest &request, const QString &routePattern,
                const AuditedOperation &operation, int status);

    // The value with every member whose name speaks of a password, token or secret, and every
    // string that looks like a JWT, replaced by kRedacted.
    static QJsonValue redact(const QJsonValue &value);
    static bool isSecretName(const QString &name);
    // A body as the event's `detail`: compact JSON text (a scalar body such as "dark" too).
    static QString detailOf(const QJsonValue &body);
    // "Lena Schneider updated the user 10010730." or, for a failure,
    // "Lena Schneider tried to update the user 10010730 (403)."
    static QString sentence(const QString &actor, const AuditedOperation &operation,
                            const QHash<QString, QString> &parameters, const QJsonObject &body,
                            int status);
    // The operation's path with the spec's placeholder names mapped to the route's values.
    static QHash<QString, QString> specParameters(const AuditedOperation &operation,
                                                  const QString &routePattern,
                                                  const QHash<QString, QString> &routeValues);

private:
    EmulatorStore &m_store;
};
