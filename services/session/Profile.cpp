#include "services/session/Profile.h"

#include "services/network/UrlPolicy.h"

#include <QStringList>

namespace {

constexpr int maximumNameLength = 100;

} // namespace

QUrl Profile::defaultPortal()
{
    return QUrl(QStringLiteral("https://portal.epilot.cloud"));
}

Profile Profile::withDefaults(const QString &name)
{
    Profile profile;
    profile.name = name;
    return profile;
}

QString Profile::validateName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("The profile needs a name.");
    if (trimmed != name)
        return tr("The profile name must not start or end with spaces.");
    if (name.size() > maximumNameLength)
        return tr("The profile name is longer than %1 characters.").arg(maximumNameLength);
    for (const QChar character : name) {
        if (character.category() == QChar::Other_Control)
            return tr("The profile name contains a control character.");
    }
    return {};
}

QString Profile::validate() const
{
    QStringList problems;
    if (const QString problem = validateName(name); !problem.isEmpty())
        problems << problem;
    const auto checkUrl = [&problems](const QString &label, const QUrl &url) {
        if (const QString problem = UrlPolicy::check(url); !problem.isEmpty())
            problems << tr("%1: %2").arg(label, problem);
        else if (!url.userInfo().isEmpty())
            // A password in the address would end up in the settings file.
            problems << tr("%1: the address must not contain a user name or password.").arg(label);
    };
    for (const ApiEndpoints::Descriptor &api : ApiEndpoints::descriptors())
        checkUrl(QCoreApplication::translate("ApiEndpoints", api.label), endpoints.*api.url);
    checkUrl(tr("Portal"), portal);
    if (organizationId.trimmed() != organizationId || organizationId.contains(QLatin1Char(' ')))
        problems << tr("The organization id must not contain spaces.");
    return problems.join(QLatin1Char('\n'));
}

QString Profile::emulatorProfileName()
{
    return QStringLiteral("Local emulator");
}

QString Profile::shownName() const
{
    return name == emulatorProfileName() ? tr("Local emulator") : name;
}
