// The whole window at 1280x800 against the emulator's demo data, in English and in German, as a
// person meets it: every page fits without a sideways scroll bar, every control and every dialog
// control has an accessible name, German shows no English, and Tab walks each page and dialog in
// reading order. EPILOT_SCREENSHOT_DIR=<folder> keeps a picture of every page and dialog.
#include "domain/grants/RoleReview.h"
#include "models/GrantTreeModel.h"
#include "models/GroupListModel.h"
#include "models/RoleMatrixModel.h"
#include "services/session/ProfileStore.h"
#include "services/session/Session.h"
#include "services/session/TokenStore.h"
#include "tests/desktop/UiInspection.h"
#include "tests/support/E2eEnvironment.h"
#include "ui/common/EmptyStateOverlay.h"
#include "ui/groups/GroupDialog.h"
#include "ui/groups/GroupsPane.h"
#include "ui/partners/PartnerUsersRolesPane.h"
#include "ui/partners/PartnersPane.h"
#include "ui/partners/grants/RoleEditor.h"
#include "ui/partners/grants/RoleReviewDialog.h"
#include "ui/shell/ActivityDock.h"
#include "ui/shell/InterfaceLanguage.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Pane.h"
#include "ui/shell/PreferencesDialog.h"
#include "ui/shell/SignInDialog.h"
#include "ui/users/InviteDialog.h"
#include "ui/users/PendingInvitationsDialog.h"
#include "ui/users/UsersPane.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>
#include <QUuid>

namespace {

// Every problem on a line of its own (a test message would be cut short), then the verdict.
void report(const QStringList &problems)
{
    for (const QString &problem : problems)
        qWarning().noquote() << problem;
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problem(s)").arg(problems.size())));
}

// Where a page's width (or height) comes from: the child that asks for the most, downwards.
QString sizeChain(QWidget *root, Qt::Orientation orientation)
{
    const auto wantedOf = [orientation](const QWidget *widget) {
        const QSize hint = widget->minimumSizeHint().expandedTo(widget->minimumSize());
        return orientation == Qt::Horizontal ? hint.width() : hint.height();
    };
    QStringList chain;
    for (QWidget *widget = root; widget;) {
        chain << QStringLiteral("%1(%2)")
                     .arg(UiInspection::describe(widget).section(QLatin1Char('/'), -1))
                     .arg(wantedOf(widget));
        QWidget *widest = nullptr;
        int width = -1;
        for (QWidget *child : widget->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
            const int wanted = wantedOf(child);
            if (child->isVisibleTo(root) && !child->isWindow() && wanted > width) {
                widest = child;
                width = wanted;
            }
        }
        widget = widest;
    }
    return chain.join(QStringLiteral(" > "));
}

// Sets the emulator's injected faults while it runs (PUT /emulator/faults); {} ends them.
bool setFaults(QNetworkAccessManager *network, const QUrl &emulator, const QJsonObject &faults)
{
    QNetworkRequest request(emulator.resolved(QUrl(QStringLiteral("/emulator/faults"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = network->put(request, QJsonDocument(faults).toJson());
    const bool answered = QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return answered && status == 200;
}

// An emulator of its own, so that its faults touch no other test, and a session signed in there.
struct OwnEmulatorSession
{
    E2eEnvironment environment;
    QNetworkAccessManager network;
    Session session{&network};

    bool begin()
    {
        QString error;
        if (!environment.start(&error))
            return false;
        if (!environment.isEmulator())
            return true; // the caller skips
        QSignalSpy me(&session, &Session::meChanged);
        session.begin(environment.endpoints(), environment.token());
        return me.wait(10000);
    }
};

} // namespace

class DesktopPanesTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void pagesFitAndAreAccessible_data();
    void pagesFitAndAreAccessible();
    void dialogsAreAccessible_data();
    void dialogsAreAccessible();
    void listsShowLoadingEmptyAndFailure();
    void roleMatrixShowsLoadingAndFailure();
    void roleMatrixIgnoresALateAnswerForThePreviousOrganization();

private:
    void openWindow(const QString &language);
    void shoot(QWidget *widget, const QString &name) const;
    void inspect(QWidget *root, const QString &what, QStringList *problems) const;
    void inspectPage(Pane *pane, const QString &name, QStringList *problems) const;
    void inspectGrantTree(RoleEditor *editor, const QString &name, QStringList *problems) const;
    // Checks a dialog that is shown (modal or not) and closes it.
    void inspectDialog(QDialog *dialog, const QString &name, QStringList *problems) const;

    E2eEnvironment m_environment;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    QTranslator m_translator;
    QTranslator m_qtTranslator; // Qt's own dialogs and buttons, as the application loads them
    QString m_language;
    QString m_screenshots = qEnvironmentVariable("EPILOT_SCREENSHOT_DIR");
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<MainWindow> m_window;
};

void DesktopPanesTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("epilot-admin-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_desktop_panes"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    QString error;
    QVERIFY2(m_environment.start(&error), qPrintable(error));
    m_profiles = std::make_unique<ProfileStore>(m_dir.filePath(QStringLiteral("profiles.ini")));
    m_tokens = std::make_unique<TokenStore>(QStringLiteral("epilot-admin-test"));
}

void DesktopPanesTest::cleanupTestCase()
{
    m_window.reset();
}

void DesktopPanesTest::init()
{
    openWindow(QTest::currentDataTag());
}

void DesktopPanesTest::cleanup()
{
    m_window.reset();
    QCoreApplication::removeTranslator(&m_translator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
    QLocale::setDefault(QLocale::c());
}

void DesktopPanesTest::openWindow(const QString &language)
{
    m_language = language;
    if (language == QLatin1String("de")) {
        QVERIFY(InterfaceLanguage::load(&m_translator, language));
        QCoreApplication::installTranslator(&m_translator);
        if (m_qtTranslator.load(QLocale(QLocale::German), QStringLiteral("qtbase"),
                                QStringLiteral("_"),
                                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&m_qtTranslator);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    }
    m_window = std::make_unique<MainWindow>(&m_network, m_profiles.get(), m_tokens.get());
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    Profile profile = Profile::withDefaults(QStringLiteral("Emulator"));
    profile.endpoints = m_environment.endpoints();
    m_window->startSession(profile, m_environment.token());
    QVERIFY(QTest::qWaitFor([this] { return !m_window->session()->userId().isEmpty(); }, 15000));
    if (SignInDialog *signIn = m_window->signInDialog())
        signIn->close();
    m_window->activityDock()->hide();
    QTest::qWait(1500); // the first page's lists
}

void DesktopPanesTest::shoot(QWidget *widget, const QString &name) const
{
    if (!m_screenshots.isEmpty())
        widget->grab().save(QStringLiteral("%1/%2-%3.png").arg(m_screenshots, m_language, name));
}

void DesktopPanesTest::inspect(QWidget *root, const QString &what, QStringList *problems) const
{
    const auto add = [&](const QString &kind, const QStringList &found) {
        for (const QString &problem : found)
            problems->append(QStringLiteral("[%1] %2: %3").arg(what, kind, problem));
    };
    add(QStringLiteral("no accessible name"), UiInspection::unnamedControls(root));
    if (m_language == QLatin1String("de"))
        add(QStringLiteral("English"), UiInspection::englishTexts(root));
    add(QStringLiteral("tab order"), UiInspection::tabOrderProblems(root));
}

void DesktopPanesTest::pagesFitAndAreAccessible_data()
{
    QTest::addColumn<int>("unused");
    QTest::newRow("en") << 0;
    QTest::newRow("de") << 0;
}

void DesktopPanesTest::pagesFitAndAreAccessible()
{
    QStringList problems;
    for (int index = 0; index < m_window->paneCount(); ++index) {
        QVERIFY(m_window->showPane(index));
        QTest::qWait(1200);
        Pane *pane = m_window->currentPane();
        // Every page of the pane's own tabs (not tabs inside them).
        QTabWidget *tabs = nullptr;
        for (QTabWidget *candidate : pane->findChildren<QTabWidget *>()) {
            if (!tabs || candidate->isAncestorOf(tabs))
                tabs = candidate;
        }
        for (int tab = 0; tab < (tabs ? tabs->count() : 1); ++tab) {
            QString name = m_window->paneKey(index);
            if (tabs) {
                tabs->setCurrentIndex(tab);
                name += QStringLiteral("-tab%1").arg(tab);
                QTest::qWait(400);
            }
            inspectPage(pane, name, &problems);
        }
    }
    report(problems);
}

void DesktopPanesTest::inspectPage(Pane *pane, const QString &name, QStringList *problems) const
{
    // As the screenshots show it: the first row chosen, so the details are filled in.
    for (QAbstractItemView *view : pane->findChildren<QAbstractItemView *>()) {
        if (view->isVisible() && view->model() && view->model()->rowCount() > 0 &&
            view->selectionModel() && !view->selectionModel()->hasSelection() &&
            view->selectionMode() != QAbstractItemView::NoSelection) {
            view->setCurrentIndex(view->model()->index(0, 0));
            break;
        }
    }
    QTest::qWait(300);
    shoot(m_window.get(), name);
    // No page is larger than the window leaves it: no sideways scroll bar around it or inside
    // it, and no scroll bar from top to bottom around the whole page.
    for (QScrollArea *area : pane->window()->findChildren<QScrollArea *>()) {
        if (!area->isVisible() || !area->widget() ||
            (area->widget() != pane && !pane->isAncestorOf(area)))
            continue;
        if (area->horizontalScrollBar()->isVisible())
            problems->append(QStringLiteral("[%1] too wide: %2 needs %3 px, has %4 px: %5")
                                 .arg(name, UiInspection::describe(area))
                                 .arg(area->widget()->minimumSizeHint().width())
                                 .arg(area->viewport()->width())
                                 .arg(sizeChain(area->widget(), Qt::Horizontal)));
        if (area->widget() == pane && area->verticalScrollBar()->isVisible())
            problems->append(QStringLiteral("[%1] too tall: needs %2 px, has %3 px: %4")
                                 .arg(name)
                                 .arg(pane->minimumSizeHint().height())
                                 .arg(area->viewport()->height())
                                 .arg(sizeChain(pane, Qt::Vertical)));
    }
    if (auto *editor = pane->findChild<RoleEditor *>(); editor && editor->isVisible())
        inspectGrantTree(editor, name, problems);
    inspect(pane, name, problems);
}

// The grant tree shows every column whole (its title, and the effect in words) beside the
// grant's form, without a sideways scroll bar and without dragging the splitter.
void DesktopPanesTest::inspectGrantTree(RoleEditor *editor, const QString &name,
                                        QStringList *problems) const
{
    QTreeView *tree = editor->tree();
    if (!tree->isVisible() || tree->model()->rowCount() == 0) {
        problems->append(QStringLiteral("[%1] the grant tree is not shown with a role").arg(name));
        return;
    }
    QHeaderView *header = tree->header();
    const int visibleWidth = tree->viewport()->width();
    const QString where = QStringLiteral("tree %1 px wide, form %2 px")
                              .arg(tree->width())
                              .arg(tree->parentWidget()->width() - tree->width());
    if (tree->horizontalScrollBar()->isVisible())
        problems->append(QStringLiteral("[%1] the grant tree scrolls sideways: %2 px of columns "
                                        "in %3 px (%4)")
                             .arg(name)
                             .arg(header->length())
                             .arg(visibleWidth)
                             .arg(where));
    for (int column = 0; column < header->count(); ++column) {
        const QString title = tree->model()->headerData(column, Qt::Horizontal).toString();
        const int left = header->sectionViewportPosition(column);
        const int size = header->sectionSize(column);
        // The effect is one word: it must be whole; the others may elide long values.
        const int wanted =
            qMax(header->sectionSizeHint(column),
                 column == GrantTreeModel::EffectColumn
                     ? static_cast<QAbstractItemView *>(tree)->sizeHintForColumn(column)
                     : 0);
        if (header->isSectionHidden(column) || left < 0 || left + size > visibleWidth ||
            size < wanted)
            problems->append(QStringLiteral("[%1] grant tree column \"%2\" is cut: %3..%4 px of "
                                            "%5 px, needs %6 px (%7)")
                                 .arg(name, title)
                                 .arg(left)
                                 .arg(left + size)
                                 .arg(visibleWidth)
                                 .arg(wanted)
                                 .arg(where));
    }
}

void DesktopPanesTest::inspectDialog(QDialog *dialog, const QString &name,
                                     QStringList *problems) const
{
    QVERIFY(dialog);
    if (!dialog->isVisible())
        dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTest::qWait(500);
    shoot(dialog, QStringLiteral("dialog-") + name);
    // Nothing is cut: the dialog is at least as large as its contents ask for.
    const QSize wanted = dialog->minimumSizeHint();
    if (dialog->width() < wanted.width() || dialog->height() < wanted.height())
        problems->append(QStringLiteral("[%1] smaller than its contents").arg(name));
    inspect(dialog, name, problems);
    dialog->reject();
}

void DesktopPanesTest::dialogsAreAccessible_data()
{
    pagesFitAndAreAccessible_data();
}

void DesktopPanesTest::dialogsAreAccessible()
{
    QStringList problems;
    Session *session = m_window->session();
    const auto paneOf = [this](const QString &key) -> Pane * {
        for (int index = 0; index < m_window->paneCount(); ++index) {
            if (m_window->paneKey(index) == key) {
                m_window->showPane(index);
                return m_window->pane(index);
            }
        }
        return nullptr;
    };

    auto *users = qobject_cast<UsersPane *>(paneOf(QStringLiteral("users")));
    QVERIFY(users);
    users->openInvitations();
    inspectDialog(users->findChild<InviteDialog *>(), QStringLiteral("invite"), &problems);
    users->openPendingInvitations();
    inspectDialog(users->findChild<PendingInvitationsDialog *>(),
                  QStringLiteral("pending-invitations"), &problems);

    {
        GroupDialog group(session, Group(), {}, m_window.get());
        inspectDialog(&group, QStringLiteral("group"), &problems);
    }
    {
        PreferencesDialog preferences(m_window.get());
        inspectDialog(&preferences, QStringLiteral("preferences"), &problems);
    }
    m_window->showSignIn();
    inspectDialog(m_window->signInDialog(), QStringLiteral("sign-in"), &problems);

    auto *partners = qobject_cast<PartnerUsersRolesPane *>(paneOf(QStringLiteral("partner-roles")));
    QVERIFY(partners);
    QVERIFY(QTest::qWaitFor([partners] { return !partners->roles().isEmpty(); }, 10000));
    {
        const Role role = partners->roles().constFirst();
        Role draft = role;
        draft.setName(role.name() + QStringLiteral(" 2"));
        RoleReviewDialog review(role.name(), RoleReview::compare(role, draft), {}, m_window.get());
        inspectDialog(&review, QStringLiteral("role-review"), &problems);
    }
    // The new partner user dialog runs its own loop: look at it from inside.
    partners->tabs()->setCurrentIndex(0);
    bool seen = false;
    QTimer::singleShot(300, this, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        seen = dialog != nullptr;
        if (dialog)
            inspectDialog(dialog, QStringLiteral("partner-user"), &problems);
    });
    partners->createNew();
    QVERIFY(seen);

    report(problems);
}

// A list that loads shows progress, an empty one says what to do, and one whose server went away
// says so with a Retry button: the server becomes unreachable halfway (any server: the session is
// pointed at a closed port).
void DesktopPanesTest::listsShowLoadingEmptyAndFailure()
{
    auto environment = std::make_unique<E2eEnvironment>();
    QString error;
    QVERIFY2(environment->start(&error), qPrintable(error));
    QNetworkAccessManager network;
    Session session(&network);
    QSignalSpy me(&session, &Session::meChanged);
    session.begin(environment->endpoints(), environment->token());
    QVERIFY(me.wait(10000));
    // Any server: the list has one group at least, the test's own, removed at the end.
    QString groupId;
    const QString groupName =
        QStringLiteral("List state test %1").arg(QUuid::createUuid().toString().mid(1, 8));
    session.users()->createGroup(QJsonObject{{QStringLiteral("name"), groupName}}, &session,
                                 [&](const ApiResult<QJsonObject> &result) {
                                     groupId = result.ok() ? result.value()["id"].toString()
                                                           : QStringLiteral("-");
                                 });
    QVERIFY(QTest::qWaitFor([&] { return !groupId.isEmpty(); }, 10000));
    QVERIFY(groupId != QStringLiteral("-"));
    const ApiEndpoints reachable = session.client()->endpoints();
    const auto removeGroup = qScopeGuard([&] {
        session.client()->setEndpoints(reachable);
        bool removed = false;
        session.users()->deleteGroup(groupId, &session,
                                     [&](const ApiResult<void> &) { removed = true; });
        QTest::qWaitFor([&] { return removed; }, 10000);
    });

    GroupsPane groups(&session);
    PartnersPane partners(&session);
    partners.mainTabs()->setCurrentIndex(1); // the people-and-organizations search
    for (Pane *pane : {static_cast<Pane *>(&groups), static_cast<Pane *>(&partners)}) {
        pane->resize(1000, 700);
        pane->show();
    }
    const auto overlayOf = [](QAbstractItemView *view) {
        return view->viewport()->findChild<EmptyStateOverlay *>();
    };
    EmptyStateOverlay *groupsState = overlayOf(groups.table());
    EmptyStateOverlay *partnersState = overlayOf(partners.resultView());
    QVERIFY(groupsState && partnersState);
    QVERIFY(QTest::qWaitFor([&] { return groups.model()->rowCount() > 0; }, 10000));
    QVERIFY(!groupsState->isVisible());

    // An empty answer: what to do.
    groups.searchBox()->setText(QStringLiteral("no group is called like this"));
    groups.model()->setQuery(groups.searchBox()->text());
    QVERIFY(groupsState->isVisible()); // loading, the list is empty meanwhile
    QVERIFY(groupsState->findChild<QProgressBar *>()->isVisible());
    QVERIFY(QTest::qWaitFor([&] { return !groups.model()->isLoading(); }, 10000));
    QVERIFY(groupsState->isVisible());
    QVERIFY(groupsState->actionButton()->isVisible());
    shoot(&groups, QStringLiteral("groups-empty"));
    QVERIFY(!groupsState->retryButton()->isVisible());

    // The server goes away: the failure in words, and Retry.
    session.client()->setEndpoints(
        ApiEndpoints::singleServer(QUrl(QStringLiteral("http://127.0.0.1:1"))));
    groups.reload();
    partners.reload();
    QVERIFY(QTest::qWaitFor([&] { return groupsState->retryButton()->isVisible(); }, 30000));
    // Partners showed rows: a failed refresh keeps them, marked stale (issue 18).
    QVERIFY(QTest::qWaitFor([&] { return partnersState->showsStale(); }, 30000));
    QVERIFY(partnersState->staleMessage().startsWith(QStringLiteral("Could not refresh")));
    for (EmptyStateOverlay *state : {groupsState}) {
        QVERIFY2(state->text().startsWith(QStringLiteral("Could not load the list")),
                 qPrintable(state->text()));
        QVERIFY(!state->findChild<QProgressBar *>()->isVisible());
        QVERIFY(state->actionButton() == nullptr || !state->actionButton()->isVisible());
    }
    shoot(&groups, QStringLiteral("groups-failed"));
    shoot(&partners, QStringLiteral("partners-failed"));
    // Retry asks again at once: progress instead of the failure.
    QTest::mouseClick(groupsState->retryButton(), Qt::LeftButton);
    QVERIFY(groups.model()->isLoading());
    QVERIFY(!groupsState->retryButton()->isVisible());
    QVERIFY(groupsState->findChild<QProgressBar *>()->isVisible());
}

// The partner users × roles matrix shows loading, then (every answer an error) failed with Retry.
void DesktopPanesTest::roleMatrixShowsLoadingAndFailure()
{
    OwnEmulatorSession own;
    QVERIFY(own.begin());
    if (!own.environment.isEmulator())
        QSKIP("needs an emulator of its own to inject faults; EPILOT_* name another server");
    QVERIFY(setFaults(&own.network, own.environment.emulatorUrl(),
                      {{"fail_rate", 1.0}, {"latency_ms", 600}}));

    PartnerUsersRolesPane pane(&own.session); // signed in already: starts loading at once
    pane.resize(1000, 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    EmptyStateOverlay *state = pane.matrixState();
    QVERIFY(state && state->parentWidget() == pane.matrixView()->viewport());
    QVERIFY(state->isVisible());
    QCOMPARE(state->text(), EmptyStateOverlay::tr("Loading…"));
    QVERIFY(state->findChild<QProgressBar *>()->isVisible());
    QVERIFY(!state->retryButton()->isVisible());
    shoot(&pane, QStringLiteral("role-matrix-loading"));

    QVERIFY(QTest::qWaitFor([&] { return state->retryButton()->isVisible(); }, 30000));
    QVERIFY2(state->text().startsWith(QStringLiteral("Could not load the list")),
             qPrintable(state->text()));
    QVERIFY(!state->findChild<QProgressBar *>()->isVisible());
    QVERIFY(!state->actionButton()->isVisible());
    QCOMPARE(pane.matrix()->rowCount(), 0);
    shoot(&pane, QStringLiteral("role-matrix-failed"));

    QVERIFY(setFaults(&own.network, own.environment.emulatorUrl(), {{"latency_ms", 300}}));
    QTest::mouseClick(state->retryButton(), Qt::LeftButton);
    QVERIFY(!state->retryButton()->isVisible());
    QVERIFY(state->findChild<QProgressBar *>()->isVisible());
    QVERIFY(QTest::qWaitFor([&] { return pane.matrix()->rowCount() > 0; }, 30000));
    QVERIFY(!state->isVisible());
    QVERIFY(pane.matrix()->columnCount() > 1); // the roles too
    shoot(&pane, QStringLiteral("role-matrix-loaded"));
}

// Two partner organizations picked in a row: the first's late answer never shows as the second.
void DesktopPanesTest::roleMatrixIgnoresALateAnswerForThePreviousOrganization()
{
    OwnEmulatorSession own;
    QVERIFY(own.begin());
    if (!own.environment.isEmulator())
        QSKIP("needs an emulator of its own to inject latency; EPILOT_* name another server");
    PartnerUsersRolesPane pane(&own.session);
    pane.resize(1000, 700);
    pane.show();
    const auto shownUsers = [&] {
        QStringList users;
        for (int row = 0; row < pane.matrix()->rowCount(); ++row)
            users << pane.matrix()->index(row, 0).data().toString();
        return users;
    };
    const auto loadedQuickly = [&](const QString &organization) {
        pane.choosePartnerOrganization(organization);
        return QTest::qWaitFor([&] { return !pane.isBusy() && pane.matrix()->rowCount() > 0; },
                               15000);
    };
    QVERIFY(QTest::qWaitFor([&] { return pane.organizationBox()->count() >= 2; }, 15000));
    const QString first = pane.organizationBox()->itemData(0).toString();
    const QString second = pane.organizationBox()->itemData(1).toString();
    QVERIFY(loadedQuickly(first));
    const QStringList firstUsers = shownUsers();
    QVERIFY(loadedQuickly(second));
    const QStringList secondUsers = shownUsers();
    QVERIFY(firstUsers != secondUsers);

    // The first organization's answers are held back; the second's come at once.
    QVERIFY(setFaults(&own.network, own.environment.emulatorUrl(), {{"latency_ms", 1500}}));
    pane.choosePartnerOrganization(first);
    QTest::qWait(200); // its request has reached the server and waits there
    QVERIFY(setFaults(&own.network, own.environment.emulatorUrl(), {}));
    QVERIFY(loadedQuickly(second));
    QCOMPARE(shownUsers(), secondUsers);
    QTest::qWait(2500); // the first organization's late answers arrive meanwhile
    QCOMPARE(pane.partnerOrganizationId(), second);
    QCOMPARE(shownUsers(), secondUsers);
    QVERIFY(!pane.isBusy());
}

QTEST_MAIN(DesktopPanesTest)
#include "tst_desktop_panes.moc"
