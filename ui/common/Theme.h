#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

// The one place the application's colours come from. Semantic tokens pick a light or a dark
// variant by the palette's window lightness, so every pane stays readable in a dark desktop theme;
// plain text and surfaces come from the palette itself. No widget writes a colour literal: ask
// here (add a token at the end of the enum when a new meaning is needed).
namespace Theme {

enum class Color {
    ErrorText,       // a failed save, a refused value
    WarningText,     // something to look at, not yet wrong
    SuccessText,     // saved, active, allowed
    InfoText,        // neutral emphasis, links in text
    MutedText,       // secondary lines, placeholders, "(no name yet)"
    ErrorBackground, // banners and badges, with their *Border twins
    WarningBackground,
    SuccessBackground,
    InfoBackground,
    ErrorBorder,
    WarningBorder,
    SuccessBorder,
    InfoBorder,
    TextOnBackground, // text on the four backgrounds above
    Highlight,        // a changed field, a match
    Selection,        // a selected tile or row that is not the view's current row
    TextOnCategory,   // initials and marks drawn on a category colour or an avatar
};

// How strongly the palette's window is dark (dark desktop themes).
bool isDark(const QPalette &palette);
QColor color(Color token, const QPalette &palette);
QColor color(Color token); // with the application's palette
// "#rrggbb", for style sheets.
QString name(Color token);
QString name(Color token, const QPalette &palette);
// "color: #rrggbb;" for a label's style sheet.
QString textStyle(Color token);

// A palette of distinct colours for categories (group avatars, HTTP methods, grant kinds).
// Indexes wrap around; the colours keep white text readable in both light and dark themes.
int categoryCount();
QColor category(int index);

} // namespace Theme
