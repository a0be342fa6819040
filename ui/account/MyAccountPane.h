#pragma once

#include "ui/shell/Pane.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QPointer>

class AccountService;
class ApiCall;
class FieldConflict;
class JsonEditor;
class NavigationEditor;
class OrganizationSwitcher;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

// The signed-in user's own things: profile (updateUserV2), user settings by scope and key,
// passkeys, the organizations they may switch to, and navigations.
class MyAccountPane : public Pane
{
    Q_OBJECT
public:
    explicit MyAccountPane(Session *session, QWidget *parent = nullptr);

    QString title() const override;
    void reload() override;
    void save() override;
    bool hasUnsavedChanges() const override;
    void setReadOnly(bool readOnly) override;

    QJsonObject profileChanges() const;
    OrganizationSwitcher *switcher() const { return m_switcher; }
    AccountService *account() const { return m_account; }

    // Profile
    QLineEdit *profileField(const QString &key) const { return m_profileFields.value(key); }
    QComboBox *languageBox() const { return m_language; }
    QHash<QString, QCheckBox *> notificationBoxes() const { return m_notifications; }
    QLabel *profileStatus() const { return m_profileStatus; }

    // User settings: the values of the form, then put / delete / open.
    QTreeWidget *settingsTree() const { return m_settingsTree; }
    QLineEdit *settingScopeEdit() const { return m_scopeEdit; }
    QLineEdit *settingKeyEdit() const { return m_keyEdit; }
    JsonEditor *settingEditor() const { return m_settingEditor; }
    QLabel *settingStatus() const { return m_settingStatus; }
    void loadUserSettings();
    void openUserSetting(const QString &scope, const QString &key);
    void putUserSetting();
    void deleteUserSetting();

    // Passkeys
    QTableWidget *passkeyTable() const { return m_passkeys; }
    void loadPasskeys();
    void deleteSelectedPasskey();

    // Organizations
    QTableWidget *organizationTable() const { return m_organizations; }
    void switchToSelectedOrganization();

    // Navigations
    NavigationEditor *navigationEditor() const { return m_navigation; }
    QLineEdit *navigationIdEdit() const { return m_navigationId; }
    QLabel *navigationStatus() const { return m_navigationStatus; }
    void openNavigation(const QString &id);
    void createNavigation();

    QTabWidget *tabs() const { return m_tabs; }

signals:
    void profileSaved();
    void userSettingsChanged();
    void userSettingLoaded();
    void userSettingFailed(const QString &message);
    void passkeysLoaded();
    void navigationLoaded(const QString &id);
    void navigationCreated(const QString &id);

private:
    // Starts the save; false when it was refused at once. The outcome is not yet awaited.
    bool saveChanges();
    QWidget *createProfileTab();
    QWidget *createSettingsTab();
    QWidget *createPasskeysTab();
    QWidget *createOrganizationsTab();
    QWidget *createNavigationsTab();
    void showProfile(const QJsonObject &me);
    void markProfile();
    void showOrganizations();
    void showStatus(QLabel *label, const QString &text, bool error = false);
    void onSettingsItem(QTreeWidgetItem *item);
    void resolveUserSetting(const QString &scope, const QString &key, const QJsonValue &theirs,
                            const FieldConflict &conflict);
    void rememberUserSetting(const QString &scope, const QString &key, const QJsonValue &value);
    void sendUserSetting(const QString &scope, const QString &key, const QJsonValue &value);

    AccountService *m_account;
    OrganizationSwitcher *m_switcher;
    QTabWidget *m_tabs;
    QJsonObject m_me;
    bool m_showing = false;
    bool m_readOnly = false;

    QHash<QString, QLineEdit *> m_profileFields;
    QComboBox *m_language;
    QComboBox *m_releaseChannel;
    QPlainTextEdit *m_signature;
    QCheckBox *m_signatureEnabled;
    QHash<QString, QCheckBox *> m_notifications;
    QPushButton *m_saveProfile;
    QLabel *m_profileStatus;

    QTreeWidget *m_settingsTree;
    QLineEdit *m_scopeEdit;
    QLineEdit *m_keyEdit;
    JsonEditor *m_settingEditor;
    QLabel *m_settingStatus;
    QPushButton *m_putSetting;
    QPushButton *m_deleteSetting;
    // The user setting as opened (getUserSetting): the base a save compares against.
    QString m_openedScope;
    QString m_openedKey;
    QJsonValue m_openedValue;
    QPointer<ApiCall> m_settingsLoad;
    QPointer<ApiCall> m_passkeysLoad;

    QTableWidget *m_passkeys;
    QPushButton *m_deletePasskey;
    QLabel *m_passkeyStatus;

    QTableWidget *m_organizations;
    QPushButton *m_switch;
    QLabel *m_organizationStatus;

    NavigationEditor *m_navigation;
    QLineEdit *m_navigationId;
    QLabel *m_navigationStatus;
    QPushButton *m_createNavigation;
};
