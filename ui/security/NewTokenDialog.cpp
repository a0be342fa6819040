#include "ui/security/NewTokenDialog.h"

#include "domain/security/PlainText.h"
#include "ui/common/MessageWidget.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// Overwrites the characters of a string in place, including a buffer it shares with a widget
// (QLineEdit::text() hands out its own buffer). Static text (no allocated buffer) is skipped.
void overwriteShared(const QString &text)
{
    if (text.isEmpty() || !const_cast<QString::DataPointer &>(text.data_ptr()).d_ptr())
        return;
    volatile char16_t *data = reinterpret_cast<char16_t *>(const_cast<QChar *>(text.constData()));
    for (qsizetype i = 0; i < text.size(); ++i)
        data[i] = u'x';
}

} // namespace

NewTokenDialog::NewTokenDialog(NewAccessToken token, QWidget *parent)
    : QDialog(parent), m_token(std::move(token))
{
    // The title names the token, never shows it.
    setWindowTitle(
        tr("API token \"%1\" created").arg(PlainText::visible(m_token.item().name(), true)));
    auto *layout = new QVBoxLayout(this);
    m_warning = new MessageWidget(MessageWidget::Style::Banner, this);
    m_warning->showMessage(
        MessageWidget::Level::Warning,
        tr("Copy the token now and keep it somewhere safe, such as your password manager. "
           "It will not be shown again: epilot Admin does not keep it, and the server lists "
           "tokens without it."));
    layout->addWidget(m_warning);

    auto *row = new QHBoxLayout();
    m_field = new QLineEdit(this);
    m_field->setReadOnly(true);
    m_field->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_field->setAccessibleName(tr("New token"));
    {
        QString text = QString::fromUtf8(m_token.secret());
        m_field->setText(text);
        NewAccessToken::overwrite(text);
    }
    m_field->setCursorPosition(0);
    row->addWidget(m_field, 1);
    m_copy = new QPushButton(tr("&Copy"), this);
    connect(m_copy, &QPushButton::clicked, this, &NewTokenDialog::copy);
    row->addWidget(m_copy);
    layout->addLayout(row);

    auto *buttons = new QDialogButtonBox(this);
    m_clearClipboard = buttons->addButton(tr("C&lear clipboard"), QDialogButtonBox::ActionRole);
    m_clearClipboard->setEnabled(false);
    connect(m_clearClipboard, &QPushButton::clicked, this, &NewTokenDialog::clearClipboard);
    QPushButton *close =
        buttons->addButton(tr("I have copied it, close"), QDialogButtonBox::AcceptRole);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    layout->addWidget(buttons);
    resize(640, 200);
}

NewTokenDialog::~NewTokenDialog()
{
    forget();
}

void NewTokenDialog::copy()
{
    QString text = QString::fromUtf8(m_token.secret());
    if (text.isEmpty())
        return;
    QApplication::clipboard()->setText(text);
    NewAccessToken::overwrite(text);
    m_copied = true;
    m_clearClipboard->setEnabled(true);
    m_copy->setText(tr("Copied"));
}

void NewTokenDialog::clearClipboard()
{
    QClipboard *clipboard = QApplication::clipboard();
    const QByteArray held = clipboard->text().toUtf8();
    // Only the token is taken away: something copied since then stays.
    if (m_token.hasSecret() ? held == m_token.secret() : m_copied)
        clipboard->clear();
    m_clearClipboard->setEnabled(false);
}

void NewTokenDialog::done(int result)
{
    // Closing clears a clipboard that still holds the token: it was copied here for pasting
    // once, not to stay there.
    if (m_copied && m_clearClipboard->isEnabled())
        clearClipboard();
    forget();
    QDialog::done(result);
}

void NewTokenDialog::forget()
{
    if (m_field && !m_field->text().isEmpty()) {
        overwriteShared(m_field->text());
        m_field->clear();
    }
    m_token.wipe();
}
