#pragma once

#include "domain/account/AccountRecords.h"

#include <QJsonObject>
#include <QWidget>

class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

// A navigation as a tree: sections hold items ({"key"}) and groups ({"name", "subItems"}),
// groups hold sub-items. Edit names and keys in place (double-click or F2).
class NavigationEditor : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { Section, Item, Group, SubItem };

    explicit NavigationEditor(QWidget *parent = nullptr);

    void setNavigation(const Navigation &navigation);
    QString name() const;
    void setName(const QString &name);
    QJsonObject configuration() const;
    void clear();

    // Adds under the selected node where that kind fits; returns the new node.
    QTreeWidgetItem *addSection(const QString &name);
    QTreeWidgetItem *addItem(const QString &key);
    QTreeWidgetItem *addGroup(const QString &name);
    QTreeWidgetItem *addSubItem(const QString &key);
    void removeSelected();
    QTreeWidget *tree() const { return m_tree; }
    QLineEdit *nameEdit() const { return m_name; }

private:
    QTreeWidgetItem *newNode(QTreeWidgetItem *parent, Kind kind, const QString &text);
    QTreeWidgetItem *selectedOf(Kind kind) const;

    QLineEdit *m_name;
    QTreeWidget *m_tree;
};
