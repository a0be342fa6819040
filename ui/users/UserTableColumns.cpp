#include "ui/users/UserTableColumns.h"

#include "models/UserListModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QTableView>
#include <algorithm>
#include <utility>

namespace {

// Widths for the first start, and the shares of the table's width while it is fitted.
constexpr std::pair<int, int> kWidths[] = {
    {UserListModel::Name, 140},       {UserListModel::Email, 250}, {UserListModel::Status, 95},
    {UserListModel::Department, 130}, {UserListModel::Phone, 120}, {UserListModel::Created, 110},
    {UserListModel::Activated, 110},  {UserListModel::Mfa, 50},    {UserListModel::Passkeys, 70},
    {UserListModel::Roles, 120},      {UserListModel::Groups, 140}};

// Shown from the first start: who, how to reach them, whether they can sign in, what they may
// do and which teams they are in. Department, phone, dates, MFA and passkeys: on request.
constexpr int kShownAtFirst[] = {UserListModel::Avatar, UserListModel::Name,
                                 UserListModel::Email,  UserListModel::Status,
                                 UserListModel::Roles,  UserListModel::Groups};

// Columns that keep their width when the table is fitted: a picture, a badge, a count.
constexpr int kFixedWidth[] = {UserListModel::Avatar, UserListModel::Status, UserListModel::Mfa,
                               UserListModel::Passkeys};
constexpr int kNarrowest = 60; // a fitted column is never narrower

int defaultWidth(int column)
{
    if (column == UserListModel::Avatar)
        return 36;
    for (const auto &[which, width] : kWidths) {
        if (which == column)
            return width;
    }
    return 100;
}

bool hasFixedWidth(int column)
{
    return std::find(std::begin(kFixedWidth), std::end(kFixedWidth), column) !=
           std::end(kFixedWidth);
}

QString versionKey(const QString &key)
{
    return key + QStringLiteral("Columns");
}

QString fittedKey(const QString &key)
{
    return key + QStringLiteral("Fitted");
}

} // namespace

UserTableColumns::UserTableColumns(QTableView *table, const QString &settingsKey, QObject *parent)
    : QObject(parent), m_table(table), m_key(settingsKey)
{
    QHeaderView *header = table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setFirstSectionMovable(false); // the avatar stays first, the row's anchor
    header->setStretchLastSection(true);
    header->setSectionResizeMode(UserListModel::Avatar, QHeaderView::Fixed);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, [this, header](const QPoint &at) {
        QMenu *menu = createMenu(header);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(header->viewport()->mapToGlobal(at));
    });
    m_restoring = true;
    if (!restore())
        applyDefaults();
    m_restoring = false;
    // Saved at each change: a save when the page closes would read a header half torn down.
    connect(header, &QHeaderView::sectionMoved, this, &UserTableColumns::save);
    connect(header, &QHeaderView::sectionResized, this, [this] {
        if (m_restoring)
            return;
        if (m_dragging)
            m_fitting = false; // the person set a width: from now on theirs
        save();
    });
    m_headerViewport = header->viewport();
    m_tableViewport = table->viewport();
    m_headerViewport->installEventFilter(this);
    m_tableViewport->installEventFilter(this);
}

bool UserTableColumns::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_headerViewport) {
        if (event->type() == QEvent::MouseButtonPress ||
            event->type() == QEvent::MouseButtonDblClick)
            m_dragging = true;
        else if (event->type() == QEvent::MouseButtonRelease)
            m_dragging = false;
    } else if (watched == m_tableViewport && event->type() == QEvent::Resize && m_fitting) {
        fit();
    }
    return QObject::eventFilter(watched, event);
}

void UserTableColumns::fit()
{
    // The shown columns share the width by their default widths; a picture, a badge or a count
    // keeps its own. Only below ~kNarrowest px a column may push the table into scrolling.
    QHeaderView *header = m_table->horizontalHeader();
    const int available = m_table->viewport()->width();
    if (available <= 0)
        return;
    int fixed = 0;
    int shares = 0;
    QList<int> flexible;
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        if (hasFixedWidth(column)) {
            fixed += defaultWidth(column);
        } else {
            shares += defaultWidth(column);
            flexible << column;
        }
    }
    const bool restoring = std::exchange(m_restoring, true);
    for (int column = 0; column < header->count(); ++column) {
        if (!header->isSectionHidden(column) && hasFixedWidth(column))
            header->resizeSection(column, defaultWidth(column));
    }
    const int room = std::max(0, available - fixed);
    for (int column : std::as_const(flexible))
        header->resizeSection(
            column, std::max(kNarrowest, room * defaultWidth(column) / std::max(1, shares)));
    m_restoring = restoring;
}

void UserTableColumns::applyDefaults()
{
    const bool restoring = std::exchange(m_restoring, true);
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        if (header->visualIndex(column) != column)
            header->moveSection(header->visualIndex(column), column);
    }
    header->resizeSection(UserListModel::Avatar, 36);
    for (const auto &[column, width] : kWidths)
        header->resizeSection(column, width);
    for (int column = 0; column < UserListModel::ColumnCount; ++column)
        header->setSectionHidden(column, isDefaultHidden(column));
    m_fitting = true;
    fit();
    m_restoring = restoring;
}

bool UserTableColumns::isDefaultHidden(int column) const
{
    return std::find(std::begin(kShownAtFirst), std::end(kShownAtFirst), column) ==
           std::end(kShownAtFirst);
}

bool UserTableColumns::restore()
{
    QSettings settings;
    // A state saved with another set of columns would put them in the wrong places.
    if (settings.value(versionKey(m_key)).toInt() != UserListModel::ColumnCount)
        return false;
    QHeaderView *header = m_table->horizontalHeader();
    if (!header->restoreState(settings.value(m_key).toByteArray()))
        return false;
    header->setSectionHidden(UserListModel::Name, false); // never a list without names
    m_fitting = settings.value(fittedKey(m_key), true).toBool();
    return true;
}

void UserTableColumns::save() const
{
    if (m_restoring)
        return;
    QSettings settings;
    settings.setValue(m_key, m_table->horizontalHeader()->saveState());
    settings.setValue(versionKey(m_key), int(UserListModel::ColumnCount));
    settings.setValue(fittedKey(m_key), m_fitting);
}

QMenu *UserTableColumns::createMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("Columns"), parent);
    QAbstractItemModel *model = m_table->model();
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < model->columnCount(); ++column) {
        QString name = model->headerData(column, Qt::Horizontal).toString();
        if (column == UserListModel::Avatar)
            name = tr("Picture");
        QAction *action = menu->addAction(name);
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        action->setEnabled(column != UserListModel::Name); // the list always names people
        action->setData(column);
        connect(action, &QAction::toggled, this,
                [this, column](bool on) { setColumnShown(column, on); });
    }
    menu->addSeparator();
    connect(menu->addAction(tr("Default columns")), &QAction::triggered, this,
            [this] { resetToDefaults(); });
    return menu;
}

void UserTableColumns::setColumnShown(int column, bool shown)
{
    if (column == UserListModel::Name && !shown)
        return;
    m_table->horizontalHeader()->setSectionHidden(column, !shown);
    if (m_fitting)
        fit(); // the shown columns share the width anew
    save();
}

void UserTableColumns::resetToDefaults()
{
    applyDefaults();
    save();
}
