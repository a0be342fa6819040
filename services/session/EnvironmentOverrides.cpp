#include "services/session/EnvironmentOverrides.h"

#include "services/network/UrlPolicy.h"

#include <QStringList>

namespace {

const QString tokenVariable = QStringLiteral("EPILOT_TOKEN");

} // namespace

EnvironmentOverrides EnvironmentOverrides::fromEnvironment(const QProcessEnvironment &environment)
{
    EnvironmentOverrides overrides;
    overrides.token = environment.value(tokenVariable).trimmed();
    for (const ApiEndpoints::Descriptor &api : ApiEndpoints::descriptors()) {
        const QString value = environment.value(QString::fromLatin1(api.variable)).trimmed();
        if (!value.isEmpty())
            overrides.apiUrls[api.api] = QUrl(value, QUrl::StrictMode);
    }
    return overrides;
}

bool EnvironmentOverrides::changesEndpoints() const
{
    return !apiUrls.empty();
}

QString EnvironmentOverrides::validate() const
{
    QStringList problems;
    for (const auto &[api, url] : apiUrls) {
        const QString variable = QString::fromLatin1(ApiEndpoints::descriptor(api).variable);
        if (const QString problem = UrlPolicy::check(url); !problem.isEmpty())
            problems << tr("%1: %2").arg(variable, problem);
    }
    return problems.join(QLatin1Char('\n'));
}

Profile EnvironmentOverrides::applyTo(Profile profile) const
{
    for (const auto &[api, url] : apiUrls)
        profile.endpoints.*ApiEndpoints::descriptor(api).url = url;
    return profile;
}
