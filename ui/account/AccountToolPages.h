#pragma once

#include <QHash>
#include <QWidget>

class AccountService;
class MessageWidget;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

// The pages of Account tools. Each runs public User API operations (sent without the session's
// token) and reports every outcome with finished(ok). Passwords go into the request and are
// cleared from the form right after.
class AccountToolPage : public QWidget
{
    Q_OBJECT
public:
    // "weak", "fair" or "strong" with a reason, for the hint under password fields.
    static QString strengthHint(const QString &password);

signals:
    // One operation finished (ok or not); for tests.
    void finished(bool ok);

protected:
    AccountToolPage(AccountService *account, QWidget *parent);
    AccountService *account() const { return m_account; }
    // A password field; with `hint`, a muted label under it that rates the password.
    QLineEdit *passwordField(QWidget *parent, QLabel **hint = nullptr);
    // Empty when both fields match and are not empty; else the reason.
    static QString passwordProblem(const QLineEdit *first, const QLineEdit *second);
    static MessageWidget *newResult(QWidget *parent);
    void report(MessageWidget *result, const QString &text, bool ok);

private:
    AccountService *m_account;
};

// Invite tokens: check, reject, and activate the invited user.
class InvitationPage : public AccountToolPage
{
    Q_OBJECT
public:
    explicit InvitationPage(AccountService *account, QWidget *parent = nullptr);
    void checkToken();
    void activate();
    void reject();

    QLineEdit *tokenEdit() const { return m_token; }
    QLineEdit *displayNameEdit() const { return m_displayName; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *passwordRepeatEdit() const { return m_passwordRepeat; }
    MessageWidget *result() const { return m_result; }

private:
    QWidget *createActivation();

    QLineEdit *m_token;
    QLineEdit *m_displayName;
    QLineEdit *m_password;
    QLineEdit *m_passwordRepeat;
    MessageWidget *m_result;
};

// Confirms a change of e-mail address with the verification token and the password.
class EmailChangePage : public AccountToolPage
{
    Q_OBJECT
public:
    explicit EmailChangePage(AccountService *account, QWidget *parent = nullptr);
    void verify();

    QLineEdit *tokenEdit() const { return m_token; }
    QLineEdit *passwordEdit() const { return m_password; }
    MessageWidget *result() const { return m_result; }

private:
    QLineEdit *m_token;
    QLineEdit *m_password;
    MessageWidget *m_result;
};

// Password reset: send the reset e-mail, then set a new password with its token.
class PasswordResetPage : public AccountToolPage
{
    Q_OBJECT
public:
    explicit PasswordResetPage(AccountService *account, QWidget *parent = nullptr);
    void requestReset();
    void reset();

    QLineEdit *emailEdit() const { return m_email; }
    QLineEdit *tokenEdit() const { return m_token; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *passwordRepeatEdit() const { return m_passwordRepeat; }
    MessageWidget *result() const { return m_result; }

private:
    QLineEdit *m_email;
    QLineEdit *m_token;
    QLineEdit *m_password;
    QLineEdit *m_passwordRepeat;
    MessageWidget *m_result;
};

// Sign-up of a new organization with its owner.
class SignUpPage : public AccountToolPage
{
    Q_OBJECT
public:
    explicit SignUpPage(AccountService *account, QWidget *parent = nullptr);
    void signUp();

    QLineEdit *field(const QString &name) const { return m_fields.value(name); }
    MessageWidget *result() const { return m_result; }

private:
    QWidget *createOrganizationBox();
    QWidget *createOwnerBox();
    QLineEdit *addField(class QFormLayout *form, QWidget *parent, const QString &name,
                        const QString &label, const QString &placeholder = {});
    QString value(const QString &name) const;
    bool checkInput();

    QHash<QString, QLineEdit *> m_fields;
    QComboBox *m_type;
    QComboBox *m_language;
    MessageWidget *m_result;
};

// The login parameters of a username (V2 or V1), one row per organization.
class LoginParametersPage : public AccountToolPage
{
    Q_OBJECT
public:
    explicit LoginParametersPage(AccountService *account, QWidget *parent = nullptr);
    void lookUp();

    QLineEdit *usernameEdit() const { return m_username; }
    QComboBox *versionBox() const { return m_version; }
    QTableWidget *table() const { return m_table; }
    MessageWidget *result() const { return m_result; }

private:
    QLineEdit *m_username;
    QComboBox *m_version;
    QTableWidget *m_table;
    MessageWidget *m_result;
};
