#pragma once

#include "ui/common/MessageWidget.h" // result callers read its text()
#include "ui/shell/Pane.h"

class AccountService;
class EmailChangePage;
class InvitationPage;
class LoginParametersPage;
class PasswordResetPage;
class QComboBox;
class QLineEdit;
class QTabWidget;
class QTableWidget;
class SignUpPage;

// Tools for an administrator helping someone who is stuck, a host of five pages (tabs): invite
// tokens (check, activate, reject), e-mail change verification, password reset, sign-up of a new
// organization and the login parameters of a username. These are the User API's public
// operations, sent without the session's token. Nothing here is kept to be saved.
class AccountToolsPane : public Pane
{
    Q_OBJECT
public:
    explicit AccountToolsPane(Session *session, QWidget *parent = nullptr);

    QString title() const override;

    // "weak", "fair" or "strong" with a reason, for the hint under password fields.
    static QString strengthHint(const QString &password);

    QTabWidget *tabs() const { return m_tabs; }
    QLineEdit *inviteTokenEdit() const;
    QLineEdit *displayNameEdit() const;
    QLineEdit *passwordEdit() const;
    QLineEdit *passwordRepeatEdit() const;
    MessageWidget *inviteResult() const;
    void checkInviteToken();
    void activateUser();
    void rejectInvite();

    QLineEdit *verifyTokenEdit() const;
    QLineEdit *verifyPasswordEdit() const;
    MessageWidget *verifyResult() const;
    void verifyEmail();

    QLineEdit *resetEmailEdit() const;
    QLineEdit *resetTokenEdit() const;
    QLineEdit *resetPasswordEdit() const;
    QLineEdit *resetPasswordRepeatEdit() const;
    MessageWidget *resetResult() const;
    void requestPasswordReset();
    void resetPassword();

    QLineEdit *signUpField(const QString &name) const;
    MessageWidget *signUpResult() const;
    void signUp();

    QLineEdit *loginUsernameEdit() const;
    QComboBox *loginVersionBox() const;
    QTableWidget *loginTable() const;
    MessageWidget *loginResult() const;
    void lookUpLoginParameters();

signals:
    // One tool finished (ok or not); for tests.
    void finished(bool ok);

private:
    AccountService *m_account;
    QTabWidget *m_tabs;
    InvitationPage *m_invitation;
    EmailChangePage *m_emailChange;
    PasswordResetPage *m_reset;
    SignUpPage *m_signUp;
    LoginParametersPage *m_login;
};
