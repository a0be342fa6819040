#include "services/session/Session.h"

Session::Session(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_client(new ApiClient(network, this)),
      m_users(new UserService(m_client, this)),
      m_organizations(new OrganizationService(m_client, this)),
      m_partners(new PartnerDirectoryService(m_client, this)),
      m_entities(new EntityService(m_client, this))
{
}

void Session::begin(const ApiEndpoints &endpoints, const QString &token)
{
    m_client->setEndpoints(endpoints);
    m_client->setToken(token);
    m_active = true;
    refreshMe();
}

void Session::end()
{
    m_client->setToken({});
    m_me = {};
    m_active = false;
    emit ended();
}

void Session::refreshMe()
{
    m_users->getMeV2(this, [this](const ApiResult<QJsonObject> &result) {
        if (!result.ok()) {
            emit failed(result.error());
            return;
        }
        const QString previousOrganization = organizationId();
        m_me = result.value();
        emit meChanged(m_me);
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
