#pragma once

#include "domain/security/SecurityFindings.h"

#include <QDateTime>
#include <QObject>

class AccessTokenService;
class PeopleRolesLoad;
class PermissionsService;
class UserService;

// Loads what the security overview checks: the people, roles and assignments (as the People &
// roles page loads them, large answers read on worker threads) and the API tokens, then runs the
// checks. Tokens that cannot be listed (no Access Token API, no permission) leave only their check
// undone; anything else that fails fails the load. A newer start() drops the older one's answers.
class SecurityOverviewLoad : public QObject
{
    Q_OBJECT
public:
    SecurityOverviewLoad(UserService *users, PermissionsService *permissions,
                         AccessTokenService *tokens, QObject *parent = nullptr);

    void start(const QString &organizationId);
    bool isRunning() const { return m_open > 0; }

signals:
    void finished(const QList<SecurityFinding> &findings, const QDateTime &checkedAt);
    void failed(const QString &message);

private:
    void done();

    PeopleRolesLoad *m_people;
    AccessTokenService *m_tokens;
    quint64 m_generation = 0;
    int m_open = 0;
    QString m_error;
    SecurityInput m_input;
};
