#pragma once

#include "domain/permissions/RoleCatalog.h"

#include <QObject>
#include <QPointer>

class ApiCall;
class PermissionsService;

// The organization's roles for pages that show or pick roles by name (listAllRoles once per
// load()); until loaded, catalog() is empty and names read as slugs.
class OrganizationRoles : public QObject
{
    Q_OBJECT
public:
    OrganizationRoles(PermissionsService *service, QObject *parent = nullptr);

    void load(const QString &organizationId);
    const RoleCatalog &catalog() const { return m_catalog; }
    bool isLoading() const { return !m_call.isNull(); }
    QString error() const { return m_error; }

signals:
    void loaded();
    void failed(const QString &message);

private:
    PermissionsService *m_service;
    RoleCatalog m_catalog;
    QPointer<ApiCall> m_call;
    QString m_error;
};
