#pragma once

#include "domain/common/FieldConflict.h"

#include <QDialog>
#include <QHash>
#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

// Shown when a save finds that someone else changed the record since the form loaded it: a
// table field | their version | your version | original, with a choice per conflicting row,
// and the buttons "Keep theirs", "Overwrite with mine", "Merge" and "Cancel".
//
// Two ways to ask (both honour the test seam below):
//  - ask(): asynchronous, window-modal, returns at once; `done` runs when the administrator has
//    chosen (never after `context` is gone). Use this from network callbacks and wherever a test
//    must keep running while the dialog is up (tests can find it with findChild<ConflictDialog*>
//    and click it).
//  - resolve(): modal (exec), returns the resolution and writes the per-field choices into
//    `conflict`.
// Either way the returned FieldConflict carries the choices for every resolution (KeepTheirs /
// Overwrite already applied), so callers just use conflict.merged() and FieldConflict::sends().
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    using Resolution = FieldConflict::Resolution;
    using Done = std::function<void(Resolution, const FieldConflict &)>;
    // Test seam: when set, ask()/resolve() build the real dialog, hand it to this function
    // instead of showing it, and take what it clicked (e.g. `dialog.mergeButton()->click()`).
    // A dialog the function leaves open is then shown as usual (ask) or counts as Cancel.
    using AutomaticAnswer = std::function<void(ConflictDialog &)>;

    explicit ConflictDialog(const FieldConflict &conflict, QWidget *parent = nullptr);

    static Resolution resolve(QWidget *parent, FieldConflict &conflict);
    static void ask(QWidget *parent, const FieldConflict &conflict, QObject *context, Done done);
    static void setAutomaticAnswer(AutomaticAnswer answer);
    // How many conflicts were put to the administrator (answered automatically or not).
    static int askedCount();

    // The conflict with the choices made so far (after a button: with the resolution applied).
    const FieldConflict &conflict() const { return m_conflict; }
    Resolution resolution() const { return m_resolution; }
    bool isAnswered() const { return m_answered; }

    QLabel *introLabel() const { return m_intro; }
    QTableWidget *table() const { return m_table; }
    // The per-row choice of a conflicting field (index 0 = theirs, 1 = mine); null elsewhere.
    QComboBox *choiceBox(const QString &key) const { return m_choices.value(key); }
    int rowOf(const QString &key) const { return m_rows.value(key, -1); }
    QPushButton *keepTheirsButton() const { return m_keepTheirs; }
    QPushButton *overwriteButton() const { return m_overwrite; }
    QPushButton *mergeButton() const { return m_merge; }
    QPushButton *cancelButton() const { return m_cancel; }

    enum Column { FieldColumn, TheirsColumn, MineColumn, BaseColumn, KeepColumn, ColumnCount };

    void done(int result) override;

private:
    void buildTable();
    void addRow(const FieldConflict::Field &field);
    void finish(Resolution resolution);

    FieldConflict m_conflict;
    Resolution m_resolution = Resolution::Cancel;
    bool m_answered = false;
    QLabel *m_intro;
    QTableWidget *m_table;
    QHash<QString, QComboBox *> m_choices;
    QHash<QString, int> m_rows;
    QPushButton *m_keepTheirs;
    QPushButton *m_overwrite;
    QPushButton *m_merge;
    QPushButton *m_cancel;
};
