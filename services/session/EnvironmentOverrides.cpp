#include "services/session/EnvironmentOverrides.h"

#include "services/network/UrlPolicy.h"

#include <QStringList>

namespace {

const QString tokenVariable = QStringLiteral("EPILOT_TOKEN");
const QString userVariable = QStringLiteral("EPILOT_USER_API_URL");
const QString organizationVariable = QStringLiteral("EPILOT_ORGANIZATION_API_URL");
const QString partnerDirectoryVariable = QStringLiteral("EPILOT_PARTNER_DIRECTORY_API_URL");

std::optional<QUrl> urlVariable(const QProcessEnvironment &environment, const QString &name)
{
    const QString value = environment.value(name).trimmed();
    if (value.isEmpty())
        return std::nullopt;
    return QUrl(value, QUrl::StrictMode);
}

} // namespace

EnvironmentOverrides EnvironmentOverrides::fromEnvironment(const QProcessEnvironment &environment)
{
    EnvironmentOverrides overrides;
    overrides.token = environment.value(tokenVariable).trimmed();
    overrides.userApi = urlVariable(environment, userVariable);
    overrides.organizationApi = urlVariable(environment, organizationVariable);
    overrides.partnerDirectoryApi = urlVariable(environment, partnerDirectoryVariable);
    return overrides;
}

bool EnvironmentOverrides::changesEndpoints() const
{
    return userApi || organizationApi || partnerDirectoryApi;
}

QString EnvironmentOverrides::validate() const
{
    QStringList problems;
    const auto check = [&problems](const QString &variable, const std::optional<QUrl> &url) {
        if (!url)
            return;
        if (const QString problem = UrlPolicy::check(*url); !problem.isEmpty())
            problems << tr("%1: %2").arg(variable, problem);
    };
    check(userVariable, userApi);
    check(organizationVariable, organizationApi);
    check(partnerDirectoryVariable, partnerDirectoryApi);
    return problems.join(QLatin1Char('\n'));
}

Profile EnvironmentOverrides::applyTo(Profile profile) const
{
    if (userApi)
        profile.endpoints.user = *userApi;
    if (organizationApi)
        profile.endpoints.organization = *organizationApi;
    if (partnerDirectoryApi)
        profile.endpoints.partnerDirectory = *partnerDirectoryApi;
    return profile;
}
