// The grant editor at the size the Roles page gives it in a 1280x800 window (issue 20): the
// condition editor fits without scrolling, every finding row shows its fix button whole, the
// review shows a grant's conditions, and a grant without action says that it allows nothing.
// EPILOT_SCREENSHOT_DIR set: the editor and the review are kept as pictures to look at;
// EPILOT_TEST_LANGUAGE=de shows them in German.
#include "domain/grants/RoleReview.h"
#include "domain/partners/Role.h"
#include "ui/partners/grants/RoleEditor.h"
#include "ui/partners/grants/RoleReviewDialog.h"
#include "ui/shell/InterfaceLanguage.h"

#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QTest>
#include <QTranslator>
#include <QTreeView>
#include <QTreeWidget>

namespace {

// What a 1280x800 window leaves the editor on the Roles page (sidebar, role list, pane header,
// tabs and save buttons taken off; docs/screenshots/05-grant-editor.png).
const QSize editorSize(780, 620);

void shoot(QWidget *widget, const QString &name)
{
    const QString directory = qEnvironmentVariable("EPILOT_SCREENSHOT_DIR");
    if (directory.isEmpty())
        return;
    const QString language = qEnvironmentVariable("EPILOT_TEST_LANGUAGE", QStringLiteral("en"));
    widget->grab().save(QStringLiteral("%1/%2-%3.png").arg(directory, name, language));
}

Role roleOf(const char *json)
{
    return Role::fromJson(QJsonDocument::fromJson(json).object()).value();
}

// Three grants that each usually need another (three fixes), one with a condition of two values.
const char *const trapRole = R"({
    "id": "900:edit", "slug": "edit", "name": "Editors", "type": "share_role",
    "grants": [
      {"action": "entity-edit", "resource": "entity:*:contact:*"},
      {"action": "entity-update", "resource": "entity:*:opportunity:*"},
      {"action": "entity-edit", "resource": "entity:*:meter:*"},
      {"action": "entity-view", "resource": "entity:*:offer:*",
       "conditions": [{"attribute": "workflows.primary.task_name", "operation": "equals",
                       "values": ["Contract signed", "Payment received"]}]}
    ]})";

bool insideViewport(const QWidget *widget, const QScrollArea *area)
{
    const QRect shown(widget->mapTo(area->viewport(), QPoint(0, 0)), widget->size());
    return area->viewport()->rect().contains(shown);
}

} // namespace

class GrantEditorLayoutTest : public QObject
{
    Q_OBJECT
    QTranslator m_translator;

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariable("EPILOT_TEST_LANGUAGE") == QLatin1String("de")) {
            QVERIFY(InterfaceLanguage::load(&m_translator, QStringLiteral("de")));
            QCoreApplication::installTranslator(&m_translator);
        }
    }

    void conditionEditorFitsBesideTheTree_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
    }

    void conditionEditorFitsBesideTheTree()
    {
        QFETCH(QString, language);
        QTranslator german;
        if (language == QLatin1String("de")) {
            QVERIFY(InterfaceLanguage::load(&german, language));
            QCoreApplication::installTranslator(&german);
        }
        const auto removeGerman =
            qScopeGuard([&german] { QCoreApplication::removeTranslator(&german); });
        RoleEditor editor;
        editor.resize(editorSize);
        editor.loadRole(roleOf(trapRole));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.selectPath({3});
        auto *attribute = editor.findChild<QLineEdit *>(QStringLiteral("conditionAttribute"));
        QVERIFY(attribute);
        QTRY_COMPARE(attribute->text(), QStringLiteral("workflows.primary.task_name"));
        auto *values = editor.findChild<QListWidget *>(QStringLiteral("conditionValues"));
        QVERIFY(values);
        QScrollArea *area = nullptr;
        for (QWidget *up = attribute->parentWidget(); up && !area; up = up->parentWidget())
            area = qobject_cast<QScrollArea *>(up);
        QVERIFY(area);
        shoot(&editor, QStringLiteral("grant-editor-") + language);
        // The condition (its attribute and both values) is in view without scrolling, and the
        // attribute's name is not cut off.
        QVERIFY(insideViewport(attribute, area));
        QVERIFY(insideViewport(values, area));
        QVERIFY2(attribute->width() >=
                     attribute->fontMetrics().horizontalAdvance(attribute->text()),
                 qPrintable(QString::number(attribute->width())));
        for (int row = 0; row < values->count(); ++row) {
            const QString value = values->item(row)->text();
            QVERIFY2(
                values->fontMetrics().horizontalAdvance(value) + 8 <= values->viewport()->width(),
                qPrintable(
                    QStringLiteral("%1 px for %2").arg(values->viewport()->width()).arg(value)));
        }
        QCOMPARE(area->verticalScrollBar()->value(), 0);
        // No line of the form is squeezed under the next: every wrapped hint has its height.
        for (const QLabel *label : area->widget()->findChildren<QLabel *>()) {
            if (label->isVisible() && label->wordWrap() && !label->text().isEmpty())
                QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                         qPrintable(label->text()));
        }
        // Neither side is squeezed: the tree keeps room for its columns, the form for the
        // condition.
        QVERIFY2(editor.tree()->width() >= editorSize.width() * 2 / 5,
                 qPrintable(QString::number(editor.tree()->width())));
        QVERIFY2(area->width() >= editorSize.width() / 3,
                 qPrintable(QString::number(area->width())));
    }

    void treeCellsShowTheirTextWhole_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
    }

    // Issue 20: the tree's columns beside the form were cut to "entity-…" and "workfl…". Every
    // cell now shows its whole text, wrapped onto more lines where the column is narrow, and the
    // condition is among them.
    void treeCellsShowTheirTextWhole()
    {
        QFETCH(QString, language);
        QTranslator german;
        if (language == QLatin1String("de")) {
            QVERIFY(InterfaceLanguage::load(&german, language));
            QCoreApplication::installTranslator(&german);
        }
        const auto removeGerman =
            qScopeGuard([&german] { QCoreApplication::removeTranslator(&german); });
        RoleEditor editor;
        editor.resize(editorSize);
        editor.loadRole(roleOf(trapRole));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QTreeView *tree = editor.tree();
        bool conditionShown = false;
        // What does not fit, cell by cell (empty when every text is whole).
        const auto cutCells = [&] {
            QStringList cut;
            if (tree->horizontalScrollBar()->isVisible())
                cut << QStringLiteral("the tree scrolls sideways");
            const QFontMetrics metrics = tree->fontMetrics();
            QList<QModelIndex> rows;
            for (int row = 0; row < tree->model()->rowCount(); ++row) {
                const QModelIndex first = tree->model()->index(row, 0);
                rows << first;
                for (int child = 0; child < tree->model()->rowCount(first); ++child)
                    rows << tree->model()->index(child, 0, first);
            }
            for (const QModelIndex &first : std::as_const(rows)) {
                for (int column = 0; column < tree->model()->columnCount(); ++column) {
                    const QModelIndex cell = first.siblingAtColumn(column);
                    const QString text = cell.data().toString();
                    if (text.isEmpty())
                        continue;
                    // The cell less the style's text margins (and the icon with its own).
                    const int margin =
                        tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, tree) + 1;
                    QRect room = tree->visualRect(cell);
                    room.setWidth(room.width() - 2 * margin);
                    if (!cell.data(Qt::DecorationRole).isNull())
                        room.setWidth(room.width() -
                                      tree->style()->pixelMetric(QStyle::PM_SmallIconSize) -
                                      2 * margin);
                    const QRect needed = metrics.boundingRect(QRect(0, 0, room.width(), 10000),
                                                              Qt::TextWordWrap, text);
                    if (needed.width() > room.width() || needed.height() > room.height())
                        cut << QStringLiteral("\"%1\" needs %2x%3 px, has %4x%5")
                                   .arg(text)
                                   .arg(needed.width())
                                   .arg(needed.height())
                                   .arg(room.width())
                                   .arg(room.height());
                    conditionShown |= text.contains(QStringLiteral("Payment received"));
                }
            }
            return cut.join(QLatin1Char('\n'));
        };
        QString cut;
        QTRY_VERIFY2((cut = cutCells()).isEmpty(), qPrintable(cut));
        QVERIFY(conditionShown);
        shoot(&editor, QStringLiteral("grant-tree-") + language);
    }

    void findingRowsShowTheirFixButtonsWhole()
    {
        RoleEditor editor;
        editor.resize(editorSize);
        editor.loadRole(roleOf(trapRole));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QTreeWidget *findings = editor.findingsView();
        const QList<QPushButton *> fixes = findings->findChildren<QPushButton *>();
        QVERIFY2(fixes.size() >= 3, qPrintable(QString::number(fixes.size())));
        shoot(&editor, QStringLiteral("grant-findings"));
        for (QPushButton *fix : fixes) {
            // As tall as the button wants and inside the list's visible area, text whole.
            QVERIFY2(
                fix->height() >= fix->sizeHint().height(),
                qPrintable(
                    QStringLiteral("%1 < %2").arg(fix->height()).arg(fix->sizeHint().height())));
            QVERIFY2(fix->width() >= fix->sizeHint().width(), qPrintable(fix->text()));
            const QRect shown(fix->mapTo(findings->viewport(), QPoint(0, 0)), fix->size());
            QVERIFY2(findings->viewport()->rect().contains(shown), qPrintable(fix->text()));
        }
    }

    void reviewShowsConditions()
    {
        const Role before = roleOf(R"({"id": "900:r", "slug": "r", "name": "R",
            "type": "share_role", "grants": []})");
        const Role after = roleOf(R"({"id": "900:r", "slug": "r", "name": "R",
            "type": "share_role", "grants": [
              {"action": "entity-view", "resource": "entity:*:opportunity:*",
               "conditions": [{"attribute": "workflows.primary.task_name",
                               "operation": "equals",
                               "values": ["Contract signed", "Payment received"]}]}]})");
        RoleReviewDialog dialog(QStringLiteral("R"), RoleReview::compare(before, after), {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *changes = dialog.findChild<QTreeWidget *>();
        QVERIFY(changes);
        QTreeWidgetItem *added = changes->topLevelItem(0);
        QVERIFY(added);
        shoot(&dialog, QStringLiteral("grant-review"));
        const QString text = added->text(2);
        QVERIFY2(text.contains(QStringLiteral("Payment received")), qPrintable(text));
        // Every line of the After cell fits its column: nothing is elided away.
        const QRect cell = changes->visualItemRect(added);
        const int column = changes->header()->sectionSize(2);
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            QVERIFY2(changes->fontMetrics().horizontalAdvance(line) + 24 <= column,
                     qPrintable(QStringLiteral("%1 px for \"%2\"").arg(column).arg(line)));
        }
        QVERIFY(cell.height() >= changes->fontMetrics().lineSpacing() * text.count('\n') + 1);
    }
};

QTEST_MAIN(GrantEditorLayoutTest)
#include "tst_grant_editor_layout.moc"
