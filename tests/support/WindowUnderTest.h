#pragma once

#include "services/session/ProfileStore.h"
#include "services/session/TokenStore.h"
#include "ui/shell/MainWindow.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>

// The main window at 1280×800 with throw-away settings and profiles, for tests that put their
// own signed-in pages into it (MainWindow::replacePane) and follow links between pages.
// Header only: the tests that use it link epilot_ui.
struct WindowUnderTest
{
    QTemporaryDir settings;
    ProfileStore profiles{prepared(settings)};
    TokenStore tokens{QStringLiteral("epilot-admin-test")};
    QNetworkAccessManager network;
    MainWindow window{&network, &profiles, &tokens};

    WindowUnderTest()
    {
        window.resize(1280, 800);
        window.show();
    }

    int indexOf(const QString &key) const
    {
        for (int index = 0; index < window.paneCount(); ++index)
            if (window.paneKey(index) == key)
                return index;
        return -1;
    }

private:
    // QSettings go to the temporary folder before anything reads them.
    static QString prepared(const QTemporaryDir &folder)
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder.path());
        return folder.filePath(QStringLiteral("profiles.ini"));
    }
};
