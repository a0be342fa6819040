#include "tests/e2e/EmulatorHarness.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTimer>

#ifdef EPILOT_EMULATOR_PATH
static const char *const kEmulatorPath = EPILOT_EMULATOR_PATH;
#else
static const char *const kEmulatorPath = "";
#endif

QJsonValue HttpAnswer::json() const
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (document.isArray())
        return document.array();
    return document.object();
}

bool HttpAnswer::isJson() const
{
    QJsonParseError error;
    QJsonDocument::fromJson(body, &error);
    return error.error == QJsonParseError::NoError;
}

EmulatorHarness::EmulatorHarness() : m_launcher(std::make_unique<EmulatorLauncher>())
{
    if (*kEmulatorPath)
        m_launcher->setProgram(QString::fromLocal8Bit(kEmulatorPath));
}

EmulatorHarness::~EmulatorHarness() = default;

bool EmulatorHarness::start(const QStringList &arguments, QString *problem)
{
    QSignalSpy started(m_launcher.get(), &EmulatorLauncher::started);
    QSignalSpy failed(m_launcher.get(), &EmulatorLauncher::failed);
    m_launcher->start(arguments);
    QElapsedTimer clock;
    clock.start();
    while (started.isEmpty() && failed.isEmpty() && clock.elapsed() < 30000)
        started.wait(100);
    if (!started.isEmpty())
        return true;
    if (problem)
        *problem =
            failed.isEmpty() ? QStringLiteral("no answer") : failed.first().first().toString();
    return false;
}

void EmulatorHarness::stop()
{
    m_launcher->stop();
}

HttpAnswer EmulatorHarness::call(const QByteArray &method, const QString &pathAndQuery,
                                 const QJsonValue &body)
{
    QByteArray payload;
    if (body.isObject())
        payload = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    else if (body.isArray())
        payload = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    else if (!body.isUndefined())
        payload = QJsonDocument(QJsonArray{body}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    return raw(method, pathAndQuery, payload, token());
}

HttpAnswer EmulatorHarness::raw(const QByteArray &method, const QString &pathAndQuery,
                                const QByteArray &body, const QString &token,
                                const QByteArray &contentType)
{
    QNetworkRequest request(QUrl(baseUrl().toString() + pathAndQuery));
    request.setTransferTimeout(20000);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpAnswer answer;
    answer.elapsedMs = clock.elapsed();
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.error = reply->error();
    answer.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        answer.headers.insert(pair.first.toLower(), pair.second);
    reply->deleteLater();
    return answer;
}

QJsonObject EmulatorHarness::lastMail(const QString &to, const QString &kind)
{
    const HttpAnswer answer = raw("GET",
                                  QStringLiteral("/emulator/outbox?to=") +
                                      QString::fromLatin1(QUrl::toPercentEncoding(to)),
                                  {}, {});
    QJsonObject found;
    for (const QJsonValue &mail : answer.object().value(QStringLiteral("mails")).toArray()) {
        if (mail.toObject().value(QStringLiteral("kind")).toString() == kind)
            found = mail.toObject();
    }
    return found;
}
