#pragma once

#include "domain/security/AuditRecord.h"
#include "domain/security/SecurityFindings.h"
#include "services/session/Profile.h"
#include "ui/shell/PaneRegistry.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>
#include <functional>
#include <memory>

struct ApiError;
class ActivityDock;
class MessageWidget;
class Pane;
class PaneRegistry;
class ProfileStore;
class QAction;
class QLabel;
class QListWidget;
class QNetworkAccessManager;
class QStackedWidget;
class Session;
class SessionController;
class SessionStatusLabels;
class SignInDialog;
class TokenStore;

// The application's main window: the navigation list, a stack of panes, the session notice,
// the Activity dock, menus and the status bar with who is signed in where.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(QNetworkAccessManager *network, ProfileStore *profiles, TokenStore *tokens,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    Session *session() const { return m_session; }
    SessionController *sessionController() const { return m_controller; }
    ActivityDock *activityDock() const { return m_activity; }
    MessageWidget *noticeBar() const { return m_notice; }
    QListWidget *navigation() const { return m_navigation; }

    int paneCount() const;
    // The page at `index`, built if it was not yet (pages are built when first shown).
    Pane *pane(int index) const;
    Pane *currentPane() const;
    int currentPaneIndex() const;
    QString paneKey(int index) const;
    // Switches page at once (true) when the page being left has nothing unsaved; otherwise asks it
    // (Pane::requestLeave) and switches once it allows, returning false meanwhile.
    bool showPane(int index);
    // Puts `pane` in place of the page called `key` (e.g. "users"); the window owns it.
    void replacePane(const QString &key, Pane *pane);

    // Signs in with a token that is already stored (or kept for this run) for `profile`.
    void startSession(const Profile &profile, const QString &token, bool readOnly = false);
    // Opens the sign-in dialog (not blocking). `reason` explains why it opened.
    void showSignIn(const QString &profileName = {}, const QString &reason = {});
    SignInDialog *signInDialog() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createPanes();
    void addPane(const QString &key, const QString &iconName, const PaneRegistry::Title &title,
                 std::function<Pane *(Session *)> create);
    Pane *builtPane(int index) const;
    void discardPages();
    // MainWindowLinks.cpp: the pages' links to each other.
    void connectPages(Pane *built);
    void connectUsersAndGroups(Pane *built);
    void openPlace(SecurityFinding::Place place, const QString &subjectId);
    void openRecord(const AuditRecord &record);
    void createMenus();
    QAction *paneAction(const QString &text, const QString &iconName, const QKeySequence &keys,
                        void (Pane::*slot)());
    void onNavigationChanged(int row);
    void onSessionStateChanged();
    void onExpiresSoon(const QDateTime &expiry);
    void onRefreshFailed(const ApiError &error);
    void applyReadOnly(bool readOnly);
    void updateTitle();
    void signOut();
    void finishSignOut();
    void switchTo(int index);
    // Asks every page with unsaved changes in turn (waiting for saves); done(true) when all allow.
    void leaveAll(QObject *context, std::function<void(bool mayLeave)> done);
    bool needsLeaveCheck() const;
    void showAbout();
    // Edit > Preferences; a new language is switched to at once (switchLanguage).
    void showPreferences();
    void switchLanguage(const QString &previousChoice);
    // Menus, page titles and pages in the language just installed.
    void retranslate();
    void restoreSettings();
    void saveSettings() const;

    ProfileStore *m_profiles;
    TokenStore *m_tokens;
    Session *m_session;
    SessionController *m_controller;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    PaneRegistry *m_pages;
    MessageWidget *m_notice;
    bool m_leaveChecked = false; // close() after leaveAll() agreed
    ActivityDock *m_activity;
    int m_currentIndex = -1;
    QList<QAction *> m_writingActions;
    QObject *m_menuActions = nullptr; // parent of the window's menu actions
    QAction *m_signInAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_renewAction = nullptr;
    QAction *m_retryRefreshAction = nullptr;
    std::unique_ptr<SessionStatusLabels> m_statusLabels;
    QPointer<SignInDialog> m_signIn;
};
