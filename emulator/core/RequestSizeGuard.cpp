#include "emulator/core/RequestSizeGuard.h"

#include <QTcpSocket>
#include <QTimer>
#include <limits>

namespace {
constexpr qsizetype kMaximumHeaderBytes = 64 * 1024;
const QByteArray kHeaderEnd = QByteArrayLiteral("\r\n\r\n");
const QByteArray kChunkedEnd = QByteArrayLiteral("\r\n0\r\n\r\n");
} // namespace

RequestSizeGuard::RequestSizeGuard(QTcpSocket *socket, qint64 maximumBodyBytes)
    : QObject(socket), m_socket(socket), m_maximumBodyBytes(maximumBodyBytes)
{
    connect(socket, &QTcpSocket::readyRead, this, &RequestSizeGuard::onReadyRead);
}

void RequestSizeGuard::onReadyRead()
{
    if (m_state == State::Rejected) {
        drain();
        return;
    }
    // QtHttpServer reads everything on each readyRead, so what is available now is new.
    feed(m_socket->peek(m_socket->bytesAvailable()));
    if (m_state == State::Rejected)
        drain();
}

void RequestSizeGuard::feed(const QByteArray &data)
{
    qsizetype position = 0;
    while (position < data.size() && m_state != State::Rejected) {
        switch (m_state) {
        case State::Headers: {
            const qsizetype previous = m_headerBuffer.size();
            m_headerBuffer += data.mid(position);
            const qsizetype end = m_headerBuffer.indexOf(kHeaderEnd);
            if (end < 0) {
                if (m_headerBuffer.size() > kMaximumHeaderBytes)
                    m_headerBuffer = m_headerBuffer.right(4); // not ours to judge; keep scanning
                position = data.size();
                break;
            }
            position += end + kHeaderEnd.size() - previous;
            m_headerBuffer.truncate(end);
            parseHeaders();
            m_headerBuffer.clear();
            break;
        }
        case State::Body: {
            const qint64 taken = qMin<qint64>(m_bodyRemaining, data.size() - position);
            m_bodyRemaining -= taken;
            position += taken;
            if (m_bodyRemaining == 0)
                m_state = State::Headers;
            break;
        }
        case State::ChunkedBody: {
            const QByteArray piece = data.mid(position);
            m_chunkedBytes += piece.size();
            m_chunkedTail = (m_chunkedTail + piece).right(kChunkedEnd.size());
            position = data.size();
            if (m_chunkedBytes > m_maximumBodyBytes + 64 * 1024) {
                m_bodyRemaining = std::numeric_limits<qint64>::max(); // until the timer closes
                reject(); // framing overhead allowed for
            } else if (m_chunkedTail == kChunkedEnd)
                m_state = State::Headers;
            break;
        }
        case State::Rejected:
            break;
        }
    }
}

void RequestSizeGuard::parseHeaders()
{
    qint64 contentLength = 0;
    bool chunked = false;
    const QList<QByteArray> lines = m_headerBuffer.split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length")
            contentLength = value.toLongLong();
        else if (name == "transfer-encoding" && value.toLower().contains("chunked"))
            chunked = true;
    }
    if (contentLength > m_maximumBodyBytes) {
        // What is still to come: the body plus this header block, which drain() skips too.
        m_bodyRemaining = contentLength + m_headerBuffer.size() + kHeaderEnd.size();
        reject();
        return;
    }
    if (chunked) {
        m_chunkedBytes = 0;
        m_chunkedTail.clear();
        m_state = State::ChunkedBody;
    } else if (contentLength > 0) {
        m_bodyRemaining = contentLength;
        m_state = State::Body;
    }
}

void RequestSizeGuard::reject()
{
    m_state = State::Rejected;
    // From now on only the guard reads this connection: QtHttpServer's handler (connected after
    // ours) would keep a read transaction open, and a transaction retains everything skipped.
    QObject::disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
    connect(m_socket, &QTcpSocket::readyRead, this, &RequestSizeGuard::onReadyRead);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    const QByteArray body =
        QByteArrayLiteral("{\"message\":\"Request body too large: the limit is ") +
        QByteArray::number(m_maximumBodyBytes) + QByteArrayLiteral(" bytes\"}");
    m_socket->write(QByteArrayLiteral("HTTP/1.1 413 Payload Too Large\r\n"
                                      "Content-Type: application/json\r\n"
                                      "Connection: close\r\n"
                                      "Content-Length: ") +
                    QByteArray::number(body.size()) + QByteArrayLiteral("\r\n\r\n") + body);
    m_socket->flush();
    // Keep reading (and discarding) for a while so the client can finish sending and read the
    // answer instead of getting a reset; then close.
    QTimer::singleShot(5000, m_socket, [socket = m_socket] { socket->abort(); });
}

void RequestSizeGuard::drain()
{
    const qint64 available = m_socket->bytesAvailable();
    m_socket->skip(available);
    m_bodyRemaining -= available;
    if (m_bodyRemaining <= 0 && m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->disconnectFromHost();
}
