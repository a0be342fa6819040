#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <functional>

class ApiCall;
class UserService;

// A list of addresses to invite and what became of each: checked before sending (format,
// duplicates, already a user), then invited one after another. Failed ones can be run again.
class InvitationBatch : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Outcome {
        Waiting,
        Checking,
        Sending,
        Invited,
        AlreadyUser,
        Invalid,
        Duplicate,
        Failed,
        UnknownRole, // a role of its row names no role of the organization: not sent
    };
    enum Column { Address, Roles, Result, Detail, ColumnCount };
    enum Role { OutcomeRole = Qt::UserRole + 1 };

    struct Entry
    {
        QString address;
        Outcome outcome = Outcome::Waiting;
        QString detail;
        QString userId;    // of the invited or existing user
        QStringList roles; // its own roles (a CSV row's), besides the roles of all
    };
    // The roles a CSV row gave one address, resolved by name (RoleCatalog::resolveList).
    struct RowRoles
    {
        QStringList roleIds;
        QStringList unknown; // as written in the file
        int line = 0;        // the file's line, 1 = the header
    };

    explicit InvitationBatch(UserService *service, QObject *parent = nullptr);

    // Splits typed or pasted text on commas, semicolons, spaces and line breaks; accepts
    // "Name <address>" forms.
    static QStringList splitAddresses(const QString &text);
    // The addresses of a CSV file: the column headed e-mail/email/mail, else any cell with an @.
    static QStringList addressesFromCsv(const QByteArray &csv);
    static bool isValidAddress(const QString &address);

    // Replaces the entries; marks invalid and duplicate ones at once (no request).
    void setAddresses(const QStringList &addresses);
    void setLanguage(const QString &language) { m_language = language; }
    void setRoles(const QStringList &roles);
    // Roles of single addresses (lower-cased address → roles); applied by setAddresses().
    void setRowRoles(const QHash<QString, RowRoles> &rows) { m_rowRoles = rows; }
    // How the Roles column names a role id (the organization's role names).
    void setRoleNamer(std::function<QString(const QString &)> namer) { m_namer = std::move(namer); }
    // The role ids an entry's invitation carries: the roles of all, then its own.
    QStringList rolesOf(const Entry &entry) const;
    QString language() const { return m_language; }
    QStringList roles() const { return m_roles; }

    // Asks the server which addresses already belong to users (no invitation sent).
    void check();
    // Checks, then invites every address still waiting.
    void run();
    // Puts failed entries back to waiting and runs them again.
    void retryFailed();
    void cancel();
    bool isRunning() const { return m_running; }

    const QList<Entry> &entries() const { return m_entries; }
    int count(Outcome outcome) const;
    int sendable() const;      // entries that an invitation would go to
    int finishedCount() const; // entries processed in the current run

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    static QString outcomeText(Outcome outcome);

signals:
    void progress(int done, int total);
    void checked();
    void finished();

private:
    void next();
    void checkEntry(int row, bool thenInvite);
    void invite(int row);
    void setOutcome(int row, Outcome outcome, const QString &detail = {});

    UserService *m_service;
    QList<Entry> m_entries;
    QString m_language = QStringLiteral("en");
    QStringList m_roles;
    QHash<QString, RowRoles> m_rowRoles;
    std::function<QString(const QString &)> m_namer;
    QPointer<ApiCall> m_call;
    bool m_running = false;
    bool m_inviting = false;
    int m_total = 0;
    int m_done = 0;
    int m_cursor = 0;
};
