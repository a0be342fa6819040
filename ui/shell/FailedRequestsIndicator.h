#pragma once

#include <QToolButton>

class ActivityDock;

// "1 request failed — show Activity" in the status bar while the Activity panel is closed: a
// failed request is not missed, and one click opens the panel. Counts the failures since the
// panel was last seen; hidden while the panel is open or nothing failed.
class FailedRequestsIndicator : public QToolButton
{
    Q_OBJECT
public:
    explicit FailedRequestsIndicator(ActivityDock *activity, QWidget *parent = nullptr);

    int unseenFailures() const;
    // Its text and tool tip again in the interface language (after a live language switch).
    void retranslate();

private:
    void refresh();
    void markSeen();

    ActivityDock *m_activity;
    int m_seen = 0; // the model's failed count when the panel was last open
};
