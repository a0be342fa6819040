#include "ui/partners/grants/RoleJsonPage.h"

#include "ui/common/MessageWidget.h"
#include "ui/partners/grants/GrantStyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QVBoxLayout>

RoleJsonPage::RoleJsonPage(QWidget *parent) : QWidget(parent)
{
    m_json = new QPlainTextEdit;
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_json->setFont(mono);
    m_status = new MessageWidget(MessageWidget::Style::Inline);
    auto *applyButton = new QPushButton(tr("Apply JSON"));
    auto *revertButton = new QPushButton(tr("Discard JSON edits"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_status, 1);
    row->addWidget(revertButton);
    row->addWidget(applyButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        GrantStyle::hintLabel(tr("The whole role as JSON. Edit it and apply, or switch back to "
                                 "the tree: JSON that does not parse or fit is refused and "
                                 "never saved.")));
    layout->addWidget(m_json, 1);
    layout->addLayout(row);

    connect(m_json, &QPlainTextEdit::textChanged, this, [this] {
        if (m_filling)
            return;
        m_pending = true;
        m_status->showInfo(tr("Edited — apply or switch to the tree to use it."));
        emit edited();
    });
    connect(applyButton, &QPushButton::clicked, this, &RoleJsonPage::applyRequested);
    connect(revertButton, &QPushButton::clicked, this, &RoleJsonPage::discardRequested);
}

void RoleJsonPage::showText(const QString &text)
{
    if (m_pending)
        return;
    m_filling = true;
    m_json->setPlainText(text);
    m_filling = false;
}

void RoleJsonPage::reset(const QString &text)
{
    m_pending = false;
    m_status->clear();
    showText(text);
}

QString RoleJsonPage::text() const
{
    return m_json->toPlainText();
}

void RoleJsonPage::showError(const QString &message, int line)
{
    m_status->showError(message);
    const QTextBlock block = m_json->document()->findBlockByNumber(line - 1);
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    cursor.select(QTextCursor::LineUnderCursor);
    m_json->setTextCursor(cursor);
}

void RoleJsonPage::showApplied()
{
    m_pending = false;
    m_status->showPositive(tr("Applied."));
}

void RoleJsonPage::setReadOnly(bool readOnly)
{
    m_json->setReadOnly(readOnly);
}
