#include "domain/common/JsonPath.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace {

struct Step
{
    enum class Kind { Member, Index, Wildcard, Descend } kind;
    QString name;
    int index = 0;
};

bool parse(const QString &path, QList<Step> *steps, QString *error)
{
    QString text = path.trimmed();
    if (text.startsWith(QLatin1Char('$')))
        text = text.mid(1);
    int i = 0;
    auto readName = [&] {
        const int start = i;
        while (i < text.size() && text.at(i) != QLatin1Char('.') && text.at(i) != QLatin1Char('['))
            ++i;
        return text.mid(start, i - start);
    };
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (text.mid(i, 2) == QLatin1String("..")) {
            i += 2;
            steps->append({Step::Kind::Descend, {}});
            const QString name = readName();
            if (!name.isEmpty())
                steps->append(
                    {name == QLatin1String("*") ? Step::Kind::Wildcard : Step::Kind::Member, name});
        } else if (c == QLatin1Char('.')) {
            ++i;
        } else if (c == QLatin1Char('[')) {
            const int end = text.indexOf(QLatin1Char(']'), i);
            if (end < 0) {
                *error = QCoreApplication::translate("JsonPath", "A '[' is not closed.");
                return false;
            }
            QString inner = text.mid(i + 1, end - i - 1).trimmed();
            i = end + 1;
            if (inner == QLatin1String("*")) {
                steps->append({Step::Kind::Wildcard, {}});
                continue;
            }
            if (inner.size() >= 2 && (inner.startsWith('\'') || inner.startsWith('"'))) {
                steps->append({Step::Kind::Member, inner.mid(1, inner.size() - 2)});
                continue;
            }
            bool ok = false;
            const int index = inner.toInt(&ok);
            if (!ok) {
                *error =
                    QCoreApplication::translate("JsonPath", "'%1' is not an index.").arg(inner);
                return false;
            }
            steps->append({Step::Kind::Index, {}, index});
        } else {
            const QString name = readName();
            steps->append(
                {name == QLatin1String("*") ? Step::Kind::Wildcard : Step::Kind::Member, name});
        }
    }
    return true;
}

void collectAll(const QJsonValue &value, QList<QJsonValue> *out)
{
    out->append(value);
    if (value.isObject()) {
        for (const QJsonValue &child : value.toObject())
            collectAll(child, out);
    } else if (value.isArray()) {
        for (const QJsonValue &child : value.toArray())
            collectAll(child, out);
    }
}

QList<QJsonValue> apply(const Step &step, const QList<QJsonValue> &current)
{
    QList<QJsonValue> next;
    for (const QJsonValue &value : current) {
        switch (step.kind) {
        case Step::Kind::Member:
            if (value.isObject() && value.toObject().contains(step.name))
                next.append(value.toObject().value(step.name));
            break;
        case Step::Kind::Index: {
            const QJsonArray array = value.toArray();
            const int index = step.index < 0 ? array.size() + step.index : step.index;
            if (value.isArray() && index >= 0 && index < array.size())
                next.append(array.at(index));
            break;
        }
        case Step::Kind::Wildcard:
            if (value.isObject()) {
                for (const QJsonValue &child : value.toObject())
                    next.append(child);
            } else if (value.isArray()) {
                for (const QJsonValue &child : value.toArray())
                    next.append(child);
            }
            break;
        case Step::Kind::Descend:
            collectAll(value, &next);
            break;
        }
    }
    return next;
}

} // namespace

QJsonValue JsonPath::evaluate(const QJsonValue &root, const QString &path, QString *error)
{
    QList<Step> steps;
    QString problem;
    if (!parse(path, &steps, &problem)) {
        if (error)
            *error = problem;
        return QJsonValue::Undefined;
    }
    QList<QJsonValue> current{root};
    bool many = false;
    for (const Step &step : steps) {
        many = many || step.kind == Step::Kind::Wildcard || step.kind == Step::Kind::Descend;
        current = apply(step, current);
    }
    if (!many)
        return current.isEmpty() ? QJsonValue(QJsonValue::Undefined) : current.first();
    QJsonArray matches;
    for (const QJsonValue &value : current)
        matches.append(value);
    return matches;
}
