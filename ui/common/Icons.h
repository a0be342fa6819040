#pragma once

#include <QIcon>
#include <QString>

// The application's icon set (resources/icons/*.svg), rendered with Qt SVG by SvgIconEngine
// so the icons follow the palette and stay sharp at every size.
namespace Icons {

// Makes the icon resources available; call once before the first icon (the resources live in
// the static epilot_ui library, whose initialisers the linker may otherwise drop).
void initialize();

// `name` is the file name without ".svg", e.g. "users"; an unknown name gives an empty icon.
QIcon get(const QString &name);
QIcon application();

} // namespace Icons
