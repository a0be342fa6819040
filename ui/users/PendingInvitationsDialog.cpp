#include "ui/users/PendingInvitationsDialog.h"

#include "models/UserListModel.h"
#include "models/UserMemberships.h"
#include "services/session/Session.h"
#include "ui/common/Confirmation.h"
#include "ui/common/EmptyStateOverlay.h"
#include "ui/users/InviteDialog.h"
#include "ui/users/UserDelegates.h"

#include <QAction>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// The list as the dialog shows it: the Created column says how long the invitation waits.
class InvitationAgeModel : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (index.column() == UserListModel::Created &&
            (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)) {
            const qint64 created =
                QIdentityProxyModel::data(index, UserListModel::SortRole).toLongLong();
            return created > 0 ? PendingInvitationsDialog::ageText(
                                     created, QDateTime::currentMSecsSinceEpoch())
                               : QString();
        }
        if (index.column() == UserListModel::Created && role == Qt::ToolTipRole)
            return QIdentityProxyModel::data(index, Qt::DisplayRole); // the date itself
        return QIdentityProxyModel::data(index, role);
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (section == UserListModel::Created && orientation == Qt::Horizontal &&
            role == Qt::DisplayRole)
            return PendingInvitationsDialog::tr("Waiting for");
        return QIdentityProxyModel::headerData(section, orientation, role);
    }
};

} // namespace

QString PendingInvitationsDialog::ageText(qint64 sinceMs, qint64 nowMs)
{
    const qint64 days = qMax<qint64>(0, (nowMs - sinceMs) / (24 * 60 * 60 * 1000));
    if (days == 0)
        return tr("less than a day");
    if (days == 1)
        return tr("1 day");
    if (days < 60)
        return tr("%1 days").arg(days);
    if (days < 2 * 365)
        return tr("%1 months").arg(days / 30);
    return tr("%1 years").arg(days / 365);
}

PendingInvitationsDialog::PendingInvitationsDialog(Session *session, QWidget *parent)
    : QDialog(parent), m_session(session), m_model(new UserListModel(session->users(), this)),
      m_memberships(new UserMemberships(session->users(), this))
{
    setWindowTitle(tr("Pending invitations"));
    resize(860, 480);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("People who were invited and have not accepted yet."), this);
    layout->addWidget(intro);
    m_table = new QTableView(this);
    auto *shown = new InvitationAgeModel(this);
    shown->setSourceModel(m_model);
    m_model->setMemberships(m_memberships);
    m_table->setModel(shown);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false); // an address on one line, whole
    m_table->setItemDelegateForColumn(UserListModel::Avatar, new AvatarDelegate(m_table));
    // Who, since when, with which roles; the rest is on the Users page.
    for (int column : {UserListModel::Status, UserListModel::Department, UserListModel::Phone,
                       UserListModel::Activated, UserListModel::Mfa, UserListModel::Passkeys,
                       UserListModel::Groups})
        m_table->hideColumn(column);
    QHeaderView *header = m_table->horizontalHeader();
    header->moveSection(header->visualIndex(UserListModel::Roles),
                        header->visualIndex(UserListModel::Created));
    header->resizeSection(UserListModel::Avatar, 36);
    header->resizeSection(UserListModel::Name, 130);
    header->setSectionResizeMode(UserListModel::Email, QHeaderView::ResizeToContents);
    header->resizeSection(UserListModel::Roles, 110);
    header->setStretchLastSection(true);
    auto *state = new EmptyStateOverlay(
        m_table, tr("No pending invitations. Invite people on the Users page (Ctrl+N)."));
    state->follow(m_model);
    // F5 reads the list again; the invitations shown stay until the answer replaces them.
    auto *reload = new QAction(tr("Reload"), this);
    reload->setShortcut(QKeySequence::Refresh);
    connect(reload, &QAction::triggered, m_model, &UserListModel::reload);
    addAction(reload);
    layout->addWidget(m_table, 1);
    m_report = new QLabel(this);
    m_report->setWordWrap(true);
    m_report->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_report);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_resend = buttons->addButton(tr("Resend invitation"), QDialogButtonBox::ActionRole);
    m_revoke = buttons->addButton(tr("Revoke…"), QDialogButtonBox::ActionRole);
    connect(m_resend, &QPushButton::clicked, this,
            [this] { run(UserBatchAction::Kind::ResendInvitation); });
    connect(m_revoke, &QPushButton::clicked, this, [this] { run(UserBatchAction::Kind::Delete); });
    QPushButton *reloadButton = buttons->addButton(tr("Reload"), QDialogButtonBox::ResetRole);
    reloadButton->setToolTip(tr("Read the list again (F5)"));
    connect(reloadButton, &QPushButton::clicked, m_model, &UserListModel::reload);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PendingInvitationsDialog::updateButtons);
    m_model->setStatusFilter(UserListModel::StatusFilter::Pending);
    m_memberships->load({}, {});
    updateButtons();
}

void PendingInvitationsDialog::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateButtons();
}

QList<UserBatchAction::Person> PendingInvitationsDialog::selectedPeople() const
{
    QList<UserBatchAction::Person> people;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        const UserRow &row = m_model->row(index.row());
        people << UserBatchAction::Person{row.id, row.name.isEmpty() ? row.email : row.name,
                                          row.email};
    }
    return people;
}

void PendingInvitationsDialog::updateButtons()
{
    const bool any = m_table->selectionModel()->hasSelection();
    m_resend->setEnabled(any && !m_readOnly);
    m_revoke->setEnabled(any && !m_readOnly);
}

void PendingInvitationsDialog::run(UserBatchAction::Kind kind)
{
    const QList<UserBatchAction::Person> people = selectedPeople();
    if (people.isEmpty() || m_readOnly)
        return;
    QStringList names;
    for (const auto &person : people)
        names << person.email;
    if (kind == UserBatchAction::Kind::Delete &&
        !Confirmation::ask(this, tr("Revoke invitations"),
                           tr("Revoke the invitation of %1? The link in their e-mail stops "
                              "working.")
                               .arg(names.join(QLatin1String(", "))),
                           tr("Revoke")))
        return;
    auto *batch = new UserBatchAction(m_session->users(), kind, people, this);
    batch->setLanguage(InviteDialog::defaultLanguage());
    m_report->setText(tr("Working…"));
    connect(batch, &UserBatchAction::finished, this, [this, batch, kind] {
        QStringList lines;
        for (const auto &result : batch->results()) {
            lines << QStringLiteral("%1: %2").arg(
                result.person.email,
                result.ok ? (kind == UserBatchAction::Kind::Delete ? tr("revoked")
                                                                   : tr("invitation sent again"))
                          : tr("failed – %1").arg(result.message));
            if (result.ok && kind == UserBatchAction::Kind::Delete)
                m_model->markDeleted(result.person.id);
        }
        m_report->setText(lines.join(QLatin1Char('\n')));
        batch->deleteLater();
        emit changed();
    });
    batch->start();
}
