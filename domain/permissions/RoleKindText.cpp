#include "domain/permissions/RoleKindText.h"

#include "domain/organization/OrganizationWords.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("RoleKindText", text, comment, n);
}

} // namespace

QString RoleKindText::of(RoleKind kind)
{
    switch (kind) {
    case RoleKind::Root:
        return tr("Organization root role");
    case RoleKind::User:
        return tr("User role");
    case RoleKind::Share:
        return tr("Share role");
    case RoleKind::Partner:
        return tr("Partner role");
    case RoleKind::Portal:
        return tr("Portal role");
    case RoleKind::Unknown:
        break;
    }
    return tr("Other role");
}

QString RoleKindText::ofType(const QString &type)
{
    const RoleKind kind = PermissionRole::kindOf(type);
    return kind == RoleKind::Unknown ? type : of(kind);
}

QString RoleKindText::description(const PermissionRole &role)
{
    QStringList parts;
    switch (role.kind()) {
    case RoleKind::Root:
        parts << tr("Applies to everyone in the organization and is the ceiling of every other "
                    "role: nothing is allowed beyond it. Set by the pricing tier; read-only.");
        if (!role.pricingTier().isEmpty())
            parts
                << tr("Pricing tier: %1.").arg(OrganizationWords::pricingTier(role.pricingTier()));
        break;
    case RoleKind::User:
        parts << tr("Assigned to people of this organization by its administrators.");
        break;
    case RoleKind::Share:
        parts << tr("Given to users of other organizations with whom records are shared; user "
                    "roles may inherit from it.");
        break;
    case RoleKind::Partner:
        parts << (role.partnerOrganizationId().isEmpty()
                      ? tr("Given to a partner organization; the partner's administrators "
                           "assign it to their own users, not you.")
                      : tr("Given to partner organization %1; its administrators assign it to "
                           "their own users, not you.")
                            .arg(role.partnerOrganizationId()));
        break;
    case RoleKind::Portal:
        parts << tr("Used by the end customers and installers who sign in to this "
                    "organization's portals; the portal gives it, it is not assigned here.");
        break;
    case RoleKind::Unknown:
        parts << tr("Kind \"%1\" is not known to this application; it is shown as the server "
                    "sent it.")
                     .arg(role.type());
        break;
    }
    if (role.userLimit() > 0)
        parts << tr("At most %n people may hold it (set by the vendor).", nullptr,
                    role.userLimit());
    if (role.isVendorCreated())
        parts << tr("Created by the vendor on the partner's behalf.");
    return parts.join(QLatin1Char(' '));
}
