#include "ui/common/AvatarCache.h"

#include "services/network/UrlPolicy.h"
#include "ui/common/Theme.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPainter>
#include <QPixmap>

AvatarCache::AvatarCache(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network)
{
}

QIcon AvatarCache::avatar(const QString &url, const QString &name)
{
    if (!url.isEmpty()) {
        const auto found = m_loaded.constFind(url);
        if (found != m_loaded.constEnd())
            return *found;
        load(url);
    }
    return generated(name);
}

QIcon AvatarCache::generated(const QString &name, const QString &type)
{
    static QHash<QString, QIcon> cache;
    const QString key = type + QLatin1Char('|') + name;
    if (cache.contains(key))
        return cache.value(key);
    QString initials;
    for (const QString &part : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (initials.size() < 2 && part.at(0).isLetterOrNumber())
            initials += part.at(0).toUpper();
    }
    if (initials.isEmpty())
        initials = QStringLiteral("?");
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor::fromHsv(int(qHash(name) % 360), 110, 185));
    painter.drawEllipse(QRectF(1, 1, 30, 30));
    QFont font = painter.font();
    font.setPixelSize(13);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Theme::color(Theme::Color::TextOnCategory));
    painter.drawText(QRectF(0, 0, 32, 32), Qt::AlignCenter, initials);
    painter.end();
    const QIcon icon(pixmap);
    cache.insert(key, icon);
    return icon;
}

void AvatarCache::load(const QString &url)
{
    if (m_requested.contains(url))
        return;
    m_requested.insert(url);
    const QUrl address(url);
    if (!UrlPolicy::check(address).isEmpty())
        return; // plain http to a remote host etc.: keep the generated avatar
    QNetworkRequest request(address);
    request.setTransferTimeout(10000);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, url] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError)
            return;
        QPixmap pixmap;
        if (!pixmap.loadFromData(reply->read(512 * 1024)))
            return;
        m_loaded.insert(
            url, QIcon(pixmap.scaled(32, 32, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        emit loaded(url);
    });
}
