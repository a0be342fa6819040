#include "domain/console/OperationCatalog.h"

#include <QCoreApplication>

const Operation *OperationCatalog::find(const QString &operationId)
{
    for (const Operation &operation : all()) {
        if (operation.operationId == operationId)
            return &operation;
    }
    return nullptr;
}

QString OperationCatalog::apiName(Api api)
{
    switch (api) {
    case Api::User:
        return QStringLiteral("user");
    case Api::Organization:
        return QStringLiteral("organization");
    case Api::PartnerDirectory:
        return QStringLiteral("partner-directory");
    case Api::Permissions:
        return QStringLiteral("permissions");
    case Api::Entity:
        return QStringLiteral("entity");
    case Api::AuditLogs:
        return QStringLiteral("audit-logs");
    case Api::AccessToken:
        return QStringLiteral("access-token");
    }
    return {};
}

QString OperationCatalog::apiTitle(Api api)
{
    return QCoreApplication::translate("ApiEndpoints", ApiEndpoints::descriptor(api).label);
}

QString OperationCatalog::placeName(OperationParameter::Place place)
{
    switch (place) {
    case OperationParameter::Place::Path:
        return QStringLiteral("path");
    case OperationParameter::Place::Query:
        return QStringLiteral("query");
    case OperationParameter::Place::Header:
        return QStringLiteral("header");
    }
    return {};
}
