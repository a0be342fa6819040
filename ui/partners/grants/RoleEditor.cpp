#include "ui/partners/grants/RoleEditor.h"

#include "domain/common/InputRules.h"
#include "domain/grants/OrgRoleAdapter.h"
#include "domain/grants/PolicyAnalyzer.h"
#include "domain/grants/RoleReview.h"
#include "ui/common/FieldMessage.h"
#include "ui/partners/grants/GrantForm.h"
#include "ui/partners/grants/GrantTreePage.h"
#include "ui/partners/grants/RoleEditCommand.h"
#include "ui/partners/grants/RoleFindingsView.h"
#include "ui/partners/grants/RoleHeaderForm.h"
#include "ui/partners/grants/RoleJsonPage.h"
#include "ui/partners/grants/WhatIfPage.h"

#include <QApplication>
#include <QClipboard>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

RoleEditor::RoleEditor(QWidget *parent)
    : QWidget(parent), m_undo(new QUndoStack(this)), m_header(new RoleHeaderForm),
      m_tabs(new QTabWidget), m_grants(new GrantTreePage(m_undo)), m_form(m_grants->form()),
      m_json(new RoleJsonPage), m_whatIf(new WhatIfPage), m_findingsView(new RoleFindingsView)
{
    m_tabs->addTab(m_grants, tr("&Grants"));
    m_tabs->addTab(m_json, tr("&JSON"));
    m_tabs->addTab(m_whatIf, tr("&What if…"));

    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_tabs);
    split->addWidget(m_findingsView);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(split, 1);

    connectHeader();
    connectGrantPages();
    connectJsonPage();
    connect(m_whatIf, &WhatIfPage::checkRequested, this, [this] { checkWhatIf(); });
    connect(m_tabs, &QTabWidget::currentChanged, this, &RoleEditor::onTabChanged);
    connect(m_undo, &QUndoStack::cleanChanged, this, &RoleEditor::changed);
    startNewRole();
}

RoleEditor::~RoleEditor()
{
    // Children are deleted after this part of the editor. Their last signals must reach neither
    // this half-destroyed editor nor the page that holds it: the undo stack's cleanChanged and
    // indexChanged while it clears (closing with unsaved grants crashed), and the name field's
    // editingFinished when the editor's own window closes and takes the focus away.
    disconnect(m_undo, nullptr, nullptr, nullptr);
    disconnect(m_header, nullptr, nullptr, nullptr);
}

// ---- wiring -------------------------------------------------------------------------------

void RoleEditor::connectHeader()
{
    connect(
        m_header, &RoleHeaderForm::renamed, this, [this](const QString &name, bool slugFollows) {
            RoleDraftEdit edit = RoleEdits::renamed(m_draft, m_selected, name);
            if (slugFollows) // one step: the name and the slug suggested by it
                edit = RoleEdits::withSlug(edit.draft, m_selected, m_header->slugEdit()->text());
            apply(edit, tr("Rename role"));
        });
    connect(m_header, &RoleHeaderForm::slugChanged, this, &RoleEditor::setSlug);
    connect(m_header, &RoleHeaderForm::parentChosen, this, &RoleEditor::setParentRole);
    connect(m_header, &RoleHeaderForm::expiryChosen, this, &RoleEditor::setExpiresAt);
}

void RoleEditor::connectGrantPages()
{
    connect(m_grants, &GrantTreePage::commandTriggered, this,
            [this](GrantTreePage::Command command) { runCommand(int(command)); });
    connect(m_grants, &GrantTreePage::selected, this, [this](const GrantPath &path) {
        m_selected = path;
        refreshSelection();
    });
    connect(m_form, &GrantForm::actionChosen, this, &RoleEditor::setSelectedAction);
    connect(m_form, &GrantForm::resourceChosen, this, &RoleEditor::setSelectedResource);
    connect(m_form, &GrantForm::effectChosen, this, &RoleEditor::setSelectedEffect);
    connect(m_form, &GrantForm::conditionAddRequested, this,
            [this] { addEqualsCondition(QString(), {}); });
    connect(m_form, &GrantForm::conditionEdited, this, &RoleEditor::setCondition);
    connect(m_form, &GrantForm::conditionRemoveRequested, this, &RoleEditor::removeCondition);
    connect(m_findingsView, &RoleFindingsView::findingChosen, this, [this](const GrantPath &path) {
        m_tabs->setCurrentIndex(GrantsTab);
        selectPath(path);
    });
    connect(m_findingsView, &RoleFindingsView::fixRequested, this,
            [this](const GrantFinding &finding) { applyFix(finding); });
}

void RoleEditor::connectJsonPage()
{
    connect(m_json, &RoleJsonPage::edited, this, &RoleEditor::changed);
    connect(m_json, &RoleJsonPage::applyRequested, this, [this] { applyJsonText(); });
    connect(m_json, &RoleJsonPage::discardRequested, this, &RoleEditor::discardJson);
}

void RoleEditor::runCommand(int command)
{
    using Command = GrantTreePage::Command;
    switch (Command(command)) {
    case Command::Add:
        return addGrant();
    case Command::AddDependency:
        return addDependency();
    case Command::Duplicate:
        return duplicateSelected();
    case Command::Remove:
        return removeSelected();
    case Command::Up:
        return moveSelected(-1);
    case Command::Down:
        return moveSelected(1);
    case Command::Copy:
        return copySelected();
    case Command::Paste: {
        QString error;
        if (!pasteGrants(&error))
            m_findingsView->showError(error);
        return;
    }
    }
}

// ---- state --------------------------------------------------------------------------------

void RoleEditor::loadRole(const Role &role, const QList<Grant> &layout)
{
    m_loaded = role;
    m_isNew = false;
    m_hasRole = true;
    // Organization roles are shown as the server stores them: dependencies expanded.
    reset(RoleEdits::draftOf(role, m_organizationRole ? role.grants()
                                                      : GrantTree::regroup(role.grants(), layout)));
}

void RoleEditor::loadOrganizationRole(const PermissionRole &role,
                                      const QList<PermissionRole> &organizationRoles,
                                      const QString &typeText)
{
    m_organizationRole = true;
    m_typeText = typeText;
    QList<QPair<QString, QString>> parents;
    for (const PermissionRole &parent : OrgRoleAdapter::parentChoices(organizationRoles, role.id()))
        parents.append({parent.id(), parent.name()});
    m_header->setOrganizationRole(true, parents);
    loadRole(OrgRoleAdapter::toEditor(role));
}

PermissionRole RoleEditor::organizationRole() const
{
    return OrgRoleAdapter::fromEditor(role());
}

void RoleEditor::startNewRole()
{
    m_organizationRole = false;
    m_typeText.clear();
    m_header->setOrganizationRole(false, {});
    m_loaded = Role();
    m_isNew = true;
    m_hasRole = true;
    reset(RoleDraft());
}

void RoleEditor::reset(const RoleDraft &draft)
{
    m_undo->clear();
    m_header->startRole(m_isNew, m_typeText.isEmpty() ? m_loaded.type() : m_typeText);
    showDraft(draft, draft.grants.isEmpty() ? GrantPath() : GrantPath{0});
    m_undo->setClean();
}

Role RoleEditor::role() const
{
    return RoleEdits::applied(m_loaded, m_draft);
}

bool RoleEditor::isModified() const
{
    return !m_undo->isClean() || m_json->isPending() || m_header->hasPendingText(m_draft) ||
           m_form->hasPendingText(GrantTree::at(m_draft.grants, m_selected));
}

bool RoleEditor::hasPendingJson() const
{
    return m_json->isPending();
}

void RoleEditor::markSaved()
{
    m_undo->setClean();
}

void RoleEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_header->setReadOnly(readOnly);
    m_json->setReadOnly(readOnly);
    refreshSelection();
    refreshFindings();
}

bool RoleEditor::hasErrors() const
{
    return PolicyAnalyzer::hasErrors(m_findings);
}

bool RoleEditor::prepareForSave(QString *why)
{
    for (QWidget *field : {static_cast<QWidget *>(nameEdit()), static_cast<QWidget *>(slugEdit()),
                           static_cast<QWidget *>(jsonEdit())})
        FieldMessage::clear(field);
    if (!m_readOnly) { // what is typed counts, also when saved without leaving the field
        m_header->commit();
        m_form->commit();
    }
    if (m_json->isPending() && !applyJsonText()) {
        FieldMessage::show(jsonEdit(), tr("Not saved: %1").arg(m_jsonError));
        if (why)
            *why = tr("The JSON view holds an error: %1").arg(m_jsonError);
        return false;
    }
    // Name and slug are checked at their fields (CreatePartnerRolePayload: slug pattern).
    bool fieldsOk = true;
    if (!InputRules::required(m_draft.name).isEmpty()) {
        FieldMessage::show(nameEdit(), tr("The role needs a name."));
        fieldsOk = false;
    }
    if (const QString problem = InputRules::slug(m_draft.slug); m_isNew && !problem.isEmpty()) {
        FieldMessage::show(slugEdit(), problem);
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
    m_draft = draft;
    m_header->showDraft(draft);
    m_selected = GrantTree::isValid(draft.grants, select) ? select : GrantPath();
    if (m_selected.isEmpty() && !draft.grants.isEmpty())
        m_selected = {0};
    m_grants->showGrants(draft.grants, m_selected);
    m_jsonError.clear();
    m_jsonErrorLine = 0;
    refreshFindings();
    refreshSelection();
    m_json->reset(RoleEdits::jsonText(draft, m_loaded));
    emit changed();
}

void RoleEditor::apply(const RoleDraftEdit &edit, const QString &text)
{
    if (m_readOnly || edit.draft == m_draft)
        return;
    m_undo->push(new RoleEditCommand(this, m_draft, edit.draft, text, m_selected, edit.select));
}

void RoleEditor::selectPath(const GrantPath &path)
{
    if (!GrantTree::isValid(m_draft.grants, path))
        return;
    m_grants->select(path);
    m_selected = path;
    refreshSelection();
}

void RoleEditor::refreshSelection()
{
    m_form->showGrant(GrantTree::at(m_draft.grants, m_selected), m_selected, !m_readOnly);
    m_grants->refreshButtons(m_selected, GrantTree::siblingCount(m_draft.grants, m_selected),
                             m_readOnly);
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
    m_grants->showFindings(m_findings);
    m_findingsView->showFindings(m_findings, !m_readOnly);
}

// ---- edits --------------------------------------------------------------------------------

void RoleEditor::setName(const QString &name)
{
    apply(RoleEdits::renamed(m_draft, m_selected, name), tr("Rename role"));
}

void RoleEditor::setSlug(const QString &slug)
{
    apply(RoleEdits::withSlug(m_draft, m_selected, slug), tr("Change slug"));
}

void RoleEditor::addGrant()
{
    apply(RoleEdits::grantAdded(m_draft, m_selected), tr("Add grant"));
    m_tabs->setCurrentIndex(GrantsTab);
    m_form->focusAction();
}

void RoleEditor::addDependency()
{
    if (m_selected.isEmpty())
        return;
    apply(RoleEdits::dependencyAdded(m_draft, m_selected), tr("Add dependency"));
    m_form->focusAction();
}

void RoleEditor::duplicateSelected()
{
    apply(RoleEdits::duplicated(m_draft, m_selected), tr("Duplicate grant"));
}

void RoleEditor::removeSelected()
{
    apply(RoleEdits::removed(m_draft, m_selected), tr("Remove grant"));
}

void RoleEditor::moveSelected(int step)
{
    apply(RoleEdits::moved(m_draft, m_selected, step),
          step < 0 ? tr("Move grant up") : tr("Move grant down"));
}

void RoleEditor::copySelected()
{
    if (m_selected.isEmpty())
        return;
    const QJsonArray grants{GrantTree::at(m_draft.grants, m_selected).toJson()};
    QApplication::clipboard()->setText(
        QString::fromUtf8(QJsonDocument(grants).toJson(QJsonDocument::Indented)));
}

bool RoleEditor::pasteGrants(QString *error)
{
    const auto grants = RoleEdits::grantsFromJsonText(QApplication::clipboard()->text(), error);
    if (!grants)
        return false;
    apply(RoleEdits::pasted(m_draft, m_selected, *grants),
          tr("Paste %n grant(s)", nullptr, int(grants->size())));
    return true;
}

bool RoleEditor::applyFix(const GrantFinding &finding)
{
    if (!finding.fixDependency || !GrantTree::isValid(m_draft.grants, finding.path))
        return false;
    apply(RoleEdits::fixed(m_draft, m_selected, finding), tr("Add missing dependency"));
    return true;
}

void RoleEditor::setSelectedAction(const QString &action)
{
    apply(RoleEdits::withAction(m_draft, m_selected, action), tr("Change action"));
}

void RoleEditor::setSelectedResource(const QString &resource)
{
    apply(RoleEdits::withResource(m_draft, m_selected, resource), tr("Change resource"));
}

void RoleEditor::setSelectedEffect(const QString &effect)
{
    apply(RoleEdits::withEffect(m_draft, m_selected, effect), tr("Change effect"));
}

void RoleEditor::addEqualsCondition(const QString &attribute, const QStringList &values)
{
    const RoleDraftEdit edit = RoleEdits::conditionAdded(m_draft, m_selected, attribute, values);
    apply(edit, tr("Add condition"));
    m_form->setCurrentCondition(
        int(GrantTree::at(edit.draft.grants, edit.select).conditions().size()) - 1);
}

void RoleEditor::setConditionValues(int condition, const QString &attribute,
                                    const QStringList &values)
{
    const RoleDraftEdit edit =
        RoleEdits::conditionChanged(m_draft, m_selected, condition, attribute, values);
    if (edit.draft == m_draft)
        return;
    apply(edit, tr("Change condition"));
    m_form->setCurrentCondition(condition);
}

void RoleEditor::addCondition(GrantCondition::Kind kind, const QString &attribute,
                              const QStringList &values)
{
    const RoleDraftEdit edit =
        RoleEdits::conditionAdded(m_draft, m_selected, kind, attribute, values);
    apply(edit, tr("Add condition"));
    m_form->setCurrentCondition(
        int(GrantTree::at(edit.draft.grants, edit.select).conditions().size()) - 1);
}

void RoleEditor::setCondition(int condition, GrantCondition::Kind kind, const QString &attribute,
                              const QStringList &values)
{
    const RoleDraftEdit edit =
        RoleEdits::conditionChanged(m_draft, m_selected, condition, kind, attribute, values);
    if (edit.draft == m_draft)
        return;
    apply(edit, tr("Change condition"));
    m_form->setCurrentCondition(condition);
}

void RoleEditor::setParentRole(const QString &roleId)
{
    apply(RoleEdits::withParentRole(m_draft, m_selected, roleId), tr("Change parent role"));
}

void RoleEditor::setExpiresAt(const QString &isoDateTime)
{
    apply(RoleEdits::withExpiry(m_draft, m_selected, isoDateTime),
          isoDateTime.isEmpty() ? tr("Remove expiry") : tr("Change expiry"));
}

void RoleEditor::removeCondition(int condition)
{
    apply(RoleEdits::conditionRemoved(m_draft, m_selected, condition), tr("Remove condition"));
}

// ---- JSON, what if ------------------------------------------------------------------------

bool RoleEditor::applyJsonText()
{
    const RoleEdits::JsonReading reading =
        RoleEdits::fromJsonText(m_json->text(), m_loaded, m_isNew);
    if (!reading.draft) {
        m_jsonError = tr("Line %1: %2").arg(reading.line).arg(reading.reason);
        m_jsonErrorLine = reading.line;
        m_json->showError(m_jsonError, reading.line);
        emit changed();
        return false;
    }
    m_jsonError.clear();
    m_jsonErrorLine = 0;
    if (*reading.draft == m_draft)
        m_json->reset(RoleEdits::jsonText(m_draft, m_loaded));
    else
        apply({*reading.draft, m_selected}, tr("Edit as JSON"));
    m_json->showApplied();
    return true;
}

void RoleEditor::discardJson()
{
    m_jsonError.clear();
    m_jsonErrorLine = 0;
    m_json->reset(RoleEdits::jsonText(m_draft, m_loaded));
    emit changed();
}

void RoleEditor::onTabChanged(int index)
{
    const int previous = m_previousTab;
    m_previousTab = index;
    if (previous == JsonTab && index != JsonTab && m_json->isPending() && !applyJsonText()) {
        // Stay on the JSON: leaving would silently drop the edit or show a stale tree.
        QTimer::singleShot(0, this, [this] { m_tabs->setCurrentIndex(JsonTab); });
    }
}

WhatIfCheck::Answer RoleEditor::checkWhatIf()
{
    return m_whatIf->check(m_draft.grants);
}

// ---- pages' widgets, for the host and tests -----------------------------------------------

QTreeView *RoleEditor::tree() const
{
    return m_grants->tree();
}
QPlainTextEdit *RoleEditor::jsonEdit() const
{
    return m_json->edit();
}
QComboBox *RoleEditor::actionBox() const
{
    return m_form->actionBox();
}
QLineEdit *RoleEditor::resourceEdit() const
{
    return m_form->resourceEdit();
}
QComboBox *RoleEditor::effectBox() const
{
    return m_form->effectBox();
}
QLineEdit *RoleEditor::nameEdit() const
{
    return m_header->nameEdit();
}
QLineEdit *RoleEditor::slugEdit() const
{
    return m_header->slugEdit();
}
QComboBox *RoleEditor::parentBox() const
{
    return m_header->parentBox();
}
QCheckBox *RoleEditor::expiresCheck() const
{
    return m_header->expiresCheck();
}
QDateTimeEdit *RoleEditor::expiryEdit() const
{
    return m_header->expiryEdit();
}
QComboBox *RoleEditor::conditionKindBox() const
{
    return m_form->conditionKindBox();
}
QLineEdit *RoleEditor::conditionAttributeEdit() const
{
    return m_form->conditionAttributeEdit();
}
QTreeWidget *RoleEditor::findingsView() const
{
    return m_findingsView->view();
}
QComboBox *RoleEditor::whatIfAction() const
{
    return m_whatIf->actionBox();
}
QLineEdit *RoleEditor::whatIfResource() const
{
    return m_whatIf->resourceEdit();
}
QTableWidget *RoleEditor::whatIfAttributes() const
{
    return m_whatIf->attributes();
}
QLabel *RoleEditor::whatIfResult() const
{
    return m_whatIf->result();
}
