#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;

// Chosen items as removable chips, with a searchable box to pick more (e.g. a user's roles by
// name). Picking an item from the box adds it at once; typing a name (or one of its aliases,
// e.g. a slug) and pressing Enter does too, and a name that matches nothing is named next to the
// box, nothing added.
// Self-managed (the default) it adds and removes its chips itself and says changed(); otherwise
// it only asks (addRequested, removeRequested, restoreRequested) and the host shows the outcome
// with setChips(), e.g. a removal marked until it is saved.
class ChipPicker : public QWidget
{
    Q_OBJECT
public:
    struct Option
    {
        QString key;
        QString label;
        QString toolTip;
        QStringList aliases; // also accepted when typed (case-insensitive)
    };
    enum class State {
        Normal,
        Added,   // new, not saved yet
        Removed, // to be removed when saved: struck through, with a button to keep it
        Problem, // unknown or not from this organization
    };
    struct Chip
    {
        QString key;
        QString label;
        QString toolTip;
        State state = State::Normal;
    };

    explicit ChipPicker(QWidget *parent = nullptr);

    void setSelfManaged(bool on) { m_selfManaged = on; }
    void setOptions(const QList<Option> &options);
    const QList<Option> &options() const { return m_options; }
    void setChips(const QList<Chip> &chips);
    const QList<Chip> &chips() const { return m_chips; }
    // The keys of the chips that are not marked removed.
    QStringList keys() const;
    void setPlaceholderText(const QString &text);
    // Shown instead of chips when there are none (e.g. "None").
    void setEmptyText(const QString &text);
    // "No role named "%1"…": the message for a typed name that matches nothing.
    void setUnknownText(const QString &text) { m_unknownText = text; }
    void setReadOnly(bool readOnly);

    QComboBox *picker() const { return m_box; }
    // The × (or keep) button of a chip; for tests and keyboard users.
    QToolButton *chipButton(const QString &key) const;
    QLabel *chipLabel(const QString &key) const;
    // Adds what is typed in the box; false (with a message at the box) when it matches nothing.
    bool addTyped();
    // The option a typed text stands for: label, key or alias, else the one label containing it.
    const Option *match(const QString &text) const;

signals:
    void addRequested(const QString &key);
    void removeRequested(const QString &key);
    void restoreRequested(const QString &key);
    void changed(); // self-managed: a chip was added or removed

private:
    void request(const QString &key, bool add);
    void rebuildChips();
    void placeChipsBeforeBox();
    void rebuildBox();

    QList<Option> m_options;
    QList<Chip> m_chips;
    QWidget *m_chipArea;
    QLabel *m_empty;
    QComboBox *m_box;
    QString m_unknownText;
    bool m_selfManaged = true;
    bool m_readOnly = false;
};
