#pragma once

#include "services/ServiceCall.h"

#include <QObject>

// The Organization API (organization.json). Each call mirrors one operationId.
class OrganizationService : public QObject
{
    Q_OBJECT
public:
    explicit OrganizationService(ApiClient *client, QObject *parent = nullptr);

    ApiClient *client() const { return m_client; }

private:
    ApiClient *m_client;
};
