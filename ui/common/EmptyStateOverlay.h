#pragma once

#include <QPointer>
#include <QWidget>
#include <functional>

class QAbstractItemView;
class QLabel;
class QProgressBar;
class QPushButton;

// Says what a list shows while it has no rows, instead of leaving a blank table: progress while
// it loads, the failure with a Retry button when loading failed, and what to do when it is empty
// ("No partners yet", [Invite partner]). Lies over the view's viewport; a list with rows shows
// them (a failed refresh is the pane's status line's business).
class EmptyStateOverlay : public QWidget
{
    Q_OBJECT
public:
    EmptyStateOverlay(QAbstractItemView *view, const QString &text, const QString &actionText = {},
                      std::function<void()> action = {});

    void setText(const QString &text);
    QString text() const; // what is shown now (the empty text, loading or the failure)
    QPushButton *actionButton() const { return m_button; }
    QPushButton *retryButton() const { return m_retry; }

    void setLoading(bool loading);
    // An empty message clears the failure. `retry` runs when Retry is pressed.
    void setError(const QString &message);
    void setRetry(std::function<void()> retry);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();

    QPointer<QAbstractItemView> m_view;
    QLabel *m_label;
    QProgressBar *m_progress;
    QPushButton *m_button = nullptr;
    QPushButton *m_retry;
    QString m_emptyText;
    QString m_error;
    bool m_loading = false;
    std::function<void()> m_retryAction;
};
