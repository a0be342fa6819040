#include "ui/shell/FailedRequestsIndicator.h"

#include "models/ActivityLogModel.h"
#include "ui/common/Icons.h"
#include "ui/shell/ActivityDock.h"

FailedRequestsIndicator::FailedRequestsIndicator(ActivityDock *activity, QWidget *parent)
    : QToolButton(parent), m_activity(activity)
{
    setObjectName(QStringLiteral("failedRequests"));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setIcon(Icons::get(QStringLiteral("activity")));
    connect(this, &QToolButton::clicked, this, [this] {
        m_activity->show();
        m_activity->raise();
        markSeen();
    });
    connect(m_activity->model(), &ActivityLogModel::failedCountChanged, this,
            &FailedRequestsIndicator::refresh);
    connect(m_activity, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            markSeen();
    });
    retranslate();
    markSeen();
}

void FailedRequestsIndicator::retranslate()
{
    setToolTip(tr("Open the Activity panel to see what failed"));
    refresh();
}

int FailedRequestsIndicator::unseenFailures() const
{
    return std::max(0, m_activity->model()->failedCount() - m_seen);
}

void FailedRequestsIndicator::markSeen()
{
    m_seen = m_activity->model()->failedCount();
    refresh();
}

void FailedRequestsIndicator::refresh()
{
    // The oldest entries drop out of a full log, so the count can shrink below what was seen.
    m_seen = std::min(m_seen, m_activity->model()->failedCount());
    if (m_activity->isVisible())
        m_seen = m_activity->model()->failedCount();
    const int unseen = unseenFailures();
    setText(tr("%n request(s) failed — show Activity", nullptr, unseen));
    setVisible(unseen > 0);
}
