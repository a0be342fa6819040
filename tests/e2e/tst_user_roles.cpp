// A user's roles on the Users page and inviting with roles by name (issue 19), through the real
// pages against the emulator: two people invited with roles picked by name (the emulator holds
// them afterwards), an invitation without a role asked about once, a role added to a selection
// with one person failing (a scripted fault) and each person's result, the chips' add/remove
// round trip with another person's change kept, a CSV naming an unknown role refused at its row.
#include "controllers/UserRolesEditor.h"
#include "domain/permissions/RoleAssignment.h"
#include "models/InvitationBatch.h"
#include "models/OrganizationRoles.h"
#include "models/UserMemberships.h"
#include "services/session/Session.h"
#include "tests/support/E2eEnvironment.h"
#include "ui/common/ChipPicker.h"
#include "ui/common/Confirmation.h"
#include "ui/common/FieldMessage.h"
#include "ui/common/MessageWidget.h"
#include "ui/users/BulkRoleDialog.h"
#include "ui/users/InviteDialog.h"
#include "ui/users/UserDetailPanel.h"
#include "ui/users/UserRolesSection.h"
#include "ui/users/UsersPane.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

class TestUserRoles : public QObject
{
    Q_OBJECT

    E2eEnvironment m_environment;
    QNetworkAccessManager m_network;
    Session *m_session = nullptr;
    QStringList m_created;
    QString m_stem; // this run's address prefix, to find its people with a search

    QString role(const QString &slug) const
    {
        return m_session->organizationId() + QLatin1Char(':') + slug;
    }

    QString address(const QString &name) const
    {
        return m_stem + name + QStringLiteral("@example.com");
    }

    // The roles the emulator holds for a user (getAssignedRolesForUser).
    QStringList heldRoles(const QString &userId)
    {
        QStringList roles;
        bool done = false;
        m_session->permissions()->getAssignedRolesForUser(
            userId, this, [&](const ApiResult<QJsonArray> &result) {
                if (result.ok())
                    roles = RoleAssignment::roleIdsFromJson(result.value()).value_or(QStringList());
                done = true;
            });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
        roles.sort();
        return roles;
    }

    // Invites people through the API (test set-up only) and keeps their ids.
    QString invite(const QString &email, const QStringList &roles)
    {
        QString id;
        bool done = false;
        m_session->users()->inviteUser(
            email, QStringLiteral("en"), roles, this, [&](const ApiResult<QJsonObject> &result) {
                if (result.ok())
                    id = result.value().value("id").toVariant().toString();
                done = true;
            });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
        if (!id.isEmpty())
            m_created << id;
        return id;
    }

    static bool loaded(UsersPane &pane)
    {
        return QTest::qWaitFor(
            [&] { return !pane.model()->isLoading() && pane.model()->rowCount() > 0; }, 15000);
    }

    static bool search(UsersPane &pane, const QString &text)
    {
        pane.searchBox()->setFocus();
        pane.searchBox()->selectAll();
        QTest::keyClick(pane.searchBox(), Qt::Key_Backspace);
        QTest::keyClicks(pane.searchBox(), text);
        QTest::keyClick(pane.searchBox(), Qt::Key_Return);
        return QTest::qWaitFor(
            [&] { return !pane.model()->isLoading() && pane.model()->query() == text; }, 15000);
    }

    static void shoot(QWidget *widget, const QString &name)
    {
        const QString folder = qEnvironmentVariable("EPILOT_SCREENSHOT_DIR");
        if (!folder.isEmpty())
            QVERIFY(widget->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png")));
    }

    static int rowOf(UsersPane &pane, const QString &userId)
    {
        return pane.model()->indexOfUser(userId);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QString error;
        QVERIFY2(m_environment.start(&error), qPrintable(error));
        m_session = new Session(&m_network, this);
        QSignalSpy me(m_session, &Session::meChanged);
        m_session->begin(m_environment.endpoints(), m_environment.token());
        QVERIFY(me.wait(15000));
        Confirmation::setAutomaticAnswer(true);
        m_stem =
            QStringLiteral("e2e.h19c.%1.").arg(QRandomGenerator::global()->bounded(100000, 999999));
    }

    void cleanupTestCase()
    {
        for (const QString &id : std::as_const(m_created)) {
            bool done = false;
            m_session->users()->deleteUserV2(id, this, [&](const auto &) { done = true; });
            (void)QTest::qWaitFor([&] { return done; }, 5000);
        }
        Confirmation::setAutomaticAnswer(std::nullopt);
        QSettings().clear();
    }

    // Two people invited with roles picked by name: the emulator holds those roles afterwards.
    void inviteTwoPeopleWithRolesByName()
    {
        InviteDialog dialog(m_session);
        dialog.resize(760, 640);
        dialog.show();
        QComboBox *box = dialog.roleBox();
        QVERIFY(QTest::qWaitFor([&] { return box->count() > 0; }, 15000));
        // Names, not ids, and no root role to pick.
        for (int index = 0; index < box->count(); ++index) {
            QVERIFY2(!box->itemText(index).isEmpty() &&
                         box->itemText(index) != box->itemData(index).toString(),
                     qPrintable(box->itemText(index)));
            QVERIFY(box->itemData(index).toString() != role(QStringLiteral("root")));
        }
        // Picked from the list: added at once.
        const int sales = box->findText(QStringLiteral("Sales"));
        QVERIFY(sales >= 0);
        box->setCurrentIndex(sales);
        emit box->activated(sales);
        QTRY_COMPARE(dialog.roles(), QStringList{role(QStringLiteral("sales_manager"))});
        QCOMPARE(box->findText(QStringLiteral("Sales")), -1); // picked: out of the list
        // Typed by name and Enter; then one picked by mistake and removed with its chip.
        box->lineEdit()->setFocus();
        QTest::keyClicks(box->lineEdit(), QStringLiteral("customer service"));
        QTest::keyClick(box->lineEdit(), Qt::Key_Return);
        QTRY_COMPARE(dialog.roles().size(), 2);
        QTest::keyClicks(box->lineEdit(), QStringLiteral("Read-only"));
        QTest::keyClick(box->lineEdit(), Qt::Key_Return);
        QTRY_COMPARE(dialog.roles().size(), 3);
        QToolButton *remove = dialog.rolePicker()->chipButton(role(QStringLiteral("viewer")));
        QVERIFY(remove);
        QCOMPARE(remove->accessibleName(), QStringLiteral("Remove Read-only"));
        QTest::mouseClick(remove, Qt::LeftButton);
        const QStringList wanted{role(QStringLiteral("sales_manager")),
                                 role(QStringLiteral("customer_service"))};
        QCOMPARE(dialog.roles(), wanted);

        dialog.addressEdit()->setPlainText(address("anna") + QLatin1Char('\n') + address("bert"));
        // The table names the roles each invitation carries.
        QTRY_COMPARE(dialog.batch()->index(0, InvitationBatch::Roles).data().toString(),
                     QStringLiteral("Sales, Customer service"));
        const int asked = Confirmation::askedCount();
        QSignalSpy finished(dialog.batch(), &InvitationBatch::finished);
        QTest::mouseClick(dialog.sendButton(), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QCOMPARE(Confirmation::askedCount(), asked); // roles given: nothing to ask
        QCOMPARE(dialog.batch()->count(InvitationBatch::Outcome::Invited), 2);
        QStringList expected = wanted;
        expected.sort();
        for (const InvitationBatch::Entry &entry : dialog.batch()->entries()) {
            QVERIFY(!entry.userId.isEmpty());
            m_created << entry.userId;
            QCOMPARE(heldRoles(entry.userId), expected);
        }
    }

    // Without any role the dialog asks once (root role only); "no" sends nothing.
    void inviteWithoutRoleAsksOnce()
    {
        InviteDialog dialog(m_session);
        dialog.show();
        QVERIFY(QTest::qWaitFor([&] { return dialog.roleBox()->count() > 0; }, 15000));
        dialog.addressEdit()->setPlainText(address("norole"));
        Confirmation::setAutomaticAnswer(false);
        const int asked = Confirmation::askedCount();
        QTest::mouseClick(dialog.sendButton(), Qt::LeftButton);
        QCOMPARE(Confirmation::askedCount(), asked + 1);
        QVERIFY2(Confirmation::lastQuestion().contains(QStringLiteral("root role")),
                 qPrintable(Confirmation::lastQuestion()));
        QVERIFY(!dialog.batch()->isRunning());
        QCOMPARE(dialog.batch()->count(InvitationBatch::Outcome::Invited), 0);
        // Yes once: sent; sending again does not ask again.
        Confirmation::setAutomaticAnswer(true);
        QSignalSpy finished(dialog.batch(), &InvitationBatch::finished);
        QTest::mouseClick(dialog.sendButton(), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QCOMPARE(Confirmation::askedCount(), asked + 2);
        QCOMPARE(dialog.batch()->count(InvitationBatch::Outcome::Invited), 1);
        m_created << dialog.batch()->entries().value(0).userId;
        QTest::mouseClick(dialog.sendButton(), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QCOMPARE(Confirmation::askedCount(), asked + 2);
    }

    // A role added to three selected people, one of them failing on purpose: each person's
    // result, the two others hold the role, the Roles column shows names.
    void bulkAddRoleWithOneFailing()
    {
        if (!m_environment.isEmulator())
            QSKIP("needs the emulator's scripted faults");
        const QString a = invite(address("bulk.a"), {role(QStringLiteral("user"))});
        const QString b = invite(address("bulk.b"), {role(QStringLiteral("user"))});
        const QString c = invite(address("bulk.c"), {role(QStringLiteral("user"))});
        QVERIFY(!a.isEmpty() && !b.isEmpty() && !c.isEmpty());

        UsersPane pane(m_session);
        pane.resize(1280, 800);
        pane.show();
        QVERIFY(loaded(pane));
        QVERIFY(search(pane, m_stem + QStringLiteral("bulk.")));
        QCOMPARE(pane.model()->rowCount(), 3);
        // The Roles column: names, not ids.
        QTRY_VERIFY_WITH_TIMEOUT(
            pane.memberships()->roleCatalog().isLoaded() && pane.memberships()->hasRoles(), 15000);
        QTRY_COMPARE(pane.model()->index(rowOf(pane, a), UserListModel::Roles).data().toString(),
                     QStringLiteral("Standard user"));
        pane.table()->selectAll();
        QTRY_VERIFY(pane.rolesButton()->isEnabled());

        // The second person's addAssignment fails on the server.
        int status = 0;
        m_environment.emulatorRequest(
            "PUT", QStringLiteral("/emulator/faults"),
            QJsonDocument(QJsonObject{
                {"next",
                 QJsonArray{QJsonObject{{"fault", "internal_error"},
                                        {"count", 3},
                                        {"method", "POST"},
                                        {"path", "/v1/permissions/assignments/" + b + "/"}}}}}),
            &status);
        QCOMPARE(status, 200);

        pane.openRoleAction(UserBatchAction::Kind::AddRole);
        BulkRoleDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = pane.findChild<BulkRoleDialog *>()) != nullptr);
        shoot(dialog, QStringLiteral("bulk-role-dialog"));
        // A name that is no role: said at the box, nothing sent.
        dialog->roleBox()->setCurrentText(QStringLiteral("Nonexistent"));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QVERIFY(FieldMessage::textOf(dialog->roleBox()).contains(QStringLiteral("Nonexistent")));
        QVERIFY(dialog->isVisible());
        dialog->roleBox()->setCurrentText(QStringLiteral("Read-only"));
        QSignalSpy finished(&pane, &UsersPane::actionFinished);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        const QString report = pane.lastReport();
        QVERIFY2(report.contains(QStringLiteral("2 of 3 succeeded")), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("Read-only")), qPrintable(report));
        for (const QString &line : report.split(QLatin1Char('\n'))) {
            if (line.contains(address("bulk.b")))
                QVERIFY2(line.contains(QStringLiteral("failed")), qPrintable(line));
            else if (line.contains(address("bulk.")))
                QVERIFY2(line.endsWith(QStringLiteral(": done")), qPrintable(line));
        }
        const QStringList withViewer{role(QStringLiteral("user")), role(QStringLiteral("viewer"))};
        QCOMPARE(heldRoles(a), withViewer);
        QCOMPARE(heldRoles(b), QStringList{role(QStringLiteral("user"))});
        QCOMPARE(heldRoles(c), withViewer);
        // The column shows what the server holds afterwards.
        QTRY_VERIFY_WITH_TIMEOUT(
            pane.model()->index(rowOf(pane, c), UserListModel::Roles).data().toString() ==
                QStringLiteral("Standard user, Read-only"),
            15000);

        // Removing from everybody selected: the one who never had it is told apart.
        pane.runRoleAction(UserBatchAction::Kind::RemoveRole, role(QStringLiteral("viewer")));
        QVERIFY(finished.wait(20000));
        QVERIFY2(pane.lastReport().contains(QStringLiteral("3 of 3 succeeded")),
                 qPrintable(pane.lastReport()));
        QVERIFY(pane.lastReport().contains(QStringLiteral("did not have it")));
        QCOMPARE(heldRoles(a), QStringList{role(QStringLiteral("user"))});
        QCOMPARE(heldRoles(c), QStringList{role(QStringLiteral("user"))});
    }

    // The chips: a role added and one removed, unsaved at once; another person adds a role
    // meanwhile; Save keeps their change and applies ours on top; removing again round-trips.
    void chipsRoundTripKeepsAnotherPersonsChange()
    {
        const QString id = invite(address("chips"), {role(QStringLiteral("user"))});
        QVERIFY(!id.isEmpty());
        UsersPane pane(m_session);
        pane.resize(1280, 800);
        pane.show();
        QVERIFY(loaded(pane));
        QVERIFY(search(pane, address("chips")));
        QCOMPARE(pane.model()->rowCount(), 1);
        pane.table()->selectRow(0);
        UserDetailPanel *details = pane.details();
        UserRolesSection *section = details->roles();
        ChipPicker *chips = section->chips();
        QTRY_VERIFY_WITH_TIMEOUT(section->editor()->isLoaded() &&
                                     section->organizationRoles()->catalog().isLoaded(),
                                 15000);
        // The role's name on its chip, not its id.
        QTRY_VERIFY(chips->chipLabel(role(QStringLiteral("user"))));
        QCOMPARE(chips->chipLabel(role(QStringLiteral("user")))->text(),
                 QStringLiteral("Standard user"));
        QVERIFY(!details->saveButton()->isEnabled());

        // Add Sales from the picker: unsaved at once.
        QComboBox *box = chips->picker();
        const int sales = box->findText(QStringLiteral("Sales"));
        QVERIFY(sales >= 0);
        emit box->activated(sales);
        QTRY_VERIFY(section->editor()->isAdded(role(QStringLiteral("sales_manager"))));
        QVERIFY(pane.hasUnsavedChanges());
        QVERIFY(details->saveButton()->isEnabled());
        QCOMPARE(chips->chipLabel(role(QStringLiteral("sales_manager")))->text(),
                 QStringLiteral("+ Sales"));
        // Remove Standard user with its chip: marked, not gone, until saved.
        QTest::mouseClick(chips->chipButton(role(QStringLiteral("user"))), Qt::LeftButton);
        QTRY_VERIFY(section->editor()->isRemoved(role(QStringLiteral("user"))));
        QVERIFY(chips->chipLabel(role(QStringLiteral("user")))->font().strikeOut());
        QCOMPARE(heldRoles(id), QStringList{role(QStringLiteral("user"))}); // nothing sent yet
        shoot(&pane, QStringLiteral("user-roles-chips"));

        // Another person gives the user Customer service meanwhile.
        bool done = false;
        m_session->permissions()->addAssignment(id, role(QStringLiteral("customer_service")), this,
                                                [&](const auto &) { done = true; });
        QTRY_VERIFY(done);

        QSignalSpy saved(details, &UserDetailPanel::saveFinished);
        QTest::mouseClick(details->saveButton(), Qt::LeftButton);
        QVERIFY(saved.wait(15000));
        QCOMPARE(saved.first().first().toBool(), true);
        QVERIFY2(section->message()->text().contains(QStringLiteral("Customer service")),
                 qPrintable(section->message()->text()));
        QStringList expected{role(QStringLiteral("customer_service")),
                             role(QStringLiteral("sales_manager"))};
        expected.sort();
        QCOMPARE(heldRoles(id), expected); // theirs kept, ours applied on top
        QVERIFY(!pane.hasUnsavedChanges());
        QTRY_VERIFY(chips->chipLabel(role(QStringLiteral("customer_service"))));
        QVERIFY(!chips->chipLabel(role(QStringLiteral("user"))));
        // The list's Roles column follows.
        QTRY_VERIFY(pane.memberships()->roles(id).contains(role(QStringLiteral("sales_manager"))));

        // Round trip: Sales removed again and saved.
        QTest::mouseClick(chips->chipButton(role(QStringLiteral("sales_manager"))), Qt::LeftButton);
        QTRY_VERIFY(pane.hasUnsavedChanges());
        QTest::mouseClick(details->saveButton(), Qt::LeftButton);
        QVERIFY(saved.wait(15000));
        QCOMPARE(saved.last().first().toBool(), true);
        QCOMPARE(heldRoles(id), QStringList{role(QStringLiteral("customer_service"))});
    }

    // A CSV whose roles column names an unknown role: that row is pointed at (its line) and not
    // sent; the other row goes out with the roles resolved by name and slug.
    void csvUnknownRoleIsRefusedAtItsRow()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("people.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("name,email,roles\n"
                                  "Carla,%1,Sales;viewer\n"
                                  "Dora,%2,Sales;Chief Wizard\n")
                       .arg(address("csv.carla"), address("csv.dora"))
                       .toUtf8());
        file.close();
        InviteDialog dialog(m_session);
        dialog.resize(760, 640);
        dialog.show();
        QVERIFY(QTest::qWaitFor([&] { return dialog.roleBox()->count() > 0; }, 15000));
        dialog.importCsv(path);
        InvitationBatch *batch = dialog.batch();
        QTRY_COMPARE(batch->rowCount(), 2);
        QTRY_COMPARE(batch->entries().value(1).outcome, InvitationBatch::Outcome::UnknownRole);
        // Shown before sending: resolved names, and the unknown one at its row and line.
        QCOMPARE(batch->index(0, InvitationBatch::Roles).data().toString(),
                 QStringLiteral("Sales, Read-only"));
        QVERIFY(batch->index(1, InvitationBatch::Roles)
                    .data()
                    .toString()
                    .contains(QStringLiteral("Chief Wizard")));
        QVERIFY2(batch->entries().value(1).detail.contains(QStringLiteral("Line 3")),
                 qPrintable(batch->entries().value(1).detail));
        shoot(&dialog, QStringLiteral("invite-csv-roles"));
        const QString note = FieldMessage::textOf(dialog.addressEdit());
        QVERIFY2(note.contains(address("csv.dora")) &&
                     note.contains(QStringLiteral("Chief Wizard")),
                 qPrintable(note));

        QSignalSpy finished(batch, &InvitationBatch::finished);
        QTest::mouseClick(dialog.sendButton(), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QCOMPARE(batch->entries().value(0).outcome, InvitationBatch::Outcome::Invited);
        QCOMPARE(batch->entries().value(1).outcome, InvitationBatch::Outcome::UnknownRole);
        QVERIFY(batch->entries().value(1).userId.isEmpty());
        const QString carla = batch->entries().value(0).userId;
        m_created << carla;
        QStringList expected{role(QStringLiteral("sales_manager")), role(QStringLiteral("viewer"))};
        expected.sort();
        QCOMPARE(heldRoles(carla), expected);
        // Nobody was invited for the refused row.
        bool done = false;
        int found = -1;
        m_session->users()->listUsers({}, address("csv.dora"), 10, 0, this,
                                      [&](const ApiResult<QJsonArray> &result) {
                                          found = result.ok() ? int(result.value().size()) : -1;
                                          done = true;
                                      });
        QTRY_VERIFY(done);
        QCOMPARE(found, 0);
    }
};

QTEST_MAIN(TestUserRoles)
#include "tst_user_roles.moc"
