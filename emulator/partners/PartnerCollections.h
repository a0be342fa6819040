#pragma once

#include <QString>

// Names of the store collections the partner directory reads and writes.
struct PartnerCollections
{
    static inline const QString partners = QStringLiteral("partners");
    static inline const QString partnerUsers = QStringLiteral("partnerUsers");
    static inline const QString partnerRoles = QStringLiteral("partnerRoles");
    // Owned by the User API; read for assignables.
    static inline const QString users = QStringLiteral("users");
    static inline const QString groups = QStringLiteral("groups");
};
