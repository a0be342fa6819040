#include "ui/partners/grants/GrantTreePage.h"

#include "ui/partners/grants/GrantForm.h"
#include "ui/partners/grants/StyledGrantTreeModel.h"

#include <QAction>
#include <QHeaderView>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

// Fixed labels (the stack's own actions rename themselves and get cut off).
QToolButton *historyButton(QAction *action)
{
    action->setEnabled(false);
    auto *button = new QToolButton;
    button->setDefaultAction(action);
    button->setAutoRaise(true);
    return button;
}

// QTreeView asks a row's height without the column's width, so wrapped text would be cut to one
// line: this delegate measures each cell at its column's width.
class WrappingDelegate : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QTreeView *tree) : QStyledItemDelegate(tree), m_tree(tree) {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem measured = option;
        int width = m_tree->header()->sectionSize(index.column());
        if (index.column() == m_tree->header()->logicalIndex(0)) {
            int depth = 1; // the root decoration
            for (QModelIndex up = index.parent(); up.isValid(); up = up.parent())
                ++depth;
            width -= depth * m_tree->indentation();
        }
        // A valid rectangle (height too), or the style measures the text on one line.
        measured.rect = QRect(0, 0, std::max(1, width), option.fontMetrics.height());
        return QStyledItemDelegate::sizeHint(measured, index);
    }

private:
    QTreeView *m_tree;
};

} // namespace

GrantTreePage::GrantTreePage(QUndoStack *undo, QWidget *parent)
    : QWidget(parent), m_model(new StyledGrantTreeModel(this))
{
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(buildTree());
    split->addWidget(buildFormArea());
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    // The form gets almost half: at its minimum width the condition editor was squeezed into a
    // strip that needed scrolling. The tree's columns elide (whole in their tool tips).
    split->setSizes({5500, 4500}); // shrunk in proportion to the page
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildToolBar(undo));
    layout->addWidget(split, 1);
}

QWidget *GrantTreePage::buildToolBar(QUndoStack *undo)
{
    // A tool bar: what does not fit (German at 1280 px) moves into its » menu instead of
    // widening the page.
    auto *bar = new QToolBar;
    bar->setIconSize(QSize(16, 16));
    const auto button = [&](Command command, const QString &text, const QString &tip) {
        auto *tool = new QToolButton;
        tool->setText(text);
        tool->setToolTip(tip);
        tool->setAutoRaise(true);
        connect(tool, &QToolButton::clicked, this,
                [this, command] { emit commandTriggered(command); });
        bar->addWidget(tool);
        m_buttons.insert(command, tool);
    };
    button(Command::Add, tr("Add grant"), tr("Add a grant to the role"));
    button(Command::AddDependency, tr("Add dependency"),
           tr("Add a grant that the selected grant needs"));
    button(Command::Duplicate, tr("Duplicate"), tr("Copy the selected grant below itself"));
    button(Command::Remove, tr("Remove"), tr("Remove the selected grant"));
    button(Command::Up, tr("▲ Up"), tr("Move the selected grant up"));
    button(Command::Down, tr("▼ Down"), tr("Move the selected grant down"));
    bar->addSeparator();
    button(Command::Copy, tr("Copy"), tr("Copy the selected grant as JSON"));
    button(Command::Paste, tr("Paste"),
           tr("Paste grants copied as JSON (from this or another role)"));
    bar->addSeparator();

    auto *undoAction = new QAction(tr("Undo"), this);
    undoAction->setShortcut(QKeySequence::Undo);
    connect(undoAction, &QAction::triggered, undo, &QUndoStack::undo);
    connect(undo, &QUndoStack::canUndoChanged, undoAction, &QAction::setEnabled);
    connect(undo, &QUndoStack::undoTextChanged, undoAction,
            [undoAction](const QString &text) { undoAction->setToolTip(tr("Undo %1").arg(text)); });
    auto *redoAction = new QAction(tr("Redo"), this);
    redoAction->setShortcut(QKeySequence::Redo);
    connect(redoAction, &QAction::triggered, undo, &QUndoStack::redo);
    connect(undo, &QUndoStack::canRedoChanged, redoAction, &QAction::setEnabled);
    connect(undo, &QUndoStack::redoTextChanged, redoAction,
            [redoAction](const QString &text) { redoAction->setToolTip(tr("Redo %1").arg(text)); });
    bar->addWidget(historyButton(undoAction));
    bar->addWidget(historyButton(redoAction));
    return bar;
}

QWidget *GrantTreePage::buildTree()
{
    m_tree = new QTreeView;
    m_tree->setModel(m_model);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setAlternatingRowColors(true);
    // Every column stays in view beside the grant's form, German at 1280x800 included: the
    // effect is as wide as its word, the others share the rest and wrap onto a second line
    // (an action at its hyphens, a resource at its colons, a condition at its spaces) instead
    // of being cut to "entity-…".
    m_tree->setWordWrap(true);
    m_tree->setItemDelegate(new WrappingDelegate(m_tree));
    m_tree->setUniformRowHeights(false);
    m_tree->setTextElideMode(Qt::ElideNone);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Stretch);
    header->setSectionResizeMode(GrantTreeModel::EffectColumn, QHeaderView::ResizeToContents);
    // A column of another width wraps its text anew: the rows take their new heights.
    connect(header, &QHeaderView::sectionResized, m_tree, [this] { m_tree->doItemsLayout(); });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!m_filling)
                    emit selected(m_model->pathForIndex(current));
            });
    return m_tree;
}

QWidget *GrantTreePage::buildFormArea()
{
    // The grant's form scrolls on its own: its full height would make the page taller than a
    // 1280x800 window leaves it. Its width stays whole.
    auto *area = new QScrollArea;
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_form = new GrantForm;
    area->setWidget(m_form);
    area->setMinimumWidth(m_form->minimumSizeHint().width() +
                          area->verticalScrollBar()->sizeHint().width());
    return area;
}

void GrantTreePage::showGrants(const QList<Grant> &grants, const GrantPath &select)
{
    m_filling = true;
    m_model->setGrants(grants);
    m_tree->expandAll();
    m_tree->setCurrentIndex(m_model->indexForPath(select));
    m_filling = false;
}

void GrantTreePage::showFindings(const QList<GrantFinding> &findings)
{
    m_model->setFindings(findings);
}

void GrantTreePage::select(const GrantPath &path)
{
    m_filling = true;
    m_tree->setCurrentIndex(m_model->indexForPath(path));
    m_filling = false;
}

void GrantTreePage::refreshButtons(const GrantPath &selected, int siblings, bool readOnly)
{
    const bool has = !selected.isEmpty();
    for (auto it = m_buttons.begin(); it != m_buttons.end(); ++it)
        it.value()->setEnabled(!readOnly);
    m_buttons.value(Command::AddDependency)->setEnabled(!readOnly && has);
    m_buttons.value(Command::Duplicate)->setEnabled(!readOnly && has);
    m_buttons.value(Command::Remove)->setEnabled(!readOnly && has);
    m_buttons.value(Command::Up)->setEnabled(!readOnly && has && selected.last() > 0);
    m_buttons.value(Command::Down)->setEnabled(!readOnly && has && selected.last() + 1 < siblings);
    m_buttons.value(Command::Copy)->setEnabled(has); // copying is reading
}
