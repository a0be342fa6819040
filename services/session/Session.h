#pragma once

#include "services/api/EntityService.h"
#include "services/api/OrganizationService.h"
#include "services/api/PartnerDirectoryService.h"
#include "services/api/UserService.h"
#include "services/network/ApiClient.h"

#include <QJsonObject>
#include <QObject>

class QNetworkAccessManager;

// Who is signed in where: the one ApiClient, the three services and the signed-in user.
// Panes get the Session and reach every API through it.
class Session : public QObject
{
    Q_OBJECT
public:
    explicit Session(QNetworkAccessManager *network, QObject *parent = nullptr);

    ApiClient *client() const { return m_client; }
    UserService *users() const { return m_users; }
    OrganizationService *organizations() const { return m_organizations; }
    PartnerDirectoryService *partners() const { return m_partners; }
    EntityService *entities() const { return m_entities; }

    // Points the client at a profile's endpoints with its token, then loads the signed-in user.
    void begin(const ApiEndpoints &endpoints, const QString &token);
    void end();
    // Reloads the signed-in user (getMeV2); emits meChanged or failed.
    void refreshMe();

    bool isActive() const { return m_active; }
    QJsonObject me() const { return m_me; }
    QString userId() const;
    QString organizationId() const;
    bool isReadOnly() const { return m_readOnly; }
    void setReadOnly(bool readOnly);
    // After switchOrganization: take the new token and tell every pane to reload.
    void changeOrganization(const QString &token);

signals:
    void meChanged(const QJsonObject &me);
    void failed(const ApiError &error);
    void readOnlyChanged(bool readOnly);
    void organizationChanged(const QString &organizationId);
    void ended();

private:
    ApiClient *m_client;
    UserService *m_users;
    OrganizationService *m_organizations;
    PartnerDirectoryService *m_partners;
    EntityService *m_entities;
    QJsonObject m_me;
    bool m_active = false;
    bool m_readOnly = false;
};
