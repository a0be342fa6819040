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
    }
    return {};
}

QString OperationCatalog::apiTitle(Api api)
{
    switch (api) {
    case Api::User:
        return QCoreApplication::translate("OperationCatalog", "User API");
    case Api::Organization:
        return QCoreApplication::translate("OperationCatalog", "Organization API");
    case Api::PartnerDirectory:
        return QCoreApplication::translate("OperationCatalog", "Partner Directory API");
    }
    return {};
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
