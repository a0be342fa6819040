#include "services/PartnerDirectoryService.h"

PartnerDirectoryService::PartnerDirectoryService(ApiClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
}
