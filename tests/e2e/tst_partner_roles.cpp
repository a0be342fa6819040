// Partner users & roles against a real server (own emulator unless EPILOT_* point at a tenant):
// a role built in the grant editor is saved and reloaded unchanged, dependencies come back
// nested with no extra grants, errors block saving, someone else's change is never overwritten,
// and the users × roles matrix reports a partial failure exactly. Everything created is removed.
#include "domain/grants/GrantLayoutMemory.h"
#include "domain/grants/GrantTree.h"
#include "models/RoleMatrixModel.h"
#include "services/session/Session.h"
#include "tests/support/E2eEnvironment.h"
#include "ui/common/Confirmation.h"
#include "ui/common/ConflictDialog.h"
#include "ui/partners/PartnerRolesPage.h"
#include "ui/partners/PartnerUsersRolesPane.h"
#include "ui/partners/grants/RoleEditor.h"
#include "ui/partners/grants/RoleReviewDialog.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

namespace {

void type(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    emit edit->editingFinished();
}

void chooseAction(RoleEditor *editor, const QString &action)
{
    editor->actionBox()->setEditText(action);
    emit editor->actionBox()->activated(0);
}

QJsonArray builtGrants()
{
    return QJsonDocument::fromJson(R"([
      {"action": "entity-read", "resource": "entity:*:opportunity:*", "effect": "allow"},
      {"action": "entity-read", "resource": "entity:*:opportunity:*", "effect": "deny",
       "conditions": [{"attribute": "workflows.primary.task_name", "operation": "equals",
                       "values": ["Contract", "Payment"]}]},
      {"action": "entity-update", "resource": "entity:*:contact:*", "effect": "allow",
       "dependencies": [{"action": "entity-read", "resource": "entity:*:contact:*",
                         "effect": "allow"}]}
    ])")
        .array();
}

} // namespace

class PartnerRolesTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void buildSaveReloadRole();
    void errorsBlockSaving();
    void someoneElsesChangeIsNotOverwritten();
    void editorSaveChecksForConflicts();
    void matrixReportsPartialFailure();
    void checkingWordEndsWithTheCheck();

private:
    template <typename T, typename Start> T call(Start start)
    {
        std::optional<ApiResult<T>> outcome;
        start([&outcome](const ApiResult<T> &result) { outcome.emplace(result); });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 15000))
            return T();
        return outcome->ok() ? outcome->value() : T();
    }
    QList<Role> serverRoles();
    bool waitIdle()
    {
        return QTest::qWaitFor([this] { return !m_pane->isBusy(); }, 15000);
    }
    QString uniqueSlug(const QString &stem) const
    {
        return stem + QStringLiteral("_") +
               QString::number(QDateTime::currentMSecsSinceEpoch() % 100000000);
    }

    E2eEnvironment m_environment;
    QNetworkAccessManager m_network;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<PartnerUsersRolesPane> m_pane;
    QString m_organizationId;
    QStringList m_createdRoles;
};

void PartnerRolesTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(m_environment.start(&error), qPrintable(error));
    m_session = std::make_unique<Session>(&m_network);
    QSignalSpy me(m_session.get(), &Session::meChanged);
    m_session->begin(m_environment.endpoints(), m_environment.token());
    QVERIFY(me.wait(15000));
    Confirmation::setAutomaticAnswer(true);
    RoleReviewDialog::setAutomaticAnswer(true);
    ConflictDialog::setAutomaticAnswer({});

    m_pane = std::make_unique<PartnerUsersRolesPane>(m_session.get());
    m_pane->resize(1280, 800);
    m_pane->show();
    QSignalSpy loaded(m_pane.get(), &PartnerUsersRolesPane::loaded);
    m_pane->reload();
    QVERIFY2(loaded.wait(15000), qPrintable(m_pane->statusLabel()->text()));
    QVERIFY(m_pane->organizationBox()->count() > 0);
    m_organizationId = m_pane->partnerOrganizationId();
    QVERIFY(!m_organizationId.isEmpty());
}

void PartnerRolesTest::cleanupTestCase()
{
    if (!m_session)
        return;
    for (const QString &roleId : std::as_const(m_createdRoles)) {
        call<QJsonArray>([&](auto done) {
            // Unassign from everyone first (a role held by users cannot be deleted).
            m_session->partners()->getPartnerUsers(m_organizationId, this, done);
        });
        const QJsonArray users = call<QJsonArray>([&](auto done) {
            m_session->partners()->getPartnerUsers(m_organizationId, this, done);
        });
        for (const QJsonValue &user : users) {
            for (const QJsonValue &role : user["roles"].toArray()) {
                if (role["id"].toString() == roleId)
                    call<QJsonArray>([&](auto done) {
                        m_session->partners()->unassignPartnerUserRoles(
                            m_organizationId, user["id"].toString(), {roleId}, this, done);
                    });
            }
        }
        std::optional<bool> deleted;
        m_session->partners()->deletePartnerRole(
            m_organizationId, roleId, this, [&](const ApiResult<void> &r) { deleted = r.ok(); });
        QTest::qWaitFor([&] { return deleted.has_value(); }, 15000);
    }
    m_pane.reset();
}

QList<Role> PartnerRolesTest::serverRoles()
{
    QList<Role> roles;
    const QJsonArray list = call<QJsonArray>(
        [&](auto done) { m_session->partners()->getPartnerRoles(m_organizationId, this, done); });
    for (const QJsonValue &value : list)
        roles << Role::fromJson(value.toObject()).value();
    return roles;
}

void PartnerRolesTest::buildSaveReloadRole()
{
    RoleEditor *editor = m_pane->roleEditor();
    m_pane->newRole();
    const QString slug = uniqueSlug("e2e_installer");
    type(editor->nameEdit(), "E2E Installer");
    type(editor->slugEdit(), slug);
    editor->addGrant();
    chooseAction(editor, "entity-read");
    type(editor->resourceEdit(), "entity:*:opportunity:*");
    editor->addGrant();
    chooseAction(editor, "entity-read");
    type(editor->resourceEdit(), "entity:*:opportunity:*");
    editor->effectBox()->setCurrentIndex(editor->effectBox()->findData("deny"));
    emit editor->effectBox()->activated(editor->effectBox()->currentIndex());
    editor->addEqualsCondition("workflows.primary.task_name", {"Contract", "Payment"});
    editor->addGrant();
    chooseAction(editor, "entity-update");
    type(editor->resourceEdit(), "entity:*:contact:*");
    editor->addDependency();
    QCOMPARE(Grant::listToJson(editor->draft().grants), builtGrants());

    // Undo and redo across those edits before saving.
    QUndoStack *stack = editor->undoStack();
    const int steps = stack->count();
    for (int step = 0; step < steps; ++step)
        stack->undo();
    QVERIFY(editor->draft().grants.isEmpty());
    for (int step = 0; step < steps; ++step)
        stack->redo();
    QCOMPARE(Grant::listToJson(editor->draft().grants), builtGrants());
    QVERIFY(m_pane->hasUnsavedChanges());

    QSignalSpy saved(m_pane.get(), &PartnerUsersRolesPane::roleSaved);
    m_pane->saveRole();
    QVERIFY2(saved.wait(15000), qPrintable(m_pane->statusLabel()->text()));
    const Role role = saved.first().first().value<Role>();
    m_createdRoles << role.id();
    QCOMPARE(role.slug(), slug);
    // The review listed the flattened grants as added: 3 grants + 1 dependency.
    QCOMPARE(RoleReviewDialog::lastShownLines().filter(QStringLiteral("+ added")).size(), 4);
    QVERIFY(!m_pane->hasUnsavedChanges());

    // The server holds them flat: four grants.
    Role stored;
    for (const Role &candidate : serverRoles()) {
        if (candidate.id() == role.id())
            stored = candidate;
    }
    QCOMPARE(stored.grants().size(), 4);

    // Reload in a fresh pane: the JSON equals what was built, no extra grants.
    PartnerUsersRolesPane other(m_session.get());
    QSignalSpy loaded(&other, &PartnerUsersRolesPane::loaded);
    other.choosePartnerOrganization(m_organizationId);
    QVERIFY(loaded.wait(15000));
    other.selectRole(role.id());
    QCOMPARE(other.roleEditor()->loadedRole().id(), role.id());
    QCOMPARE(Grant::listToJson(other.roleEditor()->draft().grants), builtGrants());
    QCOMPARE(other.roleEditor()->tree()->model()->rowCount(), 3);
    const QJsonObject shown =
        QJsonDocument::fromJson(other.roleEditor()->jsonEdit()->toPlainText().toUtf8()).object();
    QCOMPARE(shown.value("grants").toArray(), builtGrants());
    QVERIFY(!other.hasUnsavedChanges());

    // Even without the remembered layout, the usual dependency is regrouped from the flat list.
    GrantLayoutMemory::forget(role.id());
    other.roleEditor()->loadRole(stored, {});
    QCOMPARE(other.roleEditor()->tree()->model()->rowCount(), 3);
    QCOMPARE(Grant::listToJson(other.roleEditor()->draft().grants), builtGrants());
    GrantLayoutMemory::remember(role.id(), GrantTree::regroup(stored.grants(), {}));

    m_pane->grab().save(QDir::temp().filePath("partner-roles-pane.png"));
}

void PartnerRolesTest::errorsBlockSaving()
{
    QVERIFY(!m_createdRoles.isEmpty());
    m_pane->selectRole(m_createdRoles.first());
    RoleEditor *editor = m_pane->roleEditor();
    editor->selectPath({0});
    chooseAction(editor, "");
    QVERIFY(editor->hasErrors());
    const QList<Role> before = serverRoles();
    m_pane->saveRole();
    QVERIFY(waitIdle());
    QVERIFY(m_pane->statusLabel()->text().contains("error", Qt::CaseInsensitive));
    QCOMPARE(serverRoles().size(), before.size());
    for (const Role &role : serverRoles()) {
        if (role.id() == m_createdRoles.first())
            QCOMPARE(role.grants().first().action(), QStringLiteral("entity-read"));
    }
    editor->undoStack()->undo();
    QVERIFY(!editor->hasErrors());
    QVERIFY(!m_pane->hasUnsavedChanges());

    // A name typed but not yet left is unsaved for the pane too (Ctrl+Q asks, nothing is lost).
    const QString name = editor->draft().name;
    editor->nameEdit()->setFocus();
    QTest::keyClicks(editor->nameEdit(), " typed");
    QVERIFY(editor->undoStack()->isClean());
    QVERIFY(m_pane->hasUnsavedChanges());
    editor->nameEdit()->setText(name);
    QVERIFY(!m_pane->hasUnsavedChanges());
}

void PartnerRolesTest::someoneElsesChangeIsNotOverwritten()
{
    const QString roleId = m_createdRoles.first();
    m_pane->selectRole(roleId);
    RoleEditor *editor = m_pane->roleEditor();
    // Someone else renames the role behind our back.
    Role theirs = editor->loadedRole();
    theirs.setName("Renamed elsewhere");
    QVERIFY(!call<QJsonObject>([&](auto done) {
                 m_session->partners()->updatePartnerRole(m_organizationId, roleId,
                                                          theirs.payload(), this, done);
             }).isEmpty());
    // We add a grant and save: only they changed the name, so it is taken over without a
    // question; our grant is added; nothing of theirs is overwritten.
    editor->addGrant();
    chooseAction(editor, "note-view");
    type(editor->resourceEdit(), "entity:*:opportunity:*");
    const int asked = ConflictDialog::askedCount();
    QSignalSpy saved(m_pane.get(), &PartnerUsersRolesPane::roleSaved);
    m_pane->saveRole();
    QVERIFY2(saved.wait(15000), qPrintable(m_pane->statusLabel()->text()));
    QCOMPARE(ConflictDialog::askedCount(), asked);
    for (const Role &role : serverRoles()) {
        if (role.id() == roleId) {
            QCOMPARE(role.name(), QStringLiteral("Renamed elsewhere"));
            QCOMPARE(role.grants().size(), 5);
        }
    }
    QCOMPARE(editor->draft().name, QStringLiteral("Renamed elsewhere"));
    QVERIFY(!m_pane->hasUnsavedChanges());
}

void PartnerRolesTest::editorSaveChecksForConflicts()
{
    const QString roleId = m_createdRoles.first();
    RoleEditor *editor = m_pane->roleEditor();
    const auto onServer = [&] {
        for (const Role &role : serverRoles()) {
            if (role.id() == roleId)
                return role;
        }
        return Role();
    };
    const auto theyRename = [&](const QString &name) {
        Role theirs = onServer();
        theirs.setName(name);
        QVERIFY(!call<QJsonObject>([&](auto done) {
                     m_session->partners()->updatePartnerRole(m_organizationId, roleId,
                                                              theirs.payload(), this, done);
                 }).isEmpty());
    };
    QSignalSpy finished(editor, &RoleEditor::saveFinished);
    QSignalSpy failed(editor, &RoleEditor::saveFailed);
    const auto save = [&] {
        finished.clear();
        editor->save(m_session->partners(), m_organizationId);
        QVERIFY(finished.isEmpty()); // never from within save()
        QVERIFY(finished.wait(15000));
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);
    };

    // Only they renamed, only I added a grant: both kept, no question.
    editor->loadRole(onServer(), GrantLayoutMemory::recall(roleId));
    const int grantsBefore = onServer().grants().size();
    theyRename("Renamed by them");
    editor->addGrant();
    chooseAction(editor, "entity-delete");
    type(editor->resourceEdit(), "entity:*:contact:*");
    const int asked = ConflictDialog::askedCount();
    save();
    QVERIFY2(finished.first().first().toBool(), qPrintable(failed.value(0).value(0).toString()));
    QCOMPARE(ConflictDialog::askedCount(), asked);
    QCOMPARE(onServer().name(), QString("Renamed by them"));
    QCOMPARE(onServer().grants().size(), grantsBefore + 1);
    QCOMPARE(editor->loadedRole().name(), QString("Renamed by them"));
    QVERIFY(!editor->isModified());

    // Both renamed; Cancel: nothing sent, my name stays in the editor.
    type(editor->nameEdit(), "Renamed by me");
    theyRename("Renamed by them again");
    ConflictDialog::setAutomaticAnswer(
        [](ConflictDialog &dialog) { dialog.cancelButton()->click(); });
    save();
    QVERIFY(!finished.first().first().toBool());
    QVERIFY(failed.last().first().toString().contains("someone else changed"));
    QCOMPARE(onServer().name(), QString("Renamed by them again"));
    QCOMPARE(editor->draft().name, QString("Renamed by me"));
    QVERIFY(editor->isModified());

    // Overwrite: mine is stored.
    ConflictDialog::setAutomaticAnswer(
        [](ConflictDialog &dialog) { dialog.overwriteButton()->click(); });
    save();
    QVERIFY(finished.first().first().toBool());
    QCOMPARE(onServer().name(), QString("Renamed by me"));
    QVERIFY(!editor->isModified());
    ConflictDialog::setAutomaticAnswer({});
}

// Issue 18 (stale words): "Checking the server's current role…" is said while the role is read
// and reviewed, and replaced by the outcome: the review cancelled, or saved.
void PartnerRolesTest::checkingWordEndsWithTheCheck()
{
    const QString roleId = m_createdRoles.first();
    RoleEditor *editor = m_pane->roleEditor();
    PartnerRolesPage *page = m_pane->rolesPage();
    for (const Role &role : serverRoles()) {
        if (role.id() == roleId)
            editor->loadRole(role, GrantLayoutMemory::recall(roleId));
    }
    type(editor->nameEdit(), "Reviewed twice");
    QSignalSpy finished(page, &PartnerPage::saveFinished);
    const QString checking = QStringLiteral("Checking the server's current role");

    RoleReviewDialog::setAutomaticAnswer(false);
    page->save();
    QVERIFY2(m_pane->statusLabel()->text().contains(checking),
             qPrintable(m_pane->statusLabel()->text()));
    QVERIFY(finished.wait(15000));
    QVERIFY(!finished.first().first().toBool());
    QVERIFY(waitIdle());
    QString said = m_pane->statusLabel()->text();
    QVERIFY2(!said.contains(checking) && said.contains("review was cancelled"), qPrintable(said));

    RoleReviewDialog::setAutomaticAnswer(true);
    finished.clear();
    page->save();
    QVERIFY(finished.wait(15000));
    QVERIFY(finished.first().first().toBool());
    QVERIFY(waitIdle());
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->statusLabel()->text().contains("Saved"), 15000);
    said = m_pane->statusLabel()->text();
    QVERIFY2(!said.contains(checking), qPrintable(said));
}

void PartnerRolesTest::matrixReportsPartialFailure()
{
    // A second role that the server forgets after the pane loaded it: its id becomes unknown.
    const QString slug = uniqueSlug("e2e_gone");
    const QJsonObject created = call<QJsonObject>([&](auto done) {
        m_session->partners()->createPartnerRole(
            m_organizationId,
            Role::create("E2E gone", slug, {Grant("note-view", "entity:*:opportunity:*")})
                .payload(),
            this, done);
    });
    const QString goneId = created.value("id").toString();
    QVERIFY(!goneId.isEmpty());
    QSignalSpy loaded(m_pane.get(), &PartnerUsersRolesPane::loaded);
    m_pane->roleEditor()->markSaved();
    m_pane->reload();
    QVERIFY(loaded.wait(15000));
    std::optional<bool> deleted;
    m_session->partners()->deletePartnerRole(m_organizationId, goneId, this,
                                             [&](const ApiResult<void> &r) { deleted = r.ok(); });
    QVERIFY(QTest::qWaitFor([&] { return deleted.has_value(); }, 15000) && *deleted);

    RoleMatrixModel *matrix = m_pane->matrix();
    QVERIFY(matrix->users().size() >= 2);
    const QString keptId = m_createdRoles.first();
    const QString first = matrix->users().at(0).id();
    const QString second = matrix->users().at(1).id();
    for (const QString &user : {first, second}) {
        QVERIFY(matrix->setAssigned(user, keptId, true));
        QVERIFY(matrix->setAssigned(user, goneId, true));
    }
    QCOMPARE(matrix->pendingChanges().size(), 4);
    QCOMPARE(m_pane->pendingList()->count(), 4);
    QSignalSpy applied(m_pane.get(), &PartnerUsersRolesPane::assignmentsApplied);
    m_pane->applyPendingChanges();
    QVERIFY(applied.wait(20000));
    // Exactly the two assignments of the unknown role failed, each with the server's reason.
    int failed = 0, succeeded = 0;
    for (int row = 0; row < m_pane->resultList()->count(); ++row) {
        const QString line = m_pane->resultList()->item(row)->text();
        if (line.startsWith(QStringLiteral("✘"))) {
            ++failed;
            QVERIFY2(line.contains("E2E gone"), qPrintable(line));
        } else {
            ++succeeded;
            QVERIFY2(line.contains("E2E Installer") || line.contains("Renamed"), qPrintable(line));
        }
    }
    QCOMPARE(failed, 2);
    QCOMPARE(succeeded, 2);
    // The matrix shows the server's state: the kept role sticks, nothing is pending.
    QVERIFY(!matrix->hasPendingChanges());
    QVERIFY(matrix->isAssigned(first, keptId));
    QVERIFY(matrix->isAssigned(second, keptId));
    QVERIFY(!matrix->isAssigned(first, goneId));
    m_pane->tabs()->setCurrentIndex(0);
    m_pane->grab().save(QDir::temp().filePath("partner-users-matrix.png"));
}

QTEST_MAIN(PartnerRolesTest)
#include "tst_partner_roles.moc"
