#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <functional>

// A three-way comparison of an editor's flat fields, made when a save finds that the record
// changed on the server since the form loaded it (the APIs have no ETags):
//   base   = the value the form was loaded from,
//   mine   = the value in the form now,
//   theirs = the value on the server now (fetched again just before PATCH/PUT).
// A field is a conflict when both sides changed it to different values. Fields only they changed
// are taken over, fields only I changed are sent; for conflicts a per-field Choice decides.
//
// Editors do not run this by hand: controllers/ConflictCheckedSave does, roughly so:
//   FieldConflict conflict;
//   conflict.add("phone", tr("Phone"), base, mine, theirs);      // once per editable field
//   if (!conflict.hasConflicts()) {                               // nothing to ask
//       const FieldConflict::Merge merge = conflict.merged();      // take their other changes
//       form = merge.values; loadedCopy = latest; send(merge.changes);
//   } else {
//       ConflictDialog::ask(this, conflict, this, [](auto resolution, const auto &chosen) {
//           if (resolution == FieldConflict::Resolution::Cancel) return;   // form unchanged
//           const auto merge = chosen.merged(); form = merge.values; loadedCopy = latest;
//           if (FieldConflict::sends(resolution)) save();  // re-fetch and compare again
//       });
//   }
// Values are compared as JSON; an absent value (Undefined) equals null. Normalise what the form
// cannot tell apart (e.g. null and "" in a line edit) before adding.
class FieldConflict
{
    Q_DECLARE_TR_FUNCTIONS(FieldConflict)
public:
    enum class Change {
        None,    // nobody changed it
        Mine,    // only I changed it: my value is sent
        Theirs,  // only they changed it: their value is taken over
        Same,    // both changed it to the same value: nothing to do
        Conflict // both changed it to different values: the Choice decides
    };
    enum class Choice { Theirs, Mine };
    // What the administrator decided in the dialog.
    enum class Resolution {
        Cancel,     // keep the form as it is, unsaved
        KeepTheirs, // their values for every conflict, my other edits stay in the form unsent
        Overwrite,  // my values for every conflict, then save
        Merge       // each conflict as its Choice says, then save
    };
    // Shows a value for people; the default is displayText().
    using Formatter = std::function<QString(const QJsonValue &)>;

    struct Field
    {
        QString key;
        QString label; // translated, for people
        QJsonValue base;
        QJsonValue mine;
        QJsonValue theirs;
        Change change = Change::None;
        Choice choice = Choice::Theirs;
        Formatter formatter;

        bool isConflict() const { return change == Change::Conflict; }
        // The value the form holds after the merge: theirs unless I changed it and it is mine.
        QJsonValue merged() const;
        QString baseText() const { return text(base); }
        QString mineText() const { return text(mine); }
        QString theirsText() const { return text(theirs); }
        QString text(const QJsonValue &value) const;
    };

    // The outcome of merged().
    struct Merge
    {
        QJsonObject values;  // every field: what the form shows now
        QJsonObject base;    // every field: the new "loaded" copy (theirs)
        QJsonObject changes; // fields whose value differs from theirs: what to send
    };

    void add(const QString &key, const QString &label, const QJsonValue &base,
             const QJsonValue &mine, const QJsonValue &theirs, Formatter formatter = {});

    const QList<Field> &fields() const { return m_fields; }
    int indexOf(const QString &key) const;
    const Field *field(const QString &key) const;

    QStringList conflicting() const { return keys(Change::Conflict); }
    QStringList changedByThem() const { return keys(Change::Theirs); }
    QStringList changedByMe() const { return keys(Change::Mine); }
    bool hasConflicts() const { return !conflicting().isEmpty(); }
    // Did anyone change anything since the form was loaded?
    bool theyChangedAnything() const;
    // The conflicting fields' labels, "A, B", for messages.
    QString conflictingLabels() const;

    // Only conflicting fields have a choice; setting one elsewhere is ignored.
    void setChoice(const QString &key, Choice choice);
    Choice choice(const QString &key) const;
    // KeepTheirs / Overwrite set every conflict's choice; Merge and Cancel keep the choices.
    void apply(Resolution resolution);
    // Whether the resolution ends in a save (Overwrite, Merge).
    static bool sends(Resolution resolution);

    Merge merged() const;

    // Text for people: strings as they are, null/absent as "(empty)", booleans as yes/no,
    // objects and arrays as compact JSON.
    static QString displayText(const QJsonValue &value);
    // JSON equality where an absent value equals null.
    static bool same(const QJsonValue &left, const QJsonValue &right);

private:
    QStringList keys(Change change) const;

    QList<Field> m_fields;
};
