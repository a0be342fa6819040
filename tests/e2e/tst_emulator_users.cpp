// The User API of the real epilot-emulator over HTTP: the workflows the application relies on.
#include "tests/e2e/tst_emulator_users.h"

void TestEmulatorUsers::initTestCase()
{
    QString problem;
    QVERIFY2(m_emulator.start({}, &problem), qPrintable(problem));
}

void TestEmulatorUsers::init()
{
    QCOMPARE(m_emulator.raw("POST", QStringLiteral("/emulator/reset"), {}, {}).status, 204);
}

void TestEmulatorUsers::seedHasUsersInEveryStatus()
{
    const HttpAnswer answer = m_emulator.call("GET", QStringLiteral("/v2/users?limit=1000"));
    QCOMPARE(answer.status, 200);
    const QJsonArray users = answer.object().value(QStringLiteral("results")).toArray();
    QVERIFY2(users.size() >= 45, qPrintable(QString::number(users.size())));
    QSet<QString> statuses;
    for (const QJsonValue &user : users) {
        statuses.insert(user.toObject().value(QStringLiteral("status")).toString());
        QVERIFY(!user.toObject().contains(QStringLiteral("_roles"))); // internals never leak
        QVERIFY(!user.toObject().contains(QStringLiteral("_password_hash")));
    }
    QCOMPARE(statuses, (QSet<QString>{QStringLiteral("Active"), QStringLiteral("Pending"),
                                      QStringLiteral("Deactivated"), QStringLiteral("Deleted")}));
    const HttpAnswer me = m_emulator.call("GET", QStringLiteral("/v2/users/me"));
    QCOMPARE(me.object().value(QStringLiteral("id")).toString(), kAdminId);
    QCOMPARE(me.object().value(QStringLiteral("display_name")).toString(),
             QStringLiteral("Lena Schneider"));
    const HttpAnswer meV1 = m_emulator.call("GET", QStringLiteral("/v1/users/me"));
    QCOMPARE(meV1.status, 200);
    for (const QString &field :
         {QStringLiteral("id"), QStringLiteral("organization_id"), QStringLiteral("email"),
          QStringLiteral("name"), QStringLiteral("preferred_language"), QStringLiteral("roles"),
          QStringLiteral("properties")})
        QVERIFY2(meV1.object().contains(field), qPrintable(field));
}

void TestEmulatorUsers::inviteMailActivateBecomesActive()
{
    const QString email = QStringLiteral("neu.kollegin@stadtwerke-musterstadt.de");
    const HttpAnswer invited = m_emulator.call(
        "POST", QStringLiteral("/v2/users/invite"),
        QJsonObject{{QStringLiteral("email"), email},
                    {QStringLiteral("language"), QStringLiteral("de")},
                    {QStringLiteral("roles"), QJsonArray{kDemoOrg + QStringLiteral(":admin")}}});
    QCOMPARE(invited.status, 201);
    QCOMPARE(invited.object().value(QStringLiteral("status")).toString(),
             QStringLiteral("Pending"));
    const QString id = invited.object().value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());

    const QJsonObject mail = m_emulator.lastMail(email, QStringLiteral("user_invite"));
    QVERIFY2(!mail.isEmpty(), "no invitation in the outbox");
    const QString token =
        mail.value(QStringLiteral("data")).toObject().value(QStringLiteral("token")).toString();
    QVERIFY(!token.isEmpty());
    QVERIFY(mail.value(QStringLiteral("data"))
                .toObject()
                .value(QStringLiteral("link"))
                .toString()
                .contains(token));

    const HttpAnswer checked =
        m_emulator.raw("GET", QStringLiteral("/v2/users/public/checkToken?token=") + token, {}, {});
    QCOMPARE(checked.status, 200);
    QCOMPARE(checked.object().value(QStringLiteral("invitee_user_id")).toString(), id);
    QCOMPARE(checked.object().value(QStringLiteral("invitation_org_id")).toString(), kDemoOrg);

    const auto activate = [&](const QString &password) {
        return m_emulator.raw("POST", QStringLiteral("/v2/users/public/activate?token=") + token,
                              QJsonDocument(QJsonObject{{QStringLiteral("display_name"),
                                                         QStringLiteral("Mia Neumann")},
                                                        {QStringLiteral("password"), password}})
                                  .toJson(),
                              {});
    };
    QCOMPARE(activate(QStringLiteral("short")).status, 400);
    QCOMPARE(m_emulator.call("GET", QStringLiteral("/v2/users/") + id)
                 .object()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("Pending"));
    QCOMPARE(activate(kGoodPassword).status, 200);

    const HttpAnswer user = m_emulator.call("GET", QStringLiteral("/v2/users/") + id);
    QCOMPARE(user.object().value(QStringLiteral("status")).toString(), QStringLiteral("Active"));
    QCOMPARE(user.object().value(QStringLiteral("display_name")).toString(),
             QStringLiteral("Mia Neumann"));
    QVERIFY(user.object().contains(QStringLiteral("activated_at")));
    const HttpAnswer userV1 = m_emulator.call("GET", QStringLiteral("/v1/users/") + id);
    QCOMPARE(userV1.object().value(QStringLiteral("roles")).toArray(),
             QJsonArray{kDemoOrg + QStringLiteral(":admin")});
    // The token is spent.
    QCOMPARE(activate(kGoodPassword).status, 404);
    QCOMPARE(
        m_emulator.raw("GET", QStringLiteral("/v2/users/public/checkToken?token=") + token, {}, {})
            .status,
        404);
}

void TestEmulatorUsers::inviteRejectsBadInputWithoutStoring()
{
    const int before = m_emulator.call("GET", QStringLiteral("/v2/users"))
                           .object()
                           .value(QStringLiteral("results"))
                           .toArray()
                           .size();
    const QList<QPair<QJsonObject, QString>> cases = {
        {QJsonObject{}, QStringLiteral("email")},
        {QJsonObject{{QStringLiteral("email"), QStringLiteral("not-an-address")}},
         QStringLiteral("e-mail")},
        {QJsonObject{{QStringLiteral("email"), QStringLiteral("a@b.de")},
                     {QStringLiteral("language"), QStringLiteral("fr")}},
         QStringLiteral("language")},
        {QJsonObject{{QStringLiteral("email"), QStringLiteral("a@b.de")},
                     {QStringLiteral("roles"), QJsonArray{kDemoOrg + QStringLiteral(":wizard")}}},
         QStringLiteral("role")},
        {QJsonObject{{QStringLiteral("email"), QStringLiteral("a@b.de")},
                     {QStringLiteral("roles"), QJsonArray{QStringLiteral("999:admin")}}},
         QStringLiteral("role")},
        {QJsonObject{
             {QStringLiteral("email"), QStringLiteral("lena.schneider@stadtwerke-musterstadt.de")}},
         QStringLiteral("exists")},
    };
    for (const auto &[body, word] : cases) {
        const HttpAnswer answer = m_emulator.call("POST", QStringLiteral("/v2/users/invite"), body);
        QCOMPARE(answer.status, 400);
        QVERIFY2(answer.object()
                     .value(QStringLiteral("message"))
                     .toString()
                     .contains(word, Qt::CaseInsensitive),
                 answer.body.constData());
    }
    const int after = m_emulator.call("GET", QStringLiteral("/v2/users"))
                          .object()
                          .value(QStringLiteral("results"))
                          .toArray()
                          .size();
    QCOMPARE(after, before);
    QCOMPARE(m_emulator.lastMail(QStringLiteral("a@b.de"), QStringLiteral("user_invite")),
             QJsonObject());
}

void TestEmulatorUsers::rejectAndResendInvitation()
{
    const QString email = QStringLiteral("kurz.besuch@example.com");
    const HttpAnswer invited = m_emulator.call("POST", QStringLiteral("/v2/users/invite"),
                                               QJsonObject{{QStringLiteral("email"), email}});
    QCOMPARE(invited.status, 201);
    const QString id = invited.object().value(QStringLiteral("id")).toString();
    const QString first = m_emulator.lastMail(email, QStringLiteral("user_invite"))
                              .value(QStringLiteral("data"))
                              .toObject()
                              .value(QStringLiteral("token"))
                              .toString();

    const HttpAnswer resent =
        m_emulator.call("POST", QStringLiteral("/v2/users/invite:resendEmail"),
                        QJsonObject{{QStringLiteral("email"), email},
                                    {QStringLiteral("language"), QStringLiteral("en")}});
    QCOMPARE(resent.status, 200);
    const QString second = m_emulator.lastMail(email, QStringLiteral("user_invite"))
                               .value(QStringLiteral("data"))
                               .toObject()
                               .value(QStringLiteral("token"))
                               .toString();
    QVERIFY(second != first);
    QCOMPARE(
        m_emulator.raw("GET", QStringLiteral("/v2/users/public/checkToken?token=") + first, {}, {})
            .status,
        404);
    QCOMPARE(m_emulator
                 .call("POST", QStringLiteral("/v2/users/invite:resendEmail"),
                       QJsonObject{{QStringLiteral("email"), QStringLiteral("nobody@example.com")}})
                 .status,
             400);

    const HttpAnswer rejected =
        m_emulator.raw("DELETE", QStringLiteral("/v2/users/public/reject?token=") + second, {}, {});
    QCOMPARE(rejected.status, 200);
    QCOMPARE(rejected.object().value(QStringLiteral("success")).toBool(), true);
    QCOMPARE(m_emulator.call("GET", QStringLiteral("/v2/users/") + id).status, 404);
}

void TestEmulatorUsers::listingPagesAndFilters()
{
    const QJsonArray all = m_emulator.call("GET", QStringLiteral("/v2/users?limit=1000"))
                               .object()
                               .value(QStringLiteral("results"))
                               .toArray();
    const QJsonArray page = m_emulator.call("GET", QStringLiteral("/v2/users?limit=5&offset=5"))
                                .object()
                                .value(QStringLiteral("results"))
                                .toArray();
    QCOMPARE(page.size(), 5);
    QCOMPARE(idsOf(page), idsOf(all).mid(5, 5));

    const QJsonArray found = m_emulator.call("GET", QStringLiteral("/v2/users?query=schneider"))
                                 .object()
                                 .value(QStringLiteral("results"))
                                 .toArray();
    QVERIFY(idsOf(found).contains(kAdminId));
    for (const QJsonValue &user : found)
        QVERIFY(QJsonDocument(user.toObject()).toJson().toLower().contains("schneider"));

    // '+' is a space in query values, as browsers and API Gateway read them.
    const QJsonArray spaced =
        m_emulator.call("GET", QStringLiteral("/v2/users?query=Lena+Schneider"))
            .object()
            .value(QStringLiteral("results"))
            .toArray();
    QCOMPARE(idsOf(spaced), QStringList{kAdminId});

    QCOMPARE(m_emulator.call("GET", QStringLiteral("/v2/users?limit=abc")).status, 400);
    QCOMPARE(m_emulator.call("GET", QStringLiteral("/v2/users?offset=-1")).status, 400);

    // V1 with org_ids: the second organization's users only (the admin is in both).
    const QJsonArray second =
        m_emulator.call("GET", QStringLiteral("/v1/users?org_ids=") + kSecondOrg)
            .object()
            .value(QStringLiteral("users"))
            .toArray();
    QVERIFY(second.size() >= 2);
    QVERIFY(idsOf(second).contains(kAdminId));
    for (const QJsonValue &user : second)
        QVERIFY(user.toObject().contains(QStringLiteral("roles")));
    QCOMPARE(m_emulator.call("GET", QStringLiteral("/v1/users?org_ids=123456")).status, 403);
    QCOMPARE(m_emulator.call("GET", QStringLiteral("/v2/users/99999999")).status, 404);
}

// The emulator searches a prepared index; every answer must equal a plain case-insensitive scan
// of the users' searchable fields, in listing order, also right after a change.
void TestEmulatorUsers::searchFindsWhatAPlainScanFinds()
{
    const auto results = [this](const QString &query) {
        return m_emulator
            .call("GET", QStringLiteral("/v2/users?limit=1000&query=") +
                             QString::fromLatin1(QUrl::toPercentEncoding(query)))
            .object()
            .value(QStringLiteral("results"))
            .toArray();
    };
    const auto expected = [&](const QString &query) {
        QStringList ids;
        for (const QJsonValue &value : results({})) {
            const QJsonObject user = value.toObject();
            for (const char *field : {"display_name", "email", "department", "phone", "id"}) {
                if (user.value(QLatin1String(field))
                        .toString()
                        .contains(query, Qt::CaseInsensitive)) {
                    ids << user.value(QStringLiteral("id")).toString();
                    break;
                }
            }
        }
        return ids;
    };
    for (const QString &query :
         {QStringLiteral("SCHNEIDER"), QStringLiteral("ü"), QStringLiteral("Vertrieb"),
          QStringLiteral("+49"), QStringLiteral("@"), QStringLiteral("1001"), QStringLiteral("a"),
          QStringLiteral("müller"), QStringLiteral("nobody-is-called-so")}) {
        const QStringList found = idsOf(results(query));
        QCOMPARE(found, expected(query));
    }
    QVERIFY(!expected(QStringLiteral("ü")).isEmpty()); // the seed has umlauts to find
    // No match across two fields: the end of the e-mail and the start of the department.
    const QJsonObject admin =
        m_emulator.call("GET", QStringLiteral("/v2/users/") + kAdminId).object();
    const QString across = admin.value(QStringLiteral("email")).toString().right(3) +
                           admin.value(QStringLiteral("department")).toString().left(3);
    QCOMPARE(idsOf(results(across)), expected(across));

    // A changed name is found at once (the index follows the store).
    QCOMPARE(
        m_emulator
            .call("PATCH", QStringLiteral("/v2/users/") + kAdminId,
                  QJsonObject{{QStringLiteral("display_name"), QStringLiteral("Lena Quendelin")}})
            .status,
        200);
    QCOMPARE(idsOf(results(QStringLiteral("QUENDELIN"))), QStringList{kAdminId});
    QVERIFY(idsOf(results(QStringLiteral("Lena Schneider"))).isEmpty());
}

void TestEmulatorUsers::patchMergesAndEmailChangeNeedsVerification()
{
    const QString id = QStringLiteral("10010731");
    const QJsonObject before = m_emulator.call("GET", QStringLiteral("/v2/users/") + id).object();
    const HttpAnswer patched = m_emulator.call(
        "PATCH", QStringLiteral("/v2/users/") + id,
        QJsonObject{{QStringLiteral("department"), QStringLiteral("Netzbetrieb")},
                    {QStringLiteral("email"), QStringLiteral("laura.neu@example.com")}});
    QCOMPARE(patched.status, 200);
    const QJsonObject after = patched.object();
    QCOMPARE(after.value(QStringLiteral("department")).toString(), QStringLiteral("Netzbetrieb"));
    QCOMPARE(after.value(QStringLiteral("display_name")),
             before.value(QStringLiteral("display_name"))); // merged
    QCOMPARE(after.value(QStringLiteral("email")),
             before.value(QStringLiteral("email"))); // not yet
    QCOMPARE(after.value(QStringLiteral("draft_email")).toString(),
             QStringLiteral("laura.neu@example.com"));

    const QJsonObject mail = m_emulator.lastMail(QStringLiteral("laura.neu@example.com"),
                                                 QStringLiteral("email_verification"));
    const QString token =
        mail.value(QStringLiteral("data")).toObject().value(QStringLiteral("token")).toString();
    QVERIFY(!token.isEmpty());
    QCOMPARE(
        m_emulator.raw("POST", QStringLiteral("/v2/users/public/verifyEmail?token=wrong"), "{}", {})
            .status,
        404);
    QCOMPARE(
        m_emulator
            .raw("POST", QStringLiteral("/v2/users/public/verifyEmail?token=") + token, "{}", {})
            .status,
        200);
    const QJsonObject verified = m_emulator.call("GET", QStringLiteral("/v2/users/") + id).object();
    QCOMPARE(verified.value(QStringLiteral("email")).toString(),
             QStringLiteral("laura.neu@example.com"));
    QVERIFY(verified.value(QStringLiteral("draft_email")).isNull());

    // Bad input: 400 and nothing changes.
    for (const QJsonObject &bad :
         {QJsonObject{{QStringLiteral("preferred_language"), QStringLiteral("fr")}},
          QJsonObject{{QStringLiteral("email"), QStringLiteral("kaputt")}},
          QJsonObject{{QStringLiteral("mfa_enabled"), QStringLiteral("yes")}},
          QJsonObject{{QStringLiteral("status"), QStringLiteral("Deleted")}},
          QJsonObject{{QStringLiteral("roles"), QJsonArray{QStringLiteral("739224:nope")}}}}) {
        QCOMPARE(m_emulator.call("PATCH", QStringLiteral("/v2/users/") + id, bad).status, 400);
    }
    QCOMPARE(m_emulator.call("GET", QStringLiteral("/v2/users/") + id).object(), verified);
    QCOMPARE(m_emulator.call("PATCH", QStringLiteral("/v2/users/") + id, QJsonArray{}).status, 400);
}

void TestEmulatorUsers::passwordResetWorkflow()
{
    const QString email = QStringLiteral("jonas.mueller@stadtwerke-musterstadt.de");
    const HttpAnswer sent = m_emulator.call("POST", QStringLiteral("/v2/users:sendPasswordReset"),
                                            QJsonObject{{QStringLiteral("email"), email}});
    QCOMPARE(sent.status, 200);
    QCOMPARE(sent.object().value(QStringLiteral("success")).toBool(), true);
    const QString token = m_emulator.lastMail(email, QStringLiteral("password_reset"))
                              .value(QStringLiteral("data"))
                              .toObject()
                              .value(QStringLiteral("token"))
                              .toString();
    QVERIFY(!token.isEmpty());

    const auto reset = [&](const QString &password, const QString &usedToken) {
        return m_emulator.raw("POST", QStringLiteral("/v2/users/public/resetPassword"),
                              QJsonDocument(QJsonObject{{QStringLiteral("email"), email},
                                                        {QStringLiteral("token"), usedToken},
                                                        {QStringLiteral("password"), password}})
                                  .toJson(),
                              {});
    };
    const HttpAnswer weak = reset(QStringLiteral("password"), token);
    QCOMPARE(weak.status, 400);
    QCOMPARE(weak.object().value(QStringLiteral("error")).toString(),
             QStringLiteral("PASSWORD_POLICY"));
    QVERIFY(weak.object()
                .value(QStringLiteral("violations"))
                .toArray()
                .contains(QStringLiteral("missing_uppercase")));
    QCOMPARE(reset(kGoodPassword, QStringLiteral("forged"))
                 .object()
                 .value(QStringLiteral("error"))
                 .toString(),
             QStringLiteral("INVALID_RESET_LINK"));
    QCOMPARE(reset(kGoodPassword, token).status, 200);
    QCOMPARE(reset(kGoodPassword, token).object().value(QStringLiteral("error")).toString(),
             QStringLiteral("INVALID_RESET_LINK"));

    // The public variant answers the same whether or not the account exists.
    const HttpAnswer unknown =
        m_emulator.raw("POST", QStringLiteral("/v2/users/public/requestPasswordReset"),
                       R"({"email":"niemand@example.com"})", {});
    const HttpAnswer known =
        m_emulator.raw("POST", QStringLiteral("/v2/users/public/requestPasswordReset"),
                       QJsonDocument(QJsonObject{{QStringLiteral("email"), email}}).toJson(), {});
    QCOMPARE(unknown.status, 200);
    QCOMPARE(known.body, unknown.body);
    QCOMPARE(m_emulator.lastMail(QStringLiteral("niemand@example.com"),
                                 QStringLiteral("password_reset")),
             QJsonObject());
    QCOMPARE(m_emulator.call("POST", QStringLiteral("/v2/users:sendPasswordReset"), QJsonObject{})
                 .status,
             400);
}

QTEST_GUILESS_MAIN(TestEmulatorUsers)
