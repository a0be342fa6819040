#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class ApiCall;
class UserService;

// One action on several people, one request after another, with each person's result.
class UserBatchAction : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Delete, ResendInvitation, PasswordReset };
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
        QString message;
    };

    UserBatchAction(UserService *service, Kind kind, const QList<Person> &people,
                    QObject *parent = nullptr);

    void setLanguage(const QString &language) { m_language = language; }
    void start();
    void cancel();
    Kind kind() const { return m_kind; }
    const QList<Result> &results() const { return m_results; }
    int succeeded() const;
    static QString actionName(Kind kind);

signals:
    void progress(int done, int total);
    void finished();

private:
    void next();
    void record(bool ok, const QString &message);

    UserService *m_service;
    Kind m_kind;
    QList<Person> m_people;
    QList<Result> m_results;
    QString m_language = QStringLiteral("en");
    QPointer<ApiCall> m_call;
    bool m_cancelled = false;
};
