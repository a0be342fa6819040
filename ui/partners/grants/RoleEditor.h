#pragma once

#include "domain/grants/GrantFinding.h"
#include "domain/partners/Role.h"
#include "domain/grants/WhatIfCheck.h"
#include "domain/grants/RoleDraft.h"

#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;
class QToolButton;
class QTreeView;
class QTreeWidget;
class QUndoStack;
class StyledGrantTreeModel;

// The grant editor: a role's name, slug and grants as a tree (dependencies beneath the grant
// that needs them), a detail form for the selected grant, a JSON view of the whole role, a
// what-if check and the policy analyzer's findings. Every edit is an undoable command.
// Saving is the host's business; it asks canSave()/prepareForSave() and role().
class RoleEditor : public QWidget
{
    Q_OBJECT
public:
    enum Tab { GrantsTab, JsonTab, WhatIfTab };

    explicit RoleEditor(QWidget *parent = nullptr);
    ~RoleEditor() override;
    // Sized by its minimum, not by the height its wrapping hints would like at full width: that
    // height counts every list at its preferred size and made the page scroll at 1280x800.
    bool hasHeightForWidth() const override { return false; }

    // Shows a role from the server: its flat grants regrouped with `layout` (the tree this
    // application last saved for it) and the usual dependencies. Clears undo history.
    void loadRole(const Role &role, const QList<Grant> &layout = {});
    // Starts a new, empty role.
    void startNewRole();
    bool isNewRole() const { return m_isNew; }
    bool hasRole() const { return m_hasRole; }
    Role loadedRole() const { return m_loaded; }
    // The role as edited: the loaded role's members with name, slug and the grant tree.
    Role role() const;
    RoleDraft draft() const { return m_draft; }
    bool isModified() const;
    void markSaved();
    void setReadOnly(bool readOnly);

    QList<GrantFinding> findings() const { return m_findings; }
    bool hasErrors() const;
    // Applies pending JSON edits, then says whether saving is allowed; `why` tells why not.
    bool prepareForSave(QString *why);

    // Edits (the buttons call these; public for the host and tests). Each is one undo step.
    void addGrant();
    void addDependency();
    void duplicateSelected();
    void removeSelected();
    void moveSelected(int step);
    void copySelected();
    bool pasteGrants(QString *error = nullptr);
    bool applyFix(const GrantFinding &finding);
    void setName(const QString &name);
    void setSlug(const QString &slug);
    void setSelectedAction(const QString &action);
    void setSelectedResource(const QString &resource);
    void setSelectedEffect(const QString &effect);
    void addEqualsCondition(const QString &attribute, const QStringList &values);
    void setConditionValues(int condition, const QString &attribute, const QStringList &values);
    void removeCondition(int condition);
    // Replaces the draft from the JSON view's text; false (and jsonError()) if it does not parse
    // or fit. Never changes anything on failure.
    bool applyJsonText();
    QString jsonError() const { return m_jsonError; }
    int jsonErrorLine() const { return m_jsonErrorLine; }
    bool hasPendingJson() const { return m_jsonDirty; }

    WhatIfCheck::Answer checkWhatIf();

    GrantPath selectedPath() const { return m_selected; }
    void selectPath(const GrantPath &path);

    // Called by undo commands only.
    void showDraft(const RoleDraft &draft, const GrantPath &select);

    QUndoStack *undoStack() const { return m_undo; }
    QTabWidget *tabs() const { return m_tabs; }
    QTreeView *tree() const { return m_tree; }
    QPlainTextEdit *jsonEdit() const { return m_json; }
    QComboBox *actionBox() const { return m_action; }
    QLineEdit *resourceEdit() const { return m_resource; }
    QComboBox *effectBox() const { return m_effect; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *slugEdit() const { return m_slug; }
    QTreeWidget *findingsView() const { return m_findingsView; }
    QComboBox *whatIfAction() const { return m_whatIfAction; }
    QLineEdit *whatIfResource() const { return m_whatIfResource; }
    QTableWidget *whatIfAttributes() const { return m_whatIfAttributes; }
    QLabel *whatIfResult() const { return m_whatIfResult; }

signals:
    void changed();

private:
    QWidget *buildGrantsTab();
    QWidget *buildDetails();
    QWidget *buildJsonTab();
    QWidget *buildWhatIfTab();
    QWidget *buildFindings();
    void apply(const RoleDraft &after, const QString &text, const GrantPath &select);
    void applyGrants(const QList<Grant> &grants, const QString &text, const GrantPath &select);
    void reset(const RoleDraft &draft);
    void refreshDetails();
    void refreshConditionEditor();
    void refreshFindings();
    void refreshJson();
    void refreshButtons();
    void onTabChanged(int index);
    void onConditionEdited();
    Grant selectedGrant() const;
    QString roleJsonText() const;
    void suggestSlug();

    Role m_loaded;
    bool m_isNew = true;
    bool m_hasRole = false;
    bool m_readOnly = false;
    bool m_slugTouched = false;
    RoleDraft m_draft;
    GrantPath m_selected;
    QList<GrantFinding> m_findings;
    QString m_jsonError;
    int m_jsonErrorLine = 0;
    bool m_jsonDirty = false;
    bool m_filling = false;
    int m_previousTab = GrantsTab;

    QUndoStack *m_undo;
    StyledGrantTreeModel *m_model;
    QLineEdit *m_name;
    QLineEdit *m_slug;
    QLabel *m_slugHint;
    QLabel *m_type;
    QTabWidget *m_tabs;
    QTreeView *m_tree;
    QGroupBox *m_details;
    QComboBox *m_action;
    QLabel *m_actionHelp;
    QLineEdit *m_resource;
    QComboBox *m_effect;
    QListWidget *m_conditions;
    QLineEdit *m_conditionAttribute;
    QListWidget *m_conditionValues;
    QLabel *m_conditionShape;
    QWidget *m_conditionEditor;
    QPlainTextEdit *m_json;
    QLabel *m_jsonStatus;
    QComboBox *m_whatIfAction;
    QLineEdit *m_whatIfResource;
    QTableWidget *m_whatIfAttributes;
    QLabel *m_whatIfResult;
    QTreeWidget *m_findingsView;
    QLabel *m_findingsSummary;
    QList<QToolButton *> m_editButtons;
    QToolButton *m_addDependencyButton = nullptr;
    QToolButton *m_removeButton = nullptr;
    QToolButton *m_duplicateButton = nullptr;
    QToolButton *m_upButton = nullptr;
    QToolButton *m_downButton = nullptr;
    QToolButton *m_copyButton = nullptr;
};
