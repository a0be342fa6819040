#pragma once

#include "domain/security/SecurityFindings.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// The security overview as a dated report an auditor can keep: CSV (one line per person, role or
// token concerned, and one per check that passed or could not run) and HTML for the PDF.
// Every value from the server is escaped, never interpreted.
class SecurityReport
{
    Q_DECLARE_TR_FUNCTIONS(SecurityReport)
public:
    SecurityReport(QList<SecurityFinding> findings, QDateTime checkedAt, QString organization);

    QByteArray csv() const;
    QString html() const;
    // "security-overview-739224-2026-12-04.csv"
    QString fileName(const QString &suffix) const;

private:
    QString outcome(const SecurityFinding &finding) const;

    QList<SecurityFinding> m_findings;
    QDateTime m_checkedAt;
    QString m_organization;
};
