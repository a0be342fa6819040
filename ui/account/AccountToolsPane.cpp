#include "ui/account/AccountToolsPane.h"

#include "domain/common/InputRules.h"
#include "services/api/AccountService.h"
#include "services/session/Session.h"
#include "ui/common/Confirmation.h"
#include "ui/common/FieldMessage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QLabel *resultLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setMinimumHeight(40);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    return label;
}

QPushButton *button(const QString &text, QWidget *parent, QLayout *layout)
{
    auto *pushButton = new QPushButton(text, parent);
    layout->addWidget(pushButton);
    return pushButton;
}

// Clears a password field so the text does not linger in the widget's memory longer than needed.
void forget(QLineEdit *edit)
{
    edit->clear();
}

} // namespace

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
    m_tabs->addTab(bounded(createInvitationTab(), 720), tr("Invitation"));
    m_tabs->addTab(bounded(createVerifyTab(), 720), tr("E-mail change"));
    m_tabs->addTab(bounded(createResetTab(), 720), tr("Password reset"));
    m_tabs->addTab(bounded(createSignUpTab(), 1000), tr("Sign-up"));
    m_tabs->addTab(createLoginTab(), tr("Login parameters"));
    for (QFormLayout *form : findChildren<QFormLayout *>())
        form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addWidget(intro);
    layout->addWidget(m_tabs, 1);
}

QString AccountToolsPane::title() const
{
    return tr("Account tools");
}

QString AccountToolsPane::strengthHint(const QString &password)
{
    if (password.isEmpty())
        return {};
    int classes = 0;
    bool lower = false, upper = false, digit = false, other = false;
    for (const QChar c : password) {
        lower = lower || c.isLower();
        upper = upper || c.isUpper();
        digit = digit || c.isDigit();
        other = other || !c.isLetterOrNumber();
    }
    classes = int(lower) + int(upper) + int(digit) + int(other);
    if (password.size() < 8)
        return tr("Weak: use at least 8 characters.");
    if (classes < 3)
        return tr("Fair: mix lower and upper case letters, digits and symbols.");
    if (password.size() < 12)
        return tr("Good: 12 or more characters make it strong.");
    return tr("Strong.");
}

QLineEdit *AccountToolsPane::passwordField(QWidget *parent, QLabel **hint)
{
    auto *edit = new QLineEdit(parent);
    edit->setEchoMode(QLineEdit::Password);
    edit->setAttribute(Qt::WA_InputMethodEnabled, false);
    if (hint) {
        *hint = new QLabel(parent);
        QLabel *label = *hint;
        label->setStyleSheet(QStringLiteral("color: gray;"));
        connect(edit, &QLineEdit::textChanged, label,
                [label](const QString &text) { label->setText(strengthHint(text)); });
    }
    return edit;
}

QString AccountToolsPane::passwordProblem(const QLineEdit *first, const QLineEdit *second)
{
    if (first->text().isEmpty())
        return tr("Enter the password.");
    if (first->text() != second->text())
        return tr("The two passwords differ; type the same password twice.");
    return {};
}

void AccountToolsPane::report(QLabel *label, const QString &text, bool ok)
{
    label->setText(text);
    label->setStyleSheet(ok ? QStringLiteral("color: #2e7d32;")
                            : QStringLiteral("color: #c62828;"));
    emit finished(ok);
}

QWidget *AccountToolsPane::createInvitationTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *tokenForm = new QFormLayout;
    m_inviteToken = new QLineEdit(page);
    m_inviteToken->setPlaceholderText(tr("The token from the invitation e-mail's link"));
    tokenForm->addRow(tr("Invite token:"), m_inviteToken);
    layout->addLayout(tokenForm);
    auto *row = new QHBoxLayout;
    connect(button(tr("Check token"), page, row), &QPushButton::clicked, this,
            &AccountToolsPane::checkInviteToken);
    connect(button(tr("Reject invitation…"), page, row), &QPushButton::clicked, this,
            &AccountToolsPane::rejectInvite);
    row->addStretch();
    layout->addLayout(row);

    auto *activation = new QGroupBox(tr("Activate the invited user"), page);
    auto *form = new QFormLayout(activation);
    m_displayName = new QLineEdit(activation);
    m_displayName->setPlaceholderText(tr("How the person appears in epilot, e.g. Max Mustermann"));
    QLabel *hint = nullptr;
    m_password = passwordField(activation, &hint);
    m_passwordRepeat = passwordField(activation);
    form->addRow(tr("Display name:"), m_displayName);
    form->addRow(tr("Password:"), m_password);
    form->addRow(QString(), hint);
    form->addRow(tr("Password again:"), m_passwordRepeat);
    auto *activate = new QPushButton(tr("Activate"), activation);
    form->addRow(QString(), activate);
    connect(activate, &QPushButton::clicked, this, &AccountToolsPane::activateUser);
    layout->addWidget(activation);
    m_inviteResult = resultLabel(page);
    layout->addWidget(m_inviteResult);
    layout->addStretch();
    return page;
}

void AccountToolsPane::checkInviteToken()
{
    const QString token = m_inviteToken->text().trimmed();
    if (token.isEmpty())
        return report(m_inviteResult, tr("Enter the invite token."), false);
    m_account->checkInviteToken(token, this, [this](const ApiResult<QJsonObject> &result) {
        if (!result.ok())
            return report(m_inviteResult,
                          result.error().httpStatus == 404
                              ? tr("The token is unknown, used or expired.")
                              : result.error().message,
                          false);
        const QJsonObject answer = result.value();
        QStringList lines{tr("Valid invitation to %1 (organization %2).")
                              .arg(answer.value("invitation_org_name").toString(),
                                   answer.value("invitation_org_id").toVariant().toString())};
        for (auto it = answer.begin(); it != answer.end(); ++it) {
            if (!it.key().startsWith(QLatin1String("invitation_org")))
                lines << QStringLiteral("%1: %2").arg(it.key(), it.value().toVariant().toString());
        }
        report(m_inviteResult, lines.join('\n'), true);
    });
}

void AccountToolsPane::activateUser()
{
    const QString token = m_inviteToken->text().trimmed();
    const bool tokenBad = FieldMessage::report(
        m_inviteToken, token.isEmpty() ? tr("Enter the invite token.") : QString());
    const bool nameBad =
        FieldMessage::report(m_displayName, InputRules::required(m_displayName->text()).isEmpty()
                                                ? QString()
                                                : tr("Enter the display name of the person."));
    const QString problem = passwordProblem(m_password, m_passwordRepeat);
    const bool passwordBad = FieldMessage::report(m_password, problem);
    if (tokenBad || nameBad || passwordBad)
        return report(m_inviteResult, tr("Not sent: correct the marked fields."), false);
    const QString password = m_password->text();
    forget(m_password);
    forget(m_passwordRepeat);
    m_account->activateUser(
        token, m_displayName->text(), password, this, [this](const ApiResult<void> &result) {
            report(m_inviteResult,
                   result.ok() ? tr("Activated: the user can sign in now.")
                               : tr("Not activated: %1").arg(result.error().message),
                   result.ok());
        });
}

void AccountToolsPane::rejectInvite()
{
    const QString token = m_inviteToken->text().trimmed();
    if (token.isEmpty())
        return report(m_inviteResult, tr("Enter the invite token."), false);
    if (!Confirmation::ask(this, tr("Reject invitation"),
                           tr("Reject this invitation for the invited person? The token stops "
                              "working."),
                           tr("Reject")))
        return;
    m_account->rejectInvite(token, this, [this](const ApiResult<void> &result) {
        report(m_inviteResult,
               result.ok() ? tr("The invitation was rejected.")
                           : tr("Not rejected: %1").arg(result.error().message),
               result.ok());
    });
}

QWidget *AccountToolsPane::createVerifyTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *note = new QLabel(tr("Confirms a change of e-mail address with the token from the "
                               "verification e-mail and the user's current password."),
                            page);
    note->setWordWrap(true);
    auto *form = new QFormLayout;
    m_verifyToken = new QLineEdit(page);
    m_verifyPassword = passwordField(page);
    form->addRow(tr("Verification token:"), m_verifyToken);
    form->addRow(tr("Password:"), m_verifyPassword);
    auto *verify = new QPushButton(tr("Verify e-mail"), page);
    form->addRow(QString(), verify);
    connect(verify, &QPushButton::clicked, this, &AccountToolsPane::verifyEmail);
    m_verifyResult = resultLabel(page);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_verifyResult);
    layout->addStretch();
    return page;
}

void AccountToolsPane::verifyEmail()
{
    const QString token = m_verifyToken->text().trimmed();
    if (token.isEmpty() || m_verifyPassword->text().isEmpty())
        return report(m_verifyResult, tr("Enter the token and the password."), false);
    const QString password = m_verifyPassword->text();
    forget(m_verifyPassword);
    m_account->verifyEmailWithToken(token, password, this, [this](const ApiResult<void> &result) {
        report(m_verifyResult,
               result.ok() ? tr("The new e-mail address is confirmed.")
                           : tr("Not verified: %1").arg(result.error().message),
               result.ok());
    });
}

QWidget *AccountToolsPane::createResetTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *requestBox = new QGroupBox(tr("1. Send a reset e-mail"), page);
    auto *requestForm = new QFormLayout(requestBox);
    m_resetEmail = new QLineEdit(requestBox);
    m_resetEmail->setPlaceholderText(QStringLiteral("name@example.com"));
    auto *send = new QPushButton(tr("Send reset e-mail"), requestBox);
    requestForm->addRow(tr("E-mail:"), m_resetEmail);
    requestForm->addRow(QString(), send);
    auto *resetBox =
        new QGroupBox(tr("2. Set a new password with the token from that e-mail"), page);
    auto *resetForm = new QFormLayout(resetBox);
    m_resetToken = new QLineEdit(resetBox);
    QLabel *hint = nullptr;
    m_resetPassword = passwordField(resetBox, &hint);
    m_resetPasswordRepeat = passwordField(resetBox);
    auto *reset = new QPushButton(tr("Set new password"), resetBox);
    resetForm->addRow(tr("Reset token:"), m_resetToken);
    resetForm->addRow(tr("New password:"), m_resetPassword);
    resetForm->addRow(QString(), hint);
    resetForm->addRow(tr("New password again:"), m_resetPasswordRepeat);
    resetForm->addRow(QString(), reset);
    connect(send, &QPushButton::clicked, this, &AccountToolsPane::requestPasswordReset);
    connect(reset, &QPushButton::clicked, this, &AccountToolsPane::resetPassword);
    m_resetResult = resultLabel(page);
    layout->addWidget(requestBox);
    layout->addWidget(resetBox);
    layout->addWidget(m_resetResult);
    layout->addStretch();
    return page;
}

void AccountToolsPane::requestPasswordReset()
{
    const QString email = m_resetEmail->text().trimmed();
    if (FieldMessage::report(m_resetEmail, InputRules::email(email)))
        return report(m_resetResult, tr("Enter the e-mail address of the account."), false);
    m_account->requestPasswordReset(email, this, [this](const ApiResult<QJsonObject> &result) {
        report(m_resetResult,
               result.ok() ? result.value().value("message").toString(
                                 tr("If the account exists, a reset e-mail is on its way."))
                           : result.error().message,
               result.ok());
    });
}

void AccountToolsPane::resetPassword()
{
    const QString email = m_resetEmail->text().trimmed();
    const QString token = m_resetToken->text().trimmed();
    const bool emailBad = FieldMessage::report(m_resetEmail, InputRules::email(email));
    const bool tokenBad = FieldMessage::report(
        m_resetToken, token.isEmpty() ? tr("Enter the token from the reset e-mail.") : QString());
    const QString problem = passwordProblem(m_resetPassword, m_resetPasswordRepeat);
    const bool passwordBad = FieldMessage::report(m_resetPassword, problem);
    if (emailBad || tokenBad || passwordBad)
        return report(m_resetResult, tr("Not sent: correct the marked fields."), false);
    const QString password = m_resetPassword->text();
    forget(m_resetPassword);
    forget(m_resetPasswordRepeat);
    m_account->resetPassword(
        email, token, password, this, [this](const ApiResult<QJsonObject> &result) {
            if (!result.ok()) {
                const QString detail = result.error().serverMessage.isEmpty()
                                           ? result.error().message
                                           : result.error().serverMessage;
                return report(m_resetResult, tr("Not changed: %1").arg(detail), false);
            }
            report(m_resetResult, tr("The password is changed."), true);
        });
}

QWidget *AccountToolsPane::createSignUpTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QHBoxLayout(page);
    auto *organization = new QGroupBox(tr("New organization"), page);
    auto *organizationForm = new QFormLayout(organization);
    auto *owner = new QGroupBox(tr("Its owner"), page);
    auto *ownerForm = new QFormLayout(owner);
    auto addField = [this](QFormLayout *form, QWidget *parent, const QString &name,
                           const QString &label, const QString &placeholder = {}) {
        auto *edit = new QLineEdit(parent);
        edit->setPlaceholderText(placeholder);
        form->addRow(label, edit);
        m_signUpFields.insert(name, edit);
    };
    addField(organizationForm, organization, "org_name", tr("Name:"));
    m_signUpType = new QComboBox(organization);
    m_signUpType->addItem(tr("Vendor"), QStringLiteral("Vendor"));
    m_signUpType->addItem(tr("Partner"), QStringLiteral("Partner"));
    organizationForm->addRow(tr("Type:"), m_signUpType);
    addField(organizationForm, organization, "pricing_tier", tr("Pricing tier:"),
             QStringLiteral("professional"));
    addField(organizationForm, organization, "org_email", tr("E-mail:"));
    addField(organizationForm, organization, "org_phone", tr("Phone:"));
    addField(organizationForm, organization, "org_website", tr("Website:"));
    addField(organizationForm, organization, "partner_token", tr("Partner token:"),
             tr("Only when a partner invitation led here"));
    addField(ownerForm, owner, "full_name", tr("Full name:"));
    addField(ownerForm, owner, "email", tr("E-mail:"));
    QLabel *hint = nullptr;
    auto *password = passwordField(owner, &hint);
    auto *repeat = passwordField(owner);
    m_signUpFields.insert("password", password);
    m_signUpFields.insert("password_repeat", repeat);
    ownerForm->addRow(tr("Password:"), password);
    ownerForm->addRow(QString(), hint);
    ownerForm->addRow(tr("Password again:"), repeat);
    m_signUpLanguage = new QComboBox(owner);
    m_signUpLanguage->addItem(tr("English"), QStringLiteral("en"));
    m_signUpLanguage->addItem(tr("German"), QStringLiteral("de"));
    ownerForm->addRow(tr("Language of the e-mail:"), m_signUpLanguage);
    auto *signUpButton = new QPushButton(tr("Sign up"), owner);
    ownerForm->addRow(QString(), signUpButton);
    m_signUpResult = resultLabel(owner);
    ownerForm->addRow(m_signUpResult);
    connect(signUpButton, &QPushButton::clicked, this, &AccountToolsPane::signUp);
    layout->addWidget(organization, 1, Qt::AlignTop);
    layout->addWidget(owner, 1, Qt::AlignTop);
    return page;
}

QLineEdit *AccountToolsPane::signUpField(const QString &name) const
{
    return m_signUpFields.value(name);
}

void AccountToolsPane::signUp()
{
    auto value = [this](const QString &name) {
        return m_signUpFields.value(name)->text().trimmed();
    };
    bool bad = false;
    auto check = [&](const char *name, const QString &problem) {
        bad = FieldMessage::report(m_signUpFields.value(QLatin1String(name)), problem) || bad;
    };
    check("org_name", InputRules::required(value("org_name")));
    check("org_email", InputRules::email(value("org_email")));
    check("org_website", InputRules::webAddress(value("org_website")));
    check("full_name", InputRules::required(value("full_name")));
    check("email", InputRules::email(value("email")));
    check("password", passwordProblem(m_signUpFields.value("password"),
                                      m_signUpFields.value("password_repeat")));
    if (bad)
        return report(m_signUpResult, tr("Not sent: correct the marked fields."), false);
    QJsonObject organization{{"type", m_signUpType->currentData().toString()},
                             {"name", value("org_name")},
                             {"pricing_tier", value("pricing_tier").isEmpty()
                                                  ? QStringLiteral("professional")
                                                  : value("pricing_tier")},
                             {"email", value("org_email")}};
    if (!value("org_phone").isEmpty())
        organization.insert("phone", value("org_phone"));
    if (!value("org_website").isEmpty())
        organization.insert("website", value("org_website"));
    const QJsonObject payload{
        {"organization_detail", organization},
        {"user_detail", QJsonObject{{"full_name", value("full_name")},
                                    {"email", value("email")},
                                    {"password", m_signUpFields.value("password")->text()}}},
        {"language", m_signUpLanguage->currentData().toString()}};
    forget(m_signUpFields.value("password"));
    forget(m_signUpFields.value("password_repeat"));
    m_account->signUpUser(
        payload, value("partner_token"), this, [this](const ApiResult<QJsonObject> &result) {
            if (!result.ok())
                return report(m_signUpResult, tr("Not signed up: %1").arg(result.error().message),
                              false);
            const QJsonObject organization = result.value().value("organization").toObject();
            report(m_signUpResult,
                   tr("Signed up: organization %1 (%2).")
                       .arg(organization.value("name").toString(),
                            organization.value("id").toVariant().toString()),
                   true);
        });
}

QWidget *AccountToolsPane::createLoginTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *row = new QHBoxLayout;
    m_loginUsername = new QLineEdit(page);
    m_loginUsername->setPlaceholderText(tr("Username (e-mail address)"));
    m_loginVersion = new QComboBox(page);
    m_loginVersion->addItem(tr("V2 (getUserLoginParametersV2)"), 2);
    m_loginVersion->addItem(tr("V1 (getUserLoginParameters)"), 1);
    row->addWidget(new QLabel(tr("Username:"), page));
    row->addWidget(m_loginUsername, 1);
    row->addWidget(m_loginVersion);
    auto *lookUp = button(tr("Look up"), page, row);
    connect(lookUp, &QPushButton::clicked, this, &AccountToolsPane::lookUpLoginParameters);
    connect(m_loginUsername, &QLineEdit::returnPressed, lookUp, &QPushButton::click);
    m_loginTable = new QTableWidget(page);
    m_loginTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_loginTable->verticalHeader()->hide();
    m_loginTable->horizontalHeader()->setStretchLastSection(true);
    m_loginResult = resultLabel(page);
    m_loginResult->setMinimumHeight(0);
    layout->addLayout(row);
    layout->addWidget(m_loginResult);
    layout->addWidget(m_loginTable, 1);
    return page;
}

void AccountToolsPane::lookUpLoginParameters()
{
    const QString username = m_loginUsername->text().trimmed();
    if (username.isEmpty())
        return report(m_loginResult, tr("Enter a username."), false);
    auto show = [this](const ApiResult<QJsonArray> &result) {
        if (!result.ok())
            return report(m_loginResult, result.error().message, false);
        const QJsonArray list = result.value();
        QStringList columns;
        for (const QJsonValue &entry : list) {
            const QJsonObject object = entry.toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (!columns.contains(it.key()))
                    columns << it.key();
            }
        }
        m_loginTable->clear();
        m_loginTable->setColumnCount(int(columns.size()));
        m_loginTable->setHorizontalHeaderLabels(columns);
        m_loginTable->setRowCount(int(list.size()));
        for (int row = 0; row < list.size(); ++row) {
            const QJsonObject object = list.at(row).toObject();
            for (int column = 0; column < columns.size(); ++column) {
                const QJsonValue value = object.value(columns.at(column));
                QString text = value.toVariant().toString();
                if (value.isArray())
                    text = value.toVariant().toStringList().join(QStringLiteral(", "));
                m_loginTable->setItem(row, column, new QTableWidgetItem(text));
            }
        }
        m_loginTable->resizeColumnsToContents();
        report(m_loginResult,
               list.isEmpty() ? tr("No organization knows this username.")
                              : tr("%n organization(s).", nullptr, int(list.size())),
               true);
    };
    if (m_loginVersion->currentData().toInt() == 2)
        m_account->getUserLoginParametersV2(username, this, show);
    else
        m_account->getUserLoginParameters(username, this, show);
}
