#pragma once

#include "domain/console/OperationCatalog.h"
#include "services/network/ApiRequest.h"

#include <QHash>
#include <QString>

// One filled-in operation of the API console: the parameter values and the body text as the
// user typed them. Turns into the ApiRequest to send, or into an equivalent `curl` or `epilot`
// command line. Parameter values of array type are comma-separated.
class OperationCall
{
public:
    OperationCall() = default;
    explicit OperationCall(const Operation *operation) : m_operation(operation) {}

    const Operation *operation() const { return m_operation; }
    QHash<QString, QString> values;
    QString body;

    // Empty when the call can be sent, else what is wrong (a missing required value, bad JSON).
    QString problem() const;
    ApiRequest request() const;
    // `token` empty: the command reads the token from $EPILOT_TOKEN instead of spelling it out.
    QString curlCommand(const ApiEndpoints &endpoints, const QString &token = {}) const;
    QString cliCommand(const ApiEndpoints &endpoints, const QString &token = {}) const;
    // "GET /v2/users/123" with the values put in.
    QString resolvedPath() const;

    static QString shellQuote(const QString &text);

private:
    QStringList valuesOf(const OperationParameter &parameter) const;
    QByteArray compactBody() const;

    const Operation *m_operation = nullptr;
};
