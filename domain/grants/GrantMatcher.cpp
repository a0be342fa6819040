#include "domain/grants/GrantMatcher.h"

namespace GrantMatcher {

bool matches(const QString &pattern, const QString &text)
{
    // Iterative glob with back-tracking to the last star: linear enough for grant-sized input.
    qsizetype p = 0, t = 0, star = -1, resume = 0;
    while (t < text.size()) {
        if (p < pattern.size() && pattern.at(p) == QLatin1Char('*')) {
            star = p++;
            resume = t;
        } else if (p < pattern.size() && pattern.at(p) == text.at(t)) {
            ++p;
            ++t;
        } else if (star >= 0) {
            p = star + 1;
            t = ++resume;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern.at(p) == QLatin1Char('*'))
        ++p;
    return p == pattern.size();
}

bool covers(const QString &outer, const QString &inner)
{
    return outer == QLatin1String("*") || matches(outer, inner);
}

} // namespace GrantMatcher
