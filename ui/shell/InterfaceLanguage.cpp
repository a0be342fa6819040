#include "ui/shell/InterfaceLanguage.h"

#include <QLibraryInfo>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace {

const char *const settingsKey = "interface/language";
QString currentCode = QStringLiteral("en");
// What install() put in, to take out again when the language changes while running.
QPointer<QTranslator> installedOwn;
QPointer<QTranslator> installedQt;

void removeInstalled()
{
    for (QPointer<QTranslator> *installed : {&installedOwn, &installedQt}) {
        if (!*installed)
            continue;
        QCoreApplication::removeTranslator(*installed);
        delete installed->data();
    }
}

} // namespace

QStringList InterfaceLanguage::available()
{
    return {QStringLiteral("en"), QStringLiteral("de")};
}

QString InterfaceLanguage::nativeName(const QString &code)
{
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    return QStringLiteral("English");
}

QString InterfaceLanguage::chosen()
{
    const QString code = QSettings().value(QLatin1String(settingsKey)).toString();
    return available().contains(code) ? code : QString();
}

void InterfaceLanguage::choose(const QString &code)
{
    QSettings settings;
    if (available().contains(code))
        settings.setValue(QLatin1String(settingsKey), code);
    else
        settings.remove(QLatin1String(settingsKey));
}

QString InterfaceLanguage::resolve(const QString &chosenCode, const QLocale &system)
{
    if (available().contains(chosenCode))
        return chosenCode;
    return system.language() == QLocale::German ? QStringLiteral("de") : QStringLiteral("en");
}

QLocale InterfaceLanguage::localeFor(const QString &code, const QLocale &system)
{
    if (QLocale(code).language() == system.language())
        return system;
    return QLocale(code == QLatin1String("de") ? QStringLiteral("de_DE") : QStringLiteral("en_US"));
}

QString InterfaceLanguage::install(QCoreApplication *application)
{
    const QLocale system = QLocale::system();
    currentCode = resolve(chosen(), system);
    QLocale::setDefault(localeFor(currentCode, system));
    removeInstalled();
    if (currentCode == QLatin1String("en"))
        return currentCode;

    installedOwn = new QTranslator(application);
    if (load(installedOwn, currentCode))
        QCoreApplication::installTranslator(installedOwn);
    // Qt's own strings: the standard buttons of message boxes and dialogs.
    installedQt = new QTranslator(application);
    if (installedQt->load(QLocale(currentCode), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(installedQt);
    return currentCode;
}

QString InterfaceLanguage::current()
{
    return currentCode;
}

bool InterfaceLanguage::load(QTranslator *translator, const QString &code)
{
    return translator->load(QStringLiteral(":/i18n/epilot-admin_%1.qm").arg(code));
}
