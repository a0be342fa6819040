#include "domain/account/PublicAccount.h"
#include "domain/common/InputRules.h"
#include "services/api/AccountService.h"
#include "ui/account/AccountToolPages.h"
#include "ui/common/Confirmation.h"
#include "ui/common/FieldMessage.h"
#include "ui/common/MessageWidget.h"
#include "ui/common/Theme.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

// The base of the pages and the two token pages (invitation, e-mail change).

AccountToolPage::AccountToolPage(AccountService *account, QWidget *parent)
    : QWidget(parent), m_account(account)
{
}

QString AccountToolPage::strengthHint(const QString &password)
{
    if (password.isEmpty())
        return {};
    bool lower = false, upper = false, digit = false, other = false;
    for (const QChar c : password) {
        lower = lower || c.isLower();
        upper = upper || c.isUpper();
        digit = digit || c.isDigit();
        other = other || !c.isLetterOrNumber();
    }
    const int classes = int(lower) + int(upper) + int(digit) + int(other);
    if (password.size() < 8)
        return tr("Weak: use at least 8 characters.");
    if (classes < 3)
        return tr("Fair: mix lower and upper case letters, digits and symbols.");
    if (password.size() < 12)
        return tr("Good: 12 or more characters make it strong.");
    return tr("Strong.");
}

QLineEdit *AccountToolPage::passwordField(QWidget *parent, QLabel **hint)
{
    auto *edit = new QLineEdit(parent);
    edit->setEchoMode(QLineEdit::Password);
    edit->setAttribute(Qt::WA_InputMethodEnabled, false);
    if (hint) {
        *hint = new QLabel(parent);
        QLabel *label = *hint;
        label->setStyleSheet(Theme::textStyle(Theme::Color::MutedText));
        connect(edit, &QLineEdit::textChanged, label,
                [label](const QString &text) { label->setText(strengthHint(text)); });
    }
    return edit;
}

QString AccountToolPage::passwordProblem(const QLineEdit *first, const QLineEdit *second)
{
    if (first->text().isEmpty())
        return tr("Enter the password.");
    if (first->text() != second->text())
        return tr("The two passwords differ; type the same password twice.");
    return {};
}

MessageWidget *AccountToolPage::newResult(QWidget *parent)
{
    auto *result = new MessageWidget(MessageWidget::Style::Inline, parent);
    result->setMinimumHeight(40);
    return result;
}

void AccountToolPage::report(MessageWidget *result, const QString &text, bool ok)
{
    result->showMessage(ok ? MessageWidget::Level::Positive : MessageWidget::Level::Error, text);
    emit finished(ok);
}

// --- Invitation ------------------------------------------------------------------------------

InvitationPage::InvitationPage(AccountService *account, QWidget *parent)
    : AccountToolPage(account, parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *tokenForm = new QFormLayout;
    m_token = new QLineEdit(this);
    m_token->setPlaceholderText(tr("The token from the invitation e-mail's link"));
    tokenForm->addRow(tr("Invite token:"), m_token);
    layout->addLayout(tokenForm);
    auto *row = new QHBoxLayout;
    auto *check = new QPushButton(tr("Check token"), this);
    auto *rejectButton = new QPushButton(tr("Reject invitation…"), this);
    row->addWidget(check);
    row->addWidget(rejectButton);
    row->addStretch();
    layout->addLayout(row);
    connect(check, &QPushButton::clicked, this, &InvitationPage::checkToken);
    connect(rejectButton, &QPushButton::clicked, this, &InvitationPage::reject);
    layout->addWidget(createActivation());
    m_result = newResult(this);
    layout->addWidget(m_result);
    layout->addStretch();
}

QWidget *InvitationPage::createActivation()
{
    auto *activation = new QGroupBox(tr("Activate the invited user"), this);
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
    auto *activateButton = new QPushButton(tr("Activate"), activation);
    form->addRow(QString(), activateButton);
    connect(activateButton, &QPushButton::clicked, this, &InvitationPage::activate);
    return activation;
}

void InvitationPage::checkToken()
{
    const QString token = m_token->text().trimmed();
    if (token.isEmpty())
        return report(m_result, tr("Enter the invite token."), false);
    account()->checkInviteToken(token, this, [this](const ApiResult<QJsonObject> &result) {
        if (!result.ok())
            return report(m_result,
                          result.error().httpStatus == 404
                              ? tr("The token is unknown, used or expired.")
                              : result.error().message,
                          false);
        const InviteTokenCheck check(result.value());
        QStringList lines{tr("Valid invitation to %1 (organization %2).")
                              .arg(check.organizationName(), check.organizationId())};
        for (const auto &[key, text] : check.otherFields())
            lines << QStringLiteral("%1: %2").arg(key, text);
        report(m_result, lines.join('\n'), true);
    });
}

void InvitationPage::activate()
{
    const QString token = m_token->text().trimmed();
    const bool tokenBad =
        FieldMessage::report(m_token, token.isEmpty() ? tr("Enter the invite token.") : QString());
    const bool nameBad =
        FieldMessage::report(m_displayName, InputRules::required(m_displayName->text()).isEmpty()
                                                ? QString()
                                                : tr("Enter the display name of the person."));
    const bool passwordBad =
        FieldMessage::report(m_password, passwordProblem(m_password, m_passwordRepeat));
    if (tokenBad || nameBad || passwordBad)
        return report(m_result, tr("Not sent: correct the marked fields."), false);
    const QString password = m_password->text();
    // Cleared at once so the password does not linger in the widget.
    m_password->clear();
    m_passwordRepeat->clear();
    account()->activateUser(
        token, m_displayName->text(), password, this, [this](const ApiResult<void> &result) {
            report(m_result,
                   result.ok() ? tr("Activated: the user can sign in now.")
                               : tr("Not activated: %1").arg(result.error().message),
                   result.ok());
        });
}

void InvitationPage::reject()
{
    const QString token = m_token->text().trimmed();
    if (token.isEmpty())
        return report(m_result, tr("Enter the invite token."), false);
    if (!Confirmation::ask(this, tr("Reject invitation"),
                           tr("Reject this invitation for the invited person? The token stops "
                              "working."),
                           tr("Reject")))
        return;
    account()->rejectInvite(token, this, [this](const ApiResult<void> &result) {
        report(m_result,
               result.ok() ? tr("The invitation was rejected.")
                           : tr("Not rejected: %1").arg(result.error().message),
               result.ok());
    });
}

// --- E-mail change ---------------------------------------------------------------------------

EmailChangePage::EmailChangePage(AccountService *account, QWidget *parent)
    : AccountToolPage(account, parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *note = new QLabel(tr("Confirms a change of e-mail address with the token from the "
                               "verification e-mail and the user's current password."),
                            this);
    note->setWordWrap(true);
    auto *form = new QFormLayout;
    m_token = new QLineEdit(this);
    m_password = passwordField(this);
    form->addRow(tr("Verification token:"), m_token);
    form->addRow(tr("Password:"), m_password);
    auto *verifyButton = new QPushButton(tr("Verify e-mail"), this);
    form->addRow(QString(), verifyButton);
    connect(verifyButton, &QPushButton::clicked, this, &EmailChangePage::verify);
    m_result = newResult(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addStretch();
}

void EmailChangePage::verify()
{
    const QString token = m_token->text().trimmed();
    if (token.isEmpty() || m_password->text().isEmpty())
        return report(m_result, tr("Enter the token and the password."), false);
    const QString password = m_password->text();
    m_password->clear();
    account()->verifyEmailWithToken(token, password, this, [this](const ApiResult<void> &result) {
        report(m_result,
               result.ok() ? tr("The new e-mail address is confirmed.")
                           : tr("Not verified: %1").arg(result.error().message),
               result.ok());
    });
}
