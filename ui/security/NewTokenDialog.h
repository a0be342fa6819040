#pragma once

#include "domain/security/AccessToken.h"

#include <QDialog>

class QLineEdit;
class QPushButton;
class MessageWidget;

// Shows a new API token exactly once, with Copy and the warning that it will not be shown
// again. The token lives in this dialog only: closing it overwrites the dialog's copies (the
// field's text, the NewAccessToken bytes) as far as Qt allows. The clipboard is cleared on
// request ("Clear clipboard"), and when the dialog closes while the clipboard still holds it.
class NewTokenDialog : public QDialog
{
    Q_OBJECT
public:
    NewTokenDialog(NewAccessToken token, QWidget *parent = nullptr);
    ~NewTokenDialog() override;

    QLineEdit *tokenField() const { return m_field; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *clearClipboardButton() const { return m_clearClipboard; }
    MessageWidget *warning() const { return m_warning; }
    // Copies the token to the clipboard.
    void copy();
    // Empties the clipboard if it still holds the token.
    void clearClipboard();

    void done(int result) override;

private:
    void forget();

    NewAccessToken m_token;
    QLineEdit *m_field;
    QPushButton *m_copy;
    QPushButton *m_clearClipboard;
    MessageWidget *m_warning;
    bool m_copied = false;
};
