#include "controllers/OrganizationSwitcher.h"

#include "services/api/AccountService.h"
#include "services/session/Session.h"

OrganizationSwitcher::OrganizationSwitcher(Session *session, QObject *parent)
    : QObject(parent), m_session(session), m_account(new AccountService(session->client(), this))
{
}

void OrganizationSwitcher::refresh()
{
    const QJsonObject me = m_session->me();
    const QString username = me.value(QStringLiteral("email")).toString();
    if (username.isEmpty()) {
        m_organizations = {};
        emit organizationsChanged();
        return;
    }
    emit refreshStarted();
    m_account->getUserLoginParametersV2(username, this,
                                        [this](const ApiResult<QJsonArray> &result) {
                                            if (!result.ok()) {
                                                emit refreshFailed(result.error().message);
                                                emit failed(result.error().message);
                                                return;
                                            }
                                            m_organizations = result.value();
                                            emit organizationsChanged();
                                        });
}

void OrganizationSwitcher::switchTo(const QString &organizationId)
{
    m_account->switchOrganization(
        organizationId, this, [this, organizationId](const ApiResult<QJsonObject> &result) {
            if (!result.ok())
                return fail(result.error().message);
            const QString token = result.value().value(QStringLiteral("login_token")).toString();
            if (token.isEmpty())
                return fail(tr("The server did not hand out a token for the organization."));
            m_session->changeOrganization(token);
            emit switched(organizationId);
        });
}

void OrganizationSwitcher::fail(const QString &message)
{
    emit failed(message);
    emit switchFailed(message);
}
