// People & roles through the real page against the emulator: a role assigned to two people from
// the matrix with one assignment failing on purpose (a scripted fault), results per person and
// cell, the matrix equal to the server afterwards; the filters narrow the rows to exactly the
// right people; leaving with pending changes asks. The model runs under QAbstractItemModelTester
// all along.
#include "domain/permissions/RoleAssignment.h"
#include "domain/users/Group.h"
#include "domain/users/UserRow.h"
#include "models/PeopleRolesModel.h"
#include "services/api/PermissionsService.h"
#include "services/api/UserService.h"
#include "services/session/Session.h"
#include "tests/support/E2eEnvironment.h"
#include "ui/common/MessageWidget.h"
#include "ui/roles/PeopleRolesPane.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

class TestPeopleRolesPane : public QObject
{
    Q_OBJECT

    E2eEnvironment m_environment;
    QNetworkAccessManager m_network;
    Session *m_session = nullptr;

    QString roleId(const QString &slug) const
    {
        return m_session->organizationId() + QLatin1Char(':') + slug;
    }

    // What the server holds now: user id → role ids.
    QHash<QString, QStringList> serverAssignments()
    {
        QHash<QString, QStringList> held;
        bool done = false;
        m_session->permissions()->listAllAssignments(
            this, [&](const ApiResult<QJsonArray> &result) {
                if (result.ok()) {
                    for (const RoleAssignment &a : RoleAssignment::listFromJson(result.value()))
                        held.insert(a.userId, a.roleIds);
                }
                done = true;
            });
        QTest::qWaitFor([&] { return done; }, 20000);
        return held;
    }

    QVector<UserRow> serverPeople()
    {
        QVector<UserRow> people;
        bool done = false;
        m_session->users()->listUsersV2({}, 1000, 0, this, [&](const ApiResult<QJsonArray> &r) {
            if (r.ok())
                people = UserRow::parsePage(r.value());
            done = true;
        });
        QTest::qWaitFor([&] { return done; }, 20000);
        people.erase(
            std::remove_if(people.begin(), people.end(),
                           [](const UserRow &row) { return row.status == User::Status::Deleted; }),
            people.end());
        return people;
    }

    bool setFaults(const QJsonObject &faults)
    {
        int status = 0;
        m_environment.emulatorRequest("PUT", QStringLiteral("/emulator/faults"),
                                      QJsonDocument(faults), &status);
        return status == 200;
    }

    static bool loaded(PeopleRolesPane &pane)
    {
        return QTest::qWaitFor([&] { return !pane.isLoading() && pane.model()->rowCount() > 0; },
                               30000);
    }

    static void click(PeopleRolesPane &pane, const QModelIndex &cell)
    {
        pane.matrixView()->scrollTo(cell);
        QTest::mouseClick(pane.matrixView()->viewport(), Qt::LeftButton, {},
                          pane.matrixView()->visualRect(cell).center());
    }

    // The user ids of every row the filters let through (all slices handed to the view).
    static QStringList shownUsers(PeopleRolesModel *model)
    {
        while (model->canFetchMore({}))
            model->fetchMore({});
        QStringList ids;
        for (int row = 0; row < model->rowCount(); ++row)
            ids << model->userIdAt(row);
        return ids;
    }

    // Every cell of the matrix equals what the server holds.
    void compareWithServer(PeopleRolesModel *model)
    {
        const QHash<QString, QStringList> held = serverAssignments();
        int compared = 0;
        for (const UserRow &person : serverPeople()) {
            for (int role = 0; role < model->roleCount(); ++role) {
                const QString id = model->roleAt(role).id();
                QVERIFY2(model->serverHolds(person.id, id) == held.value(person.id).contains(id),
                         qPrintable(person.id + QLatin1Char(' ') + id));
                ++compared;
            }
        }
        QVERIFY(compared > 100);
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
    }

    void assignToTwoPeopleWithOneFailing()
    {
        if (!m_environment.isEmulator())
            QSKIP("needs the emulator's scripted faults");
        PeopleRolesPane pane(m_session);
        QAbstractItemModelTester tester(pane.model(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        pane.resize(1280, 800);
        pane.show();
        QVERIFY(loaded(pane));
        compareWithServer(pane.model());

        // Two active people without the Read-only role.
        const QString role = roleId(QStringLiteral("viewer"));
        QStringList people;
        for (int row = 0; row < pane.model()->rowCount() && people.size() < 2; ++row) {
            const QString user = pane.model()->userIdAt(row);
            if (!pane.model()->serverHolds(user, role) &&
                pane.model()->index(row, 0).data(PeopleRolesModel::ActiveRole).toBool())
                people << user;
        }
        QCOMPARE(people.size(), 2);
        for (const QString &user : people)
            click(pane, pane.cellOf(user, role));
        QCOMPARE(pane.pendingList()->count(), 2);
        QVERIFY(pane.hasUnsavedChanges());
        QVERIFY(pane.cellOf(people[1], role).data(PeopleRolesModel::PendingRole).toBool());
        QCOMPARE(pane.cellOf(people[1], role).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));

        // The second person's assignment fails once on the server.
        QVERIFY(setFaults({{"next", QJsonArray{QJsonObject{{"fault", "internal_error"},
                                                           {"count", 1},
                                                           {"method", "POST"},
                                                           {"path", "/v1/permissions/assignments/" +
                                                                        people[1] + "/"}}}}}));
        QSignalSpy saved(&pane, &Pane::saveFinished);
        QTest::mouseClick(pane.applyButton(), Qt::LeftButton);
        QVERIFY(pane.isSaving());
        QVERIFY(saved.wait(30000));
        QCOMPARE(saved.first().first().toBool(), false);

        // Per person and cell: the first done, the second failed and still pending with why.
        QStringList results;
        for (int index = 0; index < pane.resultList()->count(); ++index)
            results << pane.resultList()->item(index)->text();
        QVERIFY2(results.size() == 4, qPrintable(results.join('\n')));
        QVERIFY2(results[0].contains(QStringLiteral("1 of 1")), qPrintable(results[0]));
        QVERIFY2(results[2].contains(QStringLiteral("0 of 1")), qPrintable(results[2]));
        QVERIFY2(results[3].contains(QStringLiteral("✗")), qPrintable(results[3]));
        QVERIFY(pane.model()->serverHolds(people[0], role));
        QVERIFY(!pane.model()->serverHolds(people[1], role));
        QVERIFY(!pane.model()->failureOf(people[1], role).isEmpty());
        QVERIFY(pane.cellOf(people[1], role).data(PeopleRolesModel::PendingRole).toBool());
        QVERIFY(!pane.cellOf(people[0], role).data(PeopleRolesModel::PendingRole).toBool());
        QCOMPARE(pane.pendingList()->count(), 1);
        QVERIFY(pane.pendingList()->item(0)->text().contains(QStringLiteral("failed")));
        QVERIFY(pane.status()->isError());
        compareWithServer(pane.model());

        // Applied again without the fault: done, nothing pending, still what the server holds.
        QTest::mouseClick(pane.applyButton(), Qt::LeftButton);
        QVERIFY(saved.wait(30000));
        QCOMPARE(saved.last().first().toBool(), true);
        QVERIFY(!pane.hasUnsavedChanges());
        QVERIFY(pane.model()->serverHolds(people[1], role));
        compareWithServer(pane.model());

        // And back, so other tests see the seed's roles.
        for (const QString &user : people)
            click(pane, pane.cellOf(user, role));
        pane.save();
        QVERIFY(saved.wait(30000));
        QCOMPARE(saved.last().first().toBool(), true);
        QVERIFY(!pane.model()->serverHolds(people[0], role));
    }

    void filtersNarrowRows()
    {
        PeopleRolesPane pane(m_session);
        QAbstractItemModelTester tester(pane.model(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        pane.resize(1280, 800);
        pane.show();
        QVERIFY(loaded(pane));
        PeopleRolesModel *model = pane.model();
        const QVector<UserRow> people = serverPeople();
        QCOMPARE(shownUsers(model).size(), people.size());

        // Status: exactly the pending people.
        pane.statusFilter()->setCurrentIndex(
            pane.statusFilter()->findData(int(PeopleRolesModel::StatusFilter::Pending)));
        QStringList expected;
        for (const UserRow &row : people) {
            if (row.status == User::Status::Pending)
                expected << row.id;
        }
        QVERIFY(!expected.isEmpty());
        QStringList shown = shownUsers(model);
        QCOMPARE(QSet<QString>(shown.begin(), shown.end()),
                 QSet<QString>(expected.begin(), expected.end()));
        pane.statusFilter()->setCurrentIndex(0);

        // Role: exactly the people holding it on the server.
        const QString role = roleId(QStringLiteral("customer_service"));
        pane.roleFilter()->setCurrentIndex(pane.roleFilter()->findData(role));
        const QHash<QString, QStringList> held = serverAssignments();
        expected.clear();
        for (const UserRow &row : people) {
            if (held.value(row.id).contains(role))
                expected << row.id;
        }
        QVERIFY(!expected.isEmpty() && expected.size() < people.size());
        shown = shownUsers(model);
        QCOMPARE(QSet<QString>(shown.begin(), shown.end()),
                 QSet<QString>(expected.begin(), expected.end()));
        pane.roleFilter()->setCurrentIndex(0);

        // Group: exactly its members.
        QVERIFY(pane.groupFilter()->count() > 1);
        pane.groupFilter()->setCurrentIndex(1);
        const QString groupId = pane.groupFilter()->currentData().toString();
        bool done = false;
        QStringList members;
        m_session->users()->getGroup(groupId, false, this, [&](const ApiResult<QJsonObject> &r) {
            if (r.ok())
                members = Group::fromJson(r.value())->memberIds();
            done = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 20000));
        expected.clear();
        for (const UserRow &row : people) {
            if (members.contains(row.id))
                expected << row.id;
        }
        QVERIFY(!expected.isEmpty());
        shown = shownUsers(model);
        QCOMPARE(QSet<QString>(shown.begin(), shown.end()),
                 QSet<QString>(expected.begin(), expected.end()));
        pane.groupFilter()->setCurrentIndex(0);

        // Search: name or e-mail, case-insensitive, typed.
        QTest::keyClicks(pane.searchBox(), QStringLiteral("MÜLLER"));
        expected.clear();
        for (const UserRow &row : people) {
            if (row.name.contains(QStringLiteral("müller"), Qt::CaseInsensitive) ||
                row.email.contains(QStringLiteral("müller"), Qt::CaseInsensitive))
                expected << row.id;
        }
        QVERIFY(!expected.isEmpty());
        shown = shownUsers(model);
        QCOMPARE(QSet<QString>(shown.begin(), shown.end()),
                 QSet<QString>(expected.begin(), expected.end()));
        pane.searchBox()->clear();
        QCOMPARE(shownUsers(model).size(), people.size());
    }

    void leavingWithPendingChangesAsks()
    {
        PeopleRolesPane pane(m_session);
        pane.show();
        QVERIFY(loaded(pane));
        const QModelIndex cell = pane.model()->index(0, PeopleRolesModel::FirstRoleColumn);
        const int before = cell.data(Qt::CheckStateRole).toInt();
        click(pane, cell);
        QVERIFY(pane.hasUnsavedChanges());
        QVERIFY(cell.data(Qt::CheckStateRole).toInt() != before);

        std::optional<bool> mayLeave;
        QTimer::singleShot(0, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            box->button(QMessageBox::Cancel)->click();
        });
        pane.requestLeave(this, [&](bool answer) { mayLeave = answer; });
        QVERIFY(QTest::qWaitFor([&] { return mayLeave.has_value(); }, 15000));
        QCOMPARE(*mayLeave, false);
        QVERIFY(pane.hasUnsavedChanges());

        QTimer::singleShot(0, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            box->button(QMessageBox::Discard)->click();
        });
        mayLeave.reset();
        pane.requestLeave(this, [&](bool answer) { mayLeave = answer; });
        QVERIFY(QTest::qWaitFor([&] { return mayLeave.has_value(); }, 15000));
        QCOMPARE(*mayLeave, true);
        QVERIFY(!pane.hasUnsavedChanges());
        QCOMPARE(cell.data(Qt::CheckStateRole).toInt(), before);
    }

    void assignmentsAnswerIsReadStrictly()
    {
        const auto list = RoleAssignment::listFromAnswer(
            R"({"assignments":[{"user_id":"1","roles":["o:a","o:b"]},{"user_id":"2"}]})");
        QVERIFY(list);
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).roleIds, QStringList({"o:a", "o:b"}));
        QString error;
        QVERIFY(!RoleAssignment::listFromAnswer(
            R"({"assignments":[{"user_id":"1","user_id":"2"}]})", &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!RoleAssignment::listFromAnswer("{\"assignments\":[", &error));
        QVERIFY(!RoleAssignment::listFromAnswer("[]", &error));
    }
};

QTEST_MAIN(TestPeopleRolesPane)
#include "tst_people_roles_pane.moc"
