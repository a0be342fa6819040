#include "tests/desktop/UiInspection.h"

#include "ui/shell/Pane.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTest>
#include <QTextDocument>

namespace {

// English words that do not occur in German sentences; a visible text holding one of them was
// not translated (or never went through tr()).
const QStringList englishWords = {
    "the",    "and",     "with",     "of",    "to",      "is",      "are",    "not",     "yet",
    "no",     "your",    "you",      "this",  "that",    "from",    "for",    "or",      "save",
    "delete", "new",     "search",   "users", "groups",  "invite",  "reload", "cancel",  "select",
    "choose", "loading", "settings", "roles", "account", "sign",    "add",    "remove",  "edit",
    "show",   "filter",  "every",    "none",  "created", "invited", "active", "pending", "language",
    "retry",  "allow",   "deny",     "close", "send",    "apply"};

// Proper names, identifiers and technical tokens that stay as they are in German.
bool isExempt(const QString &text)
{
    static const QRegularExpression exempt(QStringLiteral(
        R"(^(epilot( Admin)?|[\w.+-]+@[\w.-]+|https?://\S+|[\w-]*\d[\w:-]*|[-—–·…•✓✔✘▲▼ ]*|)"
        R"([a-z]+(-[a-z]+)+|)" // identifiers such as the grant action "entity-delete"
        R"(JSON|CSV|URL|ID|MFA|HTML|API|GET|POST|PUT|PATCH|DELETE|curl|UUID|Passkeys?)$)"));
    return exempt.match(text.trimmed()).hasMatch();
}

QString plain(QString text)
{
    if (Qt::mightBeRichText(text)) {
        QTextDocument document;
        document.setHtml(text);
        text = document.toPlainText();
    }
    return text.remove(QLatin1Char('&')).simplified();
}

struct VisibleText
{
    QString text;
    QString where;
};

QList<VisibleText> visibleTexts(QWidget *root)
{
    QList<VisibleText> texts;
    auto add = [&texts](const QWidget *widget, const QString &text) {
        const QString cleaned = plain(text);
        if (!cleaned.isEmpty())
            texts.append({cleaned, UiInspection::describe(widget)});
    };
    add(root, root->isWindow() ? root->windowTitle() : QString());
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(root))
            continue;
        add(widget, widget->toolTip());
        // Text the server wrote (an audit event's description) is shown as it came.
        if (widget->property("serverText").toBool())
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget))
            add(widget, label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            add(widget, button->text());
        else if (auto *box = qobject_cast<QGroupBox *>(widget))
            add(widget, box->title());
        else if (auto *edit = qobject_cast<QLineEdit *>(widget))
            add(widget, edit->placeholderText());
        else if (auto *plainEdit = qobject_cast<QPlainTextEdit *>(widget))
            add(widget, plainEdit->placeholderText());
        else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            for (int index = 0; index < combo->count(); ++index)
                add(widget, combo->itemText(index));
        } else if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
            for (int index = 0; index < tabs->count(); ++index)
                add(widget, tabs->tabText(index));
        } else if (auto *dock = qobject_cast<QDockWidget *>(widget))
            add(widget, dock->windowTitle());
        else if (auto *header = qobject_cast<QHeaderView *>(widget); header && header->model()) {
            for (int section = 0; section < header->count(); ++section)
                add(widget, header->model()->headerData(section, header->orientation()).toString());
        }
    }
    return texts;
}

QStringList wordsFromTheList(const QString &text)
{
    QStringList found;
    static const QRegularExpression word(QStringLiteral(R"(\b[A-Za-z]+\b)"));
    for (auto match = word.globalMatch(text); match.hasNext();) {
        const QString captured = match.next().captured();
        // All capitals is a technical token ("DELETE" of an HTTP request), not a sentence word.
        if (captured.size() > 1 && captured == captured.toUpper())
            continue;
        const QString candidate = captured.toLower();
        if (englishWords.contains(candidate))
            found.append(candidate);
    }
    return found;
}

bool isTabStop(const QWidget *widget, const QWidget *root)
{
    return widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus) &&
           (widget == root || root->isAncestorOf(widget));
}

QWidget *firstTabStop(QWidget *root)
{
    for (QWidget *widget = root->nextInFocusChain(); widget && widget != root;
         widget = widget->nextInFocusChain()) {
        if (isTabStop(widget, root) && !widget->focusProxy())
            return widget;
    }
    return nullptr;
}

// Reading order: the next control is further right (the same row or a column to the right), or
// lower. Anything else is a jump back. A few pixels of slack for controls of different heights.
bool followsReadingOrder(const QRect &from, const QRect &to)
{
    constexpr int slack = 4;
    // Into a container's first control (a scroll area, then the form inside it).
    if (from.contains(to))
        return true;
    if (to.left() >= from.right() - slack)
        return true;
    return to.center().y() > from.center().y() + slack || to.top() >= from.bottom() - slack;
}

QRect windowRect(const QWidget *widget)
{
    return QRect(widget->mapTo(widget->window(), QPoint(0, 0)), widget->size());
}

} // namespace

QString UiInspection::describe(const QWidget *widget)
{
    QString path;
    for (const QObject *object = widget; object; object = object->parent()) {
        const QString name = object->objectName().isEmpty()
                                 ? QString::fromLatin1(object->metaObject()->className())
                                 : object->objectName();
        path = path.isEmpty() ? name : name + QLatin1Char('/') + path;
        if (qobject_cast<const Pane *>(object) || qobject_cast<const QDialog *>(object))
            break;
    }
    return path;
}

QStringList UiInspection::englishTexts(QWidget *root)
{
    QStringList problems;
    for (const VisibleText &visible : visibleTexts(root)) {
        if (isExempt(visible.text))
            continue;
        const QStringList words = wordsFromTheList(visible.text);
        if (!words.isEmpty())
            problems.append(QStringLiteral("%1: \"%2\" (%3)")
                                .arg(visible.where, visible.text, words.join(QLatin1Char(','))));
    }
    problems.removeDuplicates();
    return problems;
}

QStringList UiInspection::englishWordsIn(const QString &text)
{
    const QString cleaned = plain(text);
    return isExempt(cleaned) ? QStringList() : wordsFromTheList(cleaned);
}

QStringList UiInspection::unnamedControls(QWidget *root)
{
    QStringList problems;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(root) || widget->focusPolicy() == Qt::NoFocus ||
            !widget->isEnabled())
            continue;
        // Scroll areas, viewports and splitters are containers, not controls.
        if (qobject_cast<QAbstractScrollArea *>(widget) &&
            !qobject_cast<QAbstractItemView *>(widget) && !qobject_cast<QPlainTextEdit *>(widget) &&
            !widget->inherits("QTextEdit"))
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible)
            continue;
        if (accessible->text(QAccessible::Name).trimmed().isEmpty())
            problems.append(describe(widget));
    }
    problems.removeDuplicates();
    return problems;
}

QStringList UiInspection::tabOrderProblems(QWidget *root, QStringList *visited)
{
    QStringList problems;
    QWidget *first = firstTabStop(root);
    if (!first)
        return problems;
    root->window()->activateWindow();
    QApplication::setActiveWindow(root->window());
    first->setFocus(Qt::TabFocusReason);
    QWidget *current = QApplication::focusWidget();
    if (!current)
        return {QStringLiteral("%1: cannot take the focus").arg(describe(first))};
    if (visited)
        visited->append(describe(current));
    // Grids with Tab navigation (editable tables) walk their cells first, as spreadsheets do:
    // give them a press per cell, then call it a trap.
    const auto pressesFor = [](QWidget *widget) {
        auto *view = qobject_cast<QAbstractItemView *>(widget);
        if (!view || !view->tabKeyNavigation() || !view->model())
            return 3;
        return view->model()->rowCount() * view->model()->columnCount() + 3;
    };
    QList<QWidget *> seen{current};
    for (int step = 0; step < 200; ++step) {
        QWidget *next = current;
        const int presses = pressesFor(current);
        for (int press = 0; press < presses && next == current; ++press) {
            QTest::keyClick(current, Qt::Key_Tab);
            next = QApplication::focusWidget();
        }
        if (next == current) {
            problems.append(
                QStringLiteral("%1 keeps the focus: Tab never leaves it").arg(describe(current)));
            break;
        }
        if (!next || !(next == root || root->isAncestorOf(next)) || seen.contains(next))
            break;
        if (!followsReadingOrder(windowRect(current), windowRect(next)))
            problems.append(QStringLiteral("%1 → %2 goes back against the layout")
                                .arg(describe(current), describe(next)));
        if (visited)
            visited->append(describe(next));
        seen.append(next);
        current = next;
    }
    return problems;
}
