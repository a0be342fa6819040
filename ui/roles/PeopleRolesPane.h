#pragma once

#include "models/PeopleRolesModel.h"
#include "models/RoleChange.h"
#include "ui/shell/Pane.h"

class EmptyStateOverlay;
class MessageWidget;
class PeopleRolesLoad;
class PersonRoleBatch;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;
struct PeopleRolesSnapshot;

// People & roles: the organization's people × roles (Permissions API). Search, filters by role,
// group and status; clicking a cell marks a pending change (listed at the side), Apply sends
// them person by person (addAssignment / removeAssignment) and shows the outcome per person and
// per cell; the matrix then shows what the server holds, failed cells staying pending with the
// reason. Pending changes are unsaved changes of the page (leaving asks).
class PeopleRolesPane : public Pane
{
    Q_OBJECT
public:
    explicit PeopleRolesPane(Session *session, QWidget *parent = nullptr);

    QString title() const override { return tr("People & roles"); }
    void reload() override;
    void focusSearch() override;
    void save() override; // applies the pending changes
    void discard() override;
    bool isSaving() const override { return m_saving; }
    bool hasUnsavedChanges() const override;
    void setReadOnly(bool readOnly) override;

    // For tests and benchmarks.
    PeopleRolesModel *model() const { return m_model; }
    QTableView *matrixView() const { return m_view; }
    EmptyStateOverlay *matrixState() const { return m_state; }
    QLineEdit *searchBox() const { return m_search; }
    QComboBox *roleFilter() const { return m_roleFilter; }
    QComboBox *groupFilter() const { return m_groupFilter; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    QListWidget *pendingList() const { return m_pending; }
    QListWidget *resultList() const { return m_results; }
    QPushButton *applyButton() const { return m_apply; }
    MessageWidget *status() const { return m_status; }
    bool isLoading() const;
    // The cell of (user, role) among the rows shown, invalid when not shown.
    QModelIndex cellOf(const QString &userId, const QString &roleId) const;

signals:
    void loaded();
    void applied();

protected:
    void sessionReady() override;

private:
    QWidget *buildFilters();
    QWidget *buildSide();
    // The answers are in: the rows are built on a worker thread, then shown (showPrepared).
    void showLoaded(const PeopleRolesSnapshot &snapshot);
    void showPrepared(PeopleRolesModel::Prepared prepared);
    void showLoadFailure(const QString &message);
    void fillFilters();
    void refreshPending();
    void showOutcomes();
    void toggle(const QModelIndex &index);
    void updateActions();

    PeopleRolesModel *m_model;
    PeopleRolesLoad *m_load;
    PersonRoleBatch *m_batch;
    QLineEdit *m_search;
    QComboBox *m_roleFilter;
    QComboBox *m_groupFilter;
    QComboBox *m_statusFilter;
    MessageWidget *m_status;
    QTableView *m_view;
    EmptyStateOverlay *m_state;
    QListWidget *m_pending;
    QListWidget *m_results;
    QPushButton *m_apply;
    QPushButton *m_discard;
    QLabel *m_pendingTitle;
    bool m_saving = false;
    bool m_readOnly = false;
    QList<RoleChangeOutcome> m_failed; // of the last Apply, kept pending through the reload
    quint64 m_preparing = 0;           // the newest snapshot being built; 0: none
    quint64 m_prepared = 0;            // how many were asked for
};
