#pragma once

#include <QJsonObject>
#include <QString>

class EmulatorStore;

// Every mail the real service would send lands here (collection "outbox"), served at
// GET /emulator/outbox so tests and people can follow invite links and tokens.
class Outbox
{
public:
    explicit Outbox(EmulatorStore &store);

    // kind: "user_invite", "password_reset", "email_verification", "partner_invite", ...
    // data holds the tokens and links, e.g. {"token": "...", "link": "https://..."}.
    void send(const QString &kind, const QString &to, const QJsonObject &data);

    // Newest last; to = "" lists all.
    QList<QJsonObject> mails(const QString &to = {}) const;

private:
    EmulatorStore &m_store;
};
