#pragma once

#include "models/RoleMatrixModel.h"

#include <QObject>
#include <QPointer>

class PartnerDirectoryService;

// Applies the matrix's pending changes: one assignPartnerUserRoles and/or one
// unassignPartnerUserRoles call per user. The API answers per role, so each change ends up
// succeeded or failed with the server's reason; a whole call failing fails its changes.
class RoleAssignmentBatch : public QObject
{
    Q_OBJECT
public:
    using Outcome = RoleChangeOutcome;

    RoleAssignmentBatch(PartnerDirectoryService *service, const QString &organizationId,
                        QObject *parent = nullptr);
    void run(const QList<RoleChange> &changes);
    bool isRunning() const { return m_open > 0; }
    QList<Outcome> outcomes() const { return m_outcomes; }
    QList<Outcome> failures() const;

    // Reads one `results` answer into outcomes for `changes` (same user, same direction).
    static QList<Outcome> readResults(const QList<RoleChange> &changes, const QJsonArray &results);

signals:
    void finished();

private:
    void send(const QList<RoleChange> &changes, bool assign);

    PartnerDirectoryService *m_service;
    QString m_organizationId;
    QList<Outcome> m_outcomes;
    int m_open = 0;
};
