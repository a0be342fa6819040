#pragma once

#include "controllers/UserEditor.h"
#include "ui/common/MessageWidget.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;
class QPlainTextEdit;
class QScrollArea;
class ApiCall;
class Session;
class UserRolesSection;

// The selected user's details (getUserV2) as a form. Changed fields are marked; Save sends
// only those (see UserEditor); when someone else changed the same fields meanwhile it asks with a
// ConflictDialog. Shows a pending e-mail change, the roles and the groups.
class UserDetailPanel : public QWidget
{
    Q_OBJECT
public:
    explicit UserDetailPanel(Session *session, QWidget *parent = nullptr);

    // Loads the user from the server; an empty id clears the panel.
    void showUser(const QString &userId);
    QString userId() const { return m_userId; }
    UserEditor *editor() const { return m_editor; }
    bool hasUnsavedChanges() const;
    bool isSaving() const;
    // Saves the changed fields and the changed roles; saveFinished() reports both at once.
    void save();
    void revert();
    void setReadOnly(bool readOnly);

    QLineEdit *field(UserEditor::Field field) const;
    QPlainTextEdit *signatureEdit() const { return m_signature; }
    QCheckBox *signatureEnabled() const { return m_signatureEnabled; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *revertButton() const { return m_revert; }
    QPushButton *historyButton() const { return m_history; }
    MessageWidget *messageLabel() const { return m_message; }
    QLabel *groupsLabel() const { return m_groups; }
    UserRolesSection *roles() const { return m_roles; }
    QLabel *draftEmailLabel() const { return m_draftEmail; }

signals:
    void userSaved(const User &user);
    void groupActivated(const QString &groupId);
    void loadFailed(const QString &message);
    void saveFinished(bool ok);
    void rolesSaved(const QString &userId, const QStringList &roleIds);

private:
    void buildForm();
    void fill(const User &user);
    void askAboutConflict(const FieldConflict &conflict);
    void loadRolesAndGroups(const User &user);
    void updateMarks();
    // Marks follow the typing once a save was refused; remembers the field worked on.
    void onEdited();
    void restoreFocus();
    void connectRoles();
    void saveStepFinished(bool ok);
    QWidget *labelFor(UserEditor::Field field) const;

    Session *m_session;
    UserEditor *m_editor;
    QString m_userId;
    QPointer<ApiCall> m_loadCall;
    quint64 m_generation = 0;
    bool m_filling = false;
    bool m_readOnly = false;
    bool m_fieldsMarked = false; // the last save was refused for marked fields
    QPointer<QWidget> m_focusBeforeSave;
    QPointer<QWidget> m_lastEdited;
    QLabel *m_header = nullptr;
    QLabel *m_subtitle = nullptr;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_lines[UserEditor::FieldCount] = {};
    QComboBox *m_language = nullptr;
    QPlainTextEdit *m_signature = nullptr;
    QTextBrowser *m_signaturePreview = nullptr;
    QCheckBox *m_signatureEnabled = nullptr;
    QLabel *m_draftEmail = nullptr;
    UserRolesSection *m_roles = nullptr;
    int m_savesRunning = 0; // the fields' and the roles' saves of one Save
    bool m_savesOk = true;
    QLabel *m_groups = nullptr;
    MessageWidget *m_message = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_history = nullptr;
    QWidget *m_content = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_empty = nullptr;
};
