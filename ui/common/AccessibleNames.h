#pragma once

class QWidget;

// Gives every control under `root` that a person can reach with the keyboard an accessible name
// when it has none: the label in front of it in its layout, else its tool tip, placeholder text,
// tab titles or the title of the page it sits on. Names set on purpose are never changed.
namespace AccessibleNames {
void complete(QWidget *root);
// From now on, every window and page completes its names when it is shown, and so does every
// control shown later (dialogs, rows added while running). Calling it again changes nothing.
void completeWhenShown();
} // namespace AccessibleNames
