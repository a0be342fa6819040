#include "services/session/ProfileStore.h"

#include <QSettings>

namespace {

const QString profilesKey = QStringLiteral("profiles");
const QString lastUsedKey = QStringLiteral("lastProfile");
const QString nameKey = QStringLiteral("name");
const QString organizationIdKey = QStringLiteral("organizationId");
const QString portalKey = QStringLiteral("portal");

QUrl readUrl(const QSettings &settings, const QString &key, const QUrl &fallback)
{
    const QString text = settings.value(key).toString();
    return text.isEmpty() ? fallback : QUrl(text);
}

QList<Profile> load(QSettings &settings)
{
    QList<Profile> profiles;
    const int count = settings.beginReadArray(profilesKey);
    for (int index = 0; index < count; ++index) {
        settings.setArrayIndex(index);
        Profile profile = Profile::withDefaults(settings.value(nameKey).toString());
        // A profile someone broke by hand is skipped rather than taking the list down with it.
        if (!Profile::validateName(profile.name).isEmpty())
            continue;
        const ApiEndpoints defaults = ApiEndpoints::defaults();
        for (const ApiEndpoints::Descriptor &api : ApiEndpoints::descriptors())
            profile.endpoints.*api.url =
                readUrl(settings, QString::fromLatin1(api.settingsKey), defaults.*api.url);
        profile.organizationId = settings.value(organizationIdKey).toString();
        profile.portal = readUrl(settings, portalKey, Profile::defaultPortal());
        profiles << profile;
    }
    settings.endArray();
    return profiles;
}

} // namespace

ProfileStore::ProfileStore(QObject *parent)
    : QObject(parent), m_settings(std::make_unique<QSettings>())
{
    m_profiles = load(*m_settings);
}

ProfileStore::ProfileStore(const QString &iniFile, QObject *parent)
    : QObject(parent), m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
    m_profiles = load(*m_settings);
}

ProfileStore::~ProfileStore() = default;

QList<Profile> ProfileStore::profiles() const
{
    return m_profiles;
}

QStringList ProfileStore::names() const
{
    QStringList names;
    for (const Profile &profile : m_profiles)
        names << profile.name;
    return names;
}

std::optional<Profile> ProfileStore::find(const QString &name) const
{
    const int index = indexOf(name);
    if (index < 0)
        return std::nullopt;
    return m_profiles.at(index);
}

bool ProfileStore::contains(const QString &name) const
{
    return indexOf(name) >= 0;
}

QString ProfileStore::add(const Profile &profile)
{
    if (const QString problem = profile.validate(); !problem.isEmpty())
        return problem;
    if (const QString problem = checkUnique(profile, -1); !problem.isEmpty())
        return problem;
    QList<Profile> profiles = m_profiles;
    profiles << profile;
    return save(profiles);
}

QString ProfileStore::update(const QString &name, const Profile &profile)
{
    const int index = indexOf(name);
    if (index < 0)
        return tr("There is no profile called \"%1\".").arg(name);
    if (const QString problem = profile.validate(); !problem.isEmpty())
        return problem;
    if (const QString problem = checkUnique(profile, index); !problem.isEmpty())
        return problem;
    QList<Profile> profiles = m_profiles;
    profiles[index] = profile;
    const bool wasLastUsed = lastUsed() == m_profiles.at(index).name;
    if (const QString problem = save(profiles); !problem.isEmpty())
        return problem;
    if (wasLastUsed)
        setLastUsed(profile.name);
    return {};
}

QString ProfileStore::rename(const QString &oldName, const QString &newName)
{
    const std::optional<Profile> existing = find(oldName);
    if (!existing)
        return tr("There is no profile called \"%1\".").arg(oldName);
    Profile renamed = *existing;
    renamed.name = newName;
    return update(oldName, renamed);
}

QString ProfileStore::remove(const QString &name)
{
    const int index = indexOf(name);
    if (index < 0)
        return tr("There is no profile called \"%1\".").arg(name);
    const bool wasLastUsed = lastUsed() == m_profiles.at(index).name;
    QList<Profile> profiles = m_profiles;
    profiles.removeAt(index);
    if (const QString problem = save(profiles); !problem.isEmpty())
        return problem;
    if (wasLastUsed)
        setLastUsed(QString());
    return {};
}

QString ProfileStore::lastUsed() const
{
    const QString name = m_settings->value(lastUsedKey).toString();
    return contains(name) ? name : QString();
}

void ProfileStore::setLastUsed(const QString &name)
{
    if (name.isEmpty())
        m_settings->remove(lastUsedKey);
    else
        m_settings->setValue(lastUsedKey, name);
    m_settings->sync();
}

QString ProfileStore::fileName() const
{
    return m_settings->fileName();
}

int ProfileStore::indexOf(const QString &name) const
{
    for (int index = 0; index < m_profiles.size(); ++index) {
        if (m_profiles.at(index).name.compare(name, Qt::CaseInsensitive) == 0)
            return index;
    }
    return -1;
}

QString ProfileStore::checkUnique(const Profile &profile, int ignoredIndex) const
{
    const int index = indexOf(profile.name);
    if (index >= 0 && index != ignoredIndex)
        return tr("A profile called \"%1\" exists already.").arg(m_profiles.at(index).name);
    return {};
}

QString ProfileStore::save(const QList<Profile> &profiles)
{
    m_settings->remove(profilesKey);
    m_settings->beginWriteArray(profilesKey, int(profiles.size()));
    for (int index = 0; index < profiles.size(); ++index) {
        const Profile &profile = profiles.at(index);
        m_settings->setArrayIndex(index);
        m_settings->setValue(nameKey, profile.name);
        for (const ApiEndpoints::Descriptor &api : ApiEndpoints::descriptors())
            m_settings->setValue(QString::fromLatin1(api.settingsKey),
                                 (profile.endpoints.*api.url).toString());
        m_settings->setValue(organizationIdKey, profile.organizationId);
        m_settings->setValue(portalKey, profile.portal.toString());
    }
    m_settings->endArray();
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError)
        return tr("The profiles could not be saved to %1.").arg(m_settings->fileName());
    m_profiles = profiles;
    emit changed();
    return {};
}
