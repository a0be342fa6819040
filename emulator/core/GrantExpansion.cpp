#include "emulator/core/GrantExpansion.h"

#include <QJsonDocument>
#include <QSet>

std::optional<QJsonArray> expandGrantDependencies(const QJsonArray &grants, const GrantCheck &check,
                                                  QString *error)
{
    QJsonArray flat;
    QSet<QByteArray> seen;
    const auto add = [&](const QJsonObject &grant) {
        const QByteArray key = QJsonDocument(grant).toJson(QJsonDocument::Compact);
        if (!seen.contains(key)) {
            seen.insert(key);
            flat.append(grant);
        }
    };
    for (qsizetype index = 0; index < grants.size(); ++index) {
        const QString where = QStringLiteral("grants[%1]").arg(index);
        const std::optional<QJsonObject> grant = check(grants.at(index), where, error);
        if (!grant)
            return std::nullopt;
        add(*grant);
        const QJsonValue dependencies =
            grants.at(index).toObject().value(QStringLiteral("dependencies"));
        if (dependencies.isUndefined() || dependencies.isNull())
            continue;
        if (!dependencies.isArray()) {
            *error = QStringLiteral("%1.dependencies must be an array").arg(where);
            return std::nullopt;
        }
        const QJsonArray list = dependencies.toArray();
        for (qsizetype dependency = 0; dependency < list.size(); ++dependency) {
            const std::optional<QJsonObject> expanded =
                check(list.at(dependency),
                      QStringLiteral("%1.dependencies[%2]").arg(where).arg(dependency), error);
            if (!expanded)
                return std::nullopt;
            add(*expanded);
        }
    }
    return flat;
}
