#pragma once

#include <QObject>

class MainWindow;

// A test hook, off unless EPILOT_SMOKE_TOUR is set: once signed in, shows every page of the
// window in turn (each gets a moment to load), then closes the window, so the real program can be
// run start to finish under a sanitizer (CTest's "epilot-admin" test). Exits with 1 when no
// session started within a minute.
class SmokeTour : public QObject
{
    Q_OBJECT
public:
    static void installIfRequested(MainWindow *window);

private:
    explicit SmokeTour(MainWindow *window);
    void showNext();

    MainWindow *m_window;
    int m_next = 0;
};
