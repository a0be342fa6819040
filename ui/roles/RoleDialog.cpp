#include "ui/roles/RoleDialog.h"

#include "domain/partners/Role.h"
#include "ui/common/FieldMessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>

RoleDialog::RoleDialog(const PermissionRole &start, const QList<PermissionRole> &parents,
                       QWidget *parent)
    : QDialog(parent), m_start(start), m_name(new QLineEdit(start.name(), this)),
      m_slug(new QLineEdit(start.slug(), this)), m_kind(new QComboBox(this)),
      m_partnerOrg(new QLineEdit(start.partnerOrganizationId(), this)),
      m_parent(new QComboBox(this)), m_expires(new QCheckBox(tr("Expires"), this)),
      m_expiry(new QDateTimeEdit(this))
{
    setWindowTitle(start.id().isEmpty() && start.grants().isEmpty() ? tr("New role")
                                                                    : tr("Duplicate role"));
    m_name->setObjectName(QStringLiteral("roleName"));
    m_slug->setObjectName(QStringLiteral("roleSlug"));
    m_kind->addItem(tr("User role"), int(RoleKind::User));
    m_kind->addItem(tr("Share role"), int(RoleKind::Share));
    m_kind->addItem(tr("Partner role"), int(RoleKind::Partner));
    m_kind->addItem(tr("Portal role"), int(RoleKind::Portal));
    const int kindIndex = m_kind->findData(int(start.kind()));
    m_kind->setCurrentIndex(kindIndex < 0 ? 0 : kindIndex);
    m_parent->addItem(tr("None"), QString());
    for (const PermissionRole &role : parents)
        m_parent->addItem(role.name(), role.id());
    m_parent->setCurrentIndex(qMax(0, m_parent->findData(start.parentRole())));
    m_expires->setChecked(start.expiresAt().isValid());
    m_expiry->setCalendarPopup(true);
    m_expiry->setDateTime(start.expiresAt().isValid() ? start.expiresAt().toLocalTime()
                                                      : QDateTime::currentDateTime().addDays(30));
    m_slugEdited = !start.slug().isEmpty();
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &name) {
        if (!m_slugEdited)
            m_slug->setText(Role::suggestSlug(name));
    });
    connect(m_slug, &QLineEdit::textEdited, this, [this] { m_slugEdited = true; });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { updateKindFields(); });
    connect(m_expires, &QCheckBox::toggled, m_expiry, &QWidget::setEnabled);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Slug"), m_slug);
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Partner organization"), m_partnerOrg);
    form->addRow(tr("Inherits from"), m_parent);
    form->addRow(m_expires, m_expiry);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { tryAccept(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    updateKindFields();
    m_expiry->setEnabled(m_expires->isChecked());
}

void RoleDialog::updateKindFields()
{
    const auto kind = RoleKind(m_kind->currentData().toInt());
    m_partnerOrg->setEnabled(kind == RoleKind::Partner);
    m_parent->setEnabled(kind == RoleKind::User);
}

bool RoleDialog::tryAccept()
{
    FieldMessage::clearAll(this);
    static const QRegularExpression slugPattern(QStringLiteral("^[a-z0-9][a-z0-9_-]*$"));
    if (FieldMessage::report(
            m_name, m_name->text().trimmed().isEmpty() ? tr("The role needs a name.") : QString()))
        return false;
    if (FieldMessage::report(m_slug, !slugPattern.match(m_slug->text().trimmed()).hasMatch()
                                         ? tr("Lower-case letters, digits, _ and - only.")
                                         : QString()))
        return false;
    if (FieldMessage::report(m_partnerOrg,
                             m_partnerOrg->isEnabled() && m_partnerOrg->text().trimmed().isEmpty()
                                 ? tr("A partner role needs the partner organization's id.")
                                 : QString()))
        return false;
    accept();
    return true;
}

PermissionRole RoleDialog::role() const
{
    PermissionRole role = m_start.duplicated(m_name->text().trimmed(), m_slug->text().trimmed());
    const auto kind = RoleKind(m_kind->currentData().toInt());
    role.setKind(kind);
    role.setPartnerOrganizationId(kind == RoleKind::Partner ? m_partnerOrg->text().trimmed()
                                                            : QString());
    role.setParentRole(kind == RoleKind::User ? m_parent->currentData().toString() : QString());
    role.setExpiresAt(m_expires->isChecked() ? m_expiry->dateTime().toUTC() : QDateTime());
    return role;
}
