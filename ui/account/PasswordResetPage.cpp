#include "domain/account/PublicAccount.h"
#include "domain/common/InputRules.h"
#include "services/api/AccountService.h"
#include "ui/account/AccountToolPages.h"
#include "ui/common/FieldMessage.h"
#include "ui/common/MessageWidget.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

PasswordResetPage::PasswordResetPage(AccountService *account, QWidget *parent)
    : AccountToolPage(account, parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *requestBox = new QGroupBox(tr("1. Send a reset e-mail"), this);
    auto *requestForm = new QFormLayout(requestBox);
    m_email = new QLineEdit(requestBox);
    m_email->setPlaceholderText(QStringLiteral("name@example.com"));
    auto *send = new QPushButton(tr("Send reset e-mail"), requestBox);
    requestForm->addRow(tr("E-mail:"), m_email);
    requestForm->addRow(QString(), send);
    auto *resetBox =
        new QGroupBox(tr("2. Set a new password with the token from that e-mail"), this);
    auto *resetForm = new QFormLayout(resetBox);
    m_token = new QLineEdit(resetBox);
    QLabel *hint = nullptr;
    m_password = passwordField(resetBox, &hint);
    m_passwordRepeat = passwordField(resetBox);
    auto *resetButton = new QPushButton(tr("Set new password"), resetBox);
    resetForm->addRow(tr("Reset token:"), m_token);
    resetForm->addRow(tr("New password:"), m_password);
    resetForm->addRow(QString(), hint);
    resetForm->addRow(tr("New password again:"), m_passwordRepeat);
    resetForm->addRow(QString(), resetButton);
    connect(send, &QPushButton::clicked, this, &PasswordResetPage::requestReset);
    connect(resetButton, &QPushButton::clicked, this, &PasswordResetPage::reset);
    m_result = newResult(this);
    layout->addWidget(requestBox);
    layout->addWidget(resetBox);
    layout->addWidget(m_result);
    layout->addStretch();
}

void PasswordResetPage::requestReset()
{
    const QString email = m_email->text().trimmed();
    if (FieldMessage::report(m_email, InputRules::email(email)))
        return report(m_result, tr("Enter the e-mail address of the account."), false);
    account()->requestPasswordReset(email, this, [this](const ApiResult<QJsonObject> &result) {
        report(m_result,
               result.ok()
                   ? passwordResetMessage(
                         result.value(), tr("If the account exists, a reset e-mail is on its way."))
                   : result.error().message,
               result.ok());
    });
}

void PasswordResetPage::reset()
{
    const QString email = m_email->text().trimmed();
    const QString token = m_token->text().trimmed();
    const bool emailBad = FieldMessage::report(m_email, InputRules::email(email));
    const bool tokenBad = FieldMessage::report(
        m_token, token.isEmpty() ? tr("Enter the token from the reset e-mail.") : QString());
    const bool passwordBad =
        FieldMessage::report(m_password, passwordProblem(m_password, m_passwordRepeat));
    if (emailBad || tokenBad || passwordBad)
        return report(m_result, tr("Not sent: correct the marked fields."), false);
    const QString password = m_password->text();
    // Cleared at once so the password does not linger in the widget.
    m_password->clear();
    m_passwordRepeat->clear();
    account()->resetPassword(
        email, token, password, this, [this](const ApiResult<QJsonObject> &result) {
            if (!result.ok()) {
                const QString detail = result.error().serverMessage.isEmpty()
                                           ? result.error().message
                                           : result.error().serverMessage;
                return report(m_result, tr("Not changed: %1").arg(detail), false);
            }
            report(m_result, tr("The password is changed."), true);
        });
}
