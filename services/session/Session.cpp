#include "services/session/Session.h"

#include <utility>

Session::Session(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_client(new ApiClient(network, this)),
      m_users(new UserService(m_client, this)),
      m_organizations(new OrganizationService(m_client, this)),
      m_partners(new PartnerDirectoryService(m_client, this)),
      m_permissions(new PermissionsService(m_client, this)),
      m_entities(new EntityService(m_client, this))
{
}

void Session::begin(const ApiEndpoints &endpoints, const QString &token)
{
    m_client->setEndpoints(endpoints);
    m_client->setToken(token);
    m_active = true;
    m_confirmed = false;
    refreshMe();
}

void Session::end()
{
    m_client->setToken({});
    m_me = {};
    m_active = false;
    m_confirmed = false;
    emit ended();
}

void Session::refreshMe()
{
    m_users->getMeV2(this, [this](const ApiResult<QJsonObject> &result) {
        if (!result.ok()) {
            // Only a 401 ends a session that works; anything else leaves it as it is.
            const ApiError &error = result.error();
            if (m_confirmed && error.kind != ApiError::Kind::Unauthorized)
                emit refreshFailed(error);
            else
                emit failed(error);
            return;
        }
        const QString previousOrganization = organizationId();
        m_me = result.value();
        const bool firstAnswer = !std::exchange(m_confirmed, true);
        emit meChanged(m_me);
        if (firstAnswer)
            emit signedIn();
        if (!previousOrganization.isEmpty() && previousOrganization != organizationId())
            emit organizationChanged(organizationId());
    });
}

QString Session::userId() const
{
    const QJsonValue id = m_me.value(QStringLiteral("id"));
    return id.isDouble() ? QString::number(qint64(id.toDouble())) : id.toString();
}

QString Session::organizationId() const
{
    const QJsonValue id = m_me.value(QStringLiteral("organization_id"));
    return id.isDouble() ? QString::number(qint64(id.toDouble())) : id.toString();
}

void Session::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    emit readOnlyChanged(readOnly);
}

void Session::changeOrganization(const QString &token)
{
    m_client->setToken(token);
    refreshMe();
}
