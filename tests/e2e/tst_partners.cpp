// The Partners pane and its models against a real server (own emulator by default): assignable
// paging and type filters, the id-to-name resolver's batching and cache, the address lookup and
// the partner lifecycle (invite → Invited → token from the outbox → look up → activate; approve
// one request, reject another). Lifecycle steps need the emulator (its outbox and partner list).
#include "models/AssignableListModel.h"
#include "models/AssignableNameResolver.h"
#include "models/PartnerRecordListModel.h"
#include "services/session/Session.h"
#include "tests/support/E2eEnvironment.h"
#include "ui/common/Confirmation.h"
#include "ui/partners/PartnerRecordsPage.h"
#include "ui/partners/PartnerUsersRolesPane.h"
#include "ui/partners/PartnersPane.h"
#include "ui/partners/grants/RoleEditor.h"
#include "ui/partners/grants/RoleReviewDialog.h"

#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

class PartnersTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pagingThroughFetchMore();
    void typeFilters();
    void resolverBatchesAndCaches();
    void addressLookup();
    void inviteLookUpActivate();
    void approveOneRejectAnother();
    void leavingRolesWhileTheSaveFailsKeepsTheEdit();
    void cleanupTestCase();

private:
    QJsonArray partnerRecords(const QString &status);

    E2eEnvironment m_environment;
    QNetworkAccessManager m_network;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<PartnersPane> m_pane;
};

void PartnersTest::initTestCase()
{
    QString error;
    QVERIFY2(m_environment.start(&error), qPrintable(error));
    m_session = std::make_unique<Session>(&m_network);
    QSignalSpy me(m_session.get(), &Session::meChanged);
    m_session->begin(m_environment.endpoints(), m_environment.token());
    QVERIFY(me.wait(15000));
    Confirmation::setAutomaticAnswer(true);
    m_pane = std::make_unique<PartnersPane>(m_session.get());
    m_pane->resize(1280, 800);
    m_pane->show();
}

void PartnersTest::cleanupTestCase()
{
    Confirmation::setAutomaticAnswer(std::nullopt);
    m_pane.reset();
}

QJsonArray PartnersTest::partnerRecords(const QString &status)
{
    return m_environment
        .emulatorRequest("GET", QStringLiteral("/emulator/partners?status=%1").arg(status))
        .object()
        .value("results")
        .toArray();
}

void PartnersTest::pagingThroughFetchMore()
{
    AssignableListModel model(m_session->partners());
    model.setPageSize(3);
    QSignalSpy pages(&model, &AssignableListModel::pageLoaded);
    model.search({}, {"user", "partner_user", "partner_organization", "group"});
    QVERIFY(pages.wait(15000));
    QCOMPARE(model.rowCount(), 3);
    QVERIFY2(model.total() > 6, qPrintable(QString::number(model.total())));
    QVERIFY(model.canFetchMore());
    QSet<QString> keys;
    while (model.canFetchMore()) {
        model.fetchMore();
        QVERIFY(pages.wait(15000));
    }
    QCOMPARE(model.rowCount(), model.total());
    for (int row = 0; row < model.rowCount(); ++row)
        keys.insert(model.at(row).key());
    QCOMPARE(keys.size(), model.rowCount()); // no page twice
    QVERIFY(model.pagesLoaded() >= 3);
    // A new query replaces the old one, starting again from the first page.
    model.search("no-such-person-xyz", {"user"});
    QVERIFY(pages.wait(15000));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore());
}

void PartnersTest::typeFilters()
{
    AssignableListModel model(m_session->partners());
    QSignalSpy pages(&model, &AssignableListModel::pageLoaded);
    for (const QString &type : {QStringLiteral("group"), QStringLiteral("partner_organization"),
                                QStringLiteral("partner_user")}) {
        model.search({}, {type});
        QVERIFY(pages.wait(15000));
        QVERIFY2(model.rowCount() > 0, qPrintable(type));
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.at(row).typeText(), type);
    }
    // Through the pane's type buttons.
    QSignalSpy panePages(m_pane->results(), &AssignableListModel::pageLoaded);
    m_pane->mainTabs()->setCurrentIndex(1);
    m_pane->setTypeFilter({"partner_organization"});
    QVERIFY(panePages.wait(15000));
    QVERIFY(m_pane->results()->rowCount() > 0);
    for (int row = 0; row < m_pane->results()->rowCount(); ++row)
        QCOMPARE(m_pane->results()->at(row).type(), Assignable::Type::PartnerOrganization);
    m_pane->resultView()->setCurrentIndex(m_pane->results()->index(0, 0));
    QVERIFY(
        m_pane->details()->text().contains(m_pane->results()->at(0).displayName().toHtmlEscaped()));
    m_pane->setTypeFilter({"user", "partner_user", "partner_organization", "group"});
    QVERIFY(panePages.wait(15000));
    m_pane->resultView()->setCurrentIndex(m_pane->results()->index(0, 0));
    m_pane->grab().save(QDir::temp().filePath("partners-pane.png"));
}

void PartnersTest::resolverBatchesAndCaches()
{
    // Ids of real users and groups, from a search the resolver does not see.
    AssignableListModel model(m_session->partners());
    QSignalSpy pages(&model, &AssignableListModel::pageLoaded);
    model.search({}, {"user", "group"});
    QVERIFY(pages.wait(15000));
    QStringList users, groups;
    QHash<QString, QString> names;
    for (int row = 0; row < model.rowCount(); ++row) {
        const Assignable item = model.at(row);
        if (item.type() == Assignable::Type::User && users.size() < 3) {
            users << item.userId();
            names.insert(item.userId(), item.displayName());
        }
        if (item.type() == Assignable::Type::Group && groups.size() < 2) {
            groups << item.groupId();
            names.insert(item.groupId(), item.displayName());
        }
    }
    QCOMPARE(users.size(), 3);
    QVERIFY(!groups.isEmpty());

    AssignableNameResolver resolver(m_session->partners());
    QSignalSpy resolved(&resolver, &AssignableNameResolver::resolved);
    for (const QString &id : users)
        QVERIFY(resolver.userName(id).isEmpty()); // not known yet: queued
    for (const QString &id : groups)
        QVERIFY(resolver.groupName(id).isEmpty());
    QVERIFY(resolver.userName("no-such-user-4711").isEmpty());
    QVERIFY(resolver.userName(users.first()).isEmpty()); // asked twice, queued once
    QVERIFY(resolved.wait(15000));
    QCOMPARE(resolver.callCount(), 1); // one batchGetAssignable for all of them
    for (const QString &id : users)
        QCOMPARE(resolver.userName(id), names.value(id));
    for (const QString &id : groups)
        QCOMPARE(resolver.groupName(id), names.value(id));
    // Cached, including "not found": no further calls.
    QVERIFY(resolver.userName("no-such-user-4711").isEmpty());
    QTest::qWait(100);
    QCOMPARE(resolver.callCount(), 1);
    QVERIFY(!resolver.isPending());
}

void PartnersTest::addressLookup()
{
    QSignalSpy found(m_pane.get(), &PartnersPane::addressFound);
    m_pane->lookUpAddress("Auweg 1, 93055 Regensburg, DE");
    QVERIFY(found.wait(15000));
    const auto location = found.first().first().value<AddressGeolocation>();
    QVERIFY(location.hasCoordinates);
    QVERIFY(m_pane->addressResult()->text().contains("Latitude"));
}

void PartnersTest::inviteLookUpActivate()
{
    if (!m_environment.isEmulator())
        QSKIP("needs the emulator's partner list and outbox");
    const QJsonArray pending = partnerRecords("Pending");
    QVERIFY(!pending.isEmpty());
    const QJsonObject record = pending.first().toObject();
    const QString partnerId = record.value("id").toString();

    // Invited through the Partner records tab (choosing the record, no id typed).
    PartnerRecordsPage *page = m_pane->recordsPage();
    m_pane->mainTabs()->setCurrentWidget(page);
    page->load();
    page->setStatusFilter(QStringLiteral("Pending"));
    QVERIFY(QTest::qWaitFor(
        [page, partnerId] {
            return !page->model()->isLoading() && page->model()->indexOfRecord(partnerId) >= 0;
        },
        15000));
    QVERIFY(page->selectRecord(partnerId));
    QSignalSpy changed(page, &PartnerRecordsPage::recordChanged);
    page->sendInvitation();
    QVERIFY2(changed.wait(15000), qPrintable(m_pane->statusLabel()->text()));
    QCOMPARE(page->current().statusText(), QStringLiteral("Invited"));
    QCOMPARE(page->model()
                 ->index(page->model()->indexOfRecord(partnerId), PartnerRecordListModel::Status)
                 .data()
                 .toString(),
             QStringLiteral("Invited"));

    QString token;
    for (const QJsonValue &mail : m_environment.outbox()) {
        if (mail["kind"].toString() == "partner_invite" &&
            mail["data"]["partner_id"].toString() == partnerId)
            token = mail["data"]["token"].toString();
    }
    QVERIFY(!token.isEmpty());

    QSignalSpy looked(m_pane.get(), &PartnersPane::tokenLookedUp);
    m_pane->mainTabs()->setCurrentIndex(1);
    m_pane->tabs()->setCurrentIndex(1);
    m_pane->lookUpToken(token);
    QVERIFY(looked.wait(15000));
    QCOMPARE(looked.first().first().value<Partner>().id(), partnerId);
    QVERIFY(m_pane->tokenResult()->text().contains("Invited"));

    // Validation before sending: a bad e-mail is refused.
    m_pane->activationEmail()->setText("not-an-address");
    m_pane->activationOrganization()->setText("739399");
    QString problem;
    QVERIFY(!m_pane->activatePartner(&problem));
    QVERIFY(problem.contains("e-mail"));
    m_pane->activationEmail()->setText("admin@heizungsbau-schmitt.de");
    QSignalSpy activated(m_pane.get(), &PartnersPane::activated);
    QVERIFY(m_pane->activatePartner(&problem));
    QVERIFY2(activated.wait(15000), qPrintable(m_pane->statusLabel()->text()));
    // The token is used up now.
    int status = 0;
    m_environment.emulatorRequest(
        "GET", QStringLiteral("/v1/partner-directory/public/getPartnerByToken?token=%1").arg(token),
        {}, &status);
    QVERIFY(status >= 400);
    m_pane->grab().save(QDir::temp().filePath("partners-token.png"));
}

void PartnersTest::approveOneRejectAnother()
{
    if (!m_environment.isEmulator())
        QSKIP("needs the emulator's partner list");
    const QJsonArray requests = partnerRecords("Request");
    QVERIFY(requests.size() >= 2);
    const QString approveId = requests.at(0)["id"].toString();
    const QString rejectId = requests.at(1)["id"].toString();
    PartnerRecordsPage *page = m_pane->recordsPage();
    m_pane->mainTabs()->setCurrentWidget(page);
    page->load();
    page->setStatusFilter(QStringLiteral("Request"));
    QVERIFY(QTest::qWaitFor(
        [page, rejectId] {
            return !page->model()->isLoading() && page->model()->indexOfRecord(rejectId) >= 0;
        },
        15000));
    const int asked = Confirmation::askedCount();
    QSignalSpy changed(page, &PartnerRecordsPage::recordChanged);
    QVERIFY(page->selectRecord(approveId));
    page->approveRequest();
    QVERIFY2(changed.wait(15000), qPrintable(m_pane->statusLabel()->text()));
    QVERIFY(page->selectRecord(rejectId));
    page->rejectRequest();
    QVERIFY2(changed.wait(15000), qPrintable(m_pane->statusLabel()->text()));
    QCOMPARE(Confirmation::askedCount(), asked + 2);
    const auto statusOf = [page](const QString &id) {
        return page->model()->record(page->model()->indexOfRecord(id)).statusText();
    };
    QCOMPARE(statusOf(approveId), QStringLiteral("Invited")); // the spec's "accepted"
    QCOMPARE(statusOf(rejectId), QStringLiteral("Rejected"));
    // Declining the confirmation sends nothing.
    Confirmation::setAutomaticAnswer(false);
    const int before = int(changed.count());
    QVERIFY(page->selectRecord(rejectId));
    page->removeRecord();
    QTest::qWait(200);
    QCOMPARE(int(changed.count()), before);
    Confirmation::setAutomaticAnswer(true);
    m_pane->grab().save(QDir::temp().filePath("partners-lifecycle.png"));
}

// Sets the emulator's injected faults ({} ends them).
static bool setFaults(const E2eEnvironment &environment, const QJsonObject &faults)
{
    int status = 0;
    environment.emulatorRequest("PUT", QStringLiteral("/emulator/faults"), QJsonDocument(faults),
                                &status);
    return status == 200;
}

// Partner users & roles: a role's save that fails (every answer a server error) while the page is
// being left, once with the save already running and once started by the leave question's Save.
// Both times the page stays (the leave is refused) and the edit is still in the editor, unsaved.
void PartnersTest::leavingRolesWhileTheSaveFailsKeepsTheEdit()
{
    if (!m_environment.isEmulator())
        QSKIP("faults are injected by the emulator only");
    m_session->client()->setRetryBaseDelay(std::chrono::milliseconds(10));
    RoleReviewDialog::setAutomaticAnswer(true);
    PartnerUsersRolesPane pane(m_session.get());
    pane.resize(1280, 800);
    pane.show();
    QVERIFY2(QTest::qWaitFor([&] { return !pane.isBusy() && !pane.roles().isEmpty(); }, 15000),
             qPrintable(pane.statusLabel()->text()));
    pane.tabs()->setCurrentIndex(1);
    const Role role = pane.roles().first();
    pane.selectRole(role.id());
    RoleEditor *editor = pane.roleEditor();
    QCOMPARE(editor->loadedRole().id(), role.id());
    const QString edited = role.name() + QStringLiteral(" (edited)");
    editor->setName(edited);
    QVERIFY(pane.hasUnsavedChanges());
    QVERIFY(!pane.isSaving());

    std::optional<bool> mayLeave;
    const auto leave = [&] {
        mayLeave.reset();
        pane.requestLeave(this, [&](bool answer) { mayLeave = answer; });
        return QTest::qWaitFor([&] { return mayLeave.has_value(); }, 15000);
    };
    const auto editKept = [&] {
        return editor->draft().name == edited && editor->isModified() && pane.hasUnsavedChanges() &&
               !pane.isSaving() && pane.statusLabel()->isError();
    };

    // The save runs (the server is slow and then fails) when the page is left: the leave waits.
    QVERIFY(setFaults(m_environment, {{"fail_rate", 1.0}, {"latency_ms", 300}}));
    QSignalSpy finished(&pane, &Pane::saveFinished);
    pane.save();
    QVERIFY(pane.isSaving());
    QVERIFY(finished.isEmpty()); // never from within save()
    QVERIFY(leave());
    QCOMPARE(*mayLeave, false);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY2(editKept(), qPrintable(pane.statusLabel()->text()));

    // Leaving asks; Save is chosen, the save fails: the page stays, the edit too.
    QTimer::singleShot(0, this, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        box->button(QMessageBox::Save)->click();
    });
    QVERIFY(leave());
    QCOMPARE(*mayLeave, false);
    QCOMPARE(finished.size(), 2);
    QCOMPARE(finished.last().first().toBool(), false);
    QVERIFY2(editKept(), qPrintable(pane.statusLabel()->text()));

    // With the server well again the same edit saves, and then the page may be left.
    QVERIFY(setFaults(m_environment, {}));
    QSignalSpy saved(&pane, &PartnerUsersRolesPane::roleSaved);
    pane.save();
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.last().first().toBool(), true);
    QVERIFY(!pane.hasUnsavedChanges());
    QVERIFY(QTest::qWaitFor([&] { return saved.size() == 1; }, 15000));
    QCOMPARE(saved.first().first().value<Role>().name(), edited);
    QVERIFY(leave());
    QCOMPARE(*mayLeave, true);
    RoleReviewDialog::setAutomaticAnswer(std::nullopt);
}

QTEST_MAIN(PartnersTest)
#include "tst_partners.moc"
