#pragma once

#include "domain/grants/GrantFinding.h"
#include "domain/grants/GrantTree.h"

#include <QWidget>

class GrantForm;
class QToolButton;
class QTreeView;
class QUndoStack;
class StyledGrantTreeModel;

// The Grants page: a tool bar of edits, the grant tree (dependencies beneath the grant that needs
// them) and the selected grant's form beside it. The page shows; the editor edits.
class GrantTreePage : public QWidget
{
    Q_OBJECT
public:
    enum class Command { Add, AddDependency, Duplicate, Remove, Up, Down, Copy, Paste };
    Q_ENUM(Command)

    GrantTreePage(QUndoStack *undo, QWidget *parent = nullptr);

    void showGrants(const QList<Grant> &grants, const GrantPath &select);
    void showFindings(const QList<GrantFinding> &findings);
    void select(const GrantPath &path);
    // Enables the tool bar for the selection (`siblings`: how many grants share its level).
    void refreshButtons(const GrantPath &selected, int siblings, bool readOnly);

    QTreeView *tree() const { return m_tree; }
    GrantForm *form() const { return m_form; }

signals:
    void commandTriggered(GrantTreePage::Command command);
    void selected(const GrantPath &path);

private:
    QWidget *buildToolBar(QUndoStack *undo);
    QWidget *buildTree();
    QWidget *buildFormArea();

    StyledGrantTreeModel *m_model;
    QTreeView *m_tree = nullptr;
    GrantForm *m_form = nullptr;
    QHash<Command, QToolButton *> m_buttons;
    bool m_filling = false;
};
