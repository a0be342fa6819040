#pragma once

#include "services/network/ServiceCall.h"

#include <QObject>

// The Organization API (organization.json). Each call mirrors one operationId.
class OrganizationService : public QObject
{
    Q_OBJECT
public:
    explicit OrganizationService(ApiClient *client, QObject *parent = nullptr);

    ApiCall *getCurrentOrganization(QObject *context, ObjectCallback done);
    ApiCall *getOrganization(const QString &organizationId, QObject *context, ObjectCallback done);
    // Sends only the fields given (the caller works out what changed).
    ApiCall *updateOrganization(const QString &organizationId, const QJsonObject &changes,
                                QObject *context, ObjectCallback done);
    // The settings as one object: key → any JSON value.
    ApiCall *getSettings(const QString &organizationId, QObject *context, ObjectCallback done);
    // `jsonValue` is the value as JSON text, so scalars ("de", 3, true) work as well as objects.
    // Refused before sending when it is not valid JSON.
    ApiCall *putSettingsValue(const QString &organizationId, const QString &key,
                              const QByteArray &jsonValue, QObject *context, DoneCallback done);
    ApiCall *deleteSettingsValue(const QString &organizationId, const QString &key,
                                 QObject *context, DoneCallback done);
    ApiCall *getOrganizationFeatureSettings(QObject *context, ObjectCallback done);
    // Deprecated by the API in favour of getOrganizationFeatureSettings; kept for older tenants.
    ApiCall *getFeatureSettings(QObject *context, ObjectCallback done);

    ApiClient *client() const { return m_client; }

private:
    ApiClient *m_client;
};
