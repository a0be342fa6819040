#include "tools/screenshots/ScreenshotTour.h"

#include "services/session/Session.h"
#include "ui/shell/ActivityDock.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Pane.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QImageWriter>
#include <QItemSelectionModel>
#include <QTabWidget>
#include <QTimer>
#include <cstdio>

namespace {

constexpr int loadMilliseconds = 3000;
constexpr int detailMilliseconds = 1500;

} // namespace

ScreenshotTour::ScreenshotTour(MainWindow *window, const QDir &directory, QObject *parent)
    : QObject(parent), m_window(window), m_directory(directory)
{
    m_shots = {{QStringLiteral("users"), QStringLiteral("01-users")},
               {QStringLiteral("groups"), QStringLiteral("02-groups")},
               {QStringLiteral("partners"), QStringLiteral("03-partners")},
               {QStringLiteral("partner-roles"), QStringLiteral("04-partner-users-roles"), 0},
               {QStringLiteral("partner-roles"), QStringLiteral("05-grant-editor"), 1},
               {QStringLiteral("organization"), QStringLiteral("06-organization")},
               {QStringLiteral("account"), QStringLiteral("07-my-account")},
               {QStringLiteral("api-console"), QStringLiteral("08-api-console")},
               {QStringLiteral("roles"), QStringLiteral("09-roles")},
               {QStringLiteral("people-roles"), QStringLiteral("10-people-roles")},
               {QStringLiteral("access-check"), QStringLiteral("11-access-check")},
               {QStringLiteral("api-tokens"), QStringLiteral("12-api-tokens")},
               {QStringLiteral("audit-log"), QStringLiteral("13-audit-log")},
               {QStringLiteral("security"), QStringLiteral("14-security-overview")}};
}

void ScreenshotTour::start()
{
    waitForSignIn(120);
}

void ScreenshotTour::waitForSignIn(int attemptsLeft)
{
    if (!m_window->session()->userId().isEmpty()) {
        // The Activity panel is the same on every page; the pictures show the pages.
        m_window->activityDock()->hide();
        QTimer::singleShot(loadMilliseconds, this, &ScreenshotTour::takeNext);
        return;
    }
    if (attemptsLeft == 0) {
        std::fputs("epilot-screenshots: not signed in after 60 s\n", stderr);
        QApplication::exit(1);
        return;
    }
    QTimer::singleShot(500, this, [this, attemptsLeft] { waitForSignIn(attemptsLeft - 1); });
}

void ScreenshotTour::takeNext()
{
    if (m_next == m_shots.size()) {
        QApplication::exit(0);
        return;
    }
    const Shot shot = m_shots.at(m_next++);
    const int index = paneIndex(shot.paneKey);
    if (index < 0) {
        std::fprintf(stderr, "epilot-screenshots: no pane %s\n", qPrintable(shot.paneKey));
        QTimer::singleShot(0, this, &ScreenshotTour::takeNext);
        return;
    }
    m_window->showPane(index);
    QTimer::singleShot(loadMilliseconds, this, [this, shot] {
        prepare(shot);
        QTimer::singleShot(detailMilliseconds, this, [this, shot] {
            save(shot);
            takeNext();
        });
    });
}

void ScreenshotTour::prepare(const Shot &shot)
{
    Pane *pane = m_window->currentPane();
    if (shot.tab >= 0) {
        if (auto *tabs = pane->findChild<QTabWidget *>())
            tabs->setCurrentIndex(shot.tab);
    }
    // A pane with its first entry chosen shows what the details look like, not an empty half.
    for (QAbstractItemView *view : pane->findChildren<QAbstractItemView *>()) {
        if (!view->isVisible() || !view->model() || view->model()->rowCount() == 0
            || !view->selectionModel() || view->selectionModel()->hasSelection()
            || view->selectionMode() == QAbstractItemView::NoSelection)
            continue;
        // In a tree, the first leaf: an operation, not the heading of its group.
        QModelIndex first = view->model()->index(0, 0);
        while (view->model()->hasChildren(first))
            first = view->model()->index(0, 0, first);
        view->setCurrentIndex(first);
        break;
    }
}

void ScreenshotTour::save(const Shot &shot)
{
    const QString path = m_directory.filePath(shot.fileName + QStringLiteral(".png"));
    QImageWriter writer(path, "png");
    writer.setQuality(0); // PNG: 0 is the strongest compression
    if (!writer.write(m_window->grab().toImage()))
        std::fprintf(stderr, "epilot-screenshots: %s: %s\n", qPrintable(path),
                     qPrintable(writer.errorString()));
    else
        std::printf("%s\n", qPrintable(path));
    std::fflush(stdout);
}

int ScreenshotTour::paneIndex(const QString &key) const
{
    for (int index = 0; index < m_window->paneCount(); ++index) {
        if (m_window->paneKey(index) == key)
            return index;
    }
    return -1;
}
