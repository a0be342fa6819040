// The Roles page through the real pane against the emulator (or a tenant named by EPILOT_*):
// roles by kind with holders and expiry, search, create, duplicate and delete naming holders.
#include "domain/permissions/PermissionRole.h"
#include "domain/permissions/RoleAssignment.h"
#include "services/session/Session.h"
#include "tests/support/E2eEnvironment.h"
#include "ui/account/MyAccountPane.h"
#include "ui/account/MyRolesPage.h"
#include "ui/common/Confirmation.h"
#include "ui/common/MessageWidget.h"
#include "ui/roles/RoleDialog.h"
#include "ui/roles/RolesPane.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

namespace {

QTreeWidgetItem *rowOf(QTreeWidget *tree, const QString &roleId)
{
    QTreeWidgetItemIterator it(tree);
    for (; *it; ++it) {
        if ((*it)->data(0, Qt::UserRole).toString() == roleId)
            return *it;
    }
    return nullptr;
}

// Fills the dialog that the next action opens and presses Create.
void answerDialog(const QString &name, const QString &slug)
{
    QTimer::singleShot(0, qApp, [name, slug] {
        auto *dialog = qobject_cast<RoleDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->nameField()->setText(name);
        dialog->slugField()->setText(slug);
        QVERIFY(dialog->tryAccept());
    });
}

} // namespace

class TestRolesPane : public QObject
{
    Q_OBJECT

    E2eEnvironment m_environment;
    QNetworkAccessManager m_network;
    Session *m_session = nullptr;
    QString m_slugBase = QStringLiteral("pane%1_").arg(QDateTime::currentSecsSinceEpoch() % 100000);

    QString roleId(const QString &slug) const
    {
        return m_session->organizationId() + QLatin1Char(':') + slug;
    }

    // The server's view of one role (nullopt when it does not exist).
    std::optional<PermissionRole> serverRole(const QString &id)
    {
        std::optional<PermissionRole> role;
        bool done = false;
        m_session->permissions()->getRole(id, this, [&](const ApiResult<QJsonObject> &result) {
            if (result.ok())
                role = PermissionRole::fromJson(result.value());
            done = true;
        });
        return QTest::qWaitFor([&] { return done; }, 20000) ? role : std::nullopt;
    }

    bool loadedPane(RolesPane &pane)
    {
        pane.show();
        return QTest::qWaitFor(
            [&] { return !pane.isLoading() && pane.tree()->topLevelItemCount() > 0; }, 20000);
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
        Confirmation::setAutomaticAnswer(true);
    }

    void rolesByKindWithHoldersAndExpiry()
    {
        RolesPane pane(m_session);
        QVERIFY(loadedPane(pane));
        QVERIFY(pane.tree()->topLevelItemCount() >= 2);
        if (!m_environment.isEmulator())
            return;                                    // the rest needs the demo seed
        QCOMPARE(pane.tree()->topLevelItemCount(), 5); // root, user, share, partner, portal
        QTRY_VERIFY(rowOf(pane.tree(), roleId(QStringLiteral("sales_manager"))) &&
                    rowOf(pane.tree(), roleId(QStringLiteral("sales_manager")))->text(1).toInt() >
                        0);
        QTreeWidgetItem *expired = rowOf(pane.tree(), roleId(QStringLiteral("audit_2025")));
        QVERIFY(expired);
        QVERIFY(expired->text(2).contains(QStringLiteral("expired")));
        QVERIFY(expired->font(0).strikeOut());
        QTreeWidgetItem *limited =
            rowOf(pane.tree(), roleId(QStringLiteral("smart_meter_rollout")));
        QVERIFY(!limited->text(2).isEmpty() &&
                !limited->text(2).contains(QStringLiteral("expired")));
        QVERIFY(!limited->font(0).strikeOut());
        QTreeWidgetItem *partner = rowOf(pane.tree(), roleId(QStringLiteral("partner_739301")));
        QVERIFY(partner && partner->text(3).contains(QStringLiteral("739301")));
        // The holders' names of the selected role.
        pane.selectRole(roleId(QStringLiteral("sales_manager")));
        QTRY_VERIFY(pane.holdersLabel()->text().startsWith(QStringLiteral("Held by")));
    }

    void searchShowsTheServersHits()
    {
        RolesPane pane(m_session);
        QVERIFY(loadedPane(pane));
        QTest::keyClicks(pane.searchBox(), QStringLiteral("Administrator"));
        QTRY_VERIFY(!pane.isLoading() && rowOf(pane.tree(), roleId(QStringLiteral("admin"))) &&
                    !rowOf(pane.tree(), roleId(QStringLiteral("owner"))));
    }

    void createDuplicateAndDeleteNamingHolders()
    {
        RolesPane pane(m_session);
        QVERIFY(loadedPane(pane));
        const QString slug = m_slugBase + QStringLiteral("team");
        answerDialog(QStringLiteral("Pane team"), slug);
        pane.createNew();
        QTRY_VERIFY_WITH_TIMEOUT(pane.status()->level() == MessageWidget::Level::Positive, 20000);
        QVERIFY(rowOf(pane.tree(), roleId(slug)));
        QVERIFY(serverRole(roleId(slug)));

        // Duplicate a role with grants: the copy has the same grants.
        const auto source = serverRole(roleId(QStringLiteral("viewer")));
        if (source) {
            pane.selectRole(source->id());
            const QString copySlug = m_slugBase + QStringLiteral("copy");
            answerDialog(QStringLiteral("Pane copy"), copySlug);
            pane.duplicateSelected();
            QTRY_VERIFY_WITH_TIMEOUT(rowOf(pane.tree(), roleId(copySlug)), 20000);
            const auto copy = serverRole(roleId(copySlug));
            QVERIFY(copy);
            QCOMPARE(Grant::listToJson(copy->grants()), Grant::listToJson(source->grants()));
            QCOMPARE(copy->name(), QStringLiteral("Pane copy"));
            pane.selectRole(roleId(copySlug));
            pane.deleteSelection();
            QTRY_VERIFY_WITH_TIMEOUT(!serverRole(roleId(copySlug)), 20000);
        }

        // Someone holds the new role; the confirmation names them, the delete takes it away.
        bool done = false;
        const QString me = m_session->userId();
        m_session->permissions()->addAssignment(me, roleId(slug), this,
                                                [&](const auto &) { done = true; });
        QTRY_VERIFY(done);
        pane.reload();
        QTRY_VERIFY(!pane.isLoading());
        pane.selectRole(roleId(slug));
        const QString question = pane.deleteQuestion(*serverRole(roleId(slug)));
        const QString myName = m_session->me().value(QStringLiteral("display_name")).toString();
        QVERIFY2(question.contains(myName) && question.contains(QStringLiteral("1 people")),
                 qPrintable(question));
        const int asked = Confirmation::askedCount();
        pane.deleteSelection();
        QCOMPARE(Confirmation::askedCount(), asked + 1);
        QTRY_VERIFY_WITH_TIMEOUT(!serverRole(roleId(slug)), 20000);
        QTRY_VERIFY(!pane.isLoading() && !rowOf(pane.tree(), roleId(slug)));
        done = false;
        QStringList held;
        m_session->permissions()->getAssignedRolesForUser(
            me, this, [&](const ApiResult<QJsonArray> &result) {
                held = RoleAssignment::roleIdsFromJson(result.value()).value_or(QStringList());
                done = true;
            });
        QTRY_VERIFY(done);
        QVERIFY(!held.contains(roleId(slug)));
    }

    void myAccountShowsMyRolesAndRefreshes()
    {
        MyAccountPane pane(m_session);
        pane.show();
        MyRolesPage *page = pane.myRolesPage();
        QTRY_VERIFY_WITH_TIMEOUT(page->list()->model()->rowCount() > 0, 20000);
        const auto listed = [page] {
            QStringList ids;
            for (int row = 0; row < page->list()->model()->rowCount(); ++row)
                ids.append(page->list()->model()->index(row, 0).data(Qt::UserRole).toString());
            return ids;
        };
        QVERIFY(listed().contains(roleId(QStringLiteral("root"))) || !m_environment.isEmulator());
        // A role given meanwhile shows after Refresh; an expired one never does.
        const QString slug = m_slugBase + QStringLiteral("mine");
        bool done = false;
        m_session->permissions()->createRole(
            PermissionRole::create(QStringLiteral("Mine"), slug, RoleKind::User).createPayload(),
            this, [&](const auto &) { done = true; });
        QTRY_VERIFY(done);
        done = false;
        m_session->permissions()->addAssignment(m_session->userId(), roleId(slug), this,
                                                [&](const auto &) { done = true; });
        QTRY_VERIFY(done);
        if (m_environment.isEmulator()) {
            done = false;
            m_session->permissions()->addAssignment(m_session->userId(),
                                                    roleId(QStringLiteral("audit_2025")), this,
                                                    [&](const auto &) { done = true; });
            QTRY_VERIFY(done);
        }
        QVERIFY(!listed().contains(roleId(slug)));
        QTest::mouseClick(page->refreshButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(listed().contains(roleId(slug)), 20000);
        QVERIFY(!listed().contains(roleId(QStringLiteral("audit_2025"))));
        QCOMPARE(page->status()->level(), MessageWidget::Level::Positive);
        done = false;
        m_session->permissions()->deleteRole(roleId(slug), this,
                                             [&](const auto &) { done = true; });
        QTRY_VERIFY(done);
        if (m_environment.isEmulator()) {
            done = false;
            m_session->permissions()->removeAssignment(m_session->userId(),
                                                       roleId(QStringLiteral("audit_2025")), this,
                                                       [&](const auto &) { done = true; });
            QTRY_VERIFY(done);
        }
    }

    void badInputInTheDialogSendsNothing()
    {
        RoleDialog dialog(PermissionRole::create({}, {}, RoleKind::User), {});
        QVERIFY(!dialog.tryAccept());
        dialog.nameField()->setText(QStringLiteral("Has a name"));
        dialog.slugField()->setText(QStringLiteral("Bad Slug"));
        QVERIFY(!dialog.tryAccept());
        dialog.slugField()->setText(QStringLiteral("good_slug"));
        QVERIFY(dialog.tryAccept());
        QCOMPARE(dialog.role().slug(), QStringLiteral("good_slug"));
        QCOMPARE(dialog.role().kind(), RoleKind::User);
    }
};

QTEST_MAIN(TestRolesPane)
#include "tst_roles_pane.moc"
