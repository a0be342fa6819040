#include "ui/partners/grants/RoleHeaderForm.h"

#include "domain/permissions/RoleKindText.h"
#include "ui/partners/grants/GrantStyle.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

RoleHeaderForm::RoleHeaderForm(QWidget *parent) : QWidget(parent)
{
    m_name = new QLineEdit;
    m_name->setPlaceholderText(tr("e.g. Installer – read opportunities"));
    m_slug = new QLineEdit;
    m_slug->setPlaceholderText(tr("e.g. installer_read"));
    m_slugHint = GrantStyle::hintLabel();
    m_type = new QLabel;
    m_type->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    auto *slugRow = new QHBoxLayout;
    slugRow->addWidget(m_slug, 1);
    slugRow->addWidget(m_slugHint, 2);
    form->addRow(tr("Slug:"), slugRow);
    form->addRow(tr("Type:"), m_type);

    m_parent = new QComboBox;
    m_parent->setObjectName(QStringLiteral("parentRole"));
    m_parent->setToolTip(tr("The role's grants add to those of the role it inherits from."));
    m_parentLabel = new QLabel(tr("&Inherits from:"));
    m_parentLabel->setBuddy(m_parent);
    form->addRow(m_parentLabel, m_parent);
    m_expires = new QCheckBox(tr("&Expires on"));
    m_expires->setObjectName(QStringLiteral("roleExpires"));
    m_expiry = new QDateTimeEdit;
    m_expiry->setObjectName(QStringLiteral("roleExpiry"));
    m_expiry->setCalendarPopup(true);
    m_expiry->setToolTip(tr("After this moment the role no longer gives anything."));
    m_expiryRow = new QWidget;
    auto *expiryLayout = new QHBoxLayout(m_expiryRow);
    expiryLayout->setContentsMargins(0, 0, 0, 0);
    expiryLayout->addWidget(m_expires);
    expiryLayout->addWidget(m_expiry);
    expiryLayout->addStretch(1);
    m_expiresLabel = new QLabel(tr("Expiry:"));
    form->addRow(m_expiresLabel, m_expiryRow);
    setOrganizationRole(false, {});

    connect(m_parent, &QComboBox::activated, this, [this] {
        if (!m_filling)
            emit parentChosen(m_parent->currentData().toString());
    });
    connect(m_expires, &QCheckBox::toggled, this, [this](bool on) {
        m_expiry->setEnabled(on && !m_readOnly);
        if (!m_filling)
            emitExpiry();
    });
    connect(m_expiry, &QDateTimeEdit::editingFinished, this, [this] {
        if (!m_filling)
            emitExpiry();
    });
    connect(m_expiry->calendarWidget(), &QCalendarWidget::clicked, this, [this] {
        if (!m_filling)
            emitExpiry();
    });

    connect(m_name, &QLineEdit::textEdited, this, [this] {
        if (slugFollows())
            m_slug->setText(Role::suggestSlug(m_name->text()));
    });
    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        if (!m_filling)
            emit renamed(m_name->text(), slugFollows());
    });
    connect(m_slug, &QLineEdit::textEdited, this, [this] { m_slugTouched = true; });
    connect(m_slug, &QLineEdit::editingFinished, this, [this] {
        if (!m_filling)
            emit slugChanged(m_slug->text());
    });
}

void RoleHeaderForm::startRole(bool isNew, const QString &type)
{
    m_isNew = isNew;
    m_slugTouched = !isNew;
    m_slug->setToolTip(isNew ? tr("Lower-case letters, digits and _; starts with a letter.")
                             : tr("The slug is part of the role's id and cannot change."));
    // The kind in words; the API's own word (share_role) in the tool tip, for those who look it up.
    const QString apiType = type.isEmpty() ? PermissionRole::typeOf(RoleKind::Share) : type;
    m_type->setText(type.isEmpty() ? tr("%1 (set by the server)").arg(RoleKindText::ofType(apiType))
                                   : RoleKindText::ofType(apiType));
    m_type->setToolTip(apiType);
    applyLocks();
}

void RoleHeaderForm::setOrganizationRole(bool organizationRole,
                                         const QList<QPair<QString, QString>> &parents)
{
    m_organizationRole = organizationRole;
    for (QWidget *widget : {static_cast<QWidget *>(m_parentLabel), static_cast<QWidget *>(m_parent),
                            static_cast<QWidget *>(m_expiresLabel), m_expiryRow})
        widget->setVisible(organizationRole);
    m_filling = true;
    const QString shown = m_parent->currentData().toString();
    m_parent->clear();
    m_parent->addItem(tr("Nothing (only its own grants)"), QString());
    for (const auto &[id, name] : parents)
        m_parent->addItem(name, id);
    m_filling = false;
    showParent(shown);
}

void RoleHeaderForm::showDraft(const RoleDraft &draft)
{
    m_filling = true;
    if (m_name->text() != draft.name)
        m_name->setText(draft.name);
    if (m_slug->text() != draft.slug)
        m_slug->setText(draft.slug);
    m_filling = false;
    showParent(draft.parentRole);
    showExpiry(draft.expiresAt);
}

void RoleHeaderForm::showParent(const QString &roleId)
{
    m_filling = true;
    int index = m_parent->findData(roleId);
    if (index < 0) { // a parent not among the choices (deleted, another kind) is still named
        m_parent->addItem(tr("%1 (not found)").arg(roleId), roleId);
        index = m_parent->count() - 1;
    }
    m_parent->setCurrentIndex(index);
    m_filling = false;
}

void RoleHeaderForm::showExpiry(const QString &isoDateTime)
{
    m_filling = true;
    m_shownExpiry = isoDateTime;
    const QDateTime when = QDateTime::fromString(isoDateTime, Qt::ISODateWithMs);
    m_expires->setChecked(when.isValid());
    // Unchecked, the field offers a month from now as the starting point.
    m_expiry->setDateTime(when.isValid() ? when.toLocalTime()
                                         : QDateTime::currentDateTime().addDays(30));
    m_expiry->setEnabled(when.isValid() && !m_readOnly);
    m_filling = false;
}

QString RoleHeaderForm::typedExpiry() const
{
    if (!m_expires->isChecked())
        return {};
    // The field shows minutes: within the shown minute it is still the draft's moment, kept in
    // the draft's spelling (seconds, milliseconds), so nothing counts as edited.
    const QDateTime typed = m_expiry->dateTime().toUTC();
    const QDateTime shown = QDateTime::fromString(m_shownExpiry, Qt::ISODateWithMs);
    if (shown.isValid() && qAbs(shown.secsTo(typed)) < 60)
        return m_shownExpiry;
    return typed.toString(Qt::ISODate);
}

void RoleHeaderForm::emitExpiry()
{
    const QString typed = typedExpiry();
    if (typed != m_shownExpiry)
        emit expiryChosen(typed);
}

void RoleHeaderForm::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    applyLocks();
}

void RoleHeaderForm::applyLocks()
{
    m_name->setReadOnly(m_readOnly);
    m_slug->setReadOnly(m_readOnly || !m_isNew);
    m_parent->setEnabled(!m_readOnly);
    m_expires->setEnabled(!m_readOnly);
    m_expiry->setEnabled(!m_readOnly && m_expires->isChecked());
}

bool RoleHeaderForm::hasPendingText(const RoleDraft &draft) const
{
    return m_name->text() != draft.name || m_slug->text() != draft.slug ||
           (m_organizationRole && typedExpiry() != draft.expiresAt);
}

void RoleHeaderForm::commit()
{
    // Read before emitting: each emit may redraw the form from the new draft.
    const QString expiry = typedExpiry();
    emit renamed(m_name->text(), slugFollows());
    if (!slugFollows())
        emit slugChanged(m_slug->text());
    if (m_organizationRole && expiry != m_shownExpiry)
        emit expiryChosen(expiry);
}
