#include "services/session/TokenClaims.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace std::chrono_literals;

namespace {

QString base64Url(const QByteArray &data)
{
    return QString::fromLatin1(
        data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// An unsigned token as the servers would issue it; the signature is never checked locally.
QString makeToken(const QJsonObject &payload)
{
    return base64Url(R"({"alg":"RS256","typ":"JWT"})") + QLatin1Char('.') +
           base64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact)) +
           QStringLiteral(".c2lnbmF0dXJl");
}

} // namespace

class TokenClaimsTest : public QObject
{
    Q_OBJECT

private slots:
    void loginTokenFromCognito()
    {
        // The shape epilot's own documentation shows for a user's login (ID) token.
        const QString token = makeToken({{"sub", "0cd63e9c-42b4-4a38-97b8-1e41e42677e3"},
                                         {"cognito:username", "v.kuosmanen@epilot.cloud"},
                                         {"email", "v.kuosmanen@epilot.cloud"},
                                         {"custom:ivy_org_id", "66"},
                                         {"custom:ivy_user_id", "29216"},
                                         {"token_use", "id"},
                                         {"exp", 1642357470},
                                         {"iat", 1642353870}});
        const TokenClaims claims = TokenClaims::decode(token);
        QVERIFY2(claims.isValid(), qPrintable(claims.errorString()));
        QCOMPARE(claims.organizationId(), QStringLiteral("66"));
        QCOMPARE(claims.userId(), QStringLiteral("29216"));
        QCOMPARE(claims.email(), QStringLiteral("v.kuosmanen@epilot.cloud"));
        QCOMPARE(claims.displayName(), QStringLiteral("v.kuosmanen@epilot.cloud"));
        QCOMPARE(claims.expiresAt(), QDateTime::fromSecsSinceEpoch(1642357470, Qt::UTC));
        QCOMPARE(claims.issuedAt(), QDateTime::fromSecsSinceEpoch(1642353870, Qt::UTC));
        QVERIFY(!claims.isReadOnly());
        QVERIFY(!claims.isAnonymized());
        QVERIFY(!claims.isApiToken());
        QVERIFY(claims.isExpired());
    }

    void cliTokenWithNumbersAndFlags()
    {
        // Tokens issued for the CLI carry org_id/user_id (sometimes as numbers) and the
        // read_only/anonymize choices made at login.
        const QString token = makeToken({{"org_id", 739224},
                                         {"user_id", 10006129},
                                         {"token_name", "epilot CLI"},
                                         {"admin_email", "admin@example.com"},
                                         {"token_type", "api"},
                                         {"read_only", true},
                                         {"anonymize", true}});
        const TokenClaims claims = TokenClaims::decode(token);
        QVERIFY(claims.isValid());
        QCOMPARE(claims.organizationId(), QStringLiteral("739224"));
        QCOMPARE(claims.userId(), QStringLiteral("10006129"));
        QCOMPARE(claims.displayName(), QStringLiteral("epilot CLI"));
        QCOMPARE(claims.email(), QStringLiteral("admin@example.com"));
        QVERIFY(claims.isApiToken());
        QVERIFY(claims.isReadOnly());
        QVERIFY(claims.isAnonymized());
        // No exp: never expires, never "soon".
        QVERIFY(!claims.expiresAt().isValid());
        QVERIFY(!claims.isExpired());
        QVERIFY(!claims.expiresSoon(24h));
    }

    void flagVariants_data()
    {
        QTest::addColumn<QJsonObject>("payload");
        QTest::addColumn<bool>("readOnly");
        QTest::addColumn<bool>("anonymized");
        QTest::newRow("none") << QJsonObject{{"sub", "x"}} << false << false;
        QTest::newRow("strings") << QJsonObject{{"read_only", "true"}, {"anonymize", "true"}}
                                 << true << true;
        QTest::newRow("readonly spelling")
            << QJsonObject{{"readonly", true}, {"anonymized", true}} << true << true;
        QTest::newRow("explicit false")
            << QJsonObject{{"read_only", false}, {"anonymize", "false"}} << false << false;
        QTest::newRow("numbers") << QJsonObject{{"read_only", 1}, {"anonymize", 0}} << true
                                 << false;
    }

    void flagVariants()
    {
        QFETCH(QJsonObject, payload);
        QFETCH(bool, readOnly);
        QFETCH(bool, anonymized);
        const TokenClaims claims = TokenClaims::decode(makeToken(payload));
        QVERIFY(claims.isValid());
        QCOMPARE(claims.isReadOnly(), readOnly);
        QCOMPARE(claims.isAnonymized(), anonymized);
    }

    void expiry()
    {
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
        const auto withExpiry = [](const QJsonValue &exp) {
            return TokenClaims::decode(makeToken({{"exp", exp}}));
        };
        const TokenClaims inFiveMinutes = withExpiry(1'700'000'300);
        QVERIFY(!inFiveMinutes.isExpired(now));
        QVERIFY(inFiveMinutes.expiresSoon(10min, now));
        QVERIFY(!inFiveMinutes.expiresSoon(1min, now));

        const TokenClaims inAnHour = withExpiry(1'700'003'600);
        QVERIFY(!inAnHour.expiresSoon(10min, now));
        QVERIFY(inAnHour.expiresSoon(2h, now));

        const TokenClaims expired = withExpiry(1'699'999'999);
        QVERIFY(expired.isExpired(now));
        QVERIFY(expired.expiresSoon(1min, now));

        // Some issuers write exp as a string.
        QCOMPARE(withExpiry(QStringLiteral("1700000300")).expiresAt(),
                 QDateTime::fromSecsSinceEpoch(1'700'000'300, Qt::UTC));
        // Nonsense is treated as "no expiry", not as a crash or a date in year 0.
        QVERIFY(!withExpiry(QStringLiteral("soon")).expiresAt().isValid());
        QVERIFY(!withExpiry(-5).expiresAt().isValid());
        QVERIFY(!withExpiry(1e300).expiresAt().isValid());
    }

    void bearerPrefixAndWhitespace()
    {
        const QString token = makeToken({{"org_id", "1"}});
        const TokenClaims claims = TokenClaims::decode(QStringLiteral("  Bearer %1\n").arg(token));
        QVERIFY(claims.isValid());
        QCOMPARE(claims.organizationId(), QStringLiteral("1"));
    }

    void unreadableTokens_data()
    {
        QTest::addColumn<QString>("token");
        QTest::newRow("empty") << QString();
        QTest::newRow("spaces") << QStringLiteral("   ");
        QTest::newRow("opaque") << QStringLiteral("secret-opaque-api-key");
        QTest::newRow("two parts") << QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJhIjoxfQ");
        QTest::newRow("four parts") << QStringLiteral("a.eyJhIjoxfQ.c.d");
        QTest::newRow("bad base64") << QStringLiteral("a.!!!secret!!!.c");
        QTest::newRow("not json") << QStringLiteral("a.%1.c").arg(base64Url("secret text"));
        QTest::newRow("json array") << QStringLiteral("a.%1.c").arg(base64Url("[1,2]"));
        QTest::newRow("empty payload") << QStringLiteral("a..c");
    }

    void unreadableTokens()
    {
        QFETCH(QString, token);
        const TokenClaims claims = TokenClaims::decode(token);
        QVERIFY(!claims.isValid());
        QVERIFY(!claims.errorString().isEmpty());
        QVERIFY(!claims.errorString().contains(QLatin1String("secret")));
        QVERIFY(claims.organizationId().isEmpty());
        QVERIFY(!claims.isReadOnly());
        QVERIFY(!claims.isExpired());
    }

    void defaultConstructedIsInvalid() { QVERIFY(!TokenClaims().isValid()); }
};

QTEST_GUILESS_MAIN(TokenClaimsTest)
#include "tst_token_claims.moc"
