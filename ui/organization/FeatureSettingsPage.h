#pragma once

#include "domain/organization/FeatureSettings.h"
#include "domain/organization/Organization.h"

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class ConflictCheckedSave;
class MessageWidget;
class QCheckBox;
class QLabel;
class QVBoxLayout;
class Session;

// The Features tab: each feature as epilot shows it - title, description, badge and a switch
// whose state is the organization setting named like the feature (reverse_checked inverts it,
// one_way asks first and cannot be switched off). Features the visibility rules hide are left
// out. Switching writes the setting at once through ConflictCheckedSave.
class FeatureSettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit FeatureSettingsPage(Session *session, QWidget *parent = nullptr);

    // Reads the feature settings and the organization's settings.
    void load(const Organization &organization);
    // Reads the organization's settings again (they changed on another page).
    void reloadSettings();
    bool isSaving() const;
    void setReadOnly(bool readOnly);

    // Names of the features shown, in order; the switch of one (null when not shown).
    QStringList shownFeatures() const;
    QCheckBox *switchOf(const QString &feature) const;
    QLabel *descriptionOf(const QString &feature) const;
    QLabel *badgeOf(const QString &feature) const;
    MessageWidget *status() const { return m_status; }

signals:
    // A switch's save ended (saved or not).
    void saveFinished(bool saved);
    void settingChanged(const QString &key);

private:
    struct Row
    {
        QCheckBox *toggle = nullptr;
        QLabel *badge = nullptr;
        QLabel *description = nullptr;
        QLabel *note = nullptr;
        bool unsure = false; // visibility depends on what cannot be checked here
    };
    void readSettings();
    void showFeatures();
    QWidget *createRow(const FeatureFlag &feature, bool unsure);
    void updateRow(const FeatureFlag &feature);
    void switchFeature(const FeatureFlag &feature, bool checked);
    ConflictCheckedSave *newSave(const FeatureFlag &feature, const QJsonValue &attempted);
    void finishSave(const FeatureFlag &feature, bool saved, const QString &message);
    QString badgeText(const QString &badge) const;

    Session *m_session;
    MessageWidget *m_status;
    QWidget *m_list;
    QVBoxLayout *m_rows;
    QLabel *m_footer;
    Organization m_organization;
    FeatureSettings m_features;
    QJsonObject m_settings;
    bool m_featuresLoaded = false;
    bool m_settingsLoaded = false;
    bool m_readOnly = false;
    QHash<QString, Row> m_shown;
    QPointer<ConflictCheckedSave> m_save;
};
