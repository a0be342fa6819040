#include "ui/common/JsonEditor.h"

#include "ui/common/MessageWidget.h"
#include "ui/common/Theme.h"

#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QVBoxLayout>

namespace {

// Parses any JSON value by wrapping it in an array, since QJsonDocument holds no scalars.
QJsonValue parseValue(const QByteArray &text, QJsonParseError *error)
{
    const QJsonDocument wrapped = QJsonDocument::fromJson('[' + text + ']', error);
    if (error->error != QJsonParseError::NoError)
        return QJsonValue::Undefined;
    if (wrapped.array().size() != 1) {
        error->error = QJsonParseError::GarbageAtEnd;
        error->offset = int(text.size());
        return QJsonValue::Undefined;
    }
    return wrapped.array().first();
}

} // namespace

JsonEditor::JsonEditor(QWidget *parent)
    : QWidget(parent), m_edit(new QPlainTextEdit(this)),
      m_status(new MessageWidget(MessageWidget::Style::Inline, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setTabChangesFocus(true);
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_status);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        check();
        emit textChanged();
    });
    check();
}

QString JsonEditor::text() const
{
    return m_edit->toPlainText();
}

void JsonEditor::setText(const QString &text)
{
    m_edit->setPlainText(text);
    check();
}

void JsonEditor::setValue(const QJsonValue &value)
{
    setText(pretty(value));
}

QString JsonEditor::pretty(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented))
            .trimmed();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented))
            .trimmed();
    if (value.isUndefined())
        return {};
    // A scalar: serialize inside an array and strip the brackets.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QJsonValue JsonEditor::value() const
{
    QJsonParseError error;
    return parseValue(m_edit->toPlainText().toUtf8(), &error);
}

QByteArray JsonEditor::compactJson() const
{
    const QJsonValue parsed = value();
    if (parsed.isUndefined())
        return {};
    const QByteArray wrapped = QJsonDocument(QJsonArray{parsed}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

void JsonEditor::setEmptyAllowed(bool allowed)
{
    m_emptyAllowed = allowed;
    check();
}

void JsonEditor::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
}

void JsonEditor::check()
{
    const QString previous = m_error;
    const QByteArray text = m_edit->toPlainText().toUtf8();
    QList<QTextEdit::ExtraSelection> marks;
    if (text.trimmed().isEmpty()) {
        m_error =
            m_emptyAllowed ? QString() : tr("Empty: enter a JSON value, e.g. {} or \"text\".");
    } else {
        QJsonParseError error;
        parseValue(text, &error);
        if (error.error == QJsonParseError::NoError) {
            m_error.clear();
        } else {
            // The offset counts the '[' we wrapped around the text.
            const int offset = qBound(0, error.offset - 1, int(text.size()));
            const QString before = QString::fromUtf8(text.left(offset));
            const int line = int(before.count(QLatin1Char('\n'))) + 1;
            const int column = int(before.size() - before.lastIndexOf(QLatin1Char('\n')));
            m_error = tr("Line %1, column %2: %3").arg(line).arg(column).arg(error.errorString());
            QTextEdit::ExtraSelection mark;
            mark.cursor = QTextCursor(m_edit->document()->findBlockByNumber(line - 1));
            mark.cursor.select(QTextCursor::LineUnderCursor);
            mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            mark.format.setUnderlineColor(Theme::color(Theme::Color::ErrorText, palette()));
            mark.format.setBackground(Theme::color(Theme::Color::ErrorBackground, palette()));
            marks.append(mark);
        }
    }
    m_edit->setExtraSelections(marks);
    if (m_error.isEmpty())
        m_status->showPositive(tr("Valid JSON"));
    else
        m_status->showError(m_error);
    if (previous.isEmpty() != m_error.isEmpty())
        emit validityChanged(m_error.isEmpty());
}
