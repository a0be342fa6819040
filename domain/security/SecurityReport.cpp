#include "domain/security/SecurityReport.h"

#include "domain/common/CsvText.h"

#include <QLocale>
#include <QRegularExpression>

SecurityReport::SecurityReport(QList<SecurityFinding> findings, QDateTime checkedAt,
                               QString organization)
    : m_findings(std::move(findings)), m_checkedAt(std::move(checkedAt)),
      m_organization(std::move(organization))
{
}

QString SecurityReport::outcome(const SecurityFinding &finding) const
{
    if (!finding.notChecked.isEmpty())
        return tr("not checked: %1").arg(finding.notChecked);
    return finding.passed() ? tr("passed") : tr("found");
}

QByteArray SecurityReport::csv() const
{
    const auto line = [](const QStringList &cells) {
        QByteArray text;
        for (const QString &cell : cells) {
            if (!text.isEmpty())
                text += ',';
            text += CsvText::cell(cell);
        }
        return text + "\r\n";
    };
    QByteArray out = line({tr("Organization"), tr("Checked at (UTC)"), tr("Check"), tr("Outcome"),
                           tr("Finding"), tr("Concerns"), tr("Id"), tr("Detail")});
    const QString when = m_checkedAt.toUTC().toString(Qt::ISODate);
    for (const SecurityFinding &finding : m_findings) {
        const QStringList common{m_organization, when, finding.checkName(), outcome(finding),
                                 finding.title()};
        if (finding.subjects.isEmpty())
            out += line(common + QStringList{QString(), QString(), QString()});
        for (const SecurityFinding::Subject &subject : finding.subjects)
            out += line(common + QStringList{subject.label, subject.id, subject.detail});
    }
    return out;
}

QString SecurityReport::html() const
{
    const auto escaped = [](const QString &text) { return text.toHtmlEscaped(); };
    QString out = QStringLiteral("<html><body style=\"font-family: sans-serif\">");
    out += QStringLiteral("<h1>%1</h1>").arg(escaped(tr("Security overview")));
    out += QStringLiteral("<p>%1<br>%2</p>")
               .arg(escaped(tr("Organization: %1").arg(m_organization)),
                    escaped(tr("Checked at: %1")
                                .arg(QLocale().toString(m_checkedAt.toLocalTime(),
                                                        QLocale::LongFormat))));
    for (const SecurityFinding &finding : m_findings) {
        out += QStringLiteral("<h2>%1</h2>").arg(escaped(finding.title()));
        out += QStringLiteral("<p><i>%1</i> · %2</p>")
                   .arg(escaped(outcome(finding)), escaped(finding.advice()));
        if (finding.subjects.isEmpty())
            continue;
        out += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                              "width=\"100%\"><tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                   .arg(escaped(tr("Concerns")), escaped(tr("Id")), escaped(tr("Detail")));
        for (const SecurityFinding::Subject &subject : finding.subjects)
            out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                       .arg(escaped(subject.label), escaped(subject.id), escaped(subject.detail));
        out += QStringLiteral("</table>");
    }
    return out + QStringLiteral("</body></html>");
}

QString SecurityReport::fileName(const QString &suffix) const
{
    QString organization = m_organization;
    organization.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")), QStringLiteral("-"));
    return QStringLiteral("security-overview-%1-%2.%3")
        .arg(organization.toLower(), m_checkedAt.toUTC().date().toString(Qt::ISODate), suffix);
}
