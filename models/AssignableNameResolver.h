#pragma once

#include "domain/partners/Assignable.h"
#include "services/api/PartnerDirectoryService.h"

#include <QHash>
#include <QObject>
#include <QSet>

// Turns user, group and organization ids into names for partner screens. Look-ups asked for in
// the same moment go out together as one batchGetAssignable call (up to 100 per call); answers,
// and "not found", are cached, so an id is asked for at most once. Search results teach it too.
class AssignableNameResolver : public QObject
{
    Q_OBJECT
public:
    explicit AssignableNameResolver(PartnerDirectoryService *service, QObject *parent = nullptr);

    // The cached name, or empty (then a look-up is queued and resolved() follows).
    QString userName(const QString &userId, const QString &organizationId = {});
    QString groupName(const QString &groupId);
    // Names of partner organizations come from search results (no batch operation exists).
    QString organizationName(const QString &organizationId) const;
    void learn(const Assignable &assignable);
    void learnOrganization(const QString &organizationId, const QString &name);

    int callCount() const { return m_calls; }
    bool isPending() const { return !m_queue.isEmpty() || m_open > 0; }

    static QString userKey(const QString &userId, const QString &organizationId);
    static QString groupKey(const QString &groupId);

signals:
    void resolved();

private:
    void enqueue(const QString &key, const AssignableReference &reference);
    void flush();

    PartnerDirectoryService *m_service;
    QHash<QString, QString> m_names;         // key → name ("" = asked, not found)
    QHash<QString, QString> m_organizations; // org id → name
    QList<QPair<QString, AssignableReference>> m_queue;
    QSet<QString> m_asked;
    bool m_flushScheduled = false;
    int m_calls = 0;
    int m_open = 0;
};
