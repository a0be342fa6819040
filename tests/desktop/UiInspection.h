#pragma once

#include <QString>
#include <QStringList>

class QWidget;

// What the desktop tests look for in a window, as a person (or a screen reader) meets it: the texts
// shown, English words left in a German interface, controls without an accessible name, and a Tab
// order that jumps against the layout. Each check returns readable problems, one per entry.
namespace UiInspection {

// "pane/child/widget": where a widget sits, for messages.
QString describe(const QWidget *widget);

// The English words in `text` (none for names, addresses and technical tokens).
QStringList englishWordsIn(const QString &text);

// Every visible text under `root` that still holds an English word. A widget whose property
// "serverText" is true shows text as the server wrote it and is left out.
QStringList englishTexts(QWidget *root);

// Every focusable, enabled, visible control under `root` whose accessible name is empty.
QStringList unnamedControls(QWidget *root);

// Presses Tab from the first control under `root` until the focus leaves `root` or comes back,
// and reports each step that goes against reading order (to the left in the same row, or up
// without moving into a column further right; stepping from a container such as a scroll area
// into what it holds is fine) and any control that keeps the focus for good.
// `visited` (optional) receives the controls in the order Tab reached them.
QStringList tabOrderProblems(QWidget *root, QStringList *visited = nullptr);

} // namespace UiInspection
