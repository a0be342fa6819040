#pragma once

#include "controllers/RoleAssignmentBatch.h"
#include "domain/partners/PartnerUser.h"
#include "ui/partners/PartnerPage.h"

#include <QPointer>
#include <functional>

class EmptyStateOverlay;
class QListWidget;
class QPushButton;
class QTableView;
class RoleMatrixModel;

// The "Users and their roles" tab: a partner organization's users × roles matrix whose ticks are
// applied together (save) and reported per role, creating and deleting users.
class PartnerUsersPage : public PartnerPage
{
    Q_OBJECT
public:
    // Loads the organization's users and roles again, then calls `then` (the host does it).
    using Reload = std::function<void(std::function<void()> then)>;
    PartnerUsersPage(Session *session, Reload reload, QWidget *parent = nullptr);

    // Whose users are loaded next; another organization's users are cleared at once.
    void setOrganization(const QString &organizationId, const QString &label);
    void setLoading(bool loading);
    void showLoadFailure(const QString &reason);
    // No partner organization at all: nothing to show, `text` says why.
    void showNothing(const QString &text);
    void showServerState(const QList<PartnerUser> &users, const QList<Role> &roles);

    // Applies the ticked changes; the outcome is saveFinished(all applied).
    void save() override;
    void discard() override;
    bool hasUnsavedChanges() const override;
    bool isSaving() const override { return m_batch != nullptr; }
    void setReadOnly(bool readOnly) override;

    void showCreateUserDialog();
    bool createUser(const QString &email, const QString &language, const QStringList &roleIds,
                    QString *error = nullptr);
    void deleteUser(const QString &userId);
    QString selectedUserId() const;

    RoleMatrixModel *matrix() const { return m_matrix; }
    QTableView *matrixView() const { return m_matrixView; }
    EmptyStateOverlay *matrixState() const { return m_matrixState; }
    QListWidget *pendingList() const { return m_pending; }
    QListWidget *resultList() const { return m_results; }

signals:
    void assignmentsApplied();
    // Retry after a failed load: the host loads everything again (the organizations too).
    void reloadRequested();

private:
    QWidget *buildSide();
    void refreshPending();
    void showOutcomes(const QList<RoleAssignmentBatch::Outcome> &outcomes);
    QStringList askForNewUser(QString *email, QString *language);

    Reload m_reload;
    QString m_organizationId;
    QString m_organizationLabel;
    QString m_shownOrganization; // whose users the matrix shows
    QList<PartnerUser> m_users;
    QList<Role> m_roles;
    QTableView *m_matrixView;
    RoleMatrixModel *m_matrix;
    EmptyStateOverlay *m_matrixState;
    QListWidget *m_pending;
    QListWidget *m_results;
    QPushButton *m_apply;
    QPushButton *m_discard;
    QPushButton *m_newUser;
    QPushButton *m_deleteUser;
    QPointer<RoleAssignmentBatch> m_batch;
};
