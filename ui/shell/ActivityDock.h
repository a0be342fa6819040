#pragma once

#include <QDockWidget>

class ActivityLogModel;
class ApiClient;
class QCheckBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;
struct ActivityEntry;

// The dockable Activity panel: every request of the session with time, method, URL, status,
// duration, size and error. Filters by text and "failed only"; copies the log as text.
class ActivityDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit ActivityDock(QWidget *parent = nullptr);

    // Shows the requests of this client from now on.
    void follow(ApiClient *client);
    void append(const ActivityEntry &entry);

    ActivityLogModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Everything the panel shows, as text (what "Copy" puts on the clipboard).
    QString text() const;
    // Title, filter, buttons, summary and column names again in the interface language (after a
    // live language switch); the log's rows stay as they were written.
    void retranslate();

private:
    void updateSummary();
    void applyFilter();
    void copyToClipboard();

    ActivityLogModel *m_model;
    QSortFilterProxyModel *m_filter;
    QTableView *m_view;
    QLineEdit *m_search;
    QCheckBox *m_failedOnly;
    QLabel *m_summary;
    QToolButton *m_copy;
    QToolButton *m_clear;
};
