#include "ui/partners/grants/RoleHeaderForm.h"

#include "domain/permissions/RoleKindText.h"
#include "ui/partners/grants/GrantStyle.h"

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

void RoleHeaderForm::showDraft(const RoleDraft &draft)
{
    m_filling = true;
    if (m_name->text() != draft.name)
        m_name->setText(draft.name);
    if (m_slug->text() != draft.slug)
        m_slug->setText(draft.slug);
    m_filling = false;
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
}

bool RoleHeaderForm::hasPendingText(const RoleDraft &draft) const
{
    return m_name->text() != draft.name || m_slug->text() != draft.slug;
}

void RoleHeaderForm::commit()
{
    emit renamed(m_name->text(), slugFollows());
    if (!slugFollows())
        emit slugChanged(m_slug->text());
}
