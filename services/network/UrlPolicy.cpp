#include "services/network/UrlPolicy.h"

#include <QHostAddress>
#include <QUrlQuery>

QString UrlPolicy::check(const QUrl &url)
{
    if (!url.isValid() || url.isRelative())
        return tr("\"%1\" is not a valid address.").arg(url.toString());
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return tr("\"%1\" must start with https://.").arg(url.toString());
    if (url.host().isEmpty())
        return tr("\"%1\" has no host name.").arg(url.toString());
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host()))
        return tr("Plain http:// is only allowed for this computer (localhost); use https:// for "
                  "%1.")
            .arg(url.host());
    return {};
}

bool UrlPolicy::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool UrlPolicy::sameOrigin(const QUrl &first, const QUrl &second)
{
    const auto defaultPort = [](const QUrl &url) {
        return url.port(url.scheme().toLower() == QLatin1String("https") ? 443 : 80);
    };
    return first.scheme().compare(second.scheme(), Qt::CaseInsensitive) == 0 &&
           first.host().compare(second.host(), Qt::CaseInsensitive) == 0 &&
           defaultPort(first) == defaultPort(second);
}

QString UrlPolicy::redacted(const QUrl &url)
{
    QUrl copy = url.adjusted(QUrl::RemoveUserInfo);
    QUrlQuery query(copy);
    const auto items = query.queryItems(QUrl::FullyDecoded);
    QUrlQuery masked;
    for (const auto &[key, value] : items) {
        const QString lower = key.toLower();
        const bool secret = lower.contains(QLatin1String("token")) ||
                            lower.contains(QLatin1String("password")) ||
                            lower.contains(QLatin1String("secret"));
        masked.addQueryItem(key, secret ? QStringLiteral("***") : value);
    }
    copy.setQuery(masked);
    return copy.toString();
}
