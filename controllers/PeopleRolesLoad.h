#pragma once

#include "models/PeopleRolesModel.h"

#include <QObject>

class PermissionsService;
class UserService;

// Loads what the people × roles matrix shows, all asked at once: every role (listAllRoles),
// every person (listUsersV2, pages of 1000), the groups (getGroups) and every assignment
// (listAllAssignments). The large answers are read on worker threads (the users' pages with
// UserRow::parsePage, the assignments from their bytes with RoleAssignment::listFromAnswer), so
// 100,000 people never stall the window. One outcome per start(): finished or failed; a newer
// start() drops what the older one still receives.
class PeopleRolesLoad : public QObject
{
    Q_OBJECT
public:
    static constexpr int kUserPage = 1000;
    static constexpr int kGroupPage = 1000;

    PeopleRolesLoad(UserService *users, PermissionsService *permissions, QObject *parent = nullptr);

    void start();
    bool isRunning() const { return m_open > 0; }

signals:
    void finished(const PeopleRolesSnapshot &snapshot);
    void failed(const QString &message);

private:
    void loadUsers(quint64 generation, int offset);
    void loadGroups(quint64 generation, int offset);
    void loadAssignments(quint64 generation);
    void loadRoles(quint64 generation);
    // One of the four answers is in (or failed: `error`); the last one reports.
    void done(quint64 generation, const QString &error = {});

    UserService *m_users;
    PermissionsService *m_permissions;
    quint64 m_generation = 0;
    int m_open = 0;
    QString m_error;
    PeopleRolesSnapshot m_snapshot;
};
