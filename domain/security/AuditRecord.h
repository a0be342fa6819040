#pragma once

#include "domain/security/AuditEvent.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// A record an audit event names (a user, a group, a role, an organization setting, an API token),
// read from the event's operation id (event_name) and its path parameters as epilot's API
// definitions name them: updateUserV2 {id} is a user, putRole {roleId} a role, addAssignment
// {userId, roleId} both. The Audit Logs API has no filter by record, so a record's history is
// the events that name it.
struct AuditRecord
{
    enum class Kind { User, Group, Role, Setting, Token };

    Kind kind = Kind::User;
    QString id;

    // Every record `event` names (none for an event about no single record).
    static QList<AuditRecord> namedBy(const AuditEvent &event);
    bool isNamedBy(const AuditEvent &event) const { return namedBy(event).contains(*this); }
    // "user 10010729", "role 739224:sales"
    QString describe() const;

    bool operator==(const AuditRecord &) const = default;
};
