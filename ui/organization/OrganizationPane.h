#pragma once

#include "domain/common/FieldConflict.h"
#include "ui/shell/Pane.h"

#include <QHash>
#include <QJsonObject>
#include <QPointer>

class ApiCall;
class JsonEditor;
class QCheckBox;
class QLabel;
class QLineEdit;
class QNetworkReply;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTextBrowser;

// The organization: its details (editable where the API lets people edit), its settings as
// JSON values, and the feature settings (read-only). Saving sends only the changed fields and
// refuses to overwrite a change someone else made since the pane loaded.
class OrganizationPane : public Pane
{
    Q_OBJECT
public:
    explicit OrganizationPane(Session *session, QWidget *parent = nullptr);

    QString title() const override;
    void reload() override;
    void save() override;
    bool hasUnsavedChanges() const override;
    void setReadOnly(bool readOnly) override;
    void createNew() override;       // adds a setting key
    void deleteSelection() override; // deletes the selected setting

    // Opens another organization the token may read (getOrganization); empty = the current one.
    void openOrganization(const QString &organizationId);
    QString organizationId() const;
    // The fields that differ from what the server sent ("phone", "address", …) as PATCH body.
    QJsonObject changes() const;

    QLineEdit *field(const QString &key) const { return m_fields.value(key); }
    QPlainTextEdit *signatureEdit() const { return m_signature; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *logoLabel() const { return m_logo; }
    QTabWidget *tabs() const { return m_tabs; }
    QTableWidget *settingsTable() const { return m_settingsTable; }
    JsonEditor *settingEditor() const { return m_settingEditor; }
    QCheckBox *settingEnabledBox() const { return m_settingEnabled; }
    QPushButton *saveSettingButton() const { return m_saveSetting; }
    QTableWidget *featureTable() const { return m_features; }

    // Settings: select a key, add a key (value {}), store the editor's value, delete a key.
    bool selectSetting(const QString &key);
    void addSetting(const QString &key);
    void saveSetting();
    void deleteSetting();
    QJsonObject settings() const { return m_settings; }

signals:
    void loaded();
    void saved();
    void saveFailed(const QString &message);
    void settingsChanged();
    void settingFailed(const QString &message);

private:
    // Starts the save; false when it was refused at once. The outcome is not yet awaited.
    bool saveChanges();
    QWidget *createDetailsTab();
    QWidget *createSettingsTab();
    QWidget *createFeaturesTab();
    void showOrganization(const QJsonObject &organization);
    QString originalValue(const QString &key) const;
    QString currentValue(const QString &key) const;
    void markChanges();
    void loadLogo(const QString &url);
    void loadSettings();
    void loadFeatures();
    void showSettings();
    void showSelectedSetting();
    QString selectedSettingKey() const;
    void showStatus(const QString &text, bool error = false);
    void showSettingStatus(const QString &text, bool error = false);
    void sendChanges(const QJsonObject &changes);
    void resolveSetting(const QString &key, const QJsonValue &theirs,
                        const FieldConflict &conflict);
    void adoptSetting(const QString &key, const QJsonValue &theirs, const QJsonValue &shown);
    void putSetting(const QString &key, const QJsonValue &value);
    void failSetting(const QString &message); // shown at the setting and signalled
    FieldConflict compareWith(const QJsonObject &fresh) const;
    void resolveAndSend(const QJsonObject &fresh);
    void adopt(const QJsonObject &fresh, const FieldConflict::Merge &merge);
    // Checks the changed details against the schema; false (messages at the fields) if wrong.
    bool checkInput();

    QTabWidget *m_tabs;
    QLineEdit *m_organizationIdEdit;
    QLabel *m_logo;
    QLabel *m_heading;
    QHash<QString, QLineEdit *> m_fields; // editable and read-only, by key
    QHash<QString, QLabel *> m_fieldLabels;
    QPlainTextEdit *m_signature;
    QLabel *m_signatureLabel;
    QTextBrowser *m_signaturePreview;
    QPushButton *m_save;
    QPushButton *m_revert;
    QLabel *m_status;
    QTableWidget *m_settingsTable;
    JsonEditor *m_settingEditor;
    QCheckBox *m_settingEnabled;
    QLabel *m_settingKey;
    QLabel *m_settingStatus;
    QPushButton *m_addSetting;
    QPushButton *m_saveSetting;
    QPushButton *m_deleteSetting;
    QTableWidget *m_features;
    QLabel *m_featuresNote;

    QJsonObject m_original;
    QJsonObject m_settings;
    QString m_requestedId; // empty: the current organization
    QPointer<ApiCall> m_loadCall;
    QPointer<QNetworkReply> m_logoReply;
    bool m_readOnly = false;
    bool m_saving = false;
    bool m_showing = false;
};
