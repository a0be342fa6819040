// The main window and every pane offscreen, with the German translation loaded as a German
// administrator would have it: no visible text is left in English, every control a person can reach
// has an accessible name, and the translation itself is complete.
#include "services/session/ProfileStore.h"
#include "services/session/TokenStore.h"
#include "tests/desktop/UiInspection.h"
#include "ui/shell/InterfaceLanguage.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Pane.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTranslator>
#include <QXmlStreamReader>

class DesktopUiTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void germanTranslationIsComplete();
    void noEnglishLeftInGerman();
    void everyControlHasAnAccessibleName();
    void cleanupTestCase();

private:
    std::unique_ptr<MainWindow> makeWindow();
    void forEachPage(const std::function<void(int, QWidget *)> &check);

    QTemporaryDir m_dir;
    QTranslator m_translator;
    QNetworkAccessManager m_network;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<MainWindow> m_window;
};

void DesktopUiTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("epilot-admin-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_desktop_ui"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());

    QVERIFY2(InterfaceLanguage::load(&m_translator, QStringLiteral("de")),
             "the German translation is not embedded");
    QCoreApplication::installTranslator(&m_translator);
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));

    m_profiles = std::make_unique<ProfileStore>(m_dir.filePath(QStringLiteral("profiles.ini")));
    m_tokens = std::make_unique<TokenStore>(QStringLiteral("epilot-admin-test"));
    m_window = std::make_unique<MainWindow>(&m_network, m_profiles.get(), m_tokens.get());
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // The sign-in dialog opens on its own when nobody is signed in; it is checked as a page too.
}

void DesktopUiTest::cleanupTestCase()
{
    m_window.reset();
}

void DesktopUiTest::forEachPage(const std::function<void(int, QWidget *)> &check)
{
    for (int index = 0; index < m_window->paneCount(); ++index) {
        QVERIFY(m_window->showPane(index));
        QCoreApplication::processEvents();
        check(index, m_window.get());
    }
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (top != m_window.get() && top->isVisible())
            check(-1, top);
    }
}

void DesktopUiTest::germanTranslationIsComplete()
{
    QFile file(QStringLiteral(EPILOT_SOURCE_DIR "/translations/epilot-admin_de.ts"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QStringList unfinished;
    QString source;
    int messages = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            ++messages;
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            if (type == QLatin1String("unfinished"))
                unfinished.append(source);
            xml.readElementText(QXmlStreamReader::IncludeChildElements); // numerus forms
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 500);
    QVERIFY2(unfinished.isEmpty(),
             qPrintable(QStringLiteral("unfinished: ") + unfinished.join(" | ")));
}

void DesktopUiTest::noEnglishLeftInGerman()
{
    QStringList problems;
    forEachPage([&problems](int, QWidget *root) { problems << UiInspection::englishTexts(root); });
    // The menus, too.
    for (QAction *menu : m_window->menuBar()->actions()) {
        QStringList texts{menu->text()};
        if (menu->menu()) {
            for (QAction *action : menu->menu()->actions())
                texts << action->text();
        }
        for (const QString &text : texts) {
            if (!UiInspection::englishWordsIn(text).isEmpty())
                problems.append(QStringLiteral("menu: \"%1\"").arg(text));
        }
    }
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
}

void DesktopUiTest::everyControlHasAnAccessibleName()
{
    QStringList problems;
    forEachPage(
        [&problems](int, QWidget *root) { problems << UiInspection::unnamedControls(root); });
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("controls without an accessible name:\n") +
                        problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(DesktopUiTest)
#include "tst_desktop_ui.moc"
