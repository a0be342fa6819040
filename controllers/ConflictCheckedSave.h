#pragma once

#include "domain/common/FieldConflict.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <functional>

// The one conflict-checked save that every editor rides on (the APIs have no ETags):
//   1. read the record again from the server,
//   2. compare field by field: what the form loaded (base), what it holds (mine), the server now
//      (theirs),
//   3. take over what only the other person changed (rebased(), the form shows it),
//   4. on fields both changed, ask (the Ask function, e.g. ConflictDialog::ask) or stop with
//      conflicted() until resolve() gets the administrator's choice,
//   5. send only the fields that differ from the server's copy,
//   6. report exactly one outcome per save(): saved(), conflicted (Cancel / Keep theirs) or
//   failed().
// Records are flat JSON objects of the editable fields (key -> value; nested fields use dotted
// keys, lists are one array value). The editor supplies how to read and send its record; nothing
// here knows a widget, so the same flow runs under every form.
class ConflictCheckedSave : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Saved, Conflicted, Failed };
    Q_ENUM(Outcome)

    struct Field
    {
        QString key;
        QString label; // translated, for the conflict dialog
        FieldConflict::Formatter formatter = {};
    };
    using Values = std::function<void(const QJsonObject &values)>;
    using Failure = std::function<void(const QString &message)>;
    // Reads the record's current editable values; calls exactly one of the two, with `context`
    // as the guard (never after it is destroyed).
    using Read = std::function<void(QObject *context, Values done, Failure failed)>;
    // Sends `changes` (a subset of the fields); `done` gets the stored values (or the sent ones
    // merged over theirs when the API answers with less).
    using Send = std::function<void(const QJsonObject &changes, const QJsonObject &theirs,
                                    QObject *context, Values done, Failure failed)>;
    using Answer = std::function<void(FieldConflict::Resolution, const FieldConflict &chosen)>;
    using Ask = std::function<void(const FieldConflict &conflict, Answer answer)>;

    ConflictCheckedSave(QList<Field> fields, Read read, Send send, QObject *parent = nullptr);

    // Without an Ask, a conflict stops the save with conflicted() until resolve() is called; a
    // save() meanwhile ends that one as Conflicted and starts over.
    void setAsk(Ask ask) { m_ask = std::move(ask); }

    // What the form was loaded from; drops the answers of a save still running.
    void setBase(const QJsonObject &base);
    const QJsonObject &base() const { return m_base; }
    // The fields of `mine` that differ from the loaded copy.
    QJsonObject changes(const QJsonObject &mine) const;
    // The three-way comparison a save makes: base(), `mine` (absent keys count as unchanged),
    // `theirs`.
    FieldConflict compare(const QJsonObject &mine, const QJsonObject &theirs) const;

    void save(const QJsonObject &mine);
    void resolve(FieldConflict::Resolution resolution, const FieldConflict &chosen);
    bool isSaving() const { return m_saving; }
    // The comparison behind the last conflict (for tests and the dialog).
    const FieldConflict &lastConflict() const { return m_conflict; }

signals:
    // The server's copy is the new loaded one; the form shows `values` (their changes, my edits).
    void rebased(const QJsonObject &values, const QJsonObject &base);
    // Both sides changed these fields; emitted before asking.
    void conflicted(const FieldConflict &conflict);
    void saved(const QJsonObject &stored);
    void failed(const QString &message);
    void finished(ConflictCheckedSave::Outcome outcome);

private:
    void compareAndSend(const QJsonObject &mine, const QJsonObject &theirs, quint64 generation);
    void send(const QJsonObject &changes, const QJsonObject &theirs, quint64 generation);
    void finish(Outcome outcome, const QString &message = {});

    QList<Field> m_fields;
    Read m_read;
    Send m_send;
    Ask m_ask;
    QJsonObject m_base;
    FieldConflict m_conflict;
    bool m_saving = false;
    bool m_awaitingResolve = false; // stopped at a conflict without an Ask
    quint64 m_generation = 0;       // setBase() and every save(): older answers are dropped
};
