// QAbstractItemModelTester watches every item model while it changes: the three paged lists
// against the emulator (pages, pages read ahead and parsed on a worker, a failed page, retry,
// reload, clear, local edits), the other models filled with what the emulator answers.
#include "models/ActivityLogModel.h"
#include "models/AssignableListModel.h"
#include "models/GrantTreeModel.h"
#include "models/GroupListModel.h"
#include "models/InvitationBatch.h"
#include "models/RoleMatrixModel.h"
#include "models/UserListModel.h"
#include "services/api/PartnerDirectoryService.h"
#include "services/api/UserService.h"
#include "services/network/ActivityEntry.h"
#include "services/network/ApiClient.h"
#include "tests/support/E2eEnvironment.h"
#include "ui/partners/grants/StyledGrantTreeModel.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <memory>

namespace {

constexpr auto kReport = QAbstractItemModelTester::FailureReportingMode::QtTest;

bool waitIdle(const PagedListModel &model)
{
    return QTest::qWaitFor([&] { return !model.isLoading(); }, 20000);
}

// Fetches as a scrolling view would, until the model says there is no more.
bool loadAll(PagedListModel &model)
{
    for (int round = 0; round < 1000; ++round) {
        if (!waitIdle(model))
            return false;
        if (!model.canFetchMore())
            return model.isComplete();
        model.fetchMore();
    }
    return false;
}

// Asks for pages until one fails; the server went away after the first page.
bool failMidPaging(PagedListModel &model)
{
    for (int round = 0; round < 100; ++round) {
        if (!waitIdle(model))
            return false;
        if (!model.errorMessage().isEmpty())
            return true;
        if (!model.canFetchMore())
            return false;
        model.fetchMore();
    }
    return false;
}

Grant withDependencies(Grant grant, const QList<Grant> &dependencies)
{
    grant.setDependencies(dependencies);
    return grant;
}

} // namespace

class TestItemModels : public QObject
{
    Q_OBJECT

    E2eEnvironment m_environment;
    QNetworkAccessManager m_network;
    ApiClient *m_client = nullptr;
    UserService *m_users = nullptr;
    PartnerDirectoryService *m_partners = nullptr;
    ApiEndpoints m_goodEndpoints;
    QString m_partnerOrganization;

    // Nobody listens there: every request fails until mendServer().
    void breakServer()
    {
        m_client->setEndpoints(
            ApiEndpoints::singleServer(QUrl(QStringLiteral("http://127.0.0.1:1"))));
    }
    void mendServer() { m_client->setEndpoints(m_goodEndpoints); }
    // The server goes away once the model's next page is in.
    void breakServerAfterFirstPage(PagedListModel *model)
    {
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(model, &PagedListModel::pageLoaded, this, [this, connection] {
            QObject::disconnect(*connection);
            breakServer();
        });
    }

    template <typename Call> QJsonArray fetchArray(Call call)
    {
        QJsonArray answer;
        bool done = false;
        call([&](const ApiResult<QJsonArray> &result) {
            if (result.ok())
                answer = result.value();
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            qWarning("no answer in time");
        return answer;
    }

    QList<Grant> grantsFromTheServer()
    {
        QList<Grant> grants;
        const QJsonArray roles = fetchArray([&](auto done) {
            return m_partners->getPartnerRoles(m_partnerOrganization, this, done);
        });
        for (const QJsonValue &value : roles) {
            if (const auto role = Role::fromJson(value.toObject()))
                grants += role->grants();
        }
        return grants;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_environment.start(&error, {QStringLiteral("--users"), QStringLiteral("1200"),
                                              QStringLiteral("--groups"), QStringLiteral("30")}),
                 qPrintable(error));
        m_goodEndpoints = m_environment.endpoints();
        m_client = new ApiClient(&m_network, this);
        m_client->setEndpoints(m_goodEndpoints);
        m_client->setToken(m_environment.token());
        m_users = new UserService(m_client, this);
        m_partners = new PartnerDirectoryService(m_client, this);

        AssignableListModel organizations(m_partners);
        organizations.search({}, {QStringLiteral("partner_organization")});
        QVERIFY(waitIdle(organizations));
        for (int row = 0; row < organizations.rowCount() && m_partnerOrganization.isEmpty(); ++row)
            m_partnerOrganization = organizations.at(row).organizationId();
        QVERIFY(!m_partnerOrganization.isEmpty());
    }

    void cleanup() { mendServer(); }

    void userListModel()
    {
        UserListModel model(m_users);
        QAbstractItemModelTester tester(&model, kReport);
        model.setPageSizes(50, 400);
        model.reload();
        QVERIFY(waitIdle(model));
        QCOMPARE(model.rowCount(), 50);
        // 50, 100, 200, then pages of 400 read ahead and parsed on a worker thread.
        QVERIFY(loadAll(model));
        QVERIFY2(model.rowCount() >= 1200, qPrintable(QString::number(model.rowCount())));
        QCOMPARE(model.total(), model.rowCount());

        model.sort(UserListModel::Email, Qt::AscendingOrder);
        model.sort(UserListModel::Created, Qt::DescendingOrder);
        model.markDeleted(model.row(3).id); // stays, shown as deleted
        QCOMPARE(model.row(3).status, User::Status::Deleted);

        // A new search keeps the rows until its answer replaces them in one reset.
        model.setQuery(QStringLiteral("lena"));
        QVERIFY(model.showsPreviousRows());
        QVERIFY(loadAll(model));
        QVERIFY(model.rowCount() >= 1);
        model.setQuery(QString());
        model.setStatusFilter(UserListModel::StatusFilter::Active);
        QVERIFY(loadAll(model));
        const int active = model.rowCount();
        model.markDeleted(model.row(0).id); // the filter hides deleted people: the row goes
        QCOMPARE(model.rowCount(), active - 1);
        model.setStatusFilter(UserListModel::StatusFilter::All);
        QVERIFY(waitIdle(model));

        // A page that fails in the middle keeps the rows; retry goes on from there.
        model.setPageSizes(50, 50);
        breakServerAfterFirstPage(&model);
        model.reload();
        QVERIFY(failMidPaging(model));
        const int kept = model.rowCount();
        QVERIFY(kept >= 50);
        QVERIFY(!model.canFetchMore());
        mendServer();
        model.retry();
        QVERIFY(loadAll(model));
        QVERIFY(model.rowCount() > kept);

        // A failed first page of a new search leaves none of the old rows behind.
        breakServer();
        model.setQuery(QStringLiteral("anna"));
        QVERIFY(waitIdle(model));
        QVERIFY(!model.errorMessage().isEmpty());
        QCOMPARE(model.rowCount(), 0);
        mendServer();
        model.retry();
        QVERIFY(loadAll(model));
        QVERIFY(model.rowCount() > 0);

        model.setActive(false);
        model.setActive(true); // loads again
        QVERIFY(waitIdle(model));
        QVERIFY(model.rowCount() > 0);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore());
    }

    void groupListModel()
    {
        GroupListModel model(m_users);
        QAbstractItemModelTester tester(&model, kReport);
        model.setPageSize(7);
        model.reload();
        QVERIFY(waitIdle(model));
        QCOMPARE(model.rowCount(), 7);
        QVERIFY(model.total() > 7);
        QVERIFY(loadAll(model));
        QCOMPARE(model.rowCount(), model.total());
        QVERIFY(model.pagesLoaded() >= 4);

        Group changed = model.group(2);
        model.upsert(changed); // in place
        model.remove(model.group(1).id());
        model.upsert(changed);
        QCOMPARE(model.rowCount(), model.total() - 1);

        model.setQuery(model.group(0).name());
        QVERIFY(loadAll(model));
        QVERIFY(model.rowCount() >= 1);

        breakServerAfterFirstPage(&model);
        model.setQuery(QString());
        QVERIFY(failMidPaging(model));
        QCOMPARE(model.rowCount(), 7);
        mendServer();
        model.retry();
        QVERIFY(loadAll(model));
        QCOMPARE(model.rowCount(), model.total());

        // A reload that fails keeps the rows shown, marked stale (issue 18); a retry replaces them.
        const int shown = model.rowCount();
        breakServer();
        model.reload();
        QVERIFY(waitIdle(model));
        QVERIFY(!model.errorMessage().isEmpty());
        QCOMPARE(model.rowCount(), shown);
        QCOMPARE(model.state(), ListStateModel::State::Stale);
        mendServer();
        model.retry();
        QVERIFY(loadAll(model));
        QCOMPARE(model.state(), ListStateModel::State::Loaded);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void assignableListModel()
    {
        AssignableListModel model(m_partners);
        QAbstractItemModelTester tester(&model, kReport);
        QVERIFY(!model.canFetchMore()); // nothing before the first search
        model.setPageSize(5);
        model.search({}, {QStringLiteral("user"), QStringLiteral("partner_user"),
                          QStringLiteral("partner_organization"), QStringLiteral("group")});
        QVERIFY(waitIdle(model));
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(loadAll(model));
        QCOMPARE(model.rowCount(), model.total());

        QSignalSpy errors(&model, &AssignableListModel::errorChanged);
        breakServerAfterFirstPage(&model);
        model.reload();
        QVERIFY(failMidPaging(model));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(errors.count(), 1); // the one error signal: the message ...
        QCOMPARE(errors.last().at(0).toString(), model.errorMessage());
        mendServer();
        model.retry();
        QCOMPARE(errors.count(), 2); // ... and empty once it is gone
        QVERIFY(errors.last().at(0).toString().isEmpty());
        QVERIFY(loadAll(model));
        QCOMPARE(model.rowCount(), model.total());

        model.search(QStringLiteral("no-such-person-xyz"), {QStringLiteral("user")});
        QVERIFY(waitIdle(model));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.total(), 0);
        model.clear();
        QVERIFY(!model.canFetchMore());
    }

    void activityLogModel()
    {
        ActivityLogModel model;
        QAbstractItemModelTester tester(&model, kReport);
        model.setCapacity(6);
        QObject watching;
        connect(m_client, &ApiClient::activity, &watching,
                [&](const ActivityEntry &entry) { model.append(entry); });
        breakServer(); // failed exchanges are logged too
        GroupListModel groups(m_users);
        groups.setPageSize(3);
        groups.reload();
        QVERIFY(waitIdle(groups));
        mendServer();
        groups.retry();
        QVERIFY(loadAll(groups)); // more exchanges than the log holds: the oldest go
        QCOMPARE(model.rowCount(), 6);
        model.setCapacity(2);
        QCOMPARE(model.rowCount(), 2);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void grantTreeModels()
    {
        const QList<Grant> served = grantsFromTheServer();
        QVERIFY(!served.isEmpty());
        QList<Grant> tree = served;
        tree << withDependencies(Grant(QStringLiteral("entity-update"), QStringLiteral("r")),
                                 {Grant(QStringLiteral("entity-read"), QStringLiteral("r")),
                                  Grant(QStringLiteral("file-read"), QStringLiteral("r"))});
        GrantFinding finding;
        finding.path = {int(tree.size()) - 1, 1};
        finding.severity = GrantFinding::Severity::Warning;

        GrantTreeModel plain;
        StyledGrantTreeModel styled;
        for (GrantTreeModel *model : std::initializer_list<GrantTreeModel *>{&plain, &styled}) {
            QAbstractItemModelTester tester(model, kReport);
            model->setGrants(tree);
            QCOMPARE(model->rowCount(), int(tree.size()));
            QCOMPARE(model->rowCount(model->index(int(tree.size()) - 1, 0)), 2);
            model->setFindings({finding});
            model->setGrants(served);
            model->setFindings({});
            model->setGrants({});
            QCOMPARE(model->rowCount(), 0);
        }
    }

    void roleMatrixModel()
    {
        QList<PartnerUser> users;
        for (const QJsonValue &value : fetchArray([&](auto done) {
                 return m_partners->getPartnerUsers(m_partnerOrganization, this, done);
             })) {
            if (const auto user = PartnerUser::fromJson(value.toObject()))
                users << *user;
        }
        QList<RoleReference> roles;
        for (const QJsonValue &value : fetchArray([&](auto done) {
                 return m_partners->getPartnerRoles(m_partnerOrganization, this, done);
             })) {
            if (const auto role = Role::fromJson(value.toObject()))
                roles << RoleReference{role->id(), role->slug(), role->name()};
        }
        QVERIFY(!users.isEmpty());
        QVERIFY(!roles.isEmpty());

        RoleMatrixModel model;
        QAbstractItemModelTester tester(&model, kReport);
        model.setServerState(users, roles);
        QCOMPARE(model.rowCount(), int(users.size()));
        const QString user = users.first().id();
        const QString role = roles.first().id;
        QVERIFY(model.setAssigned(user, role, !model.isAssigned(user, role)));
        const QModelIndex cell = model.index(0, 1);
        const bool ticked = cell.data(Qt::CheckStateRole).toInt() == Qt::Checked;
        QVERIFY(model.hasPendingChanges());
        QVERIFY(model.setData(cell, ticked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole));
        QVERIFY(!model.hasPendingChanges()); // ticked back: as the server holds it
        QVERIFY(model.setAssigned(user, role, !model.isAssigned(user, role)));
        model.discardChanges();
        model.setServerState(users.mid(0, 1), roles);
        model.setServerState({}, {});
        QCOMPARE(model.rowCount(), 0);
    }

    void invitationBatch()
    {
        UserListModel existing(m_users);
        existing.setPageSizes(5, 5);
        existing.reload();
        QVERIFY(waitIdle(existing));
        QVERIFY(existing.rowCount() > 0);
        const QString user = existing.row(0).email;

        InvitationBatch batch(m_users);
        QAbstractItemModelTester tester(&batch, kReport);
        batch.setAddresses({QStringLiteral("item.models.1@example.com"), QStringLiteral("nope"),
                            user, QStringLiteral("item.models.1@example.com"),
                            QStringLiteral("item.models.2@example.com")});
        QCOMPARE(batch.rowCount(), 5);
        QSignalSpy checked(&batch, &InvitationBatch::checked);
        batch.check();
        QVERIFY(checked.wait(20000) || checked.count() == 1);
        QCOMPARE(batch.count(InvitationBatch::Outcome::AlreadyUser), 1);

        QSignalSpy finished(&batch, &InvitationBatch::finished);
        breakServer(); // the invitations fail ...
        batch.run();
        QVERIFY(finished.wait(20000) || finished.count() == 1);
        QVERIFY(batch.count(InvitationBatch::Outcome::Failed) > 0);
        mendServer(); // ... and go out when run again
        batch.retryFailed();
        QVERIFY(finished.wait(20000) || finished.count() == 2);
        QCOMPARE(batch.count(InvitationBatch::Outcome::Invited), 2);
        batch.setAddresses({});
        QCOMPARE(batch.rowCount(), 0);
    }
};

QTEST_MAIN(TestItemModels)
#include "tst_item_models.moc"
