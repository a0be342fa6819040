#include "domain/permissions/RoleKindText.h"

#include <QCoreApplication>

QString RoleKindText::of(RoleKind kind)
{
    switch (kind) {
    case RoleKind::Root:
        return QCoreApplication::translate("RoleKindText", "Organization root role");
    case RoleKind::User:
        return QCoreApplication::translate("RoleKindText", "User role");
    case RoleKind::Share:
        return QCoreApplication::translate("RoleKindText", "Share role");
    case RoleKind::Partner:
        return QCoreApplication::translate("RoleKindText", "Partner role");
    case RoleKind::Portal:
        return QCoreApplication::translate("RoleKindText", "Portal role");
    case RoleKind::Unknown:
        break;
    }
    return QCoreApplication::translate("RoleKindText", "Other role");
}

QString RoleKindText::ofType(const QString &type)
{
    const RoleKind kind = PermissionRole::kindOf(type);
    return kind == RoleKind::Unknown ? type : of(kind);
}
