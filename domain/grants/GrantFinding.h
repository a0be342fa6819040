#pragma once

#include "domain/grants/GrantTree.h"

#include <optional>

// One finding of the policy analyzer about a role being edited.
struct GrantFinding
{
    // Errors block saving; warnings need an explicit confirmation before saving; suggestions
    // carry a one-click fix.
    enum class Severity { Error, Warning, Suggestion };

    Severity severity = Severity::Error;
    QString code;          // stable identifier, e.g. "missing-action" (tests and filters use it)
    QString message;       // for people
    GrantPath path;        // the grant concerned; empty for the role itself
    bool security = false; // a warning about who may see or change what
    std::optional<Grant> fixDependency; // suggestion: add this as a dependency of `path`

    static QString severityLabel(Severity severity);
};
