#include "domain/grants/GrantTree.h"

#include "domain/grants/GrantCatalog.h"

#include <QSet>

namespace GrantTree {

bool isValid(const QList<Grant> &grants, const GrantPath &path)
{
    if (path.isEmpty() || path.size() > 2 || path.at(0) < 0 || path.at(0) >= grants.size())
        return false;
    if (path.size() == 1)
        return true;
    const int index = path.at(1);
    return index >= 0 && index < grants.at(path.at(0)).dependencies().size();
}

Grant at(const QList<Grant> &grants, const GrantPath &path)
{
    if (!isValid(grants, path))
        return {};
    const Grant &top = grants.at(path.at(0));
    return path.size() == 1 ? top : top.dependencies().at(path.at(1));
}

QList<Grant> replaced(QList<Grant> grants, const GrantPath &path, const Grant &grant)
{
    if (!isValid(grants, path))
        return grants;
    if (path.size() == 1) {
        grants[path.at(0)] = grant;
        return grants;
    }
    QList<Grant> dependencies = grants.at(path.at(0)).dependencies();
    dependencies[path.at(1)] = grant;
    grants[path.at(0)].setDependencies(dependencies);
    return grants;
}

QList<Grant> inserted(QList<Grant> grants, const GrantPath &path, const Grant &grant)
{
    if (path.size() == 1) {
        grants.insert(qBound(0, path.at(0), int(grants.size())), grant);
        return grants;
    }
    if (path.size() != 2 || !isValid(grants, {path.at(0)}))
        return grants;
    QList<Grant> dependencies = grants.at(path.at(0)).dependencies();
    dependencies.insert(qBound(0, path.at(1), int(dependencies.size())),
                        grant.withoutDependencies());
    grants[path.at(0)].setDependencies(dependencies);
    return grants;
}

QList<Grant> removed(QList<Grant> grants, const GrantPath &path)
{
    if (!isValid(grants, path))
        return grants;
    if (path.size() == 1) {
        grants.removeAt(path.at(0));
        return grants;
    }
    QList<Grant> dependencies = grants.at(path.at(0)).dependencies();
    dependencies.removeAt(path.at(1));
    grants[path.at(0)].setDependencies(dependencies);
    return grants;
}

int siblingCount(const QList<Grant> &grants, const GrantPath &path)
{
    if (path.size() <= 1)
        return int(grants.size());
    return isValid(grants, {path.at(0)}) ? int(grants.at(path.at(0)).dependencies().size()) : 0;
}

QList<Grant> moved(QList<Grant> grants, const GrantPath &path, int step)
{
    if (!isValid(grants, path))
        return grants;
    const int from = path.last();
    const int to = from + step;
    if (to < 0 || to >= siblingCount(grants, path))
        return grants;
    if (path.size() == 1) {
        grants.move(from, to);
        return grants;
    }
    QList<Grant> dependencies = grants.at(path.at(0)).dependencies();
    dependencies.move(from, to);
    grants[path.at(0)].setDependencies(dependencies);
    return grants;
}

QList<Grant> flatten(const QList<Grant> &grants)
{
    QList<Grant> flat;
    QSet<QString> seen;
    const auto add = [&](const Grant &grant) {
        const Grant plain = grant.withoutDependencies();
        if (!seen.contains(plain.key())) {
            seen.insert(plain.key());
            flat.append(plain);
        }
    };
    for (const Grant &grant : grants) {
        add(grant);
        for (const Grant &dependency : grant.dependencies())
            add(dependency);
    }
    return flat;
}

bool sameGrants(const QList<Grant> &a, const QList<Grant> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype index = 0; index < a.size(); ++index) {
        if (a.at(index).key() != b.at(index).key())
            return false;
    }
    return true;
}

namespace {

struct Match
{
    QList<Grant> dependencies; // as they will be nested
    qsizetype next = 0;        // index in flat after the consumed dependencies
    int consumed = 0;
};

// Tries to read `hint`'s dependencies from flat[start...]; dependencies already seen earlier are
// kept (they were dropped by the server's de-duplication) only when `allowSeen`.
std::optional<Match> match(const QList<Grant> &flat, qsizetype start, const Grant &hint,
                           const QSet<QString> &seen, bool allowSeen)
{
    Match result;
    result.next = start;
    QSet<QString> local = seen;
    for (const Grant &dependency : hint.dependencies()) {
        const QString key = dependency.withoutDependencies().key();
        if (local.contains(key)) {
            if (!allowSeen)
                return std::nullopt;
            result.dependencies.append(dependency.withoutDependencies());
            continue;
        }
        if (result.next >= flat.size() || flat.at(result.next).key() != key)
            return std::nullopt;
        result.dependencies.append(flat.at(result.next));
        local.insert(key);
        ++result.next;
        ++result.consumed;
    }
    if (result.dependencies.isEmpty())
        return std::nullopt;
    return result;
}

} // namespace

QList<Grant> regroup(const QList<Grant> &flat, const QList<Grant> &hints, bool useCatalog)
{
    QList<Grant> result;
    QSet<QString> seen;
    qsizetype index = 0;
    while (index < flat.size()) {
        const Grant grant = flat.at(index).withoutDependencies();
        seen.insert(grant.key());
        std::optional<Match> best;
        bool hinted = false; // a remembered layout knows this grant: no guessing then
        for (const Grant &hint : hints) {
            if (hint.withoutDependencies().key() != grant.key())
                continue;
            hinted = true;
            std::optional<Match> found = match(flat, index + 1, hint, seen, true);
            if (found && (!best || found->consumed > best->consumed))
                best = found;
        }
        if (!best && !hinted && useCatalog) {
            Grant hint = grant;
            hint.setDependencies(GrantCatalog::usualDependencies(grant));
            best = match(flat, index + 1, hint, seen, false);
        }
        Grant out = grant;
        if (best) {
            out.setDependencies(best->dependencies);
            for (const Grant &dependency : best->dependencies)
                seen.insert(dependency.key());
            index = best->next;
        } else {
            ++index;
        }
        result.append(out);
    }
    if (!sameGrants(flatten(result), flat))
        return flat;
    return result;
}

} // namespace GrantTree
