#pragma once

#include <QLabel>

class QLayout;

// A short red message placed right under (or beside) the form field it is about, with the field
// outlined in red, so a person sees which value is wrong before anything is sent. The message
// goes away as soon as the field is edited. Forms call show() for each bad value and refuse to
// send while any is shown. Once placed, a message keeps one line of height even when empty, so
// messages coming and going never move the buttons below; reserve() places it before the first
// problem, for fields a form checks.
class FieldMessage : public QLabel
{
    Q_OBJECT
public:
    // Shows `text` next to `field` (replacing an earlier message) and marks the field.
    static FieldMessage *show(QWidget *field, const QString &text);
    // Shows `problem` at `field`, or clears the field's message when `problem` is empty.
    // True when there is a problem; forms chain these and refuse to send on any.
    static bool report(QWidget *field, const QString &problem);
    // Places an empty message under `field` now, so a later problem takes no new room.
    static void reserve(QWidget *field);
    // Removes the message and the mark of `field` (nothing when there is none); its room stays.
    static void clear(QWidget *field);
    // Removes every message shown for fields inside `root`.
    static void clearAll(QWidget *root);
    // The message shown for `field`, or nullptr.
    static FieldMessage *of(const QWidget *field);
    // The message text for `field` (empty when none); for tests and screen readers.
    static QString textOf(const QWidget *field);

    QWidget *field() const { return m_field; }
    bool isShown() const { return !text().isEmpty(); }

private:
    explicit FieldMessage(QWidget *field);
    void place();
    bool insertInto(QLayout *layout);
    void watchEdits();
    void mark(bool on);
    static QString valueOf(const QWidget *field);

    QWidget *m_field;
    QString m_shownFor; // the field's value the message is about
};
