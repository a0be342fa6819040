#include "emulator/partners/PartnerDirectorySeed.h"

#include "emulator/core/DemoIds.h"
#include "emulator/core/EmulatorStore.h"
#include "emulator/partners/GeolocationTable.h"
#include "emulator/core/Outbox.h"
#include "emulator/partners/PartnerCollections.h"
#include "emulator/partners/PartnerRegistry.h"
#include "emulator/partners/PartnerRoleCatalog.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QUuid>

namespace {

constexpr int kDemoPartnerCount = 12;

struct DemoPartner
{
    QString companyName;
    QString email;
    QString status;
    QString partnerOrganizationId; // set once the partner has an epilot organization
    bool activated = false;        // an accepted invitation
    QString description;
    QString street; // a street of GeolocationTable, "" for none
    QString phone;
    int activityRadius = 0;
    QString ownerEmail;
    QString signedUpEmail;
    QString createdAt;
    QString organizationId; // inviting organization, "" = the main demo organization
};

const QList<DemoPartner> &demoPartners()
{
    static const QList<DemoPartner> list{
        {QStringLiteral("Solartechnik Sonnenschein GmbH"),
         QStringLiteral("info@solartechnik-sonnenschein.de"),
         QStringLiteral("Invited"),
         PartnerDirectorySeed::kSolarOrganizationId,
         true,
         QStringLiteral("PV-Anlagen und Batteriespeicher in Ostbayern"),
         QStringLiteral("Auweg"),
         QStringLiteral("+49 941 123456"),
         80,
         {},
         QStringLiteral("markus.sonnenschein@solartechnik-sonnenschein.de"),
         QStringLiteral("2023-02-14T09:12:44.000Z"),
         {}},
        {QStringLiteral("Elektro Wagner & Söhne GmbH"),
         QStringLiteral("kontakt@elektro-wagner.de"),
         QStringLiteral("Invited"),
         PartnerDirectorySeed::kElectricOrganizationId,
         true,
         QStringLiteral("Elektroinstallation, Wallboxen und Zählerplätze"),
         QStringLiteral("Leopoldstraße"),
         QStringLiteral("+49 89 3456789"),
         50,
         {},
         QStringLiteral("thomas.wagner@elektro-wagner.de"),
         QStringLiteral("2023-05-03T14:30:00.000Z"),
         {}},
        {QStringLiteral("Wärmepumpen Nord GmbH"),
         QStringLiteral("service@waermepumpen-nord.de"),
         QStringLiteral("Invited"),
         {},
         false,
         QStringLiteral("Planung und Einbau von Luft-Wasser-Wärmepumpen"),
         QStringLiteral("Jungfernstieg"),
         QStringLiteral("+49 40 9876543"),
         120,
         {},
         {},
         QStringLiteral("2024-03-18T10:05:00.000Z"),
         {}},
        {QStringLiteral("Dachdeckerei Becker KG"),
         QStringLiteral("info@dachdeckerei-becker.de"),
         QStringLiteral("Invited"),
         {},
         false,
         QStringLiteral("Dachsanierung und PV-Unterkonstruktion"),
         {},
         QStringLiteral("+49 621 778899"),
         40,
         QStringLiteral("jens.becker@dachdeckerei-becker.de"),
         {},
         QStringLiteral("2024-04-02T08:45:00.000Z"),
         {}},
        {QStringLiteral("Heizungsbau Schmitt GmbH"),
         QStringLiteral("info@heizungsbau-schmitt.de"),
         QStringLiteral("Pending"),
         {},
         false,
         QStringLiteral("Heizungsmodernisierung"),
         {},
         QStringLiteral("+49 621 445566"),
         30,
         {},
         {},
         QStringLiteral("2024-06-11T12:00:00.000Z"),
         {}},
        {QStringLiteral("Energieberatung Klein"),
         QStringLiteral("beratung@energieberatung-klein.de"),
         QStringLiteral("Pending"),
         {},
         false,
         QStringLiteral("Gebäudeenergieberatung (BAFA)"),
         {},
         {},
         0,
         {},
         {},
         QStringLiteral("2024-07-22T15:20:00.000Z"),
         {}},
        {QStringLiteral("Glasfaser Bau Süd GmbH"),
         QStringLiteral("anfragen@glasfaser-bau-sued.de"),
         QStringLiteral("Request"),
         QStringLiteral("739303"),
         false,
         QStringLiteral("Tiefbau und Glasfaser-Hausanschlüsse"),
         QStringLiteral("Königstraße"),
         QStringLiteral("+49 711 202020"),
         150,
         {},
         QStringLiteral("projekte@glasfaser-bau-sued.de"),
         QStringLiteral("2024-08-05T07:30:00.000Z"),
         {}},
        {QStringLiteral("Ladepunkt Service GmbH"),
         QStringLiteral("partner@ladepunkt-service.de"),
         QStringLiteral("Request"),
         QStringLiteral("739304"),
         false,
         QStringLiteral("Installation und Wartung von Ladesäulen"),
         QStringLiteral("Römerberg"),
         QStringLiteral("+49 69 1122334"),
         200,
         {},
         QStringLiteral("admin@ladepunkt-service.de"),
         QStringLiteral("2024-09-12T11:11:00.000Z"),
         {}},
        {QStringLiteral("PV Montage Hoffmann"),
         QStringLiteral("montage@pv-hoffmann.de"),
         QStringLiteral("Request"),
         QStringLiteral("739305"),
         false,
         QStringLiteral("Montage von Aufdach-PV-Anlagen"),
         QStringLiteral("Industriestraße"),
         QStringLiteral("+49 941 556677"),
         60,
         {},
         QStringLiteral("lukas.hoffmann@pv-hoffmann.de"),
         QStringLiteral("2024-10-01T09:00:00.000Z"),
         {}},
        {QStringLiteral("Netzbau Fischer GmbH"),
         QStringLiteral("info@netzbau-fischer.de"),
         QStringLiteral("Rejected"),
         {},
         false,
         QStringLiteral("Kabel- und Leitungstiefbau"),
         {},
         QStringLiteral("+49 421 303030"),
         100,
         {},
         {},
         QStringLiteral("2023-11-20T13:40:00.000Z"),
         {}},
        {QStringLiteral("Sanitär Meyer OHG"),
         QStringLiteral("info@sanitaer-meyer.de"),
         QStringLiteral("Deleted"),
         {},
         false,
         QStringLiteral("Sanitär und Heizung"),
         {},
         {},
         0,
         {},
         {},
         QStringLiteral("2022-09-09T09:09:00.000Z"),
         {}},
        {QStringLiteral("Kabelbau Schulze GmbH"),
         QStringLiteral("kontakt@kabelbau-schulze.de"),
         QStringLiteral("Pending"),
         {},
         false,
         QStringLiteral("Netzanschlüsse Mittelspannung"),
         QStringLiteral("Hafenstraße"),
         QStringLiteral("+49 421 404040"),
         90,
         {},
         {},
         QStringLiteral("2024-11-04T10:00:00.000Z"),
         QString(kSecondOrganizationId)},
    };
    return list;
}

QJsonArray geolocationsFor(const QString &street)
{
    QJsonArray geolocations;
    for (const GeolocationTable::Place &place : GeolocationTable::places()) {
        if (!street.isEmpty() && place.street == street)
            geolocations.append(GeolocationTable::addressGeolocation(place));
    }
    return geolocations;
}

QJsonObject grant(const QString &action, const QString &resource,
                  const QString &effect = QStringLiteral("allow"))
{
    return {{QStringLiteral("action"), action},
            {QStringLiteral("resource"), resource},
            {QStringLiteral("effect"), effect}};
}

QJsonObject withConditions(QJsonObject grant, const QStringList &taskNames)
{
    grant.insert(QStringLiteral("conditions"),
                 QJsonArray{QJsonObject{
                     {QStringLiteral("attribute"), QStringLiteral("workflows.primary.task_name")},
                     {QStringLiteral("operation"), QStringLiteral("equals")},
                     {QStringLiteral("values"), QJsonArray::fromStringList(taskNames)}}});
    return grant;
}

QJsonObject withDependencies(QJsonObject grant, const QJsonArray &dependencies)
{
    grant.insert(QStringLiteral("dependencies"), dependencies);
    return grant;
}

QString entity(const QString &schema)
{
    return QStringLiteral("entity:%1:%2:*").arg(QString(kDemoOrganizationId), schema);
}

// Deterministic invitation tokens, so a seeded invitation can be followed in every run.
QString seedToken(int index)
{
    const QByteArray seed = QStringLiteral("epilot-emulator/partner-invite/%1").arg(index).toUtf8();
    return QString::fromLatin1(
        QCryptographicHash::hash(seed, QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QJsonObject image(const QString &organizationId, const QString &file)
{
    const QString base = QStringLiteral("https://account-profile-images.epilot.cloud/%1/%2")
                             .arg(organizationId, file);
    return {{QStringLiteral("original"), base + QStringLiteral(".png")},
            {QStringLiteral("thumbnail_32"), base + QStringLiteral("_32x32.png")}};
}

} // namespace

PartnerDirectorySeed::PartnerDirectorySeed(EmulatorStore &store, Outbox &outbox,
                                           const PartnerRoleCatalog &roles)
    : m_store(store), m_outbox(outbox), m_roles(roles)
{
}

QString PartnerDirectorySeed::partnerId(int index)
{
    static const QUuid space(QStringLiteral("{6f1c7a52-52f4-4c4e-9d6a-5e0d4b7a1c11}"));
    return QUuid::createUuidV5(space, QStringLiteral("partner/%1").arg(index))
        .toString(QUuid::WithoutBraces);
}

QList<QJsonObject> PartnerDirectorySeed::partnerOrganizationProfiles()
{
    QList<QJsonObject> profiles;
    for (const DemoPartner &demo : demoPartners()) {
        if (demo.partnerOrganizationId.isEmpty())
            continue;
        QJsonObject address;
        for (const GeolocationTable::Place &place : GeolocationTable::places()) {
            if (!demo.street.isEmpty() && place.street == demo.street)
                address = {{QStringLiteral("country"), QStringLiteral("Germany")},
                           {QStringLiteral("city"), place.city},
                           {QStringLiteral("postal_code"), place.postalCode},
                           {QStringLiteral("street"), place.street},
                           {QStringLiteral("street_number"), place.streetNumber}};
        }
        const QString domain = demo.email.section(QLatin1Char('@'), 1);
        profiles.append({{QStringLiteral("id"), demo.partnerOrganizationId},
                         {QStringLiteral("name"), demo.companyName},
                         {QStringLiteral("email"), demo.email},
                         {QStringLiteral("phone"), demo.phone},
                         {QStringLiteral("website"), QStringLiteral("https://www.") + domain},
                         {QStringLiteral("address"), address},
                         {QStringLiteral("organization_use"), QStringLiteral("Production")},
                         {QStringLiteral("parent_production_org_id"), QJsonValue::Null},
                         {QStringLiteral("created_date"), demo.createdAt},
                         {QStringLiteral("logo_url"), QJsonValue::Null},
                         {QStringLiteral("logo_thumbnail_url"), QJsonValue::Null},
                         {QStringLiteral("signature"),
                          QStringLiteral("<p>Viele Grüße<br/>%1</p>").arg(demo.companyName)},
                         {QStringLiteral("is_unlicensed_org"), true},
                         {QStringLiteral("style"), QJsonValue::Null},
                         {QStringLiteral("type"), QStringLiteral("Partner")},
                         {QStringLiteral("symbol"), QJsonValue::Null},
                         {QStringLiteral("pricing_tier"), QStringLiteral("partner")},
                         {QStringLiteral("free_user_limit"), 10},
                         {QStringLiteral("tags"), QJsonArray{QStringLiteral("partner")}}});
    }
    return profiles;
}

void PartnerDirectorySeed::seed(const SeedOptions &options)
{
    if (!options.demo)
        return;
    const int count = options.partners < 0 ? kDemoPartnerCount : options.partners;
    m_store.beginBatch();
    for (int index = 0; index < count; ++index) {
        QJsonObject document = index < kDemoPartnerCount ? partner(index) : generatedPartner(index);
        m_store.put(PartnerCollections::partners, document.value(QStringLiteral("id")).toString(),
                    document);
    }
    if (count > 0)
        seedSolarOrganization();
    if (count > 1)
        seedElectricOrganization();
    m_store.commitBatch();
}

void PartnerDirectorySeed::seedInvitation(QJsonObject *partner, int index)
{
    partner->insert(QStringLiteral("_invite_token"), seedToken(index));
    partner->insert(QStringLiteral("_invite_language"), QStringLiteral("de"));
    partner->insert(QStringLiteral("_invited_at"), partner->value(QStringLiteral("created_at")));
}

QJsonObject PartnerDirectorySeed::partner(int index)
{
    const DemoPartner &demo = demoPartners().at(index);
    QJsonObject document{
        {QStringLiteral("id"), partnerId(index)},
        {QStringLiteral("organization_id"),
         demo.organizationId.isEmpty() ? QString(kDemoOrganizationId) : demo.organizationId},
        {QStringLiteral("created_at"), demo.createdAt},
        {QStringLiteral("description"), demo.description},
        {QStringLiteral("company_name"), demo.companyName},
        {QStringLiteral("email"), demo.email},
        {QStringLiteral("status"), demo.status},
    };
    if (!demo.ownerEmail.isEmpty())
        document.insert(QStringLiteral("owner_email"), demo.ownerEmail);
    if (!demo.signedUpEmail.isEmpty())
        document.insert(QStringLiteral("signed_up_email"), demo.signedUpEmail);
    if (!demo.partnerOrganizationId.isEmpty())
        document.insert(QStringLiteral("partner_org_id"), demo.partnerOrganizationId);
    if (!demo.phone.isEmpty())
        document.insert(QStringLiteral("_phone"), demo.phone);
    if (demo.activityRadius > 0)
        document.insert(QStringLiteral("_activity_radius"), demo.activityRadius);
    const QJsonArray geolocations = geolocationsFor(demo.street);
    if (!geolocations.isEmpty())
        document.insert(QStringLiteral("_geolocations"), geolocations);

    if (demo.status == QLatin1String("Invited")) {
        seedInvitation(&document, index);
        const QString token = document.value(QStringLiteral("_invite_token")).toString();
        if (demo.activated) {
            document.insert(QStringLiteral("_activated_at"), demo.createdAt);
        } else {
            // An open invitation: its mail is in the outbox so people can follow it.
            document.insert(QStringLiteral("invitation_token"), token);
            m_outbox.send(QStringLiteral("partner_invite"),
                          demo.ownerEmail.isEmpty() ? demo.email : demo.ownerEmail,
                          {{QStringLiteral("token"), token},
                           {QStringLiteral("link"), PartnerRegistry::invitationLink(token)},
                           {QStringLiteral("partner_id"), partnerId(index)},
                           {QStringLiteral("company_name"), demo.companyName},
                           {QStringLiteral("organization_id"),
                            document.value(QStringLiteral("organization_id"))},
                           {QStringLiteral("language"), QStringLiteral("de")}});
        }
    }
    return document;
}

QJsonObject PartnerDirectorySeed::generatedPartner(int index) const
{
    static const QStringList statuses{QStringLiteral("Pending"), QStringLiteral("Request"),
                                      QStringLiteral("Invited"), QStringLiteral("Rejected"),
                                      QStringLiteral("Deleted")};
    const int number = index + 1;
    const QString status = statuses.at(index % statuses.size());
    const QDateTime created =
        QDateTime(QDate(2022, 1, 1), QTime(8, 0), Qt::UTC).addSecs(qint64(index) * 3607);
    QJsonObject document{
        {QStringLiteral("id"), partnerId(index)},
        {QStringLiteral("organization_id"), QString(kDemoOrganizationId)},
        {QStringLiteral("created_at"), created.toString(Qt::ISODateWithMs)},
        {QStringLiteral("description"), QStringLiteral("Handwerksbetrieb Nr. %1").arg(number)},
        {QStringLiteral("company_name"), QStringLiteral("Partnerbetrieb %1 GmbH").arg(number)},
        {QStringLiteral("email"), QStringLiteral("kontakt@partnerbetrieb-%1.de").arg(number)},
        {QStringLiteral("status"), status},
    };
    if (status == QLatin1String("Request"))
        document.insert(QStringLiteral("partner_org_id"), QString::number(7400000 + index));
    if (status == QLatin1String("Invited")) {
        document.insert(QStringLiteral("_invite_token"), seedToken(index));
        document.insert(QStringLiteral("invitation_token"), seedToken(index));
    }
    return document;
}

// ---- partner organizations ----------------------------------------------------------------------

void PartnerDirectorySeed::putRole(const QString &organizationId, const QString &slug,
                                   const QString &name, const QJsonArray &grantsWithDependencies)
{
    QString error;
    const std::optional<QJsonArray> flat =
        PartnerRoleCatalog::expandGrants(grantsWithDependencies, &error);
    Q_ASSERT_X(flat, "PartnerDirectorySeed", qPrintable(error));
    const QJsonObject role =
        m_roles.makeRole(organizationId, slug, name, flat.value_or(QJsonArray()));
    m_store.put(PartnerCollections::partnerRoles, role.value(QStringLiteral("id")).toString(),
                role);
}

void PartnerDirectorySeed::putUser(const QString &organizationId, const QString &id,
                                   const QString &name, const QString &email, const QString &status,
                                   const QStringList &roleSlugs, const QString &createdAt)
{
    QJsonArray roleIds;
    for (const QString &slug : roleSlugs)
        roleIds.append(PartnerRoleCatalog::roleId(organizationId, slug));
    QJsonObject user{{QStringLiteral("id"), id},
                     {QStringLiteral("name"), name},
                     {QStringLiteral("email"), email},
                     {QStringLiteral("status"), status},
                     {QStringLiteral("_created_at"), createdAt},
                     {QStringLiteral("_org_id"), organizationId},
                     {QStringLiteral("_role_ids"), roleIds}};
    if (status == QLatin1String("Active"))
        user.insert(QStringLiteral("image"), image(organizationId, id));
    m_store.put(PartnerCollections::partnerUsers, id, user);
}

void PartnerDirectorySeed::seedSolarOrganization()
{
    const QString org = kSolarOrganizationId;
    const QStringList installationTasks{QStringLiteral("Installation planen"),
                                        QStringLiteral("Montage durchführen"),
                                        QStringLiteral("Inbetriebnahme")};
    putRole(org, QStringLiteral("partner_admin"), QStringLiteral("Partner-Administrator"),
            {grant(QStringLiteral("entity-read"), entity(QStringLiteral("opportunity"))),
             withDependencies(
                 grant(QStringLiteral("entity-edit"), entity(QStringLiteral("opportunity"))),
                 {grant(QStringLiteral("entity-read"), entity(QStringLiteral("contact"))),
                  grant(QStringLiteral("entity-read"), entity(QStringLiteral("file")))}),
             grant(QStringLiteral("entity-create"), entity(QStringLiteral("file"))),
             grant(QStringLiteral("workflow-execution-read"), QStringLiteral("*")),
             grant(QStringLiteral("entity-delete"), entity(QStringLiteral("contact")),
                   QStringLiteral("deny"))});
    putRole(org, QStringLiteral("installer"), QStringLiteral("Installateur"),
            {withDependencies(
                 withConditions(
                     grant(QStringLiteral("entity-read"), entity(QStringLiteral("opportunity"))),
                     installationTasks),
                 {grant(QStringLiteral("entity-read"), entity(QStringLiteral("contact")))}),
             withDependencies(
                 withConditions(
                     grant(QStringLiteral("entity-edit"), entity(QStringLiteral("opportunity"))),
                     installationTasks),
                 {grant(QStringLiteral("entity-read"), entity(QStringLiteral("file"))),
                  grant(QStringLiteral("entity-create"), entity(QStringLiteral("file"))),
                  grant(QStringLiteral("entity-read"), entity(QStringLiteral("contact")))}),
             grant(QStringLiteral("workflow-execution-read"), QStringLiteral("*")),
             grant(QStringLiteral("entity-delete"), entity(QStringLiteral("*")),
                   QStringLiteral("deny"))});
    putRole(
        org, QStringLiteral("viewer"), QStringLiteral("Nur Lesen"),
        {grant(QStringLiteral("entity-read"), entity(QStringLiteral("opportunity"))),
         grant(QStringLiteral("entity-read"), entity(QStringLiteral("contact"))),
         grant(QStringLiteral("entity-edit"), entity(QStringLiteral("*")), QStringLiteral("deny")),
         grant(QStringLiteral("entity-delete"), entity(QStringLiteral("*")),
               QStringLiteral("deny"))});

    const QString domain = QStringLiteral("@solartechnik-sonnenschein.de");
    putUser(org, org + QStringLiteral("0001"), QStringLiteral("Markus Sonnenschein"),
            QStringLiteral("markus.sonnenschein") + domain, QStringLiteral("Active"),
            {QStringLiteral("partner_admin")}, QStringLiteral("2023-02-15T08:00:00.000Z"));
    putUser(org, org + QStringLiteral("0002"), QStringLiteral("Julia Brandt"),
            QStringLiteral("julia.brandt") + domain, QStringLiteral("Active"),
            {QStringLiteral("installer"), QStringLiteral("viewer")},
            QStringLiteral("2023-03-01T09:30:00.000Z"));
    putUser(org, org + QStringLiteral("0003"), QStringLiteral("Tobias Krüger"),
            QStringLiteral("tobias.krueger") + domain, QStringLiteral("Pending"),
            {QStringLiteral("installer")}, QStringLiteral("2024-09-20T13:15:00.000Z"));
    putUser(org, org + QStringLiteral("0004"), QStringLiteral("Sabine Lorenz"),
            QStringLiteral("sabine.lorenz") + domain, QStringLiteral("Deactivated"),
            {QStringLiteral("viewer")}, QStringLiteral("2023-06-12T07:45:00.000Z"));
    putUser(org, org + QStringLiteral("0005"), QStringLiteral("Deniz Aydın"),
            QStringLiteral("deniz.aydin") + domain, QStringLiteral("Active"),
            {QStringLiteral("installer")}, QStringLiteral("2024-01-08T10:00:00.000Z"));
}

void PartnerDirectorySeed::seedElectricOrganization()
{
    const QString org = kElectricOrganizationId;
    const QStringList meterTasks{QStringLiteral("Zählersetzung"),
                                 QStringLiteral("Wallbox-Installation")};
    putRole(org, QStringLiteral("partner_admin"), QStringLiteral("Partner-Administrator"),
            {withDependencies(
                 grant(QStringLiteral("entity-edit"), entity(QStringLiteral("opportunity"))),
                 {grant(QStringLiteral("entity-read"), entity(QStringLiteral("opportunity"))),
                  grant(QStringLiteral("entity-read"), entity(QStringLiteral("contact")))}),
             grant(QStringLiteral("entity-create"), entity(QStringLiteral("file"))),
             grant(QStringLiteral("workflow-execution-read"), QStringLiteral("*")),
             grant(QStringLiteral("entity-delete"), entity(QStringLiteral("*")),
                   QStringLiteral("deny"))});
    putRole(org, QStringLiteral("field_technician"), QStringLiteral("Monteur"),
            {withDependencies(
                 withConditions(
                     grant(QStringLiteral("entity-edit"), entity(QStringLiteral("opportunity"))),
                     meterTasks),
                 {withConditions(
                      grant(QStringLiteral("entity-read"), entity(QStringLiteral("opportunity"))),
                      meterTasks),
                  grant(QStringLiteral("entity-read"), entity(QStringLiteral("meter"))),
                  grant(QStringLiteral("entity-read"), entity(QStringLiteral("contact")))}),
             grant(QStringLiteral("workflow-execution-read"), QStringLiteral("*")),
             grant(QStringLiteral("entity-delete"), entity(QStringLiteral("*")),
                   QStringLiteral("deny"))});

    const QString domain = QStringLiteral("@elektro-wagner.de");
    putUser(org, org + QStringLiteral("0001"), QStringLiteral("Thomas Wagner"),
            QStringLiteral("thomas.wagner") + domain, QStringLiteral("Active"),
            {QStringLiteral("partner_admin")}, QStringLiteral("2023-05-04T08:00:00.000Z"));
    putUser(org, org + QStringLiteral("0002"), QStringLiteral("Stefan Wagner"),
            QStringLiteral("stefan.wagner") + domain, QStringLiteral("Active"),
            {QStringLiteral("field_technician")}, QStringLiteral("2023-05-10T11:20:00.000Z"));
    putUser(org, org + QStringLiteral("0003"), QStringLiteral("Anna Yilmaz"),
            QStringLiteral("anna.yilmaz") + domain, QStringLiteral("Pending"), {},
            QStringLiteral("2024-10-15T16:00:00.000Z"));
}
