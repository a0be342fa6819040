#include "ui/common/FieldMessage.h"

#include "ui/common/Theme.h"

#include <QAbstractSpinBox>
#include <QBoxLayout>
#include <QComboBox>
#include <QFormLayout>
#include <QGraphicsDropShadowEffect>
#include <QGridLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace {

const char *const kMessageProperty = "epilotFieldMessage";
const char *const kInvalidProperty = "invalid";

} // namespace

FieldMessage::FieldMessage(QWidget *field) : QLabel(field->parentWidget()), m_field(field)
{
    setObjectName(QStringLiteral("fieldMessage"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setStyleSheet(Theme::textStyle(Theme::Color::ErrorText) + QStringLiteral(" font-size: 90%;"));
    setAccessibleName(tr("Problem"));
    // One line of room even when empty: a message that comes and goes must not move the buttons.
    ensurePolished();
    setMinimumHeight(fontMetrics().height());
    field->setProperty(kMessageProperty, QVariant::fromValue<QObject *>(this));
    // The field may go before its message (a dialog row rebuilt): then the message goes too.
    connect(field, &QObject::destroyed, this, &QObject::deleteLater);
    place();
    watchEdits();
}

FieldMessage *FieldMessage::show(QWidget *field, const QString &text)
{
    if (!field)
        return nullptr;
    FieldMessage *message = of(field);
    if (!message)
        message = new FieldMessage(field);
    message->setText(text);
    message->m_shownFor = valueOf(field);
    message->setVisible(true);
    message->mark(true);
    field->setAccessibleDescription(text);
    return message;
}

void FieldMessage::reserve(QWidget *field)
{
    if (field && !of(field))
        new FieldMessage(field);
}

bool FieldMessage::report(QWidget *field, const QString &problem)
{
    if (problem.isEmpty()) {
        clear(field);
        return false;
    }
    show(field, problem);
    return true;
}

FieldMessage *FieldMessage::of(const QWidget *field)
{
    if (!field)
        return nullptr;
    return qobject_cast<FieldMessage *>(field->property(kMessageProperty).value<QObject *>());
}

QString FieldMessage::textOf(const QWidget *field)
{
    const FieldMessage *message = of(field);
    return message ? message->text() : QString();
}

void FieldMessage::clear(QWidget *field)
{
    FieldMessage *message = of(field);
    if (!message || !message->isShown())
        return;
    // Emptied, not hidden, and as tall as it was (a long message wraps): nothing below moves.
    if (message->isVisible()) // laid out: its height is the room it took
        message->setMinimumHeight(qMax(message->minimumHeight(), message->height()));
    message->setText(QString());
    message->mark(false);
    field->setAccessibleDescription(QString());
}

void FieldMessage::clearAll(QWidget *root)
{
    if (!root)
        return;
    const auto messages = root->findChildren<FieldMessage *>();
    for (FieldMessage *message : messages)
        clear(message->field());
}

void FieldMessage::mark(bool on)
{
    m_field->setProperty(kInvalidProperty, on);
    // An effect, not a style sheet: forms tint changed fields with style sheets of their own.
    if (on) {
        if (!qobject_cast<QGraphicsDropShadowEffect *>(m_field->graphicsEffect())) {
            auto *outline = new QGraphicsDropShadowEffect; // owned by the field once set
            outline->setColor(Theme::color(Theme::Color::ErrorText, m_field->palette()));
            outline->setOffset(0, 0);
            outline->setBlurRadius(8);
            m_field->setGraphicsEffect(outline);
        }
    } else if (qobject_cast<QGraphicsDropShadowEffect *>(m_field->graphicsEffect())) {
        m_field->setGraphicsEffect(nullptr);
    }
}

void FieldMessage::place()
{
    QWidget *parent = m_field->parentWidget();
    if (parent && parent->layout() && insertInto(parent->layout()))
        return;
    // No layout knows the field: float the message just below it.
    move(m_field->geometry().bottomLeft() + QPoint(0, 2));
    adjustSize();
    raise();
}

// Puts the message into the layout that holds the field: the next form row, the next place in
// a vertical box, after the field in a horizontal box, the cell below in a grid.
bool FieldMessage::insertInto(QLayout *layout)
{
    if (auto *form = qobject_cast<QFormLayout *>(layout)) {
        int row = -1;
        QFormLayout::ItemRole role;
        form->getWidgetPosition(m_field, &row, &role);
        if (row < 0) {
            for (int index = 0; index < form->rowCount() && row < 0; ++index) {
                QLayoutItem *item = form->itemAt(index, QFormLayout::FieldRole);
                if (item && item->layout() && item->layout()->indexOf(m_field) >= 0)
                    row = index;
            }
        }
        if (row >= 0) {
            form->insertRow(row + 1, QString(), this);
            return true;
        }
    } else if (auto *box = qobject_cast<QBoxLayout *>(layout)) {
        const bool across = box->direction() == QBoxLayout::LeftToRight ||
                            box->direction() == QBoxLayout::RightToLeft;
        for (int index = 0; index < box->count(); ++index) {
            QLayoutItem *item = box->itemAt(index);
            // A field in a row (with its buttons, say) gets the message under the whole row:
            // squeezed in beside the field it would have no room to be read.
            const bool holds = item->widget() == m_field ||
                               (!across && item->layout() && item->layout()->indexOf(m_field) >= 0);
            if (holds && (!across || item->widget() == m_field)) {
                box->insertWidget(index + 1, this);
                return true;
            }
        }
    } else if (auto *grid = qobject_cast<QGridLayout *>(layout)) {
        const int index = grid->indexOf(m_field);
        if (index >= 0) {
            int row, column, rowSpan, columnSpan;
            grid->getItemPosition(index, &row, &column, &rowSpan, &columnSpan);
            if (!grid->itemAtPosition(row + rowSpan, column)) {
                grid->addWidget(this, row + rowSpan, column, 1, columnSpan);
                return true;
            }
        }
    }
    for (int index = 0; index < layout->count(); ++index) {
        QLayout *inner = layout->itemAt(index)->layout();
        if (inner && inner->indexOf(m_field) >= 0 && insertInto(inner))
            return true;
    }
    for (int index = 0; index < layout->count(); ++index) {
        QLayout *inner = layout->itemAt(index)->layout();
        if (inner && insertInto(inner))
            return true;
    }
    return false;
}

// The message is about the value as it was: any edit of the field takes it away.
// The text a field holds, for the fields whose edits take the message away.
QString FieldMessage::valueOf(const QWidget *field)
{
    if (auto *line = qobject_cast<const QLineEdit *>(field))
        return line->text();
    if (auto *plain = qobject_cast<const QPlainTextEdit *>(field))
        return plain->toPlainText();
    if (auto *rich = qobject_cast<const QTextEdit *>(field))
        return rich->toPlainText();
    if (auto *combo = qobject_cast<const QComboBox *>(field))
        return combo->currentText();
    return {};
}

void FieldMessage::watchEdits()
{
    // Only a value other than the one the message was about clears it (a form may check as
    // people type, then show the message in the same edit).
    auto clearField = [this] {
        if (valueOf(m_field) != m_shownFor)
            clear(m_field);
    };
    if (auto *line = qobject_cast<QLineEdit *>(m_field))
        connect(line, &QLineEdit::textEdited, this, clearField);
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(m_field))
        connect(plain, &QPlainTextEdit::textChanged, this, clearField);
    else if (auto *rich = qobject_cast<QTextEdit *>(m_field))
        connect(rich, &QTextEdit::textChanged, this, clearField);
    else if (auto *combo = qobject_cast<QComboBox *>(m_field))
        connect(combo, &QComboBox::currentTextChanged, this, clearField);
}
