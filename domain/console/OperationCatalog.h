#pragma once

#include "services/network/ApiEndpoints.h"

#include <QByteArray>
#include <QList>
#include <QString>

// One parameter of an operation, as the OpenAPI definition declares it.
struct OperationParameter
{
    enum class Place { Path, Query, Header };
    QString name;
    Place place = Place::Query;
    QString type; // "string", "integer", "boolean", "array<string>" …
    bool required = false;
    QString description;
};

// One operation of one of the three APIs: enough to build a request by hand.
struct Operation
{
    Api api = Api::User;
    QString operationId;
    QString tag;
    QByteArray method;
    QString path; // with {placeholders}
    QString summary;
    QList<OperationParameter> parameters;
    bool hasBody = false;
    bool bodyRequired = false;
    QString bodyExample; // JSON text, empty without a body
    bool authenticated = true;
};

// Every operation of user.json, organization.json and partner-directory.json, written into the
// project (OperationCatalogTable.cpp) so the application never reads the spec files.
class OperationCatalog
{
public:
    static const QList<Operation> &all();
    static const Operation *find(const QString &operationId);
    // The API's name as the official CLI spells it: "user", "organization", "partner-directory".
    static QString apiName(Api api);
    static QString apiTitle(Api api);
    static QString placeName(OperationParameter::Place place);
};
