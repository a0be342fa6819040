#pragma once

#include "ui/shell/Pane.h"

class AccountService;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

// Tools for an administrator helping someone who is stuck: invite tokens (check, activate,
// reject), e-mail change verification, password reset, sign-up of a new organization and the
// login parameters of a username. These are the User API's public operations, sent without the
// session's token. Passwords go into the request and are cleared from the form right after.
class AccountToolsPane : public Pane
{
    Q_OBJECT
public:
    explicit AccountToolsPane(Session *session, QWidget *parent = nullptr);

    QString title() const override;

    // "weak", "fair" or "strong" with a reason, for the hint under password fields.
    static QString strengthHint(const QString &password);

    QTabWidget *tabs() const { return m_tabs; }
    QLineEdit *inviteTokenEdit() const { return m_inviteToken; }
    QLineEdit *displayNameEdit() const { return m_displayName; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *passwordRepeatEdit() const { return m_passwordRepeat; }
    QLabel *inviteResult() const { return m_inviteResult; }
    void checkInviteToken();
    void activateUser();
    void rejectInvite();

    QLineEdit *verifyTokenEdit() const { return m_verifyToken; }
    QLineEdit *verifyPasswordEdit() const { return m_verifyPassword; }
    QLabel *verifyResult() const { return m_verifyResult; }
    void verifyEmail();

    QLineEdit *resetEmailEdit() const { return m_resetEmail; }
    QLineEdit *resetTokenEdit() const { return m_resetToken; }
    QLineEdit *resetPasswordEdit() const { return m_resetPassword; }
    QLineEdit *resetPasswordRepeatEdit() const { return m_resetPasswordRepeat; }
    QLabel *resetResult() const { return m_resetResult; }
    void requestPasswordReset();
    void resetPassword();

    QLineEdit *signUpField(const QString &name) const;
    QLabel *signUpResult() const { return m_signUpResult; }
    void signUp();

    QLineEdit *loginUsernameEdit() const { return m_loginUsername; }
    QComboBox *loginVersionBox() const { return m_loginVersion; }
    QTableWidget *loginTable() const { return m_loginTable; }
    QLabel *loginResult() const { return m_loginResult; }
    void lookUpLoginParameters();

signals:
    // One tool finished (ok or not); for tests.
    void finished(bool ok);

private:
    QWidget *createInvitationTab();
    QWidget *createVerifyTab();
    QWidget *createResetTab();
    QWidget *createSignUpTab();
    QWidget *createLoginTab();
    QLineEdit *passwordField(QWidget *parent, QLabel **hint = nullptr);
    // Empty when both fields match and are not empty; else the reason.
    static QString passwordProblem(const QLineEdit *first, const QLineEdit *second);
    void report(QLabel *label, const QString &text, bool ok);

    AccountService *m_account;
    QTabWidget *m_tabs;
    QLineEdit *m_inviteToken;
    QLineEdit *m_displayName;
    QLineEdit *m_password;
    QLineEdit *m_passwordRepeat;
    QLabel *m_inviteResult;
    QLineEdit *m_verifyToken;
    QLineEdit *m_verifyPassword;
    QLabel *m_verifyResult;
    QLineEdit *m_resetEmail;
    QLineEdit *m_resetToken;
    QLineEdit *m_resetPassword;
    QLineEdit *m_resetPasswordRepeat;
    QLabel *m_resetResult;
    QHash<QString, QLineEdit *> m_signUpFields;
    QComboBox *m_signUpType;
    QComboBox *m_signUpLanguage;
    QLabel *m_signUpResult;
    QLineEdit *m_loginUsername;
    QComboBox *m_loginVersion;
    QTableWidget *m_loginTable;
    QLabel *m_loginResult;
};
