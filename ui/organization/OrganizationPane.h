#pragma once

#include "ui/common/MessageWidget.h" // statusLabel() callers read its text()
#include "ui/shell/Pane.h"

#include <QJsonObject>
#include <QPointer>

class ApiCall;
class FeatureSettingsPage;
class JsonEditor;
class OrganizationDetailsPage;
class OrganizationSettingsPage;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

// The organization: a host of three pages (tabs) - its details (editable where the API lets
// people edit), its features as switches, and every setting as a JSON value ("Advanced").
// Saving sends only the changed fields and never overwrites unseen what someone else changed
// since loading.
class OrganizationPane : public Pane
{
    Q_OBJECT
public:
    explicit OrganizationPane(Session *session, QWidget *parent = nullptr);

    QString title() const override;
    void reload() override;
    // Saves the details and the edited setting; saveFinished() once both answered.
    void save() override;
    void discard() override;
    bool isSaving() const override;
    bool hasUnsavedChanges() const override;
    void setReadOnly(bool readOnly) override;
    void createNew() override;       // adds a setting key
    void deleteSelection() override; // deletes the selected setting

    // Opens another organization the token may read (getOrganization); empty = the current one.
    void openOrganization(const QString &organizationId);
    QString organizationId() const;
    // The fields that differ from what the server sent ("phone", "address", …) as PATCH body.
    QJsonObject changes() const;

    OrganizationDetailsPage *detailsPage() const { return m_details; }
    OrganizationSettingsPage *settingsPage() const { return m_settings; }
    QLineEdit *field(const QString &key) const;
    QPlainTextEdit *signatureEdit() const;
    MessageWidget *statusLabel() const;
    QLabel *logoLabel() const;
    QTabWidget *tabs() const { return m_tabs; }
    QTableWidget *settingsTable() const;
    JsonEditor *settingEditor() const;
    QCheckBox *settingEnabledBox() const;
    QPushButton *saveSettingButton() const;
    FeatureSettingsPage *featuresPage() const { return m_features; }

    // Settings: select a key, add a key (value {}), store the editor's value, delete a key.
    bool selectSetting(const QString &key);
    void addSetting(const QString &key);
    void saveSetting();
    void deleteSetting();
    QJsonObject settings() const;

signals:
    void loaded();
    void saved();
    void saveFailed(const QString &message);
    void settingsChanged();
    void settingFailed(const QString &message);

private:
    QLayout *createTopBar();

    QTabWidget *m_tabs;
    QLineEdit *m_organizationIdEdit;
    OrganizationDetailsPage *m_details;
    OrganizationSettingsPage *m_settings;
    FeatureSettingsPage *m_features;
    QString m_requestedId; // empty: the current organization
    QPointer<ApiCall> m_loadCall;
    int m_pendingSaves = 0; // pages whose save has not answered yet
    bool m_allSaved = true;
};
