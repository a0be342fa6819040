// domain/security/SecurityFindings and SecurityReport: the security overview's eight checks on a
// prepared organization, each finding exactly what was planted and nothing else (deleted
// people, the root role and expired tokens left out), a check that could not run said so, and
// the report keeping server text as text (no formula in the CSV, no markup in the PDF's HTML).
#include "domain/security/SecurityFindings.h"
#include "domain/security/SecurityReport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 12, 4), QTime(12, 0), Qt::UTC);

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

UserRow person(const QString &id, const QString &status, bool mfa, bool passkeys, int daysOld = 100)
{
    QJsonObject object{{"id", id},
                       {"organization_id", "1"},
                       {"display_name", "Person " + id},
                       {"email", id + "@example.com"},
                       {"status", status},
                       {"mfa_enabled", mfa},
                       {"has_passkeys", passkeys},
                       {"created_at", kNow.addDays(-daysOld).toString(Qt::ISODate)}};
    const auto user = User::fromJson(object);
    Q_ASSERT(user);
    return UserRow::from(*user);
}

PermissionRole role(const char *text)
{
    const auto role = PermissionRole::fromJson(json(text));
    Q_ASSERT(role);
    return *role;
}

AccessToken token(const char *text)
{
    const auto token = AccessToken::fromJson(json(text));
    Q_ASSERT(token);
    return *token;
}

QSet<QString> idsOf(const SecurityFinding &finding)
{
    QSet<QString> ids;
    for (const SecurityFinding::Subject &subject : finding.subjects)
        ids.insert(subject.id);
    return ids;
}

// Organization 1: people a–l, roles, assignments and tokens with one or two of each finding.
SecurityInput prepared()
{
    SecurityInput input;
    input.organizationId = QStringLiteral("1");
    input.now = kNow;
    input.people = {
        person("a", "Active", true, false),       // MFA: fine
        person("b", "Active", false, true),       // passkeys: fine
        person("c", "Active", false, false),      // no second factor
        person("d", "Active", false, false),      // no second factor, owner
        person("e", "Pending", false, false, 30), // invitation 30 days old
        person("f", "Pending", false, false, 3),  // invitation 3 days old: fine
        person("g", "Deactivated", false, false), // deactivated, holds Sales
        person("h", "Deactivated", false, false), // deactivated, only the root role
        person("i", "Deleted", false, false),     // deleted: counts nowhere
        person("j", "Active", true, false),       // owner
        person("k", "Active", true, false),       // owner
        person("l", "Active", true, false),       // owner
    };
    input.roles = {
        role(R"({"id":"1:root","name":"Root","slug":"root","type":"org_role",
                 "grants":[{"action":"*"}]})"),
        role(R"({"id":"1:owner","name":"Owner","slug":"owner","type":"user_role",
                 "grants":[{"action":"*"}]})"),
        role(R"({"id":"1:sales","name":"Sales","slug":"sales","type":"user_role",
                 "grants":[{"action":"entity:*"}]})"),
        role(R"({"id":"1:audit","name":"Audit 2025","slug":"audit","type":"user_role",
                 "expires_at":"2025-03-31T22:00:00Z","grants":[{"action":"audit_log:view"}]})"),
        role(R"({"id":"1:old","name":"Old project","slug":"old","type":"user_role",
                 "expires_at":"2025-01-31T22:00:00Z","grants":[{"action":"entity:view"}]})"),
        role(R"({"id":"1:partner_a","name":"Installer","slug":"partner_a","type":"partner_role",
                 "partner_org_id":"2","vendor_enforced_user_limit":1,
                 "grants":[{"action":"entity:view"}]})"),
        role(R"({"id":"1:partner_b","name":"Planner","slug":"partner_b","type":"partner_role",
                 "partner_org_id":"3","vendor_enforced_user_limit":5,
                 "grants":[{"action":"entity:view"}]})"),
    };
    input.assignments = {
        {"d", {"1:owner"}, {}},
        {"j", {"1:owner", "1:partner_a"}, {}},
        {"k", {"1:owner", "1:partner_a", "1:partner_b"}, {}},
        {"l", {"1:owner"}, {}},
        {"i", {"1:owner", "1:old", "1:partner_a"}, {}}, // deleted: not counted
        {"g", {"1:sales", "1:root"}, {}},
        {"h", {"1:root"}, {}},
        {"c", {"1:audit"}, {}},
    };
    input.tokens = {
        token(R"({"id":"t1","name":"CRM sync","created_at":"2026-11-30T10:00:00Z",
                  "expires_at":"2027-01-30T10:00:00Z","assignments":["1:sales"],
                  "read_only":true})"),                           // fine
        token(R"({"id":"t2","name":"Forever","created_at":"2026-11-30T10:00:00Z",
                  "assignments":["1:sales"],"read_only":true})"), // no expiry
        token(R"({"id":"t3","name":"Admin writer","created_at":"2026-11-30T10:00:00Z",
                  "expires_at":"2027-01-30T10:00:00Z","assignments":["1:owner"],
                  "read_only":false})"), // writes with an administrator role
        token(R"({"id":"t4","name":"Ancient","created_at":"2026-01-02T10:00:00Z",
                  "expires_at":"2027-01-30T10:00:00Z","assignments":["1:sales"],
                  "read_only":true})"),  // older than 90 days
        token(R"({"id":"t5","name":"Expired","created_at":"2026-11-01T10:00:00Z",
                  "expires_at":"2026-11-02T10:00:00Z","assignments":["1:owner"]})"), // ended
    };
    return input;
}

} // namespace

class TestSecurityFindings : public QObject
{
    Q_OBJECT

private slots:
    void eachCheckFindsExactlyWhatWasPlanted()
    {
        const QList<SecurityFinding> findings = SecurityFindings::of(prepared());
        QCOMPARE(findings.size(), 8);
        using Kind = SecurityFinding::Kind;
        QHash<Kind, QSet<QString>> found;
        for (const SecurityFinding &finding : findings) {
            QVERIFY(finding.notChecked.isEmpty());
            found.insert(finding.kind, idsOf(finding));
        }
        QCOMPARE(found.value(Kind::NoSecondFactor), (QSet<QString>{"c", "d"}));
        QCOMPARE(found.value(Kind::OldInvitation), (QSet<QString>{"e"}));
        QCOMPARE(found.value(Kind::DeactivatedWithRoles), (QSet<QString>{"g"}));
        QCOMPARE(found.value(Kind::RoleAllowsEverything), (QSet<QString>{"1:owner"}));
        QCOMPARE(found.value(Kind::ManyOwners), (QSet<QString>{"d", "j", "k", "l"}));
        QCOMPARE(found.value(Kind::FlaggedToken), (QSet<QString>{"t2", "t3", "t4"}));
        QCOMPARE(found.value(Kind::PartnerRoleOverLimit), (QSet<QString>{"1:partner_a"}));
        QCOMPARE(found.value(Kind::ExpiredRoleAssigned), (QSet<QString>{"1:audit"}));
    }

    void findingsSayWhyAndWhere()
    {
        const QList<SecurityFinding> findings = SecurityFindings::of(prepared());
        const SecurityFinding &invitations = findings.at(1);
        QCOMPARE(invitations.title(),
                 QStringLiteral("1 invitation(s) pending for more than 14 days"));
        QCOMPARE(invitations.subjects.first().detail, QStringLiteral("invited 30 day(s) ago"));
        QCOMPARE(invitations.place(), SecurityFinding::Place::PendingInvitations);
        const SecurityFinding &deactivated = findings.at(2);
        QCOMPARE(deactivated.subjects.first().detail, QStringLiteral("Sales")); // not the root
        const SecurityFinding &tokens = findings.at(5);
        QCOMPARE(tokens.place(), SecurityFinding::Place::ApiTokens);
        QHash<QString, QString> why;
        for (const SecurityFinding::Subject &subject : tokens.subjects)
            why.insert(subject.id, subject.detail);
        QCOMPARE(why.value(QStringLiteral("t2")), QStringLiteral("never expires"));
        QCOMPARE(why.value(QStringLiteral("t3")),
                 QStringLiteral("may write with an administrator role"));
        QCOMPARE(findings.at(6).subjects.first().detail, QStringLiteral("held by 2, limit 1"));
    }

    // A list read by offset can hold a person twice: each is listed once.
    void aPersonListedTwiceCountsOnce()
    {
        SecurityInput input = prepared();
        input.people.append(input.people.at(2)); // c: no second factor
        input.people.append(input.people.at(4)); // e: old invitation
        input.people.append(input.people.at(6)); // g: deactivated with roles
        const QList<SecurityFinding> findings = SecurityFindings::of(input);
        QCOMPARE(findings.at(0).subjects.size(), 2);
        QCOMPARE(findings.at(1).subjects.size(), 1);
        QCOMPARE(findings.at(2).subjects.size(), 1);
    }

    void aCleanOrganizationPassesEveryCheck()
    {
        SecurityInput input;
        input.organizationId = QStringLiteral("1");
        input.now = kNow;
        input.people = {person("a", "Active", true, false), person("b", "Active", false, true)};
        input.roles = {role(R"({"id":"1:owner","name":"Owner","slug":"owner",
                                "type":"user_role","grants":[{"action":"entity:view"}]})")};
        input.assignments = {{"a", {"1:owner"}, {}}};
        for (const SecurityFinding &finding : SecurityFindings::of(input))
            QVERIFY2(finding.passed(), qPrintable(finding.title()));
        QCOMPARE(SecurityFindings::of(input).at(4).title(),
                 QStringLiteral("No more than 3 owners"));
    }

    void tokensThatCouldNotBeListedAreNotChecked()
    {
        SecurityInput input = prepared();
        input.tokens.clear();
        input.tokensProblem = QStringLiteral("403 Forbidden");
        const SecurityFinding tokens = SecurityFindings::of(input).at(5);
        QVERIFY(!tokens.passed());
        QCOMPARE(tokens.notChecked, QStringLiteral("403 Forbidden"));
    }

    void theReportKeepsServerTextAsText()
    {
        SecurityInput input = prepared();
        input.people[2].name = QStringLiteral("=HYPERLINK(\"http://x\")");
        input.roles[1] = role(R"({"id":"1:owner","name":"<b>Owner</b>","slug":"owner",
                                  "type":"user_role","grants":[{"action":"*"}]})");
        const SecurityReport report(SecurityFindings::of(input), kNow,
                                    QStringLiteral("Stadtwerke Musterstadt"));
        const QByteArray csv = report.csv();
        QVERIFY(csv.startsWith("Organization,Checked at (UTC),Check,Outcome,"));
        QVERIFY(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\""));
        QVERIFY(csv.contains("2026-12-04T12:00:00Z"));
        // Every check has a line, the passed ones too.
        QCOMPARE(csv.count("\r\n"), 1 + 2 + 1 + 1 + 1 + 4 + 3 + 1 + 1);
        const QString html = report.html();
        QVERIFY(html.contains(QStringLiteral("&lt;b&gt;Owner&lt;/b&gt;")));
        QVERIFY(!html.contains(QStringLiteral("<b>Owner")));
        QCOMPARE(report.fileName(QStringLiteral("pdf")),
                 QStringLiteral("security-overview-stadtwerke-musterstadt-2026-12-04.pdf"));
    }
};

QTEST_GUILESS_MAIN(TestSecurityFindings)
#include "tst_security_findings.moc"
