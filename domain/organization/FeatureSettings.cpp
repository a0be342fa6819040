#include "domain/organization/FeatureSettings.h"

#include "domain/organization/SettingValue.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>

namespace {

// The texts of known features by their translation key, so they read in the interface
// language; the English source is epilot's default_value. Unknown keys show default_value.
const QHash<QString, const char *> &knownTexts()
{
    static const QHash<QString, const char *> texts{
        {QStringLiteral("canary_setting.title"),
         QT_TRANSLATE_NOOP("FeatureTexts", "Canary Updates")},
        {QStringLiteral("canary_setting.description"),
         QT_TRANSLATE_NOOP("FeatureTexts",
                           "Receive new features before they are released to everyone.")},
        {QStringLiteral("double_opt_in_setting.title"),
         QT_TRANSLATE_NOOP("FeatureTexts", "Double Opt-in")},
        {QStringLiteral("double_opt_in_setting.description"),
         QT_TRANSLATE_NOOP("FeatureTexts", "Ask contacts to confirm their consent by e-mail.")},
        {QStringLiteral("email_tracking_setting.title"),
         QT_TRANSLATE_NOOP("FeatureTexts", "E-mail Tracking")},
        {QStringLiteral("email_tracking_setting.description"),
         QT_TRANSLATE_NOOP("FeatureTexts", "Track opens and clicks of e-mails sent from epilot.")},
        {QStringLiteral("advanced_mode_setting.title"),
         QT_TRANSLATE_NOOP("FeatureTexts", "Advanced Mode")},
        {QStringLiteral("advanced_mode_setting.description"),
         QT_TRANSLATE_NOOP("FeatureTexts",
                           "Show configuration options for experienced administrators.")},
        {QStringLiteral("partner_portal_setting.title"),
         QT_TRANSLATE_NOOP("FeatureTexts", "Installer Portal")},
        {QStringLiteral("partner_portal_setting.description"),
         QT_TRANSLATE_NOOP("FeatureTexts",
                           "Collaborate with installers and partners in a shared portal.")},
        {QStringLiteral("ai_assistant_setting.title"),
         QT_TRANSLATE_NOOP("FeatureTexts", "AI Assistant")},
        {QStringLiteral("ai_assistant_setting.description"),
         QT_TRANSLATE_NOOP("FeatureTexts", "Let epilot AI summarise e-mails and suggest replies.")},
        {QStringLiteral("new_navigation_setting.title"),
         QT_TRANSLATE_NOOP("FeatureTexts", "New Navigation")},
        {QStringLiteral("new_navigation_setting.description"),
         QT_TRANSLATE_NOOP("FeatureTexts",
                           "Switch to the redesigned navigation. This cannot be undone.")},
        {QStringLiteral("disable_legacy_journeys_setting.title"),
         QT_TRANSLATE_NOOP("FeatureTexts", "Legacy Journeys")},
        {QStringLiteral("disable_legacy_journeys_setting.description"),
         QT_TRANSLATE_NOOP("FeatureTexts", "Keep the journey builder of 2021 available.")},
    };
    return texts;
}

// An I18nString ({key, default_value}) in the interface language.
QString i18nText(const QJsonObject &text, const QString &fallback)
{
    const QString key = text.value(QStringLiteral("key")).toString();
    if (const char *source = knownTexts().value(key, nullptr))
        return QCoreApplication::translate("FeatureTexts", source);
    const QString defaultValue = text.value(QStringLiteral("default_value")).toString();
    return defaultValue.isEmpty() ? fallback : defaultValue;
}

int tierRank(const QString &tier)
{
    static const QStringList order{QStringLiteral("free"), QStringLiteral("essential"),
                                   QStringLiteral("professional"), QStringLiteral("enterprise")};
    return int(order.indexOf(tier.toLower()));
}

FeatureVisibility both(FeatureVisibility a, FeatureVisibility b)
{
    if (a == FeatureVisibility::Hidden || b == FeatureVisibility::Hidden)
        return FeatureVisibility::Hidden;
    if (a == FeatureVisibility::Unsure || b == FeatureVisibility::Unsure)
        return FeatureVisibility::Unsure;
    return FeatureVisibility::Shown;
}

FeatureVisibility either(FeatureVisibility a, FeatureVisibility b)
{
    if (a == FeatureVisibility::Shown || b == FeatureVisibility::Shown)
        return FeatureVisibility::Shown;
    if (a == FeatureVisibility::Unsure || b == FeatureVisibility::Unsure)
        return FeatureVisibility::Unsure;
    return FeatureVisibility::Hidden;
}

FeatureVisibility passes(bool pass)
{
    return pass ? FeatureVisibility::Shown : FeatureVisibility::Hidden;
}

FeatureVisibility evaluate(const QJsonObject &rule, const FeatureContext &context, int depth = 0)
{
    if (depth > 16) // a rule nested this deep is not meant; do not recurse forever
        return FeatureVisibility::Unsure;
    const QString type = rule.value(QStringLiteral("type")).toString();
    const QString settingKey = rule.value(QStringLiteral("setting_key")).toString();
    if (type == QLatin1String("always"))
        return FeatureVisibility::Shown;
    if (type == QLatin1String("never"))
        return FeatureVisibility::Hidden;
    if (type == QLatin1String("advanced_mode")) // the organization's advanced mode setting
        return passes(FeatureSettings::isSettingEnabled(
            context.settings.value(QStringLiteral("advanced_mode"))));
    if (type == QLatin1String("setting_enabled"))
        return passes(FeatureSettings::isSettingEnabled(context.settings.value(settingKey)));
    if (type == QLatin1String("pricing_tier")) {
        // The organization's tier, at least the named one.
        const int needed = tierRank(settingKey);
        const int has = tierRank(context.pricingTier);
        if (context.pricingTier.isEmpty())
            return FeatureVisibility::Unsure;
        if (needed < 0 || has < 0)
            return passes(settingKey.compare(context.pricingTier, Qt::CaseInsensitive) == 0);
        return passes(has >= needed);
    }
    if (type == QLatin1String("not")) {
        const FeatureVisibility inner =
            evaluate(rule.value(QStringLiteral("rule")).toObject(), context, depth + 1);
        return inner == FeatureVisibility::Unsure ? inner
                                                  : passes(inner == FeatureVisibility::Hidden);
    }
    if (type == QLatin1String("and") || type == QLatin1String("or")) {
        const bool all = type == QLatin1String("and");
        FeatureVisibility result = all ? FeatureVisibility::Shown : FeatureVisibility::Hidden;
        for (const QJsonValue &child : rule.value(QStringLiteral("rules")).toArray()) {
            const FeatureVisibility one = evaluate(child.toObject(), context, depth + 1);
            result = all ? both(result, one) : either(result, one);
        }
        return result;
    }
    // feature_flag, flag_enabled, permission and types added later: not readable here.
    return FeatureVisibility::Unsure;
}

} // namespace

QString FeatureFlag::title() const
{
    return i18nText(object(QStringLiteral("title")), name());
}

QString FeatureFlag::description() const
{
    return i18nText(object(QStringLiteral("description")), {});
}

bool FeatureFlag::isChecked(const QJsonValue &setting) const
{
    return FeatureSettings::isSettingEnabled(setting) != isReverseChecked();
}

QJsonValue FeatureFlag::settingFor(bool checked, const QJsonValue &current) const
{
    const bool enabled = checked != isReverseChecked();
    if (current.isBool())
        return enabled;
    if (current.isObject())
        return SettingValue::withEnabled(current, enabled);
    return QJsonObject{{QStringLiteral("enabled"), enabled}};
}

FeatureVisibility visibilityOf(const FeatureFlag &feature, const FeatureContext &context)
{
    if (context.partnerOrganization && !feature.isVisibleForPartner())
        return FeatureVisibility::Hidden;
    FeatureVisibility result = FeatureVisibility::Shown;
    for (const QJsonValue &rule : feature.visibilityRules())
        result = both(result, evaluate(rule.toObject(), context));
    return result;
}

FeatureSettings::FeatureSettings(const QJsonObject &json) : JsonRecord(json)
{
    for (const QJsonValue &feature : json.value(QStringLiteral("feature_flags")).toArray()) {
        if (feature.isObject())
            m_features << FeatureFlag(feature.toObject());
    }
}

bool FeatureSettings::isSettingEnabled(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    return SettingValue::isSwitch(value) && SettingValue::isEnabled(value);
}

QStringList JsonTable::columnsOf(const QList<QJsonObject> &rows)
{
    QStringList columns;
    for (const QJsonObject &row : rows) {
        for (auto it = row.begin(); it != row.end(); ++it) {
            if (!columns.contains(it.key()))
                columns << it.key();
        }
    }
    return columns;
}

QString JsonTable::cellText(const QJsonValue &value)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        bool strings = true;
        QStringList parts;
        for (const QJsonValue &item : array) {
            strings = strings && item.isString();
            parts << item.toString();
        }
        if (strings)
            return parts.join(QStringLiteral(", "));
        return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
    }
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.toString();
}
