#pragma once

#include <QByteArray>
#include <QObject>

class QTcpSocket;

// Follows the byte stream of one connection (peeking, never reading, what QtHttpServer will
// read) to find each request's header block and body length. A body announced or found to be
// larger than the limit is answered with 413 and the rest of the connection is drained and
// closed; QtHttpServer then never sees that request.
class RequestSizeGuard : public QObject
{
    Q_OBJECT
public:
    RequestSizeGuard(QTcpSocket *socket, qint64 maximumBodyBytes);

private:
    void onReadyRead();
    void feed(const QByteArray &data);
    void parseHeaders();
    void reject();
    void drain();

    enum class State { Headers, Body, ChunkedBody, Rejected };
    QTcpSocket *m_socket;
    qint64 m_maximumBodyBytes;
    State m_state = State::Headers;
    QByteArray m_headerBuffer;
    qint64 m_bodyRemaining = 0;
    qint64 m_chunkedBytes = 0;
    QByteArray m_chunkedTail;
};
