#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <functional>

class ApiCall;
class PermissionsService;

// The roles of one user as the details form edits them: loaded with getAssignedRolesForUser,
// changed (add/remove) without sending, saved with addAssignment/removeAssignment.
// Saving follows the conflict-checked principle for a set: it reads the roles again first; what
// someone else added or removed meanwhile is kept (othersChanged() names it) and only this
// person's own additions and removals are applied on top, so nobody's change is overwritten.
// A change that fails stays pending, with the server's reason in saveFailed().
class UserRolesEditor : public QObject
{
    Q_OBJECT
public:
    explicit UserRolesEditor(PermissionsService *service, QObject *parent = nullptr);

    void load(const QString &userId);
    void clear();
    // How a role is named in messages (the catalog's name); the id until set.
    void setNamer(std::function<QString(const QString &roleId)> namer)
    {
        m_namer = std::move(namer);
    }
    QString userId() const { return m_userId; }
    bool isLoaded() const { return m_loaded; }
    QString loadError() const { return m_loadError; }

    QStringList loadedRoles() const { return m_base; }
    // What the form shows: the loaded roles (removed ones included), then the added ones.
    QStringList shownRoles() const;
    QStringList added() const { return m_added; }
    QStringList removed() const { return m_removed; }
    bool isAdded(const QString &roleId) const { return m_added.contains(roleId); }
    bool isRemoved(const QString &roleId) const { return m_removed.contains(roleId); }

    void add(const QString &roleId);
    // Removes an added role at once; a loaded one is marked removed until saved.
    void remove(const QString &roleId);
    // Takes back a removal.
    void restore(const QString &roleId);
    void revert();
    bool hasChanges() const { return !m_added.isEmpty() || !m_removed.isEmpty(); }
    bool isSaving() const { return m_saving; }

    // Exactly one of saved() / saveFailed() follows.
    void save();

signals:
    void loadFinished();
    void edited();
    // What another person changed since the roles were loaded; found while saving.
    void othersChanged(const QStringList &theyAdded, const QStringList &theyRemoved);
    void saved();
    void saveFailed(const QString &message);

private:
    void sendNext();
    void finishSave();

    PermissionsService *m_service;
    QString m_userId;
    QStringList m_base;
    QStringList m_added;
    QStringList m_removed;
    QString m_loadError;
    bool m_loaded = false;
    bool m_saving = false;
    quint64 m_generation = 0;
    QPointer<ApiCall> m_call;
    // The running save: the requests still to send and the ones that failed.
    struct Step
    {
        QString roleId;
        bool add = false;
    };
    QList<Step> m_steps;
    QStringList m_failures;
    std::function<QString(const QString &)> m_namer;
};
