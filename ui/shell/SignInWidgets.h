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
// The sign-in dialog's questions (in its translation context): keep a token the keychain
// refused for this run only; continue as another account than the profile had.
bool askKeepForSession(QWidget *parent, const QString &problem);
bool askOtherAccount(QWidget *parent, const QString &question);

} // namespace SignInWidgets
