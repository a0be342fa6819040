#pragma once

class QLabel;
class QString;
class QWidget;

// The label styles the sign-in dialog and its parts share.
namespace SignInWidgets {

// A slightly smaller, word-wrapped label for hints and messages under fields.
QLabel *smallLabel(QWidget *parent = nullptr);
// A bold, slightly larger label above a part of the dialog.
QLabel *sectionHeading(const QString &text);

} // namespace SignInWidgets
