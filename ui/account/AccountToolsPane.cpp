#include "ui/account/AccountToolsPane.h"

#include "services/api/AccountService.h"
#include "services/session/Session.h"
#include "ui/account/AccountToolPages.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

AccountToolsPane::AccountToolsPane(Session *session, QWidget *parent)
    : Pane(session, parent), m_account(new AccountService(session->client(), this))
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("For helping someone who is stuck. These operations are public: "
                                "they are sent without your token and act for the person whose "
                                "token or e-mail address you enter. Passwords are sent once and "
                                "cleared from the form; they are never stored or logged."),
                             this);
    intro->setWordWrap(true);
    m_tabs = new QTabWidget(this);
    // Forms read better at a moderate width than stretched across a wide window.
    auto bounded = [this](QWidget *page, int maximumWidth) {
        auto *holder = new QWidget(m_tabs);
        auto *row = new QHBoxLayout(holder);
        row->setContentsMargins(0, 0, 0, 0);
        page->setMaximumWidth(maximumWidth);
        row->addWidget(page, 1);
        row->addStretch();
        // Forms scroll instead of forcing a large minimum window size.
        auto *area = new QScrollArea(m_tabs);
        area->setWidget(holder);
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        return area;
    };
    m_invitation = new InvitationPage(m_account, this);
    m_emailChange = new EmailChangePage(m_account, this);
    m_reset = new PasswordResetPage(m_account, this);
    m_signUp = new SignUpPage(m_account, this);
    m_login = new LoginParametersPage(m_account, this);
    m_tabs->addTab(bounded(m_invitation, 720), tr("Invitation"));
    m_tabs->addTab(bounded(m_emailChange, 720), tr("E-mail change"));
    m_tabs->addTab(bounded(m_reset, 720), tr("Password reset"));
    m_tabs->addTab(bounded(m_signUp, 1000), tr("Sign-up"));
    m_tabs->addTab(m_login, tr("Login parameters"));
    for (QFormLayout *form : findChildren<QFormLayout *>())
        form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    for (AccountToolPage *page : findChildren<AccountToolPage *>())
        connect(page, &AccountToolPage::finished, this, &AccountToolsPane::finished);
    layout->addWidget(intro);
    layout->addWidget(m_tabs, 1);
}

QString AccountToolsPane::title() const
{
    return tr("Account tools");
}

QString AccountToolsPane::strengthHint(const QString &password)
{
    return AccountToolPage::strengthHint(password);
}

// Invitation
QLineEdit *AccountToolsPane::inviteTokenEdit() const
{
    return m_invitation->tokenEdit();
}
QLineEdit *AccountToolsPane::displayNameEdit() const
{
    return m_invitation->displayNameEdit();
}
QLineEdit *AccountToolsPane::passwordEdit() const
{
    return m_invitation->passwordEdit();
}
QLineEdit *AccountToolsPane::passwordRepeatEdit() const
{
    return m_invitation->passwordRepeatEdit();
}
MessageWidget *AccountToolsPane::inviteResult() const
{
    return m_invitation->result();
}
void AccountToolsPane::checkInviteToken()
{
    m_invitation->checkToken();
}
void AccountToolsPane::activateUser()
{
    m_invitation->activate();
}
void AccountToolsPane::rejectInvite()
{
    m_invitation->reject();
}

// E-mail change
QLineEdit *AccountToolsPane::verifyTokenEdit() const
{
    return m_emailChange->tokenEdit();
}
QLineEdit *AccountToolsPane::verifyPasswordEdit() const
{
    return m_emailChange->passwordEdit();
}
MessageWidget *AccountToolsPane::verifyResult() const
{
    return m_emailChange->result();
}
void AccountToolsPane::verifyEmail()
{
    m_emailChange->verify();
}

// Password reset
QLineEdit *AccountToolsPane::resetEmailEdit() const
{
    return m_reset->emailEdit();
}
QLineEdit *AccountToolsPane::resetTokenEdit() const
{
    return m_reset->tokenEdit();
}
QLineEdit *AccountToolsPane::resetPasswordEdit() const
{
    return m_reset->passwordEdit();
}
QLineEdit *AccountToolsPane::resetPasswordRepeatEdit() const
{
    return m_reset->passwordRepeatEdit();
}
MessageWidget *AccountToolsPane::resetResult() const
{
    return m_reset->result();
}
void AccountToolsPane::requestPasswordReset()
{
    m_reset->requestReset();
}
void AccountToolsPane::resetPassword()
{
    m_reset->reset();
}

// Sign-up
QLineEdit *AccountToolsPane::signUpField(const QString &name) const
{
    return m_signUp->field(name);
}
MessageWidget *AccountToolsPane::signUpResult() const
{
    return m_signUp->result();
}
void AccountToolsPane::signUp()
{
    m_signUp->signUp();
}

// Login parameters
QLineEdit *AccountToolsPane::loginUsernameEdit() const
{
    return m_login->usernameEdit();
}
QComboBox *AccountToolsPane::loginVersionBox() const
{
    return m_login->versionBox();
}
QTableWidget *AccountToolsPane::loginTable() const
{
    return m_login->table();
}
MessageWidget *AccountToolsPane::loginResult() const
{
    return m_login->result();
}
void AccountToolsPane::lookUpLoginParameters()
{
    m_login->lookUp();
}
