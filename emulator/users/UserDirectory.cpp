#include "emulator/users/UserDirectory.h"

#include "emulator/core/DemoIds.h"
#include "emulator/core/EmulatorStore.h"
#include "emulator/core/ModuleSupport.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace {
const QString kUsers = QStringLiteral("users");
const QString kOrganizations = QStringLiteral("organizations");
const QString kPermissionRoles = QStringLiteral("permissionRoles"); // the Permissions API's
} // namespace

UserDirectory::UserDirectory(EmulatorStore &store) : m_store(store) {}

QJsonObject UserDirectory::user(const QString &id) const
{
    return m_store.get(kUsers, id);
}

QJsonObject UserDirectory::userByEmail(const QString &email) const
{
    QJsonObject found;
    if (email.isEmpty())
        return found;
    m_store.forEach(kUsers, [&](const QJsonObject &candidate) {
        if (candidate.value(QLatin1String("email"))
                .toString()
                .compare(email, Qt::CaseInsensitive) != 0)
            return true;
        found = candidate;
        return false;
    });
    return found;
}

QJsonObject UserDirectory::userByField(const QString &field, const QString &value) const
{
    QJsonObject found;
    if (value.isEmpty())
        return found;
    m_store.forEach(kUsers, [&](const QJsonObject &candidate) {
        if (candidate.value(field).toString() != value)
            return true;
        found = candidate;
        return false;
    });
    return found;
}

QList<QJsonObject> UserDirectory::usersOf(const QString &organizationId) const
{
    QList<QJsonObject> result;
    for (const QJsonObject &candidate : m_store.all(kUsers)) {
        if (isMember(candidate, organizationId))
            result.append(candidate);
    }
    return result;
}

void UserDirectory::save(const QJsonObject &user)
{
    m_store.put(kUsers, user.value(QStringLiteral("id")).toString(), user);
}

QString UserDirectory::nextUserId()
{
    if (m_lastUserId == 0) {
        for (const QJsonObject &candidate : m_store.all(kUsers))
            m_lastUserId =
                qMax(m_lastUserId, candidate.value(QStringLiteral("id")).toString().toLongLong());
        m_lastUserId = qMax(m_lastUserId, kDemoAdminUserId.toLongLong());
    }
    QString id;
    do {
        id = QString::number(++m_lastUserId);
    } while (m_store.contains(kUsers, id));
    return id;
}

QStringList UserDirectory::organizationsOf(const QJsonObject &user)
{
    QStringList result;
    const QString primary = user.value(QStringLiteral("organization_id")).toString();
    if (!primary.isEmpty())
        result.append(primary);
    for (const QJsonValue &value : user.value(QStringLiteral("_org_ids")).toArray()) {
        if (!result.contains(value.toString()))
            result.append(value.toString());
    }
    return result;
}

bool UserDirectory::isMember(const QJsonObject &user, const QString &organizationId)
{
    if (user.value(QStringLiteral("organization_id")).toString() == organizationId)
        return true;
    const QJsonArray others = user.value(QStringLiteral("_org_ids")).toArray();
    return others.contains(QJsonValue(organizationId));
}

QJsonObject UserDirectory::toV2(const QJsonObject &user)
{
    return ModuleSupport::stripInternal(user);
}

QJsonObject UserDirectory::toV1(const QJsonObject &user)
{
    const QString displayName = user.value(QStringLiteral("display_name"))
                                    .toString(user.value(QStringLiteral("email")).toString());
    QJsonObject result{
        {QStringLiteral("id"), user.value(QStringLiteral("id"))},
        {QStringLiteral("organization_id"), user.value(QStringLiteral("organization_id"))},
        {QStringLiteral("email"), user.value(QStringLiteral("email"))},
        {QStringLiteral("display_name"), displayName},
        {QStringLiteral("name"), displayName},
        {QStringLiteral("preferred_language"),
         user.value(QStringLiteral("preferred_language")).toString(QStringLiteral("de"))},
        {QStringLiteral("roles"), user.value(QStringLiteral("_roles")).toArray()},
        {QStringLiteral("properties"), user.value(QStringLiteral("properties")).toArray()},
    };
    if (user.value(QStringLiteral("signature")).isString())
        result.insert(QStringLiteral("signature"), user.value(QStringLiteral("signature")));
    for (const QString &field :
         {QStringLiteral("custom_navigation"), QStringLiteral("image_uri")}) {
        if (user.contains(field))
            result.insert(field, user.value(field));
    }
    return result;
}

QJsonObject UserDirectory::organization(const QString &organizationId) const
{
    return m_store.get(kOrganizations, organizationId);
}

QString UserDirectory::organizationName(const QString &organizationId) const
{
    const QString stored = organization(organizationId).value(QStringLiteral("name")).toString();
    if (!stored.isEmpty())
        return stored;
    if (organizationId == kDemoOrganizationId)
        return kDemoOrganizationName;
    if (organizationId == kSecondOrganizationId)
        return kSecondOrganizationName;
    return QStringLiteral("Organization %1").arg(organizationId);
}

QJsonObject UserDirectory::loginParameters(const QJsonObject &user,
                                           const QString &organizationId) const
{
    const QJsonObject stored = organization(organizationId);
    return QJsonObject{
        {QStringLiteral("organization_id"), organizationId},
        {QStringLiteral("organization_name"), organizationName(organizationId)},
        {QStringLiteral("organization_type"),
         stored.value(QStringLiteral("type")).toString(QStringLiteral("Vendor"))},
        {QStringLiteral("organization_use"),
         stored.value(QStringLiteral("organization_use")).toString(QStringLiteral("Production"))},
        {QStringLiteral("cognito_region"), QStringLiteral("eu-central-1")},
        {QStringLiteral("cognito_user_pool_id"),
         QStringLiteral("eu-central-1_emu") + organizationId},
        {QStringLiteral("cognito_user_pool_client_id"),
         QStringLiteral("emulator") + organizationId},
        {QStringLiteral("cognito_oauth_domain"), QStringLiteral("epilot-org-") + organizationId},
        {QStringLiteral("cognito_oauth_scopes"),
         QJsonArray{QStringLiteral("openid"), QStringLiteral("email"), QStringLiteral("profile")}},
        {QStringLiteral("oauth_response_type"), QStringLiteral("code")},
        {QStringLiteral("passkey_enabled"), true},
        {QStringLiteral("passkeys_registered"),
         user.value(QStringLiteral("has_passkeys")).toBool()},
    };
}

const QStringList &UserDirectory::roleSlugs()
{
    static const QStringList slugs = {
        QStringLiteral("owner"),         QStringLiteral("admin"),
        QStringLiteral("user"),          QStringLiteral("viewer"),
        QStringLiteral("sales_manager"), QStringLiteral("customer_service")};
    return slugs;
}

bool UserDirectory::isKnownRole(const QString &roleId, const QString &organizationId) const
{
    const qsizetype colon = roleId.indexOf(QLatin1Char(':'));
    if (colon <= 0 || roleId.left(colon) != organizationId)
        return false;
    return assignableRoleSlugs(organizationId).contains(roleId.mid(colon + 1));
}

QStringList UserDirectory::assignableRoleSlugs(const QString &organizationId) const
{
    QStringList slugs;
    m_store.forEach(kPermissionRoles, [&](const QJsonObject &role) {
        if (role.value(QStringLiteral("organization_id")).toString() == organizationId &&
            role.value(QStringLiteral("type")).toString() != QLatin1String("org_role"))
            slugs.append(role.value(QStringLiteral("slug")).toString());
        return true;
    });
    return slugs.isEmpty() ? roleSlugs() : slugs;
}

QStringList UserDirectory::passwordViolations(const QString &password)
{
    QStringList violations;
    if (password.size() < 8)
        violations.append(QStringLiteral("too_short"));
    bool lower = false, upper = false, digit = false, symbol = false;
    for (const QChar character : password) {
        lower |= character.isLower();
        upper |= character.isUpper();
        digit |= character.isDigit();
        symbol |= !character.isLetterOrNumber() && !character.isSpace();
    }
    if (!lower)
        violations.append(QStringLiteral("missing_lowercase"));
    if (!upper)
        violations.append(QStringLiteral("missing_uppercase"));
    if (!digit)
        violations.append(QStringLiteral("missing_number"));
    if (!symbol)
        violations.append(QStringLiteral("missing_symbol"));
    return violations;
}

QString UserDirectory::hashPassword(const QString &userId, const QString &password)
{
    // Salted with the user id: an emulator, not a vault, but no plain passwords in the data file.
    return QString::fromLatin1(
        QCryptographicHash::hash((userId + QLatin1Char(':') + password).toUtf8(),
                                 QCryptographicHash::Sha256)
            .toHex());
}

QString UserDirectory::hashToken(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}
