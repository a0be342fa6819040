#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

// The language of the interface: the one chosen in Preferences, or else the system's. German and
// English are offered; anything else falls back to English, the source language. install() runs
// before the first window exists and again when Preferences switch the language at once.
class InterfaceLanguage
{
    Q_DECLARE_TR_FUNCTIONS(InterfaceLanguage)

public:
    static QStringList available();                 // language codes, "en" first
    static QString nativeName(const QString &code); // "English", "Deutsch": never translated

    static QString chosen();                 // saved in Preferences; empty = follow the system
    static void choose(const QString &code); // empty = follow the system

    // The language the interface would use for a saved choice and a system locale.
    static QString resolve(const QString &chosenCode, const QLocale &system);
    // The locale for dates and numbers: the system's if it speaks `code`, else `code`'s own.
    static QLocale localeFor(const QString &code, const QLocale &system);

    // Installs the translators of the resolved language (ours and Qt's standard dialogs) and makes
    // its locale the default, replacing the translators an earlier call installed (Qt then sends
    // every widget a LanguageChange event). Returns the code in use.
    static QString install(QCoreApplication *application);
    static QString current(); // what install() chose ("en" before it ran)

    // Loads ":/i18n/epilot-admin_<code>.qm" into `translator`.
    static bool load(class QTranslator *translator, const QString &code);
};
