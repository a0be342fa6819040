#include "tests/support/E2eEnvironment.h"

#include "services/session/EnvironmentOverrides.h"
#include "services/session/Profile.h"

#include <QEventLoop>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace {

constexpr int requestTimeoutMs = 30000;

QString environment(const char *name)
{
    return qEnvironmentVariable(name).trimmed();
}

} // namespace

E2eEnvironment::E2eEnvironment() = default;
E2eEnvironment::~E2eEnvironment() = default;

bool E2eEnvironment::start(QString *error, const QStringList &extraEmulatorArguments)
{
    const QString user = environment("EPILOT_USER_API_URL");
    const QString organization = environment("EPILOT_ORGANIZATION_API_URL");
    const QString partners = environment("EPILOT_PARTNER_DIRECTORY_API_URL");
    const QString token = environment("EPILOT_TOKEN");
    if (!user.isEmpty() && !organization.isEmpty() && !partners.isEmpty() && !token.isEmpty()) {
        // epilot's own servers for every API whose EPILOT_*_API_URL is not set.
        m_endpoints = EnvironmentOverrides::fromEnvironment()
                          .applyTo(Profile::withDefaults(QStringLiteral("e2e")))
                          .endpoints;
        m_token = token;
        return true;
    }

    m_launcher = std::make_unique<EmulatorLauncher>();
#ifdef EPILOT_EMULATOR_PATH
    if (qEnvironmentVariableIsEmpty("EPILOT_EMULATOR_PATH"))
        m_launcher->setProgram(QStringLiteral(EPILOT_EMULATOR_PATH));
#endif
    QEventLoop loop;
    bool started = false;
    QObject::connect(m_launcher.get(), &EmulatorLauncher::started, &loop, [&] {
        started = true;
        loop.quit();
    });
    QObject::connect(m_launcher.get(), &EmulatorLauncher::failed, &loop,
                     [&](const QString &message) {
                         if (error)
                             *error = message;
                         loop.quit();
                     });
    m_launcher->start(QStringList{QStringLiteral("--seed"), QStringLiteral("demo")} +
                      extraEmulatorArguments);
    loop.exec();
    if (!started)
        return false;
    m_endpoints = ApiEndpoints::singleServer(m_launcher->baseUrl());
    m_token = m_launcher->token();
    return true;
}

QUrl E2eEnvironment::portalUrl() const
{
    if (isEmulator())
        return m_launcher->baseUrl();
    const QString portal = environment("EPILOT_PORTAL_URL");
    return portal.isEmpty() ? Profile::defaultPortal() : QUrl(portal);
}

QJsonArray E2eEnvironment::outbox() const
{
    if (!isEmulator())
        return {};
    const QJsonDocument answer = emulatorRequest("GET", QStringLiteral("/emulator/outbox"));
    if (answer.isArray())
        return answer.array();
    // Tolerate an envelope such as {"messages": [...]}.
    for (const QJsonValue &value : answer.object()) {
        if (value.isArray())
            return value.toArray();
    }
    return {};
}

QJsonDocument E2eEnvironment::emulatorRequest(const QByteArray &method, const QString &path,
                                              const QJsonDocument &body, int *status) const
{
    if (!isEmulator())
        return {};
    QNetworkAccessManager network;
    QUrl url = m_launcher->baseUrl();
    const qsizetype queryStart = path.indexOf(QLatin1Char('?'));
    url.setPath(queryStart < 0 ? path : path.left(queryStart));
    if (queryStart >= 0)
        url.setQuery(path.mid(queryStart + 1));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *reply = network.sendCustomRequest(
        request, method, body.isNull() ? QByteArray() : body.toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(requestTimeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonDocument answer = QJsonDocument::fromJson(reply->readAll());
    reply->deleteLater();
    return answer;
}
