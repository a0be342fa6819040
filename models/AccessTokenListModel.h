#pragma once

#include "domain/security/AccessToken.h"
#include "models/ListStateModel.h"

#include <QPointer>
#include <QSet>

class AccessTokenService;
class ApiCall;

// The organization's API tokens (listAccessTokens answers them all at once): name, type,
// created, expiry, last use, read-only, and the flags a reviewer should look at (no expiry,
// older than 90 days, a write token with an administrator role). The token itself is never
// here: the server does not list it.
class AccessTokenListModel : public ListStateModel
{
    Q_OBJECT
public:
    enum Column { Name, Type, Created, Expires, LastUsed, Access, Flags, ColumnCount };

    explicit AccessTokenListModel(AccessTokenService *service, QObject *parent = nullptr);

    void reload();
    void clear();
    // Role ids that allow everything; a write token carrying one is flagged.
    void setAdministratorRoles(const QSet<QString> &roleIds);
    // For "expires" and the 90-day flag; the clock by default.
    void setNow(const QDateTime &now) { m_now = now; }

    const QList<AccessToken> &tokens() const { return m_tokens; }
    AccessToken tokenAt(int row) const { return m_tokens.value(row); }
    int rowOf(const QString &id) const;
    AccessToken::Flags flagsAt(int row) const;
    // The flags said in words, one per line.
    static QStringList flagTexts(AccessToken::Flags flags);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void loaded();

private:
    QDateTime now() const;

    AccessTokenService *m_service;
    QList<AccessToken> m_tokens;
    QSet<QString> m_administratorRoles;
    QDateTime m_now;
    QPointer<ApiCall> m_call;
    int m_generation = 0;
};
