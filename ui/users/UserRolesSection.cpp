#include "ui/users/UserRolesSection.h"

#include "controllers/UserRolesEditor.h"
#include "models/OrganizationRoles.h"
#include "services/session/Session.h"
#include "ui/common/ChipPicker.h"
#include "ui/common/MessageWidget.h"

#include <QVBoxLayout>

UserRolesSection::UserRolesSection(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session),
      m_editor(new UserRolesEditor(session->permissions(), this)),
      m_roles(new OrganizationRoles(session->permissions(), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_chips = new ChipPicker(this);
    m_chips->setObjectName(QStringLiteral("userRoles"));
    m_chips->setSelfManaged(false);
    m_chips->setPlaceholderText(tr("Add a role…"));
    m_chips->setUnknownText(tr("No role named \"%1\" in this organization. Pick one from the "
                               "list."));
    layout->addWidget(m_chips);
    m_message = new MessageWidget(MessageWidget::Style::Inline, this);
    layout->addWidget(m_message);

    m_editor->setNamer([this](const QString &id) { return m_roles->catalog().label(id); });
    connect(m_chips, &ChipPicker::addRequested, m_editor, &UserRolesEditor::add);
    connect(m_chips, &ChipPicker::removeRequested, m_editor, &UserRolesEditor::remove);
    connect(m_chips, &ChipPicker::restoreRequested, m_editor, &UserRolesEditor::restore);
    connect(m_editor, &UserRolesEditor::edited, this, [this] {
        refresh();
        emit edited();
    });
    connect(m_editor, &UserRolesEditor::loadFinished, this, [this] {
        if (!m_editor->isLoaded())
            m_message->showError(
                tr("The roles could not be loaded: %1").arg(m_editor->loadError()));
        refresh();
        emit edited();
    });
    connect(
        m_editor, &UserRolesEditor::othersChanged, this,
        [this](const QStringList &theyAdded, const QStringList &theyRemoved) {
            const RoleCatalog &catalog = m_roles->catalog();
            QStringList parts;
            if (!theyAdded.isEmpty())
                parts << tr("added %1").arg(catalog.labels(theyAdded).join(QStringLiteral(", ")));
            if (!theyRemoved.isEmpty())
                parts
                    << tr("removed %1").arg(catalog.labels(theyRemoved).join(QStringLiteral(", ")));
            m_message->showMessage(
                MessageWidget::Level::Warning,
                tr("Someone else changed these roles meanwhile (%1). Their change is kept; "
                   "yours is applied on top.")
                    .arg(parts.join(QStringLiteral("; "))));
        });
    connect(m_editor, &UserRolesEditor::saveFailed, this, [this](const QString &message) {
        m_message->showError(tr("Roles not saved: %1").arg(message));
    });
    connect(m_roles, &OrganizationRoles::loaded, this, &UserRolesSection::refresh);
    connect(m_roles, &OrganizationRoles::failed, this, [this](const QString &message) {
        m_chips->setPlaceholderText(tr("The role list could not be loaded: %1").arg(message));
    });
    refresh();
}

void UserRolesSection::load(const QString &userId)
{
    m_message->clear();
    const RoleCatalog &catalog = m_roles->catalog();
    if ((!catalog.isLoaded() || catalog.organizationId() != m_session->organizationId()) &&
        !m_roles->isLoading())
        m_roles->load(m_session->organizationId());
    m_editor->load(userId);
    m_chips->setEmptyText(tr("Loading…"));
    refresh();
}

void UserRolesSection::clear()
{
    m_message->clear();
    m_editor->clear();
    refresh();
}

void UserRolesSection::setReadOnly(bool readOnly)
{
    m_chips->setReadOnly(readOnly);
}

void UserRolesSection::refresh()
{
    const RoleCatalog &catalog = m_roles->catalog();
    QList<ChipPicker::Option> options;
    for (const PermissionRole &role : catalog.assignable())
        options << ChipPicker::Option{
            role.id(), role.name(), catalog.details(role.id()), {role.slug()}};
    m_chips->setOptions(options);
    QList<ChipPicker::Chip> chips;
    for (const QString &id : m_editor->shownRoles()) {
        ChipPicker::State state = ChipPicker::State::Normal;
        QString tip = catalog.details(id);
        if (m_editor->isAdded(id)) {
            state = ChipPicker::State::Added;
            tip = tr("Added, not saved yet") + QLatin1Char('\n') + tip;
        } else if (m_editor->isRemoved(id)) {
            state = ChipPicker::State::Removed;
            tip = tr("Removed, not saved yet") + QLatin1Char('\n') + tip;
        } else if (catalog.isLoaded() && !catalog.find(id)) {
            state = ChipPicker::State::Problem;
        }
        chips << ChipPicker::Chip{id, catalog.label(id), tip, state};
    }
    m_chips->setChips(chips);
    if (m_editor->isLoaded() || !m_editor->loadError().isEmpty() || m_editor->userId().isEmpty())
        m_chips->setEmptyText(tr("No role of its own: only the organization's root role applies."));
    m_chips->setEnabled(!m_editor->isSaving());
}
