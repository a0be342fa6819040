// The Security overview through the real page against the emulator (or a tenant named by
// EPILOT_*): findings planted with the APIs (a role allowing every action, an expired role still
// held, a deactivated person given a role, more than three owners, a token without expiry) are
// found exactly, on top of what the organization showed before; each finding's link opens the
// page that fixes it with the person, role or token chosen; the report is written as CSV and PDF.
#include "domain/permissions/PermissionRole.h"
#include "domain/permissions/RoleAssignment.h"
#include "domain/security/AccessToken.h"
#include "domain/users/User.h"
#include "models/AccessTokenListModel.h"
#include "services/api/AccessTokenService.h"
#include "services/api/PermissionsService.h"
#include "services/api/UserService.h"
#include "services/session/Session.h"
#include "tests/support/E2eEnvironment.h"
#include "tests/support/E2eSession.h"
#include "tests/support/WindowUnderTest.h"
#include "ui/common/MessageWidget.h"
#include "ui/roles/RolesPane.h"
#include "ui/security/ApiTokensPane.h"
#include "ui/security/SecurityOverviewPane.h"
#include "ui/shell/MainWindow.h"
#include "ui/users/UserDetailPanel.h"
#include "ui/users/UsersPane.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

namespace {

using Kind = SecurityFinding::Kind;
using Ids = QSet<QString>;

QHash<Kind, Ids> idsByKind(const QList<SecurityFinding> &findings)
{
    QHash<Kind, Ids> ids;
    for (const SecurityFinding &finding : findings) {
        Ids &set = ids[finding.kind];
        for (const SecurityFinding::Subject &subject : finding.subjects)
            set.insert(subject.id);
    }
    return ids;
}

} // namespace

class TestSecurityOverview : public QObject
{
    Q_OBJECT

    E2eEnvironment m_environment;
    QNetworkAccessManager m_network;
    Session *m_session = nullptr;
    AccessTokenService *m_tokens = nullptr;
    QString m_base = QStringLiteral("sec%1_").arg(QRandomGenerator::global()->bounded(100000000));
    QList<User> m_users;
    QHash<QString, QStringList> m_rolesBefore; // people whose roles the test changes
    QStringList m_createdRoles;
    QString m_createdToken;

    QString roleId(const QString &slug) const
    {
        return m_session->organizationId() + QLatin1Char(':') + m_base + slug;
    }

    bool createRole(const QString &slug, const QString &action, const QDateTime &expires = {})
    {
        PermissionRole role =
            PermissionRole::create(QStringLiteral("Security ") + slug, m_base + slug,
                                   RoleKind::User, {Grant(action, QString(), QString())});
        role.setExpiresAt(expires);
        const bool ok = waitForAnswer([&](auto done) {
            m_session->permissions()->createRole(role.createPayload(), this, done);
        });
        if (ok)
            m_createdRoles << roleId(slug);
        return ok;
    }

    QStringList rolesOf(const QString &userId)
    {
        QStringList roles;
        waitForAnswer([&](auto done) {
            m_session->permissions()->getAssignedRolesForUser(
                userId, this, [&, done](const ApiResult<QJsonArray> &result) {
                    roles = RoleAssignment::roleIdsFromJson(result.value()).value_or(QStringList());
                    done(result);
                });
        });
        return roles;
    }

    bool addRole(const User &user, const QString &role)
    {
        if (!m_rolesBefore.contains(user.id()))
            m_rolesBefore.insert(user.id(), rolesOf(user.id()));
        return waitForAnswer([&](auto done) {
            m_session->permissions()->addAssignment(user.id(), role, this, done);
        });
    }

    bool isDeleted(const QString &userId) const
    {
        for (const User &user : m_users)
            if (user.id() == userId)
                return user.status() == User::Status::Deleted;
        return false;
    }

    // Who holds `role` now (deleted people left out), read from listAllAssignments.
    Ids holdersOf(const QString &role)
    {
        Ids holders;
        waitForAnswer([&](auto done) {
            m_session->permissions()->listAllAssignments(
                this, [&, done](const ApiResult<QJsonArray> &result) {
                    for (const RoleAssignment &assignment :
                         RoleAssignment::listFromJson(result.value()))
                        if (assignment.roleIds.contains(role) && !isDeleted(assignment.userId))
                            holders.insert(assignment.userId);
                    done(result);
                });
        });
        return holders;
    }

    QList<SecurityFinding> check(SecurityOverviewPane *pane)
    {
        QSignalSpy loaded(pane, &SecurityOverviewPane::loaded);
        pane->reload();
        if (!loaded.wait(30000))
            return {};
        return pane->findings();
    }

    static void grab(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("EPILOT_GRAB_DIR");
        if (!dir.isEmpty())
            widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

    QTreeWidgetItem *findingItem(SecurityOverviewPane *pane, Kind kind)
    {
        for (int row = 0; row < pane->findings().size(); ++row)
            if (pane->findings().at(row).kind == kind)
                return pane->tree()->topLevelItem(row);
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_environment.start(&error), qPrintable(error));
        m_session = new Session(&m_network, this);
        QVERIFY2(signIn(m_session, m_environment, &error), qPrintable(error));
        m_tokens = new AccessTokenService(m_session->client(), this);
        QVERIFY(waitForAnswer([&](auto done) {
            m_session->users()->listUsersV2(
                {}, 1000, 0, this, [&, done](const ApiResult<QJsonArray> &result) {
                    for (const QJsonValue &value : result.value()) {
                        const auto user = User::fromJson(value.toObject());
                        if (user && user->id() != m_session->userId() && !user->email().isEmpty())
                            m_users << *user;
                    }
                    done(result);
                });
        }));
    }

    void cleanupTestCase()
    {
        if (!m_session)
            return;
        for (auto it = m_rolesBefore.cbegin(); it != m_rolesBefore.cend(); ++it) {
            const QString userId = it.key();
            const QStringList roles = it.value();
            waitForAnswer([&](auto done) {
                m_session->permissions()->assignRoles(userId, roles, this, done);
            });
        }
        for (const QString &id : std::as_const(m_createdRoles))
            waitForAnswer([&](auto done) { m_session->permissions()->deleteRole(id, this, done); });
        if (!m_createdToken.isEmpty())
            waitForAnswer(
                [&](auto done) { m_tokens->revokeAccessToken(m_createdToken, this, done); });
    }

    void findsExactlyWhatWasPlanted()
    {
        SecurityOverviewPane pane(m_session);
        pane.resize(1280, 800);
        pane.show();
        const QHash<Kind, Ids> before = idsByKind(check(&pane));
        QVERIFY2(!pane.findings().isEmpty(), qPrintable(pane.status()->text()));

        const auto withStatus = [&](User::Status status) {
            QList<User> found;
            for (const User &user : std::as_const(m_users))
                if (user.status() == status)
                    found << user;
            return found;
        };
        const QList<User> active = withStatus(User::Status::Active);
        const QList<User> deactivated = withStatus(User::Status::Deactivated);
        QVERIFY(active.size() >= 5);
        QVERIFY(!deactivated.isEmpty());

        // A role allowing every action, given to a deactivated person; an expired role held.
        QVERIFY(createRole(QStringLiteral("everything"), QStringLiteral("*")));
        QVERIFY(createRole(QStringLiteral("expired"), QStringLiteral("entity:view"),
                           QDateTime::currentDateTimeUtc().addDays(-1)));
        const User &sleeper = deactivated.first();
        QVERIFY(addRole(sleeper, roleId(QStringLiteral("everything"))));
        QVERIFY(addRole(active.at(0), roleId(QStringLiteral("expired"))));
        // Owners: four more than there were.
        const QString owner = m_session->organizationId() + QStringLiteral(":owner");
        Ids owners = holdersOf(owner);
        const qsizetype wanted = owners.size() + 4;
        for (int index = 1; index < active.size() && owners.size() < wanted; ++index) {
            if (owners.contains(active.at(index).id()))
                continue;
            QVERIFY(addRole(active.at(index), owner));
            owners.insert(active.at(index).id());
        }
        // A read-only token that never expires.
        std::optional<ApiResult<QByteArray>> created;
        m_tokens->createAccessToken(
            QJsonObject{{QStringLiteral("name"), m_base + QStringLiteral("forever")},
                        {QStringLiteral("assignments"),
                         QJsonArray{m_session->organizationId() + QStringLiteral(":viewer")}},
                        {QStringLiteral("read_only"), true}},
            this, [&](const ApiResult<QByteArray> &result) { created = result; });
        QVERIFY(QTest::qWaitFor([&] { return created.has_value(); }, 20000));
        QVERIFY(created->ok());
        const auto token = NewAccessToken::fromAnswer(created->value());
        QVERIFY(token);
        m_createdToken = token->item().id();

        const QHash<Kind, Ids> after = idsByKind(check(&pane));
        grab(&pane, QStringLiteral("security-overview"));
        QCOMPARE(after.value(Kind::NoSecondFactor), before.value(Kind::NoSecondFactor));
        QCOMPARE(after.value(Kind::OldInvitation), before.value(Kind::OldInvitation));
        QCOMPARE(after.value(Kind::DeactivatedWithRoles),
                 before.value(Kind::DeactivatedWithRoles) + Ids{sleeper.id()});
        QCOMPARE(after.value(Kind::RoleAllowsEverything),
                 before.value(Kind::RoleAllowsEverything) +
                     Ids{roleId(QStringLiteral("everything"))});
        QCOMPARE(after.value(Kind::ManyOwners), owners);
        QCOMPARE(after.value(Kind::FlaggedToken),
                 before.value(Kind::FlaggedToken) + Ids{m_createdToken});
        QCOMPARE(after.value(Kind::PartnerRoleOverLimit), before.value(Kind::PartnerRoleOverLimit));
        QCOMPARE(after.value(Kind::ExpiredRoleAssigned),
                 before.value(Kind::ExpiredRoleAssigned) + Ids{roleId(QStringLiteral("expired"))});

        // The report, as an auditor keeps it.
        QTemporaryDir folder;
        QString error;
        const QString csv = folder.filePath(QStringLiteral("report.csv"));
        QVERIFY2(pane.exportReport(csv, &error), qPrintable(error));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QByteArray text = csvFile.readAll();
        QVERIFY(text.contains(m_createdToken.toUtf8()));
        QVERIFY(text.contains(sleeper.id().toUtf8()));
        const QString pdf = folder.filePath(QStringLiteral("report.pdf"));
        QVERIFY2(pane.exportReport(pdf, &error), qPrintable(error));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");
    }

    void eachLinkOpensThePlaceThatFixesIt()
    {
        WindowUnderTest under;
        MainWindow &window = under.window;
        auto *overview = new SecurityOverviewPane(m_session);
        auto *users = new UsersPane(m_session);
        auto *roles = new RolesPane(m_session);
        auto *tokens = new ApiTokensPane(m_session);
        window.replacePane(QStringLiteral("security"), overview);
        window.replacePane(QStringLiteral("users"), users);
        window.replacePane(QStringLiteral("roles"), roles);
        window.replacePane(QStringLiteral("api-tokens"), tokens);
        const auto indexOf = [&](const QString &key) { return under.indexOf(key); };
        QVERIFY(!check(overview).isEmpty());

        // Opens the first person, role or token of `kind`; true when it is chosen there.
        const auto open = [&](Kind kind, const QString &page, auto chosenThere) {
            QVERIFY(window.showPane(indexOf(QStringLiteral("security"))));
            QTreeWidgetItem *finding = findingItem(overview, kind);
            QVERIFY(finding && finding->childCount() > 0);
            QTreeWidgetItem *subject = finding->child(0);
            const QString id =
                subject->data(SecurityOverviewPane::FindingColumn, Qt::UserRole + 1).toString();
            overview->tree()->setCurrentItem(subject);
            QVERIFY(overview->openButton()->isEnabled());
            QTest::mouseClick(overview->openButton(), Qt::LeftButton);
            QCOMPARE(window.currentPaneIndex(), indexOf(page));
            QVERIFY2(QTest::qWaitFor([&] { return chosenThere() == id; }, 20000),
                     qPrintable(QStringLiteral("%1 not chosen on %2").arg(id, page)));
        };
        open(Kind::DeactivatedWithRoles, QStringLiteral("users"),
             [&] { return users->details()->userId(); });
        open(Kind::ExpiredRoleAssigned, QStringLiteral("roles"),
             [&] { return roles->selectedRoleId(); });
        open(Kind::FlaggedToken, QStringLiteral("api-tokens"), [&] {
            const QModelIndex current = tokens->table()->currentIndex();
            return current.isValid() ? tokens->model()->tokenAt(current.row()).id() : QString();
        });
    }
};

QTEST_MAIN(TestSecurityOverview)
#include "tst_security_overview.moc"
