#pragma once

#include "domain/grants/Grant.h"

// A position in a role's grant tree: {top-level index} or {top-level index, dependency index}.
using GrantPath = QList<int>;

// Operations on a role's grants as a tree (top-level grants, each with dependency grants).
// Pure functions on values: the editor builds new lists and keeps old ones for undo.
namespace GrantTree {

bool isValid(const QList<Grant> &grants, const GrantPath &path);
Grant at(const QList<Grant> &grants, const GrantPath &path);
QList<Grant> replaced(QList<Grant> grants, const GrantPath &path, const Grant &grant);
// Inserts at `path` (its last index may equal the sibling count: append).
QList<Grant> inserted(QList<Grant> grants, const GrantPath &path, const Grant &grant);
QList<Grant> removed(QList<Grant> grants, const GrantPath &path);
// Moves a grant one place up (-1) or down (+1) among its siblings; unchanged at the edges.
QList<Grant> moved(QList<Grant> grants, const GrantPath &path, int step);
int siblingCount(const QList<Grant> &grants, const GrantPath &path);

// The server's view of a role: each grant followed by its dependencies, without the
// `dependencies` member, duplicates (same Grant::key) dropped after their first appearance.
QList<Grant> flatten(const QList<Grant> &grants);
// Inverse of flatten for the editor: finds, in the server's flat list, grants followed by the
// dependencies a hint says they have, and nests them again. `hints` are trees known to be right
// (the last saved layout of this role) tried first, then `catalogHints` (usual dependencies),
// which only apply when every dependency follows its grant directly. The result always
// flattens back to exactly `flat`; when no hint fits, grants stay flat.
QList<Grant> regroup(const QList<Grant> &flat, const QList<Grant> &hints, bool useCatalog = true);
// Same keys in the same order.
bool sameGrants(const QList<Grant> &a, const QList<Grant> &b);

} // namespace GrantTree
