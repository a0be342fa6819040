#pragma once

#include <QCoreApplication>
#include <QDateTime>

class QLabel;
class QStatusBar;
class SessionController;

// The permanent labels at the right of the status bar: who is signed in, to which organization,
// what the token allows and until when, and the profile.
class SessionStatusLabels
{
    Q_DECLARE_TR_FUNCTIONS(SessionStatusLabels)
public:
    explicit SessionStatusLabels(QStatusBar *bar);

    void update(const SessionController &controller);

    // A time as short as it stays clear: the time alone today, date and time otherwise.
    static QString shortTime(const QDateTime &time);

private:
    static QString tokenText(const SessionController &controller);

    QLabel *m_user;
    QLabel *m_organization;
    QLabel *m_token;
    QLabel *m_profile;
};
