// The checks forms run before sending: the limits agree with the specs, good values pass and
// bad ones get a message.
#include "domain/common/InputRules.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class InputRulesTest : public QObject
{
    Q_OBJECT

    static QJsonObject schemas(const QString &file)
    {
        QString directory = qEnvironmentVariable("EPILOT_SPECS_DIR");
        if (directory.isEmpty())
            directory = QStringLiteral(EPILOT_SPECS_DIR);
        QFile spec(directory + QLatin1Char('/') + file);
        if (!spec.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(spec.readAll())
            .object()["components"]
            .toObject()["schemas"]
            .toObject();
    }

private slots:
    void limitsAreTheSpecs()
    {
        const QJsonObject user = schemas(QStringLiteral("user.json"));
        const QJsonObject partners = schemas(QStringLiteral("partner-directory.json"));
        QVERIFY(!user.isEmpty() && !partners.isEmpty());
        QCOMPARE(user["UserV2"]["properties"]["custom_start_page"]["pattern"].toString(),
                 QStringLiteral("^/app/*"));
        QCOMPARE(user["CreateGroupReq"]["properties"]["abbreviation"]["maxLength"].toInt(), 2);
        QCOMPARE(
            user["GroupImageUri"]["properties"]["gradient_colors"]["items"]["pattern"].toString(),
            QStringLiteral("^#[0-9a-fA-F]{6}$"));
        QCOMPARE(user["UserInvitationPayload"]["properties"]["language"]["enum"].toArray(),
                 (QJsonArray{"en", "de"}));
        QCOMPARE(partners["CreatePartnerRolePayload"]["properties"]["slug"]["pattern"].toString(),
                 QStringLiteral("^[a-z][a-z0-9_]*$"));
    }

    void goodValuesPass()
    {
        QVERIFY(InputRules::required(QStringLiteral(" x ")).isEmpty());
        QVERIFY(InputRules::email(QStringLiteral("someone@epilot.cloud")).isEmpty());
        QVERIFY(InputRules::optionalEmail(QString()).isEmpty());
        QVERIFY(InputRules::language(QStringLiteral("de")).isEmpty());
        QVERIFY(InputRules::startPage(QStringLiteral("/app/dashboard")).isEmpty());
        QVERIFY(InputRules::startPage(QString()).isEmpty());
        QVERIFY(InputRules::slug(QStringLiteral("installer_read2")).isEmpty());
        QVERIFY(InputRules::maxLength(QStringLiteral("FS"), 2).isEmpty());
        QVERIFY(InputRules::colour(QStringLiteral("#0588F0")).isEmpty());
        QVERIFY(InputRules::webAddress(QStringLiteral("https://epilot.cloud/x?y=1")).isEmpty());
        QVERIFY(InputRules::json(QStringLiteral("\"text\"")).isEmpty());
        QVERIFY(InputRules::json(QStringLiteral("{\"a\": [1, true, null]}")).isEmpty());
        QVERIFY(InputRules::json(QString(), false).isEmpty());
    }

    // Phone numbers are checked leniently (issue 20): the usual ways of writing one pass,
    // words and lone digits do not.
    void phoneNumbersAreCheckedLeniently()
    {
        for (const char *good : {"+49 30 1234567", "030/123 456-78", "(030) 12 34 56",
                                 "+1-555-0100", "0049301234567", ""})
            QVERIFY2(InputRules::phone(QString::fromLatin1(good)).isEmpty(), good);
        QCOMPARE(InputRules::phone(QStringLiteral("call me maybe")),
                 QStringLiteral("\"call me maybe\" is not a phone number: use digits, spaces and "
                                "+ - / ( ), e.g. +49 30 1234567."));
        for (const char *bad : {"12", "+49 30 CALL-ME", "030 123 456 ext. 7", "--", "1#2#3"})
            QVERIFY2(!InputRules::phone(QString::fromLatin1(bad)).isEmpty(), bad);
    }

    void badValuesAreNamed()
    {
        QCOMPARE(InputRules::required(QStringLiteral("  ")), QStringLiteral("Required."));
        QCOMPARE(InputRules::email(QStringLiteral("a@b")),
                 QStringLiteral("\"a@b\" is not an e-mail address (name@example.com)."));
        QVERIFY(!InputRules::email(QStringLiteral("a b@example.com")).isEmpty());
        QVERIFY(!InputRules::email(QString()).isEmpty());
        QVERIFY(InputRules::language(QStringLiteral("fr")).startsWith("\"fr\" is not a language"));
        QVERIFY(!InputRules::startPage(QStringLiteral("app/dashboard")).isEmpty());
        QVERIFY(!InputRules::startPage(QStringLiteral("https://elsewhere")).isEmpty());
        QVERIFY(!InputRules::slug(QStringLiteral("Installer")).isEmpty());
        QVERIFY(!InputRules::slug(QStringLiteral("1st")).isEmpty());
        QVERIFY(!InputRules::slug(QString()).isEmpty());
        QCOMPARE(InputRules::maxLength(QStringLiteral("ABC"), 2),
                 QStringLiteral("At most 2 characters; this has 3."));
        QVERIFY(!InputRules::colour(QStringLiteral("red")).isEmpty());
        QVERIFY(!InputRules::colour(QStringLiteral("#fff")).isEmpty());
        QVERIFY(!InputRules::webAddress(QStringLiteral("ftp://files.example")).isEmpty());
        QVERIFY(!InputRules::webAddress(QStringLiteral("epilot.cloud")).isEmpty());
        QVERIFY(!InputRules::json(QString()).isEmpty());
        QCOMPARE(InputRules::json(QStringLiteral("{\n\"a\": }")).left(26),
                 QStringLiteral("Not valid JSON at line 2: "));
        QVERIFY(!InputRules::json(QStringLiteral("1 2")).isEmpty());
    }
};

QTEST_MAIN(InputRulesTest)
#include "tst_input_rules.moc"
