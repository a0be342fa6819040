#include "app/SmokeTour.h"

#include "ui/shell/MainWindow.h"
#include "ui/shell/SessionController.h"

#include <QApplication>
#include <QTimer>
#include <cstdio>

namespace {
constexpr int kPageMoment = 700;     // ms each page has to load before the next is shown
constexpr int kSignInLimit = 60'000; // ms
} // namespace

void SmokeTour::installIfRequested(MainWindow *window)
{
    if (qEnvironmentVariableIsSet("EPILOT_SMOKE_TOUR"))
        new SmokeTour(window);
}

SmokeTour::SmokeTour(MainWindow *window) : QObject(window), m_window(window)
{
    connect(window->sessionController(), &SessionController::stateChanged, this,
            [this](SessionController::State state) {
                if (state == SessionController::State::SignedIn && m_next == 0)
                    QTimer::singleShot(kPageMoment, this, &SmokeTour::showNext);
            });
    QTimer::singleShot(kSignInLimit, this, [this] {
        if (m_next > 0)
            return;
        std::fprintf(stderr, "smoke tour: no session started within a minute\n");
        QApplication::exit(1);
    });
}

void SmokeTour::showNext()
{
    if (m_next >= m_window->paneCount()) {
        std::printf("smoke tour: %d pages shown\n", m_next);
        std::fflush(stdout);
        m_window->close();
        return;
    }
    m_window->showPane(m_next++);
    QTimer::singleShot(kPageMoment, this, &SmokeTour::showNext);
}
