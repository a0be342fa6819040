#include "ui/shell/MainWindow.h"

#include "models/ActivityLogModel.h"
#include "services/session/ProfileStore.h"
#include "services/session/Session.h"
#include "services/session/TokenStore.h"
#include "ui/account/AccountToolsPane.h"
#include "ui/account/MyAccountPane.h"
#include "ui/common/AccessibleNames.h"
#include "ui/common/Icons.h"
#include "ui/common/KeyboardAccess.h"
#include "ui/common/MessageWidget.h"
#include "ui/console/ApiConsolePane.h"
#include "ui/groups/GroupsPane.h"
#include "ui/organization/OrganizationPane.h"
#include "ui/partners/PartnerUsersRolesPane.h"
#include "ui/partners/PartnersPane.h"
#include "ui/roles/AccessCheckPane.h"
#include "ui/roles/PeopleRolesPane.h"
#include "ui/roles/RolesPane.h"
#include "ui/security/ApiTokensPane.h"
#include "ui/security/AuditLogPane.h"
#include "ui/security/SecurityOverviewPane.h"
#include "ui/shell/ActivityDock.h"
#include "ui/shell/FailedRequestsIndicator.h"
#include "ui/shell/NavigationSidebar.h"
#include "ui/shell/OrganizationMenu.h"
#include "ui/shell/Pane.h"
#include "ui/shell/PaneRegistry.h"
#include "ui/shell/SessionController.h"
#include "ui/shell/SessionStatusLabels.h"
#include "ui/shell/SignInDialog.h"
#include "ui/users/UsersPane.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>
#include <utility>

namespace {

const QString geometryKey = QStringLiteral("MainWindow/geometry");
const QString stateKey = QStringLiteral("MainWindow/state");
const QString paneKeySetting = QStringLiteral("MainWindow/pane");

} // namespace

MainWindow::MainWindow(QNetworkAccessManager *network, ProfileStore *profiles, TokenStore *tokens,
                       QWidget *parent)
    : QMainWindow(parent), m_profiles(profiles), m_tokens(tokens),
      m_session(new Session(network, this)),
      m_controller(new SessionController(m_session, tokens, this)), m_navigation(new QListWidget),
      m_stack(new QStackedWidget),
      m_pages(new PaneRegistry(m_session, m_navigation, m_stack, this)),
      m_notice(new MessageWidget), m_activity(new ActivityDock(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Icons::application());
    resize(1280, 800);

    auto *pageColumn = new QVBoxLayout;
    pageColumn->setContentsMargins(12, 10, 12, 6);
    pageColumn->setSpacing(8);
    pageColumn->addWidget(m_notice);
    pageColumn->addWidget(m_stack, 1);

    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(new NavigationSidebar(m_navigation));
    layout->addLayout(pageColumn, 1);
    setCentralWidget(central);

    m_activity->follow(m_session->client());
    addDockWidget(Qt::BottomDockWidgetArea, m_activity);

    connect(m_pages, &PaneRegistry::installed, this, &MainWindow::connectPages);
    createPanes();
    createMenus();
    m_statusLabels = std::make_unique<SessionStatusLabels>(statusBar());
    statusBar()->addWidget(new FailedRequestsIndicator(m_activity));

    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::onNavigationChanged);
    connect(m_controller, &SessionController::stateChanged, this,
            &MainWindow::onSessionStateChanged);
    connect(m_controller, &SessionController::expiresSoon, this, &MainWindow::onExpiresSoon);
    connect(m_session, &Session::readOnlyChanged, this, &MainWindow::applyReadOnly);
    connect(m_session, &Session::ended, this, &MainWindow::discardPages);
    connect(m_session, &Session::meChanged, this, &MainWindow::updateTitle);
    connect(m_session, &Session::refreshFailed, this, &MainWindow::onRefreshFailed);

    resizeDocks({m_activity}, {190}, Qt::Vertical);
    restoreSettings();
    onSessionStateChanged();
    m_navigation->setAccessibleName(tr("Pages"));
    // Screen readers: a name for every control, also in dialogs and controls shown later.
    AccessibleNames::complete(this);
    AccessibleNames::completeWhenShown();
    KeyboardAccess::keepTabMoving();
    m_navigation->setFocus();
}

MainWindow::~MainWindow() = default;

namespace {

template <typename PaneType> std::function<Pane *(Session *)> paneOf()
{
    return [](Session *session) -> Pane * { return new PaneType(session); };
}

} // namespace

void MainWindow::createPanes()
{
    // Pages, one line each, in navigation order: key, icon, the pane's own title (its
    // translation), and how to build it. A page is built when it is first shown, so start-up
    // builds and loads the first page only.
    // clang-format off
    addPane(QStringLiteral("users"), QStringLiteral("users"), {"UsersPane", QT_TRANSLATE_NOOP("UsersPane", "Users")}, paneOf<UsersPane>());
    addPane(QStringLiteral("groups"), QStringLiteral("groups"), {"GroupsPane", QT_TRANSLATE_NOOP("GroupsPane", "Groups")}, paneOf<GroupsPane>());
    addPane(QStringLiteral("partners"), QStringLiteral("partners"), {"PartnersPane", QT_TRANSLATE_NOOP("PartnersPane", "Partners")}, paneOf<PartnersPane>());
    addPane(QStringLiteral("partner-roles"), QStringLiteral("partner-roles"), {"PartnerUsersRolesPane", QT_TRANSLATE_NOOP("PartnerUsersRolesPane", "Partner users & roles")}, paneOf<PartnerUsersRolesPane>());
    addPane(QStringLiteral("roles"), QStringLiteral("lock"), {"RolesPane", QT_TRANSLATE_NOOP("RolesPane", "Roles")}, paneOf<RolesPane>());
    addPane(QStringLiteral("people-roles"), QStringLiteral("partner-roles"), {"PeopleRolesPane", QT_TRANSLATE_NOOP("PeopleRolesPane", "People & roles")}, paneOf<PeopleRolesPane>());
    addPane(QStringLiteral("access-check"), QStringLiteral("search"), {"AccessCheckPane", QT_TRANSLATE_NOOP("AccessCheckPane", "Access check")}, paneOf<AccessCheckPane>());
    addPane(QStringLiteral("organization"), QStringLiteral("organization"), {"OrganizationPane", QT_TRANSLATE_NOOP("OrganizationPane", "Organization")}, paneOf<OrganizationPane>());
    addPane(QStringLiteral("api-tokens"), QStringLiteral("key"), {"ApiTokensPane", QT_TRANSLATE_NOOP("ApiTokensPane", "API tokens")}, paneOf<ApiTokensPane>());
    addPane(QStringLiteral("audit-log"), QStringLiteral("clock"), {"AuditLogPane", QT_TRANSLATE_NOOP("AuditLogPane", "Audit log")}, paneOf<AuditLogPane>());
    addPane(QStringLiteral("security"), QStringLiteral("warning"), {"SecurityOverviewPane", QT_TRANSLATE_NOOP("SecurityOverviewPane", "Security overview")}, paneOf<SecurityOverviewPane>());
    addPane(QStringLiteral("account"), QStringLiteral("account"), {"MyAccountPane", QT_TRANSLATE_NOOP("MyAccountPane", "My account")}, paneOf<MyAccountPane>());
    addPane(QStringLiteral("account-tools"), QStringLiteral("key"), {"AccountToolsPane", QT_TRANSLATE_NOOP("AccountToolsPane", "Account tools")}, paneOf<AccountToolsPane>());
    addPane(QStringLiteral("api-console"), QStringLiteral("api-console"), {"ApiConsolePane", QT_TRANSLATE_NOOP("ApiConsolePane", "API console")}, paneOf<ApiConsolePane>());
    // clang-format on
    // End of pages.
}

void MainWindow::addPane(const QString &key, const QString &iconName,
                         const PaneRegistry::Title &title, std::function<Pane *(Session *)> create)
{
    m_pages->add(key, iconName, title, std::move(create));
}

void MainWindow::replacePane(const QString &key, Pane *pane)
{
    const int index = m_pages->indexOf(key);
    if (m_pages->replace(key, pane) && index == m_currentIndex)
        m_stack->setCurrentIndex(index);
}

int MainWindow::paneCount() const
{
    return m_pages->count();
}

Pane *MainWindow::pane(int index) const
{
    // Built on first use: asking for a page is as good as showing it.
    return m_pages->pane(index);
}

Pane *MainWindow::builtPane(int index) const
{
    return m_pages->builtPane(index);
}

void MainWindow::discardPages()
{
    // After sign-out no page keeps the last session's data on screen or in memory; each is built
    // afresh for the next session (the one shown at once, the others when visited).
    m_pages->discardBuilt();
    if (m_currentIndex >= 0 && pane(m_currentIndex))
        m_stack->setCurrentIndex(m_currentIndex);
}

Pane *MainWindow::currentPane() const
{
    return pane(m_currentIndex);
}

int MainWindow::currentPaneIndex() const
{
    return m_currentIndex;
}

QString MainWindow::paneKey(int index) const
{
    return m_pages->key(index);
}

bool MainWindow::showPane(int index)
{
    if (index < 0 || index >= paneCount())
        return false;
    if (index == m_currentIndex)
        return true;
    Pane *leaving = currentPane();
    if (!leaving || !leaving->needsLeaveCheck()) {
        switchTo(index);
        return true;
    }
    // Asked (and maybe saved) first; the page switches once the answer allows it.
    leaving->requestLeave(this, [this, index, leaving](bool mayLeave) {
        if (mayLeave && currentPane() == leaving)
            switchTo(index);
    });
    return false;
}

void MainWindow::switchTo(int index)
{
    pane(index); // built on first show
    m_currentIndex = index;
    m_stack->setCurrentIndex(index);
    {
        const QSignalBlocker blocker(m_navigation);
        m_navigation->setCurrentRow(index);
    }
    updateTitle();
}

void MainWindow::onNavigationChanged(int row)
{
    if (!showPane(row)) {
        // The page being left wants to stay: put the selection back.
        const QSignalBlocker blocker(m_navigation);
        m_navigation->setCurrentRow(m_currentIndex);
    }
}

QAction *MainWindow::paneAction(const QString &text, const QString &iconName,
                                const QKeySequence &keys, void (Pane::*slot)())
{
    auto *action = new QAction(Icons::get(iconName), text, m_menuActions);
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WindowShortcut);
    connect(action, &QAction::triggered, this, [this, slot] {
        if (Pane *pane = currentPane())
            (pane->*slot)();
    });
    addAction(action);
    return action;
}

void MainWindow::createMenus()
{
    // The window's own actions live in one holder, so a language switch can build them anew.
    m_menuActions = new QObject(this);
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_signInAction =
        file->addAction(Icons::get(QStringLiteral("profiles")), tr("&Sign in / Switch profile…"),
                        this, [this] { showSignIn(m_controller->profile().name); });
    m_signInAction->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    m_signOutAction = file->addAction(Icons::get(QStringLiteral("sign-out")), tr("Sign &out"), this,
                                      &MainWindow::signOut);
    file->addMenu(new OrganizationMenu(
        m_session,
        [this](QObject *context, std::function<void(bool)> done) {
            leaveAll(context, std::move(done));
        },
        file));
    file->addSeparator();
    QAction *quit =
        file->addAction(Icons::get(QStringLiteral("quit")), tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *find = paneAction(tr("&Find"), QStringLiteral("search"),
                               QKeySequence(Qt::CTRL | Qt::Key_F), &Pane::focusSearch);
    QAction *create = paneAction(tr("&New"), QStringLiteral("add"),
                                 QKeySequence(Qt::CTRL | Qt::Key_N), &Pane::createNew);
    QAction *remove = paneAction(tr("&Delete"), QStringLiteral("delete"),
                                 QKeySequence(Qt::Key_Delete), &Pane::deleteSelection);
    auto *save = new QAction(Icons::get(QStringLiteral("save")), tr("&Save"), m_menuActions);
    save->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    connect(save, &QAction::triggered, this, [this] {
        if (Pane *pane = currentPane())
            pane->save();
    });
    addAction(save);
    edit->addAction(find);
    edit->addSeparator();
    edit->addAction(create);
    edit->addAction(save);
    edit->addAction(remove);
    m_writingActions = {create, remove, save};
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *reload = paneAction(tr("&Reload"), QStringLiteral("reload"), QKeySequence(Qt::Key_F5),
                                 &Pane::reload);
    view->addAction(reload);
    QAction *activity = m_activity->toggleViewAction();
    activity->setText(tr("&Activity panel"));
    activity->setIcon(Icons::get(QStringLiteral("activity")));
    activity->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    view->addAction(activity);
    view->addSeparator();
    for (int index = 0; index < paneCount() && index < 9; ++index) {
        QAction *go =
            view->addAction(m_navigation->item(index)->icon(), m_navigation->item(index)->text(),
                            this, [this, index] { showPane(index); });
        go->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + index)));
        addAction(go);
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(Icons::get(QStringLiteral("about")), tr("&About epilot Admin"),
                                     this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    m_retryRefreshAction = new QAction(tr("Retry"), m_menuActions);
    connect(m_retryRefreshAction, &QAction::triggered, m_session, &Session::refreshMe);
    m_renewAction = new QAction(tr("Sign in again…"), m_menuActions);
    connect(m_renewAction, &QAction::triggered, this,
            [this] { showSignIn(m_controller->profile().name); });
}

void MainWindow::startSession(const Profile &profile, const QString &token, bool readOnly)
{
    m_profiles->setLastUsed(m_profiles->contains(profile.name) ? profile.name : QString());
    m_controller->start(profile, token, readOnly);
}

void MainWindow::showSignIn(const QString &profileName, const QString &reason)
{
    if (m_signIn) {
        m_signIn->raise();
        m_signIn->activateWindow();
        return;
    }
    m_signIn = new SignInDialog(m_profiles, m_tokens, this);
    m_signIn->setAttribute(Qt::WA_DeleteOnClose);
    if (!profileName.isEmpty())
        m_signIn->selectProfile(profileName);
    if (!reason.isEmpty())
        m_signIn->setReason(reason);
    if (m_controller->hasProfile() && m_session->isConfirmed())
        m_signIn->setPreviousAccount(m_controller->profile().name, m_session->userId(),
                                     m_controller->organizationId());
    connect(m_signIn, &SignInDialog::signedIn, this,
            [this](const Profile &profile, const QString &token, bool readOnly) {
                const bool otherOrganization =
                    m_controller->hasProfile() && profile.name != m_controller->profile().name;
                if (!otherOrganization) {
                    startSession(profile, token, readOnly);
                    return;
                }
                leaveAll(this, [this, profile, token, readOnly](bool mayLeave) {
                    if (mayLeave)
                        startSession(profile, token, readOnly);
                });
            });
    m_signIn->open();
}

void MainWindow::onSessionStateChanged()
{
    using State = SessionController::State;
    const State state = m_controller->state();
    const QString profile = m_controller->profile().shownName();
    m_signOutAction->setEnabled(state != State::SignedOut);
    switch (state) {
    case State::SignedOut:
        m_notice->showMessage(
            MessageWidget::Level::Info,
            tr("You are not signed in. Sign in to an epilot organization to start."),
            {m_signInAction});
        break;
    case State::SigningIn:
        m_notice->showMessage(MessageWidget::Level::Info, tr("Signing in to \"%1\"…").arg(profile));
        break;
    case State::SignedIn:
        if (m_session->isReadOnly())
            m_notice->showMessage(MessageWidget::Level::Info,
                                  tr("Read-only session: actions that change data are disabled."));
        else
            m_notice->clear();
        break;
    case State::Failed:
        m_notice->showMessage(
            MessageWidget::Level::Error,
            tr("Could not sign in to \"%1\": %2").arg(profile, m_controller->lastError()),
            {m_signInAction});
        break;
    case State::Expired:
        m_notice->showMessage(
            MessageWidget::Level::Warning,
            tr("Your session has ended. Everything you were editing is still here: sign in "
               "again, then repeat what did not go through."),
            {m_renewAction});
        m_notice->setToolTip(m_controller->lastError());
        showSignIn(m_controller->profile().name,
                   tr("Your session has ended. Sign in again to continue where you "
                      "left off; nothing you were editing is lost."));
        break;
    }
    updateTitle();
}

void MainWindow::onRefreshFailed(const ApiError &error)
{
    // A hiccup while the session reloads its own data: said where it happened, the session and
    // every page go on (only a 401 ends a session).
    if (error.isCancelled() || m_controller->state() != SessionController::State::SignedIn)
        return;
    m_notice->showMessage(
        MessageWidget::Level::Warning,
        tr("Your account details could not be refreshed; you are still signed in. %1")
            .arg(error.message),
        {m_retryRefreshAction});
}

void MainWindow::onExpiresSoon(const QDateTime &expiry)
{
    m_notice->showMessage(MessageWidget::Level::Warning,
                          tr("Your token expires at %1. Sign in again before then to keep working "
                             "without interruption.")
                              .arg(SessionStatusLabels::shortTime(expiry)),
                          {m_renewAction});
}

void MainWindow::applyReadOnly(bool readOnly)
{
    for (int index = 0; index < paneCount(); ++index) {
        if (Pane *built = builtPane(index)) // the others learn it when they are built
            built->setReadOnly(readOnly);
    }
    for (QAction *action : std::as_const(m_writingActions))
        action->setEnabled(!readOnly);
    updateTitle();
}

void MainWindow::updateTitle()
{
    using State = SessionController::State;
    const State state = m_controller->state();
    const bool signedIn = state == State::SignedIn || state == State::SigningIn;
    const QString user = m_controller->userName();
    const QString organizationId = m_controller->organizationId();
    const QString organization = m_controller->organizationName().isEmpty()
                                     ? organizationId
                                     : m_controller->organizationName();
    const QString page = currentPane() ? currentPane()->title() : QString();

    QStringList parts;
    if (!page.isEmpty())
        parts << page;
    if (signedIn && !user.isEmpty())
        parts << (organization.isEmpty() ? user : tr("%1 @ %2").arg(user, organization));
    parts << tr("epilot Admin");
    setWindowTitle(parts.join(QStringLiteral(" — ")));

    m_statusLabels->update(*m_controller);
}

void MainWindow::leaveAll(QObject *context, std::function<void(bool)> done)
{
    // One page at a time, shown while it asks or saves; the first that says stay ends the round.
    for (int index = 0; index < paneCount(); ++index) {
        Pane *candidate = builtPane(index);
        if (!candidate || !candidate->needsLeaveCheck())
            continue;
        switchTo(index);
        QPointer<QObject> guard(context);
        candidate->requestLeave(this, [this, guard, done](bool mayLeave) {
            if (!guard)
                return;
            if (!mayLeave)
                done(false);
            else
                leaveAll(guard, done);
        });
        return;
    }
    done(true);
}

bool MainWindow::needsLeaveCheck() const
{
    for (int index = 0; index < paneCount(); ++index)
        if (Pane *candidate = builtPane(index); candidate && candidate->needsLeaveCheck())
            return true;
    return false;
}

void MainWindow::signOut()
{
    leaveAll(this, [this](bool mayLeave) {
        if (mayLeave)
            finishSignOut();
    });
}

void MainWindow::finishSignOut()
{
    const QString profile = m_controller->profile().name;
    m_controller->signOut([this, profile](const QString &error) {
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Sign out"),
                                 tr("You are signed out, but the token of \"%1\" could not be "
                                    "removed from the keychain: %2")
                                     .arg(profile, error));
    });
}

void MainWindow::showAbout()
{
    QMessageBox box(this);
    box.setWindowTitle(tr("About epilot Admin"));
    box.setIconPixmap(Icons::application().pixmap(64, 64));
    box.setText(tr("<h3>epilot Admin %1</h3>"
                   "<p>Manage the users, groups, partners and settings of an epilot "
                   "organization.</p>"
                   "<p>Built with Qt %2. Tokens are kept in the system keychain.</p>")
                    .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
    box.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_leaveChecked && needsLeaveCheck()) {
        // Closing waits for the answers and saves; a failed save keeps the window open.
        event->ignore();
        leaveAll(this, [this](bool mayLeave) {
            if (!mayLeave)
                return;
            m_leaveChecked = true;
            close();
            m_leaveChecked = false;
        });
        return;
    }
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (const QByteArray geometry = settings.value(geometryKey).toByteArray(); !geometry.isEmpty())
        restoreGeometry(geometry);
    if (const QByteArray state = settings.value(stateKey).toByteArray(); !state.isEmpty())
        restoreState(state);
    else
        m_activity->hide(); // first start: the pages get the room, the panel is Ctrl+Shift+A away
    const int index = m_pages->indexOf(settings.value(paneKeySetting).toString());
    showPane(index >= 0 ? index : 0);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(paneKeySetting, paneKey(m_currentIndex));
}

SignInDialog *MainWindow::signInDialog() const
{
    return m_signIn;
}
