// The Users page's bulk role actions: add a role to the selected people or remove one from them
// (e.g. everybody in a group, selected with the group filter), each person with a result.
#include "controllers/UserBatchAction.h"
#include "models/OrganizationRoles.h"
#include "services/session/Session.h"
#include "ui/common/MessageWidget.h"
#include "ui/users/BulkRoleDialog.h"
#include "ui/users/UsersPane.h"

void UsersPane::openRoleAction(UserBatchAction::Kind kind)
{
    const QList<UserBatchAction::Person> people = selectedPeople();
    if (people.isEmpty() || m_readOnly || m_model->showsPreviousRows())
        return;
    if (!m_roleCatalog->catalog().isLoaded()) {
        if (!m_roleCatalog->isLoading())
            m_roleCatalog->load(session()->organizationId());
        // Said on the page, not in a message box: nothing here needs an answer.
        if (m_roleCatalog->error().isEmpty())
            m_errorBar->showInfo(
                tr("The organization's roles are still loading. Try again in a moment."));
        else
            m_errorBar->showError(
                tr("The organization's roles could not be loaded: %1").arg(m_roleCatalog->error()));
        return;
    }
    QStringList names;
    for (const auto &person : people)
        names << person.name;
    auto *dialog = new BulkRoleDialog(kind == UserBatchAction::Kind::AddRole,
                                      m_roleCatalog->catalog(), names, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, kind] { runRoleAction(kind, dialog->roleId()); });
    dialog->open();
}

void UsersPane::runRoleAction(UserBatchAction::Kind kind, const QString &roleId)
{
    const QList<UserBatchAction::Person> people = selectedPeople();
    if (people.isEmpty() || roleId.isEmpty() || m_readOnly || m_model->showsPreviousRows())
        return;
    auto *batch = new UserBatchAction(session()->users(), kind, people, this);
    batch->setRole(session()->permissions(), roleId);
    const QString role = m_roleCatalog->catalog().label(roleId);
    const QString title = kind == UserBatchAction::Kind::AddRole
                              ? tr("Add the role \"%1\"").arg(role)
                              : tr("Remove the role \"%1\"").arg(role);
    runBatch(batch, title, int(people.size()));
}
