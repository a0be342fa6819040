#include "ui/users/UserTableColumns.h"

#include "models/UserListModel.h"

#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QTableView>
#include <algorithm>
#include <utility>

namespace {

// Widths for the first start; together the shown ones fit beside the details at 1280 px.
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

QString versionKey(const QString &key)
{
    return key + QStringLiteral("Columns");
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
    connect(header, &QHeaderView::sectionResized, this, &UserTableColumns::save);
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
    return true;
}

void UserTableColumns::save() const
{
    if (m_restoring)
        return;
    QSettings settings;
    settings.setValue(m_key, m_table->horizontalHeader()->saveState());
    settings.setValue(versionKey(m_key), int(UserListModel::ColumnCount));
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
    save();
}

void UserTableColumns::resetToDefaults()
{
    applyDefaults();
    save();
}
