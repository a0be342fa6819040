#pragma once

#include "emulator/core/ApiModule.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

class EmulatorStore;

// The generated part of the audit log: `count` events of one organization, computed from their
// position (0 = newest) and never stored, so --audit-events 1000000 costs a few kilobytes. What
// is stored (collection "auditHistory", one document) is the profile: when the history ends
// (the seed time), how many events, who acts (a few people of the organization) and what they
// act on (users, roles, groups, partners of the seed). Timestamps fall strictly with the position
// over about four months, so a time range maps to a range of positions by binary search.
class AuditHistory
{
public:
    static inline const QString kCollection = QStringLiteral("auditHistory");
    static constexpr int kDemoEvents = 360;

    // The few fields the filters need, cheap to compute for a million positions.
    struct Compact
    {
        qint64 timestampMs = 0;
        int kind = 0;  // index into the templates
        int actor = 0; // index into the actors
        int statusCode = 200;
        bool api = false; // made with an API token
        quint64 hash = 0;
    };

    explicit AuditHistory(const EmulatorStore &store);

    // Writes the profile from the seeded users, roles, groups and partners.
    static void seed(EmulatorStore &store, const SeedOptions &options);

    bool isEmpty() const { return m_count == 0; }
    qint64 count() const { return m_count; }
    QString organizationId() const { return m_organizationId; }

    Compact compact(qint64 position) const;
    QJsonObject event(qint64 position) const;
    // The filter values of a compact event.
    const QString &serviceName(const Compact &event) const;
    const QString &eventName(const Compact &event) const;
    const QString &method(const Compact &event) const;
    const QString &actorId(const Compact &event) const;
    const QString &actorEmail(const Compact &event) const;

    // The first position whose timestamp is at or before ms (count() when none).
    qint64 firstAtOrBefore(qint64 ms) const;
    // The first position whose timestamp is before ms (count() when none).
    qint64 firstBefore(qint64 ms) const;

    static QString idOf(qint64 position);
    static std::optional<qint64> positionOf(const QString &id);

private:
    struct Actor
    {
        QString id;
        QString email;
        QString name;
    };
    qint64 m_anchorMs = 0;
    qint64 m_count = 0;
    double m_stepMs = 0;
    QString m_organizationId;
    QList<Actor> m_actors;
    QList<Actor> m_users; // targets
    QStringList m_roles;
    QStringList m_groups;
    QStringList m_partners;
};
