#include "domain/security/AuditRecord.h"

#include <array>

namespace {

struct Naming
{
    const char *eventName;
    const char *parameter;
    AuditRecord::Kind kind;
};

// Operation ids of user.json, permissions.json, organization.json and access-token.json whose
// path parameter names one record.
constexpr std::array kNamings{
    Naming{"updateUserV2", "id", AuditRecord::Kind::User},
    Naming{"deleteUserV2", "id", AuditRecord::Kind::User},
    Naming{"assignRoles", "userId", AuditRecord::Kind::User},
    Naming{"addAssignment", "userId", AuditRecord::Kind::User},
    Naming{"addAssignment", "roleId", AuditRecord::Kind::Role},
    Naming{"removeAssignment", "userId", AuditRecord::Kind::User},
    Naming{"removeAssignment", "roleId", AuditRecord::Kind::Role},
    Naming{"updateGroup", "id", AuditRecord::Kind::Group},
    Naming{"deleteGroup", "id", AuditRecord::Kind::Group},
    Naming{"advanceUserAssignment", "id", AuditRecord::Kind::Group},
    Naming{"putRole", "roleId", AuditRecord::Kind::Role},
    Naming{"deleteRole", "roleId", AuditRecord::Kind::Role},
    Naming{"putSettingsValue", "key", AuditRecord::Kind::Setting},
    Naming{"deleteSettingsValue", "key", AuditRecord::Kind::Setting},
    Naming{"revokeAccessToken", "id", AuditRecord::Kind::Token},
};

} // namespace

QList<AuditRecord> AuditRecord::namedBy(const AuditEvent &event)
{
    QList<AuditRecord> records;
    const QString eventName = event.eventName();
    const QJsonObject parameters = event.pathParameters();
    for (const Naming &naming : kNamings) {
        if (eventName != QLatin1String(naming.eventName))
            continue;
        const QJsonValue value = parameters.value(QLatin1String(naming.parameter));
        // Ids may arrive as numbers (user ids are numeric strings in epilot).
        const QString id = value.isDouble() ? QString::number(value.toInteger()) : value.toString();
        if (!id.isEmpty())
            records.append({naming.kind, id});
    }
    return records;
}

QString AuditRecord::describe() const
{
    switch (kind) {
    case Kind::User:
        return QCoreApplication::translate("AuditRecord", "user %1").arg(id);
    case Kind::Group:
        return QCoreApplication::translate("AuditRecord", "group %1").arg(id);
    case Kind::Role:
        return QCoreApplication::translate("AuditRecord", "role %1").arg(id);
    case Kind::Setting:
        return QCoreApplication::translate("AuditRecord", "setting %1").arg(id);
    case Kind::Token:
        return QCoreApplication::translate("AuditRecord", "API token %1").arg(id);
    }
    return id;
}
