#pragma once

#include "domain/common/JsonRecord.h"

#include <QList>
#include <QStringList>

// The organization's feature flags (getOrganizationFeatureSettings): a version and a list of
// flag objects whose fields vary; shown as a table with a column per field any flag has.
class FeatureSettings : public JsonRecord
{
public:
    FeatureSettings() = default;
    explicit FeatureSettings(const QJsonObject &json);

    QString version() const { return string(QStringLiteral("version")); }
    int flagCount() const { return int(m_flags.size()); }
    // Every field name any flag has, in the order first seen.
    const QStringList &columns() const { return m_columns; }
    // A flag's field as text (objects and arrays as compact JSON).
    QString cell(int flag, const QString &column) const;

private:
    QList<QJsonObject> m_flags;
    QStringList m_columns;
};

// Rows of objects whose fields vary (login parameters, feature flags) as text columns.
namespace JsonTable {
QStringList columnsOf(const QList<QJsonObject> &rows);
// Objects and arrays as compact JSON, a list of strings joined with ", ".
QString cellText(const QJsonValue &value);
} // namespace JsonTable
