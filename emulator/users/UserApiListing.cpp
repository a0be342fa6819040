// UserApiModule: listing and searching users (V1 and V2), with the search index that makes
// paging through 100,000 users cheap.
#include "emulator/core/EmulatorStore.h"
#include "emulator/core/ModuleSupport.h"
#include "emulator/users/UserApiModule.h"
#include "emulator/users/UserApiSupport.h"

#include <QJsonArray>
#include <algorithm>
#include <cstring>

using namespace ModuleSupport;
using namespace UserApiSupport;

namespace {
constexpr int kMaximumPageSize = 1000;

// Which page of a list: limit/offset as the specs define them (numbers).
struct Page
{
    int limit = kMaximumPageSize;
    int offset = 0;
    std::optional<EmulatorResponse> error;
};

Page pageOf(const EmulatorRequest &request)
{
    Page page;
    const IntParameter limit =
        intQuery(request, QStringLiteral("limit"), kMaximumPageSize, 0, INT_MAX);
    if (limit.error) {
        page.error = limit.error;
        return page;
    }
    const IntParameter offset = intQuery(request, QStringLiteral("offset"), 0, 0, INT_MAX);
    if (offset.error) {
        page.error = offset.error;
        return page;
    }
    page.limit = qMin(limit.value, kMaximumPageSize);
    page.offset = offset.value;
    return page;
}

// Cannot be typed into a search box, so no match spans two fields or two users.
constexpr char kFieldSeparator = '\x1f';
constexpr char kUserSeparator = '\x1e';
const QStringList kSearchFields = {QStringLiteral("display_name"), QStringLiteral("email"),
                                   QStringLiteral("department"), QStringLiteral("phone"),
                                   QStringLiteral("id")};
} // namespace

EmulatorResponse UserApiModule::listUsersV2(const EmulatorRequest &request)
{
    const Page page = pageOf(request);
    if (page.error)
        return *page.error;
    const QString query = request.queryValue(QStringLiteral("query")).trimmed();
    const QList<qsizetype> &users = matchingUsers({request.caller.organizationId}, query);
    QJsonArray results;
    for (qsizetype index = page.offset; index < users.size() && results.size() < page.limit;
         ++index)
        results.append(UserDirectory::toV2(m_search.users.at(users.at(index))));
    return EmulatorResponse::json(200, QJsonObject{{QStringLiteral("results"), results}});
}

EmulatorResponse UserApiModule::listUsersV1(const EmulatorRequest &request)
{
    const Page page = pageOf(request);
    if (page.error)
        return *page.error;
    QStringList organizations;
    for (const QString &id :
         request.queryValue(QStringLiteral("org_ids")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        organizations.append(id.trimmed());
    const QJsonObject caller = m_users.user(request.caller.userId);
    for (const QString &id : std::as_const(organizations)) {
        if (id != request.caller.organizationId && !UserDirectory::isMember(caller, id))
            return EmulatorResponse::error(
                403, QStringLiteral("You are not a member of organization %1").arg(id));
    }
    if (organizations.isEmpty())
        organizations.append(request.caller.organizationId);
    const QString query = request.queryValue(QStringLiteral("query")).trimmed();
    const QList<qsizetype> &matching = matchingUsers(organizations, query);
    QJsonArray users;
    for (qsizetype index = page.offset; index < matching.size() && users.size() < page.limit;
         ++index)
        users.append(UserDirectory::toV1(m_search.users.at(matching.at(index))));
    return EmulatorResponse::json(200, QJsonObject{{QStringLiteral("users"), users}});
}

const QList<qsizetype> &UserApiModule::matchingUsers(const QStringList &organizations,
                                                     const QString &query)
{
    if (m_listing.valid && m_listing.revision == m_store.revision() &&
        m_listing.organizations == organizations && m_listing.query == query)
        return m_listing.users;
    m_listing = Listing{organizations, query, m_store.revision(), true, {}};
    const SearchIndex &index = searchIndex();
    QList<int> wanted;
    for (const QString &id : organizations)
        wanted.append(index.organizationNumbers.value(id, -1));
    const QByteArray needle = query.toCaseFolded().toUtf8();
    if (needle.isEmpty()) {
        for (qsizetype user = 0; user < index.users.size(); ++user) {
            if (isMemberOfAny(user, wanted))
                m_listing.users.append(user);
        }
        return m_listing.users;
    }
    if (needle.contains(kUserSeparator) || needle.contains(kFieldSeparator))
        return m_listing.users; // no match may span two fields or two users
    // Folded UTF-8 matches where the folded text does: UTF-8 never matches inside a character.
    const char *const begin = index.text.constData();
    const char *const end = begin + index.text.size();
    const qsizetype count = index.starts.size();
    qsizetype user = 0;
    for (const char *from = begin; from < end;) {
        const auto *found = static_cast<const char *>(
            memmem(from, std::size_t(end - from), needle.constData(), std::size_t(needle.size())));
        if (!found)
            break;
        // Matches come in text order: walk on to the user whose part holds this one.
        const qsizetype offset = found - begin;
        while (user + 1 < count && index.starts.at(user + 1) <= offset)
            ++user;
        if (isMemberOfAny(user, wanted))
            m_listing.users.append(user);
        from = user + 1 < count ? begin + index.starts.at(user + 1) : end; // one match per user
    }
    return m_listing.users;
}

bool UserApiModule::isMemberOfAny(qsizetype user, const QList<int> &organizations) const
{
    const auto first = m_search.memberships.cbegin() + m_search.membershipStarts.at(user);
    const auto last = m_search.memberships.cbegin() + m_search.membershipStarts.at(user + 1);
    return std::find_first_of(first, last, organizations.cbegin(), organizations.cend()) != last;
}

const UserApiModule::SearchIndex &UserApiModule::searchIndex()
{
    // Memberships and searchable fields read once per store revision: a listing over 100,000
    // users is then a plain scan instead of many JSON lookups per user.
    if (m_search.valid && m_search.revision == m_store.revision())
        return m_search;
    m_search = SearchIndex{};
    m_search.revision = m_store.revision();
    m_search.valid = true;
    const auto addMembership = [this](const QString &organization) {
        const auto number = m_search.organizationNumbers.constFind(organization);
        if (number != m_search.organizationNumbers.cend()) {
            m_search.memberships.append(*number);
            return;
        }
        const int next = int(m_search.organizationNumbers.size());
        m_search.organizationNumbers.insert(organization, next);
        m_search.memberships.append(next);
    };
    m_store.forEach(kUsers, [this, &addMembership](const QJsonObject &user) {
        m_search.starts.append(m_search.text.size());
        for (const QString &field : kSearchFields) {
            m_search.text += user.value(field).toString().toCaseFolded().toUtf8();
            m_search.text += kFieldSeparator;
        }
        m_search.text += kUserSeparator;
        m_search.membershipStarts.append(m_search.memberships.size());
        addMembership(user.value(QStringLiteral("organization_id")).toString());
        for (const QJsonValue &other : user.value(QStringLiteral("_org_ids")).toArray())
            addMembership(other.toString());
        m_search.users.append(user);
        return true;
    });
    m_search.membershipStarts.append(m_search.memberships.size()); // the last user's end
    return m_search;
}
