#include "ui/groups/GroupsPane.h"
#include "ui/roles/RolesPane.h"
#include "ui/security/ApiTokensPane.h"
#include "ui/security/AuditLogPane.h"
#include "ui/security/SecurityOverviewPane.h"
#include "ui/shell/MainWindow.h"
#include "ui/users/UsersPane.h"

// Links between pages: one click from where something is seen to where it is changed.
void MainWindow::connectPages(Pane *built)
{
    connectUsersAndGroups(built);
    if (auto *overview = qobject_cast<SecurityOverviewPane *>(built))
        connect(overview, &SecurityOverviewPane::openRequested, this, &MainWindow::openPlace);
    if (auto *log = qobject_cast<AuditLogPane *>(built))
        connect(log, &AuditLogPane::recordRequested, this, &MainWindow::openRecord);
}

void MainWindow::openRecord(const AuditRecord &record)
{
    const auto show = [this](const char *key) -> Pane * {
        const int index = m_pages->indexOf(QLatin1String(key));
        return showPane(index) ? pane(index) : nullptr;
    };
    switch (record.kind) {
    case AuditRecord::Kind::User:
        openPlace(SecurityFinding::Place::Users, record.id);
        break;
    case AuditRecord::Kind::Group:
        if (auto *groups = qobject_cast<GroupsPane *>(show("groups")))
            groups->showGroup(record.id);
        break;
    case AuditRecord::Kind::Role:
        openPlace(SecurityFinding::Place::Roles, record.id);
        break;
    case AuditRecord::Kind::Setting:
        show("organization"); // its Advanced tab lists the settings by key
        break;
    case AuditRecord::Kind::Token:
        openPlace(SecurityFinding::Place::ApiTokens, record.id);
        break;
    }
}

void MainWindow::connectUsersAndGroups(Pane *built)
{
    // From a user to their groups and from a group to its members, in one click.
    const int usersIndex = m_pages->indexOf(QStringLiteral("users"));
    const int groupsIndex = m_pages->indexOf(QStringLiteral("groups"));
    if (auto *users = qobject_cast<UsersPane *>(built)) {
        connect(users, &UsersPane::groupRequested, this, [this, groupsIndex](const QString &id) {
            if (showPane(groupsIndex))
                if (auto *groups = qobject_cast<GroupsPane *>(pane(groupsIndex)))
                    groups->showGroup(id);
        });
    }
    if (auto *groups = qobject_cast<GroupsPane *>(built)) {
        connect(groups, &GroupsPane::userRequested, this,
                [this, usersIndex](const QString &userId, const QString &email) {
                    if (showPane(usersIndex))
                        if (auto *users = qobject_cast<UsersPane *>(pane(usersIndex)))
                            users->showUser(userId, email);
                });
    }
}

void MainWindow::openPlace(SecurityFinding::Place place, const QString &subjectId)
{
    using Place = SecurityFinding::Place;
    const auto show = [this](const char *key) -> Pane * {
        const int index = m_pages->indexOf(QLatin1String(key));
        return showPane(index) ? pane(index) : nullptr;
    };
    switch (place) {
    case Place::Users:
        if (auto *users = qobject_cast<UsersPane *>(show("users")); users && !subjectId.isEmpty())
            users->showUser(subjectId);
        break;
    case Place::PendingInvitations:
        if (auto *users = qobject_cast<UsersPane *>(show("users")))
            users->openPendingInvitations();
        break;
    case Place::Roles:
        if (auto *roles = qobject_cast<RolesPane *>(show("roles")); roles && !subjectId.isEmpty())
            roles->showRole(subjectId);
        break;
    case Place::PeopleRoles:
        // A person of the finding opens in Users; the finding itself on the matrix.
        if (!subjectId.isEmpty())
            openPlace(Place::Users, subjectId);
        else
            show("people-roles");
        break;
    case Place::ApiTokens:
        if (auto *tokens = qobject_cast<ApiTokensPane *>(show("api-tokens"));
            tokens && !subjectId.isEmpty())
            tokens->selectToken(subjectId);
        break;
    }
}
