// The Users page as a new administrator works with it (issue 20), through the real pane and
// dialogs against the emulator: the details follow the list, the marks and the focus after a
// save, Save/Revert only with unsaved changes, the columns, the invite dialog's roles and the
// pending invitations. With EPILOT_SCREENSHOT_DIR set, the page and dialogs are grabbed in
// English and German.
#include "models/InvitationBatch.h"
#include "models/UserMemberships.h"
#include "services/session/Session.h"
#include "tests/support/E2eEnvironment.h"
#include "ui/common/ChipPicker.h"
#include "ui/common/Confirmation.h"
#include "ui/common/FieldMessage.h"
#include "ui/common/MessageWidget.h"
#include "ui/organization/OrganizationDetailsPage.h"
#include "ui/organization/OrganizationPane.h"
#include "ui/partners/PartnerRolesPage.h"
#include "ui/partners/PartnerUsersRolesPane.h"
#include "ui/partners/grants/RoleEditor.h"
#include "ui/partners/grants/RoleReviewDialog.h"
#include "ui/shell/InterfaceLanguage.h"
#include "ui/users/InviteDialog.h"
#include "ui/users/PendingInvitationsDialog.h"
#include "ui/users/UserDetailPanel.h"
#include "ui/users/UserTableColumns.h"
#include "ui/users/UsersPane.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QVBoxLayout>

class TestUsersPage : public QObject
{
    Q_OBJECT

    E2eEnvironment m_environment;
    QNetworkAccessManager m_network;
    Session *m_session = nullptr;
    QStringList m_createdUsers;

    static QString unique(const QString &stem)
    {
        return stem + QString::number(QRandomGenerator::global()->bounded(1000000, 9999999)) +
               QStringLiteral("@example.com");
    }

    static bool loaded(UsersPane &pane)
    {
        return QTest::qWaitFor(
            [&] { return pane.model()->rowCount() > 0 && !pane.model()->isLoading(); }, 15000);
    }

    // Types into the search box like a person and waits for the answer.
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

    // Selects the row of a user with a display name and waits for the details form.
    static bool openFirstNamedUser(UsersPane &pane)
    {
        for (int row = 0; row < pane.model()->rowCount(); ++row) {
            if (pane.model()->row(row).status != User::Status::Active)
                continue;
            pane.table()->selectRow(row);
            return QTest::qWaitFor(
                [&] {
                    return pane.details()->editor()->isLoaded() &&
                           pane.details()->field(UserEditor::Email)->isVisible();
                },
                15000);
        }
        return false;
    }

    static void type(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }

    static QPushButton *buttonNamed(QWidget *root, const QString &text)
    {
        for (QPushButton *button : root->findChildren<QPushButton *>()) {
            if (button->text() == text)
                return button;
        }
        return nullptr;
    }

    void shoot(QWidget *widget, const QString &name)
    {
        const QString folder = qEnvironmentVariable("EPILOT_SCREENSHOT_DIR");
        if (!folder.isEmpty())
            QVERIFY(widget->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png")));
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
        RoleReviewDialog::setAutomaticAnswer(true);
    }

    void cleanupTestCase()
    {
        for (const QString &id : std::as_const(m_createdUsers)) {
            bool done = false;
            m_session->users()->deleteUserV2(id, this, [&](const auto &) { done = true; });
            (void)QTest::qWaitFor([&] { return done; }, 5000);
        }
        Confirmation::setAutomaticAnswer(std::nullopt);
        RoleReviewDialog::setAutomaticAnswer(std::nullopt);
        QSettings().clear();
    }

    // Point 1: a new search that leaves the shown user out empties the details.
    void detailsFollowTheList()
    {
        UsersPane pane(m_session);
        pane.resize(1280, 800);
        pane.show();
        QVERIFY(loaded(pane));
        QVERIFY(openFirstNamedUser(pane));
        const QString shown = pane.details()->userId();
        QVERIFY(!shown.isEmpty());
        QVERIFY(search(pane, QStringLiteral("nobody-matches-this-search")));
        QCOMPARE(pane.model()->indexOfUser(shown), -1);
        QVERIFY(pane.details()->userId().isEmpty());
        QVERIFY(!pane.details()->field(UserEditor::Email)->isVisible());

        // A search that keeps the person keeps the details (and selects the row again).
        QVERIFY(search(pane, QString()));
        QVERIFY(openFirstNamedUser(pane));
        const QString kept = pane.details()->userId();
        const QString email = pane.details()->editor()->original().email();
        QVERIFY(search(pane, email));
        QCOMPARE(pane.details()->userId(), kept);
    }

    // Point 2: the refusal goes with the last marked field; messages never move Save.
    void markedFieldsMessageGoesWhenCorrected()
    {
        UsersPane pane(m_session);
        pane.resize(1280, 800);
        pane.show();
        QVERIFY(loaded(pane));
        QVERIFY(openFirstNamedUser(pane));
        UserDetailPanel *details = pane.details();
        QLineEdit *email = details->field(UserEditor::Email);
        QLineEdit *startPage = details->field(UserEditor::CustomStartPage);
        // The checked fields have room for a message before there is one.
        QVERIFY(FieldMessage::of(email) && FieldMessage::of(email)->height() > 0);
        QVERIFY(FieldMessage::of(startPage) && FieldMessage::of(startPage)->height() > 0);
        type(email, QStringLiteral("not an address"));
        type(startPage, QStringLiteral("dashboard"));
        QTest::mouseClick(details->saveButton(), Qt::LeftButton);
        QCOMPARE(details->messageLabel()->text(),
                 QStringLiteral("Not saved: correct the marked fields."));
        QVERIFY(!FieldMessage::textOf(email).isEmpty());
        QVERIFY(!FieldMessage::textOf(startPage).isEmpty());
        QTest::qWait(50);
        const int saveY = details->saveButton()->mapTo(details, QPoint()).y();

        // One fixed, one still wrong: the refusal stays with the field still marked.
        type(email, QStringLiteral("fixed@example.com"));
        QVERIFY(FieldMessage::textOf(email).isEmpty());
        QVERIFY(!FieldMessage::textOf(startPage).isEmpty());
        QVERIFY(details->messageLabel()->isError());
        QTest::qWait(50);
        QCOMPARE(details->saveButton()->mapTo(details, QPoint()).y(), saveY);
        // The last one fixed: nothing is marked and the refusal is gone.
        type(startPage, QStringLiteral("/app/dashboard"));
        QVERIFY(FieldMessage::textOf(startPage).isEmpty());
        QVERIFY(details->messageLabel()->text().isEmpty());
        QTest::qWait(50);
        QCOMPARE(details->saveButton()->mapTo(details, QPoint()).y(), saveY);
        details->revert();
    }

    // Point 3: after Save the keyboard stays in the field the person was editing.
    void focusStaysWhereThePersonWorks()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *pane = new UsersPane(m_session, &window);
        layout->addWidget(pane, 1);
        auto *filter = new QLineEdit(&window); // the next in the focus chain (Activity filter)
        filter->setObjectName(QStringLiteral("activityFilter"));
        layout->addWidget(filter);
        window.resize(1280, 820);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(loaded(*pane));
        QVERIFY(openFirstNamedUser(*pane));
        UserDetailPanel *details = pane->details();
        QLineEdit *department = details->field(UserEditor::Department);
        const QString before = department->text();
        type(department, QStringLiteral("Focus test %1").arg(QDateTime::currentMSecsSinceEpoch()));
        QCOMPARE(QApplication::focusWidget(), department);
        QSignalSpy saved(details->editor(), &UserEditor::saved);
        details->saveButton()->setFocus(Qt::MouseFocusReason); // as the click gives it
        QTest::mouseClick(details->saveButton(), Qt::LeftButton);
        QVERIFY(saved.wait(15000));
        QTest::qWait(20);
        QCOMPARE(QApplication::focusWidget(), department);

        // Saved with Ctrl+S style from the field: the field keeps the keyboard too.
        type(department, before);
        QSignalSpy finished(pane, &Pane::saveFinished);
        pane->save();
        QVERIFY(finished.wait(15000));
        QCOMPARE(QApplication::focusWidget(), department);
    }

    // Point 4: Save/Revert (users) and "Review and save…"/Revert (roles) only with changes.
    void saveAndRevertOnlyWithChanges()
    {
        UsersPane pane(m_session);
        pane.resize(1280, 800);
        pane.show();
        QVERIFY(loaded(pane));
        QVERIFY(openFirstNamedUser(pane));
        UserDetailPanel *details = pane.details();
        QVERIFY(!details->saveButton()->isEnabled());
        QVERIFY(!details->revertButton()->isEnabled());
        type(details->field(UserEditor::Department), QStringLiteral("x"));
        QVERIFY(details->saveButton()->isEnabled());
        QVERIFY(details->revertButton()->isEnabled());
        QTest::mouseClick(details->revertButton(), Qt::LeftButton);
        QVERIFY(!details->saveButton()->isEnabled());
        QVERIFY(!details->revertButton()->isEnabled());

        PartnerUsersRolesPane roles(m_session);
        roles.resize(1280, 800);
        roles.show();
        QSignalSpy rolesLoaded(&roles, &PartnerUsersRolesPane::loaded);
        roles.reload();
        QVERIFY(rolesLoaded.wait(15000));
        RoleEditor *editor = roles.roleEditor();
        QVERIFY(QTest::qWaitFor([&] { return editor->hasRole(); }, 15000));
        QPushButton *review = buttonNamed(roles.rolesPage(), QStringLiteral("Review and save…"));
        QPushButton *revert = buttonNamed(roles.rolesPage(), QStringLiteral("Revert"));
        QVERIFY(review && revert);
        QVERIFY(!roles.hasUnsavedChanges());
        QVERIFY(!review->isEnabled());
        QVERIFY(!revert->isEnabled());
        editor->nameEdit()->setFocus();
        QTest::keyClicks(editor->nameEdit(), QStringLiteral(" edited"));
        QVERIFY(roles.hasUnsavedChanges());
        QVERIFY(review->isEnabled());
        QVERIFY(revert->isEnabled());
        QTest::mouseClick(revert, Qt::LeftButton);
        QVERIFY(!roles.hasUnsavedChanges());
        QVERIFY(!review->isEnabled());
        QVERIFY(!revert->isEnabled());

        // The organization's details (already so; kept so).
        OrganizationPane organization(m_session);
        organization.resize(1280, 800);
        organization.show();
        QSignalSpy organizationLoaded(&organization, &OrganizationPane::loaded);
        organization.reload();
        QVERIFY(organizationLoaded.wait(15000));
        QPushButton *saveDetails = buttonNamed(organization.detailsPage(), "Save changes");
        QPushButton *revertDetails = buttonNamed(organization.detailsPage(), "Revert");
        QVERIFY(saveDetails && revertDetails);
        QVERIFY(!saveDetails->isEnabled());
        QVERIFY(!revertDetails->isEnabled());
        type(organization.field(QStringLiteral("phone")), QStringLiteral("+49 30 1234"));
        QVERIFY(saveDetails->isEnabled());
        QVERIFY(revertDetails->isEnabled());
        QTest::mouseClick(revertDetails, Qt::LeftButton);
        QVERIFY(!saveDetails->isEnabled());
        QVERIFY(!revertDetails->isEnabled());
    }

    // Point 5: the list has the room, roles and groups are columns, the person's column
    // choice and order are remembered, and the organization picker shows whole names.
    void columnsAndRoom()
    {
        QSettings().remove(QStringLiteral("users"));
        const QString token = m_environment.token();
        {
            UsersPane pane(m_session);
            pane.resize(1280, 800);
            pane.show();
            QVERIFY(loaded(pane));
            QVERIFY(QTest::qWaitFor([&] { return pane.memberships()->hasRoles(); }, 15000));
            QVERIFY(QTest::qWaitFor([&] { return pane.memberships()->hasGroups(); }, 15000));
            QHeaderView *header = pane.table()->horizontalHeader();
            QVERIFY(!header->isSectionHidden(UserListModel::Roles));
            QVERIFY(!header->isSectionHidden(UserListModel::Groups));
            bool anyRole = false;
            bool anyGroup = false;
            for (int row = 0; row < pane.model()->rowCount(); ++row) {
                const QString roles =
                    pane.model()->index(row, UserListModel::Roles).data().toString();
                anyRole |= !roles.isEmpty() && !roles.contains(QLatin1Char(':'));
                anyGroup |=
                    !pane.model()->index(row, UserListModel::Groups).data().toString().isEmpty();
            }
            QVERIFY(anyRole);
            QVERIFY(anyGroup);
            // The list gets the room and does not scroll sideways.
            const QList<int> sizes = pane.findChild<QSplitter *>()->sizes();
            QVERIFY2(sizes.at(0) > 2 * sizes.at(1), qPrintable(QString::number(sizes.at(0))));
            QCOMPARE(pane.table()->horizontalScrollBar()->maximum(), 0);

            // Choose columns from the header's menu and move one.
            std::unique_ptr<QMenu> menu(pane.columns()->createMenu(&pane));
            QAction *department = nullptr;
            QAction *email = nullptr;
            for (QAction *action : menu->actions()) {
                if (action->text() == QStringLiteral("Department"))
                    department = action;
                if (action->text() == QStringLiteral("E-mail"))
                    email = action;
            }
            QVERIFY(department && email);
            QVERIFY(department->isCheckable() && !department->isChecked());
            department->trigger();
            email->trigger();
            QVERIFY(!header->isSectionHidden(UserListModel::Department));
            QVERIFY(header->isSectionHidden(UserListModel::Email));
            header->moveSection(header->visualIndex(UserListModel::Groups), 1);
            QCOMPARE(header->visualIndex(UserListModel::Groups), 1);

            // The picker shows its current name whole.
            QComboBox *picker = pane.organizationFilter();
            if (QTest::qWaitFor([&] { return picker->isVisible(); }, 5000)) {
                QVERIFY(QTest::qWaitFor(
                    [&] { return picker->currentText() != picker->currentData().toString(); },
                    10000));
                QTest::qWait(20);
                const int needed = picker->fontMetrics().horizontalAdvance(picker->currentText());
                QVERIFY2(picker->width() > needed,
                         qPrintable(QStringLiteral("%1 px for \"%2\" (%3 px)")
                                        .arg(picker->width())
                                        .arg(picker->currentText())
                                        .arg(needed)));
            }
        }
        UsersPane again(m_session);
        QHeaderView *header = again.table()->horizontalHeader();
        QVERIFY(!header->isSectionHidden(UserListModel::Department));
        QVERIFY(header->isSectionHidden(UserListModel::Email));
        QCOMPARE(header->visualIndex(UserListModel::Groups), 1);
        QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY(!settings.value(key).toByteArray().contains(token.toUtf8()));
        again.columns()->resetToDefaults();
        QVERIFY(!header->isSectionHidden(UserListModel::Email));
    }

    // Point 6: picking adds, chips remove, a role typed by name or slug is found (issue 19).
    void inviteDialogRoles()
    {
        InviteDialog dialog(m_session);
        dialog.resize(720, 620);
        dialog.show();
        QComboBox *box = dialog.roleBox();
        QVERIFY(QTest::qWaitFor([&] { return box->count() > 0; }, 15000));
        // Picked from the list (by name): added at once.
        const QString picked = box->itemData(0).toString();
        QVERIFY(!box->itemText(0).contains(QLatin1Char(':'))); // a name, not an id
        box->setCurrentIndex(0);
        emit box->activated(0);
        QTRY_COMPARE(dialog.roles(), QStringList{picked});
        QVERIFY(box->currentText().isEmpty());
        // Removed with its chip's button.
        QToolButton *remove = dialog.rolePicker()->chipButton(picked);
        QVERIFY(remove);
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(dialog.roles().isEmpty());
        // Typed by its slug: this organization's role.
        box->lineEdit()->setFocus();
        QTest::keyClicks(box->lineEdit(), QStringLiteral("user"));
        QTest::keyClick(box->lineEdit(), Qt::Key_Return);
        const QString own = m_session->organizationId() + QStringLiteral(":user");
        QTRY_COMPARE(dialog.roles(), QStringList{own});
        // No such role: said under the role box, readable.
        QTest::keyClicks(box->lineEdit(), QStringLiteral("two words"));
        QTest::keyClick(box->lineEdit(), Qt::Key_Return);
        QVERIFY(
            FieldMessage::textOf(box).startsWith(QStringLiteral("No role named \"two words\"")));
        FieldMessage *message = FieldMessage::of(box);
        QTest::qWait(20);
        QVERIFY(message->isVisible());
        QVERIFY2(message->width() >= box->width(), qPrintable(QString::number(message->width())));
        QVERIFY(message->mapTo(&dialog, QPoint()).y() > box->mapTo(&dialog, QPoint()).y());

        // The invitation goes out with the role.
        box->setCurrentText(QString());
        const QString address = unique(QStringLiteral("e2e.roles."));
        dialog.addressEdit()->setPlainText(address);
        QSignalSpy finished(dialog.batch(), &InvitationBatch::finished);
        dialog.send();
        QVERIFY(finished.wait(15000));
        const auto entry = dialog.batch()->entries().value(0);
        QCOMPARE(entry.outcome, InvitationBatch::Outcome::Invited);
        m_createdUsers << entry.userId;
    }

    // Point 7: pending invitations show roles and age, each address on one line.
    void pendingInvitationsShowRolesAndAge()
    {
        const qint64 day = 24 * 60 * 60 * 1000;
        QCOMPARE(PendingInvitationsDialog::ageText(0, 3 * day + 5), QStringLiteral("3 days"));
        QCOMPARE(PendingInvitationsDialog::ageText(0, day), QStringLiteral("1 day"));
        QCOMPARE(PendingInvitationsDialog::ageText(0, 5), QStringLiteral("less than a day"));
        QCOMPARE(PendingInvitationsDialog::ageText(0, 90 * day), QStringLiteral("3 months"));
        QCOMPARE(PendingInvitationsDialog::ageText(0, 1000 * day), QStringLiteral("2 years"));

        const QString address = unique(QStringLiteral("e2e.pending.with.a.long.address."));
        bool done = false;
        m_session->users()->inviteUser(
            address, QStringLiteral("en"), {m_session->organizationId() + QStringLiteral(":user")},
            this, [&](const ApiResult<QJsonObject> &result) {
                if (result.ok())
                    m_createdUsers << result.value().value("id").toString();
                done = true;
            });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 15000));
        PendingInvitationsDialog dialog(m_session);
        dialog.resize(860, 480);
        dialog.show();
        int row = -1;
        QVERIFY(QTest::qWaitFor(
            [&] {
                row = dialog.model()->indexOfUser(m_createdUsers.value(m_createdUsers.size() - 1));
                return row >= 0 && !dialog.table()
                                        ->model()
                                        ->index(row, UserListModel::Roles)
                                        .data()
                                        .toString()
                                        .isEmpty();
            },
            15000));
        QAbstractItemModel *shown = dialog.table()->model();
        QCOMPARE(shown->index(row, UserListModel::Roles).data().toString(), QStringLiteral("user"));
        QCOMPARE(shown->index(row, UserListModel::Created).data().toString(),
                 QStringLiteral("less than a day"));
        QVERIFY(!dialog.table()->isColumnHidden(UserListModel::Roles));
        QVERIFY(!dialog.table()->wordWrap());
        QTest::qWait(20);
        const int needed = dialog.table()->fontMetrics().horizontalAdvance(address);
        QVERIFY2(dialog.table()->columnWidth(UserListModel::Email) > needed,
                 qPrintable(QString::number(dialog.table()->columnWidth(UserListModel::Email))));
        QCOMPARE(dialog.table()->horizontalScrollBar()->maximum(), 0);
    }

    // The page and the dialogs, in English and German, for people to look at.
    void screenshots()
    {
        if (qEnvironmentVariableIsEmpty("EPILOT_SCREENSHOT_DIR"))
            QSKIP("EPILOT_SCREENSHOT_DIR is not set");
        QSettings().remove(QStringLiteral("users"));
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("de")}) {
            QTranslator translator;
            if (language != QLatin1String("en")) {
                QVERIFY(InterfaceLanguage::load(&translator, language));
                QCoreApplication::installTranslator(&translator);
            }
            {
                UsersPane pane(m_session);
                pane.resize(1280, 800);
                pane.show();
                QVERIFY(loaded(pane));
                QVERIFY(QTest::qWaitFor([&] { return pane.memberships()->hasGroups(); }, 15000));
                QVERIFY(openFirstNamedUser(pane));
                QTest::qWait(300);
                shoot(&pane, QStringLiteral("users-page-") + language);
                InviteDialog invite(m_session);
                invite.resize(720, 620);
                invite.show();
                QVERIFY(QTest::qWaitFor([&] { return invite.roleBox()->count() > 0; }, 15000));
                invite.roleBox()->setCurrentIndex(0);
                emit invite.roleBox()->activated(0);
                QTRY_VERIFY(!invite.roles().isEmpty());
                invite.roleBox()->setCurrentText(QStringLiteral("user"));
                invite.addRole();
                invite.roleBox()->setCurrentText(QStringLiteral("two words"));
                invite.addRole();
                invite.addressEdit()->setPlainText(
                    QStringLiteral("anna@example.com\nbert@example.com"));
                QTest::qWait(100);
                shoot(&invite, QStringLiteral("invite-dialog-") + language);
                PendingInvitationsDialog pending(m_session);
                pending.resize(860, 480);
                pending.show();
                QVERIFY(QTest::qWaitFor([&] { return pending.model()->rowCount() > 0; }, 15000));
                QTest::qWait(500);
                shoot(&pending, QStringLiteral("pending-invitations-") + language);
            }
            QCoreApplication::removeTranslator(&translator);
        }
    }
};

QTEST_MAIN(TestUsersPage)
#include "tst_users_page.moc"
