// The main window's language switch (Edit > Preferences), apart from MainWindow.cpp: pages are
// asked about unsaved changes, then menus, page titles and pages are built again in the new
// language. The session, the Activity log and the server's data stay as they are.
#include "services/session/Session.h"
#include "ui/shell/ActivityDock.h"
#include "ui/shell/FailedRequestsIndicator.h"
#include "ui/shell/InterfaceLanguage.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/PreferencesDialog.h"

#include <QApplication>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

void MainWindow::showPreferences()
{
    auto *dialog = new PreferencesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PreferencesDialog::languageChosen, this, &MainWindow::switchLanguage);
    dialog->open();
}

void MainWindow::switchLanguage(const QString &previousChoice)
{
    // Pages are built anew in the new language: unsaved edits are saved or dropped first, as when
    // signing out. The session and the server's data stay as they are (no restart).
    leaveAll(this, [this, previousChoice](bool mayLeave) {
        if (!mayLeave) {
            InterfaceLanguage::choose(previousChoice);
            return;
        }
        InterfaceLanguage::install(qApp);
        retranslate();
    });
}

void MainWindow::retranslate()
{
    delete m_menuActions;
    // Nothing may reach the deleted actions before createMenus() makes them again.
    m_menuActions = nullptr;
    m_writingActions.clear();
    m_renewAction = nullptr;
    m_retryRefreshAction = nullptr;
    qDeleteAll(menuBar()->findChildren<QMenu *>(Qt::FindDirectChildrenOnly));
    menuBar()->clear();
    discardPages();
    m_pages->retranslate();
    // Before the menus: the dock's new title renames its toggle action, which the View menu words.
    m_activity->retranslate();
    if (auto *failed = statusBar()->findChild<FailedRequestsIndicator *>())
        failed->retranslate();
    createMenus();
    applyReadOnly(m_session->isReadOnly());
    m_navigation->setAccessibleName(tr("Pages"));
    onSessionStateChanged();
}
