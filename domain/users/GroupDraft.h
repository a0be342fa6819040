#pragma once

#include "domain/common/FieldConflict.h"
#include "domain/users/Group.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <functional>

// What the create/edit dialog collects, turned into CreateGroupReq / UpdateGroupReq bodies.
struct GroupDraft
{
    QString name;
    QString abbreviation;
    QStringList gradientColors; // [base, accent], "#rrggbb"; empty for none
    QStringList memberIds;

    static GroupDraft from(const Group &group);
    // Empty when valid, else what is wrong, for people.
    QString validate() const;
    QJsonObject createBody() const;
    // Only what differs from `before`; image_uri keeps the group's other image fields.
    QJsonObject changesFrom(const Group &before) const;

    // The editable fields as flat JSON: name, abbreviation, gradient_colors, user_ids.
    QJsonObject values() const;
    static GroupDraft fromValues(const QJsonObject &values);
    // The editable fields of values() for a conflict-checked save: key, label for people and
    // how a value reads ("#0588f0, #3358d4", "Ann, Bob"). `labels` names member ids when asked.
    struct Field
    {
        QString key;
        QString label;
        FieldConflict::Formatter formatter;
    };
    using Labels = std::function<QHash<QString, QString>()>;
    static QList<Field> fields(const Labels &labels = {});
    // Three-way comparison of fields(): `base` is the group the dialog loaded, this draft is the
    // form, `latest` the group on the server now. `labels` names member ids for people.
    FieldConflict compare(const Group &base, const Group &latest,
                          const QHash<QString, QString> &labels = {}) const;
};
