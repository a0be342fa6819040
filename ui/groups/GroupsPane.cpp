#include "ui/groups/GroupsPane.h"

#include "controllers/SearchDebouncer.h"
#include "models/GroupListModel.h"
#include "services/session/Session.h"
#include "ui/common/Confirmation.h"
#include "ui/common/EmptyStateOverlay.h"
#include "ui/common/MessageWidget.h"
#include "ui/common/Theme.h"
#include "ui/groups/GroupAvatar.h"
#include "ui/groups/GroupDialog.h"
#include "ui/security/RecordHistoryDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

GroupsPane::GroupsPane(Session *session, QWidget *parent)
    : Pane(session, parent), m_model(new GroupListModel(session->users(), this)),
      m_debouncer(new SearchDebouncer(this))
{
    buildUi();
    connect(m_debouncer, &SearchDebouncer::searchRequested, m_model, &GroupListModel::setQuery);
    connect(m_model, &GroupListModel::errorChanged, this, [this](const QString &message) {
        if (message.isEmpty())
            m_status->clear();
        else if (m_model->isStale()) // a failed refresh: the rows are the earlier answer's
            m_status->showMessage(MessageWidget::Level::Warning,
                                  EmptyStateOverlay::staleText(message, m_model->loadedAt()));
        else
            m_status->showError(tr("Loading failed: %1").arg(message));
    });
    connect(m_model, &GroupListModel::pageLoaded, this, [this] {
        showCount();
        if (!m_pendingSelection.isEmpty()) {
            const int row = m_model->indexOfGroup(m_pendingSelection);
            if (row >= 0) {
                m_pendingSelection.clear();
                m_table->selectRow(row);
            }
        }
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &GroupsPane::showDetails);
    // A group created or deleted here changes the rows without a page being loaded.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &GroupsPane::showCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &GroupsPane::showCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &GroupsPane::showCount);
    connect(session, &Session::organizationChanged, this, [this] {
        m_model->clear(); // the other organization's groups must not stay while these load
        reload();
    });
    // Load once someone is signed in; asking before would only earn a 401.
    m_model->setActive(session->isActive() && !session->userId().isEmpty());
    connect(session, &Session::meChanged, this, [this] { m_model->setActive(true); });
    connect(session, &Session::ended, this, [this] { m_model->setActive(false); });
    connect(session, &Session::readOnlyChanged, this, &GroupsPane::setReadOnly);
    setReadOnly(session->isReadOnly());
}

void GroupsPane::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout();
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search groups by name"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    connect(m_search, &QLineEdit::textEdited, m_debouncer, &SearchDebouncer::setText);
    connect(m_search, &QLineEdit::returnPressed, m_debouncer, &SearchDebouncer::flush);
    bar->addWidget(m_search, 1);
    m_count = new QLabel(this);
    m_count->setStyleSheet(Theme::textStyle(Theme::Color::MutedText));
    bar->addWidget(m_count);
    bar->addStretch(1);
    m_new = new QPushButton(tr("New group…"), this);
    m_edit = new QPushButton(tr("Edit…"), this);
    m_delete = new QPushButton(tr("Delete…"), this);
    connect(m_new, &QPushButton::clicked, this, &GroupsPane::createNew);
    connect(m_edit, &QPushButton::clicked, this, &GroupsPane::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &GroupsPane::deleteSelection);
    bar->addWidget(m_new);
    bar->addWidget(m_edit);
    bar->addWidget(m_delete);
    layout->addLayout(bar);
    m_status = new MessageWidget(MessageWidget::Style::Inline, this);
    layout->addWidget(m_status);

    auto *splitter = new QSplitter(this);
    m_table = new QTableView(splitter);
    m_table->setModel(m_model);
    const QString noGroups =
        tr("No groups yet. Groups share work: tasks go to their members in turn.");
    auto *state =
        new EmptyStateOverlay(m_table, noGroups, tr("New group…"), [this] { createNew(); });
    // After a search that found nothing, "yet" would be wrong.
    connect(m_search, &QLineEdit::textChanged, state, [state, noGroups](const QString &text) {
        state->setText(text.trimmed().isEmpty()
                           ? noGroups
                           : tr("No group matches \"%1\". Change the search or create the group.")
                                 .arg(text.trimmed()));
    });
    state->follow(m_model, [this] { reload(); });
    m_table->setWordWrap(false); // one line per group, dates included
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(34);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setItemDelegateForColumn(GroupListModel::Name, new GroupNameDelegate(m_table));
    m_table->horizontalHeader()->resizeSection(GroupListModel::Name, 260);
    m_table->horizontalHeader()->resizeSection(GroupListModel::Members, 80);
    m_table->horizontalHeader()->resizeSection(GroupListModel::Assignee, 180);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &GroupsPane::showDetails);
    connect(m_table, &QTableView::doubleClicked, this, &GroupsPane::editSelected);

    m_details = new QWidget(splitter);
    auto *details = new QVBoxLayout(m_details);
    auto *head = new QHBoxLayout();
    m_avatar = new GroupAvatarWidget(m_details);
    m_name = new QLabel(m_details);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setWordWrap(true);
    head->addWidget(m_avatar);
    head->addWidget(m_name, 1);
    details->addLayout(head);
    auto addSection = [this, details](const QString &title) {
        auto *heading = new QLabel(QStringLiteral("<b>%1</b>").arg(title), m_details);
        details->addWidget(heading);
        auto *label = new QLabel(m_details);
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        details->addWidget(label);
        return label;
    };
    m_members = addSection(tr("Members"));
    connect(m_members, &QLabel::linkActivated, this, [this](const QString &link) {
        // user:<id>:<email>
        const QStringList parts = link.split(QLatin1Char(':'));
        if (parts.size() >= 2)
            emit userRequested(parts.at(1), parts.mid(2).join(QLatin1Char(':')));
    });
    m_assignee = addSection(tr("Assigned now"));
    m_rotation = addSection(tr("Next in line"));
    m_rotationWarning = new MessageWidget(MessageWidget::Style::Inline, m_details);
    details->addWidget(m_rotationWarning);
    m_assignNext = new QPushButton(tr("Assign next"), m_details);
    m_assignNext->setToolTip(tr("Move the assignment on to the next member in line"));
    connect(m_assignNext, &QPushButton::clicked, this, &GroupsPane::assignNext);
    auto *assignRow = new QHBoxLayout();
    assignRow->addWidget(m_assignNext);
    assignRow->addStretch();
    m_history = new QPushButton(tr("History…"), m_details);
    m_history->setToolTip(tr("What was done to this group, from the audit log"));
    connect(m_history, &QPushButton::clicked, this, [this] {
        if (!selectedGroupId().isEmpty())
            RecordHistoryDialog::showFor(session(), {AuditRecord::Kind::Group, selectedGroupId()},
                                         m_name->text(), this);
    });
    assignRow->addWidget(m_history);
    details->addLayout(assignRow);
    details->addStretch();
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setSizes({700, 500});
    layout->addWidget(splitter, 1);
    showDetails();
}

void GroupsPane::reload()
{
    m_model->reload();
}

void GroupsPane::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void GroupsPane::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    showDetails();
}

QString GroupsPane::selectedGroupId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_model->group(rows.first().row()).id();
}

void GroupsPane::showGroup(const QString &groupId)
{
    const int row = m_model->indexOfGroup(groupId);
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
        return;
    }
    m_pendingSelection = groupId;
    if (!m_search->text().isEmpty()) {
        m_search->clear();
        m_model->setQuery({});
    } else if (m_model->canFetchMore()) {
        m_model->fetchMore();
    }
}

QString GroupsPane::labelOf(const Group &group, const QString &userId) const
{
    for (const User &member : group.members()) {
        if (member.id() == userId && !member.label().isEmpty())
            return member.label();
    }
    return m_model->userLabel(userId);
}

void GroupsPane::showDetails()
{
    const int row = m_model->indexOfGroup(selectedGroupId());
    const bool has = row >= 0;
    m_edit->setEnabled(has && !m_readOnly);
    m_delete->setEnabled(has && !m_readOnly);
    m_new->setEnabled(!m_readOnly);
    m_details->setEnabled(has);
    if (!has) {
        m_name->setText(tr("Select a group"));
        m_avatar->setAvatar({}, {});
        m_members->clear();
        m_assignee->clear();
        m_rotation->clear();
        m_rotationWarning->clear();
        m_assignNext->setEnabled(false);
        return;
    }
    const Group &group = m_model->group(row);
    m_name->setText(group.name());
    m_avatar->setAvatar(group.displayAbbreviation(), group.gradientColors());
    QStringList links;
    for (const User &member : group.members()) {
        QString link = QStringLiteral("<a href=\"user:%1:%2\">%3</a>")
                           .arg(member.id().toHtmlEscaped(), member.email().toHtmlEscaped(),
                                labelOf(group, member.id()).toHtmlEscaped());
        if (member.status() == User::Status::Deactivated)
            link += QStringLiteral(" <span style=\"%1\">%2</span>")
                        .arg(Theme::textStyle(Theme::Color::MutedText),
                             tr("(deactivated)").toHtmlEscaped());
        links << link;
    }
    m_members->setText(links.isEmpty() ? tr("No members yet.") : links.join(QLatin1String(", ")));
    const auto assignee = group.currentAssignee();
    m_assignee->setText(assignee ? labelOf(group, assignee->id()).toHtmlEscaped()
                                 : tr("Nobody yet"));
    QStringList order;
    for (const QString &id : group.rotationOrder())
        order << labelOf(group, id).toHtmlEscaped();
    m_rotation->setText(order.isEmpty() ? tr("Nobody: add members first.")
                                        : order.join(QStringLiteral(" → ")));
    m_assignNext->setEnabled(!m_readOnly && group.memberCount() > 0);
    showRotationWarning(group);
}

void GroupsPane::showRotationWarning(const Group &group)
{
    const QStringList order = group.rotationOrder();
    const QString next = order.isEmpty() ? QString() : order.first();
    for (const User &member : group.members()) {
        if (member.id() == next && member.status() == User::Status::Deactivated) {
            m_rotationWarning->showMessage(
                MessageWidget::Level::Warning,
                tr("%1 is next in line but deactivated: the next task would go to someone who "
                   "cannot work on it. Remove them from the group or move them down the order.")
                    .arg(labelOf(group, next)));
            return;
        }
    }
    m_rotationWarning->clear();
}

void GroupsPane::showCount()
{
    m_count->setText(tr("%n group(s)", nullptr, m_model->rowCount()));
}

bool GroupsPane::hasUnsavedChanges() const
{
    return m_dialog && m_dialog->isVisible() && m_dialog->hasUnsavedChanges();
}

bool GroupsPane::isSaving() const
{
    return m_dialog && m_dialog->isSaving();
}

void GroupsPane::save()
{
    if (!hasUnsavedChanges() && !isSaving()) {
        reportSaved(true);
        return;
    }
    // Exactly one outcome: the open dialog closing saved, or its saveFailed(). A save already
    // running is waited for (the dialog ignores a second save()).
    GroupDialog *dialog = m_dialog;
    auto connections = std::make_shared<QList<QMetaObject::Connection>>();
    auto report = [this, connections](bool saved) {
        for (const QMetaObject::Connection &connection : *connections)
            disconnect(connection);
        reportSaved(saved);
    };
    *connections << connect(dialog, &GroupDialog::accepted, this, [report] { report(true); });
    *connections << connect(dialog, &GroupDialog::saveFailed, this, [report] { report(false); });
    *connections << connect(dialog, &QObject::destroyed, this, [report] { report(false); });
    dialog->save();
}

void GroupsPane::discard()
{
    if (m_dialog)
        m_dialog->reject();
}

void GroupsPane::createNew()
{
    if (m_readOnly)
        return;
    auto *dialog = new GroupDialog(session(), Group(), {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &GroupDialog::saved, this, [this](const Group &group) {
        m_model->upsert(group);
        showGroup(group.id());
    });
    dialog->open();
}

void GroupsPane::editSelected()
{
    const int row = m_model->indexOfGroup(selectedGroupId());
    if (row < 0 || m_readOnly)
        return;
    auto *dialog = new GroupDialog(session(), m_model->group(row), {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    // Someone else's change found while saving (e.g. then "Keep theirs"): shown here at once.
    connect(dialog, &GroupDialog::latestRead, m_model, &GroupListModel::upsert);
    connect(dialog, &GroupDialog::saved, this, [this](const Group &group) {
        // updateGroup may answer without hydrated members; read the group back in full.
        session()->users()->getGroup(
            group.id(), true, this, [this, group](const ApiResult<QJsonObject> &result) {
                const auto full =
                    result.ok() ? Group::fromJson(result.value()) : std::optional<Group>(group);
                m_model->upsert(full ? *full : group);
                showDetails();
            });
    });
    dialog->open();
}

void GroupsPane::deleteSelection()
{
    const int row = m_model->indexOfGroup(selectedGroupId());
    if (row < 0 || m_readOnly)
        return;
    const Group group = m_model->group(row);
    if (!Confirmation::ask(this, tr("Delete group"),
                           tr("Delete the group \"%1\" with its %n member(s)? The people stay; "
                              "only the group is removed. This cannot be undone.",
                              nullptr, group.memberCount())
                               .arg(group.name()),
                           tr("Delete")))
        return;
    session()->users()->deleteGroup(group.id(), this, [this, group](const ApiResult<void> &result) {
        if (!result.ok()) {
            m_status->showError(
                tr("\"%1\" was not deleted: %2").arg(group.name(), result.error().message));
            return;
        }
        m_model->remove(group.id());
        m_status->showPositive(tr("\"%1\" deleted.").arg(group.name()));
        showDetails();
        emit groupDeleted(group.id());
    });
}

void GroupsPane::assignNext()
{
    const QString id = selectedGroupId();
    if (id.isEmpty() || m_readOnly)
        return;
    m_assignNext->setEnabled(false);
    session()->users()->advanceUserAssignment(
        id, this, [this, id](const ApiResult<QJsonObject> &result) {
            m_assignNext->setEnabled(true);
            if (!result.ok()) {
                m_status->showError(tr("Could not assign the next member: %1 %2")
                                        .arg(result.error().message, result.error().serverMessage));
                return;
            }
            if (const auto group = Group::fromJson(result.value())) {
                m_model->upsert(*group);
                showDetails();
                const auto assignee = group->currentAssignee();
                m_status->showInfo(assignee
                                       ? tr("Now assigned: %1").arg(labelOf(*group, assignee->id()))
                                       : QString());
                emit assignmentAdvanced(*group);
            }
        });
}
