#include "domain/common/FieldConflict.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

FieldConflict::Change changeOf(const QJsonValue &base, const QJsonValue &mine,
                               const QJsonValue &theirs)
{
    const bool mineChanged = !FieldConflict::same(base, mine);
    const bool theirsChanged = !FieldConflict::same(base, theirs);
    if (mineChanged && theirsChanged)
        return FieldConflict::same(mine, theirs) ? FieldConflict::Change::Same
                                                 : FieldConflict::Change::Conflict;
    if (mineChanged)
        return FieldConflict::Change::Mine;
    return theirsChanged ? FieldConflict::Change::Theirs : FieldConflict::Change::None;
}

} // namespace

QJsonValue FieldConflict::Field::merged() const
{
    const bool takeMine =
        change == Change::Mine || (change == Change::Conflict && choice == Choice::Mine);
    return takeMine ? mine : theirs;
}

QString FieldConflict::Field::text(const QJsonValue &value) const
{
    return formatter ? formatter(value) : displayText(value);
}

void FieldConflict::add(const QString &key, const QString &label, const QJsonValue &base,
                        const QJsonValue &mine, const QJsonValue &theirs, Formatter formatter)
{
    Field field{key,
                label,
                base,
                mine,
                theirs,
                changeOf(base, mine, theirs),
                Choice::Theirs,
                std::move(formatter)};
    const int existing = indexOf(key);
    if (existing >= 0)
        m_fields[existing] = field;
    else
        m_fields.append(field);
}

int FieldConflict::indexOf(const QString &key) const
{
    for (int index = 0; index < m_fields.size(); ++index) {
        if (m_fields.at(index).key == key)
            return index;
    }
    return -1;
}

const FieldConflict::Field *FieldConflict::field(const QString &key) const
{
    const int index = indexOf(key);
    return index < 0 ? nullptr : &m_fields.at(index);
}

QStringList FieldConflict::keys(Change change) const
{
    QStringList result;
    for (const Field &field : m_fields) {
        if (field.change == change)
            result << field.key;
    }
    return result;
}

bool FieldConflict::theyChangedAnything() const
{
    for (const Field &field : m_fields) {
        if (!same(field.base, field.theirs))
            return true;
    }
    return false;
}

QString FieldConflict::conflictingLabels() const
{
    QStringList labels;
    for (const Field &field : m_fields) {
        if (field.isConflict())
            labels << field.label;
    }
    return labels.join(QLatin1String(", "));
}

void FieldConflict::setChoice(const QString &key, Choice choice)
{
    const int index = indexOf(key);
    if (index >= 0 && m_fields.at(index).isConflict())
        m_fields[index].choice = choice;
}

FieldConflict::Choice FieldConflict::choice(const QString &key) const
{
    const Field *found = field(key);
    return found ? found->choice : Choice::Theirs;
}

void FieldConflict::apply(Resolution resolution)
{
    if (resolution != Resolution::KeepTheirs && resolution != Resolution::Overwrite)
        return;
    const Choice choice = resolution == Resolution::KeepTheirs ? Choice::Theirs : Choice::Mine;
    for (Field &field : m_fields) {
        if (field.isConflict())
            field.choice = choice;
    }
}

bool FieldConflict::sends(Resolution resolution)
{
    return resolution == Resolution::Overwrite || resolution == Resolution::Merge;
}

FieldConflict::Merge FieldConflict::merged() const
{
    Merge merge;
    for (const Field &field : m_fields) {
        const QJsonValue value = field.merged();
        merge.values.insert(field.key, value);
        merge.base.insert(field.key, field.theirs);
        if (!same(value, field.theirs))
            merge.changes.insert(field.key, value);
    }
    return merge;
}

QString FieldConflict::displayText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return tr("(empty)");
    case QJsonValue::Bool:
        return value.toBool() ? tr("yes") : tr("no");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::String:
        return value.toString().isEmpty() ? tr("(empty)") : value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

bool FieldConflict::same(const QJsonValue &left, const QJsonValue &right)
{
    const auto nothing = [](const QJsonValue &value) {
        return value.isNull() || value.isUndefined();
    };
    if (nothing(left) || nothing(right))
        return nothing(left) && nothing(right);
    return left == right;
}
