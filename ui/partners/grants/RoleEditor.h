#pragma once

#include "domain/grants/GrantFinding.h"
#include "domain/grants/RoleDraft.h"
#include "domain/grants/WhatIfCheck.h"
#include "domain/partners/Role.h"
#include "domain/permissions/PermissionRole.h"

#include <QWidget>

class GrantForm;
class PartnerDirectoryService;
class PermissionsService;
class RoleSave;
class GrantTreePage;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;
class QTabWidget;
class QTreeView;
class QTreeWidget;
class QUndoStack;
class RoleFindingsView;
class RoleHeaderForm;
class RoleJsonPage;
class WhatIfPage;

// The grant editor: a host of small pages around one role draft. It owns the draft, the undo
// stack and the selection; the header form (name, slug), the Grants page (tree and the selected
// grant's form), the JSON page, the what-if page and the findings only show and report what was
// typed. Every edit is a RoleEdits function on the draft, pushed as one undoable command.
// Saving is the host's business; it asks canSave()/prepareForSave() and role().
// It edits partner roles (Partner Directory API) and the organization's own roles (Permissions
// API, loadOrganizationRole()): those show their grants flat, as the server stores them, and
// add the parent role and the expiry to the header.
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
    // Shows an organization role (Permissions API) from the server: grants flat as stored,
    // `organizationRoles` offered as parents (root and share roles, by name), `typeText` the
    // role's kind in words. Clears undo history.
    void loadOrganizationRole(const PermissionRole &role,
                              const QList<PermissionRole> &organizationRoles,
                              const QString &typeText);
    bool isOrganizationRole() const { return m_organizationRole; }
    // The organization role as edited (loadOrganizationRole()).
    PermissionRole organizationRole() const;
    // Starts a new, empty role.
    void startNewRole();
    bool isNewRole() const { return m_isNew; }
    bool hasRole() const { return m_hasRole; }
    Role loadedRole() const { return m_loaded; }
    // The role as edited: the loaded role's members with name, slug and the grant tree.
    Role role() const;
    RoleDraft draft() const { return m_draft; }
    // True as soon as anything differs from what was loaded, typed text not yet left included.
    bool isModified() const;
    void markSaved();
    void setReadOnly(bool readOnly);

    QList<GrantFinding> findings() const { return m_findings; }
    bool hasErrors() const;
    // Takes over typed text and pending JSON edits, then says whether saving is allowed; `why`
    // tells why not.
    bool prepareForSave(QString *why);

    // Saves the role to `organizationId` (checks, reads the server's copy again, takes over what
    // only others changed, asks about conflicts, reviews, then creates or updates; see RoleSave).
    // The outcome arrives once as saveFinished(), never from within save(); on success the
    // editor shows the server's answer and saved() names it.
    void save(PartnerDirectoryService *service, const QString &organizationId);
    // The same for an organization role: getRole, the comparison, the review, putRole.
    void save(PermissionsService *service);
    bool isSaving() const;

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
    void addCondition(GrantCondition::Kind kind, const QString &attribute,
                      const QStringList &values);
    void setConditionValues(int condition, const QString &attribute, const QStringList &values);
    // Any of the four shapes; `attribute` names user fields (comma-separated) for current-user
    // kinds.
    void setCondition(int condition, GrantCondition::Kind kind, const QString &attribute,
                      const QStringList &values);
    // Organization roles: the role inherited from (id; empty: none), the expiry (ISO 8601;
    // empty: never).
    void setParentRole(const QString &roleId);
    void setExpiresAt(const QString &isoDateTime);
    void removeCondition(int condition);
    // Replaces the draft from the JSON view's text; false (and jsonError()) if it does not parse
    // or fit. Never changes anything on failure.
    bool applyJsonText();
    QString jsonError() const { return m_jsonError; }
    int jsonErrorLine() const { return m_jsonErrorLine; }
    bool hasPendingJson() const;

    WhatIfCheck::Answer checkWhatIf();

    GrantPath selectedPath() const { return m_selected; }
    void selectPath(const GrantPath &path);

    // Called by undo commands only.
    void showDraft(const RoleDraft &draft, const GrantPath &select);

    QUndoStack *undoStack() const { return m_undo; }
    QTabWidget *tabs() const { return m_tabs; }
    QTreeView *tree() const;
    QPlainTextEdit *jsonEdit() const;
    QComboBox *actionBox() const;
    QLineEdit *resourceEdit() const;
    QComboBox *effectBox() const;
    QLineEdit *nameEdit() const;
    QLineEdit *slugEdit() const;
    QComboBox *parentBox() const;
    QCheckBox *expiresCheck() const;
    QDateTimeEdit *expiryEdit() const;
    QComboBox *conditionKindBox() const;
    QLineEdit *conditionAttributeEdit() const;
    QTreeWidget *findingsView() const;
    QComboBox *whatIfAction() const;
    QLineEdit *whatIfResource() const;
    QTableWidget *whatIfAttributes() const;
    QLabel *whatIfResult() const;

signals:
    void changed();
    void saved(const Role &role);
    void saveFailed(const QString &message);
    void saveFinished(bool saved);

private:
    void connectHeader();
    void connectGrantPages();
    void connectJsonPage();
    void runCommand(int command);
    void apply(const RoleDraftEdit &edit, const QString &text);
    void reset(const RoleDraft &draft);
    void refreshSelection();
    void refreshFindings();
    void onTabChanged(int index);
    void discardJson();
    RoleSave *saver(PartnerDirectoryService *service);
    RoleSave *saver(PermissionsService *service);
    void wireSaver();
    bool refusesSave();
    void adopt(const Role &current, const Role &merged, bool keepMyGrants);
    void refuseSave(const QString &why);

    Role m_loaded;
    bool m_isNew = true;
    bool m_hasRole = false;
    bool m_readOnly = false;
    bool m_organizationRole = false;
    QString m_typeText; // the kind in words (organization roles)
    RoleDraft m_draft;
    GrantPath m_selected;
    QList<GrantFinding> m_findings;
    QString m_jsonError;
    int m_jsonErrorLine = 0;
    int m_previousTab = GrantsTab;

    QUndoStack *m_undo;
    RoleHeaderForm *m_header;
    QTabWidget *m_tabs;
    GrantTreePage *m_grants;
    GrantForm *m_form;
    RoleJsonPage *m_json;
    WhatIfPage *m_whatIf;
    RoleFindingsView *m_findingsView;
    RoleSave *m_saver = nullptr;
    QList<Grant> m_savingTree; // the tree being saved, remembered as the role's layout
};
