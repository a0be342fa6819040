#include "emulator/organization/OrganizationApiModule.h"

#include "emulator/core/DemoIds.h"
#include "emulator/core/EmulatorRouter.h"
#include "emulator/core/EmulatorStore.h"
#include "emulator/core/ModuleSupport.h"
#include "emulator/partners/PartnerDirectorySeed.h"
#include "emulator/partners/PartnerRegistry.h"
#include "emulator/core/PayloadReader.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <algorithm>

namespace {

const QString kOrganizations = QStringLiteral("organizations");
const QString kSettings = QStringLiteral("orgSettings");
const QString kUsers = QStringLiteral("users");

// Larger setting values are refused; the real service keeps settings in one DynamoDB item.
constexpr qsizetype kMaxSettingValueBytes = 64 * 1024;
constexpr qsizetype kMaxSettingKeyLength = 128;

// Profile fields a PATCH may change; everything else (id, created_date, type, pricing_tier, ...)
// belongs to the API and is ignored when sent back, so a client may PATCH what it read.
const QStringList kTextFields = {
    QStringLiteral("name"),      QStringLiteral("email"),    QStringLiteral("phone"),
    QStringLiteral("website"),   QStringLiteral("logo_url"), QStringLiteral("logo_thumbnail_url"),
    QStringLiteral("signature"),
};
const QStringList kAddressFields = {QStringLiteral("country"), QStringLiteral("city"),
                                    QStringLiteral("postal_code"), QStringLiteral("street"),
                                    QStringLiteral("street_number")};

QJsonObject mergeObjects(QJsonObject base, const QJsonObject &patch)
{
    for (auto it = patch.begin(); it != patch.end(); ++it)
        base.insert(it.key(), it.value());
    return base;
}

QJsonObject i18n(const QString &key, const QString &text)
{
    return {{QStringLiteral("key"), key}, {QStringLiteral("default_value"), text}};
}

QJsonObject rule(const QString &type, const QString &field = {}, const QString &value = {})
{
    QJsonObject object{{QStringLiteral("type"), type}};
    if (!field.isEmpty())
        object.insert(field, value);
    return object;
}

QJsonObject flag(const QString &name, const QString &title, const QString &description,
                 const QJsonArray &rules, const QJsonObject &extra = {})
{
    QJsonObject object{
        {QStringLiteral("feature_name"), name},
        {QStringLiteral("title"), i18n(name + QStringLiteral("_setting.title"), title)},
        {QStringLiteral("description"),
         i18n(name + QStringLiteral("_setting.description"), description)},
        {QStringLiteral("visibility_rules"), rules},
    };
    return mergeObjects(object, extra);
}

} // namespace

OrganizationApiModule::OrganizationApiModule(EmulatorStore &store) : m_store(store) {}

void OrganizationApiModule::registerRoutes(EmulatorRouter &router)
{
    // Literal paths first: "/v2/organization/{org_id}" would also match them.
    router.add("GET", QStringLiteral("/v2/organization/feature-settings"), Access::Secured,
               [this](const EmulatorRequest &request) { return getFeatureSettings(request); });
    router.add("GET", QStringLiteral("/v2/feature-settings"), Access::Secured,
               [this](const EmulatorRequest &request) { return getFeatureSettings(request); });
    router.add("GET", QStringLiteral("/v2/organization/current"), Access::Secured,
               [this](const EmulatorRequest &request) { return getCurrentOrganization(request); });
    router.add("GET", QStringLiteral("/v2/organization/{org_id}/settings"), Access::Secured,
               [this](const EmulatorRequest &request) { return getSettings(request); });
    router.add("PUT", QStringLiteral("/v2/organization/{org_id}/settings/{key}"), Access::Secured,
               [this](const EmulatorRequest &request) { return putSettingsValue(request); });
    router.add("DELETE", QStringLiteral("/v2/organization/{org_id}/settings/{key}"),
               Access::Secured,
               [this](const EmulatorRequest &request) { return deleteSettingsValue(request); });
    router.add("GET", QStringLiteral("/v2/organization/{org_id}"), Access::Secured,
               [this](const EmulatorRequest &request) { return getOrganization(request); });
    router.add("PATCH", QStringLiteral("/v2/organization/{org_id}"), Access::Secured,
               [this](const EmulatorRequest &request) { return updateOrganization(request); });
}

// ---- access -------------------------------------------------------------------------------------

bool OrganizationApiModule::isMemberOf(const Caller &caller, const QString &organizationId) const
{
    if (caller.organizationId == organizationId)
        return true;
    // A user may belong to several organizations (switchOrganization); the User API keeps them.
    const QJsonObject user = m_store.get(kUsers, caller.userId);
    if (user.value(QStringLiteral("organization_id")).toString() == organizationId)
        return true;
    const QJsonArray organizations = user.value(QStringLiteral("_org_ids")).toArray();
    return organizations.contains(QJsonValue(organizationId));
}

bool OrganizationApiModule::isConnectedPartner(const QString &callerOrganizationId,
                                               const QString &organizationId) const
{
    return !PartnerRegistry::connectedPartner(m_store, callerOrganizationId, organizationId)
                .isEmpty();
}

std::optional<EmulatorResponse> OrganizationApiModule::refuseAccess(const Caller &caller,
                                                                    const QString &organizationId,
                                                                    Audience audience) const
{
    const bool member = isMemberOf(caller, organizationId);
    if (member)
        return std::nullopt;
    if (!m_store.contains(kOrganizations, organizationId))
        return EmulatorResponse::error(
            404, QStringLiteral("Organization %1 not found").arg(organizationId));
    // Connected partner organizations may be looked at, never changed.
    if (audience == Audience::MembersAndPartners &&
        isConnectedPartner(caller.organizationId, organizationId))
        return std::nullopt;
    return EmulatorResponse::error(
        403, QStringLiteral("You do not have access to organization %1").arg(organizationId));
}

QJsonObject OrganizationApiModule::organizationDocument(const QString &organizationId) const
{
    QJsonObject document = m_store.get(kOrganizations, organizationId);
    if (document.isEmpty()) {
        // An organization created elsewhere (e.g. signUpUser) before it has a profile.
        document = {{QStringLiteral("id"), organizationId},
                    {QStringLiteral("organization_use"), QStringLiteral("Production")}};
    }
    return document;
}

QString OrganizationApiModule::settingId(const QString &organizationId, const QString &key)
{
    return organizationId + QLatin1Char('/') + key;
}

QJsonObject OrganizationApiModule::organizationView(const QJsonObject &document)
{
    // Documents written elsewhere (signUpUser keeps the sign-up form's extra fields) may hold
    // values of other types under the Organization schema's names; those are left out.
    QJsonObject view = ModuleSupport::stripInternal(document);
    const auto keepIf = [&view](const QString &field, auto &&fits) {
        if (view.contains(field) && !fits(view.value(field)))
            view.remove(field);
    };
    const auto stringOrNull = [](const QJsonValue &value) {
        return value.isString() || value.isNull();
    };
    for (const QString &field : kTextFields)
        keepIf(field, stringOrNull);
    for (const char *field : {"symbol", "pricing_tier", "parent_production_org_id"})
        keepIf(QLatin1String(field), stringOrNull);
    keepIf(QStringLiteral("created_date"),
           [](const QJsonValue &value) { return value.isString(); });
    keepIf(QStringLiteral("organization_use"), [](const QJsonValue &value) {
        return value.isNull() || value == QLatin1String("Production") ||
               value == QLatin1String("Sandbox");
    });
    keepIf(QStringLiteral("type"), [](const QJsonValue &value) {
        return value.isNull() || value == QLatin1String("Vendor") ||
               value == QLatin1String("Partner");
    });
    keepIf(QStringLiteral("is_unlicensed_org"),
           [](const QJsonValue &value) { return value.isBool() || value.isNull(); });
    keepIf(QStringLiteral("free_user_limit"),
           [](const QJsonValue &value) { return value.isDouble() || value.isNull(); });
    keepIf(QStringLiteral("style"),
           [](const QJsonValue &value) { return value.isObject() || value.isNull(); });
    keepIf(QStringLiteral("tags"), [](const QJsonValue &value) {
        if (value.isNull())
            return true;
        const QJsonArray tags = value.toArray();
        return value.isArray() && std::all_of(tags.begin(), tags.end(),
                                              [](const QJsonValue &tag) { return tag.isString(); });
    });
    keepIf(QStringLiteral("address"), [](const QJsonValue &value) {
        const QJsonObject address = value.toObject();
        return value.isObject() &&
               std::all_of(kAddressFields.begin(), kAddressFields.end(), [&](const QString &part) {
                   return !address.contains(part) || address.value(part).isString() ||
                          address.value(part).isNull();
               });
    });
    return view;
}

// ---- organization -------------------------------------------------------------------------------

EmulatorResponse OrganizationApiModule::getCurrentOrganization(const EmulatorRequest &request) const
{
    return EmulatorResponse::json(
        200, organizationView(organizationDocument(request.caller.organizationId)));
}

EmulatorResponse OrganizationApiModule::getOrganization(const EmulatorRequest &request) const
{
    const QString organizationId = request.pathParams.value(QStringLiteral("org_id"));
    if (auto refusal = refuseAccess(request.caller, organizationId, Audience::MembersAndPartners))
        return *refusal;
    return EmulatorResponse::json(200, organizationView(organizationDocument(organizationId)));
}

EmulatorResponse OrganizationApiModule::updateOrganization(const EmulatorRequest &request)
{
    const QString organizationId = request.pathParams.value(QStringLiteral("org_id"));
    if (auto refusal = refuseAccess(request.caller, organizationId, Audience::MembersOnly))
        return *refusal;
    if (!request.hasBody || !request.body.isObject())
        return EmulatorResponse::error(
            400,
            QStringLiteral("The request body must be a JSON object with the fields to update"));

    const QJsonObject patch = request.body.toObject();
    PayloadReader reader(patch);
    QJsonObject document = organizationDocument(organizationId);

    for (const QString &field : kTextFields) {
        if (!patch.contains(field))
            continue;
        const QJsonValue value = patch.value(field);
        if (value.isNull() && field != QLatin1String("name")) {
            document.insert(field, QJsonValue::Null);
            continue;
        }
        const std::optional<QString> text =
            field == QLatin1String("email")
                ? reader.optionalEmail(field)
                : reader.optionalString(field, field != QLatin1String("name"));
        if (field == QLatin1String("name") && value.isNull())
            reader.fail(QStringLiteral("name must not be null"));
        if (text)
            document.insert(field, *text);
    }
    if (patch.contains(QStringLiteral("address"))) {
        const QJsonValue address = patch.value(QStringLiteral("address"));
        if (address.isNull()) {
            document.insert(QStringLiteral("address"), QJsonValue::Null);
        } else if (!address.isObject()) {
            reader.fail(QStringLiteral("address must be an object, not %1")
                            .arg(PayloadReader::typeName(address)));
        } else {
            const QJsonObject addressPatch = address.toObject();
            for (const QString &field : kAddressFields) {
                const QJsonValue part = addressPatch.value(field);
                if (addressPatch.contains(field) && !part.isString() && !part.isNull())
                    reader.fail(QStringLiteral("address.%1 must be a string or null, not %2")
                                    .arg(field, PayloadReader::typeName(part)));
            }
            document.insert(
                QStringLiteral("address"),
                mergeObjects(document.value(QStringLiteral("address")).toObject(), addressPatch));
        }
    }
    if (patch.contains(QStringLiteral("style"))) {
        const QJsonValue style = patch.value(QStringLiteral("style"));
        if (!style.isObject() && !style.isNull())
            reader.fail(QStringLiteral("style must be an object or null, not %1")
                            .arg(PayloadReader::typeName(style)));
        document.insert(QStringLiteral("style"), style);
    }
    if (!reader.ok())
        return EmulatorResponse::error(400, reader.error());

    document.insert(QStringLiteral("id"), organizationId);
    m_store.put(kOrganizations, organizationId, document);
    return EmulatorResponse::json(200, organizationView(document));
}

// ---- settings -----------------------------------------------------------------------------------

EmulatorResponse OrganizationApiModule::getSettings(const EmulatorRequest &request) const
{
    const QString organizationId = request.pathParams.value(QStringLiteral("org_id"));
    if (auto refusal = refuseAccess(request.caller, organizationId, Audience::MembersOnly))
        return *refusal;
    QJsonObject settings;
    const QList<QJsonObject> documents = m_store.all(kSettings);
    for (const QJsonObject &document : documents) {
        if (document.value(QStringLiteral("org_id")).toString() == organizationId)
            settings.insert(document.value(QStringLiteral("key")).toString(),
                            document.value(QStringLiteral("value")));
    }
    return EmulatorResponse::json(200, settings);
}

EmulatorResponse OrganizationApiModule::putSettingsValue(const EmulatorRequest &request)
{
    const QString organizationId = request.pathParams.value(QStringLiteral("org_id"));
    const QString key = request.pathParams.value(QStringLiteral("key"));
    if (auto refusal = refuseAccess(request.caller, organizationId, Audience::MembersOnly))
        return *refusal;

    static const QRegularExpression keyPattern(QStringLiteral("^[A-Za-z0-9_.:-]+$"));
    if (key.isEmpty() || key.size() > kMaxSettingKeyLength || !keyPattern.match(key).hasMatch())
        return EmulatorResponse::error(
            400, QStringLiteral("Setting key must be 1 to %1 characters of letters, digits, "
                                "'_', '.', ':' or '-'")
                     .arg(kMaxSettingKeyLength));
    if (!request.hasBody || request.body.isNull() || request.body.isUndefined())
        return EmulatorResponse::error(
            400, QStringLiteral("The request body must hold the setting value (a string, number, "
                                "boolean, array of objects or object)"));
    const QJsonValue value = request.body;
    if (value.isArray()) {
        const QJsonArray items = value.toArray();
        for (qsizetype index = 0; index < items.size(); ++index) {
            if (!items.at(index).isObject())
                return EmulatorResponse::error(
                    400, QStringLiteral("An array setting value may only hold objects; item %1 "
                                        "is %2")
                             .arg(index)
                             .arg(PayloadReader::typeName(items.at(index))));
        }
    }
    const QByteArray serialized =
        value.isObject()  ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
        : value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                          : value.toVariant().toString().toUtf8();
    if (serialized.size() > kMaxSettingValueBytes)
        return EmulatorResponse::error(400, QStringLiteral("Setting value is larger than 64 KiB"));

    m_store.put(kSettings, settingId(organizationId, key),
                {{QStringLiteral("org_id"), organizationId},
                 {QStringLiteral("key"), key},
                 {QStringLiteral("value"), value},
                 {QStringLiteral("updated_at"), ModuleSupport::nowIso()}});
    return EmulatorResponse::json(200, value);
}

EmulatorResponse OrganizationApiModule::deleteSettingsValue(const EmulatorRequest &request)
{
    const QString organizationId = request.pathParams.value(QStringLiteral("org_id"));
    const QString key = request.pathParams.value(QStringLiteral("key"));
    if (auto refusal = refuseAccess(request.caller, organizationId, Audience::MembersOnly))
        return *refusal;
    if (!m_store.remove(kSettings, settingId(organizationId, key)))
        return EmulatorResponse::error(
            404,
            QStringLiteral("Setting %1 not found in organization %2").arg(key, organizationId));
    return EmulatorResponse::json(200, QJsonObject());
}

// ---- feature settings ---------------------------------------------------------------------------

EmulatorResponse OrganizationApiModule::getFeatureSettings(const EmulatorRequest &) const
{
    EmulatorResponse response = EmulatorResponse::json(200, featureSettings());
    response.headers.append(
        {QByteArrayLiteral("cache-control"), QByteArrayLiteral("public, max-age=3600")});
    return response;
}

QJsonObject OrganizationApiModule::featureSettings()
{
    // Static metadata, the same for every organization (as the real service serves it).
    const QJsonArray always{rule(QStringLiteral("always"))};
    const QJsonArray advanced{rule(QStringLiteral("advanced_mode"))};
    const QJsonArray flags{
        flag(QStringLiteral("canary"), QStringLiteral("Canary Updates"),
             QStringLiteral("Receive new features before they are released to everyone."), always,
             {{QStringLiteral("badge"), QStringLiteral("beta")},
              {QStringLiteral("is_visible_for_partner"), true}}),
        flag(QStringLiteral("double_opt_in"), QStringLiteral("Double Opt-in"),
             QStringLiteral("Ask contacts to confirm their consent by e-mail."), always,
             {{QStringLiteral("is_visible_for_partner"), false}}),
        flag(QStringLiteral("email_tracking"), QStringLiteral("E-mail Tracking"),
             QStringLiteral("Track opens and clicks of e-mails sent from epilot."), always),
        flag(QStringLiteral("advanced_mode"), QStringLiteral("Advanced Mode"),
             QStringLiteral("Show configuration options for experienced administrators."),
             {rule(QStringLiteral("permission"), QStringLiteral("action"),
                   QStringLiteral("organization-settings-edit"))},
             {{QStringLiteral("badge"), QStringLiteral("advanced")}}),
        flag(QStringLiteral("partner_portal"), QStringLiteral("Installer Portal"),
             QStringLiteral("Collaborate with installers and partners in a shared portal."),
             {rule(QStringLiteral("pricing_tier"), QStringLiteral("setting_key"),
                   QStringLiteral("professional"))},
             {{QStringLiteral("confetti"), true},
              {QStringLiteral("is_visible_for_partner"), false}}),
        flag(QStringLiteral("ai_assistant"), QStringLiteral("AI Assistant"),
             QStringLiteral("Let epilot AI summarise e-mails and suggest replies."),
             {rule(QStringLiteral("feature_flag"), QStringLiteral("flag_name"),
                   QStringLiteral("ai-assistant")),
              QJsonObject{{QStringLiteral("type"), QStringLiteral("not")},
                          {QStringLiteral("rule"),
                           rule(QStringLiteral("setting_enabled"), QStringLiteral("setting_key"),
                                QStringLiteral("disable_ai"))}}},
             {{QStringLiteral("badge"), QStringLiteral("experiment")}}),
        flag(QStringLiteral("new_navigation"), QStringLiteral("New Navigation"),
             QStringLiteral("Switch to the redesigned navigation. This cannot be undone."),
             {QJsonObject{
                 {QStringLiteral("type"), QStringLiteral("or")},
                 {QStringLiteral("rules"),
                  QJsonArray{rule(QStringLiteral("advanced_mode")),
                             rule(QStringLiteral("flag_enabled"), QStringLiteral("flag_name"),
                                  QStringLiteral("new-navigation-preview"))}}}},
             {{QStringLiteral("badge"), QStringLiteral("new")}, {QStringLiteral("one_way"), true}}),
        flag(QStringLiteral("disable_legacy_journeys"), QStringLiteral("Legacy Journeys"),
             QStringLiteral("Keep the journey builder of 2021 available."), advanced,
             {{QStringLiteral("badge"), QStringLiteral("deprecated")},
              {QStringLiteral("reverse_checked"), true}}),
        flag(QStringLiteral("internal_debug_tools"), QStringLiteral("Debug Tools"),
             QStringLiteral("Tools for epilot support staff."), {rule(QStringLiteral("never"))}),
    };
    return {{QStringLiteral("version"), QStringLiteral("1.0.0")},
            {QStringLiteral("feature_flags"), flags}};
}

// ---- seed ---------------------------------------------------------------------------------------

void OrganizationApiModule::seed(const SeedOptions &options)
{
    // "--seed empty" still has the admin user and its two organizations.
    m_store.beginBatch();
    seedOrganizations(options.demo);
    if (options.demo)
        seedSettings();
    m_store.commitBatch();
}

void OrganizationApiModule::seedOrganizations(bool withPartners)
{
    const QJsonObject main{
        {QStringLiteral("id"), QString(kDemoOrganizationId)},
        {QStringLiteral("name"), QStringLiteral("Stadtwerke Musterstadt GmbH")},
        {QStringLiteral("email"), QStringLiteral("kontakt@stadtwerke-musterstadt.de")},
        {QStringLiteral("phone"), QStringLiteral("+49 621 4567-0")},
        {QStringLiteral("website"), QStringLiteral("https://www.stadtwerke-musterstadt.de")},
        {QStringLiteral("address"),
         QJsonObject{{QStringLiteral("country"), QStringLiteral("Germany")},
                     {QStringLiteral("city"), QStringLiteral("Musterstadt")},
                     {QStringLiteral("postal_code"), QStringLiteral("68159")},
                     {QStringLiteral("street"), QStringLiteral("Am Energiepark")},
                     {QStringLiteral("street_number"), QStringLiteral("12")}}},
        {QStringLiteral("organization_use"), QStringLiteral("Production")},
        {QStringLiteral("parent_production_org_id"), QJsonValue::Null},
        {QStringLiteral("created_date"), QStringLiteral("2021-03-15T09:30:00.000Z")},
        {QStringLiteral("logo_url"),
         QStringLiteral("https://assets.stadtwerke-musterstadt.de/brand/logo.png")},
        {QStringLiteral("logo_thumbnail_url"),
         QStringLiteral("https://assets.stadtwerke-musterstadt.de/brand/logo_64x64.png")},
        {QStringLiteral("signature"),
         QStringLiteral("<p>Mit freundlichen Grüßen<br/>Ihre Stadtwerke Musterstadt GmbH<br/>"
                        "Am Energiepark 12 · 68159 Musterstadt</p>")},
        {QStringLiteral("is_unlicensed_org"), false},
        {QStringLiteral("style"),
         QJsonObject{{QStringLiteral("font_family"), QStringLiteral("Source Sans Pro")},
                     {QStringLiteral("primary_color"), QStringLiteral("#005EB8")}}},
        {QStringLiteral("type"), QStringLiteral("Vendor")},
        {QStringLiteral("symbol"), QStringLiteral("SWM")},
        {QStringLiteral("pricing_tier"), QStringLiteral("professional")},
        {QStringLiteral("free_user_limit"), 50},
        {QStringLiteral("tags"), QJsonArray{QStringLiteral("energy"), QStringLiteral("utility")}},
    };
    const QJsonObject second{
        {QStringLiteral("id"), QString(kSecondOrganizationId)},
        {QStringLiteral("name"), QStringLiteral("Netzgesellschaft Musterstadt mbH")},
        {QStringLiteral("email"), QStringLiteral("netz@netz-musterstadt.de")},
        {QStringLiteral("phone"), QStringLiteral("+49 621 4567-300")},
        {QStringLiteral("website"), QStringLiteral("https://www.netz-musterstadt.de")},
        {QStringLiteral("address"),
         QJsonObject{{QStringLiteral("country"), QStringLiteral("Germany")},
                     {QStringLiteral("city"), QStringLiteral("Musterstadt")},
                     {QStringLiteral("postal_code"), QStringLiteral("68159")},
                     {QStringLiteral("street"), QStringLiteral("Netzweg")},
                     {QStringLiteral("street_number"), QStringLiteral("3")}}},
        {QStringLiteral("organization_use"), QStringLiteral("Production")},
        {QStringLiteral("parent_production_org_id"), QJsonValue::Null},
        {QStringLiteral("created_date"), QStringLiteral("2022-07-01T07:00:00.000Z")},
        {QStringLiteral("logo_url"),
         QStringLiteral("https://assets.netz-musterstadt.de/brand/logo.png")},
        {QStringLiteral("logo_thumbnail_url"), QJsonValue::Null},
        {QStringLiteral("signature"),
         QStringLiteral("<p>Freundliche Grüße<br/>Netzgesellschaft Musterstadt mbH</p>")},
        {QStringLiteral("is_unlicensed_org"), false},
        {QStringLiteral("style"), QJsonValue::Null},
        {QStringLiteral("type"), QStringLiteral("Vendor")},
        {QStringLiteral("symbol"), QStringLiteral("NGM")},
        {QStringLiteral("pricing_tier"), QStringLiteral("essential")},
        {QStringLiteral("free_user_limit"), 25},
        {QStringLiteral("tags"), QJsonArray{QStringLiteral("grid operator")}},
    };
    m_store.put(kOrganizations, main.value(QStringLiteral("id")).toString(), main);
    m_store.put(kOrganizations, second.value(QStringLiteral("id")).toString(), second);
    if (!withPartners)
        return;
    const QList<QJsonObject> partners = PartnerDirectorySeed::partnerOrganizationProfiles();
    for (const QJsonObject &partner : partners)
        m_store.put(kOrganizations, partner.value(QStringLiteral("id")).toString(), partner);
}

void OrganizationApiModule::seedSettings()
{
    const QString updated = QStringLiteral("2024-05-02T08:15:00.000Z");
    const auto put = [&](const QString &organizationId, const QString &key,
                         const QJsonValue &value) {
        m_store.put(kSettings, settingId(organizationId, key),
                    {{QStringLiteral("org_id"), organizationId},
                     {QStringLiteral("key"), key},
                     {QStringLiteral("value"), value},
                     {QStringLiteral("updated_at"), updated}});
    };
    const QJsonObject enabled{{QStringLiteral("enabled"), true}};
    const QJsonObject disabled{{QStringLiteral("enabled"), false}};
    const QString main = QString(kDemoOrganizationId);
    put(main, QStringLiteral("double_opt_in"), enabled);
    put(main, QStringLiteral("email_tracking"),
        QJsonObject{{QStringLiteral("enabled"), true},
                    {QStringLiteral("track_opens"), true},
                    {QStringLiteral("track_clicks"), false}});
    put(main, QStringLiteral("default_language"), QStringLiteral("de"));
    put(main, QStringLiteral("workflow_notifications"),
        QJsonObject{{QStringLiteral("enabled"), true},
                    {QStringLiteral("channels"),
                     QJsonArray{QStringLiteral("email"), QStringLiteral("in_app")}}});
    put(main, QStringLiteral("canary"), disabled);
    put(main, QStringLiteral("advanced_mode"), enabled);
    put(main, QStringLiteral("partner_portal"), enabled);
    put(main, QStringLiteral("mfa_enforced"), disabled);
    put(main, QStringLiteral("timezone"), QStringLiteral("Europe/Berlin"));
    put(main, QStringLiteral("max_upload_size_mb"), 100);
    put(main, QStringLiteral("sender_addresses"),
        QJsonArray{QJsonObject{{QStringLiteral("address"),
                                QStringLiteral("service@stadtwerke-musterstadt.de")},
                               {QStringLiteral("name"), QStringLiteral("Kundenservice")}},
                   QJsonObject{{QStringLiteral("address"),
                                QStringLiteral("netzanschluss@stadtwerke-musterstadt.de")},
                               {QStringLiteral("name"), QStringLiteral("Netzanschluss")}}});

    const QString second = QString(kSecondOrganizationId);
    put(second, QStringLiteral("double_opt_in"), disabled);
    put(second, QStringLiteral("default_language"), QStringLiteral("de"));
    put(second, QStringLiteral("canary"), enabled);
    put(second, QStringLiteral("timezone"), QStringLiteral("Europe/Berlin"));
}
