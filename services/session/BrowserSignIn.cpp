#include "services/session/BrowserSignIn.h"

#include "services/network/UrlPolicy.h"
#include "services/session/TokenClaims.h"

#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace {

constexpr qsizetype maximumRequestHeadSize = 16 * 1024;
constexpr int maximumConnections = 16; // open at the same time; more are closed at once
constexpr int listenAttempts = 8;      // ports tried until both loopback addresses are ours
constexpr std::chrono::seconds connectionTimeout(10);
const char *answeredProperty = "epilotAnswered";

QString randomHex(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(data.begin(), data.end());
    return QString::fromLatin1(data.toHex());
}

// Query values as a browser form encodes them: '+' is a space, %XX an escaped byte.
QString formValue(const QUrlQuery &query, const QString &key)
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

// Compares without leaking through timing how much of the state was right.
bool sameSecret(const QString &given, const QString &expected)
{
    const QByteArray left = given.toUtf8();
    const QByteArray right = expected.toUtf8();
    if (left.size() != right.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype index = 0; index < left.size(); ++index)
        difference |= static_cast<unsigned char>(left.at(index) ^ right.at(index));
    return difference == 0;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 421:
        return "Misdirected Request";
    case 431:
        return "Request Header Fields Too Large";
    default:
        return "Error";
    }
}

} // namespace

BrowserSignIn::BrowserSignIn(QObject *parent)
    : QObject(parent), m_server(new QTcpServer(this)), m_server6(new QTcpServer(this)),
      m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    for (QTcpServer *server : {m_server, m_server6}) {
        server->setMaxPendingConnections(maximumConnections);
        connect(server, &QTcpServer::newConnection, this,
                [this, server] { acceptConnections(server); });
    }
    connect(m_timer, &QTimer::timeout, this, &BrowserSignIn::timedOut);
}

BrowserSignIn::~BrowserSignIn() = default;

void BrowserSignIn::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

QString BrowserSignIn::start(const QUrl &portal, const Options &options)
{
    if (isActive())
        cancel();
    if (const QString problem = UrlPolicy::check(portal); !problem.isEmpty())
        return tr("Portal address: %1").arg(problem);
    if (const QString problem = listenOnLoopback(); !problem.isEmpty())
        return problem;

    m_state = randomHex(32);
    m_code = randomHex(3).toUpper();
    QUrlQuery query;
    const auto add = [&query](const QString &key, const QString &value) {
        query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(QStringLiteral("cli_callback"),
        QStringLiteral("http://localhost:%1/callback").arg(m_server->serverPort()));
    add(QStringLiteral("state"), m_state);
    add(QStringLiteral("code"), m_code);
    if (options.readOnly)
        add(QStringLiteral("readonly"), QStringLiteral("true"));
    if (options.anonymize)
        add(QStringLiteral("anonymize"), QStringLiteral("true"));
    m_loginUrl =
        portal.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    m_loginUrl.setPath(m_loginUrl.path() + QStringLiteral("/login"));
    m_loginUrl.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);

    m_timer->start(m_timeout);
    return {};
}

QString BrowserSignIn::listenOnLoopback()
{
    // The callback names "localhost", which may resolve to ::1 first: both loopback addresses on
    // the same port must be ours, or another local program could take [::1]:port and the token.
    // Nothing beyond loopback may talk to the callback server.
    for (int attempt = 0; attempt < listenAttempts; ++attempt) {
        if (!m_server->listen(QHostAddress::LocalHost, 0))
            break;
        if (m_server6->listen(QHostAddress::LocalHostIPv6, m_server->serverPort()) ||
            !hasIpv6Loopback())
            return {};
        m_server->close(); // that port is taken on ::1: try another
    }
    return tr("Could not open a local port for the browser sign-in: %1")
        .arg(m_server->errorString().isEmpty() ? m_server6->errorString()
                                               : m_server->errorString());
}

bool BrowserSignIn::hasIpv6Loopback()
{
    // Where ::1 does not exist, nobody can listen there either.
    QTcpServer probe;
    const bool available = probe.listen(QHostAddress::LocalHostIPv6, 0);
    probe.close();
    return available;
}

void BrowserSignIn::cancel()
{
    if (!isActive())
        return;
    stop();
    emit finished();
}

bool BrowserSignIn::isActive() const
{
    return m_server->isListening();
}

quint16 BrowserSignIn::port() const
{
    return m_server->isListening() ? m_server->serverPort() : 0;
}

void BrowserSignIn::acceptConnections(QTcpServer *server)
{
    while (QTcpSocket *socket = server->nextPendingConnection()) {
        if (findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly).size() >= maximumConnections) {
            // A flood of connections must not hold the browser's out.
            socket->abort();
            socket->deleteLater();
            continue;
        }
        socket->setParent(this);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readRequest(socket); });
        // A client that never finishes its request must not hold the socket forever.
        QTimer::singleShot(connectionTimeout, socket, [socket] { socket->abort(); });
    }
}

void BrowserSignIn::readRequest(QTcpSocket *socket)
{
    if (socket->property(answeredProperty).toBool()) {
        socket->readAll(); // unread input would turn our close into a reset
        return;
    }
    const QByteArray head = socket->peek(maximumRequestHeadSize + 1);
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (head.size() > maximumRequestHeadSize)
            respond(socket, 431, tr("Request too large"), tr("The request was too large."));
        return;
    }
    socket->read(end + 4);
    const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        respond(socket, 400, tr("Bad request"), tr("This is not an HTTP/1.1 request."));
        return;
    }
    const QUrl target(QString::fromLatin1(requestLine.at(1)), QUrl::StrictMode);
    if (!target.isValid() || target.path() != QLatin1String("/callback")) {
        respond(socket, 404, tr("Not found"), tr("There is nothing here."));
        return;
    }
    if (requestLine.at(0) != "GET") {
        respond(socket, 405, tr("Method not allowed"), tr("Only GET is answered here."));
        return;
    }
    if (!isOwnHost(hostOf(head.left(end)))) {
        // A page elsewhere that made the browser resolve its name to 127.0.0.1 (DNS rebinding).
        respond(socket, 421, tr("Sign-in refused"), tr("This address is not the callback's."));
        return;
    }
    QString query = target.query(QUrl::FullyEncoded);
    query.replace(QLatin1Char('+'), QStringLiteral("%20"));
    handleCallback(socket, query);
}

QByteArray BrowserSignIn::hostOf(const QByteArray &head)
{
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "host")
            return line.mid(colon + 1).trimmed().toLower();
    }
    return {};
}

bool BrowserSignIn::isOwnHost(const QByteArray &host) const
{
    const QByteArray port = ':' + QByteArray::number(m_server->serverPort());
    return host == "localhost" + port || host == "127.0.0.1" + port || host == "[::1]" + port;
}

void BrowserSignIn::handleCallback(QTcpSocket *socket, const QString &encodedQuery)
{
    const QUrlQuery query(encodedQuery);
    if (!isActive() || !sameSecret(formValue(query, QStringLiteral("state")), m_state)) {
        // Not the answer to our request (stale tab, another program): refuse, keep waiting.
        respond(socket, 403, tr("Sign-in refused"),
                tr("This sign-in answer does not belong to the waiting epilot Admin. "
                   "Start the sign-in again from the application."));
        return;
    }
    const QString token = formValue(query, QStringLiteral("token")).trimmed();
    if (token.isEmpty()) {
        const QString reason = formValue(query, QStringLiteral("error"));
        respond(socket, 400, tr("Sign-in failed"),
                tr("The portal sent no token. You can close this window."));
        stop();
        const QPointer<BrowserSignIn> self(this);
        emit failed(reason.isEmpty()
                        ? tr("The portal answered without a token.")
                        : tr("The portal answered without a token: %1").arg(reason.left(200)));
        if (self)
            emit finished();
        return;
    }
    // Checked as a pasted token is: one that has expired already is no sign-in.
    if (const TokenClaims claims = TokenClaims::decode(token);
        claims.isValid() && claims.isExpired()) {
        respond(socket, 400, tr("Sign-in failed"),
                tr("The portal sent a token that has expired. Start the sign-in again."));
        stop();
        const QPointer<BrowserSignIn> self(this);
        emit failed(tr("The portal sent a token that expired on %1. Sign in again.")
                        .arg(claims.expiresAt().toLocalTime().toString(Qt::ISODate)));
        if (self)
            emit finished();
        return;
    }
    respond(socket, 200, tr("Signed in"),
            tr("You are signed in to epilot Admin. You can close this window."));
    const QString organizationId = formValue(query, QStringLiteral("org_id"));
    const QString userId = formValue(query, QStringLiteral("user_id"));
    const QString name = formValue(query, QStringLiteral("name"));
    stop();
    const QPointer<BrowserSignIn> self(this); // a receiver may delete us
    emit signedIn(token, organizationId, userId, name);
    if (self)
        emit finished();
}

void BrowserSignIn::respond(QTcpSocket *socket, int status, const QString &title,
                            const QString &text)
{
    const QByteArray body = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                                           "<title>%1</title></head><body style=\"font-family:"
                                           "sans-serif;margin:3em\"><h1>%1</h1><p>%2</p></body>"
                                           "</html>\n")
                                .arg(title.toHtmlEscaped(), text.toHtmlEscaped())
                                .toUtf8();
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) +
                          "\r\nContent-Type: text/html; charset=utf-8"
                          "\r\nContent-Length: " +
                          QByteArray::number(body.size()) +
                          "\r\nCache-Control: no-store"
                          "\r\nReferrer-Policy: no-referrer"
                          "\r\nContent-Security-Policy: default-src 'none'; style-src "
                          "'unsafe-inline'"
                          "\r\nConnection: close\r\n\r\n" +
                          body;
    socket->setProperty(answeredProperty, true);
    socket->readAll();
    socket->write(response);
    // Hand the page to the kernel now: the owner may delete us right after signedIn().
    socket->flush();
    socket->disconnectFromHost();
}

void BrowserSignIn::timedOut()
{
    if (!isActive())
        return;
    const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(m_timeout).count();
    stop();
    const QPointer<BrowserSignIn> self(this);
    emit failed(minutes > 0 ? tr("No sign-in arrived from the browser within %n minute(s).",
                                 nullptr, int(minutes))
                            : tr("No sign-in arrived from the browser in time."));
    if (self)
        emit finished();
}

void BrowserSignIn::stop()
{
    m_timer->stop();
    m_server->close();
    m_server6->close();
    m_state.clear();
    // Sockets still waiting for an answer are dropped; answered ones finish sending first.
    const auto sockets = findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly);
    for (QTcpSocket *socket : sockets) {
        if (!socket->property(answeredProperty).toBool())
            socket->abort();
    }
}
