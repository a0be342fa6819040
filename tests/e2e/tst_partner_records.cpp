// The Partners page's "Partner records" tab through the real widgets against the emulator:
// invite a new partner in one step, approve and reject requests (the confirmation names the
// company), edit details with a concurrent change detected, remove a record; screenshots in
// English and German.
#include "models/PartnerRecordListModel.h"
#include "services/session/Session.h"
#include "tests/support/E2eEnvironment.h"
#include "ui/common/Confirmation.h"
#include "ui/common/ConflictDialog.h"
#include "ui/common/FieldMessage.h"
#include "ui/common/MessageWidget.h"
#include "ui/partners/PartnerRecordForm.h"
#include "ui/partners/PartnerRecordsPage.h"
#include "ui/partners/PartnersPane.h"
#include "ui/shell/InterfaceLanguage.h"

#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTranslator>

class PartnerRecordsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void listsRecordsWithRequestsFirst();
    void inviteNewPartnerInOneStep();
    void inviteNewPartnerNeedsCompanyAndEmail();
    void approveRequestNamesTheCompany();
    void rejectRequest();
    void editDetailsDetectsConcurrentChange();
    void failedSaveKeepsTheEdit();
    void removeRecord();
    void screenshots();

private:
    void openPane();
    QJsonObject serverRecord(const QString &id);
    QJsonArray serverRecords(const QString &status);
    bool waitForRows();
    // Chooses the first listed record of that status (the page's filter set to it).
    QString chooseFirst(const QString &status);

    E2eEnvironment m_environment;
    QNetworkAccessManager m_network;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<PartnersPane> m_pane;
    PartnerRecordsPage *m_page = nullptr;
};

void PartnerRecordsTest::initTestCase()
{
    QString error;
    QVERIFY2(m_environment.start(&error), qPrintable(error));
    if (!m_environment.isEmulator())
        QSKIP("needs the emulator (outbox, reset, concurrent edits)");
    m_session = std::make_unique<Session>(&m_network);
    QSignalSpy me(m_session.get(), &Session::meChanged);
    m_session->begin(m_environment.endpoints(), m_environment.token());
    QVERIFY(me.wait(15000));
}

void PartnerRecordsTest::init()
{
    int status = 0;
    m_environment.emulatorRequest("POST", QStringLiteral("/emulator/reset"), {}, &status);
    QCOMPARE(status, 204);
    Confirmation::setAutomaticAnswer(true);
    openPane();
}

void PartnerRecordsTest::cleanupTestCase()
{
    Confirmation::setAutomaticAnswer(std::nullopt);
    ConflictDialog::setAutomaticAnswer({});
    m_pane.reset();
}

void PartnerRecordsTest::openPane()
{
    m_pane.reset();
    m_pane = std::make_unique<PartnersPane>(m_session.get());
    m_pane->resize(1280, 800);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    m_pane->reload(); // as sessionReady would
    m_page = m_pane->recordsPage();
    QVERIFY(waitForRows());
}

bool PartnerRecordsTest::waitForRows()
{
    return QTest::qWaitFor(
        [this] { return !m_page->model()->isLoading() && m_page->model()->rowCount() > 0; }, 15000);
}

QJsonObject PartnerRecordsTest::serverRecord(const QString &id)
{
    int status = 0;
    const QJsonDocument answer = m_environment.emulatorRequest(
        "GET", QStringLiteral("/v1/entity/partner/%1").arg(id), {}, &status);
    return status == 200 ? answer.object().value("entity").toObject() : QJsonObject();
}

QJsonArray PartnerRecordsTest::serverRecords(const QString &status)
{
    return m_environment
        .emulatorRequest("GET", QStringLiteral("/emulator/partners?status=%1").arg(status))
        .object()
        .value("results")
        .toArray();
}

QString PartnerRecordsTest::chooseFirst(const QString &status)
{
    m_page->setStatusFilter(status);
    if (!QTest::qWaitFor(
            [this, status] {
                return !m_page->model()->isLoading() && m_page->model()->rowCount() > 0 &&
                       m_page->model()->record(0).statusText() == status;
            },
            15000))
        return {};
    const QString id = m_page->model()->record(0).id();
    m_page->view()->setCurrentIndex(m_page->model()->index(0, 0));
    return m_page->current().id() == id ? id : QString();
}

void PartnerRecordsTest::listsRecordsWithRequestsFirst()
{
    // The demo data has requests waiting: the page opens on them and counts them.
    QVERIFY(QTest::qWaitFor([this] { return m_page->statusFilter()->currentIndex() == 0; }, 15000));
    const int requests = int(serverRecords("Request").size());
    QVERIFY(requests > 0);
    QVERIFY(QTest::qWaitFor(
        [this] {
            return !m_page->model()->isLoading() && m_page->model()->statusFilter() == "Request";
        },
        15000));
    QVERIFY(waitForRows());
    QCOMPARE(m_page->model()->rowCount(), requests);
    QVERIFY(m_page->statusFilter()->currentText().contains(QString::number(requests)));
    const QModelIndex status = m_page->model()->index(0, PartnerRecordListModel::Status);
    QCOMPARE(status.data().toString(), QStringLiteral("Request waiting"));

    // Search narrows the list on the server.
    m_page->setStatusFilter(QString());
    QTest::keyClicks(m_page->searchEdit(), QStringLiteral("Solartechnik"));
    QTest::keyClick(m_page->searchEdit(), Qt::Key_Return);
    QVERIFY(QTest::qWaitFor(
        [this] { return !m_page->model()->isLoading() && m_page->model()->rowCount() == 1; },
        15000));
    QCOMPARE(m_page->model()->record(0).companyName(),
             QStringLiteral("Solartechnik Sonnenschein GmbH"));
    QCOMPARE(m_page->model()->index(0, PartnerRecordListModel::Status).data().toString(),
             QStringLiteral("Active partner"));
}

void PartnerRecordsTest::inviteNewPartnerInOneStep()
{
    const QString email = QStringLiteral("kontakt@neue-partner.example");
    QTest::keyClicks(m_page->newCompanyEdit(), QStringLiteral("Neue Partner GmbH"));
    QTest::keyClicks(m_page->newEmailEdit(), email);
    QSignalSpy changed(m_page, &PartnerRecordsPage::recordChanged);
    QTest::mouseClick(m_page->inviteNewButton(), Qt::LeftButton);
    QVERIFY(changed.wait(15000));
    const QString id = changed.first().first().toString();

    // The record exists and is invited, the mail is in the outbox, the page shows it chosen.
    const QJsonObject record = serverRecord(id);
    QCOMPARE(record.value("company_name").toString(), QStringLiteral("Neue Partner GmbH"));
    QCOMPARE(record.value("status").toString(), QStringLiteral("Invited"));
    bool mailed = false;
    for (const QJsonValue &mail : m_environment.outbox()) {
        mailed = mailed ||
                 (mail["kind"].toString() == "partner_invite" && mail["to"].toString() == email &&
                  mail["data"]["partner_id"].toString() == id);
    }
    QVERIFY(mailed);
    QCOMPARE(m_page->current().id(), id);
    QCOMPARE(m_page->current().stage(), PartnerRecord::Stage::Invited);
    QVERIFY(m_page->stageLabel()->text().startsWith(QStringLiteral("Invited")));
    QCOMPARE(m_page->inviteButton()->text(), QStringLiteral("Resend invitation"));
    QVERIFY(m_page->newCompanyEdit()->text().isEmpty());
}

void PartnerRecordsTest::inviteNewPartnerNeedsCompanyAndEmail()
{
    const int before = int(serverRecords("Pending").size() + serverRecords("Invited").size());
    QTest::keyClicks(m_page->newEmailEdit(), QStringLiteral("no address"));
    QTest::mouseClick(m_page->inviteNewButton(), Qt::LeftButton);
    QVERIFY(!FieldMessage::textOf(m_page->newCompanyEdit()).isEmpty());
    QVERIFY(!FieldMessage::textOf(m_page->newEmailEdit()).isEmpty());
    QTest::qWait(100);
    QCOMPARE(int(serverRecords("Pending").size() + serverRecords("Invited").size()), before);
}

void PartnerRecordsTest::approveRequestNamesTheCompany()
{
    const QString id = chooseFirst(QStringLiteral("Request"));
    QVERIFY(!id.isEmpty());
    const QString company = m_page->current().companyName();
    QVERIFY(m_page->approveButton()->isVisible());
    QVERIFY(!m_page->inviteButton()->isVisible());
    QSignalSpy changed(m_page, &PartnerRecordsPage::recordChanged);
    QTest::mouseClick(m_page->approveButton(), Qt::LeftButton);
    QVERIFY(changed.wait(15000));
    const QString question = Confirmation::lastQuestion();
    QVERIFY2(question.contains(company), qPrintable(question));
    QVERIFY(!question.contains(id));
    // The spec has no "Approved": an approved request becomes Invited on the server.
    QCOMPARE(serverRecord(id).value("status").toString(), QStringLiteral("Invited"));
    QCOMPARE(m_page->current().stage(), PartnerRecord::Stage::Active);
    QVERIFY(!m_page->approveButton()->isVisible());
}

void PartnerRecordsTest::rejectRequest()
{
    const QString id = chooseFirst(QStringLiteral("Request"));
    QVERIFY(!id.isEmpty());
    // Declining the confirmation sends nothing.
    Confirmation::setAutomaticAnswer(false);
    QTest::mouseClick(m_page->rejectButton(), Qt::LeftButton);
    QTest::qWait(200);
    QCOMPARE(serverRecord(id).value("status").toString(), QStringLiteral("Request"));
    Confirmation::setAutomaticAnswer(true);
    QSignalSpy changed(m_page, &PartnerRecordsPage::recordChanged);
    QTest::mouseClick(m_page->rejectButton(), Qt::LeftButton);
    QVERIFY(changed.wait(15000));
    QCOMPARE(serverRecord(id).value("status").toString(), QStringLiteral("Rejected"));
    QCOMPARE(m_page->model()
                 ->index(m_page->model()->indexOfRecord(id), PartnerRecordListModel::Status)
                 .data()
                 .toString(),
             QStringLiteral("Rejected"));
}

void PartnerRecordsTest::editDetailsDetectsConcurrentChange()
{
    const QString id = chooseFirst(QStringLiteral("Pending"));
    QVERIFY(!id.isEmpty());
    PartnerRecordForm *form = m_page->form();
    form->descriptionEdit()->selectAll();
    QTest::keyClicks(form->descriptionEdit(), QStringLiteral("Mine"));
    QVERIFY(m_pane->hasUnsavedChanges());
    // Meanwhile someone else changes the description and the company.
    int status = 0;
    m_environment.emulatorRequest(
        "PATCH", QStringLiteral("/v1/entity/partner/%1").arg(id),
        QJsonDocument(QJsonObject{{"description", "Theirs"}, {"company_name", "Their Name GmbH"}}),
        &status);
    QCOMPARE(status, 200);

    const int asked = ConflictDialog::askedCount();
    ConflictDialog::setAutomaticAnswer(
        [](ConflictDialog &dialog) { dialog.overwriteButton()->click(); });
    QSignalSpy saved(m_pane.get(), &Pane::saveFinished);
    m_pane->save();
    QVERIFY(saved.wait(15000));
    ConflictDialog::setAutomaticAnswer({});
    QCOMPARE(saved.first().first().toBool(), true);
    QCOMPARE(ConflictDialog::askedCount(), asked + 1);
    const QJsonObject record = serverRecord(id);
    QCOMPARE(record.value("description").toString(), QStringLiteral("Mine"));
    // What only they changed is kept and shown.
    QCOMPARE(record.value("company_name").toString(), QStringLiteral("Their Name GmbH"));
    QCOMPARE(form->companyEdit()->text(), QStringLiteral("Their Name GmbH"));
    QVERIFY(!m_pane->hasUnsavedChanges());
}

// The server refuses the PATCH (a scripted 500): the page says so, the typed text stays in the
// field, the page still has unsaved changes, and the server holds what it held.
void PartnerRecordsTest::failedSaveKeepsTheEdit()
{
    const QString id = chooseFirst(QStringLiteral("Pending"));
    QVERIFY(!id.isEmpty());
    const QString before = serverRecord(id).value("description").toString();
    PartnerRecordForm *form = m_page->form();
    form->descriptionEdit()->selectAll();
    QTest::keyClicks(form->descriptionEdit(), QStringLiteral("Kept after a failed save"));
    QVERIFY(m_pane->hasUnsavedChanges());
    int status = 0;
    const QJsonObject fault{{"fault", "internal_error"},
                            {"count", 1},
                            {"method", "PATCH"},
                            {"path", QStringLiteral("/v1/entity/partner/%1").arg(id)}};
    m_environment.emulatorRequest("PUT", QStringLiteral("/emulator/faults"),
                                  QJsonDocument(QJsonObject{{"next", QJsonArray{fault}}}), &status);
    QCOMPARE(status, 200);

    QSignalSpy saved(m_pane.get(), &Pane::saveFinished);
    m_pane->save();
    QVERIFY(saved.wait(15000));
    m_environment.emulatorRequest("PUT", QStringLiteral("/emulator/faults"),
                                  QJsonDocument(QJsonObject{}), &status);
    QCOMPARE(saved.first().first().toBool(), false);
    QCOMPARE(form->descriptionEdit()->text(), QStringLiteral("Kept after a failed save"));
    QVERIFY(m_pane->hasUnsavedChanges());
    QCOMPARE(serverRecord(id).value("description").toString(), before);
    m_pane->discard();
}

void PartnerRecordsTest::removeRecord()
{
    const QString id = chooseFirst(QStringLiteral("Pending"));
    QVERIFY(!id.isEmpty());
    const int asked = Confirmation::askedCount();
    QSignalSpy changed(m_page, &PartnerRecordsPage::recordChanged);
    QTest::mouseClick(m_page->removeButton(), Qt::LeftButton);
    QVERIFY(changed.wait(15000));
    QCOMPARE(Confirmation::askedCount(), asked + 1);
    QVERIFY(serverRecord(id).isEmpty()); // getEntity: 404
    QCOMPARE(m_page->model()->indexOfRecord(id), -1);
    bool deleted = false;
    for (const QJsonValue &partner : serverRecords("Deleted"))
        deleted = deleted || partner["id"].toString() == id;
    QVERIFY(deleted);
}

void PartnerRecordsTest::screenshots()
{
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("de")}) {
        QTranslator translator;
        QTranslator qtTranslator;
        if (language == QLatin1String("de")) {
            QVERIFY(InterfaceLanguage::load(&translator, language));
            QCoreApplication::installTranslator(&translator);
            if (qtTranslator.load(QLocale(QLocale::German), QStringLiteral("qtbase"),
                                  QStringLiteral("_"),
                                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
                QCoreApplication::installTranslator(&qtTranslator);
            QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        }
        openPane();
        QVERIFY(!chooseFirst(QStringLiteral("Request")).isEmpty());
        m_page->setStatusFilter(QString());
        QVERIFY(waitForRows());
        QVERIFY(m_page->selectRecord(m_page->model()->record(0).id()));
        const QString path =
            QDir::temp().filePath(QStringLiteral("partner-records-%1.png").arg(language));
        QVERIFY(m_pane->grab().save(path));
        qInfo() << "screenshot" << path;
        QCoreApplication::removeTranslator(&translator);
        QCoreApplication::removeTranslator(&qtTranslator);
        QLocale::setDefault(QLocale::c());
    }
}

QTEST_MAIN(PartnerRecordsTest)
#include "tst_partner_records.moc"
