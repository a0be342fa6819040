#pragma once

// Keeps Tab moving from control to control in every window, for people who use the keyboard:
// lists and tables hand Tab on to the next control (the arrow keys move between rows and cells;
// a table walking its cells with Tab wraps around and never lets go), and text boxes pass Tab on
// instead of typing a tab character, which no field of this application needs. Applies to each
// widget when it is first shown; calling it again changes nothing.
namespace KeyboardAccess {
void keepTabMoving();
}
