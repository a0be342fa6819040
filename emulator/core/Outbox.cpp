#include "emulator/core/Outbox.h"

#include "emulator/core/EmulatorStore.h"

#include <QDateTime>
#include <QUuid>

Outbox::Outbox(EmulatorStore &store) : m_store(store) {}

void Outbox::send(const QString &kind, const QString &to, const QJsonObject &data)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject mail{
        {QStringLiteral("id"), id},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("to"), to},
        {QStringLiteral("sent_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("data"), data},
    };
    m_store.put(QStringLiteral("outbox"), id, mail);
}

QList<QJsonObject> Outbox::mails(const QString &to) const
{
    QList<QJsonObject> result;
    for (const QJsonObject &mail : m_store.all(QStringLiteral("outbox"))) {
        if (to.isEmpty() ||
            mail.value(QStringLiteral("to")).toString().compare(to, Qt::CaseInsensitive) == 0)
            result.append(mail);
    }
    return result;
}
