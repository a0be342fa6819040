#include "models/AccessTokenListModel.h"

#include "domain/security/PlainText.h"
#include "services/api/AccessTokenService.h"

#include <QLocale>

AccessTokenListModel::AccessTokenListModel(AccessTokenService *service, QObject *parent)
    : ListStateModel(parent), m_service(service)
{
}

QDateTime AccessTokenListModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

void AccessTokenListModel::clear()
{
    ++m_generation;
    if (m_call)
        m_call->cancel();
    beginResetModel();
    m_tokens.clear();
    endResetModel();
    setState(State::Idle);
}

void AccessTokenListModel::reload()
{
    if (m_call)
        m_call->cancel();
    const int generation = ++m_generation;
    setState(State::Loading);
    m_call =
        m_service->listAccessTokens(this, [this, generation](const ApiResult<QJsonArray> &result) {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                if (result.error().isCancelled())
                    return;
                setState(m_tokens.isEmpty() ? State::Failed : State::Stale, result.error().message);
                return;
            }
            QList<AccessToken> tokens = AccessToken::listFromJson(result.value());
            // Newest first, as people look for the one they just made.
            std::stable_sort(tokens.begin(), tokens.end(),
                             [](const AccessToken &a, const AccessToken &b) {
                                 return a.createdAt() > b.createdAt();
                             });
            beginResetModel();
            m_tokens = tokens;
            endResetModel();
            markAnswered();
            setState(State::Loaded);
            emit loaded();
        });
}

void AccessTokenListModel::setAdministratorRoles(const QSet<QString> &roleIds)
{
    m_administratorRoles = roleIds;
    if (!m_tokens.isEmpty())
        emit dataChanged(index(0, Flags), index(rowCount() - 1, Flags));
}

int AccessTokenListModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_tokens.size(); ++row) {
        if (m_tokens.at(row).id() == id)
            return row;
    }
    return -1;
}

AccessToken::Flags AccessTokenListModel::flagsAt(int row) const
{
    return m_tokens.value(row).flags(m_administratorRoles, now());
}

QStringList AccessTokenListModel::flagTexts(AccessToken::Flags flags)
{
    QStringList texts;
    if (flags.testFlag(AccessToken::NoExpiry))
        texts << tr("Never expires");
    if (flags.testFlag(AccessToken::OlderThan90Days))
        texts << tr("Older than 90 days");
    if (flags.testFlag(AccessToken::WriteWithAdminRoles))
        texts << tr("May write with administrator roles");
    return texts;
}

int AccessTokenListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tokens.size());
}

int AccessTokenListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccessTokenListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_tokens.size())
        return {};
    const AccessToken &token = m_tokens.at(index.row());
    if (role == Qt::UserRole)
        return token.id();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Name:
        return PlainText::visible(token.name(), true);
    case Type:
        return token.tokenType();
    case Created:
        return locale.toString(token.createdAt().toLocalTime(), QLocale::ShortFormat);
    case Expires: {
        const QDateTime expiry = token.expiresAt();
        if (!expiry.isValid())
            return tr("never");
        const QString when = locale.toString(expiry.toLocalTime(), QLocale::ShortFormat);
        return token.isExpired(now()) ? tr("expired %1").arg(when) : when;
    }
    case LastUsed:
        return token.lastUsed().isEmpty() ? tr("not yet") : token.lastUsed();
    case Access: {
        QStringList access{token.isReadOnly() ? tr("read-only") : tr("read and write")};
        if (token.isAnonymized())
            access << tr("anonymized");
        return access.join(QStringLiteral(", "));
    }
    case Flags: {
        const QStringList texts = flagTexts(flagsAt(index.row()));
        return role == Qt::ToolTipRole ? texts.join(QLatin1Char('\n'))
                                       : texts.join(QStringLiteral("; "));
    }
    }
    return {};
}

QVariant AccessTokenListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Type:
        return tr("Type");
    case Created:
        return tr("Created");
    case Expires:
        return tr("Expires");
    case LastUsed:
        return tr("Last used");
    case Access:
        return tr("Access");
    case Flags:
        return tr("Review");
    }
    return {};
}
