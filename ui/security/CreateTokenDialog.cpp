#include "ui/security/CreateTokenDialog.h"

#include "services/api/AccessTokenService.h"
#include "ui/common/FieldMessage.h"
#include "ui/common/MessageWidget.h"
#include "ui/common/Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

constexpr qint64 day = 24 * 3600;

} // namespace

CreateTokenDialog::CreateTokenDialog(AccessTokenService *service,
                                     const QList<PermissionRole> &roles, QWidget *parent)
    : QDialog(parent), m_service(service)
{
    setWindowTitle(tr("New API token"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("A program signs in with the token and acts with the roles chosen here. Give it "
           "only what it needs, and a lifetime."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout();
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("e.g. Nightly export to the data warehouse"));
    m_name->setMaxLength(AccessTokenRequest::maximumNameLength + 1);
    form->addRow(tr("&Name:"), m_name);

    auto *rolesBox = new QWidget(this);
    auto *rolesLayout = new QVBoxLayout(rolesBox);
    rolesLayout->setContentsMargins(0, 0, 0, 0);
    m_roleFilter = new QLineEdit(rolesBox);
    m_roleFilter->setPlaceholderText(tr("Find a role by name"));
    m_roleFilter->setClearButtonEnabled(true);
    rolesLayout->addWidget(m_roleFilter);
    m_roles = new QListWidget(rolesBox);
    m_roles->setMinimumHeight(160);
    for (const PermissionRole &role : roles) {
        if (!role.isAssignable())
            continue;
        auto *item =
            new QListWidgetItem(role.name().isEmpty() ? role.slug() : role.name(), m_roles);
        item->setData(Qt::UserRole, role.id());
        item->setToolTip(role.id());
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        if (AccessToken::isAdministratorRole(role))
            item->setText(tr("%1 (administrator: may do anything)").arg(item->text()));
    }
    m_roles->sortItems();
    rolesLayout->addWidget(m_roles);
    form->addRow(tr("&Roles:"), rolesBox);
    connect(m_roleFilter, &QLineEdit::textChanged, this, &CreateTokenDialog::filterRoles);
    connect(m_roles, &QListWidget::itemChanged, this, [this] { FieldMessage::clear(m_roles); });

    m_expiry = new QComboBox(this);
    m_expiry->addItem(tr("1 day"), day);
    m_expiry->addItem(tr("7 days"), 7 * day);
    m_expiry->addItem(tr("30 days"), 30 * day);
    m_expiry->addItem(tr("90 days"), 90 * day);
    m_expiry->addItem(tr("365 days"), 365 * day);
    m_expiry->addItem(tr("Never (until revoked; not recommended)"), qint64(0));
    m_expiry->setCurrentIndex(2);
    form->addRow(tr("&Expires after:"), m_expiry);

    m_readOnly = new QCheckBox(tr("Read-only: the token may read but never change anything"), this);
    m_readOnly->setChecked(true);
    form->addRow(QString(), m_readOnly);
    m_anonymize =
        new QCheckBox(tr("Anonymize: personal data in entities is hidden from the token"), this);
    form->addRow(QString(), m_anonymize);
    layout->addLayout(form);
    FieldMessage::reserve(m_name);
    FieldMessage::reserve(m_roles);

    m_message = new MessageWidget(MessageWidget::Style::Inline, this);
    layout->addWidget(m_message);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = m_buttons->addButton(tr("Create token"), QDialogButtonBox::AcceptRole);
    m_create->setDefault(true);
    layout->addWidget(m_buttons);
    // Accept sends; the dialog closes only when the server made the token.
    connect(m_create, &QPushButton::clicked, this, [this] { create(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, 560);
}

CreateTokenDialog::~CreateTokenDialog()
{
    if (m_call)
        m_call->cancel();
}

bool CreateTokenDialog::isSending() const
{
    return m_call != nullptr;
}

void CreateTokenDialog::filterRoles(const QString &text)
{
    for (int row = 0; row < m_roles->count(); ++row) {
        QListWidgetItem *item = m_roles->item(row);
        item->setHidden(!text.trimmed().isEmpty() &&
                        !item->text().contains(text.trimmed(), Qt::CaseInsensitive));
    }
}

void CreateTokenDialog::checkRole(const QString &roleId)
{
    for (int row = 0; row < m_roles->count(); ++row) {
        if (m_roles->item(row)->data(Qt::UserRole).toString() == roleId)
            m_roles->item(row)->setCheckState(Qt::Checked);
    }
}

AccessTokenRequest CreateTokenDialog::request() const
{
    AccessTokenRequest request;
    request.name = m_name->text();
    for (int row = 0; row < m_roles->count(); ++row) {
        if (m_roles->item(row)->checkState() == Qt::Checked)
            request.assignments << m_roles->item(row)->data(Qt::UserRole).toString();
    }
    request.expiresInSeconds = m_expiry->currentData().toLongLong();
    request.readOnly = m_readOnly->isChecked();
    request.anonymize = m_anonymize->isChecked();
    return request;
}

bool CreateTokenDialog::create()
{
    if (m_call)
        return true;
    m_message->clear();
    const AccessTokenRequest request = this->request();
    const QMap<AccessTokenRequest::Field, QString> problems = request.problems();
    bool bad = FieldMessage::report(m_name, problems.value(AccessTokenRequest::Name));
    bad = FieldMessage::report(m_roles, problems.value(AccessTokenRequest::Assignments)) || bad;
    bad = FieldMessage::report(m_expiry, problems.value(AccessTokenRequest::Expiry)) || bad;
    if (bad)
        return false;
    m_create->setEnabled(false);
    m_message->showInfo(tr("Creating the token…"));
    m_call = m_service->createAccessToken(
        request.toJson(), this, [this](const ApiResult<QByteArray> &result) {
            m_call = nullptr;
            m_create->setEnabled(true);
            if (!result.ok()) {
                m_message->showError(
                    tr("The token was not created: %1").arg(result.error().message));
                return;
            }
            QString problem;
            std::optional<NewAccessToken> created =
                NewAccessToken::fromAnswer(result.value(), &problem);
            if (!created) {
                // Made, perhaps, but not readable: the list will show it, to revoke.
                m_message->showError(tr("The server's answer could not be read (%1). If the "
                                        "token appears in the list, revoke it.")
                                         .arg(problem));
                return;
            }
            m_created = std::move(*created);
            accept();
        });
    return true;
}

NewAccessToken CreateTokenDialog::takeCreated()
{
    return std::move(m_created);
}
