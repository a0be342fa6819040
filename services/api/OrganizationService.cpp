#include "services/api/OrganizationService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

QString organizationPath(const QString &organizationId)
{
    return QStringLiteral("/v2/organization/") + ApiRequest::segment(organizationId);
}

bool isJson(const QByteArray &text)
{
    QJsonParseError error;
    QJsonDocument::fromJson('[' + text + ']', &error);
    return !text.trimmed().isEmpty() && error.error == QJsonParseError::NoError;
}

} // namespace

OrganizationService::OrganizationService(ApiClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
}

ApiCall *OrganizationService::getCurrentOrganization(QObject *context, ObjectCallback done)
{
    return ServiceCall::object(
        m_client,
        ApiRequest::get(Api::Organization, "/v2/organization/current", "getCurrentOrganization"),
        context, std::move(done));
}

ApiCall *OrganizationService::getOrganization(const QString &organizationId, QObject *context,
                                              ObjectCallback done)
{
    return ServiceCall::object(
        m_client,
        ApiRequest::get(Api::Organization, organizationPath(organizationId), "getOrganization"),
        context, std::move(done));
}

ApiCall *OrganizationService::updateOrganization(const QString &organizationId,
                                                 const QJsonObject &changes, QObject *context,
                                                 ObjectCallback done)
{
    return ServiceCall::object(m_client,
                               ApiRequest::withBody(Api::Organization, "PATCH",
                                                    organizationPath(organizationId),
                                                    QJsonDocument(changes), "updateOrganization"),
                               context, std::move(done));
}

ApiCall *OrganizationService::getSettings(const QString &organizationId, QObject *context,
                                          ObjectCallback done)
{
    return ServiceCall::object(m_client,
                               ApiRequest::get(Api::Organization,
                                               organizationPath(organizationId) + "/settings",
                                               "getSettings"),
                               context, std::move(done));
}

ApiCall *OrganizationService::putSettingsValue(const QString &organizationId, const QString &key,
                                               const QByteArray &jsonValue, QObject *context,
                                               DoneCallback done)
{
    if (key.trimmed().isEmpty() || !isJson(jsonValue)) {
        ServiceCall::refuse(context,
                            key.trimmed().isEmpty() ? tr("A setting needs a key.")
                                                    : tr("The value is not valid JSON."),
                            std::move(done));
        return nullptr;
    }
    ApiRequest request = ApiRequest::withBody(Api::Organization, "PUT",
                                              organizationPath(organizationId) + "/settings/" +
                                                  ApiRequest::segment(key),
                                              {}, "putSettingsValue");
    request.rawBody = jsonValue.trimmed();
    return ServiceCall::done(m_client, request, context, std::move(done));
}

ApiCall *OrganizationService::deleteSettingsValue(const QString &organizationId, const QString &key,
                                                  QObject *context, DoneCallback done)
{
    ApiRequest request =
        ApiRequest::get(Api::Organization,
                        organizationPath(organizationId) + "/settings/" + ApiRequest::segment(key),
                        "deleteSettingsValue");
    request.method = "DELETE";
    return ServiceCall::done(m_client, request, context, std::move(done));
}

ApiCall *OrganizationService::getOrganizationFeatureSettings(QObject *context, ObjectCallback done)
{
    return ServiceCall::object(m_client,
                               ApiRequest::get(Api::Organization,
                                               "/v2/organization/feature-settings",
                                               "getOrganizationFeatureSettings"),
                               context, std::move(done));
}

ApiCall *OrganizationService::getFeatureSettings(QObject *context, ObjectCallback done)
{
    return ServiceCall::object(
        m_client, ApiRequest::get(Api::Organization, "/v2/feature-settings", "getFeatureSettings"),
        context, std::move(done));
}
