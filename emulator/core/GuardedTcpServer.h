#pragma once

#include <QTcpServer>

// A QTcpServer whose sockets get a RequestSizeGuard connected to readyRead before
// QAbstractHttpServer connects its own handler, so an oversized body is answered with 413 and
// discarded while it streams in, instead of being buffered whole by QtHttpServer.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit GuardedTcpServer(qint64 maximumBodyBytes, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    qint64 m_maximumBodyBytes;
};
