#pragma once

#include <QDir>
#include <QObject>
#include <QStringList>

class MainWindow;

// Waits until the window is signed in, then shows the panes named in `shots` one after another,
// gives each time to load, selects the first row of its lists so the details are filled in, and
// saves the window as <directory>/<nn>-<key>.png. Quits the application when done (exit code 1 if
// sign-in never happened).
class ScreenshotTour : public QObject
{
    Q_OBJECT
public:
    ScreenshotTour(MainWindow *window, const QDir &directory, QObject *parent = nullptr);

    void start();

private:
    struct Shot
    {
        QString paneKey;
        QString fileName;
        int tab = -1; // a QTabWidget page to show inside the pane
    };

    void waitForSignIn(int attemptsLeft);
    void takeNext();
    void prepare(const Shot &shot);
    void save(const Shot &shot);
    int paneIndex(const QString &key) const;

    MainWindow *m_window;
    QDir m_directory;
    QList<Shot> m_shots;
    int m_next = 0;
};
