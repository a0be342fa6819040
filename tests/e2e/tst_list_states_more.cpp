// Issue 18, the lists tst_list_states does not cover: My account's passkeys, organizations and
// roles, the pending invitations, the partner records and a group's members. Through the real pages
// against the emulator, faults switched at run time (PUT /emulator/faults): F5 under a 500 keeps
// the rows, dimmed, says it failed and offers Retry; Retry brings the rows the server holds; a list
// that loads under latency says "Loading…", never its empty text.
#include "domain/users/Group.h"
#include "models/PartnerRecordListModel.h"
#include "models/RecordListModel.h"
#include "models/UserListModel.h"
#include "services/session/Session.h"
#include "tests/support/E2eEnvironment.h"
#include "tests/support/E2eSession.h"
#include "ui/account/AccountOrganizationsPage.h"
#include "ui/account/MyAccountPane.h"
#include "ui/account/MyRolesPage.h"
#include "ui/account/NavigationEditor.h"
#include "ui/account/PasskeysPage.h"
#include "ui/common/EmptyStateOverlay.h"
#include "ui/common/MessageWidget.h"
#include "ui/groups/GroupDialog.h"
#include "ui/groups/GroupMemberEditor.h"
#include "ui/partners/PartnerRecordsPage.h"
#include "ui/partners/PartnersPane.h"
#include "ui/users/PendingInvitationsDialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QListView>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUrlQuery>
#include <algorithm>
#include <functional>

namespace {

constexpr int timeout = 15000;

// One list as the test drives it.
struct ListUnderTest
{
    QAbstractItemView *view = nullptr;
    ListStateModel *model = nullptr;
    std::function<QStringList()> shown;  // the ids of the rows shown, in order
    std::function<QStringList()> server; // the ids the server holds for the same list
    std::function<void()> reload;        // what F5 does on the page
    QString method;                      // the request that loads the list
    QString path;
    int requests = 1; // requests to that path a reload sends
    // For a paged list: loads the pages left, so that the whole list can be compared.
    std::function<void()> loadAll = [] {};
    // Changes the list on the server while the page shows the stale rows (Retry must bring it).
    std::function<void()> changeServer = [] {};
};

EmptyStateOverlay *overlayOf(QAbstractItemView *view)
{
    return view->viewport()->findChild<EmptyStateOverlay *>();
}

// F5 as a person presses it: the window active, the key sent to it.
void pressF5(QWidget *window)
{
    QApplication::setActiveWindow(window);
    if (!QTest::qWaitForWindowActive(window))
        qWarning("the window did not become active");
    QTest::keyClick(window, Qt::Key_F5);
}

QStringList sorted(QStringList ids)
{
    ids.sort();
    return ids;
}

QStringList modelIds(const QAbstractItemModel *model, int role, int column = 0)
{
    QStringList ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->index(row, column).data(role).toString();
    return ids;
}

} // namespace

class TestListStatesMore : public QObject
{
    Q_OBJECT

    E2eEnvironment m_environment;
    QNetworkAccessManager m_network;
    Session *m_session = nullptr;

    QJsonDocument serverGet(const QString &path) const
    {
        int status = 0;
        const QJsonDocument answer = m_environment.emulatorRequest("GET", path, {}, &status);
        return status == 200 ? answer : QJsonDocument();
    }

    QStringList idsOf(const QJsonArray &items, const QString &key) const
    {
        QStringList ids;
        for (const QJsonValue &item : items)
            ids << item.toObject().value(key).toVariant().toString();
        return ids;
    }

    // F5 under a 500: the rows stay, the same, dimmed, with "Could not refresh" and Retry; Retry
    // answered brings what the server holds, and the stale mark goes.
    void checkRefreshUnder500(const ListUnderTest &list)
    {
        QTRY_VERIFY_WITH_TIMEOUT(list.model->state() == ListStateModel::State::Loaded, timeout);
        list.loadAll();
        const QStringList before = list.shown();
        QVERIFY2(!before.isEmpty(), "the list has no rows to keep");
        QCOMPARE(sorted(before), sorted(list.server()));
        EmptyStateOverlay *overlay = overlayOf(list.view);
        QVERIFY(overlay);
        QVERIFY(!overlay->showsStale());

        QVERIFY(setEmulatorFaults(m_environment,
                                  {{"next", QJsonArray{scriptedFault("internal_error", list.method,
                                                                     list.path, list.requests)}}}));
        list.reload();
        QCOMPARE(list.shown(), before); // kept while asked, not cleared
        QTRY_COMPARE_WITH_TIMEOUT(list.model->state(), ListStateModel::State::Stale, timeout);
        QCOMPARE(list.shown(), before);
        QVERIFY(overlay->showsStale());
        QVERIFY(!overlay->isVisible()); // the rows are shown, not an empty or failed text
        QVERIFY2(overlay->staleMessage().startsWith("Could not refresh") &&
                     overlay->staleMessage().contains("The list shows what was loaded at"),
                 qPrintable(overlay->staleMessage()));
        auto *bar = list.view->findChild<MessageWidget *>(QStringLiteral("staleBar"));
        QVERIFY(bar && bar->isVisibleTo(list.view));
        QAction *retry = nullptr;
        for (QAction *action : bar->findChildren<QAction *>())
            if (action->text() == QStringLiteral("Retry"))
                retry = action;
        QVERIFY2(retry, "the stale bar offers no Retry");

        QVERIFY(setEmulatorFaults(m_environment, {}));
        list.changeServer();
        retry->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(list.model->state(), ListStateModel::State::Loaded, timeout);
        QVERIFY(!overlay->showsStale());
        QVERIFY(!bar->isVisibleTo(list.view));
        list.loadAll();
        QCOMPARE(sorted(list.shown()), sorted(list.server()));
    }

    // Built under latency: the list says "Loading…" while it has no rows, not its empty text.
    void checkLoadingIsNotEmpty(ListStateModel *model, QAbstractItemView *view,
                                const QString &emptyText)
    {
        QTRY_COMPARE_WITH_TIMEOUT(model->state(), ListStateModel::State::Loading, timeout);
        QCOMPARE(view->model()->rowCount(), 0);
        EmptyStateOverlay *overlay = overlayOf(view);
        QVERIFY(overlay);
        QCOMPARE(overlay->text(), QStringLiteral("Loading…"));
        QVERIFY(overlay->text() != emptyText);
        QVERIFY(overlay->isVisibleTo(view));
        QTRY_COMPARE_WITH_TIMEOUT(model->state(), ListStateModel::State::Loaded, timeout);
        QVERIFY(view->model()->rowCount() > 0);
        QVERIFY(!overlay->isVisibleTo(view));
    }

    QStringList serverPasskeys() const
    {
        return idsOf(serverGet("/v2/users/me/passkeys").object().value("passkeys").toArray(),
                     "credential_id");
    }

    QStringList serverOrganizations() const
    {
        const QString username = m_session->me().value("email").toString();
        const QJsonDocument answer =
            serverGet("/v2/users/public/username/" + username + ":getLoginParameters");
        return idsOf(answer.object().value("login_parameters").toArray(), "organization_id");
    }

    QStringList serverRoles() const
    {
        return idsOf(serverGet("/v1/permissions/me").object().value("roles").toArray(), "id");
    }

    QStringList serverPendingUsers() const
    {
        QStringList ids;
        for (int offset = 0;; offset += 500) {
            const QJsonArray page =
                serverGet(QStringLiteral("/v2/users?limit=500&offset=%1").arg(offset))
                    .object()
                    .value("results")
                    .toArray();
            for (const QJsonValue &user : page)
                if (user["status"].toString() == QStringLiteral("Pending"))
                    ids << user["id"].toVariant().toString();
            if (page.size() < 500)
                return ids;
        }
    }

    QStringList serverPartnerRecords(const QString &query) const
    {
        int status = 0;
        const QJsonDocument answer = m_environment.emulatorRequest(
            "POST", QStringLiteral("/v1/entity:search"),
            QJsonDocument(QJsonObject{{"q", query}, {"size", 1000}}), &status);
        return idsOf(answer.object().value("results").toArray(), "_id");
    }

    // A group of three active people, made for the test.
    QString createGroup(const QString &name)
    {
        QJsonArray active;
        const QJsonArray users =
            serverGet("/v2/users?limit=100&offset=0").object().value("results").toArray();
        for (const QJsonValue &user : users)
            if (user["status"].toString() == QStringLiteral("Active") && active.size() < 3)
                active << user["id"];
        int status = 0;
        const QJsonDocument created = m_environment.emulatorRequest(
            "POST", QStringLiteral("/v1/groups"),
            QJsonDocument(QJsonObject{{"name", name}, {"user_ids", active}}), &status);
        const QString id = created.object().value("id").toVariant().toString();
        if (!id.isEmpty())
            m_groups << id;
        return active.size() == 3 ? id : QString();
    }

    QStringList serverGroupMembers(const QString &id) const
    {
        const auto group =
            Group::fromJson(serverGet("/v1/groups/" + id + "?hydrate=true").object());
        return group ? group->memberIds() : QStringList();
    }

    void setServerGroupMembers(const QString &id, const QStringList &ids)
    {
        int status = 0;
        m_environment.emulatorRequest(
            "PATCH", "/v1/groups/" + id,
            QJsonDocument(QJsonObject{{"user_ids", QJsonArray::fromStringList(ids)}}), &status);
        QVERIFY2(status / 100 == 2, qPrintable(QString::number(status)));
    }

    QStringList m_groups; // made by the test, deleted at its end

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_environment.start(&error), qPrintable(error));
        if (!m_environment.isEmulator())
            QSKIP("needs the emulator's fault control (PUT /emulator/faults)");
        m_session = new Session(&m_network, this);
        QVERIFY2(signIn(m_session, m_environment, &error), qPrintable(error));
    }

    void cleanup() { QVERIFY(setEmulatorFaults(m_environment, {})); }

    void cleanupTestCase()
    {
        for (const QString &id : std::as_const(m_groups))
            m_environment.emulatorRequest("DELETE", "/v1/groups/" + id);
    }

    // The group dialog reads the group when it opens and on F5: under a 500 the members shown
    // stay, marked stale; Retry brings the server's members in the server's order.
    void groupMembersRefreshUnder500KeepsTheRows()
    {
        const QString id = createGroup(QStringLiteral("E2E list states"));
        QVERIFY(!id.isEmpty());
        const auto group =
            Group::fromJson(serverGet("/v1/groups/" + id + "?hydrate=true").object());
        QVERIFY(group);
        GroupDialog dialog(m_session, *group, {});
        dialog.resize(560, 520);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        GroupMemberEditor *members = dialog.members();
        QStringList reordered = group->memberIds();
        std::reverse(reordered.begin(), reordered.end());
        ListUnderTest list{members->list(),
                           members->serverMembers(),
                           [members] { return members->memberIds(); },
                           [this, id] { return serverGroupMembers(id); },
                           [&dialog] { pressF5(&dialog); }, // F5
                           "GET",
                           "/v1/groups/" + id};
        // A colleague reorders meanwhile: what Retry shows is their order.
        list.changeServer = [this, id, reordered] { setServerGroupMembers(id, reordered); };
        checkRefreshUnder500(list);
        QCOMPARE(members->memberIds(), reordered);
        QVERIFY(!dialog.hasUnsavedChanges()); // the server's copy, not an edit
    }

    // A group whose members the dialog was not given yet: "Loading…", not "No members yet".
    void groupMembersSayLoadingUnderLatency()
    {
        const QString id = createGroup(QStringLiteral("E2E list states latency"));
        QVERIFY(!id.isEmpty());
        const auto bare = Group::fromJson(
            QJsonObject{{"id", id}, {"name", "E2E list states latency"}, {"users", QJsonArray{}}});
        QVERIFY(bare);
        QVERIFY(setEmulatorFaults(m_environment, {{"latency_ms", 1500}}));
        GroupDialog dialog(m_session, *bare, {});
        dialog.show();
        checkLoadingIsNotEmpty(dialog.members()->serverMembers(), dialog.members()->list(),
                               QStringLiteral("No members yet: add people below."));
        QCOMPARE(dialog.members()->memberIds(), serverGroupMembers(id));
    }

    void passkeysRefreshUnder500KeepsTheRows()
    {
        MyAccountPane pane(m_session);
        pane.resize(1280, 800);
        pane.show();
        PasskeysPage *page = pane.passkeysPage();
        pane.tabs()->setCurrentWidget(page);
        checkRefreshUnder500({page->table(), page->model(), [page] { return page->model()->ids(); },
                              [this] { return serverPasskeys(); }, [&pane] { pane.reload(); },
                              "GET", "/v2/users/me/passkeys"});
    }

    void organizationsRefreshUnder500KeepsTheRows()
    {
        MyAccountPane pane(m_session);
        pane.resize(1280, 800);
        pane.show();
        AccountOrganizationsPage *page = pane.organizationsPage();
        pane.tabs()->setCurrentWidget(page);
        checkRefreshUnder500({page->table(), page->model(), [page] { return page->model()->ids(); },
                              [this] { return serverOrganizations(); }, [&pane] { pane.reload(); },
                              "GET", "/v2/users/public/username/"});
    }

    void myRolesRefreshUnder500KeepsTheRows()
    {
        MyAccountPane pane(m_session);
        pane.resize(1280, 800);
        pane.show();
        MyRolesPage *page = pane.myRolesPage();
        pane.tabs()->setCurrentWidget(page);
        checkRefreshUnder500({page->list(), page->model(), [page] { return page->model()->ids(); },
                              [this] { return serverRoles(); }, [&pane] { pane.reload(); }, "GET",
                              "/v1/permissions/me"});
    }

    void myAccountListsSayLoadingUnderLatency()
    {
        QVERIFY(setEmulatorFaults(m_environment, {{"latency_ms", 1500}}));
        MyAccountPane pane(m_session);
        pane.resize(1280, 800);
        pane.show();
        checkLoadingIsNotEmpty(pane.passkeysPage()->model(), pane.passkeysPage()->table(),
                               QStringLiteral("You have no passkeys."));
        QVERIFY(setEmulatorFaults(m_environment, {{"latency_ms", 1500}}));
        MyAccountPane second(m_session);
        second.resize(1280, 800);
        second.show();
        checkLoadingIsNotEmpty(second.organizationsPage()->model(),
                               second.organizationsPage()->table(),
                               QStringLiteral("No organizations listed for your username."));
        MyAccountPane third(m_session);
        third.resize(1280, 800);
        third.show();
        checkLoadingIsNotEmpty(third.myRolesPage()->model(), third.myRolesPage()->list(),
                               QStringLiteral("No roles are in effect for you."));
    }

    // Navigations have no list operation: the page opens one by id. Opening another under a 500
    // keeps the one shown and says which navigation that still is.
    void navigationOpenUnder500SaysWhatIsShown()
    {
        MyAccountPane pane(m_session);
        pane.resize(1280, 800);
        pane.show();
        NavigationEditor *editor = pane.navigationEditor();
        editor->setName(QStringLiteral("E2E list states navigation"));
        editor->addSection(QStringLiteral("customer_relations"));
        editor->addItem(QStringLiteral("dashboard"));
        QSignalSpy created(&pane, &MyAccountPane::navigationCreated);
        pane.createNavigation();
        QVERIFY(created.wait(timeout));
        const QString id = created.first().first().toString();
        const QJsonObject shown = editor->configuration();

        QVERIFY(setEmulatorFaults(m_environment,
                                  {{"next", QJsonArray{scriptedFault("internal_error", "GET",
                                                                     "/v2/user/navigations/")}}}));
        pane.openNavigation(QStringLiteral("othernavigation"));
        QTRY_VERIFY_WITH_TIMEOUT(pane.navigationStatus()->isError(), timeout);
        const QString said = pane.navigationStatus()->text();
        QVERIFY2(said.contains("othernavigation") && said.contains("The editor still shows " + id),
                 qPrintable(said));
        QCOMPARE(editor->configuration(), shown);
    }

    void pendingInvitationsRefreshUnder500KeepsTheRows()
    {
        PendingInvitationsDialog dialog(m_session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        UserListModel *model = dialog.model();
        ListUnderTest list{dialog.table(), model,
                           [model] {
                               QStringList ids;
                               for (int row = 0; row < model->rowCount(); ++row)
                                   ids << model->row(row).id;
                               return ids;
                           },
                           [this] { return serverPendingUsers(); },
                           // F5 in the dialog
                           [&dialog] { pressF5(&dialog); }, "GET", "/v2/users"};
        list.loadAll = [model] {
            while (model->canFetchMore()) {
                model->fetchMore();
                QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), timeout);
            }
        };
        checkRefreshUnder500(list);
    }

    void pendingInvitationsSayLoadingUnderLatency()
    {
        QVERIFY(setEmulatorFaults(m_environment, {{"latency_ms", 1500}}));
        PendingInvitationsDialog dialog(m_session);
        dialog.show();
        checkLoadingIsNotEmpty(dialog.model(), dialog.table(), {});
    }

    void partnerRecordsRefreshUnder500KeepsTheRows()
    {
        PartnersPane pane(m_session);
        pane.resize(1280, 800);
        pane.show();
        PartnerRecordsPage *page = pane.recordsPage();
        PartnerRecordListModel *model = page->model();
        // The page opens on the waiting requests once it has counted them.
        QTRY_VERIFY_WITH_TIMEOUT(page->statusFilter()->currentIndex() == 0 &&
                                     model->statusFilter() == QStringLiteral("Request") &&
                                     model->state() == ListStateModel::State::Loaded,
                                 timeout);
        // F5 asks for the page and for the count of requests, both with entity:search.
        checkRefreshUnder500(
            {page->view(), model,
             [model] { return modelIds(model, PartnerRecordListModel::RecordIdRole); },
             [this, model] { return serverPartnerRecords(model->query()); },
             [&pane] { pane.reload(); }, "POST", "/v1/entity:search", 2});
    }

    void partnerRecordsSayLoadingUnderLatency()
    {
        QVERIFY(setEmulatorFaults(m_environment, {{"latency_ms", 1500}}));
        PartnersPane pane(m_session);
        pane.resize(1280, 800);
        pane.show();
        checkLoadingIsNotEmpty(pane.recordsPage()->model(), pane.recordsPage()->view(), {});
    }
};

QTEST_MAIN(TestListStatesMore)
#include "tst_list_states_more.moc"
