#pragma once

#include "domain/grants/GrantFinding.h"

#include <QColor>
#include <QIcon>
#include <QString>

class QLabel;

// How grants look everywhere: allow and deny differ in colour *and* shape (a tick in a circle,
// a bar in an octagon), so they are told apart without colour too; findings get severity icons.
// Colours come from ui/common/Theme (light or dark variant).
namespace GrantStyle {

QIcon effectIcon(const QString &effect);
QColor effectColor(const QString &effect);
QIcon severityIcon(GrantFinding::Severity severity);
QColor severityColor(GrantFinding::Severity severity);
// A wrapped, muted line of help under or beside a field.
QLabel *hintLabel(const QString &text = {});

} // namespace GrantStyle
