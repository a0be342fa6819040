#pragma once

#include "services/session/Profile.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <memory>
#include <optional>

class QSettings;

// The saved profiles and which one was used last, kept with QSettings. Only the profile's
// addresses and names are written; tokens belong in the keychain (TokenStore), never here.
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    // The application's settings (QCoreApplication organization and application name).
    explicit ProfileStore(QObject *parent = nullptr);
    // An INI file of its own; tests use this with a temporary directory.
    explicit ProfileStore(const QString &iniFile, QObject *parent = nullptr);
    ~ProfileStore() override;

    QList<Profile> profiles() const;
    QStringList names() const;
    std::optional<Profile> find(const QString &name) const;
    bool contains(const QString &name) const; // case-insensitive, as names must be unique

    // Each returns an empty string on success, otherwise why nothing was changed.
    QString add(const Profile &profile);
    // Replaces the profile called `name` (the new value may carry a new name).
    QString update(const QString &name, const Profile &profile);
    QString rename(const QString &oldName, const QString &newName);
    QString remove(const QString &name);

    // Empty when none was used yet or the last one was deleted since.
    QString lastUsed() const;
    void setLastUsed(const QString &name);

    // Where the settings are written; lets tests and the secrets check inspect the file.
    QString fileName() const;

signals:
    void changed();

private:
    int indexOf(const QString &name) const;
    QString checkUnique(const Profile &profile, int ignoredIndex) const;
    QString save(const QList<Profile> &profiles);

    std::unique_ptr<QSettings> m_settings;
    QList<Profile> m_profiles;
};
