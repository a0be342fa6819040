#pragma once

#include <QDateTime>
#include <QString>

// One network exchange as the Activity panel shows it. Never holds a token: the URL is redacted.
struct ActivityEntry
{
    quint64 id = 0;
    QDateTime started;
    QString method;
    QString url;
    QString operationId;
    int status = 0; // 0 when no HTTP answer arrived
    qint64 elapsedMs = 0;
    qint64 bytes = 0;
    QString error;   // empty on success
    int attempt = 1; // > 1 for automatic retries
};
