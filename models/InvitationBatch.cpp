#include "models/InvitationBatch.h"

#include "domain/users/InvitationCsv.h"
#include "domain/users/User.h"
#include "services/api/UserService.h"

#include <QRegularExpression>

InvitationBatch::InvitationBatch(UserService *service, QObject *parent)
    : QAbstractTableModel(parent), m_service(service)
{
}

QStringList InvitationBatch::splitAddresses(const QString &text)
{
    static const QRegularExpression angle(QStringLiteral("<([^<>]+)>"));
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    QStringList addresses;
    for (const QString &line :
         text.split(QRegularExpression(QStringLiteral("[\\r\\n;,]+")), Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch match = angle.match(line);
        if (match.hasMatch()) {
            addresses << match.captured(1).trimmed();
            continue;
        }
        // "a@x.de b@y.de" is two addresses; "not an address" is one bad entry, shown as such.
        const QStringList words = line.split(separators, Qt::SkipEmptyParts);
        const bool allAddresses = std::all_of(words.begin(), words.end(), [](const QString &word) {
            return word.contains(QLatin1Char('@'));
        });
        if (allAddresses)
            addresses << words;
        else if (!line.trimmed().isEmpty())
            addresses << line.trimmed();
    }
    return addresses;
}

QStringList InvitationBatch::addressesFromCsv(const QByteArray &csv)
{
    return InvitationCsv::parse(csv).addresses;
}

bool InvitationBatch::isValidAddress(const QString &address)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                       "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,}$"));
    return pattern.match(address).hasMatch();
}

void InvitationBatch::setAddresses(const QStringList &addresses)
{
    cancel();
    beginResetModel();
    m_entries.clear();
    QSet<QString> seen;
    for (const QString &raw : addresses) {
        Entry entry;
        entry.address = raw.trimmed();
        if (entry.address.isEmpty())
            continue;
        const QString key = entry.address.toLower();
        if (!isValidAddress(entry.address)) {
            entry.outcome = Outcome::Invalid;
            entry.detail = tr("Not an e-mail address.");
        } else if (seen.contains(key)) {
            entry.outcome = Outcome::Duplicate;
            entry.detail = tr("Listed more than once; invited once.");
        }
        if (const auto row = m_rowRoles.constFind(key); row != m_rowRoles.constEnd()) {
            entry.roles = row->roleIds;
            // An unknown role is never dropped without a word: the row is not sent.
            if (entry.outcome == Outcome::Waiting && !row->unknown.isEmpty()) {
                entry.outcome = Outcome::UnknownRole;
                entry.detail =
                    tr("Line %1 of the file: no role named %2 in this organization; not sent.")
                        .arg(row->line)
                        .arg(QStringLiteral("\"") + row->unknown.join(QStringLiteral("\", \"")) +
                             QStringLiteral("\""));
            }
        }
        seen.insert(key);
        m_entries << entry;
    }
    endResetModel();
}

void InvitationBatch::setRoles(const QStringList &roles)
{
    m_roles = roles;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, Roles), index(rowCount() - 1, Roles));
}

QStringList InvitationBatch::rolesOf(const Entry &entry) const
{
    QStringList roles = m_roles;
    for (const QString &id : entry.roles) {
        if (!roles.contains(id))
            roles << id;
    }
    return roles;
}

int InvitationBatch::count(Outcome outcome) const
{
    return int(std::count_if(m_entries.begin(), m_entries.end(),
                             [outcome](const Entry &entry) { return entry.outcome == outcome; }));
}

int InvitationBatch::sendable() const
{
    return count(Outcome::Waiting) + count(Outcome::Failed);
}

int InvitationBatch::finishedCount() const
{
    return m_done;
}

void InvitationBatch::check()
{
    if (m_running)
        return;
    m_running = true;
    m_inviting = false;
    m_total = count(Outcome::Waiting);
    m_done = 0;
    m_cursor = 0;
    next();
}

void InvitationBatch::run()
{
    if (m_running)
        return;
    m_running = true;
    m_inviting = true;
    m_total = count(Outcome::Waiting);
    m_done = 0;
    m_cursor = 0;
    emit progress(0, m_total);
    next();
}

void InvitationBatch::retryFailed()
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).outcome == Outcome::Failed)
            setOutcome(row, Outcome::Waiting);
    }
    run();
}

void InvitationBatch::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    if (m_call)
        m_call->cancel();
    for (int row = 0; row < m_entries.size(); ++row) {
        const Outcome outcome = m_entries.at(row).outcome;
        if (outcome == Outcome::Checking || outcome == Outcome::Sending)
            setOutcome(row, Outcome::Waiting);
    }
    emit finished();
}

void InvitationBatch::next()
{
    if (!m_running)
        return;
    for (int row = m_cursor; row < m_entries.size(); ++row) {
        if (m_entries.at(row).outcome == Outcome::Waiting) {
            m_cursor = row + 1;
            checkEntry(row, m_inviting);
            return;
        }
    }
    m_running = false;
    if (m_inviting)
        emit finished();
    else
        emit checked();
}

void InvitationBatch::checkEntry(int row, bool thenInvite)
{
    setOutcome(row, Outcome::Checking);
    const QString address = m_entries.at(row).address;
    // The search is a substring match; only an exact address counts as an existing user.
    m_call = m_service->listUsersV2(
        address, 20, 0, this,
        [this, row, address, thenInvite](const ApiResult<QJsonArray> &result) {
            if (!m_running || row >= m_entries.size() || m_entries.at(row).address != address)
                return;
            if (!result.ok()) {
                setOutcome(row, Outcome::Failed, result.error().message);
                ++m_done;
                emit progress(m_done, m_total);
                return next();
            }
            for (const QJsonValue &value : result.value()) {
                const auto user = User::fromJson(value.toObject());
                if (user && user->email().compare(address, Qt::CaseInsensitive) == 0) {
                    m_entries[row].userId = user->id();
                    setOutcome(row, Outcome::AlreadyUser,
                               tr("%1 (%2)").arg(user->label(), user->statusText()));
                    ++m_done;
                    emit progress(m_done, m_total);
                    return next();
                }
            }
            if (thenInvite)
                return invite(row);
            // Checked and free: it stays waiting for the invitation, and says so.
            m_entries[row].outcome = Outcome::Waiting;
            m_entries[row].detail = tr("Not a user yet: ready to invite.");
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            ++m_done;
            emit progress(m_done, m_total);
            next();
        });
}

void InvitationBatch::invite(int row)
{
    setOutcome(row, Outcome::Sending);
    const QString address = m_entries.at(row).address;
    m_call = m_service->inviteUser(
        address, m_language, rolesOf(m_entries.at(row)), this,
        [this, row, address](const ApiResult<QJsonObject> &result) {
            if (!m_running || row >= m_entries.size() || m_entries.at(row).address != address)
                return;
            if (result.ok()) {
                if (const auto user = User::fromJson(result.value()))
                    m_entries[row].userId = user->id();
                setOutcome(row, Outcome::Invited, tr("Invitation sent (%1).").arg(m_language));
            } else {
                const ApiError &error = result.error();
                const QString reason =
                    error.serverMessage.isEmpty() ? error.message : error.serverMessage;
                setOutcome(row, Outcome::Failed, reason);
            }
            ++m_done;
            emit progress(m_done, m_total);
            next();
        });
}

void InvitationBatch::setOutcome(int row, Outcome outcome, const QString &detail)
{
    m_entries[row].outcome = outcome;
    m_entries[row].detail = detail;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int InvitationBatch::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int InvitationBatch::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString InvitationBatch::outcomeText(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Waiting:
        return tr("To invite");
    case Outcome::Checking:
        return tr("Checking…");
    case Outcome::Sending:
        return tr("Sending…");
    case Outcome::Invited:
        return tr("Invited");
    case Outcome::AlreadyUser:
        return tr("Already a user");
    case Outcome::Invalid:
        return tr("Invalid address");
    case Outcome::Duplicate:
        return tr("Duplicate");
    case Outcome::Failed:
        return tr("Failed");
    case Outcome::UnknownRole:
        return tr("Unknown role");
    }
    return {};
}

QVariant InvitationBatch::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &entry = m_entries.at(index.row());
    if (role == OutcomeRole)
        return int(entry.outcome);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Address:
        return entry.address;
    case Roles: {
        QStringList names;
        for (const QString &id : rolesOf(entry))
            names << (m_namer ? m_namer(id) : id);
        if (entry.outcome == Outcome::UnknownRole)
            names << tr("unknown: %1")
                         .arg(m_rowRoles.value(entry.address.toLower())
                                  .unknown.join(QStringLiteral(", ")));
        return names.isEmpty() ? tr("none (root role only)") : names.join(QStringLiteral(", "));
    }
    case Result:
        return outcomeText(entry.outcome);
    case Detail:
        return entry.detail;
    default:
        return {};
    }
}

QVariant InvitationBatch::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Address:
        return tr("Address");
    case Roles:
        return tr("Roles");
    case Result:
        return tr("Result");
    case Detail:
        return tr("Details");
    default:
        return {};
    }
}
