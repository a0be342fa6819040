#include "ui/groups/GroupMemberEditor.h"

#include "controllers/SearchDebouncer.h"
#include "models/RecordListModel.h"
#include "services/api/UserService.h"
#include "ui/common/EmptyStateOverlay.h"
#include "ui/common/Theme.h"

#include <QCheckBox>
#include <QDrag>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kLabelRole = Qt::UserRole + 2;
} // namespace

// ---- GroupMemberList ----------------------------------------------------------------------------

GroupMemberList::GroupMemberList(QWidget *parent) : QListWidget(parent)
{
    setSelectionMode(QAbstractItemView::SingleSelection);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
}

QString GroupMemberList::mimeType()
{
    return QStringLiteral("application/x-epilot-group-member-ids");
}

QStringList GroupMemberList::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *GroupMemberList::mimeData(const QList<QListWidgetItem *> &items) const
{
    QStringList ids;
    for (const QListWidgetItem *item : items)
        ids << item->data(kIdRole).toString();
    auto *data = new QMimeData;
    data->setData(mimeType(), ids.join(QLatin1Char('\n')).toUtf8());
    return data;
}

void GroupMemberList::startDrag(Qt::DropActions)
{
    // The drop moves the members itself; the base class would also remove the dragged items
    // after a move, so the drag is started here and its result needs nothing more.
    const QList<QListWidgetItem *> items = selectedItems();
    if (items.isEmpty())
        return;
    auto *drag = new QDrag(this);
    drag->setMimeData(mimeData(items));
    drag->exec(Qt::MoveAction);
}

void GroupMemberList::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(mimeType()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void GroupMemberList::dragMoveEvent(QDragMoveEvent *event)
{
    QListWidget::dragMoveEvent(event); // draws the drop indicator
    if (event->mimeData()->hasFormat(mimeType())) {
        event->setDropAction(Qt::MoveAction);
        event->accept();
    } else {
        event->ignore();
    }
}

void GroupMemberList::dropEvent(QDropEvent *event)
{
    if (!event->mimeData()->hasFormat(mimeType())) {
        event->ignore();
        return;
    }
    const QStringList ids =
        QString::fromUtf8(event->mimeData()->data(mimeType())).split(QLatin1Char('\n'));
    const QPoint position = event->position().toPoint();
    const QListWidgetItem *target = itemAt(position);
    int row = count();
    if (target)
        row = this->row(target) + (position.y() > visualItemRect(target).center().y() ? 1 : 0);
    event->setDropAction(Qt::MoveAction);
    event->accept();
    stopAutoScroll();
    setState(NoState);
    viewport()->update();
    emit moveRequested(ids, row);
}

void GroupMemberList::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() == Qt::ControlModifier &&
        (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)) {
        emit moveSelectedBy(event->key() == Qt::Key_Up ? -1 : 1);
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Delete && event->modifiers() == Qt::NoModifier) {
        emit removeSelected();
        event->accept();
        return;
    }
    QListWidget::keyPressEvent(event);
}

// ---- GroupMemberEditor --------------------------------------------------------------------------

GroupMemberEditor::GroupMemberEditor(UserService *service, QWidget *parent)
    : QWidget(parent), m_service(service), m_debouncer(new SearchDebouncer(this)),
      m_server(new RecordListModel({tr("Member")}, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createListRow(), 1);
    m_state = new EmptyStateOverlay(m_list, tr("No members yet: add people below."));
    m_state->follow(m_server, [this] { emit reloadRequested(); });
    auto *hint = new QLabel(tr("Tasks go to the members from top to bottom. Drag a person, or "
                               "select them and use Move up / Move down (Ctrl+Up / Ctrl+Down), "
                               "to change the order."),
                            this);
    hint->setWordWrap(true);
    hint->setStyleSheet(Theme::textStyle(Theme::Color::MutedText));
    layout->addWidget(hint);
    layout->addWidget(createSearch());
    updateButtons();
}

QWidget *GroupMemberEditor::createListRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list = new GroupMemberList(row);
    m_list->setAccessibleName(tr("Members in assignment order"));
    connect(m_list, &GroupMemberList::moveRequested, this, &GroupMemberEditor::moveMembers);
    connect(m_list, &GroupMemberList::moveSelectedBy, this, &GroupMemberEditor::moveSelectedBy);
    connect(m_list, &GroupMemberList::removeSelected, this, [this] { remove(selectedId()); });
    connect(m_list, &QListWidget::itemSelectionChanged, this, &GroupMemberEditor::updateButtons);
    auto *buttons = new QVBoxLayout;
    m_up = new QPushButton(tr("Move up"), row);
    m_up->setToolTip(tr("Earlier in the assignment order (Ctrl+Up)"));
    m_down = new QPushButton(tr("Move down"), row);
    m_down->setToolTip(tr("Later in the assignment order (Ctrl+Down)"));
    m_remove = new QPushButton(tr("Remove"), row);
    m_remove->setToolTip(tr("Remove the selected person from the group (Delete)"));
    connect(m_up, &QPushButton::clicked, this, [this] { moveSelectedBy(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelectedBy(1); });
    connect(m_remove, &QPushButton::clicked, this, [this] { remove(selectedId()); });
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    return row;
}

QWidget *GroupMemberEditor::createSearch()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *searchRow = new QHBoxLayout;
    m_search = new QLineEdit(box);
    m_search->setPlaceholderText(tr("Add people: type a name or e-mail"));
    m_search->setClearButtonEnabled(true);
    m_showDeactivated = new QCheckBox(tr("Show deactivated people"), box);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_showDeactivated);
    m_results = new QListWidget(box);
    m_results->setMaximumHeight(120);
    m_results->hide();
    m_hint = new QLabel(box);
    m_hint->setStyleSheet(Theme::textStyle(Theme::Color::MutedText));
    layout->addLayout(searchRow);
    layout->addWidget(m_results);
    layout->addWidget(m_hint);
    connect(m_search, &QLineEdit::textEdited, m_debouncer, &SearchDebouncer::setText);
    connect(m_search, &QLineEdit::returnPressed, m_debouncer, &SearchDebouncer::flush);
    connect(m_debouncer, &SearchDebouncer::searchRequested, this, &GroupMemberEditor::search);
    connect(m_showDeactivated, &QCheckBox::toggled, this, &GroupMemberEditor::showResults);
    const auto pick = [this](QListWidgetItem *item) {
        const QString id = item->data(kIdRole).toString();
        for (const User &user : std::as_const(m_found)) {
            if (user.id() == id)
                return add(user);
        }
    };
    connect(m_results, &QListWidget::itemActivated, this, pick);
    connect(m_results, &QListWidget::itemClicked, this, pick);
    return box;
}

void GroupMemberEditor::search(const QString &text)
{
    if (m_call)
        m_call->cancel();
    m_found.clear();
    if (text.isEmpty()) {
        m_results->clear();
        m_results->hide();
        m_hint->clear();
        return;
    }
    m_hint->setText(tr("Searching…"));
    m_call = m_service->listUsersV2(text, 20, 0, this, [this](const ApiResult<QJsonArray> &result) {
        if (!result.ok()) {
            if (!result.error().isCancelled())
                m_hint->setText(result.error().message);
            return;
        }
        for (const QJsonValue &value : result.value()) {
            if (const auto user = User::fromJson(value.toObject()))
                m_found << *user;
        }
        showResults();
        emit resultsShown();
    });
}

void GroupMemberEditor::showResults()
{
    m_results->clear();
    const QStringList chosen = memberIds();
    int hidden = 0;
    for (const User &user : std::as_const(m_found)) {
        // A deleted person cannot be a member; a deactivated one only when asked for.
        if (chosen.contains(user.id()) || user.status() == User::Status::Deleted)
            continue;
        const bool deactivated = user.status() == User::Status::Deactivated;
        if (deactivated && !m_showDeactivated->isChecked()) {
            ++hidden;
            continue;
        }
        const QString text = deactivated
                                 ? tr("%1 <%2> (deactivated)").arg(user.label(), user.email())
                                 : tr("%1 <%2>").arg(user.label(), user.email());
        auto *item = new QListWidgetItem(text, m_results);
        item->setData(kIdRole, user.id());
        if (deactivated)
            item->setForeground(Theme::color(Theme::Color::MutedText));
    }
    m_results->setVisible(m_results->count() > 0);
    if (m_search->text().trimmed().isEmpty())
        m_hint->clear();
    else if (m_results->count() == 0 && hidden > 0)
        m_hint->setText(tr("Only deactivated people found (%1). Check \"Show deactivated "
                           "people\" to see them.")
                            .arg(hidden));
    else
        m_hint->setText(m_results->count() == 0 ? tr("Nobody found.")
                                                : tr("Click a person to add them."));
}

void GroupMemberEditor::remember(const User &user)
{
    m_people.insert(user.id(), {user.label().isEmpty() ? user.id() : user.label(),
                                user.status() == User::Status::Deactivated});
}

void GroupMemberEditor::remember(const QString &id, const QString &label)
{
    if (!m_people.contains(id))
        m_people.insert(id, {label, false});
}

bool GroupMemberEditor::isDeactivated(const QString &id) const
{
    return m_people.value(id).deactivated;
}

void GroupMemberEditor::setMemberIds(const QStringList &ids)
{
    const QString selected = selectedId();
    m_list->clear();
    for (const QString &id : ids) {
        if (id.isEmpty() || memberIds().contains(id))
            continue;
        auto *item = new QListWidgetItem(m_list);
        item->setData(kIdRole, id);
        const Person person = m_people.value(id, {id, false});
        item->setData(kLabelRole, person.label);
        if (person.deactivated) {
            item->setForeground(Theme::color(Theme::Color::MutedText));
            item->setToolTip(tr("%1 is deactivated: round-robin still assigns tasks to them "
                                "while they are a member.")
                                 .arg(person.label));
        }
    }
    renumber();
    selectMember(selected);
    updateButtons();
}

void GroupMemberEditor::renumber()
{
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const QString id = item->data(kIdRole).toString();
        const QString label = item->data(kLabelRole).toString();
        item->setText(isDeactivated(id) ? tr("%1. %2 (deactivated)").arg(row + 1).arg(label)
                                        : tr("%1. %2").arg(row + 1).arg(label));
    }
}

QStringList GroupMemberEditor::memberIds() const
{
    QStringList ids;
    for (int row = 0; row < m_list->count(); ++row)
        ids << m_list->item(row)->data(kIdRole).toString();
    return ids;
}

QHash<QString, QString> GroupMemberEditor::labels() const
{
    QHash<QString, QString> labels;
    for (auto it = m_people.begin(); it != m_people.end(); ++it) {
        if (it.value().label != it.key())
            labels.insert(it.key(), it.value().label);
    }
    return labels;
}

void GroupMemberEditor::add(const User &user)
{
    if (user.id().isEmpty() || memberIds().contains(user.id()))
        return;
    remember(user);
    setMemberIds(memberIds() << user.id());
    selectMember(user.id());
    showResults();
    emit membersChanged();
}

void GroupMemberEditor::remove(const QString &id)
{
    QStringList ids = memberIds();
    const int row = int(ids.indexOf(id));
    if (row < 0)
        return;
    ids.removeAt(row);
    setMemberIds(ids);
    if (!ids.isEmpty())
        selectMember(ids.at(qMin(row, int(ids.size()) - 1)));
    showResults();
    emit membersChanged();
}

void GroupMemberEditor::moveSelectedBy(int step)
{
    const QString id = selectedId();
    QStringList ids = memberIds();
    const int from = int(ids.indexOf(id));
    const int to = from + step;
    if (from < 0 || to < 0 || to >= ids.size())
        return;
    ids.move(from, to);
    setMemberIds(ids);
    selectMember(id);
    m_list->setFocus();
    emit membersChanged();
}

void GroupMemberEditor::moveMembers(const QStringList &ids, int row)
{
    const QStringList before = memberIds();
    QStringList moved;
    QStringList rest;
    int insertAt = 0;
    for (int index = 0; index < before.size(); ++index) {
        if (ids.contains(before.at(index))) {
            moved << before.at(index);
            continue;
        }
        rest << before.at(index);
        if (index < row)
            insertAt = int(rest.size());
    }
    if (moved.isEmpty())
        return;
    QStringList after = rest;
    for (int index = 0; index < moved.size(); ++index)
        after.insert(insertAt + index, moved.at(index));
    if (after == before)
        return;
    setMemberIds(after);
    selectMember(moved.first());
    emit membersChanged();
}

void GroupMemberEditor::selectMember(const QString &id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(kIdRole).toString() == id) {
            m_list->setCurrentRow(row);
            return;
        }
    }
}

QString GroupMemberEditor::selectedId() const
{
    const QList<QListWidgetItem *> items = m_list->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(kIdRole).toString();
}

void GroupMemberEditor::updateButtons()
{
    const int row = m_list->currentRow();
    const bool has = !selectedId().isEmpty();
    m_up->setEnabled(has && row > 0);
    m_down->setEnabled(has && row < m_list->count() - 1);
    m_remove->setEnabled(has);
}

void GroupMemberEditor::setLoading(bool loading)
{
    m_server->setLoading(loading);
}

void GroupMemberEditor::setServerMembers(const QStringList &ids, bool keepShown)
{
    QList<RecordListModel::Record> records;
    for (const QString &id : ids)
        records.append({id, {m_people.value(id, {id, false}).label}, {}});
    m_server->setRecords(records);
    if (!keepShown && ids != memberIds())
        setMemberIds(ids);
}

void GroupMemberEditor::loadFailed(const QString &message)
{
    m_server->loadFailed(message);
}
