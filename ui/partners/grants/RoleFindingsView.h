#pragma once

#include "domain/grants/GrantFinding.h"

#include <QWidget>

class MessageWidget;
class QTreeWidget;
class QTreeWidgetItem;

// The policy analyzer's findings under the pages: a summary line, one row per finding with the
// grant it concerns and, where one exists, a one-click fix.
class RoleFindingsView : public QWidget
{
    Q_OBJECT
public:
    explicit RoleFindingsView(QWidget *parent = nullptr);

    void showFindings(const QList<GrantFinding> &findings, bool fixable);
    // A message in place of the summary (e.g. why pasting failed), until the next findings.
    void showError(const QString &message);

    QTreeWidget *view() const { return m_view; }
    MessageWidget *summary() const { return m_summary; }

signals:
    void findingChosen(const GrantPath &path);
    void fixRequested(const GrantFinding &finding);

private:
    QTreeWidgetItem *addRow(const GrantFinding &finding);
    void showSummary(const QList<GrantFinding> &findings);

    MessageWidget *m_summary;
    QTreeWidget *m_view;
    bool m_filling = false;
};
