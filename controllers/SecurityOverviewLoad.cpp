#include "controllers/SecurityOverviewLoad.h"

#include "controllers/PeopleRolesLoad.h"
#include "services/api/AccessTokenService.h"

#include <utility>

SecurityOverviewLoad::SecurityOverviewLoad(UserService *users, PermissionsService *permissions,
                                           AccessTokenService *tokens, QObject *parent)
    : QObject(parent), m_people(new PeopleRolesLoad(users, permissions, this)), m_tokens(tokens)
{
    connect(m_people, &PeopleRolesLoad::finished, this,
            [this](const PeopleRolesSnapshot &snapshot) {
                m_input.people = snapshot.people;
                m_input.roles = snapshot.roles;
                m_input.assignments = snapshot.assignments;
                done();
            });
    connect(m_people, &PeopleRolesLoad::failed, this, [this](const QString &message) {
        m_error = message;
        done();
    });
}

void SecurityOverviewLoad::start(const QString &organizationId)
{
    const quint64 generation = ++m_generation;
    m_input = {};
    m_input.organizationId = organizationId;
    m_error.clear();
    m_open = 2;
    m_people->start(); // drops the answers of a load still running
    m_tokens->listAccessTokens(this, [this, generation](const ApiResult<QJsonArray> &result) {
        if (generation != m_generation)
            return;
        if (result.ok())
            m_input.tokens = AccessToken::listFromJson(result.value());
        else
            m_input.tokensProblem =
                tr("The API tokens could not be listed: %1").arg(result.error().message);
        done();
    });
}

void SecurityOverviewLoad::done()
{
    if (--m_open > 0)
        return;
    // Taken out first: a slot may start the next check at once.
    SecurityInput input = std::exchange(m_input, {});
    if (!m_error.isEmpty()) {
        emit failed(m_error);
        return;
    }
    input.now = QDateTime::currentDateTimeUtc();
    emit finished(SecurityFindings::of(input), input.now);
}
