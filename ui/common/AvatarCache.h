#pragma once

#include <QHash>
#include <QIcon>
#include <QObject>
#include <QSet>

class QNetworkAccessManager;

// Avatars for lists: a generated one (initials on a colour from the name) at once, the real
// thumbnail once loaded. Loaded images are cached per URL; failures are remembered so a broken
// URL is tried once. Image hosts get no token: these are plain, anonymous GETs.
class AvatarCache : public QObject
{
    Q_OBJECT
public:
    explicit AvatarCache(QNetworkAccessManager *network, QObject *parent = nullptr);

    QIcon avatar(const QString &url, const QString &name);
    static QIcon generated(const QString &name, const QString &type = {});

signals:
    void loaded(const QString &url);

private:
    void load(const QString &url);

    QNetworkAccessManager *m_network;
    QHash<QString, QIcon> m_loaded;
    QSet<QString> m_requested;
};
