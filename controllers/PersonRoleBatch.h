#pragma once

#include "models/RoleChange.h"

#include <QHash>
#include <QObject>
#include <QStringList>

class PermissionsService;

// Applies the people × roles matrix's pending changes person by person: each person's changes
// one after the other (addAssignment / removeAssignment, one role each, so the server never sees
// two changes of one person at once), a few people at a time. Every change ends up done or
// failed with the server's reason; finished() comes once, when all have answered.
class PersonRoleBatch : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPeopleAtOnce = 4;

    explicit PersonRoleBatch(PermissionsService *service, QObject *parent = nullptr);

    void run(const QList<RoleChange> &changes);
    bool isRunning() const { return m_running; }
    QList<RoleChangeOutcome> outcomes() const { return m_outcomes; }
    QList<RoleChangeOutcome> failures() const;
    // People in the order they were sent (user ids), for a per-person summary.
    QStringList people() const { return m_order; }

signals:
    void personFinished(const QString &userId);
    void finished();

private:
    void startNextPerson();
    void sendNext(const QString &userId);

    PermissionsService *m_service;
    QStringList m_order;
    QHash<QString, QList<RoleChange>> m_queue; // user id → changes still to send
    int m_nextPerson = 0;
    int m_peopleOpen = 0;
    bool m_running = false;
    QList<RoleChangeOutcome> m_outcomes;
};
