#pragma once

#include "ui/common/MessageWidget.h" // status callers read its text()
#include "ui/shell/Pane.h"

#include <QHash>
#include <QJsonObject>

class AccountOrganizationsPage;
class AccountService;
class JsonEditor;
class MyRolesPage;
class NavigationEditor;
class NavigationsPage;
class OrganizationSwitcher;
class PasskeysPage;
class ProfilePage;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QTabWidget;
class QTableView;
class QTreeWidget;
class UserSettingsPage;

// The signed-in user's own things, a host of six pages (tabs): profile (updateUserV2), user
// settings by scope and key, passkeys, the organizations they may switch to, navigations and
// the roles in effect (listCurrentRoles, refreshPermissions).
class MyAccountPane : public Pane
{
    Q_OBJECT
public:
    explicit MyAccountPane(Session *session, QWidget *parent = nullptr);

    QString title() const override;
    void reload() override;
    // Saves the profile and the edited user setting; saveFinished() once both answered.
    void save() override;
    void discard() override;
    bool isSaving() const override;
    bool hasUnsavedChanges() const override;
    void setReadOnly(bool readOnly) override;

    QJsonObject profileChanges() const;
    OrganizationSwitcher *switcher() const { return m_switcher; }
    AccountService *account() const { return m_account; }
    QTabWidget *tabs() const { return m_tabs; }
    ProfilePage *profilePage() const { return m_profile; }
    UserSettingsPage *userSettingsPage() const { return m_settings; }
    MyRolesPage *myRolesPage() const { return m_roles; }
    PasskeysPage *passkeysPage() const { return m_passkeys; }
    AccountOrganizationsPage *organizationsPage() const { return m_organizations; }

    // Profile
    QLineEdit *profileField(const QString &key) const;
    QComboBox *languageBox() const;
    QHash<QString, QCheckBox *> notificationBoxes() const;
    MessageWidget *profileStatus() const;

    // User settings: the values of the form, then put / delete / open.
    QTreeWidget *settingsTree() const;
    QLineEdit *settingScopeEdit() const;
    QLineEdit *settingKeyEdit() const;
    JsonEditor *settingEditor() const;
    MessageWidget *settingStatus() const;
    void loadUserSettings();
    void openUserSetting(const QString &scope, const QString &key);
    void putUserSetting();
    void deleteUserSetting();

    // Passkeys
    QTableView *passkeyTable() const;
    void loadPasskeys();
    void deleteSelectedPasskey();

    // Organizations
    QTableView *organizationTable() const;
    void switchToSelectedOrganization();

    // Navigations
    NavigationEditor *navigationEditor() const;
    QLineEdit *navigationIdEdit() const;
    MessageWidget *navigationStatus() const;
    void openNavigation(const QString &id);
    void createNavigation();

signals:
    void profileSaved();
    void userSettingsChanged();
    void userSettingLoaded();
    void userSettingFailed(const QString &message);
    void passkeysLoaded();
    void navigationLoaded(const QString &id);
    void navigationCreated(const QString &id);

private:
    void connectPages();

    AccountService *m_account;
    OrganizationSwitcher *m_switcher;
    QTabWidget *m_tabs;
    ProfilePage *m_profile;
    UserSettingsPage *m_settings;
    PasskeysPage *m_passkeys;
    AccountOrganizationsPage *m_organizations;
    NavigationsPage *m_navigations;
    MyRolesPage *m_roles;
    int m_pendingSaves = 0; // pages whose save has not answered yet
    bool m_allSaved = true;
};
