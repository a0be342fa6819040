// The main window offscreen: navigation, shortcuts routed to the current pane, leaving a pane
// with unsaved changes, read-only sessions, the Activity dock and remembered geometry.
#include "models/ActivityLogModel.h"
#include "services/session/ProfileStore.h"
#include "services/session/Session.h"
#include "services/session/TokenStore.h"
#include "ui/common/Icons.h"
#include "ui/common/MessageWidget.h"
#include "ui/shell/ActivityDock.h"
#include "ui/shell/InterfaceLanguage.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Pane.h"
#include "ui/shell/PreferencesDialog.h"
#include "ui/shell/SessionController.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPainter>
#include <QScopeGuard>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>

namespace {

// A pane that writes down what the window asked of it.
class RecordingPane : public Pane
{
public:
    RecordingPane(Session *session, const QString &title) : Pane(session), m_title(title) {}
    QString title() const override { return m_title; }
    void reload() override { calls << QStringLiteral("reload"); }
    void focusSearch() override { calls << QStringLiteral("focusSearch"); }
    void createNew() override { calls << QStringLiteral("createNew"); }
    void deleteSelection() override { calls << QStringLiteral("deleteSelection"); }
    // Saves like a real page: the outcome arrives later, and a failed save keeps the edit.
    void save() override
    {
        calls << QStringLiteral("save");
        saving = true;
        QTimer::singleShot(10, this, [this] {
            saving = false;
            if (!failSave)
                unsaved = false;
            reportSaved(!failSave);
        });
    }
    void discard() override
    {
        calls << QStringLiteral("discard");
        unsaved = false;
    }
    bool isSaving() const override { return saving; }
    bool hasUnsavedChanges() const override { return unsaved; }
    void setReadOnly(bool value) override { readOnly = value; }
    void sessionReady() override { calls << QStringLiteral("sessionReady"); }

    QStringList calls;
    bool unsaved = false;
    bool saving = false;
    bool failSave = false;
    bool readOnly = false;

private:
    QString m_title;
};

// Answers the next message box with the button that has this role.
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, qApp, [button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        box->button(button)->click();
    });
}

// Clicks OK on every "Sign out" warning (no keychain in this test) while it lives.
class SignOutWarningCloser : public QTimer
{
public:
    SignOutWarningCloser()
    {
        connect(this, &QTimer::timeout, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box && box->windowTitle() == QStringLiteral("Sign out"))
                box->button(QMessageBox::Ok)->click();
        });
        start(5);
    }
};

QAction *actionNamed(QMainWindow *window, const QString &text)
{
    for (QAction *action : window->menuBar()->findChildren<QAction *>())
        if (action->text() == text)
            return action;
    for (QAction *action : window->findChildren<QAction *>())
        if (action->text() == text)
            return action;
    return nullptr;
}

// The colour of the most opaque pixel: what the icon's lines are drawn with.
QColor inkOf(const QPixmap &pixmap)
{
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    QColor ink(Qt::transparent);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (const QColor pixel = image.pixelColor(x, y); pixel.alpha() > ink.alpha())
                ink = pixel;
    return ink;
}

bool sameColor(const QColor &a, const QColor &b)
{
    return a.alpha() == 255 && qAbs(a.red() - b.red()) <= 2 && qAbs(a.green() - b.green()) <= 2 &&
           qAbs(a.blue() - b.blue()) <= 2;
}

} // namespace

class MainWindowTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listsEveryPageWithIcon();
    void pagesAreBuiltWhenFirstShown();
    void navigationSwitchesPanes();
    void shortcutsReachCurrentPane();
    void ctrlNumberSwitchesPanes();
    void unsavedChangesAskBeforeLeaving();
    void quitWaitsForTheSaveAndStaysWhenItFails();
    void signOutWaitsForTheSaveAndStaysWhenItFails();
    void iconsFollowThePaletteAtEveryScale();
    void sessionReadyComesOncePerSession();
    void readOnlyDisablesWritingActions();
    void activityDockListsRequests();
    void activityIsOneKeystrokeAway();
    void activityFollowsLanguageSwitch();
    void emulatorProfileNameTranslated();
    void geometryAndPaneRemembered();
    void signedOutShowsNotice();

private:
    std::unique_ptr<MainWindow> makeWindow();

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<TokenStore> m_tokens;
};

void MainWindowTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("epilot-admin-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_main_window"));
    // Every QSettings of the window goes to the throw-away folder.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
}

void MainWindowTest::init()
{
    QSettings().clear();
    m_profiles = std::make_unique<ProfileStore>(m_dir.filePath(QStringLiteral("profiles.ini")));
    m_tokens = std::make_unique<TokenStore>(QStringLiteral("epilot-admin-test"));
}

void MainWindowTest::cleanup()
{
    m_profiles.reset();
    m_tokens.reset();
}

std::unique_ptr<MainWindow> MainWindowTest::makeWindow()
{
    auto window = std::make_unique<MainWindow>(&m_network, m_profiles.get(), m_tokens.get());
    window->show();
    QApplication::setActiveWindow(window.get());
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("window did not become active");
    return window;
}

void MainWindowTest::listsEveryPageWithIcon()
{
    auto window = makeWindow();
    // The pages the application promises, in this order (others may sit between them).
    const QStringList expected = {
        tr("Users"),        tr("Groups"),     tr("Partners"),   tr("Partner users & roles"),
        tr("Organization"), tr("My account"), tr("API console")};
    QCOMPARE(window->navigation()->count(), window->paneCount());
    QStringList shown;
    for (int index = 0; index < window->paneCount(); ++index) {
        QListWidgetItem *item = window->navigation()->item(index);
        QVERIFY(!item->icon().isNull());
        const QImage icon = item->icon().pixmap(20, 20).toImage();
        QVERIFY(!icon.isNull());
        int inked = 0;
        for (int y = 0; y < icon.height(); ++y)
            for (int x = 0; x < icon.width(); ++x)
                inked += icon.pixelColor(x, y).alpha() > 0 ? 1 : 0;
        QVERIFY2(inked > 10, qPrintable(item->text())); // the SVG was drawn
        const QString listed = item->text();            // listed before the page is built
        QCOMPARE(window->pane(index)->title(), listed);
        if (expected.contains(item->text()))
            shown << item->text();
    }
    QCOMPARE(shown, expected);
    QVERIFY(!window->windowIcon().isNull());
}

void MainWindowTest::pagesAreBuiltWhenFirstShown()
{
    // Start-up builds the page on screen only; the others cost nothing until visited.
    auto window = makeWindow();
    QCOMPARE(window->findChildren<Pane *>().size(), 1);
    QCOMPARE(window->findChildren<Pane *>().constFirst(), window->currentPane());
    QVERIFY(window->showPane(2));
    QCOMPARE(window->findChildren<Pane *>().size(), 2);
    QVERIFY(window->currentPane()->isVisible());
    QVERIFY(window->showPane(0));
    QVERIFY(window->showPane(2)); // built once, shown again
    QCOMPARE(window->findChildren<Pane *>().size(), 2);
}

void MainWindowTest::navigationSwitchesPanes()
{
    auto window = makeWindow();
    QListWidget *navigation = window->navigation();
    const QRect partners = navigation->visualItemRect(navigation->item(2));
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, partners.center());
    QCOMPARE(window->currentPaneIndex(), 2);
    QCOMPARE(window->currentPane()->title(), tr("Partners"));
    QVERIFY(window->currentPane()->isVisible());
    QVERIFY(!window->pane(0)->isVisible());
    QVERIFY(window->windowTitle().startsWith(tr("Partners")));
}

void MainWindowTest::shortcutsReachCurrentPane()
{
    auto window = makeWindow();
    auto *groups = new RecordingPane(window->session(), QStringLiteral("Groups"));
    auto *users = new RecordingPane(window->session(), QStringLiteral("Users"));
    window->replacePane(QStringLiteral("groups"), groups);
    window->replacePane(QStringLiteral("users"), users);
    QVERIFY(window->showPane(1));
    QCOMPARE(window->currentPane(), groups);

    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
    QTest::keyClick(window.get(), Qt::Key_Delete);
    QTest::keyClick(window.get(), Qt::Key_F5);
    QTest::keyClick(window.get(), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(groups->calls,
             QStringList({"focusSearch", "createNew", "deleteSelection", "reload", "save"}));
    QVERIFY(users->calls.isEmpty());
}

void MainWindowTest::ctrlNumberSwitchesPanes()
{
    auto window = makeWindow();
    for (int index : {6, 0, 3, 4}) {
        QTest::keyClick(window.get(), Qt::Key(Qt::Key_1 + index), Qt::ControlModifier);
        QCOMPARE(window->currentPaneIndex(), index);
        QCOMPARE(window->navigation()->currentRow(), index);
    }
}

void MainWindowTest::unsavedChangesAskBeforeLeaving()
{
    auto window = makeWindow();
    auto *users = new RecordingPane(window->session(), QStringLiteral("Users"));
    window->replacePane(QStringLiteral("users"), users);
    QVERIFY(window->showPane(0));
    users->unsaved = true;

    answerNextMessageBox(QMessageBox::Cancel);
    window->navigation()->setCurrentRow(1);
    QCOMPARE(window->currentPaneIndex(), 0);
    QCOMPARE(window->navigation()->currentRow(), 0); // the selection went back
    QVERIFY(users->unsaved);

    // A failed save keeps the page, its edit and the sidebar in agreement.
    users->failSave = true;
    answerNextMessageBox(QMessageBox::Save);
    window->navigation()->setCurrentRow(1);
    QVERIFY(users->calls.contains("save"));
    QTRY_VERIFY(!users->saving);
    QTest::qWait(20);
    QCOMPARE(window->currentPaneIndex(), 0);
    QCOMPARE(window->navigation()->currentRow(), 0);
    QVERIFY(users->unsaved);

    // A save that succeeds lets the window leave, once.
    users->failSave = false;
    users->calls.clear();
    answerNextMessageBox(QMessageBox::Save);
    window->navigation()->setCurrentRow(1);
    QTRY_COMPARE(window->currentPaneIndex(), 1);
    QCOMPARE(window->navigation()->currentRow(), 1);
    QCOMPARE(users->calls, QStringList{QStringLiteral("save")});
    QVERIFY(!users->unsaved);

    // Discard drops the edit and leaves at once.
    QVERIFY(window->showPane(0));
    users->unsaved = true;
    answerNextMessageBox(QMessageBox::Discard);
    window->navigation()->setCurrentRow(1);
    QCOMPARE(window->currentPaneIndex(), 1);
    QVERIFY(users->calls.contains("discard"));
    QVERIFY(!users->unsaved);
}

void MainWindowTest::quitWaitsForTheSaveAndStaysWhenItFails()
{
    auto window = makeWindow();
    window->show();
    auto *users = new RecordingPane(window->session(), QStringLiteral("Users"));
    window->replacePane(QStringLiteral("users"), users);
    QVERIFY(window->showPane(0));
    QVERIFY(window->showPane(1));
    users->unsaved = true;

    // Quitting asks (on the Users page), the save fails: the window stays open with the edit.
    users->failSave = true;
    answerNextMessageBox(QMessageBox::Save);
    window->close();
    QCOMPARE(window->currentPaneIndex(), 0); // shown while it asks
    QTRY_VERIFY(!users->saving);
    QTest::qWait(20);
    QVERIFY(window->isVisible());
    QVERIFY(users->unsaved);

    // A save already running when quitting is waited for; once it succeeds the window closes.
    users->failSave = false;
    users->save();
    QVERIFY(users->saving);
    window->close();
    QVERIFY(window->isVisible()); // waiting, not gone
    QTRY_VERIFY(!window->isVisible());
    QVERIFY(!users->unsaved);
}

void MainWindowTest::signOutWaitsForTheSaveAndStaysWhenItFails()
{
    auto window = makeWindow();
    auto *users = new RecordingPane(window->session(), QStringLiteral("Users"));
    window->replacePane(QStringLiteral("users"), users);
    QVERIFY(window->showPane(1));
    // A session to sign out of; nothing answers at this address, which is fine here.
    Profile profile = Profile::withDefaults(QStringLiteral("sign-out-test"));
    const QUrl nowhere(QStringLiteral("http://127.0.0.1:1"));
    profile.endpoints.user = profile.endpoints.organization = nowhere;
    profile.endpoints.partnerDirectory = nowhere;
    window->startSession(profile, QStringLiteral("test-token"));
    using State = SessionController::State;
    QVERIFY(window->sessionController()->state() != State::SignedOut);
    QAction *signOut = actionNamed(window.get(), QStringLiteral("Sign &out"));
    QVERIFY(signOut);
    QVERIFY(signOut->isEnabled());
    SignOutWarningCloser closer;

    // Signing out asks (on the Users page), the save fails: still signed in, the edit kept.
    users->unsaved = true;
    users->failSave = true;
    answerNextMessageBox(QMessageBox::Save);
    signOut->trigger();
    QCOMPARE(window->currentPaneIndex(), 0); // shown while it asks
    QTRY_VERIFY(!users->saving);
    QTest::qWait(20);
    QVERIFY(window->sessionController()->state() != State::SignedOut);
    QVERIFY(users->unsaved);

    // A save already running is waited for; once it succeeds the session ends.
    users->failSave = false;
    users->save();
    QVERIFY(users->saving);
    signOut->trigger();
    QVERIFY(window->sessionController()->state() != State::SignedOut); // waiting
    QTRY_COMPARE(window->sessionController()->state(), State::SignedOut);
    QVERIFY(!users->saving);
    QVERIFY(!users->unsaved);
    QCOMPARE(users->calls.count(QStringLiteral("save")), 2);
}

void MainWindowTest::iconsFollowThePaletteAtEveryScale()
{
    const QPalette original = QApplication::palette();
    const QIcon icon = Icons::get(QStringLiteral("users"));
    QVERIFY(!icon.isNull());
    QVERIFY(Icons::get(QStringLiteral("no-such-icon")).isNull());
    QVERIFY(sameColor(inkOf(icon.pixmap(48, 48)), original.color(QPalette::WindowText)));
    QVERIFY(sameColor(inkOf(icon.pixmap(48, 48, QIcon::Selected)),
                      original.color(QPalette::HighlightedText)));

    // A dark desktop theme turns the lines light at once.
    QPalette dark = original;
    dark.setColor(QPalette::Window, QColor(0x20, 0x21, 0x24));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xea, 0xed));
    QApplication::setPalette(dark);
    const QColor darkInk = inkOf(icon.pixmap(48, 48));
    QApplication::setPalette(original);
    QVERIFY2(sameColor(darkInk, QColor(0xe8, 0xea, 0xed)), qPrintable(darkInk.name()));

    // Drawn for the device pixels, not scaled up from a small picture.
    QCOMPARE(icon.pixmap(QSize(24, 24), 1.0).size(), QSize(24, 24));
    const QPixmap doubled = icon.pixmap(QSize(24, 24), 2.0);
    QCOMPARE(doubled.size(), QSize(48, 48));
    QCOMPARE(doubled.devicePixelRatio(), 2.0);
    QCOMPARE(icon.pixmap(QSize(24, 24), 3.0).size(), QSize(72, 72));
    // The application icon keeps its own colours (not the palette's text colour).
    QVERIFY(!sameColor(inkOf(Icons::application().pixmap(64, 64)),
                       original.color(QPalette::WindowText)));

    // EPILOT_SCREENSHOT_DIR=/some/dir keeps a sheet of every icon at 1x and 2x, normal, disabled
    // and selected, to look at.
    if (const QString dir = qEnvironmentVariable("EPILOT_SCREENSHOT_DIR"); !dir.isEmpty()) {
        const QStringList names = QDir(QStringLiteral(":/icons")).entryList();
        QPixmap sheet(QSize(6 * 60, names.size() * 56));
        sheet.fill(original.color(QPalette::Window));
        QPainter painter(&sheet);
        for (int row = 0; row < names.size(); ++row) {
            const QIcon each = Icons::get(QFileInfo(names.at(row)).baseName());
            const int y = row * 56 + 4;
            painter.fillRect(QRect(240, y - 4, 120, 56), original.color(QPalette::Highlight));
            painter.drawPixmap(8, y, each.pixmap(QSize(24, 24), 1.0));
            QPixmap sharp = each.pixmap(QSize(24, 24), 2.0);
            sharp.setDevicePixelRatio(1.0); // shown at its device pixels
            painter.drawPixmap(60, y, sharp);
            painter.drawPixmap(120, y, each.pixmap(48, 48, QIcon::Disabled));
            painter.drawPixmap(250, y, each.pixmap(48, 48, QIcon::Selected));
        }
        painter.end();
        sheet.save(dir + QStringLiteral("/icons.png"));
    }
}

void MainWindowTest::sessionReadyComesOncePerSession()
{
    Session session(&m_network);
    RecordingPane pane(&session, QStringLiteral("Users"));
    QTest::qWait(1);
    QVERIFY(pane.calls.isEmpty()); // nobody signed in yet
    const QJsonObject me{{QStringLiteral("id"), QStringLiteral("7")}};
    emit session.meChanged(me);
    emit session.meChanged(me); // the user reloaded: no second load
    QCOMPARE(pane.calls, QStringList{QStringLiteral("sessionReady")});
    emit session.ended();
    emit session.meChanged(me); // the next session
    QCOMPARE(pane.calls, QStringList({"sessionReady", "sessionReady"}));
}

void MainWindowTest::readOnlyDisablesWritingActions()
{
    auto window = makeWindow();
    auto *users = new RecordingPane(window->session(), QStringLiteral("Users"));
    window->replacePane(QStringLiteral("users"), users);
    QVERIFY(window->showPane(0));
    window->session()->setReadOnly(true);
    QVERIFY(users->readOnly);
    QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
    QTest::keyClick(window.get(), Qt::Key_Delete);
    QTest::keyClick(window.get(), Qt::Key_S, Qt::ControlModifier);
    QTest::keyClick(window.get(), Qt::Key_F5);
    QCOMPARE(users->calls, QStringList({"reload"})); // reading still works
    window->session()->setReadOnly(false);
    QVERIFY(!users->readOnly);
    QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(users->calls.last(), QStringLiteral("createNew"));
    // A pane added later starts read-only too.
    window->session()->setReadOnly(true);
    auto *groups = new RecordingPane(window->session(), QStringLiteral("Groups"));
    window->replacePane(QStringLiteral("groups"), groups);
    QVERIFY(groups->readOnly);
}

void MainWindowTest::activityDockListsRequests()
{
    auto window = makeWindow();
    ActivityEntry entry;
    entry.id = 7;
    entry.started = QDateTime::currentDateTime();
    entry.method = QStringLiteral("GET");
    entry.url = QStringLiteral("http://127.0.0.1:1/v2/users/me");
    entry.status = 503;
    entry.error = QStringLiteral("Service unavailable");
    emit window->session()->client()->activity(entry);
    QCOMPARE(window->activityDock()->model()->rowCount(), 1);
    QCOMPARE(window->activityDock()->view()->model()->rowCount(), 1);
    QVERIFY(window->activityDock()->text().contains("Service unavailable"));
    const QList<QLabel *> summary = window->activityDock()->findChildren<QLabel *>();
    bool counted = false;
    for (const QLabel *label : summary)
        counted = counted || label->text() == QStringLiteral("1 request, failed");
    QVERIFY(counted);
    // First start: the panel stays closed and the status bar says that something failed.
    QVERIFY(!window->activityDock()->isVisible());
    auto *failed = window->statusBar()->findChild<QToolButton *>(QStringLiteral("failedRequests"));
    QVERIFY(failed);
    QVERIFY(failed->isVisible());
    QVERIFY2(failed->text().startsWith(QStringLiteral("1 request")), qPrintable(failed->text()));
    QTest::mouseClick(failed, Qt::LeftButton);
    QVERIFY(window->activityDock()->isVisible());
    QVERIFY(!failed->isVisible());
    // Opened once, it is open on the next start.
    QVERIFY(window->close());
    window.reset();
    auto again = makeWindow();
    QVERIFY(again->activityDock()->isVisible());
}

void MainWindowTest::activityIsOneKeystrokeAway()
{
    auto window = makeWindow();
    QVERIFY(!window->activityDock()->isVisible());
    QAction *toggle = window->activityDock()->toggleViewAction();
    QCOMPARE(toggle->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    bool inViewMenu = false;
    for (QAction *menu : window->menuBar()->actions())
        if (menu->menu() && menu->text() == tr("&View"))
            inViewMenu = menu->menu()->actions().contains(toggle);
    QVERIFY(inViewMenu);
    QTest::keyClick(window.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(window->activityDock()->isVisible());
}

void MainWindowTest::activityFollowsLanguageSwitch()
{
    auto window = makeWindow();
    ActivityEntry entry;
    entry.id = 8;
    entry.started = QDateTime::currentDateTime();
    entry.method = QStringLiteral("GET");
    entry.url = QStringLiteral("http://127.0.0.1:1/v2/users/me");
    entry.status = 503;
    entry.error = QStringLiteral("Service unavailable");
    emit window->session()->client()->activity(entry);
    ActivityDock *dock = window->activityDock();
    auto *failed = window->statusBar()->findChild<QToolButton *>(QStringLiteral("failedRequests"));
    QVERIFY(failed);
    QVERIFY2(failed->text().startsWith(QStringLiteral("1 request")), qPrintable(failed->text()));

    // Edit > Preferences > Deutsch > OK, while running.
    QAction *preferences = nullptr;
    for (QAction *action : window->menuBar()->findChildren<QAction *>()) {
        if (action->text() == QStringLiteral("&Preferences…"))
            preferences = action;
    }
    QVERIFY(preferences);
    preferences->trigger();
    auto *dialog = window->findChild<PreferencesDialog *>();
    QVERIFY(dialog);
    // Back to English for the tests after this one, whatever happens here.
    const auto english = qScopeGuard([] {
        InterfaceLanguage::choose({});
        InterfaceLanguage::install(qApp);
    });
    dialog->languageBox()->setCurrentIndex(dialog->languageBox()->findData(QStringLiteral("de")));
    dialog->accept();
    QTRY_COMPARE(window->navigation()->item(0)->text(), QStringLiteral("Benutzer"));

    // The panel and the status bar's button speak German too, without a restart.
    QCOMPARE(dock->windowTitle(), QStringLiteral("Aktivität"));
    QCOMPARE(dock->findChild<QCheckBox *>()->text(), QStringLiteral("Nur fehlgeschlagene"));
    QCOMPARE(dock->findChild<QLineEdit *>()->placeholderText(),
             QStringLiteral("Nach URL, Status oder Fehler filtern"));
    QCOMPARE(dock->view()->model()->headerData(ActivityLogModel::Time, Qt::Horizontal).toString(),
             QStringLiteral("Zeit"));
    bool summary = false;
    for (const QLabel *label : dock->findChildren<QLabel *>())
        summary = summary || label->text() == QStringLiteral("1 Anfrage, fehlgeschlagen");
    QVERIFY(summary);
    QCOMPARE(failed->text(), QStringLiteral("1 Anfrage fehlgeschlagen — Aktivität anzeigen"));
    QCOMPARE(failed->toolTip(),
             QStringLiteral("Den Aktivitätsbereich öffnen, um zu sehen, was fehlgeschlagen ist"));
    // The View menu still words the toggle as a menu entry, not as the panel's title.
    QCOMPARE(dock->toggleViewAction()->text(), QStringLiteral("&Aktivitätsbereich"));
}

void MainWindowTest::geometryAndPaneRemembered()
{
    {
        auto window = makeWindow();
        window->resize(1111, 707);
        QVERIFY(window->showPane(4));
        QVERIFY(window->close());
    }
    auto again = makeWindow();
    QCOMPARE(again->size(), QSize(1111, 707));
    QCOMPARE(again->currentPaneIndex(), 4);
    QCOMPARE(again->navigation()->currentRow(), 4);
}

void MainWindowTest::signedOutShowsNotice()
{
    auto window = makeWindow();
    window->resize(1280, 800);
    QCOMPARE(window->windowTitle(), tr("Users — epilot Admin"));
    QVERIFY(window->noticeBar()->isVisible());
    QVERIFY(window->noticeBar()->text().contains(tr("not signed in")));
    QCOMPARE(window->findChild<QLabel *>(QStringLiteral("userLabel"))->text(), tr("Not signed in"));
    // EPILOT_SCREENSHOT_DIR=/some/dir keeps a picture to look at.
    if (const QString dir = qEnvironmentVariable("EPILOT_SCREENSHOT_DIR"); !dir.isEmpty())
        window->grab().save(dir + QStringLiteral("/main-window-signed-out.png"));
}

void MainWindowTest::emulatorProfileNameTranslated()
{
    // German as a translator would give it, for exactly the two texts of the profile label.
    class German : public QTranslator
    {
    public:
        QString translate(const char *context, const char *source, const char *, int) const override
        {
            if (qstrcmp(context, "Profile") == 0 && qstrcmp(source, "Local emulator") == 0)
                return QStringLiteral("Lokaler Emulator");
            if (qstrcmp(context, "SessionStatusLabels") == 0 && qstrcmp(source, "Profile: %1") == 0)
                return QStringLiteral("Profil: %1");
            return {};
        }
        bool isEmpty() const override { return false; }
    } german;
    QCoreApplication::installTranslator(&german);
    auto window = makeWindow();
    Profile profile = Profile::withDefaults(Profile::emulatorProfileName());
    profile.endpoints = ApiEndpoints::singleServer(QUrl(QStringLiteral("http://127.0.0.1:1")));
    window->startSession(profile, QStringLiteral("token"));
    const auto *label = window->findChild<QLabel *>(QStringLiteral("profileLabel"));
    QCOMPARE(label->text(), QStringLiteral("Profil: Lokaler Emulator"));
    QCoreApplication::removeTranslator(&german);
    // The stored profile keeps its one name in every language.
    QCOMPARE(window->sessionController()->profile().name, QStringLiteral("Local emulator"));
}

QTEST_MAIN(MainWindowTest)
#include "tst_main_window.moc"
