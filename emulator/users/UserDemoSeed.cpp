#include "emulator/users/UserDemoSeed.h"

#include "emulator/core/DemoIds.h"
#include "emulator/core/EmulatorStore.h"
#include "emulator/users/UserDirectory.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace {
const QString kUsers = QStringLiteral("users");

const QStringList &firstNames()
{
    static const QStringList names = {
        QStringLiteral("Jonas"),     QStringLiteral("Anna"),       QStringLiteral("Lukas"),
        QStringLiteral("Sophie"),    QStringLiteral("Maximilian"), QStringLiteral("Marie"),
        QStringLiteral("Felix"),     QStringLiteral("Laura"),      QStringLiteral("Paul"),
        QStringLiteral("Julia"),     QStringLiteral("Tobias"),     QStringLiteral("Katharina"),
        QStringLiteral("Jan"),       QStringLiteral("Lea"),        QStringLiteral("Stefan"),
        QStringLiteral("Hannah"),    QStringLiteral("Michael"),    QStringLiteral("Sabine"),
        QStringLiteral("Thomas"),    QStringLiteral("Claudia"),    QStringLiteral("Andreas"),
        QStringLiteral("Jürgen"),    QStringLiteral("Petra"),      QStringLiteral("Matthias"),
        QStringLiteral("Birgit"),    QStringLiteral("Florian"),    QStringLiteral("Nina"),
        QStringLiteral("Sebastian"), QStringLiteral("Miriam"),     QStringLiteral("Björn"),
        QStringLiteral("Özlem"),     QStringLiteral("Dominik"),    QStringLiteral("Franziska"),
        QStringLiteral("Kai"),       QStringLiteral("Merve"),      QStringLiteral("Ralf"),
        QStringLiteral("Ute"),       QStringLiteral("Niklas"),     QStringLiteral("Greta"),
        QStringLiteral("Emre"),      QStringLiteral("Heike"),      QStringLiteral("Moritz"),
        QStringLiteral("Carina"),
    };
    return names;
}

const QStringList &lastNames()
{
    static const QStringList names = {
        QStringLiteral("Müller"),    QStringLiteral("Schmidt"), QStringLiteral("Fischer"),
        QStringLiteral("Weber"),     QStringLiteral("Meyer"),   QStringLiteral("Wagner"),
        QStringLiteral("Becker"),    QStringLiteral("Schulz"),  QStringLiteral("Hoffmann"),
        QStringLiteral("Koch"),      QStringLiteral("Bauer"),   QStringLiteral("Richter"),
        QStringLiteral("Klein"),     QStringLiteral("Wolf"),    QStringLiteral("Schröder"),
        QStringLiteral("Neumann"),   QStringLiteral("Schwarz"), QStringLiteral("Zimmermann"),
        QStringLiteral("Braun"),     QStringLiteral("Krüger"),  QStringLiteral("Hofmann"),
        QStringLiteral("Hartmann"),  QStringLiteral("Lange"),   QStringLiteral("Schmitt"),
        QStringLiteral("Werner"),    QStringLiteral("Krause"),  QStringLiteral("Meier"),
        QStringLiteral("Lehmann"),   QStringLiteral("Köhler"),  QStringLiteral("Yılmaz"),
        QStringLiteral("Kaya"),      QStringLiteral("Peters"),  QStringLiteral("Vogel"),
        QStringLiteral("Friedrich"), QStringLiteral("Keller"),  QStringLiteral("Günther"),
        QStringLiteral("Frank"),     QStringLiteral("Berger"),  QStringLiteral("Winkler"),
        QStringLiteral("Roth"),      QStringLiteral("Beck"),
    };
    return names;
}

// Mail addresses are ASCII: ä → ae, ß → ss, ı → i ...
QString mailPart(const QString &name)
{
    QString result;
    for (const QChar character : name.toLower()) {
        switch (character.unicode()) {
        case 0x00E4:
            result += QStringLiteral("ae");
            break;
        case 0x00F6:
            result += QStringLiteral("oe");
            break;
        case 0x00FC:
            result += QStringLiteral("ue");
            break;
        case 0x00DF:
            result += QStringLiteral("ss");
            break;
        case 0x0131:
            result += QLatin1Char('i');
            break;
        default:
            if (character.isLetter() && character.unicode() < 128)
                result += character;
        }
    }
    return result;
}

QString isoAt(const QDateTime &moment)
{
    return moment.toString(Qt::ISODateWithMs);
}

const QDateTime &seedEpoch()
{
    static const QDateTime epoch(QDate(2021, 3, 1), QTime(8, 0), Qt::UTC);
    return epoch;
}
} // namespace

const QString UserDemoSeed::kDemoPassword = QStringLiteral("Musterstadt-2024!");

UserDemoSeed::UserDemoSeed(EmulatorStore &store) : m_store(store) {}

const QStringList &UserDemoSeed::departments()
{
    static const QStringList names = {
        QStringLiteral("Vertrieb"),      QStringLiteral("Kundenservice"),
        QStringLiteral("Netzbetrieb"),   QStringLiteral("Abrechnung"),
        QStringLiteral("Energiehandel"), QStringLiteral("IT & Digitalisierung"),
        QStringLiteral("Marketing"),     QStringLiteral("Geschäftskunden"),
    };
    return names;
}

void UserDemoSeed::seedUsers(const SeedOptions &options)
{
    seedAdmin();
    const int count = options.users >= 0 ? options.users : (options.demo ? kDemoUserCount : 0);
    const qlonglong firstId = kDemoAdminUserId.toLongLong() + 1;
    for (int index = 0; index < count; ++index)
        seedMember(index, kDemoOrganizationId, QStringLiteral("stadtwerke-musterstadt.de"),
                   firstId + index, index < kDemoUserCount);
    if (!options.demo)
        return;
    for (int index = 0; index < kSecondOrganizationUsers; ++index)
        seedMember(count + index, kSecondOrganizationId, QStringLiteral("netz-musterstadt.de"),
                   firstId + count + index, true);
}

void UserDemoSeed::seedAdmin()
{
    const QJsonObject admin{
        {QStringLiteral("id"), kDemoAdminUserId},
        {QStringLiteral("organization_id"), kDemoOrganizationId},
        {QStringLiteral("created_at"), isoAt(seedEpoch().addDays(-400))},
        {QStringLiteral("activated_at"), isoAt(seedEpoch().addDays(-399))},
        {QStringLiteral("display_name"), kDemoAdminName},
        {QStringLiteral("status"), QStringLiteral("Active")},
        {QStringLiteral("email"), kDemoAdminEmail},
        {QStringLiteral("draft_email"), QJsonValue::Null},
        {QStringLiteral("department"), QStringLiteral("IT & Digitalisierung")},
        {QStringLiteral("phone"), QStringLiteral("+49 521 5510-100")},
        {QStringLiteral("secondary_phone"), QStringLiteral("+49 171 5550123")},
        {QStringLiteral("mfa_enabled"), true},
        {QStringLiteral("has_passkeys"), true},
        {QStringLiteral("phone_verified"), true},
        {QStringLiteral("preferred_language"), QStringLiteral("de")},
        {QStringLiteral("signature"),
         QStringLiteral("<p>Viele Grüße<br>Lena Schneider<br>Stadtwerke Musterstadt GmbH</p>")},
        {QStringLiteral("is_signature_enabled"), true},
        {QStringLiteral("custom_start_page"), QStringLiteral("/app/dashboard")},
        {QStringLiteral("image_uri"), QJsonValue::Null},
        {QStringLiteral("properties"), QJsonArray()},
        {QStringLiteral("tags"), QJsonArray{QStringLiteral("admin")}},
        {QStringLiteral("_org_ids"), QJsonArray{kDemoOrganizationId, kSecondOrganizationId}},
        {QStringLiteral("_roles"), QJsonArray{kDemoOrganizationId + QStringLiteral(":owner"),
                                              kDemoOrganizationId + QStringLiteral(":admin"),
                                              kSecondOrganizationId + QStringLiteral(":admin")}},
        {QStringLiteral("_password_hash"),
         UserDirectory::hashPassword(kDemoAdminUserId, kDemoPassword)},
    };
    m_store.put(kUsers, kDemoAdminUserId, admin);
}

void UserDemoSeed::seedMember(int index, const QString &organizationId, const QString &domain,
                              qlonglong numericId, bool demo)
{
    const QStringList &first = firstNames();
    const QStringList &last = lastNames();
    // Co-prime strides walk through all name pairs before repeating one.
    const QString firstName = first.at((index * 7) % first.size());
    const QString lastName = last.at((index * 11 + index / first.size()) % last.size());
    const int round = index / (first.size() * last.size());
    const QString id = QString::number(numericId);
    QString local = mailPart(firstName) + QLatin1Char('.') + mailPart(lastName);
    if (round > 0 || !demo)
        local += QString::number(index);
    const QString email = local + QLatin1Char('@') + domain;

    // 70 % Active, 15 % Pending, 10 % Deactivated, 5 % Deleted.
    const int slot = index % 20;
    const QString status = slot < 14   ? QStringLiteral("Active")
                           : slot < 17 ? QStringLiteral("Pending")
                           : slot < 19 ? QStringLiteral("Deactivated")
                                       : QStringLiteral("Deleted");
    const QString department = departments().at(index % departments().size());
    const QDateTime created = seedEpoch().addSecs(qint64(index) * 37 * 3600 % (4LL * 365 * 86400));
    const bool pending = status == QLatin1String("Pending");
    const bool hasPasskeys = demo && !pending && index % 7 == 0;

    QString role = QStringLiteral("user");
    if (index % 10 == 3)
        role = QStringLiteral("admin");
    else if (department == QLatin1String("Vertrieb") && index % 3 == 0)
        role = QStringLiteral("sales_manager");
    else if (department == QLatin1String("Kundenservice"))
        role = QStringLiteral("customer_service");
    else if (index % 9 == 5)
        role = QStringLiteral("viewer");

    QJsonObject user{
        {QStringLiteral("id"), id},
        {QStringLiteral("organization_id"), organizationId},
        {QStringLiteral("created_at"), isoAt(created)},
        {QStringLiteral("status"), status},
        {QStringLiteral("email"), email},
        {QStringLiteral("department"), department},
        {QStringLiteral("phone"),
         QStringLiteral("+49 521 5510-%1").arg(200 + index % 800, 3, 10, QLatin1Char('0'))},
        {QStringLiteral("mfa_enabled"), index % 3 == 0},
        {QStringLiteral("has_passkeys"), hasPasskeys},
        {QStringLiteral("phone_verified"), index % 4 != 1},
        {QStringLiteral("preferred_language"),
         index % 6 == 5 ? QStringLiteral("en") : QStringLiteral("de")},
        {QStringLiteral("_roles"), QJsonArray{organizationId + QLatin1Char(':') + role}},
    };
    if (!pending) {
        user.insert(QStringLiteral("display_name"), firstName + QLatin1Char(' ') + lastName);
        user.insert(QStringLiteral("activated_at"), isoAt(created.addDays(1)));
        if (status != QLatin1String("Deleted"))
            user.insert(QStringLiteral("_password_hash"),
                        UserDirectory::hashPassword(id, kDemoPassword));
    } else {
        // Stable invite tokens so the demo's pending invitations can be followed by hand.
        user.insert(QStringLiteral("_invite_token"), QStringLiteral("demo-invite-") + id);
    }
    if (demo) {
        user.insert(QStringLiteral("properties"), QJsonArray());
        if (index % 5 == 2)
            user.insert(QStringLiteral("secondary_phone"),
                        QStringLiteral("+49 160 55%1").arg(10000 + index * 37 % 90000));
        if (index % 4 == 0)
            user.insert(QStringLiteral("tags"),
                        QJsonArray{index % 8 == 0 ? QStringLiteral("non-billable")
                                                  : QStringLiteral("team-lead")});
    }
    m_store.put(kUsers, id, user);
}
