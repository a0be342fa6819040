#include "emulator/core/EmulatorServer.h"

#include "emulator/core/AuditTrail.h"
#include "emulator/core/AuditedOperations.h"
#include "emulator/core/EmulatorRouter.h"
#include "emulator/core/FaultInjector.h"
#include "emulator/core/GuardedTcpServer.h"
#include "emulator/core/TokenRegistry.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QMetaEnum>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace {
QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}
} // namespace

// Any JSON text, scalars included (a user setting's value may be "dark" or 42), which
// QJsonDocument alone refuses.
QJsonValue EmulatorServer::parseJsonBody(const QByteArray &body, QString *problem)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError)
        return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    const QJsonDocument wrapped = QJsonDocument::fromJson('[' + body + ']');
    if (wrapped.isArray() && wrapped.array().size() == 1)
        return wrapped.array().first();
    *problem = QStringLiteral("Malformed JSON body: %1 at offset %2")
                   .arg(parseError.errorString())
                   .arg(parseError.offset);
    return {};
}

EmulatorServer::EmulatorServer(EmulatorRouter &router, TokenRegistry &tokens, FaultInjector &faults,
                               QObject *parent)
    : QAbstractHttpServer(parent), m_router(router), m_tokens(tokens), m_faults(faults)
{
}

quint16 EmulatorServer::listenOn(const QHostAddress &address, quint16 port, QString *error)
{
    auto *server = new GuardedTcpServer(kMaximumBodyBytes, this);
    if (!server->listen(address, port)) {
        if (error)
            *error = server->errorString();
        delete server;
        return 0;
    }
    bind(server);
    return server->serverPort();
}

bool EmulatorServer::handleRequest(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
{
    EmulatorRequest request;
    request.method = methodName(httpRequest.method());
    request.path = httpRequest.url().path();
    request.encodedPath = httpRequest.url().path(QUrl::FullyEncoded);
    request.query = httpRequest.query();
    for (const auto &header : httpRequest.headers())
        request.headers.insert(header.first.toLower(), header.second);

    const QByteArray body = httpRequest.body();
    if (body.size() > kMaximumBodyBytes) { // when the socket guard could not see the length
        write(socket, EmulatorResponse::error(413, QStringLiteral("Request body too large")));
        return true;
    }
    request.rawBody = body;

    if (isEmulatorPath(request.path)) {
        answer(socket, request);
        return true;
    }
    const FaultInjector::Fault fault = m_faults.decide(request.method, request.path);
    const int delay = m_faults.latencyMs();
    QPointer<QTcpSocket> guarded(socket);
    auto respond = [this, guarded, request, fault] {
        if (!guarded)
            return;
        switch (fault) {
        case FaultInjector::Fault::Drop:
            guarded->abort();
            return;
        case FaultInjector::Fault::RateLimited:
            write(guarded,
                  EmulatorResponse::error(429, QStringLiteral("Too many requests"))
                      .withHeader("Retry-After", "1"),
                  request);
            return;
        case FaultInjector::Fault::InternalError:
            write(guarded, EmulatorResponse::error(500, QStringLiteral("Internal server error "
                                                                       "(injected fault)")));
            return;
        case FaultInjector::Fault::Unavailable:
            write(guarded, EmulatorResponse::error(503, QStringLiteral("Service unavailable "
                                                                       "(injected fault)"))
                               .withHeader("Retry-After", "1"));
            return;
        case FaultInjector::Fault::Malformed: {
            EmulatorResponse response = dispatch(request);
            response.body = m_faults.corrupt(response.body);
            response.contentType = "application/json";
            if (response.status == 204)
                response.status = 200;
            write(guarded, response, request);
            return;
        }
        case FaultInjector::Fault::None:
            answer(guarded, request);
            return;
        }
    };
    // Never act on the socket inside QtHttpServer's read handler when dropping it.
    if (delay > 0 || fault == FaultInjector::Fault::Drop)
        QTimer::singleShot(delay, socket, respond);
    else
        respond();
    return true;
}

void EmulatorServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    write(socket, EmulatorResponse::error(404, QStringLiteral("Not found")));
}

void EmulatorServer::answer(QTcpSocket *socket, const EmulatorRequest &request) const
{
    write(socket, dispatch(request), request);
}

EmulatorResponse EmulatorServer::dispatch(EmulatorRequest request) const
{
    // Each segment decoded on its own, an encoded '/' kept as a stand-in so that it stays
    // inside its path parameter (a settings key "a/b" arrives as "a%2Fb").
    const QChar slashStandIn(0xE000);
    QStringList segments = (request.encodedPath.isEmpty() ? request.path : request.encodedPath)
                               .split(QLatin1Char('/'));
    for (QString &segment : segments)
        segment =
            QUrl::fromPercentEncoding(segment.toUtf8()).replace(QLatin1Char('/'), slashStandIn);
    EmulatorRouter::Match match = m_router.match(request.method, segments.join(QLatin1Char('/')));
    for (QString &value : match.pathParams)
        value.replace(slashStandIn, QLatin1Char('/'));
    if (match.outcome == EmulatorRouter::Outcome::NotFound)
        return EmulatorResponse::error(404, QStringLiteral("No operation at %1").arg(request.path));
    if (match.outcome == EmulatorRouter::Outcome::MethodNotAllowed)
        return EmulatorResponse::error(405,
                                       QStringLiteral("Method %1 not allowed for %2")
                                           .arg(QString::fromLatin1(request.method), request.path))
            .withHeader("Allow", match.allowedMethods.join(QStringLiteral(", ")).toLatin1());
    request.pathParams = match.pathParams;
    if (match.route->access == Access::Secured) {
        const QByteArray authorization = request.headers.value("authorization");
        if (!authorization.startsWith("Bearer ") && !authorization.startsWith("bearer "))
            return EmulatorResponse::error(401, QStringLiteral("Missing bearer token"));
        const QString token = QString::fromUtf8(authorization.mid(7).trimmed());
        const auto caller = m_tokens.resolve(token);
        if (!caller)
            return EmulatorResponse::error(401, QStringLiteral("Unauthorized: the token is "
                                                               "invalid, expired or revoked"));
        request.caller = *caller;
    }
    const AuditedOperation *operation =
        AuditedOperations::find(request.method, match.route->pattern);
    // A method other than GET that the catalog does not know counts as a write (safe side).
    const bool writes = operation ? operation->write : request.method != "GET";
    const EmulatorResponse response = run(request, *match.route, writes);
    // Only callers with an organization can be shown the event (public operations have none).
    if (m_audit && operation && operation->write && !request.caller.organizationId.isEmpty())
        m_audit->record(request, match.route->pattern, *operation, response.status);
    return response;
}

EmulatorResponse EmulatorServer::run(EmulatorRequest &request, const EmulatorRouter::Route &route,
                                     bool writes) const
{
    if (!request.rawBody.trimmed().isEmpty()) {
        QString problem;
        request.body = parseJsonBody(request.rawBody, &problem);
        if (!problem.isEmpty())
            return EmulatorResponse::error(400, problem);
        request.hasBody = true;
    }
    if (writes && request.caller.readOnly)
        return EmulatorResponse::error(403,
                                       QStringLiteral("This access token is read-only: "
                                                      "%1 %2 is not allowed")
                                           .arg(QString::fromLatin1(request.method), request.path));
    try {
        return route.handler(request);
    } catch (const std::exception &exception) {
        return EmulatorResponse::error(
            500, QStringLiteral("Emulator error: %1").arg(QString::fromUtf8(exception.what())));
    }
}

void EmulatorServer::write(QTcpSocket *socket, const EmulatorResponse &response)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                      reasonPhrase(response.status) + "\r\n";
    if (!response.contentType.isEmpty())
        head += "Content-Type: " + response.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    for (const auto &header : response.headers)
        head += header.first + ": " + header.second + "\r\n";
    head += "\r\n";
    socket->write(head + response.body);
    socket->flush();
}

void EmulatorServer::write(QTcpSocket *socket, const EmulatorResponse &response,
                           const EmulatorRequest &request)
{
    write(socket, response);
    if (socket && request.headers.value("connection").toLower() == "close")
        socket->disconnectFromHost();
}

bool EmulatorServer::isEmulatorPath(const QString &path)
{
    return path.startsWith(QLatin1String("/emulator/")) || path == QLatin1String("/login") ||
           path.startsWith(QLatin1String("/login/"));
}
