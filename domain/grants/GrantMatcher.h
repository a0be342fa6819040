#pragma once

#include <QString>

// Wildcard matching as epilot documents it for grants: `*` stands for any run of characters
// (including none); everything else matches itself.
namespace GrantMatcher {

bool matches(const QString &pattern, const QString &text);
// True if every text `inner` can match is also matched by `outer` (approximately: `outer`
// matches `inner` read literally, or `outer` is "*").
bool covers(const QString &outer, const QString &inner);

} // namespace GrantMatcher
