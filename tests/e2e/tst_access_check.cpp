// The Access check page through the real pane against the emulator (or a tenant named by
// EPILOT_*): roles and assignments prepared with the Permissions API, then what the page shows
// for a person (effective permissions, a grant the root role does not allow, an expired role, a
// deny that wins, an equals_current_user condition) and who can.
#include "domain/permissions/PermissionRole.h"
#include "domain/permissions/RoleAssignment.h"
#include "domain/users/User.h"
#include "models/UserListModel.h"
#include "services/session/Session.h"
#include "tests/support/E2eEnvironment.h"
#include "tests/support/E2eSession.h"
#include "ui/common/MessageWidget.h"
#include "ui/roles/AccessCheckPane.h"
#include "ui/roles/PersonAccessPage.h"
#include "ui/roles/WhoCanPage.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

namespace {

QTreeWidgetItem *rowWith(QTreeWidget *tree, int column, const QString &text)
{
    for (int row = 0; row < tree->topLevelItemCount(); ++row) {
        if (tree->topLevelItem(row)->text(column) == text)
            return tree->topLevelItem(row);
    }
    return nullptr;
}

Grant grant(const QString &action, const QString &resource = {}, const QString &effect = {})
{
    return Grant(action, resource, effect);
}

} // namespace

class TestAccessCheck : public QObject
{
    Q_OBJECT

    E2eEnvironment m_environment;
    QNetworkAccessManager m_network;
    Session *m_session = nullptr;
    QString m_base = QStringLiteral("acc%1_").arg(QDateTime::currentSecsSinceEpoch() % 100000);
    QString m_action; // an action only the prepared role names
    struct Person
    {
        QString id;
        QString name;
        QString email;
        QStringList rolesBefore;
    };
    Person m_a;
    Person m_b;

    QString roleId(const QString &slug) const
    {
        return m_session->organizationId() + QLatin1Char(':') + m_base + slug;
    }
    QString roleName(const QString &slug) const { return QStringLiteral("Access ") + slug; }

    bool createRole(const QString &slug, const QList<Grant> &grants, const QDateTime &expires = {})
    {
        PermissionRole role =
            PermissionRole::create(roleName(slug), m_base + slug, RoleKind::User, grants);
        role.setExpiresAt(expires);
        return waitForAnswer([&](auto done) {
            m_session->permissions()->createRole(role.createPayload(), this, done);
        });
    }

    bool assign(const Person &person, const QStringList &roleIds)
    {
        return waitForAnswer([&](auto done) {
            m_session->permissions()->assignRoles(person.id, roleIds, this, done);
        });
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

    // Picks the person in the page as an administrator would: search (by e-mail: typed keys
    // must be Latin-1, names may not be), click the row.
    bool pick(PersonAccessPage *page, const Person &person)
    {
        QSignalSpy shown(page, &PersonAccessPage::personShown);
        page->searchBox()->clear();
        QTest::keyClicks(page->searchBox(), person.email);
        QTest::keyClick(page->searchBox(), Qt::Key_Return);
        if (!QTest::qWaitFor([&] { return page->peopleModel()->indexOfUser(person.id) >= 0; },
                             20000))
            return false;
        const int row = page->peopleModel()->indexOfUser(person.id);
        page->people()->setCurrentIndex(page->peopleModel()->index(row, UserListModel::Name));
        return QTest::qWaitFor([&] { return !shown.isEmpty(); }, 20000) &&
               page->userId() == person.id;
    }

    // For looking at the page: EPILOT_GRAB_DIR=/tmp/x saves what the test shows.
    static void grab(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("EPILOT_GRAB_DIR");
        if (!dir.isEmpty())
            widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

    QString whatIf(PersonAccessPage *page, const QString &action, const QString &resource,
                   const QString &attributes = {})
    {
        page->actionField()->setCurrentText(action);
        page->resourceField()->setText(resource);
        page->attributesField()->setPlainText(attributes);
        QTest::mouseClick(page->checkButton(), Qt::LeftButton);
        return page->whatIfResult()->text();
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_environment.start(&error), qPrintable(error));
        m_session = new Session(&m_network, this);
        QSignalSpy me(m_session, &Session::meChanged);
        m_session->begin(m_environment.endpoints(), m_environment.token());
        QVERIFY(me.wait(20000));
        m_action = m_base + QStringLiteral("report:export");

        // Two people with a name, not the signed-in administrator.
        QList<User> users;
        QVERIFY(waitForAnswer([&](auto done) {
            m_session->users()->listUsersV2(
                {}, 50, 0, this, [&, done](const ApiResult<QJsonArray> &result) {
                    for (const QJsonValue &value : result.value()) {
                        const auto user = User::fromJson(value.toObject());
                        if (user && !user->name().isEmpty() && user->id() != m_session->userId())
                            users << *user;
                    }
                    done(result);
                });
        }));
        users.removeIf([](const User &user) { return user.email().isEmpty(); });
        QVERIFY(users.size() >= 2);
        m_a = {users.at(0).id(), users.at(0).name(), users.at(0).email(),
               rolesOf(users.at(0).id())};
        m_b = {users.at(1).id(), users.at(1).name(), users.at(1).email(),
               rolesOf(users.at(1).id())};

        // Work: opportunities, a webhook (which the emulator's root role denies), own tickets,
        // and an action no other role names. No deleting: a deny. Audit: expired.
        Grant ownTickets = grant(QStringLiteral("entity:view"), QStringLiteral("ticket:*"));
        ownTickets.setConditions({GrantCondition(
            QJsonObject{{QStringLiteral("operation"), QStringLiteral("equals_current_user")},
                        {QStringLiteral("attribute"), QStringLiteral("assignee.*.user_id")}})});
        QVERIFY(createRole(QStringLiteral("work"),
                           {grant(QStringLiteral("entity:*"), QStringLiteral("opportunity:*")),
                            grant(QStringLiteral("webhook:create")), ownTickets, grant(m_action)}));
        QVERIFY(createRole(QStringLiteral("nodelete"),
                           {grant(QStringLiteral("entity:delete"), QStringLiteral("opportunity:*"),
                                  QStringLiteral("deny"))}));
        QVERIFY(createRole(QStringLiteral("audit"), {grant(QStringLiteral("audit_log:view"))},
                           QDateTime::currentDateTimeUtc().addDays(-2)));
        QVERIFY(assign(m_a, {roleId("work"), roleId("nodelete"), roleId("audit")}));
        QVERIFY(assign(m_b, {roleId("work")}));
    }

    void cleanupTestCase()
    {
        if (!m_session)
            return;
        if (!m_a.id.isEmpty())
            assign(m_a, m_a.rolesBefore);
        if (!m_b.id.isEmpty())
            assign(m_b, m_b.rolesBefore);
        for (const char *slug : {"work", "nodelete", "audit"}) {
            const QString id = roleId(QLatin1String(slug));
            waitForAnswer([&](auto done) { m_session->permissions()->deleteRole(id, this, done); });
        }
    }

    void aPersonsEffectivePermissionsAndWhy()
    {
        AccessCheckPane pane(m_session);
        pane.resize(1280, 800);
        QSignalSpy loaded(&pane, &AccessCheckPane::loaded);
        pane.show();
        QVERIFY(loaded.wait(20000));
        PersonAccessPage *page = pane.personPage();
        QVERIFY(pick(page, m_a));
        QTreeWidget *tree = page->effectiveTree();

        // Only the prepared roles count; the expired one is named as no longer effective.
        QVERIFY2(page->rolesLabel()->text().contains(roleName("work")),
                 qPrintable(page->rolesLabel()->text()));
        QVERIFY(page->rolesLabel()->text().contains(
            QStringLiteral("No longer effective: %1 (expired").arg(roleName("audit"))));
        QVERIFY(!rowWith(tree, PersonAccessPage::ActionColumn, QStringLiteral("audit_log:view")));
        QCOMPARE(tree->topLevelItemCount(), 5);

        // The condition is shown; the grant counts.
        QTreeWidgetItem *tickets =
            rowWith(tree, PersonAccessPage::ActionColumn, QStringLiteral("entity:view"));
        QVERIFY(tickets);
        QCOMPARE(tickets->text(PersonAccessPage::ConditionsColumn),
                 QStringLiteral("the current user is in assignee.*.user_id"));
        QCOMPARE(tickets->text(PersonAccessPage::RoleColumn), roleName("work"));
        QCOMPARE(tickets->text(PersonAccessPage::CountsColumn), QStringLiteral("Yes"));
        // Part of the opportunity grant is denied by the other role.
        QTreeWidgetItem *opportunities =
            rowWith(tree, PersonAccessPage::ActionColumn, QStringLiteral("entity:*"));
        QVERIFY(opportunities->text(PersonAccessPage::CountsColumn).startsWith("Partly"));
        QVERIFY(opportunities->text(PersonAccessPage::CountsColumn).contains(roleName("nodelete")));

        // The what-if names the deciding grant and role, and says it is an approximation.
        QString answer =
            whatIf(page, QStringLiteral("entity:delete"), QStringLiteral("opportunity:1"));
        QVERIFY2(answer.startsWith(QStringLiteral("Denied: an explicit deny")), qPrintable(answer));
        QVERIFY(answer.contains(QStringLiteral("From role: %1").arg(roleName("nodelete"))));
        QVERIFY(answer.contains(QStringLiteral("approximation")));
        answer = whatIf(page, QStringLiteral("entity:edit"), QStringLiteral("opportunity:1"));
        QVERIFY2(answer.startsWith(QStringLiteral("Allowed")), qPrintable(answer));
        QVERIFY(answer.contains(QStringLiteral("From role: %1").arg(roleName("work"))));
        // equals_current_user: a ticket assigned to them, then one assigned to someone else.
        answer = whatIf(page, QStringLiteral("entity:view"), QStringLiteral("ticket:9"),
                        QStringLiteral("assignee.0.user_id=%1").arg(m_a.id));
        QVERIFY2(answer.startsWith(QStringLiteral("Allowed")), qPrintable(answer));
        answer = whatIf(page, QStringLiteral("entity:view"), QStringLiteral("ticket:9"),
                        QStringLiteral("assignee.0.user_id=%1").arg(m_b.id));
        QVERIFY2(answer.startsWith(QStringLiteral("Not allowed: none of their roles")),
                 qPrintable(answer));
        // Bad input: a message next to the field, the answer stays.
        page->attributesField()->setPlainText(QStringLiteral("no equals sign"));
        QVERIFY(!page->checkWhatIf());
        QCOMPARE(page->whatIfResult()->text(), answer);

        if (!m_environment.isEmulator())
            return; // the rest needs the emulator's root role (webhooks denied)
        QTreeWidgetItem *webhook =
            rowWith(tree, PersonAccessPage::ActionColumn, QStringLiteral("webhook:create"));
        QVERIFY(webhook);
        QVERIFY2(webhook->text(PersonAccessPage::CountsColumn)
                     .startsWith(QStringLiteral("No: the root role does not allow it")),
                 qPrintable(webhook->text(PersonAccessPage::CountsColumn)));
        QVERIFY(webhook->font(PersonAccessPage::ActionColumn).strikeOut());
        grab(&pane, QStringLiteral("access-person"));
        answer = whatIf(page, QStringLiteral("webhook:create"), {});
        QVERIFY2(answer.startsWith(QStringLiteral("Not allowed: the organization's root role")),
                 qPrintable(answer));
        QVERIFY(answer.contains(QStringLiteral("Capped by the root role's grant: deny webhook:*")));
    }

    void whoCan()
    {
        AccessCheckPane pane(m_session);
        pane.resize(1280, 800);
        QSignalSpy loaded(&pane, &AccessCheckPane::loaded);
        pane.show();
        QVERIFY(loaded.wait(20000));
        pane.tabs()->setCurrentIndex(AccessCheckPane::WhoCanTab);
        WhoCanPage *page = pane.whoCanPage();
        QTreeWidget *result = page->resultTree();
        const auto ask = [page](const QString &action, const QString &resource) {
            page->actionField()->setCurrentText(action);
            page->resourceField()->setText(resource);
            QTest::mouseClick(page->findButton(), Qt::LeftButton);
        };

        // Both hold the role that gives it, by name; the deny takes it from A for deleting.
        ask(m_action, {});
        QTreeWidgetItem *a = rowWith(result, WhoCanPage::PersonColumn, m_a.name);
        QTreeWidgetItem *b = rowWith(result, WhoCanPage::PersonColumn, m_b.name);
        QVERIFY(a && b);
        QCOMPARE(a->text(WhoCanPage::RolesColumn), roleName("work"));
        ask(QStringLiteral("entity:delete"), QStringLiteral("opportunity:1"));
        QVERIFY(!rowWith(result, WhoCanPage::PersonColumn, m_a.name));
        b = rowWith(result, WhoCanPage::PersonColumn, m_b.name);
        QVERIFY(b && b->text(WhoCanPage::RolesColumn).contains(roleName("work")));
        QVERIFY(page->lastAnswer()->deniedCount >= 1);
        QVERIFY(page->summary()->text().contains(QStringLiteral("explicit deny")));
        grab(&pane, QStringLiteral("access-who-can"));
        // Only tickets assigned to them.
        ask(QStringLiteral("entity:view"), QStringLiteral("ticket:9"));
        const auto entries = page->lastAnswer()->people;
        const auto entryOf =
            std::find_if(entries.cbegin(), entries.cend(),
                         [this](const WhoCanEntry &e) { return e.userId == m_b.id; });
        QVERIFY(entryOf != entries.cend());
        // B holds only the prepared role: only where the condition holds.
        QVERIFY(entryOf->conditional);
        QVERIFY(rowWith(result, WhoCanPage::PersonColumn, m_b.name)
                    ->text(WhoCanPage::ConditionsColumn)
                    .contains(QStringLiteral("the current user is in")));
        // Bad input: nothing asked, a message next to the field.
        ask({}, {});
        QVERIFY(!page->find());

        if (!m_environment.isEmulator())
            return;
        // The root role caps webhooks for everyone, A and B included.
        ask(QStringLiteral("webhook:create"), {});
        QCOMPARE(result->topLevelItemCount(), 0);
        QVERIFY(page->lastAnswer()->cappedCount >= 2);
        QVERIFY(page->summary()->text().contains(QStringLiteral("root role")));
        // Double-click a person: their permissions.
        ask(m_action, {});
        b = rowWith(result, WhoCanPage::PersonColumn, m_b.name);
        QSignalSpy shown(pane.personPage(), &PersonAccessPage::personShown);
        emit result->itemActivated(b, 0);
        QCOMPARE(pane.tabs()->currentIndex(), int(AccessCheckPane::PersonTab));
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 20000);
        QCOMPARE(pane.personPage()->userId(), m_b.id);
    }
};

QTEST_MAIN(TestAccessCheck)
#include "tst_access_check.moc"
