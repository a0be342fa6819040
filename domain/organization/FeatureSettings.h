#pragma once

#include "domain/common/JsonRecord.h"

#include <QJsonArray>
#include <QList>

// One feature of the organization's feature settings (schema FeatureFlagMetadata): a switch
// whose state is the organization setting named like the feature. Unknown fields are kept.
class FeatureFlag : public JsonRecord
{
public:
    FeatureFlag() = default;
    explicit FeatureFlag(const QJsonObject &json) : JsonRecord(json) {}

    // The setting key that holds the state.
    QString name() const { return string(QStringLiteral("feature_name")); }
    // In the interface language when the text's key is known here, else its default_value,
    // else the feature name.
    QString title() const;
    QString description() const;
    // alpha, beta, new, advanced, experiment, deprecated, or empty.
    QString badge() const { return string(QStringLiteral("badge")); }
    // Can only be switched on, never off again.
    bool isOneWay() const { return boolean(QStringLiteral("one_way")); }
    // The switch shows the opposite of the setting ("on" = the setting disabled).
    bool isReverseChecked() const { return boolean(QStringLiteral("reverse_checked")); }
    bool isVisibleForPartner() const
    {
        return boolean(QStringLiteral("is_visible_for_partner"), true);
    }
    QJsonArray visibilityRules() const
    {
        return m_json.value(QStringLiteral("visibility_rules")).toArray();
    }

    // Whether the switch is on for this setting value (absent: the setting is off).
    bool isChecked(const QJsonValue &setting) const;
    // The setting value that puts the switch to `checked`, keeping the rest of `current`.
    QJsonValue settingFor(bool checked, const QJsonValue &current) const;
};

// What the visibility rules look at.
struct FeatureContext
{
    QJsonObject settings; // the organization's settings
    QString pricingTier;
    bool partnerOrganization = false;
};

enum class FeatureVisibility {
    Shown,
    Hidden,
    // Depends on something this application cannot read (epilot's release flags, the person's
    // permissions): shown, with a note.
    Unsure
};

// All rules must pass (implicit AND); and/or/not combine; unreadable rules count as Unsure.
FeatureVisibility visibilityOf(const FeatureFlag &feature, const FeatureContext &context);

// The organization's feature settings (getOrganizationFeatureSettings): a version and features.
class FeatureSettings : public JsonRecord
{
public:
    FeatureSettings() = default;
    explicit FeatureSettings(const QJsonObject &json);

    QString version() const { return string(QStringLiteral("version")); }
    const QList<FeatureFlag> &features() const { return m_features; }

    // A setting value read as on/off: true, or an object with "enabled": true.
    static bool isSettingEnabled(const QJsonValue &value);

private:
    QList<FeatureFlag> m_features;
};

// Rows of objects whose fields vary (login parameters) as text columns.
namespace JsonTable {
QStringList columnsOf(const QList<QJsonObject> &rows);
// Objects and arrays as compact JSON, a list of strings joined with ", ".
QString cellText(const QJsonValue &value);
} // namespace JsonTable
