#include "ui/partners/grants/GrantForm.h"

#include "domain/grants/Grant.h"
#include "domain/grants/GrantCatalog.h"
#include "ui/common/Icons.h"
#include "ui/partners/grants/GrantStyle.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QStringList nonEmpty(const QStringList &values)
{
    QStringList result;
    for (const QString &value : values) {
        if (!value.trimmed().isEmpty())
            result << value.trimmed();
    }
    return result;
}

QToolButton *conditionButton(const QString &icon, const QString &name)
{
    auto *button = new QToolButton;
    button->setIcon(Icons::get(icon));
    button->setToolTip(name);
    button->setAccessibleName(name);
    button->setAutoRaise(true);
    return button;
}

QListWidgetItem *editableItem(const QString &text)
{
    auto *item = new QListWidgetItem(text);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    return item;
}

} // namespace

GrantForm::GrantForm(QWidget *parent) : QGroupBox(tr("Selected grant"), parent)
{
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
    m_actionHelp = GrantStyle::hintLabel();
    m_resource = new QLineEdit;
    // The shape and the wildcard as the field's placeholder, not as a line of its own: the form
    // keeps the height for the condition editor.
    m_resource->setPlaceholderText(
        tr("entity:<org>:<schema>:<id> — * matches anything in its place"));
    m_resource->setToolTip(GrantCatalog::resourceHelp());
    m_effect = new QComboBox;
    for (const QString effect : {QStringLiteral("allow"), QStringLiteral("deny")})
        m_effect->addItem(GrantStyle::effectIcon(effect), Grant::effectText(effect), effect);

    m_conditions = new QListWidget;
    m_conditions->setMaximumHeight(48);
    // A long condition is cut with "…" (whole in its tool tip), not scrolled sideways.
    m_conditions->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_conditions->setTextElideMode(Qt::ElideRight);
    // Icon buttons (their names in tool tips and for screen readers): text buttons beside the
    // list left it a sliver in German.
    auto *addCondition = conditionButton(QStringLiteral("add"), tr("Add condition"));
    auto *removeCondition = conditionButton(QStringLiteral("delete"), tr("Remove condition"));
    m_conditionShape = GrantStyle::hintLabel();
    // The buttons beside the list, one above the other: the form stays short enough to show a
    // condition's editor without scrolling.
    auto *conditionButtons = new QVBoxLayout;
    conditionButtons->addWidget(addCondition);
    conditionButtons->addWidget(removeCondition);
    conditionButtons->addStretch();
    auto *conditionsRow = new QHBoxLayout;
    conditionsRow->addWidget(m_conditions, 1);
    conditionsRow->addLayout(conditionButtons);

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    layout->addStretch(1);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Action:"), m_action);
    form->addRow(QString(), m_actionHelp);
    form->addRow(tr("&Resource:"), m_resource);
    form->addRow(tr("&Effect:"), m_effect);
    form->addRow(tr("Conditions:"), conditionsRow);
    // The selected condition's editor spans the form: its own labels sit beside its fields.
    form->addRow(buildConditionEditor());
    form->addRow(m_conditionShape);

    connectFields();
    connect(addCondition, &QToolButton::clicked, this, [this] {
        emit conditionAddRequested();
        m_conditionAttribute->setFocus();
    });
    connect(removeCondition, &QToolButton::clicked, this,
            [this] { emit conditionRemoveRequested(m_conditions->currentRow()); });
}

QWidget *GrantForm::buildConditionEditor()
{
    m_conditionAttribute = new QLineEdit;
    m_conditionAttribute->setObjectName(QStringLiteral("conditionAttribute"));
    m_conditionAttribute->setPlaceholderText(tr("e.g. workflows.primary.task_name"));
    m_conditionValues = new QListWidget;
    m_conditionValues->setObjectName(QStringLiteral("conditionValues"));
    m_conditionValues->setMaximumHeight(56);
    auto *addValueButton = conditionButton(QStringLiteral("add"), tr("Add value"));
    auto *removeValue = conditionButton(QStringLiteral("delete"), tr("Remove value"));

    m_conditionKind = new QComboBox;
    m_conditionKind->setObjectName(QStringLiteral("conditionKind"));
    using Kind = GrantCondition::Kind;
    m_conditionKind->addItem(tr("Attribute equals one of"), int(Kind::Equals));
    m_conditionKind->addItem(tr("Attribute equals none of"), int(Kind::NotEquals));
    m_conditionKind->addItem(tr("The current user is in the user field"),
                             int(Kind::EqualsCurrentUser));
    m_conditionKind->addItem(tr("The current user is not in the user field"),
                             int(Kind::NotEqualsCurrentUser));
    // Not as wide as its longest entry: beside its label on one line, the form stays short
    // enough to show the condition without scrolling.
    m_conditionKind->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_conditionKind->setMinimumContentsLength(12);
    m_conditionKind->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    m_conditionEditor = new QWidget;
    auto *conditionForm = new QFormLayout(m_conditionEditor);
    conditionForm->setContentsMargins(0, 0, 0, 0);
    conditionForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    conditionForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    conditionForm->addRow(tr("Condition:"), m_conditionKind);
    conditionForm->addRow(tr("Attribute:"), m_conditionAttribute);
    auto *valueButtons = new QVBoxLayout;
    valueButtons->addWidget(addValueButton);
    valueButtons->addWidget(removeValue);
    valueButtons->addStretch();
    m_valuesRow = new QWidget;
    auto *valuesRow = new QHBoxLayout(m_valuesRow);
    valuesRow->setContentsMargins(0, 0, 0, 0);
    valuesRow->addWidget(m_conditionValues, 1);
    valuesRow->addLayout(valueButtons);
    m_valuesLabel = new QLabel(tr("Values:"));
    conditionForm->addRow(m_valuesLabel, m_valuesRow);

    connect(m_conditionKind, &QComboBox::activated, this, [this] {
        showConditionKind(Kind(m_conditionKind->currentData().toInt()));
        onConditionEdited();
    });

    connect(m_conditionAttribute, &QLineEdit::editingFinished, this, &GrantForm::onConditionEdited);
    connect(m_conditionValues, &QListWidget::itemChanged, this, &GrantForm::onConditionEdited);
    connect(addValueButton, &QToolButton::clicked, this, &GrantForm::addValue);
    connect(removeValue, &QToolButton::clicked, this, [this] {
        delete m_conditionValues->currentItem();
        onConditionEdited();
    });
    return m_conditionEditor;
}

void GrantForm::connectFields()
{
    connect(m_action->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        if (!m_filling)
            emit actionChosen(m_action->currentText().trimmed());
    });
    connect(m_action, &QComboBox::activated, this, [this] {
        if (!m_filling)
            emit actionChosen(m_action->currentText().trimmed());
    });
    connect(m_resource, &QLineEdit::editingFinished, this, [this] {
        if (!m_filling)
            emit resourceChosen(m_resource->text().trimmed());
    });
    connect(m_effect, &QComboBox::activated, this, [this] {
        if (!m_filling)
            emit effectChosen(m_effect->currentData().toString());
    });
    connect(m_conditions, &QListWidget::currentRowChanged, this, [this] {
        if (!m_filling)
            refreshConditionEditor();
    });
}

void GrantForm::addValue()
{
    m_filling = true;
    m_conditionValues->addItem(editableItem(tr("value")));
    m_filling = false;
    onConditionEdited();
    if (QListWidgetItem *added = m_conditionValues->item(m_conditionValues->count() - 1))
        m_conditionValues->editItem(added);
}

void GrantForm::showGrant(const Grant &grant, const GrantPath &path, bool editable)
{
    m_grant = grant;
    m_filling = true;
    const bool has = !path.isEmpty();
    setEnabled(has && editable);
    setTitle(!has               ? tr("No grant selected")
             : path.size() == 2 ? tr("Dependency of grant %1").arg(path.first() + 1)
                                : tr("Grant %1").arg(path.first() + 1));
    m_action->setEditText(grant.action());
    const QString description = GrantCatalog::describe(grant.action());
    m_actionHelp->setText(!has || grant.action().isEmpty() ? QString()
                          : description.isEmpty() ? tr("Not a common action; check the spelling.")
                                                  : description);
    m_resource->setText(grant.resource());
    showEffect(grant.effectiveEffect(), !has);
    showConditions(grant);
    m_filling = false;
    refreshConditionEditor();
}

// An effect other than allow or deny (from the server or the JSON view) is shown as invalid.
void GrantForm::showEffect(const QString &effect, bool nothingSelected)
{
    while (m_effect->count() > 2)
        m_effect->removeItem(2);
    int index = m_effect->findData(effect);
    if (index < 0 && !nothingSelected) {
        m_effect->addItem(GrantStyle::effectIcon(effect), tr("%1 (invalid)").arg(effect), effect);
        index = 2;
    }
    m_effect->setCurrentIndex(qMax(0, index));
}

void GrantForm::showConditions(const Grant &grant)
{
    const int row = m_conditions->currentRow();
    m_conditions->clear();
    for (const GrantCondition &condition : grant.conditions()) {
        auto *item = new QListWidgetItem(condition.summary(), m_conditions);
        item->setToolTip(condition.summary());
    }
    m_conditions->setCurrentRow(qMin(qMax(0, row), m_conditions->count() - 1));
}

void GrantForm::setCurrentCondition(int row)
{
    m_conditions->setCurrentRow(row);
}

int GrantForm::currentCondition() const
{
    return m_conditions->currentRow();
}

void GrantForm::showConditionKind(GrantCondition::Kind kind)
{
    const bool values =
        kind == GrantCondition::Kind::Equals || kind == GrantCondition::Kind::NotEquals;
    m_valuesLabel->setVisible(values);
    m_valuesRow->setVisible(values);
    m_conditionAttribute->setPlaceholderText(
        values ? tr("e.g. workflows.primary.task_name")
               : tr("empty: every user field; or e.g. assignee.*.user_id, owner.*.user_id"));
}

void GrantForm::refreshConditionEditor()
{
    m_filling = true;
    const QList<GrantCondition> conditions = m_grant.conditions();
    const int row = m_conditions->currentRow();
    const bool valid = row >= 0 && row < conditions.size();
    const GrantCondition condition = valid ? conditions.at(row) : GrantCondition();
    const bool editable = valid && condition.isEditable();
    m_conditionEditor->setVisible(editable);
    m_conditionShape->setVisible(valid && !editable);
    m_conditionShape->setText(
        valid && !editable ? tr("This condition's shape is kept exactly as it is; edit it in "
                                "the JSON view.")
                           : QString());
    const GrantCondition::Kind kind = editable ? condition.kind() : GrantCondition::Kind::Equals;
    m_conditionKind->setCurrentIndex(qMax(0, m_conditionKind->findData(int(kind))));
    showConditionKind(kind);
    m_conditionAttribute->setText(condition.comparesValues() || !editable
                                      ? condition.attribute()
                                      : condition.userFields().join(QStringLiteral(", ")));
    m_conditionValues->clear();
    for (const QString &value : condition.values())
        m_conditionValues->addItem(editableItem(value));
    m_filling = false;
}

void GrantForm::onConditionEdited()
{
    if (m_filling)
        return;
    const Condition typed = typedCondition();
    emit conditionEdited(typed.row, typed.kind, typed.attribute, typed.values);
}

GrantForm::Condition GrantForm::typedCondition() const
{
    QStringList values;
    for (int index = 0; index < m_conditionValues->count(); ++index)
        values << m_conditionValues->item(index)->text();
    return {m_conditions->currentRow(),
            GrantCondition::Kind(m_conditionKind->currentData().toInt()),
            m_conditionAttribute->text().trimmed(), nonEmpty(values)};
}

bool GrantForm::hasPendingText(const Grant &grant) const
{
    if (!isEnabled())
        return false;
    const int row = m_conditions->currentRow();
    const QList<GrantCondition> conditions = grant.conditions();
    const bool shown = m_conditionEditor->isVisibleTo(this) && row >= 0 && row < conditions.size();
    const GrantCondition condition = shown ? conditions.at(row) : GrantCondition();
    const QString stored = condition.comparesValues()
                               ? condition.attribute()
                               : condition.userFields().join(QStringLiteral(", "));
    const bool attributeTyped = shown && m_conditionAttribute->text() != stored;
    return m_action->currentText() != grant.action() || m_resource->text() != grant.resource() ||
           attributeTyped;
}

void GrantForm::commit()
{
    if (!isEnabled())
        return;
    // Each emit may redraw the form from the new draft: read every field first.
    const QString action = m_action->currentText().trimmed();
    const QString resource = m_resource->text().trimmed();
    const bool conditionShown = m_conditionEditor->isVisibleTo(this);
    const Condition condition = typedCondition();
    emit actionChosen(action);
    emit resourceChosen(resource);
    if (conditionShown)
        emit conditionEdited(condition.row, condition.kind, condition.attribute, condition.values);
}

void GrantForm::focusAction()
{
    m_action->setFocus();
}
