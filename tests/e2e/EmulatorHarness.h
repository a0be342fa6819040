#pragma once

#include "services/session/EmulatorLauncher.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <memory>

// One answer of the emulator, read synchronously (tests only).
struct HttpAnswer
{
    int status = 0; // 0 when the connection failed
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    qint64 elapsedMs = 0;

    QJsonValue json() const;
    QJsonObject object() const { return json().toObject(); }
    QJsonArray array() const { return json().toArray(); }
    bool isJson() const;
};

// Starts the real epilot-emulator binary through EmulatorLauncher and talks HTTP to it.
class EmulatorHarness
{
public:
    EmulatorHarness();
    ~EmulatorHarness();

    // Starts the emulator with these arguments; false (and why) when it did not come up.
    bool start(const QStringList &arguments = {}, QString *problem = nullptr);
    void stop();

    QUrl baseUrl() const { return m_launcher->baseUrl(); }
    QString token() const { return m_launcher->token(); }
    EmulatorLauncher &launcher() { return *m_launcher; }

    // With the start-up token.
    HttpAnswer call(const QByteArray &method, const QString &pathAndQuery,
                    const QJsonValue &body = QJsonValue(QJsonValue::Undefined));
    // With the given token ("" = no Authorization header) and a raw body.
    HttpAnswer raw(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                   const QString &token, const QByteArray &contentType = "application/json");

    // The newest mail of that kind sent to the address ({} when none).
    QJsonObject lastMail(const QString &to, const QString &kind);

private:
    std::unique_ptr<EmulatorLauncher> m_launcher;
    QNetworkAccessManager m_network;
};
