#include "ui/partners/InvitationTokenPage.h"

#include "domain/common/InputRules.h"
#include "services/session/Session.h"
#include "ui/common/FieldMessage.h"
#include "ui/common/Theme.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

InvitationTokenPage::InvitationTokenPage(Session *session, QWidget *parent)
    : PartnerPage(session, parent)
{
    m_token = new QLineEdit;
    m_token->setPlaceholderText(tr("The token from the invitation e-mail"));
    auto *lookUp = new QPushButton(tr("Look up"));
    m_tokenResult = new QLabel;
    m_tokenResult->setTextFormat(Qt::RichText);
    m_tokenResult->setWordWrap(true);
    m_company = new QLineEdit;
    m_signedUpEmail = new QLineEdit;
    m_signedUpEmail->setPlaceholderText(tr("admin@partner.example"));
    m_activationOrganization = new QLineEdit;
    m_activationOrganization->setPlaceholderText(tr("The partner's epilot organization id"));
    m_activate = new QPushButton(tr("Activate partnership"));

    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(lookUp);
    auto *activation = new QGroupBox(tr("Activate (as the invited partner would)"));
    auto *form = new QFormLayout(activation);
    form->addRow(tr("Company name:"), m_company);
    form->addRow(tr("Signed-up e-mail:"), m_signedUpEmail);
    form->addRow(tr("Organization id:"), m_activationOrganization);
    form->addRow(QString(), m_activate);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(tokenRow);
    layout->addWidget(m_tokenResult);
    layout->addWidget(activation);
    layout->addStretch();

    connect(lookUp, &QPushButton::clicked, this, [this] { lookUpToken(m_token->text()); });
    connect(m_token, &QLineEdit::returnPressed, this, [this] { lookUpToken(m_token->text()); });
    connect(m_activate, &QPushButton::clicked, this, [this] {
        QString problem;
        if (!activatePartner(&problem))
            showError(problem);
    });
}

void InvitationTokenPage::lookUpToken(const QString &token)
{
    m_token->setText(token.trimmed());
    busy(1);
    session()->partners()->getPartnerByToken(
        token.trimmed(), this, [this](const ApiResult<QJsonObject> &result) {
            busy(-1);
            if (!result.ok())
                return showLookUpFailure(result.error().message);
            if (const auto partner = Partner::fromJson(result.value()))
                showPartner(*partner);
        });
}

void InvitationTokenPage::showLookUpFailure(const QString &message)
{
    m_tokenResult->setText(QStringLiteral("<span style='color:%1'>%2</span>")
                               .arg(Theme::name(Theme::Color::ErrorText), message.toHtmlEscaped()));
}

void InvitationTokenPage::showPartner(const Partner &partner)
{
    m_tokenResult->setText(
        tr("<b>%1</b> — %2<br>Status: %3 · invited by organization %4")
            .arg(partner.label().toHtmlEscaped(), partner.email().toHtmlEscaped(),
                 partner.statusText().toHtmlEscaped(), partner.organizationId().toHtmlEscaped()));
    if (m_company->text().isEmpty())
        m_company->setText(partner.companyName());
    if (m_signedUpEmail->text().isEmpty())
        m_signedUpEmail->setText(partner.email());
    emit tokenLookedUp(partner);
}

QString InvitationTokenPage::firstProblem(const QString &token, const QString &email,
                                          const QString &organization)
{
    // Every problem is shown at its field; the first one is also the answer.
    QStringList problems;
    auto check = [&](QWidget *field, const QString &problem) {
        if (FieldMessage::report(field, problem))
            problems << problem;
    };
    check(m_token, token.isEmpty() ? tr("Enter the invitation token first.") : QString());
    check(m_signedUpEmail, InputRules::email(email));
    check(m_activationOrganization,
          organization.isEmpty() || organization.contains(QLatin1Char(' '))
              ? tr("Enter the partner's organization id.")
              : QString());
    return problems.value(0);
}

bool InvitationTokenPage::activatePartner(QString *problem)
{
    const QString token = m_token->text().trimmed();
    const QString email = m_signedUpEmail->text().trimmed();
    const QString organization = m_activationOrganization->text().trimmed();
    const QString why = firstProblem(token, email, organization);
    if (!why.isEmpty()) {
        if (problem)
            *problem = why;
        return false;
    }
    busy(1);
    session()->partners()->activatePartner(
        token, m_company->text().trimmed(), email, organization, this,
        [this](const ApiResult<void> &result) {
            busy(-1);
            if (!result.ok()) {
                showError(tr("Not activated: %1").arg(result.error().message));
                return;
            }
            showPositive(tr("The partnership is active."));
            emit activated();
        });
    return true;
}
