#pragma once

#include "domain/security/SecurityFindings.h"
#include "ui/shell/Pane.h"

#include <QDateTime>

class AccessTokenService;
class MessageWidget;
class QLabel;
class QPushButton;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;
class SecurityOverviewLoad;

// Where the organization is exposed: eight checks over its people, roles and API tokens, each
// with a count and the people, roles or tokens it concerns, what to do, and one click to the page
// that puts it right (double-click a person, role or token to open it there). The outcome can be
// kept as a dated report (CSV, PDF).
class SecurityOverviewPane : public Pane
{
    Q_OBJECT
public:
    enum Column { FindingColumn, DetailColumn };

    explicit SecurityOverviewPane(Session *session, QWidget *parent = nullptr);

    QString title() const override { return tr("Security overview"); }
    void reload() override;

    const QList<SecurityFinding> &findings() const { return m_findings; }
    bool isLoading() const;
    QTreeWidget *tree() const { return m_tree; }
    MessageWidget *status() const { return m_status; }
    QPushButton *openButton() const { return m_open; }
    QLabel *adviceLabel() const { return m_advice; }
    // Writes the report to `path` (kind by its suffix: .csv or .pdf); false with `error`.
    bool exportReport(const QString &path, QString *error);

signals:
    // The page that puts a finding right, with the person, role or token to show (may be empty).
    void openRequested(SecurityFinding::Place place, const QString &subjectId);
    void loaded();

protected:
    void sessionReady() override;

private:
    void showFindings(const QList<SecurityFinding> &findings, const QDateTime &checkedAt);
    void showFailure(const QString &message);
    void showSelection();
    void openSelected();
    void openItem(QTreeWidgetItem *item);
    void chooseExport(const QString &suffix);
    // The finding an item belongs to (itself or its parent), nullptr for none.
    const SecurityFinding *findingOf(const QTreeWidgetItem *item) const;

    SecurityOverviewLoad *m_load;
    AccessTokenService *m_tokens;
    QList<SecurityFinding> m_findings;
    QDateTime m_checkedAt;
    QLabel *m_checked;
    QPushButton *m_refresh;
    QToolButton *m_export;
    MessageWidget *m_status;
    QTreeWidget *m_tree;
    QLabel *m_advice;
    QPushButton *m_open;
};
