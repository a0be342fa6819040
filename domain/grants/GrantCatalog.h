#pragma once

#include "domain/grants/Grant.h"

// What the editor knows about epilot's grant actions: the common ones (offered in the action
// list; others are allowed but flagged) and the grants an action usually needs beside it.
// This is the editor's own knowledge, not the server's: the server accepts any action.
namespace GrantCatalog {

QStringList commonActions();
// A short description of a common action, empty for unknown ones.
QString describe(const QString &action);
// True if `action` is common, "*" or a wildcard pattern that matches a common action.
bool isKnownAction(const QString &action);
// The grants `grant` usually depends on (same resource, effect allow), e.g. entity-update needs
// entity-read. Empty for deny grants and for actions without known dependencies.
QList<Grant> usualDependencies(const Grant &grant);
// Help text on the resource form.
QString resourceHelp();

} // namespace GrantCatalog
