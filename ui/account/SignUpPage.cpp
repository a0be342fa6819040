#include "domain/account/PublicAccount.h"
#include "domain/common/InputRules.h"
#include "services/api/AccountService.h"
#include "ui/account/AccountToolPages.h"
#include "ui/common/FieldMessage.h"
#include "ui/common/MessageWidget.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

SignUpPage::SignUpPage(AccountService *account, QWidget *parent) : AccountToolPage(account, parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(createOrganizationBox(), 1, Qt::AlignTop);
    layout->addWidget(createOwnerBox(), 1, Qt::AlignTop);
}

QLineEdit *SignUpPage::addField(QFormLayout *form, QWidget *parent, const QString &name,
                                const QString &label, const QString &placeholder)
{
    auto *edit = new QLineEdit(parent);
    edit->setPlaceholderText(placeholder);
    form->addRow(label, edit);
    m_fields.insert(name, edit);
    return edit;
}

QWidget *SignUpPage::createOrganizationBox()
{
    auto *box = new QGroupBox(tr("New organization"), this);
    auto *form = new QFormLayout(box);
    addField(form, box, "org_name", tr("Name:"));
    m_type = new QComboBox(box);
    m_type->addItem(tr("Vendor"), QStringLiteral("Vendor"));
    m_type->addItem(tr("Partner"), QStringLiteral("Partner"));
    form->addRow(tr("Type:"), m_type);
    addField(form, box, "pricing_tier", tr("Pricing tier:"), QStringLiteral("professional"));
    addField(form, box, "org_email", tr("E-mail:"));
    addField(form, box, "org_phone", tr("Phone:"));
    addField(form, box, "org_website", tr("Website:"));
    addField(form, box, "partner_token", tr("Partner token:"),
             tr("Only when a partner invitation led here"));
    return box;
}

QWidget *SignUpPage::createOwnerBox()
{
    auto *box = new QGroupBox(tr("Its owner"), this);
    auto *form = new QFormLayout(box);
    addField(form, box, "full_name", tr("Full name:"));
    addField(form, box, "email", tr("E-mail:"));
    QLabel *hint = nullptr;
    auto *password = passwordField(box, &hint);
    auto *repeat = passwordField(box);
    m_fields.insert("password", password);
    m_fields.insert("password_repeat", repeat);
    form->addRow(tr("Password:"), password);
    form->addRow(QString(), hint);
    form->addRow(tr("Password again:"), repeat);
    m_language = new QComboBox(box);
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("German"), QStringLiteral("de"));
    form->addRow(tr("Language of the e-mail:"), m_language);
    auto *signUpButton = new QPushButton(tr("Sign up"), box);
    form->addRow(QString(), signUpButton);
    m_result = newResult(box);
    form->addRow(m_result);
    connect(signUpButton, &QPushButton::clicked, this, &SignUpPage::signUp);
    return box;
}

QString SignUpPage::value(const QString &name) const
{
    return m_fields.value(name)->text().trimmed();
}

bool SignUpPage::checkInput()
{
    bool bad = false;
    auto check = [&](const char *name, const QString &problem) {
        bad = FieldMessage::report(m_fields.value(QLatin1String(name)), problem) || bad;
    };
    check("org_name", InputRules::required(value("org_name")));
    check("org_email", InputRules::email(value("org_email")));
    check("org_website", InputRules::webAddress(value("org_website")));
    check("full_name", InputRules::required(value("full_name")));
    check("email", InputRules::email(value("email")));
    check("password",
          passwordProblem(m_fields.value("password"), m_fields.value("password_repeat")));
    return !bad;
}

void SignUpPage::signUp()
{
    if (!checkInput())
        return report(m_result, tr("Not sent: correct the marked fields."), false);
    SignUpRequest request;
    request.organizationType = m_type->currentData().toString();
    request.organizationName = value("org_name");
    request.pricingTier = value("pricing_tier");
    request.organizationEmail = value("org_email");
    request.organizationPhone = value("org_phone");
    request.organizationWebsite = value("org_website");
    request.fullName = value("full_name");
    request.email = value("email");
    request.password = m_fields.value("password")->text();
    request.language = m_language->currentData().toString();
    // Cleared at once so the password does not linger in the widget.
    m_fields.value("password")->clear();
    m_fields.value("password_repeat")->clear();
    account()->signUpUser(
        request.toJson(), value("partner_token"), this,
        [this](const ApiResult<QJsonObject> &result) {
            if (!result.ok())
                return report(m_result, tr("Not signed up: %1").arg(result.error().message), false);
            const SignUpResult created(result.value());
            report(m_result,
                   tr("Signed up: organization %1 (%2).")
                       .arg(created.organizationName(), created.organizationId()),
                   true);
        });
}
