#pragma once

#include <QElapsedTimer>
#include <QObject>

// A benchmark hook, off unless EPILOT_BENCH_MARK_FIRST_PAGE is set: when a table of users is first
// painted with rows, prints "first page shown: N users" on standard output and quits, so that
// bench/ can time process start → first page on screen. Watching paint events application-wide
// keeps it independent of how the window builds its panes.
class FirstPageProbe : public QObject
{
    Q_OBJECT
public:
    // Installs the probe on the application when the variable asks for it.
    static void installIfRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit FirstPageProbe(QObject *parent);
    void report(int rows);

    bool m_reported = false;
};
