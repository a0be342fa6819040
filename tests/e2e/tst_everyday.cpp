// Everyday details of issue 20, through the real pages against the emulator: phone numbers are
// checked at their field, the export says what its CSV does to the data and offers a plain one,
// file dialogs start in the documents folder and then where the person was last, the bulk
// invitation's CSV import names the columns it cannot use, and Preferences switch the interface
// language at once without losing the session or the server's data.
#include "domain/users/User.h"
#include "services/api/UserService.h"
#include "services/network/ApiClient.h"
#include "services/session/ProfileStore.h"
#include "services/session/Session.h"
#include "services/session/TokenStore.h"
#include "tests/support/E2eEnvironment.h"
#include "ui/common/FieldMessage.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/MessageWidget.h"
#include "ui/shell/InterfaceLanguage.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Pane.h"
#include "ui/shell/PreferencesDialog.h"
#include "ui/shell/SessionController.h"
#include "ui/shell/SignInDialog.h"
#include "ui/users/InviteDialog.h"
#include "ui/users/UserDetailPanel.h"
#include "ui/users/UserExportDialog.h"
#include "ui/users/UsersPane.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

namespace {

const QString phoneNumber = QStringLiteral("+49 30 1234567");

void type(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else
        QTest::keyClicks(edit, text);
    emit edit->editingFinished();
}

QPushButton *buttonWithText(QWidget *root, const QString &text)
{
    for (QPushButton *candidate : root->findChildren<QPushButton *>()) {
        if (candidate->text() == text)
            return candidate;
    }
    return nullptr;
}

QString allLabelText(QWidget *root)
{
    QStringList texts;
    for (const QLabel *label : root->findChildren<QLabel *>())
        texts << label->text();
    for (const QAbstractButton *button : root->findChildren<QAbstractButton *>())
        texts << button->text();
    return texts.join(QLatin1Char('\n'));
}

// The export dialog on screen (closed ones wait for their deletion).
UserExportDialog *openExportDialog(UsersPane &pane)
{
    pane.openExport();
    for (UserExportDialog *dialog : pane.findChildren<UserExportDialog *>()) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

QString documentsFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

void shoot(QWidget *widget, const QString &name)
{
    const QString directory = qEnvironmentVariable("EPILOT_SCREENSHOT_DIR");
    if (directory.isEmpty())
        return;
    const QString language = qEnvironmentVariable("EPILOT_TEST_LANGUAGE", QStringLiteral("en"));
    widget->grab().save(QStringLiteral("%1/%2-%3.png").arg(directory, name, language));
}

} // namespace

class EverydayTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    E2eEnvironment m_environment;
    QNetworkAccessManager m_network;
    Session *m_session = nullptr;
    int m_requests = 0;
    QList<FileDialogs::Request> m_requested;
    QString m_answer; // what the next file dialog returns

    bool nothingSent(int before)
    {
        QTest::qWait(300);
        return m_session->client()->callsInFlight() == 0 && m_requests == before;
    }

    QString exportWith(UsersPane &pane, UserExporter::Format format, const QString &name);

private slots:
    void initTestCase();
    void cleanupTestCase();
    void phoneFieldRefusesWords();
    void exportSaysWhatItDoesAndOffersPlainCsv();
    void fileDialogsStartInDocumentsThenTheLastFolder();
    void inviteImportNamesTheColumnsItCannotUse();
    void languageSwitchesAtOnce();
};

void EverydayTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("epilot-admin-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_everyday"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    QSettings().clear();
    QString error;
    QVERIFY2(m_environment.start(&error), qPrintable(error));
    m_session = new Session(&m_network, this);
    connect(m_session->client(), &ApiClient::activity, this, [this] { ++m_requests; });
    QSignalSpy me(m_session, &Session::meChanged);
    m_session->begin(m_environment.endpoints(), m_environment.token());
    QVERIFY(me.wait(15000));
    FileDialogs::setChooser([this](const FileDialogs::Request &request) {
        m_requested << request;
        return m_answer;
    });
}

void EverydayTest::cleanupTestCase()
{
    FileDialogs::setChooser(nullptr);
}

void EverydayTest::phoneFieldRefusesWords()
{
    UserDetailPanel panel(m_session);
    panel.resize(640, 900);
    panel.show();
    panel.showUser(m_session->userId());
    QVERIFY(QTest::qWaitFor([&] { return panel.editor()->isLoaded(); }, 15000));
    QLineEdit *phone = panel.field(UserEditor::Phone);
    QVERIFY(phone);
    type(phone, QStringLiteral("call me maybe"));
    QTest::qWaitFor([this] { return m_session->client()->callsInFlight() == 0; }, 15000);
    const int before = m_requests;
    QTest::mouseClick(panel.saveButton(), Qt::LeftButton);
    QCOMPARE(FieldMessage::textOf(phone),
             QStringLiteral("\"call me maybe\" is not a phone number: use digits, spaces and "
                            "+ - / ( ), e.g. +49 30 1234567."));
    QVERIFY(nothingSent(before));

    // Written as people write phone numbers: accepted and saved.
    type(phone, phoneNumber);
    QVERIFY(FieldMessage::textOf(phone).isEmpty());
    QSignalSpy saved(&panel, &UserDetailPanel::userSaved);
    QTest::mouseClick(panel.saveButton(), Qt::LeftButton);
    QVERIFY2(saved.wait(15000), qPrintable(panel.messageLabel()->text()));
    QCOMPARE(saved.first().first().value<User>().phone(), phoneNumber);
}

QString EverydayTest::exportWith(UsersPane &pane, UserExporter::Format format, const QString &name)
{
    UserExportDialog *dialog = openExportDialog(pane);
    if (!dialog)
        return QStringLiteral("no export dialog");
    dialog->setFormat(format);
    const QString path = m_dir.filePath(name);
    dialog->pathEdit()->setText(path);
    QSignalSpy finished(&pane, &UsersPane::exportFinished);
    QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
    if (!finished.wait(15000) || !finished.first().first().toBool())
        return QStringLiteral("export failed");
    QTest::qWait(0); // the closed dialog goes
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QString::fromUtf8(file.readAll());
}

void EverydayTest::exportSaysWhatItDoesAndOffersPlainCsv()
{
    UsersPane pane(m_session);
    pane.resize(1200, 700);
    pane.show();
    QVERIFY(QTest::qWaitFor([&] { return pane.model()->rowCount() > 0; }, 15000));

    // The dialog says what the spreadsheet CSV does to a phone number, and starts in Documents.
    QToolButton *exportButton = nullptr;
    for (QToolButton *button : pane.findChildren<QToolButton *>()) {
        if (button->text() == QStringLiteral("Export…"))
            exportButton = button;
    }
    QVERIFY(exportButton);
    QTest::mouseClick(exportButton, Qt::LeftButton);
    auto *dialog = pane.findChild<UserExportDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    shoot(dialog, QStringLiteral("export-dialog"));
    const QString said = allLabelText(dialog);
    QVERIFY2(said.contains(QStringLiteral("'+49 30")), qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("Plain CSV for scripts")), qPrintable(said));
    QCOMPARE(dialog->format(), UserExporter::Format::Csv);
    QCOMPARE(QFileInfo(dialog->path()).absolutePath(), documentsFolder());
    dialog->reject();
    QTest::qWait(0);

    // The signed-in person's phone number as stored (it starts with +).
    QString stored;
    m_session->users()->getUserV2(m_session->userId(), this, [&](const auto &result) {
        stored = result.ok() ? result.value().value(QStringLiteral("phone")).toString()
                             : QStringLiteral("?");
    });
    QVERIFY(QTest::qWaitFor([&] { return !stored.isEmpty(); }, 15000));
    QVERIFY2(stored.startsWith(QLatin1Char('+')), qPrintable(stored));

    const QString safe = exportWith(pane, UserExporter::Format::Csv, QStringLiteral("safe.csv"));
    QVERIFY2(safe.contains(QStringLiteral(",\"'") + stored + QLatin1Char('"')),
             qPrintable(safe.left(400)));
    const QString plain =
        exportWith(pane, UserExporter::Format::PlainCsv, QStringLiteral("plain.csv"));
    QVERIFY2(plain.contains(QLatin1Char(',') + stored + QLatin1Char(',')),
             qPrintable(plain.left(400)));
    QVERIFY(!plain.contains(QStringLiteral("'+")));
    const QString json = exportWith(pane, UserExporter::Format::Json, QStringLiteral("exact.json"));
    bool found = false;
    for (const QJsonValue &user : QJsonDocument::fromJson(json.toUtf8()).array())
        found = found || user.toObject().value(QStringLiteral("phone")).toString() == stored;
    QVERIFY2(found, qPrintable(json.left(400)));
}

void EverydayTest::fileDialogsStartInDocumentsThenTheLastFolder()
{
    // The last export went to the test folder: the next export dialog starts there.
    UserExportDialog dialog;
    QCOMPARE(QFileInfo(dialog.path()).absolutePath(), QDir(m_dir.path()).absolutePath());
    // With nothing remembered (or the folder gone), the person's documents folder.
    QSettings().remove(QStringLiteral("FileDialogs/lastFolder"));
    m_requested.clear();
    m_answer.clear();
    QTest::mouseClick(dialog.chooseButton(), Qt::LeftButton);
    QCOMPARE(m_requested.size(), 1);
    QCOMPARE(m_requested.first().mode, FileDialogs::Mode::Save);
    QCOMPARE(QFileInfo(m_requested.first().startPath).absolutePath(), documentsFolder());
    QCOMPARE(QFileInfo(m_requested.first().startPath).fileName(), QStringLiteral("users.csv"));
}

void EverydayTest::inviteImportNamesTheColumnsItCannotUse()
{
    QDir(m_dir.path()).mkdir(QStringLiteral("people"));
    const QString csv = m_dir.filePath(QStringLiteral("people/new-people.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("name,email,department\r\n\"Doe, Jane\",jane.doe@example.com,Sales\r\n"
               "Max Muster,max.muster@example.com,\"Service, North\"\r\n");
    file.close();

    InviteDialog dialog(m_session);
    dialog.resize(720, 620);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QPushButton *import = buttonWithText(&dialog, QStringLiteral("Import from CSV…"));
    QVERIFY(import);
    m_requested.clear();
    m_answer = csv;
    QTest::mouseClick(import, Qt::LeftButton);
    QCOMPARE(m_requested.size(), 1);
    QCOMPARE(m_requested.first().mode, FileDialogs::Mode::Open);
    QCOMPARE(QDir(m_requested.first().startPath).absolutePath(), documentsFolder());
    QCOMPARE(dialog.addressEdit()->toPlainText(),
             QStringLiteral("jane.doe@example.com\nmax.muster@example.com"));
    const QString note = dialog.importNote()->text();
    QVERIFY2(note.contains(QStringLiteral("\"name\", \"department\"")) &&
                 note.contains(QStringLiteral("not used")),
             qPrintable(note));
    QVERIFY(dialog.importNote()->isVisible());
    shoot(&dialog, QStringLiteral("invite-import"));

    // The next file dialog starts where this file was.
    m_answer.clear();
    QTest::mouseClick(import, Qt::LeftButton);
    QCOMPARE(m_requested.size(), 2);
    QCOMPARE(m_requested.last().startPath, QFileInfo(csv).absolutePath());
}

void EverydayTest::languageSwitchesAtOnce()
{
    ProfileStore profiles(m_dir.filePath(QStringLiteral("profiles.ini")));
    TokenStore tokens(QStringLiteral("epilot-admin-test"));
    MainWindow window(&m_network, &profiles, &tokens);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Profile profile = Profile::withDefaults(QStringLiteral("Emulator"));
    profile.endpoints = m_environment.endpoints();
    window.startSession(profile, m_environment.token());
    QVERIFY(QTest::qWaitFor([&] { return !window.session()->userId().isEmpty(); }, 15000));
    if (SignInDialog *signIn = window.signInDialog())
        signIn->close();
    const int usersIndex = 0;
    QCOMPARE(window.paneKey(usersIndex), QStringLiteral("users"));
    window.showPane(usersIndex);
    auto *users = qobject_cast<UsersPane *>(window.pane(usersIndex));
    QVERIFY(users);
    QCOMPARE(window.navigation()->item(usersIndex)->text(), QStringLiteral("Users"));

    // An edit saved on the page before the switch.
    const QString department =
        QStringLiteral("Everyday %1").arg(QDateTime::currentSecsSinceEpoch());
    users->showUser(window.session()->userId());
    UserDetailPanel *details = users->details();
    QVERIFY(QTest::qWaitFor([&] { return details->editor()->isLoaded(); }, 15000));
    type(details->field(UserEditor::Department), department);
    QSignalSpy saved(details, &UserDetailPanel::userSaved);
    QTest::mouseClick(details->saveButton(), Qt::LeftButton);
    QVERIFY2(saved.wait(15000), qPrintable(details->messageLabel()->text()));

    // Preferences > Deutsch > OK: the interface is German at once.
    QAction *preferences = nullptr;
    for (QAction *action : window.menuBar()->findChildren<QAction *>()) {
        if (action->text() == QStringLiteral("&Preferences…"))
            preferences = action;
    }
    QVERIFY(preferences);
    preferences->trigger();
    auto *dialog = window.findChild<PreferencesDialog *>();
    QVERIFY(dialog);
    dialog->languageBox()->setCurrentIndex(dialog->languageBox()->findData(QStringLiteral("de")));
    dialog->accept();
    QTRY_COMPARE(window.navigation()->item(usersIndex)->text(), QStringLiteral("Benutzer"));
    QCOMPARE(InterfaceLanguage::current(), QStringLiteral("de"));
    QCOMPARE(window.navigation()->item(1)->text(), QStringLiteral("Gruppen"));
    QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&Datei"));
    QCOMPARE(window.sessionController()->state(), SessionController::State::SignedIn);
    auto *germanUsers = qobject_cast<UsersPane *>(window.pane(usersIndex));
    QVERIFY(germanUsers);
    QVERIFY(buttonWithText(germanUsers, QStringLiteral("Einladen…")));
    shoot(&window, QStringLiteral("language-switched"));
    if (UserExportDialog *exportDialog = openExportDialog(*germanUsers)) {
        shoot(exportDialog, QStringLiteral("export-dialog-german"));
        exportDialog->reject();
    }

    // The session and the emulator's data are the same: the edit is still there.
    germanUsers->showUser(window.session()->userId());
    QLineEdit *field = germanUsers->details()->field(UserEditor::Department);
    QTRY_COMPARE_WITH_TIMEOUT(field->text(), department, 15000);

    // Back to English, for the tests after this one.
    InterfaceLanguage::choose({});
    InterfaceLanguage::install(qApp);
}

QTEST_MAIN(EverydayTest)
#include "tst_everyday.moc"
