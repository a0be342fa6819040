#include "ui/account/NavigationEditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int kindRole = Qt::UserRole + 1;

NavigationEditor::Kind kindOf(const QTreeWidgetItem *item)
{
    return NavigationEditor::Kind(item->data(0, kindRole).toInt());
}

QString kindName(NavigationEditor::Kind kind)
{
    switch (kind) {
    case NavigationEditor::Kind::Section:
        return NavigationEditor::tr("Section");
    case NavigationEditor::Kind::Item:
        return NavigationEditor::tr("Item (key)");
    case NavigationEditor::Kind::Group:
        return NavigationEditor::tr("Group (name)");
    case NavigationEditor::Kind::SubItem:
        return NavigationEditor::tr("Sub-item (key)");
    }
    return {};
}

} // namespace

NavigationEditor::NavigationEditor(QWidget *parent)
    : QWidget(parent), m_name(new QLineEdit(this)), m_tree(new QTreeWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(new QLabel(tr("Name:"), this));
    m_name->setPlaceholderText(tr("e.g. Sales Team Navigation"));
    nameRow->addWidget(m_name, 1);
    layout->addLayout(nameRow);
    m_tree->setHeaderLabels({tr("Section / key / group name"), tr("Kind")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::SelectedClicked);
    layout->addWidget(m_tree, 1);

    auto *buttons = new QHBoxLayout;
    auto addButton = [&](const QString &text, auto slot) {
        auto *button = new QPushButton(text, this);
        connect(button, &QPushButton::clicked, this, slot);
        buttons->addWidget(button);
    };
    addButton(tr("Add section"), [this] { m_tree->editItem(addSection(tr("new_section"))); });
    addButton(tr("Add item"), [this] {
        if (QTreeWidgetItem *item = addItem(QStringLiteral("dashboard")))
            m_tree->editItem(item);
    });
    addButton(tr("Add group"), [this] {
        if (QTreeWidgetItem *item = addGroup(tr("New group")))
            m_tree->editItem(item);
    });
    addButton(tr("Add sub-item"), [this] {
        if (QTreeWidgetItem *item = addSubItem(QStringLiteral("contact")))
            m_tree->editItem(item);
    });
    addButton(tr("Remove"), [this] { removeSelected(); });
    buttons->addStretch();
    layout->addLayout(buttons);
}

QTreeWidgetItem *NavigationEditor::newNode(QTreeWidgetItem *parent, Kind kind, const QString &text)
{
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
    item->setText(0, text);
    item->setText(1, kindName(kind));
    item->setData(0, kindRole, int(kind));
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    if (kind == Kind::Section || kind == Kind::Group) {
        QFont font = item->font(0);
        font.setBold(kind == Kind::Section);
        font.setItalic(kind == Kind::Group);
        item->setFont(0, font);
    }
    if (parent)
        parent->setExpanded(true);
    m_tree->setCurrentItem(item);
    return item;
}

QTreeWidgetItem *NavigationEditor::selectedOf(Kind kind) const
{
    for (QTreeWidgetItem *item = m_tree->currentItem(); item; item = item->parent()) {
        if (kindOf(item) == kind)
            return item;
    }
    return nullptr;
}

QTreeWidgetItem *NavigationEditor::addSection(const QString &name)
{
    return newNode(nullptr, Kind::Section, name);
}

QTreeWidgetItem *NavigationEditor::addItem(const QString &key)
{
    QTreeWidgetItem *section = selectedOf(Kind::Section);
    if (!section && m_tree->topLevelItemCount() > 0)
        section = m_tree->topLevelItem(m_tree->topLevelItemCount() - 1);
    if (!section)
        section = addSection(QStringLiteral("main"));
    return newNode(section, Kind::Item, key);
}

QTreeWidgetItem *NavigationEditor::addGroup(const QString &name)
{
    QTreeWidgetItem *section = selectedOf(Kind::Section);
    if (!section)
        section = addSection(QStringLiteral("main"));
    return newNode(section, Kind::Group, name);
}

QTreeWidgetItem *NavigationEditor::addSubItem(const QString &key)
{
    QTreeWidgetItem *group = selectedOf(Kind::Group);
    if (!group)
        return nullptr; // sub-items live in groups only
    return newNode(group, Kind::SubItem, key);
}

void NavigationEditor::removeSelected()
{
    delete m_tree->currentItem();
}

void NavigationEditor::clear()
{
    m_tree->clear();
    m_name->clear();
}

QString NavigationEditor::name() const
{
    return m_name->text().trimmed();
}

void NavigationEditor::setName(const QString &name)
{
    m_name->setText(name);
}

void NavigationEditor::setNavigation(const Navigation &navigation)
{
    clear();
    m_name->setText(navigation.name());
    for (const NavigationSection &section : navigation.sections()) {
        QTreeWidgetItem *sectionItem = newNode(nullptr, Kind::Section, section.name);
        for (const NavigationEntry &entry : section.entries) {
            if (!entry.group) {
                newNode(sectionItem, Kind::Item, entry.text);
                continue;
            }
            QTreeWidgetItem *group = newNode(sectionItem, Kind::Group, entry.text);
            for (const QString &key : entry.subKeys)
                newNode(group, Kind::SubItem, key);
        }
    }
    m_tree->expandAll();
}

QJsonObject NavigationEditor::configuration() const
{
    QList<NavigationSection> sections;
    for (int s = 0; s < m_tree->topLevelItemCount(); ++s) {
        const QTreeWidgetItem *sectionItem = m_tree->topLevelItem(s);
        NavigationSection section{sectionItem->text(0).trimmed(), {}};
        for (int i = 0; i < sectionItem->childCount(); ++i) {
            const QTreeWidgetItem *item = sectionItem->child(i);
            NavigationEntry entry{kindOf(item) == Kind::Group, item->text(0).trimmed(), {}};
            for (int j = 0; entry.group && j < item->childCount(); ++j)
                entry.subKeys << item->child(j)->text(0).trimmed();
            section.entries << entry;
        }
        sections << section;
    }
    return Navigation::configurationOf(sections);
}
