#include "controllers/RoleSave.h"

#include "domain/grants/GrantTree.h"
#include "domain/grants/OrgRoleAdapter.h"
#include "domain/grants/RoleReview.h"
#include "services/api/PartnerDirectoryService.h"
#include "services/api/PermissionsService.h"

#include <QTimer>

namespace {

const QString NameKey = QStringLiteral("name");
const QString GrantsKey = QStringLiteral("grants");
const QString ParentKey = QStringLiteral("parent_role");
const QString ExpiresKey = QStringLiteral("expires_at");

QJsonValue flatGrants(const QList<Grant> &grants)
{
    return Grant::listToJson(GrantTree::flatten(grants));
}

} // namespace

RoleSave::RoleSave(PartnerDirectoryService *service, QObject *parent)
    : QObject(parent), m_service(service)
{
    setUp();
}

RoleSave::RoleSave(PermissionsService *permissions, QObject *parent)
    : QObject(parent), m_permissions(permissions)
{
    setUp();
}

void RoleSave::setUp()
{
    // The grants are shown in the review's words, against the role as it was loaded.
    const FieldConflict::Formatter grantsText = [this](const QJsonValue &grants) {
        Role shown = m_loaded;
        shown.setGrants(Grant::listFromJson(grants).value_or(QList<Grant>()));
        const QStringList lines = RoleReview::compare(m_loaded, shown).lines();
        return lines.isEmpty() ? tr("as you opened it") : lines.join(QLatin1Char('\n'));
    };
    // Empty parent role and expiry in words (partner roles never have either).
    const FieldConflict::Formatter parentText = [](const QJsonValue &value) {
        return value.toString().isEmpty() ? tr("none") : value.toString();
    };
    const FieldConflict::Formatter expiryText = [](const QJsonValue &value) {
        return value.toString().isEmpty() ? tr("never") : value.toString();
    };
    m_check = new ConflictCheckedSave(
        {{NameKey, tr("Name")},
         {GrantsKey, tr("Grants"), grantsText},
         {ParentKey, tr("Inherits from"), parentText},
         {ExpiresKey, tr("Expires"), expiryText}},
        [this](QObject *context, auto done, auto failed) { read(context, done, failed); },
        [this](const QJsonObject &changes, const QJsonObject &, QObject *context, auto done,
               auto failed) { send(changes, context, done, failed); },
        this);
    connect(m_check, &ConflictCheckedSave::rebased, this,
            [this](const QJsonObject &merged, const QJsonObject &) {
                const bool myGrants =
                    !FieldConflict::same(merged.value(GrantsKey), flatGrants(m_current.grants()));
                Role header = m_current;
                header.setName(merged.value(NameKey).toString());
                header.setParentRole(merged.value(ParentKey).toString());
                header.setExpiresAt(merged.value(ExpiresKey).toString());
                emit rebased(m_current, header, myGrants);
            });
    connect(m_check, &ConflictCheckedSave::saved, this, [this] { emit saved(m_stored); });
    connect(m_check, &ConflictCheckedSave::failed, this, &RoleSave::failed);
    connect(m_check, &ConflictCheckedSave::finished, this,
            [this](ConflictCheckedSave::Outcome outcome) {
                m_saving = false;
                emit finished(outcome == ConflictCheckedSave::Outcome::Saved);
            });
}

QJsonObject RoleSave::values(const Role &role)
{
    // Every key always present: an absent key would count as "unchanged", so clearing the
    // expiry would never be sent.
    return {{NameKey, role.name()},
            {GrantsKey, flatGrants(role.grants())},
            {ParentKey, role.parentRole()},
            {ExpiresKey, role.expiresAt()}};
}

void RoleSave::save(const QString &organizationId, const Role &loaded, const Role &mine)
{
    if (m_saving)
        return;
    m_saving = true;
    m_organizationId = organizationId;
    m_loaded = loaded;
    m_mine = mine;
    if (!hasService()) {
        QTimer::singleShot(0, this, [this] { finish(false, tr("Not saved: signed out.")); });
        return;
    }
    if (loaded.id().isEmpty()) {
        create();
        return;
    }
    m_check->setBase(values(loaded));
    m_check->save(values(mine));
}

void RoleSave::readPermissionRole(QObject *context, ConflictCheckedSave::Values done,
                                  ConflictCheckedSave::Failure failed)
{
    const QString roleName = m_loaded.name();
    m_permissions->getRole(
        m_loaded.id(), context,
        [this, roleName, done, failed](const ApiResult<QJsonObject> &result) {
            if (!result.ok()) {
                failed(result.error().httpStatus == 404
                           ? tr("The role \"%1\" no longer exists on the server; it was not "
                                "saved.")
                                 .arg(roleName)
                           : tr("Could not check the role before saving: %1")
                                 .arg(result.error().message));
                return;
            }
            const auto role = PermissionRole::fromJson(result.value());
            if (!role) {
                failed(tr("Could not check the role before saving: the server's answer could "
                          "not be read."));
                return;
            }
            m_current = OrgRoleAdapter::toEditor(*role);
            m_stored = m_current; // nothing to send: the server's copy is the saved one
            done(values(m_current));
        });
}

void RoleSave::read(QObject *context, ConflictCheckedSave::Values done,
                    ConflictCheckedSave::Failure failed)
{
    if (m_permissions)
        return readPermissionRole(context, done, failed);
    const QString roleId = m_loaded.id();
    const QString roleName = m_loaded.name();
    m_service->getPartnerRoles(
        m_organizationId, context,
        [this, roleId, roleName, done, failed](const ApiResult<QJsonArray> &result) {
            if (!result.ok()) {
                failed(
                    tr("Could not check the role before saving: %1").arg(result.error().message));
                return;
            }
            for (const QJsonValue &value : result.value()) {
                const auto role = Role::fromJson(value.toObject());
                if (role && role->id() == roleId) {
                    m_current = *role;
                    m_stored = *role; // nothing to send: the server's copy is the saved one
                    done(values(*role));
                    return;
                }
            }
            failed(tr("The role \"%1\" no longer exists on the server; it was not saved.")
                       .arg(roleName));
        });
}

// The server takes the whole role: theirs, with the fields that differ from it replaced by mine
// (my grants as my tree, so the nesting I built is what is stored and remembered).
void RoleSave::send(const QJsonObject &changes, QObject *context, ConflictCheckedSave::Values done,
                    ConflictCheckedSave::Failure failed)
{
    Role role = m_current;
    if (changes.contains(NameKey))
        role.setName(changes.value(NameKey).toString());
    if (changes.contains(ParentKey))
        role.setParentRole(changes.value(ParentKey).toString());
    if (changes.contains(ExpiresKey))
        role.setExpiresAt(changes.value(ExpiresKey).toString());
    if (changes.contains(GrantsKey))
        role.setGrants(m_mine.grants());
    const QPointer<QObject> guard(context);
    review(m_current, role, [this, guard, role, done, failed](bool save) {
        if (!guard)
            return;
        if (!save) {
            failed(tr("Not saved: the review was cancelled."));
            return;
        }
        store(role, guard, done, failed);
    });
}

void RoleSave::store(const Role &role, QObject *context, ConflictCheckedSave::Values done,
                     ConflictCheckedSave::Failure failed)
{
    if (m_permissions) {
        m_permissions->putRole(
            role.id(), OrgRoleAdapter::fromEditor(role).putPayload(), context,
            [this, done, failed](const ApiResult<QJsonObject> &result) {
                const auto stored =
                    result.ok() ? PermissionRole::fromJson(result.value()) : std::nullopt;
                if (!result.ok())
                    failed(tr("Not saved: %1").arg(result.error().message));
                else if (!stored)
                    failed(tr("Saved, but the server's answer could not be read; reload to "
                              "check."));
                else {
                    m_stored = OrgRoleAdapter::toEditor(*stored);
                    done(values(m_stored));
                }
            });
        return;
    }
    m_service->updatePartnerRole(
        m_organizationId, role.id(), role.payload(), context,
        [this, done, failed](const ApiResult<QJsonObject> &result) {
            const std::optional<Role> stored =
                result.ok() ? Role::fromJson(result.value()) : std::nullopt;
            if (!result.ok())
                failed(tr("Not saved: %1").arg(result.error().message));
            else if (!stored)
                failed(tr("Saved, but the server's answer could not be read; reload to check."));
            else {
                m_stored = *stored;
                done(values(*stored));
            }
        });
}

void RoleSave::create()
{
    review(Role(), m_mine, [this](bool save) {
        if (!save) {
            finish(false, tr("Not saved: the review was cancelled."));
            return;
        }
        const auto created = [this](const ApiResult<QJsonObject> &result) {
            const std::optional<Role> stored =
                result.ok() ? Role::fromJson(result.value()) : std::nullopt;
            if (!result.ok())
                return finish(false, tr("Not saved: %1").arg(result.error().message));
            if (!stored)
                return finish(false, tr("Saved, but the server's answer could not be read; "
                                        "reload to check."));
            m_stored = *stored;
            emit saved(m_stored);
            finish(true);
        };
        if (m_permissions)
            m_permissions->createRole(OrgRoleAdapter::fromEditor(m_mine).createPayload(), this,
                                      created);
        else
            m_service->createPartnerRole(m_organizationId, m_mine.payload(), this, created);
    });
}

void RoleSave::review(const Role &current, const Role &mine, Answer answer)
{
    if (m_review)
        m_review(current, mine, std::move(answer));
    else
        answer(true);
}

void RoleSave::finish(bool saved, const QString &message)
{
    m_saving = false;
    if (!saved)
        emit failed(message);
    emit finished(saved);
}
