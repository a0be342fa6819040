// e2e-faults, the screens (issue 18): the Users and Groups pages refreshed (F5) under each fault
// of tst_faults, then once more with the faults off. Checked: every refresh ends (no hang), every
// failure is readable, a failed refresh never empties a list that showed rows (they stay, marked
// stale), and after the good refresh what each page shows equals what the server holds (the model
// rows compared with a direct read from the emulator).
#include "models/GroupListModel.h"
#include "services/session/Session.h"
#include "tests/support/E2eEnvironment.h"
#include "ui/common/EmptyStateOverlay.h"
#include "ui/groups/GroupsPane.h"
#include "ui/users/UsersPane.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <memory>

namespace {

constexpr int settleMs = 90000; // far beyond latency plus retries: longer means a hang
constexpr int refreshes = 3;

QJsonObject scripted(const QString &fault, int count, const QString &method, const QString &path)
{
    return {{"fault", fault}, {"count", count}, {"method", method}, {"path", path}};
}

bool settled(const ListStateModel *model)
{
    return model->state() != ListStateModel::State::Loading &&
           model->state() != ListStateModel::State::Idle;
}

} // namespace

class TestFaultsScreens : public QObject
{
    Q_OBJECT

    std::unique_ptr<E2eEnvironment> m_environment;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Session> m_session;

    bool setFaults(const QJsonObject &faults)
    {
        int status = 0;
        m_environment->emulatorRequest("PUT", QStringLiteral("/emulator/faults"),
                                       QJsonDocument(faults), &status);
        return status == 200;
    }

    // The server's users as the list's first rows are asked for (same order, same page size).
    QStringList serverUsers(int limit)
    {
        QStringList ids;
        bool done = false;
        m_session->users()->listUsersV2(QString(), limit, 0, this,
                                        [&](const ApiResult<QJsonArray> &result) {
                                            if (result.ok())
                                                for (const QJsonValue &user : result.value())
                                                    ids << user.toObject().value("id").toString();
                                            done = true;
                                        });
        QTest::qWaitFor([&] { return done; }, 10000);
        return ids;
    }

    QStringList serverGroups(int limit)
    {
        QStringList ids;
        bool done = false;
        m_session->users()->getGroups(
            QString(), limit, 0, true, this, [&](const ApiResult<QJsonObject> &result) {
                if (result.ok())
                    for (const QJsonValue &group : result.value().value("groups").toArray())
                        ids << group.toObject().value("id").toVariant().toString();
                done = true;
            });
        QTest::qWaitFor([&] { return done; }, 10000);
        return ids;
    }

    // F5 under the faults: each ends; a failure is readable; shown rows are never emptied.
    template <typename Pane, typename Model>
    void refreshUnderFaults(Pane &pane, Model *model, const char *name)
    {
        for (int press = 0; press < refreshes; ++press) {
            const int before = model->rowCount();
            pane.reload();
            QVERIFY2(QTest::qWaitFor([&] { return settled(model); }, settleMs),
                     qPrintable(QStringLiteral("%1: a refresh never ended").arg(name)));
            const ListStateModel::State state = model->state();
            if (state == ListStateModel::State::Stale || state == ListStateModel::State::Failed) {
                QVERIFY2(model->stateMessage().trimmed().size() > 10,
                         qPrintable(model->stateMessage()));
                QVERIFY2(before == 0 || model->rowCount() == before,
                         qPrintable(QStringLiteral("%1: a failed refresh emptied the list (%2 of "
                                                   "%3 rows left)")
                                        .arg(name)
                                        .arg(model->rowCount())
                                        .arg(before)));
                const auto *overlay =
                    pane.table()->viewport()->template findChild<EmptyStateOverlay *>();
                QVERIFY(overlay);
                QCOMPARE(overlay->showsStale(), state == ListStateModel::State::Stale);
            }
        }
    }

private slots:
    void init()
    {
        m_environment = std::make_unique<E2eEnvironment>();
        QString error;
        QVERIFY2(m_environment->start(&error), qPrintable(error));
        if (!m_environment->isEmulator())
            QSKIP("needs the emulator's fault control (PUT /emulator/faults)");
        m_network = std::make_unique<QNetworkAccessManager>();
        m_session = std::make_unique<Session>(m_network.get());
        QSignalSpy me(m_session.get(), &Session::meChanged);
        m_session->begin(m_environment->endpoints(), m_environment->token());
        QVERIFY(me.wait(15000));
    }

    void cleanup()
    {
        m_session.reset();
        m_network.reset();
        m_environment.reset();
    }

    void pagesShowWhatTheServerHolds_data()
    {
        QTest::addColumn<QJsonObject>("faults");
        const QString users = QStringLiteral("/v2/users");
        const QString groups = QStringLiteral("/v1/groups");
        QTest::newRow("latency 2 s") << QJsonObject{{"latency_ms", 2000}};
        QTest::newRow("500 on the lists")
            << QJsonObject{{"next", QJsonArray{scripted("internal_error", 2, "GET", users),
                                               scripted("internal_error", 2, "GET", groups)}}};
        QTest::newRow("503 with Retry-After")
            << QJsonObject{{"next", QJsonArray{scripted("unavailable", 2, "GET", users),
                                               scripted("unavailable", 2, "GET", groups)}}};
        QTest::newRow("429 above 5/s") << QJsonObject{
            {"rate_limit", 5}, {"next", QJsonArray{scripted("rate_limited", 1, "GET", users)}}};
        QTest::newRow("malformed answers")
            << QJsonObject{{"next", QJsonArray{scripted("malformed", 1, "GET", users),
                                               scripted("malformed", 1, "GET", groups)}}};
        QTest::newRow("dropped connections")
            << QJsonObject{{"next", QJsonArray{scripted("drop", 3, "GET", users),
                                               scripted("drop", 3, "GET", groups)}}};
        QTest::newRow("all together")
            << QJsonObject{{"latency_ms", 300},     {"fail_rate", 0.2}, {"rate_limit", 5},
                           {"malformed_rate", 0.2}, {"drop_rate", 0.2}, {"seed", 17}};
    }

    void pagesShowWhatTheServerHolds()
    {
        QFETCH(QJsonObject, faults);
        UsersPane usersPane(m_session.get());
        GroupsPane groupsPane(m_session.get());
        for (QWidget *pane :
             {static_cast<QWidget *>(&usersPane), static_cast<QWidget *>(&groupsPane)}) {
            pane->resize(1280, 800);
            pane->show();
        }
        UserListModel *users = usersPane.model();
        GroupListModel *groups = groupsPane.model();
        QVERIFY(QTest::qWaitFor([&] { return settled(users) && settled(groups); }, settleMs));

        QVERIFY2(setFaults(faults), "the emulator refused the faults");
        refreshUnderFaults(usersPane, users, "Users");
        refreshUnderFaults(groupsPane, groups, "Groups");

        // With the faults off, one refresh brings each page to what the server holds.
        QVERIFY(setFaults({}));
        usersPane.reload();
        groupsPane.reload();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return users->state() == ListStateModel::State::Loaded &&
                       groups->state() == ListStateModel::State::Loaded;
            },
            settleMs));
        QStringList shownUsers;
        for (int row = 0; row < users->rowCount(); ++row)
            shownUsers << users->row(row).id;
        QVERIFY(!shownUsers.isEmpty());
        QCOMPARE(shownUsers, serverUsers(int(shownUsers.size())));
        QStringList shownGroups;
        for (int row = 0; row < groups->rowCount(); ++row)
            shownGroups << groups->group(row).id();
        QCOMPARE(shownGroups, serverGroups(qMax(1, int(shownGroups.size()))));
        QVERIFY(!usersPane.table()->viewport()->findChild<EmptyStateOverlay *>()->showsStale());
        QVERIFY(!groupsPane.table()->viewport()->findChild<EmptyStateOverlay *>()->showsStale());
    }
};

QTEST_MAIN(TestFaultsScreens)
#include "tst_faults_screens.moc"
