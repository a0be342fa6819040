// Issue 18: the lists stay true under faults. Through the real panes against the emulator, with
// the fault that caused each problem scripted by PUT /emulator/faults ("next": the next request of
// that kind): a failed refresh keeps the rows shown, marked stale, until a good answer replaces
// them (Users, Groups, the partner search); loading, empty, failed and stale are told apart; a
// damaged answer is told in words a person can act on, and the API console shows it as it came.
#include "models/AssignableListModel.h"
#include "models/GroupListModel.h"
#include "services/session/Session.h"
#include "tests/support/E2eEnvironment.h"
#include "tests/support/E2eSession.h"
#include "ui/common/EmptyStateOverlay.h"
#include "ui/common/MessageWidget.h"
#include "ui/console/ApiConsolePane.h"
#include "ui/groups/GroupsPane.h"
#include "ui/partners/PartnerDirectoryPage.h"
#include "ui/partners/PartnersPane.h"
#include "ui/users/UsersPane.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

namespace {

constexpr int timeout = 15000;

QJsonObject scripted(const QString &fault, const QString &method, const QString &path)
{
    return scriptedFault(fault, method, path);
}

EmptyStateOverlay *overlayOf(QTableView *view)
{
    return view->viewport()->findChild<EmptyStateOverlay *>();
}

// The text of the pane's message widgets and labels, for "what does the page say".
QString pageText(QWidget *pane)
{
    QStringList texts;
    for (const MessageWidget *message : pane->findChildren<MessageWidget *>())
        texts << message->text();
    for (const QLabel *label : pane->findChildren<QLabel *>())
        if (label->isVisibleTo(pane))
            texts << label->text();
    return texts.join(QLatin1Char('\n'));
}

QStringList userIds(const UserListModel *model)
{
    QStringList ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->row(row).id;
    return ids;
}

QStringList groupIds(const GroupListModel *model)
{
    QStringList ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->group(row).id();
    return ids;
}

} // namespace

class TestListStates : public QObject
{
    Q_OBJECT

    E2eEnvironment m_environment;
    QNetworkAccessManager m_network;
    Session *m_session = nullptr;

    bool setFaults(const QJsonObject &faults) { return setEmulatorFaults(m_environment, faults); }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_environment.start(&error), qPrintable(error));
        if (!m_environment.isEmulator())
            QSKIP("needs the emulator's fault control (PUT /emulator/faults)");
        m_session = new Session(&m_network, this);
        QVERIFY2(signIn(m_session, m_environment, &error), qPrintable(error));
    }

    void cleanup() { QVERIFY(setFaults({})); }

    // F5 on Users under a 500: the rows stay, dimmed, with the time they were loaded; the count
    // does not fall to 0; the next good refresh replaces them.
    void usersRefreshUnder500KeepsTheRows()
    {
        UsersPane pane(m_session);
        pane.resize(1280, 800);
        pane.show();
        UserListModel *model = pane.model();
        QTRY_VERIFY_WITH_TIMEOUT(
            model->state() == ListStateModel::State::Loaded && model->rowCount() > 0, timeout);
        const QStringList before = userIds(model);
        QVERIFY(setFaults({{"next", QJsonArray{scripted("internal_error", "GET", "/v2/users")}}}));
        QSignalSpy reset(model, &QAbstractItemModel::modelReset);
        pane.reload();
        QCOMPARE(model->rowCount(), before.size()); // swap on success, not clear on start
        QTRY_COMPARE_WITH_TIMEOUT(model->state(), ListStateModel::State::Stale, timeout);
        QCOMPARE(userIds(model), before);
        QCOMPARE(reset.count(), 0);
        EmptyStateOverlay *overlay = overlayOf(pane.table());
        QVERIFY(overlay);
        QVERIFY(overlay->showsStale());
        QVERIFY2(overlay->staleMessage().contains("The list shows what was loaded at"),
                 qPrintable(overlay->staleMessage()));
        const QString said = pageText(&pane);
        QVERIFY2(said.contains("Could not refresh"), qPrintable(said));
        QVERIFY2(said.contains("possibly out of date"), qPrintable(said));
        QVERIFY2(!said.contains("0 user(s)"), qPrintable(said));
        QVERIFY(!said.contains("The users loaded so far stay listed"));

        // A good answer replaces the rows and the stale mark goes.
        pane.reload();
        QTRY_COMPARE_WITH_TIMEOUT(model->state(), ListStateModel::State::Loaded, timeout);
        QVERIFY(!overlay->showsStale());
        QVERIFY(!pageText(&pane).contains("Could not refresh"));
        QCOMPARE(userIds(model).mid(0, before.size()), before);
    }

    void groupsRefreshUnder500KeepsTheRows()
    {
        GroupsPane pane(m_session);
        pane.resize(1280, 800);
        pane.show();
        GroupListModel *model = pane.model();
        QTRY_VERIFY_WITH_TIMEOUT(model->state() == ListStateModel::State::Loaded, timeout);
        if (model->rowCount() == 0)
            QSKIP("the emulator's seed has no groups");
        const QStringList before = groupIds(model);
        QVERIFY(setFaults({{"next", QJsonArray{scripted("internal_error", "GET", "/v1/groups")}}}));
        pane.reload();
        QCOMPARE(model->rowCount(), before.size());
        QTRY_COMPARE_WITH_TIMEOUT(model->state(), ListStateModel::State::Stale, timeout);
        QCOMPARE(groupIds(model), before);
        EmptyStateOverlay *overlay = overlayOf(pane.table());
        QVERIFY(overlay && overlay->showsStale());
        const QString said = pageText(&pane);
        QVERIFY2(said.contains("Could not refresh"), qPrintable(said));

        // Retry on the stale bar asks again; the answer replaces the rows.
        auto *bar = pane.table()->findChild<MessageWidget *>(QStringLiteral("staleBar"));
        QVERIFY(bar && bar->isVisibleTo(&pane));
        QVERIFY(!bar->actions().isEmpty() || !bar->findChildren<QAction *>().isEmpty());
        bar->findChildren<QAction *>().first()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(model->state(), ListStateModel::State::Loaded, timeout);
        QVERIFY(!overlay->showsStale());
        QVERIFY(!bar->isVisibleTo(&pane));
        QCOMPARE(groupIds(model), before);
    }

    // The partner search under latency says "Loading…", not "No partners found"; under an error
    // no count of the search before stays below the message; a failed repeat is stale.
    void partnerSearchTellsLoadingFailedAndStale()
    {
        PartnersPane pane(m_session);
        pane.resize(1280, 800);
        pane.show();
        PartnerDirectoryPage *page = pane.directory();
        AssignableListModel *model = page->results();
        EmptyStateOverlay *overlay = overlayOf(page->resultView());
        QVERIFY(overlay);

        // The first search (when the session is ready), answered.
        QTRY_COMPARE_WITH_TIMEOUT(model->state(), ListStateModel::State::Loaded, timeout);
        QVERIFY(page->countLabel()->text().contains("shown"));

        // Another search under latency: loading, not "No partners found", and no count yet.
        QVERIFY(setFaults({{"latency_ms", 1500}}));
        page->setTypeFilter({QStringLiteral("user")});
        QCOMPARE(model->state(), ListStateModel::State::Loading);
        QCOMPARE(model->rowCount(), 0);
        QCOMPARE(overlay->text(), QStringLiteral("Loading…"));
        QVERIFY(overlay->isVisibleTo(page));
        QVERIFY2(!page->countLabel()->text().contains("shown"),
                 qPrintable(page->countLabel()->text()));
        QTRY_COMPARE_WITH_TIMEOUT(model->state(), ListStateModel::State::Loaded, timeout);
        QVERIFY(setFaults({}));
        QVERIFY(model->rowCount() > 0);
        QVERIFY(page->countLabel()->text().contains("shown"));

        // Another search that fails: its message, and no count of the search before.
        const QString search = QStringLiteral("/v1/partners/assignables:search");
        QVERIFY(setFaults({{"next", QJsonArray{scripted("internal_error", "POST", search)}}}));
        page->setTypeFilter({QStringLiteral("user"), QStringLiteral("group")});
        QTRY_COMPARE_WITH_TIMEOUT(model->state(), ListStateModel::State::Failed, timeout);
        QCOMPARE(model->rowCount(), 0);
        QVERIFY2(overlay->text().startsWith("Could not load the list"),
                 qPrintable(overlay->text()));
        QVERIFY2(page->countLabel()->text().isEmpty(), qPrintable(page->countLabel()->text()));

        // The same search again, answered, then repeated under a 500: stale, not emptied.
        QVERIFY(setFaults({}));
        page->search();
        QTRY_COMPARE_WITH_TIMEOUT(model->state(), ListStateModel::State::Loaded, timeout);
        const int userRows = model->rowCount();
        QVERIFY(userRows > 0);
        QVERIFY(setFaults({{"next", QJsonArray{scripted("internal_error", "POST", search)}}}));
        pane.reload();
        QTRY_COMPARE_WITH_TIMEOUT(model->state(), ListStateModel::State::Stale, timeout);
        QCOMPARE(model->rowCount(), userRows);
        QVERIFY(overlay->showsStale());
        QVERIFY2(page->countLabel()->text().contains("possibly out of date"),
                 qPrintable(page->countLabel()->text()));
    }

    // A damaged answer: the message says so and that retrying is safe; the console shows the body.
    void damagedAnswerIsToldAndShown()
    {
        ApiConsolePane pane(m_session);
        pane.resize(1280, 800);
        pane.show();
        QVERIFY(pane.selectOperation("getMeV2"));
        QVERIFY(setFaults({{"next", QJsonArray{scripted("malformed", "GET", "/v2/users/me")}}}));
        QSignalSpy finished(&pane, &ApiConsolePane::callFinished);
        pane.send();
        QVERIFY(finished.wait(timeout));
        const QString status = pane.statusLabel()->text();
        QVERIFY2(status.contains("damaged") && status.contains("trying again is safe"),
                 qPrintable(status));
        QVERIFY2(!status.contains("byte") && !status.contains("JSON"), qPrintable(status));
        const QString body = pane.responseView()->toPlainText();
        QVERIFY2(!body.isEmpty() && body != status && !body.contains("damaged"), qPrintable(body));
    }
};

QTEST_MAIN(TestListStates)
#include "tst_list_states.moc"
