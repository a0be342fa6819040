#pragma once

#include <QByteArray>
#include <QString>

// The operations of the emulated APIs that are not plain GETs, as the specs name them: which
// service and operation id an audit event carries, whether the operation changes anything (a
// POST search does not), and the words of its activity sentence. The router's patterns are the
// specs' paths, so a route is found here by method and pattern (placeholder names ignored).
struct AuditedOperation
{
    const char *method;
    const char *path;    // the spec's path
    const char *service; // audit service_name
    const char *operationId;
    bool write;             // false: a read that uses POST (searches, getLogs)
    const char *past;       // "updated the user {id}": placeholders are path parameters
    const char *infinitive; // "update the user {id}"
};

namespace AuditedOperations {
// nullptr when the method and route pattern are not an operation of the catalog.
const AuditedOperation *find(const QByteArray &method, const QString &routePattern);
// The server's URL of a service (source_url, http.domainName), e.g. https://user.sls.epilot.io
QString serviceUrl(const QString &service);
} // namespace AuditedOperations
