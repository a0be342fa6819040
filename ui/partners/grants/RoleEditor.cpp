#include "ui/partners/grants/RoleEditor.h"

#include "domain/grants/GrantCatalog.h"
#include "domain/grants/GrantTree.h"
#include "domain/common/InputRules.h"
#include "domain/common/JsonLocator.h"
#include "domain/grants/PolicyAnalyzer.h"
#include "services/api/PartnerDirectoryService.h"
#include "ui/common/FieldMessage.h"
#include "ui/partners/grants/GrantStyle.h"
#include "ui/partners/grants/RoleEditCommand.h"
#include "ui/partners/grants/StyledGrantTreeModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBlock>
#include <QTextCursor>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

QLabel *hintLabel(const QString &text = {})
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    label->setPalette(palette);
    return label;
}

QStringList nonEmpty(const QStringList &values)
{
    QStringList result;
    for (const QString &value : values) {
        if (!value.trimmed().isEmpty())
            result << value.trimmed();
    }
    return result;
}

} // namespace

RoleEditor::RoleEditor(QWidget *parent)
    : QWidget(parent), m_undo(new QUndoStack(this)), m_model(new StyledGrantTreeModel(this))
{
    m_name = new QLineEdit;
    m_name->setPlaceholderText(tr("e.g. Installer – read opportunities"));
    m_slug = new QLineEdit;
    m_slug->setPlaceholderText(tr("e.g. installer_read"));
    m_slugHint = hintLabel();
    m_type = new QLabel;
    m_type->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *header = new QFormLayout;
    header->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    header->addRow(tr("&Name:"), m_name);
    auto *slugRow = new QHBoxLayout;
    slugRow->addWidget(m_slug, 1);
    slugRow->addWidget(m_slugHint, 2);
    header->addRow(tr("Slug:"), slugRow);
    header->addRow(tr("Type:"), m_type);

    m_tabs = new QTabWidget;
    m_tabs->addTab(buildGrantsTab(), tr("&Grants"));
    m_tabs->addTab(buildJsonTab(), tr("&JSON"));
    m_tabs->addTab(buildWhatIfTab(), tr("&What if…"));

    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_tabs);
    split->addWidget(buildFindings());
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(split, 1);

    connect(m_name, &QLineEdit::textEdited, this, [this] {
        if (m_isNew && !m_slugTouched)
            m_slug->setText(Role::suggestSlug(m_name->text()));
    });
    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        if (m_filling)
            return;
        if (m_isNew && !m_slugTouched && m_slug->text() != m_draft.slug) {
            RoleDraft after = m_draft;
            after.name = m_name->text();
            after.slug = m_slug->text();
            apply(after, tr("Rename role"), m_selected);
            return;
        }
        setName(m_name->text());
    });
    connect(m_slug, &QLineEdit::textEdited, this, [this] { m_slugTouched = true; });
    connect(m_slug, &QLineEdit::editingFinished, this, [this] {
        if (!m_filling)
            setSlug(m_slug->text());
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &RoleEditor::onTabChanged);
    connect(m_undo, &QUndoStack::cleanChanged, this, &RoleEditor::changed);
    startNewRole();
}

RoleEditor::~RoleEditor()
{
    // The undo stack, a child, is deleted after this part of the editor; its last cleanChanged
    // must not reach a half-destroyed editor (closing with unsaved grants crashed).
    disconnect(m_undo, nullptr, this, nullptr);
}

// ---- building -----------------------------------------------------------------------------

QWidget *RoleEditor::buildGrantsTab()
{
    auto *page = new QWidget;
    // A tool bar: what does not fit (German at 1280 px) moves into its » menu instead of
    // widening the page.
    auto *buttons = new QToolBar;
    buttons->setIconSize(QSize(16, 16));
    const auto button = [&](const QString &text, const QString &tip, auto slot) {
        auto *tool = new QToolButton;
        tool->setText(text);
        tool->setToolTip(tip);
        tool->setAutoRaise(true);
        connect(tool, &QToolButton::clicked, this, slot);
        buttons->addWidget(tool);
        m_editButtons << tool;
        return tool;
    };
    button(tr("Add grant"), tr("Add a grant to the role"), [this] { addGrant(); });
    m_addDependencyButton =
        button(tr("Add dependency"), tr("Add a grant that the selected grant needs"),
               [this] { addDependency(); });
    m_duplicateButton = button(tr("Duplicate"), tr("Copy the selected grant below itself"),
                               [this] { duplicateSelected(); });
    m_removeButton =
        button(tr("Remove"), tr("Remove the selected grant"), [this] { removeSelected(); });
    m_upButton = button(tr("▲ Up"), tr("Move the selected grant up"), [this] { moveSelected(-1); });
    m_downButton =
        button(tr("▼ Down"), tr("Move the selected grant down"), [this] { moveSelected(1); });
    buttons->addSeparator();
    m_copyButton =
        button(tr("Copy"), tr("Copy the selected grant as JSON"), [this] { copySelected(); });
    m_editButtons.removeOne(m_copyButton); // copying is reading
    button(tr("Paste"), tr("Paste grants copied as JSON (from this or another role)"), [this] {
        QString error;
        if (!pasteGrants(&error))
            m_findingsSummary->setText(error);
    });
    buttons->addSeparator();
    // Fixed labels (the stack's own actions rename themselves and get cut off).
    auto *undoAction = new QAction(tr("Undo"), this);
    undoAction->setShortcut(QKeySequence::Undo);
    connect(undoAction, &QAction::triggered, m_undo, &QUndoStack::undo);
    connect(m_undo, &QUndoStack::canUndoChanged, undoAction, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::undoTextChanged, undoAction,
            [undoAction](const QString &text) { undoAction->setToolTip(tr("Undo %1").arg(text)); });
    auto *redoAction = new QAction(tr("Redo"), this);
    redoAction->setShortcut(QKeySequence::Redo);
    connect(redoAction, &QAction::triggered, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canRedoChanged, redoAction, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::redoTextChanged, redoAction,
            [redoAction](const QString &text) { redoAction->setToolTip(tr("Redo %1").arg(text)); });
    undoAction->setEnabled(false);
    redoAction->setEnabled(false);
    auto *undo = new QToolButton;
    undo->setDefaultAction(undoAction);
    undo->setAutoRaise(true);
    auto *redo = new QToolButton;
    redo->setDefaultAction(redoAction);
    redo->setAutoRaise(true);
    buttons->addWidget(undo);
    buttons->addWidget(redo);

    m_tree = new QTreeView;
    m_tree->setModel(m_model);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    // Every column stays in view beside the grant's form, German at 1280x800 included: the
    // effect is as wide as its word, the others share the rest (elided; whole in the tool tip).
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Stretch);
    header->setSectionResizeMode(GrantTreeModel::EffectColumn, QHeaderView::ResizeToContents);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (m_filling)
                    return;
                m_selected = m_model->pathForIndex(current);
                refreshDetails();
                refreshButtons();
            });

    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_tree);
    // The grant's form scrolls on its own: its full height would make the page taller than a
    // 1280x800 window leaves it. Its width stays whole.
    auto *detailsArea = new QScrollArea;
    detailsArea->setWidgetResizable(true);
    detailsArea->setFrameShape(QFrame::NoFrame);
    detailsArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QWidget *details = buildDetails();
    detailsArea->setWidget(details);
    detailsArea->setMinimumWidth(details->minimumSizeHint().width() +
                                 detailsArea->verticalScrollBar()->sizeHint().width());
    split->addWidget(detailsArea);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({10000, 1}); // the form starts at its minimum width, the tree gets the rest
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(buttons);
    layout->addWidget(split, 1);
    return page;
}

QWidget *RoleEditor::buildDetails()
{
    m_details = new QGroupBox(tr("Selected grant"));
    m_action = new QComboBox;
    m_action->setEditable(true);
    m_action->addItems(GrantCatalog::commonActions());
    m_action->setInsertPolicy(QComboBox::NoInsert);
    // Not as wide as the longest action in the list: the form would crowd the tree out.
    m_action->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_action->setMinimumContentsLength(14);
    m_action->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_action->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_action->completer()->setFilterMode(Qt::MatchContains);
    m_action->setToolTip(tr("Pick a common epilot action or type any other; * is a wildcard."));
    m_actionHelp = hintLabel();
    m_resource = new QLineEdit;
    m_resource->setPlaceholderText(tr("entity:<organization>:<schema>:<entity id>"));
    m_resource->setToolTip(GrantCatalog::resourceHelp());
    auto *resourceHelp =
        hintLabel(tr("entity:<org>:<schema>:<id> — * matches anything in its place"));
    resourceHelp->setToolTip(GrantCatalog::resourceHelp());
    m_effect = new QComboBox;
    for (const QString effect : {QStringLiteral("allow"), QStringLiteral("deny")})
        m_effect->addItem(GrantStyle::effectIcon(effect), GrantStyle::effectText(effect), effect);

    m_conditions = new QListWidget;
    m_conditions->setMaximumHeight(70);
    auto *addCondition = new QPushButton(tr("Add equals condition"));
    auto *removeConditionButton = new QPushButton(tr("Remove condition"));
    m_conditionAttribute = new QLineEdit;
    m_conditionAttribute->setPlaceholderText(tr("e.g. workflows.primary.task_name"));
    m_conditionValues = new QListWidget;
    m_conditionValues->setMaximumHeight(80);
    auto *addValue = new QPushButton(tr("Add value"));
    auto *removeValue = new QPushButton(tr("Remove value"));
    m_conditionShape = hintLabel();

    m_conditionEditor = new QWidget;
    auto *conditionForm = new QFormLayout(m_conditionEditor);
    conditionForm->setContentsMargins(0, 0, 0, 0);
    conditionForm->setRowWrapPolicy(QFormLayout::WrapAllRows); // nested: labels above, narrower
    conditionForm->addRow(tr("Attribute:"), m_conditionAttribute);
    auto *valueButtons = new QVBoxLayout;
    valueButtons->addWidget(addValue);
    valueButtons->addWidget(removeValue);
    valueButtons->addStretch();
    auto *valuesRow = new QHBoxLayout;
    valuesRow->addWidget(m_conditionValues, 1);
    valuesRow->addLayout(valueButtons);
    conditionForm->addRow(tr("Equals one of:"), valuesRow);

    // One above the other: side by side they made the form too wide for the tree (German).
    auto *conditionButtons = new QVBoxLayout;
    conditionButtons->addWidget(addCondition, 0, Qt::AlignLeft);
    conditionButtons->addWidget(removeConditionButton, 0, Qt::AlignLeft);

    auto *detailsLayout = new QVBoxLayout(m_details);
    auto *form = new QFormLayout;
    detailsLayout->addLayout(form);
    detailsLayout->addStretch(1);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Action:"), m_action);
    form->addRow(QString(), m_actionHelp);
    form->addRow(tr("&Resource:"), m_resource);
    form->addRow(QString(), resourceHelp);
    form->addRow(tr("&Effect:"), m_effect);
    form->addRow(tr("Conditions:"), m_conditions);
    form->addRow(QString(), conditionButtons);
    form->addRow(QString(), m_conditionEditor);
    form->addRow(QString(), m_conditionShape);

    connect(m_action->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        if (!m_filling)
            setSelectedAction(m_action->currentText().trimmed());
    });
    connect(m_action, &QComboBox::activated, this, [this] {
        if (!m_filling)
            setSelectedAction(m_action->currentText().trimmed());
    });
    connect(m_resource, &QLineEdit::editingFinished, this, [this] {
        if (!m_filling)
            setSelectedResource(m_resource->text().trimmed());
    });
    connect(m_effect, &QComboBox::activated, this, [this] {
        if (!m_filling)
            setSelectedEffect(m_effect->currentData().toString());
    });
    connect(m_conditions, &QListWidget::currentRowChanged, this, [this] {
        if (!m_filling)
            refreshConditionEditor();
    });
    connect(addCondition, &QPushButton::clicked, this, [this] {
        addEqualsCondition(QString(), {});
        m_conditionAttribute->setFocus();
    });
    connect(removeConditionButton, &QPushButton::clicked, this,
            [this] { removeCondition(m_conditions->currentRow()); });
    connect(m_conditionAttribute, &QLineEdit::editingFinished, this,
            &RoleEditor::onConditionEdited);
    connect(m_conditionValues, &QListWidget::itemChanged, this, &RoleEditor::onConditionEdited);
    connect(addValue, &QPushButton::clicked, this, [this] {
        auto *item = new QListWidgetItem(tr("value"));
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        m_filling = true;
        m_conditionValues->addItem(item);
        m_filling = false;
        onConditionEdited();
        if (QListWidgetItem *added = m_conditionValues->item(m_conditionValues->count() - 1))
            m_conditionValues->editItem(added);
    });
    connect(removeValue, &QPushButton::clicked, this, [this] {
        delete m_conditionValues->currentItem();
        onConditionEdited();
    });
    return m_details;
}

QWidget *RoleEditor::buildJsonTab()
{
    auto *page = new QWidget;
    m_json = new QPlainTextEdit;
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_json->setFont(mono);
    m_jsonStatus = hintLabel();
    auto *applyButton = new QPushButton(tr("Apply JSON"));
    auto *revertButton = new QPushButton(tr("Discard JSON edits"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_jsonStatus, 1);
    row->addWidget(revertButton);
    row->addWidget(applyButton);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(hintLabel(tr("The whole role as JSON. Edit it and apply, or switch back to "
                                   "the tree: JSON that does not parse or fit is refused and "
                                   "never saved.")));
    layout->addWidget(m_json, 1);
    layout->addLayout(row);

    connect(m_json, &QPlainTextEdit::textChanged, this, [this] {
        if (m_filling)
            return;
        m_jsonDirty = true;
        m_jsonStatus->setText(tr("Edited — apply or switch to the tree to use it."));
        emit changed();
    });
    connect(applyButton, &QPushButton::clicked, this, [this] { applyJsonText(); });
    connect(revertButton, &QPushButton::clicked, this, [this] {
        m_jsonDirty = false;
        m_jsonError.clear();
        m_jsonErrorLine = 0;
        refreshJson();
        emit changed();
    });
    return page;
}

QWidget *RoleEditor::buildWhatIfTab()
{
    auto *page = new QWidget;
    m_whatIfAction = new QComboBox;
    m_whatIfAction->setEditable(true);
    m_whatIfAction->addItems(GrantCatalog::commonActions());
    m_whatIfResource = new QLineEdit;
    m_whatIfResource->setPlaceholderText(tr("e.g. entity:739224:opportunity:4f1c…"));
    m_whatIfAttributes = new QTableWidget(4, 2);
    m_whatIfAttributes->setHorizontalHeaderLabels({tr("Attribute"), tr("Value")});
    m_whatIfAttributes->horizontalHeader()->setStretchLastSection(true);
    m_whatIfAttributes->horizontalHeader()->resizeSection(0, 260);
    m_whatIfAttributes->verticalHeader()->hide();
    m_whatIfAttributes->setMaximumHeight(150);
    auto *check = new QPushButton(tr("Check"));
    m_whatIfResult = new QLabel;
    m_whatIfResult->setWordWrap(true);
    m_whatIfResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_whatIfResult->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *form = new QFormLayout;
    form->addRow(tr("Action:"), m_whatIfAction);
    form->addRow(tr("Resource:"), m_whatIfResource);
    form->addRow(tr("Attribute values:"), m_whatIfAttributes);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(hintLabel(
        tr("Would this role (as edited, not yet saved) allow it? An approximation of the "
           "server's rules: an explicit deny wins over any allow, every condition of a grant "
           "must hold, and without an allow nothing is allowed. Other roles of the user are "
           "not considered.")));
    layout->addLayout(form);
    auto *row = new QHBoxLayout;
    row->addWidget(check);
    row->addStretch();
    layout->addLayout(row);
    layout->addWidget(m_whatIfResult, 1);
    connect(check, &QPushButton::clicked, this, [this] { checkWhatIf(); });
    return page;
}

QWidget *RoleEditor::buildFindings()
{
    auto *box = new QWidget;
    m_findingsSummary = new QLabel;
    m_findingsSummary->setWordWrap(true);
    m_findingsView = new QTreeWidget;
    m_findingsView->setColumnCount(3);
    m_findingsView->setHeaderLabels({tr("Finding"), tr("Grant"), QString()});
    m_findingsView->setRootIsDecorated(false);
    m_findingsView->header()->setStretchLastSection(false);
    m_findingsView->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_findingsView->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_findingsView->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_findingsSummary);
    layout->addWidget(m_findingsView, 1);
    connect(m_findingsView, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item || m_filling)
            return;
        GrantPath path;
        for (const QVariant &step : item->data(0, Qt::UserRole).toList())
            path << step.toInt();
        if (!path.isEmpty()) {
            m_tabs->setCurrentIndex(GrantsTab);
            selectPath(path);
        }
    });
    return box;
}

// ---- state --------------------------------------------------------------------------------

void RoleEditor::loadRole(const Role &role, const QList<Grant> &layout)
{
    m_loaded = role;
    m_isNew = false;
    m_hasRole = true;
    m_slugTouched = true;
    RoleDraft draft{role.name(), role.slug(), GrantTree::regroup(role.grants(), layout)};
    reset(draft);
}

void RoleEditor::startNewRole()
{
    m_loaded = Role();
    m_isNew = true;
    m_hasRole = true;
    m_slugTouched = false;
    reset(RoleDraft());
}

void RoleEditor::reset(const RoleDraft &draft)
{
    m_undo->clear();
    m_jsonDirty = false;
    m_jsonError.clear();
    m_jsonErrorLine = 0;
    m_slug->setReadOnly(!m_isNew || m_readOnly);
    m_slug->setToolTip(m_isNew ? tr("Lower-case letters, digits and _; starts with a letter.")
                               : tr("The slug is part of the role's id and cannot change."));
    m_type->setText(m_loaded.type().isEmpty() ? tr("share_role (set by the server)")
                                              : m_loaded.type());
    showDraft(draft, draft.grants.isEmpty() ? GrantPath() : GrantPath{0});
    m_undo->setClean();
}

Role RoleEditor::role() const
{
    Role role = m_loaded;
    role.setName(m_draft.name);
    role.setSlug(m_draft.slug);
    role.setGrants(m_draft.grants);
    return role;
}

bool RoleEditor::isModified() const
{
    return !m_undo->isClean() || m_jsonDirty;
}

void RoleEditor::markSaved()
{
    m_undo->setClean();
}

void RoleEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_name->setReadOnly(readOnly);
    m_slug->setReadOnly(readOnly || !m_isNew);
    m_json->setReadOnly(readOnly);
    m_details->setEnabled(!readOnly && !m_selected.isEmpty());
    refreshButtons();
}

bool RoleEditor::hasErrors() const
{
    return PolicyAnalyzer::hasErrors(m_findings);
}

bool RoleEditor::prepareForSave(QString *why)
{
    for (QWidget *field : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_slug),
                           static_cast<QWidget *>(m_json)})
        FieldMessage::clear(field);
    if (m_jsonDirty && !applyJsonText()) {
        FieldMessage::show(m_json, tr("Not saved: %1").arg(m_jsonError));
        if (why)
            *why = tr("The JSON view holds an error: %1").arg(m_jsonError);
        return false;
    }
    // Name and slug are checked at their fields (CreatePartnerRolePayload: slug pattern).
    bool fieldsOk = true;
    if (!InputRules::required(m_draft.name).isEmpty()) {
        FieldMessage::show(m_name, tr("The role needs a name."));
        fieldsOk = false;
    }
    if (const QString problem = InputRules::slug(m_draft.slug); m_isNew && !problem.isEmpty()) {
        FieldMessage::show(m_slug, problem);
        fieldsOk = false;
    }
    if (!fieldsOk) {
        if (why)
            *why = tr("Not saved: correct the marked fields.");
        return false;
    }
    if (hasErrors()) {
        if (why)
            *why = tr("Fix the errors listed under the grants first.");
        return false;
    }
    return true;
}

void RoleEditor::showDraft(const RoleDraft &draft, const GrantPath &select)
{
    m_filling = true;
    m_draft = draft;
    if (m_name->text() != draft.name)
        m_name->setText(draft.name);
    if (m_slug->text() != draft.slug)
        m_slug->setText(draft.slug);
    m_model->setGrants(draft.grants);
    m_tree->expandAll();
    m_selected = GrantTree::isValid(draft.grants, select) ? select : GrantPath();
    if (m_selected.isEmpty() && !draft.grants.isEmpty())
        m_selected = {0};
    m_tree->setCurrentIndex(m_model->indexForPath(m_selected));
    m_filling = false;
    m_jsonDirty = false;
    m_jsonError.clear();
    m_jsonErrorLine = 0;
    refreshFindings();
    refreshDetails();
    refreshJson();
    refreshButtons();
    emit changed();
}

void RoleEditor::apply(const RoleDraft &after, const QString &text, const GrantPath &select)
{
    if (m_readOnly || after == m_draft)
        return;
    m_undo->push(new RoleEditCommand(this, m_draft, after, text, m_selected, select));
}

void RoleEditor::applyGrants(const QList<Grant> &grants, const QString &text,
                             const GrantPath &select)
{
    RoleDraft after = m_draft;
    after.grants = grants;
    apply(after, text, select);
}

Grant RoleEditor::selectedGrant() const
{
    return GrantTree::at(m_draft.grants, m_selected);
}

void RoleEditor::selectPath(const GrantPath &path)
{
    if (!GrantTree::isValid(m_draft.grants, path))
        return;
    m_tree->setCurrentIndex(m_model->indexForPath(path));
    m_selected = path;
    refreshDetails();
    refreshButtons();
}

// ---- edits --------------------------------------------------------------------------------

void RoleEditor::setName(const QString &name)
{
    RoleDraft after = m_draft;
    after.name = name;
    apply(after, tr("Rename role"), m_selected);
}

void RoleEditor::setSlug(const QString &slug)
{
    RoleDraft after = m_draft;
    after.slug = slug.trimmed();
    apply(after, tr("Change slug"), m_selected);
}

void RoleEditor::addGrant()
{
    const int at = m_selected.isEmpty() ? int(m_draft.grants.size()) : m_selected.first() + 1;
    applyGrants(GrantTree::inserted(m_draft.grants, {at}, Grant(QString(), QString(), "allow")),
                tr("Add grant"), {at});
    m_tabs->setCurrentIndex(GrantsTab);
    m_action->setFocus();
}

void RoleEditor::addDependency()
{
    if (m_selected.isEmpty())
        return;
    const int owner = m_selected.first();
    const Grant parent = m_draft.grants.at(owner);
    const int at = int(parent.dependencies().size());
    Grant dependency(QStringLiteral("entity-read"), parent.resource(), QStringLiteral("allow"));
    applyGrants(GrantTree::inserted(m_draft.grants, {owner, at}, dependency), tr("Add dependency"),
                {owner, at});
    m_action->setFocus();
}

void RoleEditor::duplicateSelected()
{
    if (m_selected.isEmpty())
        return;
    GrantPath target = m_selected;
    target.last() += 1;
    applyGrants(GrantTree::inserted(m_draft.grants, target, selectedGrant()), tr("Duplicate grant"),
                target);
}

void RoleEditor::removeSelected()
{
    if (m_selected.isEmpty())
        return;
    const QList<Grant> after = GrantTree::removed(m_draft.grants, m_selected);
    GrantPath next = m_selected;
    if (next.last() >= GrantTree::siblingCount(after, next))
        next.last() -= 1;
    if (next.last() < 0)
        next.removeLast();
    applyGrants(after, tr("Remove grant"), next);
}

void RoleEditor::moveSelected(int step)
{
    if (m_selected.isEmpty())
        return;
    GrantPath target = m_selected;
    target.last() += step;
    const QList<Grant> after = GrantTree::moved(m_draft.grants, m_selected, step);
    applyGrants(after, step < 0 ? tr("Move grant up") : tr("Move grant down"), target);
}

void RoleEditor::copySelected()
{
    if (m_selected.isEmpty())
        return;
    const QJsonArray grants{selectedGrant().toJson()};
    QApplication::clipboard()->setText(
        QString::fromUtf8(QJsonDocument(grants).toJson(QJsonDocument::Indented)));
}

bool RoleEditor::pasteGrants(QString *error)
{
    const QString text = QApplication::clipboard()->text();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error =
                tr("The clipboard does not hold grants as JSON: %1").arg(parseError.errorString());
        return false;
    }
    QString problem;
    std::optional<QList<Grant>> grants;
    if (document.isObject()) {
        if (auto grant = Grant::fromJson(document.object(), &problem))
            grants = QList<Grant>{*grant};
    } else {
        grants = Grant::listFromJson(document.array(), &problem);
    }
    if (!grants || grants->isEmpty()) {
        if (error)
            *error = problem.isEmpty() ? tr("The clipboard holds no grants.")
                                       : tr("The clipboard's grants do not fit: %1").arg(problem);
        return false;
    }
    QList<Grant> after = m_draft.grants;
    int at = m_selected.isEmpty() ? int(after.size()) : m_selected.first() + 1;
    const int first = at;
    for (const Grant &grant : *grants)
        after.insert(at++, grant);
    applyGrants(after, tr("Paste %n grant(s)", nullptr, int(grants->size())), {first});
    return true;
}

bool RoleEditor::applyFix(const GrantFinding &finding)
{
    if (!finding.fixDependency || !GrantTree::isValid(m_draft.grants, finding.path))
        return false;
    const int owner = finding.path.first();
    const int at = int(m_draft.grants.at(owner).dependencies().size());
    applyGrants(GrantTree::inserted(m_draft.grants, {owner, at}, *finding.fixDependency),
                tr("Add missing dependency"), {owner, at});
    return true;
}

void RoleEditor::setSelectedAction(const QString &action)
{
    if (m_selected.isEmpty() || selectedGrant().action() == action)
        return;
    Grant grant = selectedGrant();
    grant.setAction(action);
    applyGrants(GrantTree::replaced(m_draft.grants, m_selected, grant), tr("Change action"),
                m_selected);
}

void RoleEditor::setSelectedResource(const QString &resource)
{
    if (m_selected.isEmpty() || selectedGrant().resource() == resource)
        return;
    Grant grant = selectedGrant();
    grant.setResource(resource);
    applyGrants(GrantTree::replaced(m_draft.grants, m_selected, grant), tr("Change resource"),
                m_selected);
}

void RoleEditor::setSelectedEffect(const QString &effect)
{
    if (m_selected.isEmpty() || selectedGrant().effect() == effect)
        return;
    Grant grant = selectedGrant();
    grant.setEffect(effect);
    applyGrants(GrantTree::replaced(m_draft.grants, m_selected, grant), tr("Change effect"),
                m_selected);
}

void RoleEditor::addEqualsCondition(const QString &attribute, const QStringList &values)
{
    if (m_selected.isEmpty())
        return;
    Grant grant = selectedGrant();
    QList<GrantCondition> conditions = grant.conditions();
    conditions.append(GrantCondition::equals(attribute, values));
    grant.setConditions(conditions);
    applyGrants(GrantTree::replaced(m_draft.grants, m_selected, grant), tr("Add condition"),
                m_selected);
    m_conditions->setCurrentRow(int(conditions.size()) - 1);
}

void RoleEditor::setConditionValues(int condition, const QString &attribute,
                                    const QStringList &values)
{
    Grant grant = selectedGrant();
    QList<GrantCondition> conditions = grant.conditions();
    if (condition < 0 || condition >= conditions.size() || !conditions.at(condition).isEquals())
        return;
    conditions[condition].setAttribute(attribute);
    conditions[condition].setValues(values);
    grant.setConditions(conditions);
    applyGrants(GrantTree::replaced(m_draft.grants, m_selected, grant), tr("Change condition"),
                m_selected);
    m_conditions->setCurrentRow(condition);
}

void RoleEditor::removeCondition(int condition)
{
    Grant grant = selectedGrant();
    QList<GrantCondition> conditions = grant.conditions();
    if (condition < 0 || condition >= conditions.size())
        return;
    conditions.removeAt(condition);
    grant.setConditions(conditions);
    applyGrants(GrantTree::replaced(m_draft.grants, m_selected, grant), tr("Remove condition"),
                m_selected);
}

void RoleEditor::onConditionEdited()
{
    if (m_filling)
        return;
    const int row = m_conditions->currentRow();
    QStringList values;
    for (int index = 0; index < m_conditionValues->count(); ++index)
        values << m_conditionValues->item(index)->text();
    setConditionValues(row, m_conditionAttribute->text().trimmed(), nonEmpty(values));
}

// ---- JSON ---------------------------------------------------------------------------------

QString RoleEditor::roleJsonText() const
{
    QJsonObject json;
    if (!m_loaded.id().isEmpty())
        json.insert(QStringLiteral("id"), m_loaded.id());
    json.insert(QStringLiteral("name"), m_draft.name);
    json.insert(QStringLiteral("slug"), m_draft.slug);
    if (!m_loaded.type().isEmpty())
        json.insert(QStringLiteral("type"), m_loaded.type());
    json.insert(QStringLiteral("grants"), Grant::listToJson(m_draft.grants));
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
}

bool RoleEditor::applyJsonText()
{
    const QString text = m_json->toPlainText();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    QString reason;
    int line = 0;
    RoleDraft after = m_draft;
    if (parseError.error != QJsonParseError::NoError) {
        // The offset counts UTF-8 bytes; map it back to characters for the line.
        const QString before = QString::fromUtf8(text.toUtf8().left(parseError.offset));
        line = JsonLocator::lineAtOffset(text, before.size());
        reason = parseError.errorString();
    } else if (!document.isObject()) {
        line = 1;
        reason = tr("the role must be a JSON object");
    } else {
        const QJsonObject json = document.object();
        const JsonLocator locator(text);
        const auto fail = [&](const QString &path, const QString &why) {
            line = qMax(1, locator.lineOf(path));
            reason = why;
        };
        if (!json.value("name").isString())
            fail(QStringLiteral("name"), tr("\"name\" must be text"));
        else if (!json.value("slug").isString())
            fail(QStringLiteral("slug"), tr("\"slug\" must be text"));
        else if (!m_isNew && json.value("slug").toString() != m_loaded.slug())
            fail(QStringLiteral("slug"), tr("the slug of a saved role cannot change"));
        else if (json.contains("id") && json.value("id").toString() != m_loaded.id())
            fail(QStringLiteral("id"), tr("the id cannot change"));
        else {
            QString problem;
            const auto grants = Grant::listFromJson(json.value("grants"), &problem, "grants");
            if (!grants) {
                fail(problem.section(QLatin1Char(' '), 0, 0), problem);
            } else {
                after.name = json.value("name").toString();
                after.slug = json.value("slug").toString();
                after.grants = *grants;
            }
        }
    }
    if (!reason.isEmpty()) {
        m_jsonError = tr("Line %1: %2").arg(line).arg(reason);
        m_jsonErrorLine = line;
        m_jsonStatus->setText(QStringLiteral("<span style='color:#c62828'>%1</span>")
                                  .arg(m_jsonError.toHtmlEscaped()));
        const QTextBlock block = m_json->document()->findBlockByNumber(line - 1);
        if (block.isValid()) {
            QTextCursor cursor(block);
            cursor.select(QTextCursor::LineUnderCursor);
            m_json->setTextCursor(cursor);
        }
        emit changed();
        return false;
    }
    m_jsonDirty = false;
    m_jsonError.clear();
    m_jsonErrorLine = 0;
    if (after == m_draft)
        refreshJson();
    else
        apply(after, tr("Edit as JSON"), m_selected);
    m_jsonStatus->setText(tr("Applied."));
    return true;
}

void RoleEditor::refreshJson()
{
    if (m_jsonDirty)
        return;
    m_filling = true;
    m_json->setPlainText(roleJsonText());
    m_filling = false;
}

void RoleEditor::onTabChanged(int index)
{
    const int previous = m_previousTab;
    m_previousTab = index;
    if (previous == JsonTab && index != JsonTab && m_jsonDirty && !applyJsonText()) {
        // Stay on the JSON: leaving would silently drop the edit or show a stale tree.
        QTimer::singleShot(0, this, [this] { m_tabs->setCurrentIndex(JsonTab); });
    }
}

// ---- what if ------------------------------------------------------------------------------

WhatIfCheck::Answer RoleEditor::checkWhatIf()
{
    WhatIfCheck::Question question;
    question.action = m_whatIfAction->currentText().trimmed();
    question.resource = m_whatIfResource->text().trimmed();
    for (int row = 0; row < m_whatIfAttributes->rowCount(); ++row) {
        const QTableWidgetItem *attribute = m_whatIfAttributes->item(row, 0);
        const QTableWidgetItem *value = m_whatIfAttributes->item(row, 1);
        if (attribute && !attribute->text().trimmed().isEmpty())
            question.attributes.insert(attribute->text().trimmed(),
                                       value ? value->text().trimmed() : QString());
    }
    const WhatIfCheck::Answer answer = WhatIfCheck::evaluate(m_draft.grants, question);
    QString color = answer.decision == WhatIfCheck::Decision::Allowed
                        ? GrantStyle::effectColor("allow").name()
                        : GrantStyle::effectColor("deny").name();
    QString html = QStringLiteral("<p style='font-size:large'><b style='color:%1'>%2</b></p>")
                       .arg(color, WhatIfCheck::decisionLabel(answer.decision).toHtmlEscaped());
    if (!answer.deciding.isEmpty()) {
        html += QStringLiteral("<p>%1</p><ul>").arg(tr("Decided by:").toHtmlEscaped());
        for (const Grant &grant : answer.deciding)
            html += QStringLiteral("<li>%1</li>").arg(grant.summary().toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    for (const QString &note : answer.notes)
        html += QStringLiteral("<p><i>%1</i></p>").arg(note.toHtmlEscaped());
    html += QStringLiteral("<p><i>%1</i></p>")
                .arg(tr("Approximation of the server's evaluation, for this role alone.")
                         .toHtmlEscaped());
    m_whatIfResult->setText(html);
    return answer;
}

// ---- refresh ------------------------------------------------------------------------------

void RoleEditor::refreshDetails()
{
    m_filling = true;
    const bool has = !m_selected.isEmpty();
    m_details->setEnabled(has && !m_readOnly);
    const Grant grant = selectedGrant();
    m_details->setTitle(!has ? tr("No grant selected")
                        : m_selected.size() == 2
                            ? tr("Dependency of grant %1").arg(m_selected.first() + 1)
                            : tr("Grant %1").arg(m_selected.first() + 1));
    m_action->setEditText(grant.action());
    const QString description = GrantCatalog::describe(grant.action());
    m_actionHelp->setText(!has || grant.action().isEmpty() ? QString()
                          : description.isEmpty() ? tr("Not a common action; check the spelling.")
                                                  : description);
    m_resource->setText(grant.resource());
    const QString effect = grant.effectiveEffect();
    while (m_effect->count() > 2)
        m_effect->removeItem(2);
    int effectIndex = m_effect->findData(effect);
    if (effectIndex < 0 && has) {
        m_effect->addItem(GrantStyle::effectIcon(effect), tr("%1 (invalid)").arg(effect), effect);
        effectIndex = 2;
    }
    m_effect->setCurrentIndex(qMax(0, effectIndex));
    const int conditionRow = m_conditions->currentRow();
    m_conditions->clear();
    for (const GrantCondition &condition : grant.conditions())
        m_conditions->addItem(condition.summary());
    m_conditions->setCurrentRow(qMin(qMax(0, conditionRow), m_conditions->count() - 1));
    m_filling = false;
    refreshConditionEditor();
}

void RoleEditor::refreshConditionEditor()
{
    m_filling = true;
    const QList<GrantCondition> conditions = selectedGrant().conditions();
    const int row = m_conditions->currentRow();
    const bool valid = row >= 0 && row < conditions.size();
    const GrantCondition condition = valid ? conditions.at(row) : GrantCondition();
    const bool equals = valid && condition.isEquals();
    m_conditionEditor->setVisible(equals);
    m_conditionShape->setVisible(valid && !equals);
    m_conditionShape->setText(
        valid && !equals ? tr("This condition's shape is kept exactly as it is; edit it in "
                              "the JSON view.")
                         : QString());
    m_conditionAttribute->setText(condition.attribute());
    m_conditionValues->clear();
    for (const QString &value : condition.values()) {
        auto *item = new QListWidgetItem(value);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        m_conditionValues->addItem(item);
    }
    m_filling = false;
}

void RoleEditor::refreshFindings()
{
    PolicyAnalyzer::Input input;
    input.name = m_draft.name;
    input.slug = m_draft.slug;
    input.grants = m_draft.grants;
    if (!m_isNew)
        input.before = m_loaded.grants();
    m_findings = PolicyAnalyzer::analyze(input);
    m_model->setFindings(m_findings);

    m_filling = true;
    m_findingsView->clear();
    int errors = 0, warnings = 0, suggestions = 0;
    QWidget *tabBefore = m_findingsView; // Tab reaches the fix buttons right after the list
    for (const GrantFinding &finding : m_findings) {
        auto *item = new QTreeWidgetItem(m_findingsView);
        item->setIcon(0, GrantStyle::severityIcon(finding.severity));
        item->setText(0, finding.message);
        item->setToolTip(0, GrantFinding::severityLabel(finding.severity) + QStringLiteral(": ") +
                                finding.message);
        item->setText(1, finding.path.isEmpty()     ? tr("role")
                         : finding.path.size() == 1 ? tr("grant %1").arg(finding.path.first() + 1)
                                                    : tr("grant %1, dependency %2")
                                                          .arg(finding.path.first() + 1)
                                                          .arg(finding.path.last() + 1));
        QVariantList path;
        for (int step : finding.path)
            path << step;
        item->setData(0, Qt::UserRole, path);
        item->setData(1, Qt::UserRole, finding.code);
        switch (finding.severity) {
        case GrantFinding::Severity::Error:
            ++errors;
            break;
        case GrantFinding::Severity::Warning:
            ++warnings;
            break;
        case GrantFinding::Severity::Suggestion:
            ++suggestions;
            break;
        }
        if (finding.fixDependency && !m_readOnly) {
            auto *fix = new QPushButton(tr("Fix: add %1").arg(finding.fixDependency->action()));
            fix->setObjectName(
                QStringLiteral("fix-%1").arg(m_findingsView->topLevelItemCount() - 1));
            const GrantFinding copy = finding;
            connect(fix, &QPushButton::clicked, this, [this, copy] { applyFix(copy); });
            m_findingsView->setItemWidget(item, 2, fix);
            QWidget::setTabOrder(tabBefore, fix);
            tabBefore = fix;
        }
    }
    m_filling = false;
    if (m_findings.isEmpty())
        m_findingsSummary->setText(tr("No findings."));
    else
        m_findingsSummary->setText(
            tr("%1 error(s) — block saving; %2 warning(s) — need confirmation when saving; %3 "
               "suggestion(s).")
                .arg(errors)
                .arg(warnings)
                .arg(suggestions));
}

void RoleEditor::refreshButtons()
{
    const bool has = !m_selected.isEmpty();
    for (QToolButton *button : m_editButtons)
        button->setEnabled(!m_readOnly);
    m_addDependencyButton->setEnabled(!m_readOnly && has);
    m_duplicateButton->setEnabled(!m_readOnly && has);
    m_removeButton->setEnabled(!m_readOnly && has);
    m_upButton->setEnabled(!m_readOnly && has && m_selected.last() > 0);
    m_downButton->setEnabled(!m_readOnly && has &&
                             m_selected.last() + 1 <
                                 GrantTree::siblingCount(m_draft.grants, m_selected));
    m_copyButton->setEnabled(has);
}
