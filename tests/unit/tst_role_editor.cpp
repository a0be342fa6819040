// The grant editor as a person uses it (offscreen): building grants through the form, undo and
// redo, the JSON view refusing bad JSON with its line, findings and their one-click fix, and the
// what-if check.
#include "domain/grants/GrantTree.h"
#include "ui/partners/grants/RoleEditor.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTextCursor>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

namespace {

// Types into a line edit and leaves it, as a person would.
void type(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    emit edit->editingFinished();
}

QStringList findingCodes(RoleEditor &editor)
{
    QStringList codes;
    for (int row = 0; row < editor.findingsView()->topLevelItemCount(); ++row)
        codes << editor.findingsView()->topLevelItem(row)->data(1, Qt::UserRole).toString();
    codes.sort();
    return codes;
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

class RoleEditorTest : public QObject
{
    Q_OBJECT

private slots:
    void buildThreeGrantsThroughTheForm();
    void undoRedoAcrossEdits();
    void invalidJsonRefusedWithItsLine();
    void shapeErrorPointsAtLine();
    void jsonEditAppliesOnSwitchBack();
    void findingsOfTrapRoleAndFix();
    void whatIfThreeCases();
    void copyPasteBetweenRoles();
    void loadRegroupsFlatGrants();
    void typedTextCountsAsUnsaved();

public:
    // Builds the three grants of the e2e scenario with the widgets; shared with the pane test.
    static void build(RoleEditor &editor);
};

void RoleEditorTest::build(RoleEditor &editor)
{
    type(editor.nameEdit(), "Installer opportunities");
    QCOMPARE(editor.slugEdit()->text(), QStringLiteral("installer_opportunities"));
    // 1: allow entity-read on opportunities
    editor.addGrant();
    editor.actionBox()->setEditText("entity-read");
    emit editor.actionBox()->activated(0);
    type(editor.resourceEdit(), "entity:*:opportunity:*");
    // 2: a deny with an equals condition
    editor.addGrant();
    editor.actionBox()->setEditText("entity-read");
    emit editor.actionBox()->activated(0);
    type(editor.resourceEdit(), "entity:*:opportunity:*");
    editor.effectBox()->setCurrentIndex(editor.effectBox()->findData("deny"));
    emit editor.effectBox()->activated(editor.effectBox()->currentIndex());
    editor.addEqualsCondition("workflows.primary.task_name", {"Contract", "Payment"});
    // 3: entity-update with its dependency
    editor.addGrant();
    editor.actionBox()->setEditText("entity-update");
    emit editor.actionBox()->activated(0);
    type(editor.resourceEdit(), "entity:*:contact:*");
    editor.addDependency();
    editor.actionBox()->setEditText("entity-read");
    emit editor.actionBox()->activated(0);
}

void RoleEditorTest::buildThreeGrantsThroughTheForm()
{
    RoleEditor editor;
    editor.resize(1280, 800);
    editor.show();
    build(editor);
    QCOMPARE(Grant::listToJson(editor.draft().grants), builtGrants());
    QCOMPARE(editor.tree()->model()->rowCount(), 3);
    QCOMPARE(editor.tree()->model()->rowCount(editor.tree()->model()->index(2, 0)), 1);
    QVERIFY(!editor.hasErrors());
    QString why;
    QVERIFY2(editor.prepareForSave(&why), qPrintable(why));
    // The deny with a condition cancels the allow in part: a security warning.
    QVERIFY(findingCodes(editor).contains("deny-shadows-allow"));
    editor.grab().save(QDir::temp().filePath("role-editor.png"));
}

void RoleEditorTest::undoRedoAcrossEdits()
{
    RoleEditor editor;
    build(editor);
    QUndoStack *stack = editor.undoStack();
    const int steps = stack->count();
    QVERIFY(steps >= 12);
    const QJsonArray built = Grant::listToJson(editor.draft().grants);
    QVERIFY(editor.isModified());
    while (stack->canUndo())
        stack->undo();
    QVERIFY(editor.draft().grants.isEmpty());
    QVERIFY(editor.draft().name.isEmpty());
    QVERIFY(!editor.isModified());
    // Part way: after the first grant's resource.
    for (int step = 0; step < 4; ++step)
        stack->redo();
    QCOMPARE(editor.draft().grants.size(), 1);
    QCOMPARE(editor.draft().grants.first().resource(), QStringLiteral("entity:*:opportunity:*"));
    QCOMPARE(editor.resourceEdit()->text(), QStringLiteral("entity:*:opportunity:*"));
    while (stack->canRedo())
        stack->redo();
    QCOMPARE(Grant::listToJson(editor.draft().grants), built);
    // Undo the dependency (it came with entity-read already), then the third grant's resource.
    stack->undo();
    QVERIFY(editor.draft().grants.at(2).dependencies().isEmpty());
    stack->undo();
    QVERIFY(!editor.draft().grants.at(2).hasResource());
    QCOMPARE(editor.resourceEdit()->text(), QString());
    stack->redo();
    stack->redo();
    QCOMPARE(Grant::listToJson(editor.draft().grants), built);
}

void RoleEditorTest::invalidJsonRefusedWithItsLine()
{
    RoleEditor editor;
    build(editor);
    const QJsonArray before = Grant::listToJson(editor.draft().grants);
    editor.tabs()->setCurrentIndex(RoleEditor::JsonTab);
    QString text = editor.jsonEdit()->toPlainText();
    QStringList lines = text.split('\n');
    const int broken = lines.indexOf(QRegularExpression(".*\"effect\": \"deny\".*"));
    QVERIFY(broken > 0);
    lines[broken] = lines[broken].replace("\"deny\"", "\"deny\" \"oops\"");
    editor.jsonEdit()->setPlainText(lines.join('\n'));
    QVERIFY(editor.hasPendingJson());
    QVERIFY(!editor.applyJsonText());
    QCOMPARE(editor.jsonErrorLine(), broken + 1);
    QVERIFY(editor.jsonError().startsWith(QStringLiteral("Line %1:").arg(broken + 1)));
    // Nothing changed and nothing may be saved; switching to the tree is refused.
    QCOMPARE(Grant::listToJson(editor.draft().grants), before);
    QString why;
    QVERIFY(!editor.prepareForSave(&why));
    QVERIFY(why.contains("JSON"));
    editor.tabs()->setCurrentIndex(RoleEditor::GrantsTab);
    QTest::qWait(20);
    QCOMPARE(editor.tabs()->currentIndex(), int(RoleEditor::JsonTab));
}

void RoleEditorTest::shapeErrorPointsAtLine()
{
    RoleEditor editor;
    build(editor);
    QString text = editor.jsonEdit()->toPlainText();
    QStringList lines = text.split('\n');
    const int target = lines.indexOf(QRegularExpression(".*\"values\": \\[.*"));
    QVERIFY(target > 0);
    // values: ["Contract", 7] — parses, but a value must be text.
    lines[target + 1] = lines[target + 1].replace("\"Contract\"", "7");
    editor.jsonEdit()->setPlainText(lines.join('\n'));
    QVERIFY(!editor.applyJsonText());
    QCOMPARE(editor.jsonErrorLine(), target + 2);
    QVERIFY2(editor.jsonError().contains("grants[1].conditions[0].values[0]"),
             qPrintable(editor.jsonError()));
}

void RoleEditorTest::jsonEditAppliesOnSwitchBack()
{
    RoleEditor editor;
    build(editor);
    editor.tabs()->setCurrentIndex(RoleEditor::JsonTab);
    QString text = editor.jsonEdit()->toPlainText();
    text.replace("entity:*:contact:*", "entity:739224:contact:*");
    editor.jsonEdit()->setPlainText(text);
    editor.tabs()->setCurrentIndex(RoleEditor::GrantsTab);
    QTest::qWait(20);
    QCOMPARE(editor.tabs()->currentIndex(), int(RoleEditor::GrantsTab));
    QCOMPARE(editor.draft().grants.at(2).resource(), QStringLiteral("entity:739224:contact:*"));
    editor.undoStack()->undo();
    QCOMPARE(editor.draft().grants.at(2).resource(), QStringLiteral("entity:*:contact:*"));
}

void RoleEditorTest::findingsOfTrapRoleAndFix()
{
    RoleEditor editor;
    Role role = Role::fromJson(QJsonDocument::fromJson(R"({
        "id": "900:trap", "slug": "trap", "name": "Trap", "type": "share_role",
        "grants": [{"action": "entity-read", "resource": "entity:*:opportunity:*"}]})")
                                   .object())
                    .value();
    editor.loadRole(role);
    QVERIFY(findingCodes(editor).isEmpty());
    editor.jsonEdit()->setPlainText(R"({
  "id": "900:trap", "name": "Trap", "slug": "trap", "type": "share_role",
  "grants": [
    {"resource": "entity:*:contact:*"},
    {"action": "entity-read", "resource": "entity:*:contact:*", "effect": "perhaps"},
    {"action": "entity-view", "resource": "entity:*:offer:*",
     "conditions": [{"attribute": "status", "operation": "equals", "values": []}]},
    {"action": "note-view", "resource": "entity:*:opportunity:*"},
    {"action": "note-view", "resource": "entity:*:opportunity:*"},
    {"action": "file-view", "resource": "*"},
    {"action": "entity-view", "resource": "entity:*:offer:*", "effect": "deny"},
    {"action": "entity-frobnicate", "resource": "entity:*:meter:*"},
    {"action": "entity-update", "resource": "entity:*:opportunity:*"}
  ]
})");
    QVERIFY(editor.applyJsonText());
    QCOMPARE(findingCodes(editor),
             (QStringList{"allow-everything", "bad-effect", "deny-shadows-allow", "duplicate-grant",
                          "equals-without-values", "missing-action", "missing-dependency",
                          "new-access", "new-access", "new-access", "new-access", "new-access",
                          "new-access", "unknown-action"}));
    QString why;
    QVERIFY(!editor.prepareForSave(&why)); // errors block saving
    // A bad slug is an error too (for a new role).
    RoleEditor fresh;
    type(fresh.nameEdit(), "Trap");
    type(fresh.slugEdit(), "Trap-Role");
    QVERIFY(findingCodes(fresh).contains("bad-slug"));
    QVERIFY(!fresh.prepareForSave(&why));

    // The suggestion's one-click fix adds entity-read as a dependency of entity-update.
    QTreeWidget *view = editor.findingsView();
    QPushButton *fix = nullptr;
    for (int row = 0; row < view->topLevelItemCount(); ++row) {
        if (view->topLevelItem(row)->data(1, Qt::UserRole) == "missing-dependency")
            fix = qobject_cast<QPushButton *>(view->itemWidget(view->topLevelItem(row), 2));
    }
    QVERIFY(fix);
    QTest::mouseClick(fix, Qt::LeftButton);
    const Grant update = editor.draft().grants.at(8);
    QCOMPARE(update.dependencies().size(), 1);
    QCOMPARE(update.dependencies().first().key(),
             Grant("entity-read", "entity:*:opportunity:*", "allow").key());
    QVERIFY(!findingCodes(editor).contains("missing-dependency"));
    editor.undoStack()->undo();
    QVERIFY(findingCodes(editor).contains("missing-dependency"));
}

void RoleEditorTest::whatIfThreeCases()
{
    RoleEditor editor;
    editor.startNewRole();
    editor.jsonEdit()->setPlainText(QString::fromUtf8(
        QJsonDocument(QJsonObject{{"name", "W"}, {"slug", "w"}, {"grants", builtGrants()}})
            .toJson()));
    QVERIFY(editor.applyJsonText());
    editor.tabs()->setCurrentIndex(RoleEditor::WhatIfTab);
    const auto ask = [&](const QString &action, const QString &resource, const QString &task) {
        editor.whatIfAction()->setEditText(action);
        editor.whatIfResource()->setText(resource);
        editor.whatIfAttributes()->setItem(0, 0,
                                           new QTableWidgetItem("workflows.primary.task_name"));
        editor.whatIfAttributes()->setItem(0, 1, new QTableWidgetItem(task));
        return editor.checkWhatIf();
    };
    auto answer = ask("entity-read", "entity:739224:opportunity:o-1", "Qualification");
    QCOMPARE(answer.decision, WhatIfCheck::Decision::Allowed);
    QVERIFY(editor.whatIfResult()->text().contains("Allowed"));
    QVERIFY(editor.whatIfResult()->text().contains("pproximation"));
    answer = ask("entity-read", "entity:739224:opportunity:o-1", "Contract");
    QCOMPARE(answer.decision, WhatIfCheck::Decision::DeniedExplicitly);
    QVERIFY(editor.whatIfResult()->text().contains("explicit deny"));
    QVERIFY(editor.whatIfResult()->text().contains("deny entity-read"));
    answer = ask("entity-delete", "entity:739224:opportunity:o-1", "Qualification");
    QCOMPARE(answer.decision, WhatIfCheck::Decision::NotAllowed);
}

void RoleEditorTest::copyPasteBetweenRoles()
{
    RoleEditor source;
    build(source);
    source.selectPath({2});
    source.copySelected();
    RoleEditor target;
    type(target.nameEdit(), "Other");
    QVERIFY(target.pasteGrants());
    QCOMPARE(target.draft().grants.size(), 1);
    QCOMPARE(target.draft().grants.first().toJson(), builtGrants().at(2).toObject());
    QApplication::clipboard()->setText("{not json");
    QString error;
    QVERIFY(!target.pasteGrants(&error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(target.draft().grants.size(), 1);
}

void RoleEditorTest::loadRegroupsFlatGrants()
{
    // The server's flat answer for the built role: dependencies expanded, de-duplicated.
    RoleEditor built;
    build(built);
    Role stored =
        Role::fromJson(
            QJsonObject{{"id", "9:x"},
                        {"slug", "x"},
                        {"name", "X"},
                        {"grants", Grant::listToJson(GrantTree::flatten(built.draft().grants))}})
            .value();
    QCOMPARE(stored.grants().size(), 4);
    RoleEditor editor;
    editor.loadRole(stored, built.draft().grants);
    QCOMPARE(Grant::listToJson(editor.draft().grants), builtGrants());
    QCOMPARE(editor.tree()->model()->rowCount(), 3); // no extra grants
    QVERIFY(!editor.isModified());
}

// Ctrl+Q right after typing: what is in a field counts before the field is left, and saving
// takes it over.
void RoleEditorTest::typedTextCountsAsUnsaved()
{
    RoleEditor built;
    build(built);
    const Role stored = RoleEdits::applied(
        Role::fromJson(QJsonObject{{"id", "9:x"}, {"slug", "x"}, {"name", "X"}}).value(),
        built.draft());
    RoleEditor editor;
    editor.resize(1280, 800);
    editor.show();
    const auto typeWithoutLeaving = [](QWidget *field, const QString &text) {
        field->setFocus();
        QTest::keyClicks(field, text);
    };
    const auto reload = [&] {
        editor.loadRole(stored, built.draft().grants);
        QVERIFY(!editor.isModified());
    };

    reload();
    typeWithoutLeaving(editor.nameEdit(), " 2");
    QVERIFY(editor.undoStack()->isClean()); // not yet an edit of the draft
    QVERIFY(editor.isModified());
    QString why;
    QVERIFY2(editor.prepareForSave(&why), qPrintable(why));
    QCOMPARE(editor.draft().name, QString("Installer opportunities 2"));

    reload();
    editor.selectPath({0});
    typeWithoutLeaving(editor.resourceEdit(), "x");
    QVERIFY(editor.isModified());
    QVERIFY2(editor.prepareForSave(&why), qPrintable(why));
    QCOMPARE(editor.draft().grants.first().resource(), QString("entity:*:opportunity:*x"));

    reload();
    editor.selectPath({0});
    typeWithoutLeaving(editor.actionBox()->lineEdit(), "s");
    QVERIFY(editor.isModified());

    reload();
    editor.selectPath({1});
    auto *attribute = editor.findChild<QLineEdit *>("conditionAttribute");
    QVERIFY(attribute && attribute->isVisible());
    typeWithoutLeaving(attribute, "_x");
    QVERIFY(editor.isModified());
    QVERIFY2(editor.prepareForSave(&why), qPrintable(why));
    QCOMPARE(editor.draft().grants.at(1).conditions().first().attribute(),
             QString("workflows.primary.task_name_x"));

    reload();
    editor.tabs()->setCurrentIndex(RoleEditor::JsonTab);
    editor.jsonEdit()->moveCursor(QTextCursor::End);
    typeWithoutLeaving(editor.jsonEdit(), " ");
    QVERIFY(editor.isModified());
}

QTEST_MAIN(RoleEditorTest)
#include "tst_role_editor.moc"
