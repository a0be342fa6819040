#pragma once

#include "domain/grants/GrantFinding.h"
#include "domain/grants/GrantTree.h"
#include "domain/partners/Role.h"

#include <optional>

// What the role editor edits: name, slug and the grant tree, and for organization roles the
// parent role and the expiry (empty for partner roles). Undo commands keep two of these.
struct RoleDraft
{
    QString name;
    QString slug;
    QList<Grant> grants;
    QString parentRole; // role id; empty: none
    QString expiresAt;  // ISO 8601 date-time as sent; empty: never expires

    bool operator==(const RoleDraft &other) const
    {
        return name == other.name && slug == other.slug && parentRole == other.parentRole &&
               expiresAt == other.expiresAt &&
               Grant::listToJson(grants) == Grant::listToJson(other.grants);
    }
};

// One edit's result: the draft after it and the grant to select then. An edit that does not
// apply (no grant selected, an index out of range) gives the draft back unchanged.
struct RoleDraftEdit
{
    RoleDraft draft;
    GrantPath select;
};

// The role editor's edits as plain functions on a draft: the widgets only pick which one to run
// and show the result; the undo stack keeps the drafts before and after.
namespace RoleEdits {

RoleDraftEdit renamed(const RoleDraft &draft, const GrantPath &selected, const QString &name);
// The slug is trimmed (spaces are never part of one).
RoleDraftEdit withSlug(const RoleDraft &draft, const GrantPath &selected, const QString &slug);
// A new, empty "allow" grant below the selected top-level grant (or at the end).
RoleDraftEdit grantAdded(const RoleDraft &draft, const GrantPath &selected);
// An entity-read on the owner's resource, as the last dependency of the selected grant's owner.
RoleDraftEdit dependencyAdded(const RoleDraft &draft, const GrantPath &selected);
RoleDraftEdit duplicated(const RoleDraft &draft, const GrantPath &selected);
// Selects the next sibling, else the previous one, else the owner.
RoleDraftEdit removed(const RoleDraft &draft, const GrantPath &selected);
// One place up (-1) or down (+1) among the siblings; unchanged at the edges.
RoleDraftEdit moved(const RoleDraft &draft, const GrantPath &selected, int step);
// Top-level grants inserted below the selected top-level grant (or at the end).
RoleDraftEdit pasted(const RoleDraft &draft, const GrantPath &selected, const QList<Grant> &grants);
// Adds a finding's missing dependency to the grant it names.
RoleDraftEdit fixed(const RoleDraft &draft, const GrantPath &selected, const GrantFinding &finding);

RoleDraftEdit withAction(const RoleDraft &draft, const GrantPath &selected, const QString &action);
RoleDraftEdit withResource(const RoleDraft &draft, const GrantPath &selected,
                           const QString &resource);
RoleDraftEdit withEffect(const RoleDraft &draft, const GrantPath &selected, const QString &effect);
RoleDraftEdit conditionAdded(const RoleDraft &draft, const GrantPath &selected,
                             const QString &attribute, const QStringList &values);
RoleDraftEdit conditionAdded(const RoleDraft &draft, const GrantPath &selected,
                             GrantCondition::Kind kind, const QString &attribute,
                             const QStringList &values);
// Only an equals condition is edited this way; other shapes are kept exactly.
RoleDraftEdit conditionChanged(const RoleDraft &draft, const GrantPath &selected, int condition,
                               const QString &attribute, const QStringList &values);
// Any of the four shapes of the spec, its kind changed too; unknown shapes are kept exactly.
// For the current-user kinds `attribute` may name several user fields, separated by commas.
RoleDraftEdit conditionChanged(const RoleDraft &draft, const GrantPath &selected, int condition,
                               GrantCondition::Kind kind, const QString &attribute,
                               const QStringList &values);
// Organization roles: the inherited role (id, empty: none) and the expiry (empty: never).
RoleDraftEdit withParentRole(const RoleDraft &draft, const GrantPath &selected,
                             const QString &roleId);
RoleDraftEdit withExpiry(const RoleDraft &draft, const GrantPath &selected,
                         const QString &isoDateTime);
// The draft of a role as loaded: its members, grants as given (flat from the server).
RoleDraft draftOf(const Role &role, const QList<Grant> &grants);
RoleDraftEdit conditionRemoved(const RoleDraft &draft, const GrantPath &selected, int condition);

// The role as the JSON view shows it: the loaded role's id and type around the draft.
QString jsonText(const RoleDraft &draft, const Role &loaded);
struct JsonReading
{
    std::optional<RoleDraft> draft; // empty when refused
    QString reason;                 // why refused (translated)
    int line = 0;                   // where, 1-based
};
// Reads the JSON view's text; refuses what does not parse or fit (a saved role's slug or id
// changed, a grant of the wrong shape) and says at which line.
JsonReading fromJsonText(const QString &text, const Role &loaded, bool isNew);
// Grants copied as JSON (one grant or a list); empty with `error` when the text holds none.
std::optional<QList<Grant>> grantsFromJsonText(const QString &text, QString *error = nullptr);
// The role to send: the loaded role's other members with the draft's name, slug, grants,
// parent role and expiry (the last two removed when empty).
Role applied(const Role &loaded, const RoleDraft &draft);

} // namespace RoleEdits
