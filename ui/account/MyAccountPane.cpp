#include "ui/account/MyAccountPane.h"

#include "controllers/OrganizationSwitcher.h"
#include "domain/account/UserProfile.h"
#include "services/api/AccountService.h"
#include "services/session/Session.h"
#include "ui/account/AccountOrganizationsPage.h"
#include "ui/account/MyRolesPage.h"
#include "ui/account/NavigationsPage.h"
#include "ui/account/PasskeysPage.h"
#include "ui/account/ProfilePage.h"
#include "ui/account/UserSettingsPage.h"

#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

// Pages with many fields scroll instead of forcing a large minimum window size.
QScrollArea *scrollable(QWidget *page)
{
    auto *area = new QScrollArea;
    area->setWidget(page);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

} // namespace

MyAccountPane::MyAccountPane(Session *session, QWidget *parent)
    : Pane(session, parent), m_account(new AccountService(session->client(), this)),
      m_switcher(new OrganizationSwitcher(session, this))
{
    auto *layout = new QVBoxLayout(this);
    // The tabs first: the focus chain follows the order widgets are made in.
    m_tabs = new QTabWidget(this);
    m_profile = new ProfilePage(session, m_tabs);
    m_settings = new UserSettingsPage(m_account, m_tabs);
    m_passkeys = new PasskeysPage(m_account, m_tabs);
    m_organizations = new AccountOrganizationsPage(session, m_switcher, m_tabs);
    m_navigations = new NavigationsPage(m_account, m_tabs);
    m_roles = new MyRolesPage(session, m_tabs);
    m_tabs->addTab(scrollable(m_profile), tr("Profile"));
    m_tabs->addTab(m_settings, tr("User settings"));
    m_tabs->addTab(m_passkeys, tr("Passkeys"));
    m_tabs->addTab(m_organizations, tr("Organizations"));
    m_tabs->addTab(m_navigations, tr("Navigations"));
    m_tabs->addTab(m_roles, tr("My roles"));
    layout->addWidget(m_tabs);
    connectPages();

    connect(session, &Session::meChanged, this, [this](const QJsonObject &me) {
        const bool first = m_profile->profile().isEmpty();
        // Edits and a running save win over a fresh copy from elsewhere.
        if (!m_profile->hasUnsavedChanges() && !m_profile->isSaving())
            m_profile->load(UserProfile(me));
        m_switcher->refresh();
        if (first) {
            m_settings->loadList();
            m_passkeys->load();
            m_roles->load();
        }
    });
    connect(session, &Session::organizationChanged, this, [this] {
        m_settings->loadList();
        m_passkeys->load();
        m_roles->load();
    });
    if (!session->me().isEmpty()) { // built after sign-in (pages are built when first shown)
        m_profile->load(UserProfile(session->me()));
        m_switcher->refresh();
        m_settings->loadList();
        m_passkeys->load();
        m_roles->load();
    }
}

void MyAccountPane::connectPages()
{
    connect(m_profile, &ProfilePage::saved, this, &MyAccountPane::profileSaved);
    connect(m_settings, &UserSettingsPage::listChanged, this, &MyAccountPane::userSettingsChanged);
    connect(m_settings, &UserSettingsPage::settingLoaded, this, &MyAccountPane::userSettingLoaded);
    connect(m_settings, &UserSettingsPage::settingFailed, this, &MyAccountPane::userSettingFailed);
    connect(m_passkeys, &PasskeysPage::loaded, this, &MyAccountPane::passkeysLoaded);
    connect(m_navigations, &NavigationsPage::loaded, this, &MyAccountPane::navigationLoaded);
    connect(m_navigations, &NavigationsPage::created, this, &MyAccountPane::navigationCreated);
}

QString MyAccountPane::title() const
{
    return tr("My account");
}

void MyAccountPane::reload()
{
    session()->refreshMe();
    m_settings->loadList();
    m_passkeys->load();
    m_roles->load();
}

bool MyAccountPane::hasUnsavedChanges() const
{
    return m_profile->hasUnsavedChanges() || m_settings->hasUnsavedChanges();
}

bool MyAccountPane::isSaving() const
{
    return m_pendingSaves > 0 || m_profile->isSaving() || m_settings->isSaving();
}

void MyAccountPane::save()
{
    if (m_pendingSaves > 0)
        return; // the running save reports
    const bool profile = m_profile->hasUnsavedChanges() || m_profile->isSaving();
    const bool setting = m_settings->hasUnsavedChanges() || m_settings->isSaving();
    if (!profile && !setting) {
        reportSaved(true);
        return;
    }
    m_pendingSaves = int(profile) + int(setting);
    m_allSaved = true;
    auto collect = [this](bool saved) {
        m_allSaved = m_allSaved && saved;
        if (--m_pendingSaves == 0)
            reportSaved(m_allSaved);
    };
    // One outcome per page: a page saving already reports the save it is running.
    if (profile) {
        connect(m_profile, &ProfilePage::saveFinished, this, collect, Qt::SingleShotConnection);
        m_profile->save();
    }
    if (setting) {
        connect(m_settings, &UserSettingsPage::saveFinished, this, collect,
                Qt::SingleShotConnection);
        m_settings->save();
    }
}

void MyAccountPane::discard()
{
    m_profile->discard();
    m_settings->discard();
}

void MyAccountPane::setReadOnly(bool readOnly)
{
    m_profile->setReadOnly(readOnly);
    m_settings->setReadOnly(readOnly);
    m_passkeys->setReadOnly(readOnly);
    m_navigations->setReadOnly(readOnly);
}

QJsonObject MyAccountPane::profileChanges() const
{
    return m_profile->changes();
}

QLineEdit *MyAccountPane::profileField(const QString &key) const
{
    return m_profile->field(key);
}

QComboBox *MyAccountPane::languageBox() const
{
    return m_profile->languageBox();
}

QHash<QString, QCheckBox *> MyAccountPane::notificationBoxes() const
{
    return m_profile->notificationBoxes();
}

MessageWidget *MyAccountPane::profileStatus() const
{
    return m_profile->status();
}

QTreeWidget *MyAccountPane::settingsTree() const
{
    return m_settings->tree();
}

QLineEdit *MyAccountPane::settingScopeEdit() const
{
    return m_settings->scopeEdit();
}

QLineEdit *MyAccountPane::settingKeyEdit() const
{
    return m_settings->keyEdit();
}

JsonEditor *MyAccountPane::settingEditor() const
{
    return m_settings->editor();
}

MessageWidget *MyAccountPane::settingStatus() const
{
    return m_settings->status();
}

void MyAccountPane::loadUserSettings()
{
    m_settings->loadList();
}

void MyAccountPane::openUserSetting(const QString &scope, const QString &key)
{
    m_settings->openSetting(scope, key);
}

void MyAccountPane::putUserSetting()
{
    m_settings->save();
}

void MyAccountPane::deleteUserSetting()
{
    m_settings->deleteSetting();
}

QTableView *MyAccountPane::passkeyTable() const
{
    return m_passkeys->table();
}

void MyAccountPane::loadPasskeys()
{
    m_passkeys->load();
}

void MyAccountPane::deleteSelectedPasskey()
{
    m_passkeys->deleteSelected();
}

QTableView *MyAccountPane::organizationTable() const
{
    return m_organizations->table();
}

void MyAccountPane::switchToSelectedOrganization()
{
    m_organizations->switchToSelected();
}

NavigationEditor *MyAccountPane::navigationEditor() const
{
    return m_navigations->editor();
}

QLineEdit *MyAccountPane::navigationIdEdit() const
{
    return m_navigations->idEdit();
}

MessageWidget *MyAccountPane::navigationStatus() const
{
    return m_navigations->status();
}

void MyAccountPane::openNavigation(const QString &id)
{
    m_navigations->open(id);
}

void MyAccountPane::createNavigation()
{
    m_navigations->create();
}
