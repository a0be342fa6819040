#pragma once

#include "domain/grants/GrantFinding.h"

// Checks a role while it is edited, graded like a policy analyzer:
// errors — missing action, effect other than allow/deny, `equals` without attribute or values,
//   a duplicate grant, a dependency with dependencies of its own, a missing name, a bad slug;
// warnings — an allow on everything (resource or action `*`), a deny that shadows an allow,
//   access the role did not have before (new allows, removed denies), an unknown action, a
//   condition shape the editor cannot check;
// suggestions — a grant whose usual dependency is missing (fix: add it as a dependency).
class PolicyAnalyzer
{
public:
    struct Input
    {
        QString name;
        QString slug;
        QList<Grant> grants;                // the tree being edited
        std::optional<QList<Grant>> before; // the role's grants as loaded; none for a new role
    };

    static QList<GrantFinding> analyze(const Input &input);
    static bool hasErrors(const QList<GrantFinding> &findings);
    static QList<GrantFinding> securityWarnings(const QList<GrantFinding> &findings);

private:
    static void checkRole(const Input &input, QList<GrantFinding> &findings);
    static void checkGrant(const Grant &grant, const GrantPath &path,
                           QList<GrantFinding> &findings);
    static void checkDuplicates(const QList<Grant> &siblings, const GrantPath &parent,
                                QList<GrantFinding> &findings);
    static void checkShadowing(const QList<Grant> &grants, QList<GrantFinding> &findings);
    static void checkNewAccess(const Input &input, QList<GrantFinding> &findings);
    static void checkDependencies(const QList<Grant> &grants, QList<GrantFinding> &findings);
};
