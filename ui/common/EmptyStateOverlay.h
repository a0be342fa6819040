#pragma once

#include "models/ListStateModel.h"

#include <QPalette>
#include <QPointer>
#include <QWidget>
#include <functional>

class MessageWidget;
class QAbstractItemView;
class QAction;
class QDateTime;
class QLabel;
class QProgressBar;
class QPushButton;

// Says what a list shows, alike on every page: while it has no rows, instead of a blank table,
// progress while it loads ("Loading…"), the failure with a Retry button when loading failed, and
// what to do when it is empty ("No partners yet", [Invite partner]); when a refresh failed and the
// rows shown are from an earlier answer (stale), the rows are dimmed and a bar at the bottom of
// the view says so, with the time they were loaded and Retry. follow() takes all of it from the
// model's ListStateModel::State.
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

    // Shows the model's state from now on; Retry runs `retry`, or the paged model's retry().
    void follow(ListStateModel *model, std::function<void()> retry = {});
    // "Could not refresh: … The list shows what was loaded at HH:MM." (also for pane banners)
    static QString staleText(const QString &error, const QDateTime &loadedAt);
    // The stale mark is shown (rows dimmed, the bar with its text).
    bool showsStale() const;
    QString staleMessage() const;

    void setLoading(bool loading);
    // An empty message clears the failure. `retry` runs when Retry is pressed.
    void setError(const QString &message);
    void setRetry(std::function<void()> retry);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();
    void showState();
    void markStale(bool stale);
    void placeStaleBar();

    QPointer<QAbstractItemView> m_view;
    QLabel *m_label;
    QProgressBar *m_progress;
    QPushButton *m_button = nullptr;
    QPushButton *m_retry;
    QString m_emptyText;
    QString m_error;
    bool m_loading = false;
    std::function<void()> m_retryAction;
    QPointer<ListStateModel> m_model;
    MessageWidget *m_staleBar = nullptr;
    QAction *m_staleRetry = nullptr;
    QPalette m_freshPalette; // the view's palette before its rows were dimmed
    bool m_stale = false;
};
