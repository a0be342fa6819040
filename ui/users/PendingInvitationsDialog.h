#pragma once

#include "controllers/UserBatchAction.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;
class Session;
class UserListModel;
class UserMemberships;

// The people invited who have not accepted yet (status Pending), with resend and revoke.
class PendingInvitationsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PendingInvitationsDialog(Session *session, QWidget *parent = nullptr);

    void setReadOnly(bool readOnly);
    UserListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLabel *reportLabel() const { return m_report; }
    void run(UserBatchAction::Kind kind);
    // How long an invitation sent at `sinceMs` has waited at `nowMs`: "3 days".
    static QString ageText(qint64 sinceMs, qint64 nowMs);

signals:
    void changed();

private:
    QList<UserBatchAction::Person> selectedPeople() const;
    void updateButtons();

    Session *m_session;
    UserListModel *m_model;
    UserMemberships *m_memberships;
    QTableView *m_table;
    QLabel *m_report;
    QPushButton *m_resend;
    QPushButton *m_revoke;
    bool m_readOnly = false;
};
