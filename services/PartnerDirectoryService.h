#pragma once

#include "services/ServiceCall.h"

#include <QObject>

// The Partner Directory API (partner-directory.json). Each call mirrors one operationId.
class PartnerDirectoryService : public QObject
{
    Q_OBJECT
public:
    explicit PartnerDirectoryService(ApiClient *client, QObject *parent = nullptr);

    ApiClient *client() const { return m_client; }

private:
    ApiClient *m_client;
};
