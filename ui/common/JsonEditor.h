#pragma once

#include <QJsonValue>
#include <QWidget>

class MessageWidget;
class QPlainTextEdit;

// A text editor for one JSON value that checks the JSON as you type and shows where it is
// wrong (line, column, the offending line underlined). Any JSON value is accepted, scalars
// included, as setting values may be strings or numbers.
class JsonEditor : public QWidget
{
    Q_OBJECT
public:
    explicit JsonEditor(QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    // Shows the value pretty-printed.
    void setValue(const QJsonValue &value);
    // The parsed value; Undefined while the text is not valid JSON.
    QJsonValue value() const;
    // The value as compact JSON text (what gets sent).
    QByteArray compactJson() const;
    bool isValid() const { return m_error.isEmpty(); }
    QString errorMessage() const { return m_error; }
    // Empty text counts as valid when allowed (optional bodies).
    void setEmptyAllowed(bool allowed);
    void setReadOnly(bool readOnly);
    QPlainTextEdit *textEdit() const { return m_edit; }

    static QString pretty(const QJsonValue &value);

signals:
    void textChanged();
    void validityChanged(bool valid);

private:
    void check();

    QPlainTextEdit *m_edit;
    MessageWidget *m_status;
    QString m_error;
    bool m_emptyAllowed = false;
};
