#include "ui/partners/grants/WhatIfPage.h"

#include "domain/grants/GrantCatalog.h"
#include "ui/partners/grants/GrantStyle.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

WhatIfPage::WhatIfPage(QWidget *parent) : QWidget(parent)
{
    m_action = new QComboBox;
    m_action->setEditable(true);
    m_action->addItems(GrantCatalog::commonActions());
    m_resource = new QLineEdit;
    m_resource->setPlaceholderText(tr("e.g. entity:739224:opportunity:4f1c…"));
    m_attributes = new QTableWidget(4, 2);
    m_attributes->setHorizontalHeaderLabels({tr("Attribute"), tr("Value")});
    m_attributes->horizontalHeader()->setStretchLastSection(true);
    m_attributes->horizontalHeader()->resizeSection(0, 260);
    m_attributes->verticalHeader()->hide();
    m_attributes->setMaximumHeight(150);
    auto *check = new QPushButton(tr("Check"));
    m_result = new QLabel;
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *form = new QFormLayout;
    form->addRow(tr("Action:"), m_action);
    form->addRow(tr("Resource:"), m_resource);
    form->addRow(tr("Attribute values:"), m_attributes);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(GrantStyle::hintLabel(
        tr("Would this role (as edited, not yet saved) allow it? An approximation of the "
           "server's rules: an explicit deny wins over any allow, every condition of a grant "
           "must hold, and without an allow nothing is allowed. Other roles of the user are "
           "not considered.")));
    layout->addLayout(form);
    auto *row = new QHBoxLayout;
    row->addWidget(check);
    row->addStretch();
    layout->addLayout(row);
    layout->addWidget(m_result, 1);
    connect(check, &QPushButton::clicked, this, &WhatIfPage::checkRequested);
}

WhatIfCheck::Question WhatIfPage::question() const
{
    WhatIfCheck::Question question;
    question.action = m_action->currentText().trimmed();
    question.resource = m_resource->text().trimmed();
    for (int row = 0; row < m_attributes->rowCount(); ++row) {
        const QTableWidgetItem *attribute = m_attributes->item(row, 0);
        const QTableWidgetItem *value = m_attributes->item(row, 1);
        if (attribute && !attribute->text().trimmed().isEmpty())
            question.attributes.insert(attribute->text().trimmed(),
                                       value ? value->text().trimmed() : QString());
    }
    return question;
}

WhatIfCheck::Answer WhatIfPage::check(const QList<Grant> &grants)
{
    const WhatIfCheck::Answer answer = WhatIfCheck::evaluate(grants, question());
    showAnswer(answer);
    return answer;
}

void WhatIfPage::showAnswer(const WhatIfCheck::Answer &answer)
{
    const bool allowed = answer.decision == WhatIfCheck::Decision::Allowed;
    const QString color = GrantStyle::effectColor(allowed ? "allow" : "deny").name();
    QString html = QStringLiteral("<p style='font-size:large'><b style='color:%1'>%2</b></p>")
                       .arg(color, WhatIfCheck::decisionLabel(answer.decision).toHtmlEscaped());
    if (!answer.deciding.isEmpty()) {
        html += QStringLiteral("<p>%1</p><ul>").arg(tr("Decided by:").toHtmlEscaped());
        for (const Grant &grant : answer.deciding)
            html += QStringLiteral("<li>%1</li>").arg(grant.summary().toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    for (const QString &note : answer.notes)
        html += QStringLiteral("<p><i>%1</i></p>").arg(note.toHtmlEscaped());
    html += QStringLiteral("<p><i>%1</i></p>")
                .arg(tr("Approximation of the server's evaluation, for this role alone.")
                         .toHtmlEscaped());
    m_result->setText(html);
}
