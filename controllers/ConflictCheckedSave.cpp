#include "controllers/ConflictCheckedSave.h"

#include <QPointer>
#include <utility>

ConflictCheckedSave::ConflictCheckedSave(QList<Field> fields, Read read, Send send, QObject *parent)
    : QObject(parent), m_fields(std::move(fields)), m_read(std::move(read)), m_send(std::move(send))
{
}

void ConflictCheckedSave::setBase(const QJsonObject &base)
{
    m_base = base;
    m_saving = false;
    m_awaitingResolve = false;
    ++m_generation;
}

QJsonObject ConflictCheckedSave::changes(const QJsonObject &mine) const
{
    QJsonObject changed;
    for (const Field &field : m_fields)
        if (mine.contains(field.key) &&
            !FieldConflict::same(mine.value(field.key), m_base.value(field.key)))
            changed.insert(field.key, mine.value(field.key));
    return changed;
}

FieldConflict ConflictCheckedSave::compare(const QJsonObject &mine, const QJsonObject &theirs) const
{
    FieldConflict conflict;
    for (const Field &field : m_fields)
        conflict.add(field.key, field.label, m_base.value(field.key),
                     mine.contains(field.key) ? mine.value(field.key) : m_base.value(field.key),
                     theirs.value(field.key), field.formatter);
    return conflict;
}

void ConflictCheckedSave::save(const QJsonObject &mine)
{
    if (std::exchange(m_awaitingResolve, false)) // the unanswered conflict's save ends first
        finish(Outcome::Conflicted, tr("Not saved: someone else changed %1 meanwhile.")
                                        .arg(m_conflict.conflictingLabels()));
    if (m_saving)
        return;
    m_saving = true;
    const quint64 generation = ++m_generation;
    m_read(
        this,
        [this, mine, generation](const QJsonObject &theirs) {
            if (generation == m_generation)
                compareAndSend(mine, theirs, generation);
        },
        [this, generation](const QString &message) {
            if (generation == m_generation)
                finish(Outcome::Failed, message);
        });
}

void ConflictCheckedSave::compareAndSend(const QJsonObject &mine, const QJsonObject &theirs,
                                         quint64 generation)
{
    const FieldConflict conflict = compare(mine, theirs);
    m_conflict = conflict;
    if (conflict.hasConflicts()) {
        emit conflicted(conflict);
        if (!m_ask) {
            m_awaitingResolve = true;
            return; // waits for resolve() or another save()
        }
        QPointer<ConflictCheckedSave> guard(this);
        m_ask(conflict, [guard, generation](FieldConflict::Resolution resolution,
                                            const FieldConflict &chosen) {
            if (guard && generation == guard->m_generation)
                guard->resolve(resolution, chosen);
        });
        return;
    }
    const FieldConflict::Merge merge = conflict.merged();
    if (conflict.theyChangedAnything()) {
        m_base = merge.base;
        emit rebased(merge.values, merge.base);
    }
    send(merge.changes, merge.base, generation);
}

void ConflictCheckedSave::resolve(FieldConflict::Resolution resolution, const FieldConflict &chosen)
{
    if (!m_saving)
        return;
    m_awaitingResolve = false;
    if (resolution == FieldConflict::Resolution::Cancel) {
        finish(Outcome::Conflicted,
               tr("Not saved: someone else changed %1 meanwhile.").arg(chosen.conflictingLabels()));
        return;
    }
    FieldConflict decided = chosen;
    decided.apply(resolution);
    const FieldConflict::Merge merge = decided.merged();
    m_base = merge.base;
    emit rebased(merge.values, merge.base);
    if (!FieldConflict::sends(resolution)) {
        finish(Outcome::Conflicted,
               tr("Their version is shown; your other edits are kept, not saved yet."));
        return;
    }
    // Read and compare once more: it may have changed again while the dialog was open.
    m_saving = false;
    save(merge.values);
}

void ConflictCheckedSave::send(const QJsonObject &changes, const QJsonObject &theirs,
                               quint64 generation)
{
    if (changes.isEmpty()) {
        m_base = theirs;
        emit saved(theirs);
        finish(Outcome::Saved);
        return;
    }
    m_send(
        changes, theirs, this,
        [this, generation, changes, theirs](const QJsonObject &stored) {
            if (generation != m_generation)
                return;
            QJsonObject base = theirs;
            for (auto it = changes.begin(); it != changes.end(); ++it)
                base.insert(it.key(), it.value());
            for (auto it = stored.begin(); it != stored.end(); ++it)
                base.insert(it.key(), it.value());
            m_base = base;
            emit saved(base);
            finish(Outcome::Saved);
        },
        [this, generation](const QString &message) {
            if (generation == m_generation)
                finish(Outcome::Failed, message);
        });
}

void ConflictCheckedSave::finish(Outcome outcome, const QString &message)
{
    m_saving = false;
    if (outcome != Outcome::Saved)
        emit failed(message);
    emit finished(outcome);
}
