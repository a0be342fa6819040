// PermissionsService against the emulator (or a real tenant named by EPILOT_*): every operation
// once, its answer read by domain/permissions; bad input refused before sending.
#include "domain/permissions/PermissionRole.h"
#include "domain/permissions/RoleAssignment.h"
#include "services/api/PermissionsService.h"
#include "services/network/ApiClient.h"
#include "tests/support/E2eEnvironment.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QTest>

namespace {

// Runs one service call and waits for its one answer.
template <typename T, typename Start> ApiResult<T> wait(Start start)
{
    std::optional<ApiResult<T>> result;
    QObject context;
    start(&context, [&](const ApiResult<T> &answer) { result = answer; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        return ApiResult<T>(ApiError::invalidRequest(QStringLiteral("no answer")));
    return *result;
}

QStringList idsOf(const QList<PermissionRole> &roles)
{
    QStringList ids;
    for (const PermissionRole &role : roles)
        ids.append(role.id());
    return ids;
}

} // namespace

class TestPermissionsService : public QObject
{
    Q_OBJECT

    E2eEnvironment m_environment;
    QNetworkAccessManager m_network;
    PermissionsService *m_service = nullptr;
    QString m_organizationId;

    QList<PermissionRole> allRoles()
    {
        const auto result = wait<QJsonArray>(
            [&](QObject *context, auto done) { m_service->listAllRoles(context, done); });
        return result.ok() ? PermissionRole::listFromJson(result.value()) : QList<PermissionRole>();
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_environment.start(&error), qPrintable(error));
        auto *client = new ApiClient(&m_network, this);
        client->setEndpoints(m_environment.endpoints());
        client->setToken(m_environment.token());
        m_service = new PermissionsService(client, this);
        const QList<PermissionRole> roles = allRoles();
        QVERIFY(!roles.isEmpty());
        m_organizationId = roles.first().organizationId();
    }

    void rolesReadAndSearch()
    {
        const QList<PermissionRole> roles = allRoles();
        QVERIFY(std::any_of(roles.begin(), roles.end(),
                            [](const PermissionRole &r) { return r.kind() == RoleKind::Root; }));
        const auto current = wait<QJsonArray>(
            [&](QObject *context, auto done) { m_service->listCurrentRoles(context, done); });
        QVERIFY2(current.ok(), qPrintable(current.ok() ? QString() : current.error().message));
        for (const PermissionRole &role : PermissionRole::listFromJson(current.value()))
            QVERIFY(!role.isExpired());

        RoleSearch search;
        search.slugs = {QStringLiteral("owner")};
        const auto found = wait<QJsonObject>(
            [&](QObject *context, auto done) { m_service->searchRoles(search, context, done); });
        QVERIFY(found.ok());
        const auto page = RoleSearchPage::fromJson(found.value());
        QVERIFY(page);
        QCOMPARE(idsOf(page->roles), QStringList{m_organizationId + QStringLiteral(":owner")});
        QCOMPARE(page->hits, 1);

        const auto one = wait<QJsonObject>([&](QObject *context, auto done) {
            m_service->getRole(m_organizationId + QStringLiteral(":owner"), context, done);
        });
        QVERIFY(one.ok());
        QCOMPARE(PermissionRole::fromJson(one.value())->slug(), QStringLiteral("owner"));
        const auto refreshed = wait<void>(
            [&](QObject *context, auto done) { m_service->refreshPermissions(context, done); });
        QVERIFY(refreshed.ok());
    }

    void createPutDeleteAndAssign()
    {
        const QString slug =
            QStringLiteral("svc_%1").arg(QDateTime::currentMSecsSinceEpoch() % 1000000000);
        Grant grant(QStringLiteral("message:view"), QString(), QString());
        grant.setDependencies({Grant(QStringLiteral("entity:view"), QStringLiteral("thread*"))});
        PermissionRole draft =
            PermissionRole::create(QStringLiteral("Service test"), slug, RoleKind::User, {grant});
        const auto created = wait<QJsonObject>([&](QObject *context, auto done) {
            m_service->createRole(draft.createPayload(), context, done);
        });
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
        PermissionRole role = *PermissionRole::fromJson(created.value());
        QCOMPARE(role.id(), m_organizationId + QLatin1Char(':') + slug);
        QCOMPARE(role.grants().size(), 2); // the dependency became a plain grant

        role.setName(QStringLiteral("Service test 2"));
        role.setExpiresAt(QDateTime(QDate(2031, 1, 1), QTime(0, 0), Qt::UTC));
        const auto put = wait<QJsonObject>([&](QObject *context, auto done) {
            m_service->putRole(role.id(), role.putPayload(), context, done);
        });
        QVERIFY(put.ok());
        QCOMPARE(PermissionRole::fromJson(put.value())->name(), QStringLiteral("Service test 2"));

        const auto listed = wait<QJsonArray>(
            [&](QObject *context, auto done) { m_service->listAllAssignments(context, done); });
        QVERIFY(listed.ok());
        const QList<RoleAssignment> assignments = RoleAssignment::listFromJson(listed.value());
        QVERIFY(assignments.size() > 1);
        const QString userId = assignments.last().userId;
        const QStringList before = assignments.last().roleIds;

        const auto added = wait<QJsonObject>([&](QObject *context, auto done) {
            m_service->addAssignment(userId, role.id(), context, done);
        });
        QVERIFY(added.ok());
        QVERIFY(RoleAssignment::fromJson(added.value())->roleIds.contains(role.id()));
        const auto held = wait<QJsonArray>([&](QObject *context, auto done) {
            m_service->getAssignedRolesForUser(userId, context, done);
        });
        QVERIFY(RoleAssignment::roleIdsFromJson(held.value())->contains(role.id()));
        const auto removed = wait<QJsonObject>([&](QObject *context, auto done) {
            m_service->removeAssignment(userId, role.id(), context, done);
        });
        QVERIFY(removed.ok());
        QVERIFY(!RoleAssignment::fromJson(removed.value())->roleIds.contains(role.id()));
        const auto assigned = wait<QJsonArray>([&](QObject *context, auto done) {
            m_service->assignRoles(userId, before + QStringList{role.id()}, context, done);
        });
        QVERIFY(assigned.ok());
        QCOMPARE(*RoleAssignment::roleIdsFromJson(assigned.value()),
                 before + QStringList{role.id()});

        const auto deleted = wait<QJsonObject>(
            [&](QObject *context, auto done) { m_service->deleteRole(role.id(), context, done); });
        QVERIFY(deleted.ok());
        QVERIFY(!idsOf(allRoles()).contains(role.id()));
        const auto after = wait<QJsonArray>([&](QObject *context, auto done) {
            m_service->getAssignedRolesForUser(userId, context, done);
        });
        QCOMPARE(*RoleAssignment::roleIdsFromJson(after.value()), before);
    }

    void serverRefusalsArriveAsErrors()
    {
        const auto taken = wait<QJsonObject>([&](QObject *context, auto done) {
            m_service->createRole(PermissionRole::create(QStringLiteral("Owner again"),
                                                         QStringLiteral("owner"), RoleKind::User)
                                      .createPayload(),
                                  context, done);
        });
        QVERIFY(!taken.ok());
        QCOMPARE(taken.error().httpStatus, 400);
        QVERIFY(taken.error().serverMessage.contains(QStringLiteral("taken")));
    }

    void badInputIsRefusedBeforeSending()
    {
        const auto noName = wait<QJsonObject>([&](QObject *context, auto done) {
            return m_service->createRole(
                PermissionRole::create({}, QStringLiteral("x"), RoleKind::User).createPayload(),
                context, done);
        });
        QVERIFY(!noName.ok());
        QCOMPARE(noName.error().httpStatus, 0);
        const auto noAction = wait<QJsonObject>([&](QObject *context, auto done) {
            return m_service->createRole(PermissionRole::create(QStringLiteral("X"),
                                                                QStringLiteral("x"), RoleKind::User,
                                                                {Grant({}, QStringLiteral("*"))})
                                             .createPayload(),
                                         context, done);
        });
        QVERIFY(!noAction.ok());
        const auto badId = wait<QJsonObject>([&](QObject *context, auto done) {
            return m_service->getRole(QStringLiteral("owner"), context, done);
        });
        QVERIFY(!badId.ok());
        const auto badSearch = wait<QJsonObject>([&](QObject *context, auto done) {
            RoleSearch search;
            search.limit = 0;
            return m_service->searchRoles(search, context, done);
        });
        QVERIFY(!badSearch.ok());
    }
};

QTEST_MAIN(TestPermissionsService)
#include "tst_permissions_service.moc"
