#include "emulator/core/GuardedTcpServer.h"

#include "emulator/core/RequestSizeGuard.h"

#include <QTcpSocket>

GuardedTcpServer::GuardedTcpServer(qint64 maximumBodyBytes, QObject *parent)
    : QTcpServer(parent), m_maximumBodyBytes(maximumBodyBytes)
{
}

void GuardedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    new RequestSizeGuard(socket, m_maximumBodyBytes); // child of the socket, connected first
    addPendingConnection(socket);
}
