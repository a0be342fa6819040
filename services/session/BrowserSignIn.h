#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <chrono>

class QTcpServer;
class QTcpSocket;
class QTimer;

// Sign-in the way the official epilot CLI does it: a one-shot HTTP server on loopback waits
// for the portal to send the browser back to /callback with the token. The UI opens loginUrl()
// (QDesktopServices), shows verificationCode() and waits for signedIn() or failed().
class BrowserSignIn : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        bool readOnly = false;  // ask the portal for a token that cannot write
        bool anonymize = false; // ask for a token that sees personal data anonymized
    };

    static constexpr std::chrono::milliseconds defaultTimeout = std::chrono::minutes(5);

    explicit BrowserSignIn(QObject *parent = nullptr);
    ~BrowserSignIn() override;

    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // Starts listening (an attempt still running is cancelled first). Returns an empty string
    // on success, otherwise why it could not start (bad portal address, no free port).
    QString start(const QUrl &portal, const Options &options);
    QString start(const QUrl &portal) { return start(portal, Options{}); }
    // Stops waiting; emits finished() but neither signedIn() nor failed().
    void cancel();

    bool isActive() const;
    QUrl loginUrl() const { return m_loginUrl; }
    QString verificationCode() const { return m_code; }
    quint16 port() const;

signals:
    // The token is the caller's to keep safe: it is never logged here.
    void signedIn(const QString &token, const QString &organizationId, const QString &userId,
                  const QString &name);
    void failed(const QString &message);
    // After signedIn(), failed() or cancel(): the attempt is over, the port is closed.
    void finished();

private:
    QString listenOnLoopback();
    static bool hasIpv6Loopback();
    void acceptConnections(QTcpServer *server);
    static QByteArray hostOf(const QByteArray &head);
    bool isOwnHost(const QByteArray &host) const;
    void readRequest(QTcpSocket *socket);
    void handleCallback(QTcpSocket *socket, const QString &query);
    void respond(QTcpSocket *socket, int status, const QString &title, const QString &text);
    void timedOut();
    void stop();

    QTcpServer *m_server = nullptr;  // 127.0.0.1
    QTcpServer *m_server6 = nullptr; // ::1, the same port
    QTimer *m_timer = nullptr;
    std::chrono::milliseconds m_timeout = defaultTimeout;
    QUrl m_loginUrl;
    QString m_state;
    QString m_code;
};
