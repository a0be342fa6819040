#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class ApiCall;
struct ApiError;
class PermissionsService;
class UserService;

// One action on several people, one request after another, with each person's result.
// AddRole / RemoveRole need setRole(): the Permissions API's addAssignment / removeAssignment;
// a removal first reads the person's roles, so someone who does not hold the role is told
// apart ("did not have it") from a failure.
class UserBatchAction : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Delete, ResendInvitation, PasswordReset, AddRole, RemoveRole };
    struct Person
    {
        QString id;
        QString name;
        QString email;
    };
    struct Result
    {
        Person person;
        bool ok = false;
        QString message; // why it failed, or what was found (e.g. "did not have it")
    };

    UserBatchAction(UserService *service, Kind kind, const QList<Person> &people,
                    QObject *parent = nullptr);

    void setLanguage(const QString &language) { m_language = language; }
    // The role to add or remove (role id) and the service that does it.
    void setRole(PermissionsService *service, const QString &roleId)
    {
        m_permissions = service;
        m_roleId = roleId;
    }
    QString roleId() const { return m_roleId; }
    void start();
    void cancel();
    Kind kind() const { return m_kind; }
    const QList<Result> &results() const { return m_results; }
    int succeeded() const;
    static QString actionName(Kind kind);
    static QString describe(const ApiError &error);

signals:
    void progress(int done, int total);
    void finished();

private:
    void next();
    void record(bool ok, const QString &message);
    void removeRole(const Person &person);

    UserService *m_service;
    Kind m_kind;
    QList<Person> m_people;
    QList<Result> m_results;
    QString m_language = QStringLiteral("en");
    PermissionsService *m_permissions = nullptr;
    QString m_roleId;
    QPointer<ApiCall> m_call;
    bool m_cancelled = false;
};
