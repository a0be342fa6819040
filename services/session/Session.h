#pragma once

#include "services/api/EntityService.h"
#include "services/api/OrganizationService.h"
#include "services/api/PartnerDirectoryService.h"
#include "services/api/PermissionsService.h"
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
    PermissionsService *permissions() const { return m_permissions; }
    EntityService *entities() const { return m_entities; }

    // Points the client at a profile's endpoints with its token, then loads the signed-in user.
    void begin(const ApiEndpoints &endpoints, const QString &token);
    void end();
    // Reloads the signed-in user (getMeV2); emits meChanged, or on failure: failed while the
    // sign-in is not confirmed yet or on a 401, refreshFailed otherwise (the session goes on).
    void refreshMe();

    bool isActive() const { return m_active; }
    // getMeV2 answered at least once since begin(): the token works.
    bool isConfirmed() const { return m_confirmed; }
    QJsonObject me() const { return m_me; }
    QString userId() const;
    QString organizationId() const;
    bool isReadOnly() const { return m_readOnly; }
    void setReadOnly(bool readOnly);
    // After switchOrganization: take the new token and tell every pane to reload.
    void changeOrganization(const QString &token);

signals:
    void meChanged(const QJsonObject &me);
    // The sign-in did not go through (begin's getMeV2 failed) or the server refused the token.
    void failed(const ApiError &error);
    // The first getMeV2 after begin() answered: a new sign-in (also after the session ended).
    void signedIn();
    // A refresh of the signed-in user's data failed for another reason than a 401 (429, 5xx,
    // a damaged answer, a dropped connection): a hiccup, not the end of the session.
    void refreshFailed(const ApiError &error);
    void readOnlyChanged(bool readOnly);
    void organizationChanged(const QString &organizationId);
    void ended();

private:
    ApiClient *m_client;
    UserService *m_users;
    OrganizationService *m_organizations;
    PartnerDirectoryService *m_partners;
    PermissionsService *m_permissions;
    EntityService *m_entities;
    QJsonObject m_me;
    bool m_active = false;
    bool m_confirmed = false;
    bool m_readOnly = false;
};
