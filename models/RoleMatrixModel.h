#pragma once

#include "domain/partners/PartnerUser.h"
#include "models/ListStateModel.h"
#include "models/RoleChange.h"

#include <QSet>

// The users × roles matrix of a partner organization: rows are users, column 0 the user, one
// check-box column per role. Ticks are collected as pending changes against what the server
// holds; applying them is RoleAssignmentBatch's job, after which the server's answer is loaded.
// The page loads it: setLoading() while asked, setServerState() with the answer, loadFailed() when
// that failed (the matrix shown stays, marked stale, until an answer replaces it).
class RoleMatrixModel : public ListStateModel
{
    Q_OBJECT
public:
    enum { PendingRole = Qt::UserRole + 1 };

    explicit RoleMatrixModel(QObject *parent = nullptr);

    // What the server holds now; pending changes are dropped.
    void setServerState(const QList<PartnerUser> &users, const QList<RoleReference> &roles);
    // The server is asked (true), or the asking was given up (false).
    void setLoading(bool loading);
    // Loading failed: the rows shown (if any) are the last answer's, now possibly out of date.
    void loadFailed(const QString &message);
    const QList<PartnerUser> &users() const { return m_users; }
    const QList<RoleReference> &roles() const { return m_roles; }
    QList<RoleChange> pendingChanges() const;
    bool hasPendingChanges() const { return !m_desired.isEmpty(); }
    void discardChanges();
    // Toggles (user, role) as a tick in the matrix would.
    bool setAssigned(const QString &userId, const QString &roleId, bool assigned);
    bool isAssigned(const QString &userId, const QString &roleId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void pendingChanged();

private:
    static QString cellKey(const QString &userId, const QString &roleId);

    QList<PartnerUser> m_users;
    QList<RoleReference> m_roles;
    QHash<QString, bool> m_desired; // cellKey → desired state, only where it differs
};
