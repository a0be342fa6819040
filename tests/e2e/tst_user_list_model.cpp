// UserListModel against the emulator (or a real tenant): paging to the end, search, a stale
// search cancelled, sort, and an error in the middle of paging with retry.
#include "models/UserListModel.h"
#include "services/api/UserService.h"
#include "services/network/ActivityEntry.h"
#include "services/network/ApiClient.h"
#include "tests/support/E2eEnvironment.h"

#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

class TestUserListModel : public QObject
{
    Q_OBJECT

    E2eEnvironment m_environment;
    QNetworkAccessManager m_network;
    ApiClient *m_client = nullptr;
    UserService *m_service = nullptr;
    int m_userCount = 0; // how many users the server lists

    bool waitIdle(UserListModel &model, int timeoutMs = 20000)
    {
        return QTest::qWaitFor([&] { return !model.isLoading(); }, timeoutMs);
    }

    // Fetches as a scrolling view would, until the model says there is no more.
    bool loadAll(UserListModel &model)
    {
        for (int round = 0; round < 10000; ++round) {
            if (!waitIdle(model))
                return false;
            if (!model.canFetchMore())
                return model.isComplete();
            model.fetchMore();
        }
        return false;
    }

    // A page size that splits the server's users into more than `pages` pages, at most `maximum`:
    // another server than the test's own emulator has however many users it has.
    int pageSizeFor(int pages, int maximum) const
    {
        return qBound(1, m_userCount / (pages + 1), maximum);
    }

    QSet<QString> ids(const UserListModel &model)
    {
        QSet<QString> result;
        for (int row = 0; row < model.rowCount(); ++row)
            result.insert(model.row(row).id);
        return result;
    }

private slots:
    void initTestCase()
    {
        QString error;
        // Enough generated users for several pages.
        QVERIFY2(m_environment.start(&error, {QStringLiteral("--users"), QStringLiteral("1200")}),
                 qPrintable(error));
        m_client = new ApiClient(&m_network, this);
        m_client->setEndpoints(m_environment.endpoints());
        m_client->setToken(m_environment.token());
        m_service = new UserService(m_client, this);
        UserListModel everyone(m_service);
        everyone.setPageSizes(1000, 1000);
        everyone.reload();
        QVERIFY(loadAll(everyone));
        m_userCount = everyone.rowCount();
    }

    void pagesToTheEnd()
    {
        if (m_userCount < 4)
            QSKIP("needs a server with at least 4 users to page through");
        UserListModel model(m_service);
        const int first = pageSizeFor(7, 50);
        model.setPageSizes(first, pageSizeFor(3, 400));
        QSignalSpy pages(&model, &UserListModel::pageLoaded);
        model.reload();
        QVERIFY(waitIdle(model));
        QVERIFY(model.rowCount() > 0);
        QVERIFY(model.rowCount() <= first); // never everything up front
        QVERIFY(loadAll(model));
        QVERIFY(pages.count() > 2);
        QCOMPARE(ids(model).size(), model.rowCount()); // no row twice
        if (m_environment.isEmulator())
            QVERIFY2(model.rowCount() >= 1200, qPrintable(QString::number(model.rowCount())));
        QVERIFY(!model.canFetchMore());
        QCOMPARE(model.columnCount(), int(UserListModel::ColumnCount));
        QVERIFY(!model.data(model.index(0, UserListModel::Email)).toString().isEmpty());
    }

    void searchAsksTheServer()
    {
        UserListModel model(m_service);
        model.setQuery(QStringLiteral("lena.schneider"));
        QVERIFY(waitIdle(model));
        QVERIFY(loadAll(model));
        QVERIFY(model.rowCount() >= 1);
        for (int row = 0; row < model.rowCount(); ++row) {
            const UserRow &user = model.row(row);
            QVERIFY((user.name + user.email).contains(QStringLiteral("lena"), Qt::CaseInsensitive));
        }
    }

    void newerSearchCancelsOlder()
    {
        UserListModel model(m_service);
        QSignalSpy received(&model, &UserListModel::pageReceived);
        model.setQuery(QString()); // everything: a big, slow answer
        model.setQuery(QStringLiteral("lena.schneider"));
        QVERIFY(waitIdle(model));
        QTest::qWait(200); // give a stale answer the chance to arrive (it must not)
        QCOMPARE(received.count(), 1);
        QVERIFY(model.rowCount() >= 1);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.row(row).email.contains(QStringLiteral("lena.schneider")));
    }

    void aNewSearchKeepsTheRowsShownUntilItsAnswer()
    {
        if (m_userCount < 2)
            QSKIP("needs a server with at least 2 users, so that a search shows fewer");
        UserListModel model(m_service);
        model.reload();
        QVERIFY(waitIdle(model));
        const int before = model.rowCount();
        QVERIFY(before > 1);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        model.setQuery(QStringLiteral("lena.schneider"));
        QCOMPARE(model.rowCount(), before); // no flash of an empty table while the server works
        QVERIFY(model.showsPreviousRows());
        QVERIFY(model.isLoading());
        QVERIFY(waitIdle(model));
        QVERIFY(!model.showsPreviousRows());
        QCOMPARE(resets.count(), 1); // the answer replaced the rows in one go
        QVERIFY(model.rowCount() >= 1 && model.rowCount() < before);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.row(row).email.contains(QStringLiteral("lena.schneider")));

        // A restart (after a switch of organization) clears at once: none of them may stay.
        model.restart();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.showsPreviousRows());
        QVERIFY(waitIdle(model));
        QVERIFY(model.rowCount() > 0);

        // A reload (F5) keeps them until its answer replaces them, as this list's own rows.
        const int shown = model.rowCount();
        model.reload();
        QCOMPARE(model.rowCount(), shown);
        QVERIFY(!model.showsPreviousRows());
        QCOMPARE(model.state(), ListStateModel::State::Loading);
        QVERIFY(waitIdle(model));
        QCOMPARE(model.state(), ListStateModel::State::Loaded);

        // A search that fails must not leave the previous rows passing for its answer.
        const ApiEndpoints good = m_client->endpoints();
        m_client->setEndpoints(
            ApiEndpoints::singleServer(QUrl(QStringLiteral("http://127.0.0.1:1"))));
        model.setQuery(QStringLiteral("anna"));
        QVERIFY(waitIdle(model));
        m_client->setEndpoints(good);
        QVERIFY(!model.errorMessage().isEmpty());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.showsPreviousRows());
    }

    void peopleWithoutANameSayWhy()
    {
        UserListModel model(m_service);
        model.setStatusFilter(UserListModel::StatusFilter::Pending);
        QVERIFY(waitIdle(model));
        int unnamed = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (!model.row(row).name.isEmpty())
                continue;
            ++unnamed;
            const QModelIndex name = model.index(row, UserListModel::Name);
            QCOMPARE(name.data().toString(), QStringLiteral("(no name yet)"));
            QCOMPARE(name.data(Qt::ToolTipRole).toString(), model.row(row).email);
        }
        if (m_environment.isEmulator())
            QVERIFY(unnamed > 0); // the demo seed's invitations have no names yet
    }

    void sortsByColumn()
    {
        UserListModel model(m_service);
        model.setPageSizes(200, 200);
        model.reload();
        QVERIFY(waitIdle(model));
        model.sort(UserListModel::Email, Qt::AscendingOrder);
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.row(row - 1).email.compare(model.row(row).email, Qt::CaseInsensitive) <=
                    0);
        model.sort(UserListModel::Created, Qt::DescendingOrder);
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.row(row - 1).createdMs >= model.row(row).createdMs);
        // Rows that arrive later take their sorted place too.
        if (model.canFetchMore()) {
            model.fetchMore();
            QVERIFY(waitIdle(model));
            for (int row = 1; row < model.rowCount(); ++row)
                QVERIFY(model.row(row - 1).createdMs >= model.row(row).createdMs);
        }
    }

    void filtersByStatus()
    {
        UserListModel model(m_service);
        model.setStatusFilter(UserListModel::StatusFilter::Active);
        QVERIFY(waitIdle(model));
        QVERIFY(model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.row(row).status, User::Status::Active);
    }

    void readsTwoPagesAheadOnceScrolledAndSkipsNobodyAfterADelete()
    {
        if (!m_environment.isEmulator())
            QSKIP("needs the test's own emulator: its large seed (--users 1200) and a user to "
                  "delete");
        UserListModel reference(m_service);
        reference.setPageSizes(1000, 1000);
        reference.reload();
        QVERIFY(loadAll(reference));

        UserListModel model(m_service);
        model.setPageSizes(100, 100);
        QStringList asked; // the pages the server answered, in order
        QObject watching;  // ends the connection with this test function, however it ends
        connect(m_client, &ApiClient::activity, &watching, [&](const ActivityEntry &entry) {
            if (entry.operationId != QLatin1String("listUsersV2"))
                return;
            const QUrlQuery query(QUrl(entry.url).query());
            asked << query.queryItemValue(QStringLiteral("offset"));
            if (asked.constLast().isEmpty()) // left out when 0
                asked.last() = QStringLiteral("0");
        });
        model.reload();
        QVERIFY(waitIdle(model));
        QCOMPARE(model.rowCount(), 100);
        QTest::qWait(200); // a first page nobody scrolled past (a search) reads nothing ahead
        QCOMPARE(asked, QStringList{QStringLiteral("0")});

        model.fetchMore(); // scrolled on: this page is waited for, the next two are read ahead
        QVERIFY(model.isLoading());
        QVERIFY(waitIdle(model));
        QCOMPARE(model.rowCount(), 200);
        QVERIFY(QTest::qWaitFor([&] { return asked.size() == 4; }, 10000));
        model.fetchMore(); // so the next shows at once, without a round trip
        QVERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 300);
        QVERIFY(QTest::qWaitFor([&] { return asked.size() == 5; }, 10000));
        QTest::qWait(200); // two pages ahead at most: nothing more is asked for
        QCOMPARE(asked,
                 (QStringList{QStringLiteral("0"), QStringLiteral("100"), QStringLiteral("200"),
                              QStringLiteral("300"), QStringLiteral("400")}));

        // Someone is deleted, as the Users pane does it; the rest pages on unshifted.
        const QString deleted = model.row(150).id;
        bool done = false;
        m_service->deleteUserV2(deleted, this,
                                [&](const ApiResult<QJsonObject> &result) { done = result.ok(); });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
        model.markDeleted(deleted);
        QCOMPARE(model.row(150).status, User::Status::Deleted);
        QVERIFY(loadAll(model));
        QCOMPARE(model.rowCount(), int(ids(reference).size())); // no one twice
        QCOMPARE(ids(model), ids(reference));                   // and no one skipped

        // With a filter that hides deleted people, the row goes and still nothing shifts.
        model.setStatusFilter(UserListModel::StatusFilter::Active);
        QVERIFY(loadAll(model));
        const int before = model.rowCount();
        const QString next = model.row(0).id;
        model.markDeleted(next);
        QCOMPARE(model.rowCount(), before - 1);
        QVERIFY(!ids(model).contains(next));
    }

    void errorMidPagingKeepsRowsAndRetries()
    {
        if (m_userCount < 4)
            QSKIP("needs a server with at least 4 users to page through");
        UserListModel model(m_service);
        const int size = pageSizeFor(3, 100);
        model.setPageSizes(size, size);
        model.reload();
        QVERIFY(waitIdle(model));
        QVERIFY(model.rowCount() > 0 && model.canFetchMore());

        // The server goes away: the next page that has to be asked for fails (the page read
        // ahead while the server was still there shows first).
        const ApiEndpoints good = m_client->endpoints();
        m_client->setEndpoints(
            ApiEndpoints::singleServer(QUrl(QStringLiteral("http://127.0.0.1:1"))));
        int loaded = model.rowCount();
        for (int attempt = 0; attempt < 4 && model.errorMessage().isEmpty(); ++attempt) {
            loaded = model.rowCount();
            QVERIFY(model.canFetchMore());
            model.fetchMore();
            QVERIFY(waitIdle(model));
        }
        QVERIFY(!model.errorMessage().isEmpty());
        QCOMPARE(model.rowCount(), loaded); // what was loaded stays
        QVERIFY(!model.canFetchMore());     // no silent hammering; retry is explicit

        m_client->setEndpoints(good);
        model.retry();
        QVERIFY(waitIdle(model));
        QVERIFY(model.errorMessage().isEmpty());
        QVERIFY(model.rowCount() > loaded);
        QVERIFY(loadAll(model));
        QCOMPARE(ids(model).size(), model.rowCount());
    }
};

QTEST_GUILESS_MAIN(TestUserListModel)
#include "tst_user_list_model.moc"
