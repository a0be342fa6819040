// The main window and every pane offscreen, with the German translation loaded as a German
// administrator would have it: no visible text is left in English, every control a person can reach
// has an accessible name, and the translation itself is complete.
#include "services/ProfileStore.h"
#include "services/TokenStore.h"
#include "ui/InterfaceLanguage.h"
#include "ui/MainWindow.h"
#include "ui/Pane.h"

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

namespace {

// English words that do not occur in German sentences; a visible text holding one of them was
// not translated (or never went through tr()).
const QStringList englishWords = {
    "the",    "and",     "with",    "of",      "to",      "is",     "are",     "not",
    "yet",    "no",      "your",    "you",     "this",    "that",   "from",    "for",
    "or",     "save",    "delete",  "new",     "search",  "users",  "groups",  "invite",
    "reload", "cancel",  "select",  "choose",  "loading", "settings",
    "roles",  "account", "sign",    "add",     "remove", "edit",    "show",
    "filter", "every",   "none",    "created", "invited", "active", "pending", "language"};

// Proper names, identifiers and technical tokens that stay as they are in German.
bool isExempt(const QString &text)
{
    static const QRegularExpression exempt(QStringLiteral(
        R"(^(epilot( Admin)?|[\w.+-]+@[\w.-]+|https?://\S+|[\w-]*\d[\w:-]*|[-—–·…•✓✔✘▲▼ ]*|)"
        R"(JSON|CSV|URL|ID|MFA|HTML|API|GET|POST|PUT|PATCH|DELETE|curl|UUID|Passkeys?)$)"));
    return exempt.match(text.trimmed()).hasMatch();
}

QString plain(QString text)
{
    if (Qt::mightBeRichText(text)) {
        QTextDocument document;
        document.setHtml(text);
        text = document.toPlainText();
    }
    return text.remove(QLatin1Char('&')).simplified();
}

struct VisibleText
{
    QString text;
    QString where;
};

QString describe(const QWidget *widget)
{
    QString path;
    for (const QObject *object = widget; object; object = object->parent()) {
        const QString name = object->objectName().isEmpty()
                                 ? QString::fromLatin1(object->metaObject()->className())
                                 : object->objectName();
        path = path.isEmpty() ? name : name + QLatin1Char('/') + path;
        if (qobject_cast<const Pane *>(object))
            break;
    }
    return path;
}

// Every text a person sees on the widgets of `root` that are shown.
QList<VisibleText> visibleTexts(QWidget *root)
{
    QList<VisibleText> texts;
    auto add = [&texts](const QWidget *widget, const QString &text) {
        const QString cleaned = plain(text);
        if (!cleaned.isEmpty())
            texts.append({cleaned, describe(widget)});
    };
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(root))
            continue;
        add(widget, widget->toolTip());
        if (auto *label = qobject_cast<QLabel *>(widget))
            add(widget, label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            add(widget, button->text());
        else if (auto *box = qobject_cast<QGroupBox *>(widget))
            add(widget, box->title());
        else if (auto *edit = qobject_cast<QLineEdit *>(widget))
            add(widget, edit->placeholderText());
        else if (auto *plainEdit = qobject_cast<QPlainTextEdit *>(widget))
            add(widget, plainEdit->placeholderText());
        else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            for (int index = 0; index < combo->count(); ++index)
                add(widget, combo->itemText(index));
        } else if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
            for (int index = 0; index < tabs->count(); ++index)
                add(widget, tabs->tabText(index));
        } else if (auto *dock = qobject_cast<QDockWidget *>(widget))
            add(widget, dock->windowTitle());
        else if (auto *header = qobject_cast<QHeaderView *>(widget); header && header->model()) {
            for (int section = 0; section < header->count(); ++section)
                add(widget, header->model()->headerData(section, header->orientation()).toString());
        }
    }
    return texts;
}

QStringList englishWordsIn(const QString &text)
{
    QStringList found;
    static const QRegularExpression word(QStringLiteral(R"(\b[A-Za-z]+\b)"));
    for (auto match = word.globalMatch(text); match.hasNext();) {
        const QString candidate = match.next().captured().toLower();
        if (englishWords.contains(candidate))
            found.append(candidate);
    }
    return found;
}

} // namespace

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
    QVERIFY2(unfinished.isEmpty(), qPrintable(QStringLiteral("unfinished: ") + unfinished.join(" | ")));
}

void DesktopUiTest::noEnglishLeftInGerman()
{
    QStringList problems;
    forEachPage([&problems](int, QWidget *root) {
        for (const VisibleText &visible : visibleTexts(root)) {
            if (isExempt(visible.text))
                continue;
            const QStringList words = englishWordsIn(visible.text);
            if (!words.isEmpty())
                problems.append(QStringLiteral("%1: \"%2\" (%3)")
                                    .arg(visible.where, visible.text, words.join(QLatin1Char(','))));
        }
    });
    // The menus, too.
    for (QAction *menu : m_window->menuBar()->actions()) {
        QStringList texts{plain(menu->text())};
        if (menu->menu()) {
            for (QAction *action : menu->menu()->actions())
                texts << plain(action->text());
        }
        for (const QString &text : texts) {
            if (!englishWordsIn(text).isEmpty() && !isExempt(text))
                problems.append(QStringLiteral("menu: \"%1\"").arg(text));
        }
    }
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
}

void DesktopUiTest::everyControlHasAnAccessibleName()
{
    QStringList problems;
    forEachPage([&problems](int, QWidget *root) {
        for (QWidget *widget : root->findChildren<QWidget *>()) {
            if (!widget->isVisibleTo(root) || widget->focusPolicy() == Qt::NoFocus
                || !widget->isEnabled())
                continue;
            // Scroll areas, viewports and splitters are containers, not controls.
            if (qobject_cast<QAbstractScrollArea *>(widget) && !qobject_cast<QAbstractItemView *>(widget)
                && !qobject_cast<QPlainTextEdit *>(widget) && !widget->inherits("QTextEdit"))
                continue;
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            if (!accessible)
                continue;
            if (accessible->text(QAccessible::Name).trimmed().isEmpty())
                problems.append(describe(widget));
        }
    });
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("controls without an accessible name:\n")
                                            + problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(DesktopUiTest)
#include "tst_desktop_ui.moc"
