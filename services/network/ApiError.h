#pragma once

#include <QCoreApplication>
#include <QString>

// The one error value every service call reports; `message` is meant for people.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        Connection,      // host unreachable, refused, dropped
        Timeout,         // our transfer timeout fired
        Cancelled,       // the caller or a newer request cancelled it
        Http,            // any non-2xx status other than 401
        Unauthorized,    // 401: the session ended
        InvalidResponse, // body is not the JSON we expected
        InvalidRequest,  // refused before sending (bad input)
        InsecureUrl,     // plain http to a non-loopback host, or a bad redirect
        Tls,             // certificate or handshake failure
    };

    Kind kind = Kind::Connection;
    int httpStatus = 0;
    QString message;       // readable summary, translated
    QString serverMessage; // the server's own `message`/`error` text, if any
    QString url;           // redacted request URL
    // The answer's body as it came (HTTP errors and damaged answers), its first kept bytes only,
    // for the API console; bodySize is the whole body's size.
    QByteArray body;
    qint64 bodySize = 0;
    static constexpr qsizetype keptBodyBytes = 64 * 1024;

    bool isCancelled() const { return kind == Kind::Cancelled; }
    QString kindName() const;

    static ApiError make(Kind kind, const QString &message, const QString &url = {});
    static ApiError fromHttpStatus(int status, const QByteArray &body, const QString &url);
    static ApiError invalidRequest(const QString &message);
    // An answer that arrived damaged (cut off or garbled): said so in words a person can act on,
    // whether retrying is safe (a read), or the change may have happened (a write).
    static ApiError damagedAnswer(bool read, const QByteArray &body, const QString &url);
    void keepBody(const QByteArray &answer);
};
