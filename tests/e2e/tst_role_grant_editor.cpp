// Editing an organization role's grants in the grant editor, through the real Roles page against
// the emulator (or a tenant named by EPILOT_*): a role created on the page gets an
// equals_current_user condition and a dependency, a parent and an expiry in the editor; the save
// re-reads with getRole and writes with putRole (the server then holds the dependency expanded);
// another client's change between load and save is detected, never overwritten; the expiry is
// set and cleared; the root role opens read-only. And the page's list: a failed reload keeps
// its rows (stale), loading is not shown as empty.
#include "domain/grants/GrantTree.h"
#include "domain/permissions/PermissionRole.h"
#include "models/ListStateTracker.h"
#include "services/session/Session.h"
#include "tests/support/E2eEnvironment.h"
#include "ui/common/Confirmation.h"
#include "ui/common/ConflictDialog.h"
#include "ui/common/EmptyStateOverlay.h"
#include "ui/common/MessageWidget.h"
#include "ui/partners/grants/RoleEditor.h"
#include "ui/partners/grants/RoleReviewDialog.h"
#include "ui/roles/RoleDialog.h"
#include "ui/roles/RoleEditorWindow.h"
#include "ui/roles/RolesPane.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

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

// Types into a line edit and leaves it with Return, as a person would.
void type(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

// Picks the entry whose data is `data`, as a click in the list would.
void choose(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    box->setCurrentIndex(index);
    emit box->activated(index);
}

QToolButton *toolButton(QWidget *parent, const QString &name)
{
    for (QToolButton *button : parent->findChildren<QToolButton *>()) {
        if (button->accessibleName() == name && button->isVisibleTo(parent))
            return button;
    }
    return nullptr;
}

} // namespace

class TestRoleGrantEditor : public QObject
{
    Q_OBJECT

    E2eEnvironment m_environment;
    QNetworkAccessManager m_network;
    QNetworkAccessManager m_otherNetwork;
    Session *m_session = nullptr;
    Session *m_other = nullptr; // another administrator's client
    QString m_slugBase = QStringLiteral("ged%1_").arg(QDateTime::currentSecsSinceEpoch() % 100000);

    QString roleId(const QString &slug) const
    {
        return m_session->organizationId() + QLatin1Char(':') + slug;
    }

    std::optional<PermissionRole> serverRole(const QString &id)
    {
        std::optional<PermissionRole> role;
        bool done = false;
        m_other->permissions()->getRole(id, this, [&](const ApiResult<QJsonObject> &result) {
            if (result.ok())
                role = PermissionRole::fromJson(result.value());
            done = true;
        });
        return QTest::qWaitFor([&] { return done; }, 20000) ? role : std::nullopt;
    }

    // The other client writes the whole role.
    bool otherPuts(const PermissionRole &role)
    {
        bool done = false;
        bool ok = false;
        m_other->permissions()->putRole(role.id(), role.putPayload(), this,
                                        [&](const ApiResult<QJsonObject> &result) {
                                            ok = result.ok();
                                            done = true;
                                        });
        return QTest::qWaitFor([&] { return done; }, 20000) && ok;
    }

    bool loadedPane(RolesPane &pane)
    {
        pane.resize(1280, 800);
        pane.show();
        return QTest::qWaitFor(
            [&] { return !pane.isLoading() && pane.tree()->topLevelItemCount() > 0; }, 20000);
    }

    RoleEditorWindow *openEditor(RolesPane &pane, const QString &id)
    {
        pane.selectRole(id);
        if (!pane.editButton()->isEnabled())
            return nullptr;
        pane.editButton()->click();
        auto *window = pane.findChild<RoleEditorWindow *>();
        if (!window || !QTest::qWaitFor([window] { return window->isLoaded(); }, 20000))
            return nullptr;
        return window;
    }

    bool saveIn(RoleEditorWindow *window, QString *why)
    {
        QSignalSpy finished(window->editor(), &RoleEditor::saveFinished);
        QSignalSpy failed(window->editor(), &RoleEditor::saveFailed);
        window->saveButton()->click();
        if (!finished.wait(20000))
            return false;
        *why = failed.isEmpty() ? QString() : failed.last().first().toString();
        return finished.first().first().toBool();
    }

    static std::optional<Grant> grantWith(const QList<Grant> &grants, const QString &action)
    {
        for (const Grant &grant : grants) {
            if (grant.action() == action)
                return grant;
        }
        return std::nullopt;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_environment.start(&error), qPrintable(error));
        m_session = new Session(&m_network, this);
        m_other = new Session(&m_otherNetwork, this);
        for (Session *session : {m_session, m_other}) {
            QSignalSpy me(session, &Session::meChanged);
            session->begin(m_environment.endpoints(), m_environment.token());
            QVERIFY(me.wait(20000));
        }
        Confirmation::setAutomaticAnswer(true);
        RoleReviewDialog::setAutomaticAnswer(true);
    }

    void cleanup() { ConflictDialog::setAutomaticAnswer({}); }

    void createEditAndSaveThroughTheRolesPage()
    {
        RolesPane pane(m_session);
        QVERIFY(loadedPane(pane));
        const QString slug = m_slugBase + QStringLiteral("field");
        const QString id = roleId(slug);
        answerDialog(QStringLiteral("Field team"), slug);
        pane.createNew();
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(pane.tree(), id), 20000);

        RoleEditorWindow *window = openEditor(pane, id);
        QVERIFY(window);
        RoleEditor *editor = window->editor();
        QVERIFY(!editor->nameEdit()->isReadOnly());
        QVERIFY(editor->isOrganizationRole());

        // A grant on the role's own opportunities, only where I am the assignee …
        const QString resource =
            QStringLiteral("entity:%1:opportunity:*").arg(m_session->organizationId());
        editor->addGrant();
        type(editor->actionBox()->lineEdit(), QStringLiteral("entity-view"));
        type(editor->resourceEdit(), resource);
        QToolButton *addCondition = toolButton(editor, QStringLiteral("Add condition"));
        QVERIFY(addCondition);
        addCondition->click();
        choose(editor->conditionKindBox(), int(GrantCondition::Kind::EqualsCurrentUser));
        type(editor->conditionAttributeEdit(), QStringLiteral("assignee.*.user_id"));
        const GrantCondition condition =
            GrantTree::at(editor->draft().grants, editor->selectedPath()).conditions().value(0);
        QCOMPARE(condition.operation(), QStringLiteral("equals_current_user"));
        QCOMPARE(condition.attribute(), QStringLiteral("assignee.*.user_id"));
        // … with a dependency (the reading it needs), …
        editor->addDependency();
        QCOMPARE(editor->draft().grants.first().dependencies().size(), 1);
        // … inheriting from the root role, expiring on 1 May 2031, 12:00 local time.
        QString rootId;
        for (int index = 0; index < editor->parentBox()->count(); ++index) {
            if (editor->parentBox()->itemData(index).toString().endsWith(QStringLiteral(":")) ||
                editor->parentBox()->itemData(index).toString().isEmpty())
                continue;
            const auto parent = serverRole(editor->parentBox()->itemData(index).toString());
            if (parent && parent->kind() == RoleKind::Root)
                rootId = parent->id();
        }
        QVERIFY(!rootId.isEmpty());
        choose(editor->parentBox(), rootId);
        editor->expiresCheck()->setChecked(true);
        const QDateTime expiry(QDate(2031, 5, 1), QTime(12, 0));
        editor->expiryEdit()->setDateTime(expiry);
        emit editor->expiryEdit()->editingFinished();
        QCOMPARE(editor->draft().parentRole, rootId);
        QCOMPARE(QDateTime::fromString(editor->draft().expiresAt, Qt::ISODate), expiry.toUTC());
        window->resize(1280, 800);
        window->grab().save(QStringLiteral("/tmp/role-editor-window.png"));

        // Undo and redo walk the same steps.
        QUndoStack *undo = editor->undoStack();
        const RoleDraft edited = editor->draft();
        undo->undo();
        QVERIFY(editor->draft().expiresAt != edited.expiresAt);
        undo->redo();
        QVERIFY(editor->draft() == edited);

        QString why;
        QVERIFY2(saveIn(window, &why), qPrintable(why));
        const auto stored = serverRole(id);
        QVERIFY(stored);
        // Dependencies expanded by the server: two plain grants, no "dependencies" member.
        QCOMPARE(stored->grants().size(), 2);
        for (const Grant &grant : stored->grants())
            QVERIFY(!grant.toJson().contains(QStringLiteral("dependencies")));
        const std::optional<Grant> view =
            grantWith(stored->grants(), QStringLiteral("entity-view"));
        QVERIFY(view && view->resource() == resource);
        QCOMPARE(view->conditions().value(0).toJson(),
                 QJsonObject(
                     {{"operation", "equals_current_user"}, {"attribute", "assignee.*.user_id"}}));
        QVERIFY(grantWith(stored->grants(), QStringLiteral("entity-read")));
        QCOMPARE(stored->parentRole(), rootId);
        QCOMPARE(stored->expiresAt(), expiry.toUTC());
        // The editor shows what the server holds: flat, clean.
        QCOMPARE(editor->draft().grants.size(), 2);
        QVERIFY(editor->draft().grants.first().dependencies().isEmpty());
        QVERIFY(!editor->isModified());
        // The page shows the expiry now.
        QTRY_VERIFY(rowOf(pane.tree(), id) && !rowOf(pane.tree(), id)->text(2).isEmpty());

        // The expiry cleared: the server holds no expires_at any more.
        editor->expiresCheck()->setChecked(false);
        QVERIFY(editor->draft().expiresAt.isEmpty());
        QVERIFY2(saveIn(window, &why), qPrintable(why));
        QVERIFY(!serverRole(id)->toJson().contains(QStringLiteral("expires_at")));
        QCOMPARE(serverRole(id)->grants().size(), 2);
        window->close();
    }

    void anotherClientsChangeIsNotOverwritten()
    {
        RolesPane pane(m_session);
        QVERIFY(loadedPane(pane));
        const QString slug = m_slugBase + QStringLiteral("race");
        const QString id = roleId(slug);
        answerDialog(QStringLiteral("Race"), slug);
        pane.createNew();
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(pane.tree(), id), 20000);
        RoleEditorWindow *window = openEditor(pane, id);
        QVERIFY(window);
        RoleEditor *editor = window->editor();

        // Loaded; now the other administrator adds a grant, and I add another.
        PermissionRole theirs = *serverRole(id);
        theirs.setGrants({Grant(QStringLiteral("entity-delete"), QStringLiteral("entity:*"))});
        QVERIFY(otherPuts(theirs));
        editor->addGrant();
        type(editor->actionBox()->lineEdit(), QStringLiteral("entity-create"));
        type(editor->resourceEdit(), QStringLiteral("entity:*:contact:*"));

        const int asked = ConflictDialog::askedCount();
        ConflictDialog::setAutomaticAnswer(
            [](ConflictDialog &dialog) { dialog.cancelButton()->click(); });
        QString why;
        QVERIFY(!saveIn(window, &why));
        QCOMPARE(ConflictDialog::askedCount(), asked + 1);
        QVERIFY2(why.contains(QStringLiteral("someone else changed")), qPrintable(why));
        const auto kept = serverRole(id);
        QCOMPARE(kept->grants().size(), 1);
        QCOMPARE(kept->grants().first().action(), QStringLiteral("entity-delete"));
        QVERIFY(editor->isModified()); // my edit stays in the editor
        QVERIFY(grantWith(editor->draft().grants, QStringLiteral("entity-create")));

        // Only they renamed it meanwhile, I changed the grants: both kept without a question.
        ConflictDialog::setAutomaticAnswer(
            [](ConflictDialog &dialog) { dialog.overwriteButton()->click(); });
        QVERIFY2(saveIn(window, &why), qPrintable(why)); // the grants: mine, decided
        PermissionRole renamed = *serverRole(id);
        renamed.setName(QStringLiteral("Race (renamed by them)"));
        QVERIFY(otherPuts(renamed));
        editor->addGrant();
        type(editor->actionBox()->lineEdit(), QStringLiteral("entity-edit"));
        type(editor->resourceEdit(), QStringLiteral("entity:*:contact:*"));
        const int before = ConflictDialog::askedCount();
        QVERIFY2(saveIn(window, &why), qPrintable(why));
        QCOMPARE(ConflictDialog::askedCount(), before);
        const auto merged = serverRole(id);
        QCOMPARE(merged->name(), QStringLiteral("Race (renamed by them)"));
        QVERIFY(grantWith(merged->grants(), QStringLiteral("entity-edit")));
        QVERIFY(grantWith(merged->grants(), QStringLiteral("entity-create")));
        QCOMPARE(editor->draft().name, QStringLiteral("Race (renamed by them)"));
        window->close();
    }

    void rootRoleIsViewableNotEditable()
    {
        RolesPane pane(m_session);
        QVERIFY(loadedPane(pane));
        QString rootId;
        QTreeWidgetItemIterator it(pane.tree());
        for (; *it; ++it) {
            const QString id = (*it)->data(0, Qt::UserRole).toString();
            if (!id.isEmpty() && (*it)->parent() == pane.tree()->topLevelItem(0))
                rootId = id;
        }
        const auto before = serverRole(rootId);
        QVERIFY(before && before->kind() == RoleKind::Root);
        pane.selectRole(rootId);
        QVERIFY(pane.editButton()->isEnabled());
        QCOMPARE(pane.editButton()->text(), RolesPane::tr("View grants…"));
        RoleEditorWindow *window = openEditor(pane, rootId);
        QVERIFY(window);
        RoleEditor *editor = window->editor();
        QVERIFY(!editor->draft().grants.isEmpty()); // viewable
        QVERIFY(editor->nameEdit()->isReadOnly());
        QVERIFY(!editor->parentBox()->isEnabled() && !editor->expiresCheck()->isEnabled());
        QVERIFY(!window->saveButton()->isEnabled());
        const RoleDraft shown = editor->draft();
        editor->addGrant();
        editor->setName(QStringLiteral("Not the root any more"));
        QVERIFY(editor->draft() == shown);
        QSignalSpy failed(editor, &RoleEditor::saveFailed);
        editor->save(m_session->permissions());
        QVERIFY(failed.wait(5000));
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("read-only")));
        QCOMPARE(serverRole(rootId)->toJson(), before->toJson());
        window->close();
    }

    void failedReloadKeepsTheRows()
    {
        if (!m_environment.isEmulator())
            QSKIP("needs the emulator's faults");
        RolesPane pane(m_session);
        QVERIFY(loadedPane(pane));
        QCOMPARE(pane.listState()->state(), ListStateModel::State::Loaded);
        const int rows = pane.tree()->topLevelItemCount();
        int status = 0;
        m_environment.emulatorRequest(
            "PUT", QStringLiteral("/emulator/faults"),
            QJsonDocument(
                QJsonObject{{"next", QJsonArray{QJsonObject{{"fault", "internal_error"},
                                                            {"count", 5},
                                                            {"method", "get"},
                                                            {"path", "/v1/permissions/roles"}}}}}),
            &status);
        QCOMPARE(status, 200);
        // The faults end with this test, also when it fails half-way.
        const auto noFaults = qScopeGuard([this] {
            m_environment.emulatorRequest("PUT", QStringLiteral("/emulator/faults"),
                                          QJsonDocument(QJsonObject()));
        });
        pane.reload();
        QCOMPARE(pane.listState()->state(), ListStateModel::State::Loading);
        QVERIFY(pane.listOverlay()->text() != RolesPane::tr("No roles yet."));
        QTRY_VERIFY_WITH_TIMEOUT(!pane.isLoading(), 20000);
        QCOMPARE(pane.listState()->state(), ListStateModel::State::Stale);
        QCOMPARE(pane.tree()->topLevelItemCount(), rows);
        QVERIFY(pane.listOverlay()->showsStale());
        m_environment.emulatorRequest("PUT", QStringLiteral("/emulator/faults"),
                                      QJsonDocument(QJsonObject()), &status);
        pane.reload();
        QTRY_VERIFY_WITH_TIMEOUT(pane.listState()->state() == ListStateModel::State::Loaded, 20000);
        QVERIFY(!pane.listOverlay()->showsStale());
    }

    void partnerAndPortalRolesSayWhatDiffers()
    {
        RolesPane pane(m_session);
        QVERIFY(loadedPane(pane));
        if (!m_environment.isEmulator())
            return; // the seed's roles
        pane.selectRole(roleId(QStringLiteral("partner_739301")));
        QVERIFY(pane.detailsLabel()->text().contains(QStringLiteral("739301")));
        QVERIFY(pane.detailsLabel()->text().contains(QStringLiteral("assign")));
        pane.selectRole(roleId(QStringLiteral("default_end_customer_portal_role")));
        QVERIFY(pane.detailsLabel()->text().contains(QStringLiteral("portal")));
        // Nothing of the details runs past the page's right edge at 1280x800.
        QTreeWidget *tree = pane.tree();
        int width = 0;
        for (int column = 0; column < tree->columnCount(); ++column)
            width += tree->columnWidth(column);
        QVERIFY2(width <= tree->viewport()->width(),
                 qPrintable(QStringLiteral("%1 > %2").arg(width).arg(tree->viewport()->width())));
        pane.grab().save(QStringLiteral("/tmp/roles-pane-1280.png"));
    }
};

QTEST_MAIN(TestRoleGrantEditor)
#include "tst_role_grant_editor.moc"
