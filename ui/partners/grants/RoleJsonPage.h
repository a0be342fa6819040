#pragma once

#include <QWidget>

class MessageWidget;
class QPlainTextEdit;

// The JSON page: the whole role as JSON text. Typing makes it "pending" until the editor applies
// it (Apply, or switching back to the tree) or it is discarded.
class RoleJsonPage : public QWidget
{
    Q_OBJECT
public:
    explicit RoleJsonPage(QWidget *parent = nullptr);

    // Shows the draft's JSON unless edits are pending.
    void showText(const QString &text);
    // Drops pending edits and shows `text`.
    void reset(const QString &text);
    QString text() const;
    bool isPending() const { return m_pending; }
    void showError(const QString &message, int line);
    void showApplied();
    void setReadOnly(bool readOnly);

    QPlainTextEdit *edit() const { return m_json; }
    MessageWidget *status() const { return m_status; }

signals:
    void edited();
    void applyRequested();
    void discardRequested();

private:
    QPlainTextEdit *m_json;
    MessageWidget *m_status;
    bool m_pending = false;
    bool m_filling = false;
};
