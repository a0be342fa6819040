#include "services/OrganizationService.h"

OrganizationService::OrganizationService(ApiClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
}
