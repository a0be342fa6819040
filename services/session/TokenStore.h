#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QString>
#include <functional>

// Access tokens in the system keychain (QtKeychain: Secret Service on Linux), one entry per
// profile: service "epilot-admin", key = profile name. Nothing is ever written in plain text.
//
// Every call is asynchronous; `done` runs on the context's thread and never after `context` is
// destroyed. Running keychain jobs are never deleted (QtKeychain bug 261): they delete
// themselves when finished, and a result whose context is gone is dropped.
class TokenStore : public QObject
{
    Q_OBJECT

public:
    enum class Status {
        Ok,
        NotFound,     // read: no token stored for this profile
        NoKeychain,   // no Secret Service on D-Bus: offer a session-only token instead
        AccessDenied, // keychain locked or the user refused access
        Failed,       // anything else; see message
    };

    struct Result
    {
        Status status = Status::Ok;
        QString token;   // read() only
        QString message; // for people; never contains the token
        bool ok() const { return status == Status::Ok; }
    };

    using Callback = std::function<void(const Result &)>;

    static QString defaultService() { return QStringLiteral("epilot-admin"); }

    explicit TokenStore(QObject *parent = nullptr);
    // Tests use a service name of their own.
    explicit TokenStore(const QString &service, QObject *parent = nullptr);

    QString service() const { return m_service; }

    void read(const QString &profile, QObject *context, Callback done);
    void write(const QString &profile, const QString &token, QObject *context, Callback done);
    // Removing a token that is not there succeeds. Also forgets a session-only token.
    void remove(const QString &profile, QObject *context, Callback done);
    // For a profile rename: the token follows the new name (read, write new, delete old).
    void move(const QString &from, const QString &to, QObject *context, Callback done);

    // Without a keychain, the user may keep a token for this run only. read() returns it;
    // it lives in memory and is never written anywhere.
    void keepForSession(const QString &profile, const QString &token);
    bool hasSessionToken(const QString &profile) const;

private:
    static void deliver(QObject *context, Callback done, const Result &result);

    QString m_service;
    QHash<QString, QString> m_sessionTokens;
};
