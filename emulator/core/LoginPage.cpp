#include "emulator/core/LoginPage.h"

#include "emulator/core/DemoIds.h"
#include "emulator/core/EmulatorRouter.h"
#include "emulator/core/EmulatorStore.h"
#include "emulator/core/TokenRegistry.h"

#include <QHostAddress>
#include <QUrlQuery>

namespace {
constexpr int kMaximumCandidates = 6;

QString page(const QString &title, const QString &content)
{
    return QStringLiteral(
               "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%1</title>"
               "<style>body{font-family:sans-serif;max-width:36em;margin:3em auto;color:#1d2b3a}"
               ".code{font-size:2em;letter-spacing:.2em;font-weight:bold;padding:.3em .6em;"
               "background:#eef3f8;display:inline-block;border-radius:6px}"
               "a.button{display:block;margin:.6em 0;padding:.8em 1em;background:#0b5cd5;"
               "color:#fff;text-decoration:none;border-radius:6px}"
               "small{color:#5b6b7c}</style></head><body>%2</body></html>")
        .arg(title.toHtmlEscaped(), content);
}
} // namespace

LoginPage::LoginPage(EmulatorStore &store, TokenRegistry &tokens) : m_store(store), m_tokens(tokens)
{
}

bool LoginPage::isLoopbackCallback(const QUrl &url)
{
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return false;
    if (url.host() == QLatin1String("localhost"))
        return true;
    const QHostAddress address(url.host());
    return !address.isNull() && address.isLoopback();
}

QList<QJsonObject> LoginPage::signInCandidates() const
{
    QList<QJsonObject> candidates;
    const QJsonObject admin = m_store.get(QStringLiteral("users"), kDemoAdminUserId);
    if (!admin.isEmpty())
        candidates.append(admin);
    for (const QJsonObject &user : m_store.all(QStringLiteral("users"))) {
        if (candidates.size() >= kMaximumCandidates)
            break;
        if (user.value(QStringLiteral("id")).toString() == kDemoAdminUserId ||
            user.value(QStringLiteral("status")).toString() != QLatin1String("Active"))
            continue;
        candidates.append(user);
    }
    return candidates;
}

void LoginPage::registerRoutes(EmulatorRouter &router)
{
    router.add(
        "GET", QStringLiteral("/login"), Access::Public, [this](const EmulatorRequest &request) {
            const QUrl callback(request.queryValue(QStringLiteral("cli_callback")));
            if (!isLoopbackCallback(callback))
                return EmulatorResponse::html(
                    400,
                    page(QStringLiteral("Sign-in refused"),
                         QStringLiteral("<h1>Sign-in refused</h1><p>The callback must be a "
                                        "loopback address (127.0.0.1, localhost or ::1).</p>")));
            const QString state = request.queryValue(QStringLiteral("state"));
            const QString code = request.queryValue(QStringLiteral("code"));
            QString buttons;
            for (const QJsonObject &user : signInCandidates()) {
                QUrl target(QStringLiteral("/login/authorize"));
                QUrlQuery query;
                query.addQueryItem(QStringLiteral("cli_callback"),
                                   QString::fromUtf8(QUrl::toPercentEncoding(callback.toString())));
                query.addQueryItem(QStringLiteral("state"),
                                   QString::fromUtf8(QUrl::toPercentEncoding(state)));
                query.addQueryItem(QStringLiteral("user_id"),
                                   user.value(QStringLiteral("id")).toString());
                target.setQuery(query);
                buttons +=
                    QStringLiteral("<a class=\"button\" href=\"%1\">Sign in as %2</a>"
                                   "<small>%3</small>")
                        .arg(target.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                             user.value(QStringLiteral("display_name")).toString().toHtmlEscaped(),
                             user.value(QStringLiteral("email")).toString().toHtmlEscaped());
            }
            const QString content =
                QStringLiteral("<h1>epilot emulator sign-in</h1>"
                               "<p>Check that the application shows this verification code:</p>"
                               "<p class=\"code\" id=\"code\">%1</p>%2")
                    .arg(code.toHtmlEscaped(), buttons);
            return EmulatorResponse::html(200,
                                          page(QStringLiteral("epilot emulator sign-in"), content));
        });

    router.add(
        "GET", QStringLiteral("/login/authorize"), Access::Public,
        [this](const EmulatorRequest &request) {
            QUrl callback(request.queryValue(QStringLiteral("cli_callback")));
            if (!isLoopbackCallback(callback))
                return EmulatorResponse::error(
                    400, QStringLiteral("cli_callback must be a loopback URL"));
            const QString userId = request.queryValue(QStringLiteral("user_id"));
            const QJsonObject user = m_store.get(QStringLiteral("users"), userId);
            if (user.isEmpty())
                return EmulatorResponse::error(404, QStringLiteral("Unknown user %1").arg(userId));
            const QString organizationId =
                user.value(QStringLiteral("organization_id")).toString(kDemoOrganizationId);
            const QString token = m_tokens.issue(userId, organizationId);
            QUrlQuery query(callback);
            const auto add = [&query](const QString &name, const QString &value) {
                query.addQueryItem(name, QString::fromUtf8(QUrl::toPercentEncoding(value)));
            };
            add(QStringLiteral("token"), token);
            add(QStringLiteral("state"), request.queryValue(QStringLiteral("state")));
            add(QStringLiteral("org_id"), organizationId);
            add(QStringLiteral("user_id"), userId);
            add(QStringLiteral("name"), user.value(QStringLiteral("display_name")).toString());
            callback.setQuery(query);
            return EmulatorResponse::redirect(callback.toString(QUrl::FullyEncoded).toUtf8());
        });
}
