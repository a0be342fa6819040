#pragma once

#include <QString>

// Text from a server shown as it is: nothing in it may change how the page looks. Qt renders
// plain text safely when asked to (Qt::PlainText), but direction controls (right-to-left
// overrides, isolates, marks) would still reorder what follows them; visible() shows each as
// its code point instead, and line breaks as "⏎" where one line is expected.
namespace PlainText {

// Every direction control replaced by "<U+202E>"; with `oneLine`, line breaks as " ⏎ ".
QString visible(const QString &text, bool oneLine = false);
bool isDirectionControl(char32_t codePoint);

} // namespace PlainText
