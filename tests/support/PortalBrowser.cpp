#include "tests/support/PortalBrowser.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>

namespace {

constexpr int timeoutMs = 15000;

struct Page
{
    int status = 0;
    QByteArray body;
    QUrl location;
};

// One GET; redirects are not followed so the caller sees where the portal sends the browser.
Page get(QNetworkAccessManager &network, const QUrl &url)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Page page{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
              url.resolved(reply->header(QNetworkRequest::LocationHeader).toUrl())};
    reply->deleteLater();
    return page;
}

QString failure(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return {};
}

} // namespace

QString PortalBrowser::signIn(const QUrl &loginUrl, const QString &verificationCode, QString *error)
{
    QNetworkAccessManager network;
    const Page login = get(network, loginUrl);
    if (login.status != 200)
        return failure(error, QStringLiteral("login page answered %1").arg(login.status));
    if (verificationCode.isEmpty() || !login.body.contains(verificationCode.toUtf8()))
        return failure(error, QStringLiteral("the login page does not show the code"));
    const auto link = QRegularExpression(QStringLiteral("href=\"(/login/authorize[^\"]+)\""))
                          .match(QString::fromUtf8(login.body));
    if (!link.hasMatch())
        return failure(error, QStringLiteral("no \"Sign in as\" link on the login page"));
    QString target = link.captured(1);
    target.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    const Page authorized = get(network, loginUrl.resolved(QUrl(target, QUrl::StrictMode)));
    if (authorized.status != 302)
        return failure(error, QStringLiteral("authorize answered %1").arg(authorized.status));
    const QString token =
        QUrlQuery(authorized.location).queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
    const Page callback = get(network, authorized.location);
    if (callback.status != 200)
        return failure(
            error, QStringLiteral("the application's callback answered %1").arg(callback.status));
    return token;
}
