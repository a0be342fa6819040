// tst_emulator_users, continued (the test class is in tst_emulator_users.h).
#include "tests/e2e/tst_emulator_users.h"

void TestEmulatorUsers::deleteMarksDeleted()
{
    const HttpAnswer deleted = m_emulator.call("DELETE", QStringLiteral("/v2/users/10010732"));
    QCOMPARE(deleted.status, 200);
    QVERIFY(deleted.object().contains(QStringLiteral("roles"))); // the V1 User shape
    QCOMPARE(m_emulator.call("GET", QStringLiteral("/v2/users/10010732"))
                 .object()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("Deleted"));
    QCOMPARE(m_emulator.call("DELETE", QStringLiteral("/v2/users/10010732")).status, 404);
    QCOMPARE(m_emulator.call("DELETE", QStringLiteral("/v2/users/") + kAdminId).status, 400);
    QCOMPARE(m_emulator.call("DELETE", QStringLiteral("/v2/users/42")).status, 404);
}

void TestEmulatorUsers::signUpCreatesOrganizationWithOwner()
{
    const QJsonObject payload{
        {QStringLiteral("organization_detail"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("Vendor")},
                     {QStringLiteral("name"), QStringLiteral("Stadtwerke Beispielhausen")},
                     {QStringLiteral("pricing_tier"), QStringLiteral("professional")},
                     {QStringLiteral("email"), QStringLiteral("info@sw-beispielhausen.de")}}},
        {QStringLiteral("user_detail"),
         QJsonObject{{QStringLiteral("full_name"), QStringLiteral("Karl Beispiel")},
                     {QStringLiteral("email"), QStringLiteral("karl@sw-beispielhausen.de")},
                     {QStringLiteral("password"), kGoodPassword}}},
        {QStringLiteral("language"), QStringLiteral("de")}};
    const HttpAnswer created = m_emulator.raw("POST", QStringLiteral("/v2/users/public/signup"),
                                              QJsonDocument(payload).toJson(), {});
    QCOMPARE(created.status, 200);
    const QString organizationId = created.object()
                                       .value(QStringLiteral("organization"))
                                       .toObject()
                                       .value(QStringLiteral("id"))
                                       .toString();
    QVERIFY(!organizationId.isEmpty());
    const QJsonObject user = created.object().value(QStringLiteral("user")).toObject();
    QCOMPARE(user.value(QStringLiteral("organization_id")).toString(), organizationId);
    QCOMPARE(user.value(QStringLiteral("roles")).toArray(),
             QJsonArray{organizationId + QStringLiteral(":owner")});
    // Twice: the address is taken.
    QCOMPARE(m_emulator
                 .raw("POST", QStringLiteral("/v2/users/public/signup"),
                      QJsonDocument(payload).toJson(), {})
                 .status,
             409);
    QJsonObject missing = payload;
    missing.remove(QStringLiteral("user_detail"));
    QCOMPARE(m_emulator
                 .raw("POST", QStringLiteral("/v2/users/public/signup"),
                      QJsonDocument(missing).toJson(), {})
                 .status,
             400);
}

void TestEmulatorUsers::groupRoundRobin()
{
    const QStringList members = {QStringLiteral("10010730"), QStringLiteral("10010731"),
                                 QStringLiteral("10010733")};
    const HttpAnswer created = m_emulator.call(
        "POST", QStringLiteral("/v1/groups"),
        QJsonObject{{QStringLiteral("name"), QStringLiteral("Störungsdienst")},
                    {QStringLiteral("abbreviation"), QStringLiteral("SD")},
                    {QStringLiteral("user_ids"), QJsonArray::fromStringList(members)}});
    QCOMPARE(created.status, 201);
    const QString id = created.object().value(QStringLiteral("id")).toString();
    QStringList assignees;
    QList<int> indexes;
    for (int round = 0; round < 4; ++round) {
        const HttpAnswer next =
            m_emulator.call("POST", QStringLiteral("/v1/groups/%1/user:next").arg(id));
        QCOMPARE(next.status, 200);
        const QJsonObject assignee = next.object().value(QStringLiteral("crt_assignee")).toObject();
        assignees.append(assignee.value(QStringLiteral("id")).toString());
        indexes.append(assignee.value(QStringLiteral("crt_index")).toInt());
    }
    QCOMPARE(assignees, (QStringList{members[0], members[1], members[2], members[0]}));
    QCOMPARE(indexes, (QList<int>{0, 1, 2, 0}));
    QCOMPARE(m_emulator.call("GET", QStringLiteral("/v1/groups/") + id)
                 .object()
                 .value(QStringLiteral("crt_assignee"))
                 .toObject()
                 .value(QStringLiteral("id"))
                 .toString(),
             members[0]);

    const HttpAnswer empty =
        m_emulator.call("POST", QStringLiteral("/v1/groups"),
                        QJsonObject{{QStringLiteral("name"), QStringLiteral("Leer")}});
    QCOMPARE(m_emulator
                 .call("POST", QStringLiteral("/v1/groups/%1/user:next")
                                   .arg(empty.object().value(QStringLiteral("id")).toString()))
                 .status,
             422);
    QCOMPARE(m_emulator.call("POST", QStringLiteral("/v1/groups/unknown/user:next")).status, 404);

    const QJsonArray groupsOfMember =
        m_emulator.call("GET", QStringLiteral("/v2/users/10010731/groups")).array();
    QVERIFY(idsOf(groupsOfMember).contains(id));
}

void TestEmulatorUsers::groupValidationAndHydration()
{
    const HttpAnswer list =
        m_emulator.call("GET", QStringLiteral("/v1/groups?limit=3&hydrate=true"));
    QCOMPARE(list.status, 200);
    QCOMPARE(list.object().value(QStringLiteral("hits")).toInt(), 8);
    QCOMPARE(list.object().value(QStringLiteral("groups")).toArray().size(), 3);
    const QJsonObject first =
        list.object().value(QStringLiteral("groups")).toArray().first().toObject();
    QVERIFY(first.value(QStringLiteral("users"))
                .toArray()
                .first()
                .toObject()
                .contains(QStringLiteral("email")));
    const QJsonObject plain = m_emulator
                                  .call("GET", QStringLiteral("/v1/groups/") +
                                                   first.value(QStringLiteral("id")).toString())
                                  .object();
    QVERIFY(!plain.value(QStringLiteral("users"))
                 .toArray()
                 .first()
                 .toObject()
                 .contains(QStringLiteral("email")));
    QCOMPARE(m_emulator.call("GET", QStringLiteral("/v1/groups?query=vertrieb"))
                 .object()
                 .value(QStringLiteral("hits"))
                 .toInt(),
             1);

    QCOMPARE(m_emulator.call("POST", QStringLiteral("/v1/groups"), QJsonObject{}).status, 400);
    QCOMPARE(m_emulator
                 .call("POST", QStringLiteral("/v1/groups"),
                       QJsonObject{{QStringLiteral("name"), QStringLiteral("X")},
                                   {QStringLiteral("abbreviation"), QStringLiteral("XYZ")}})
                 .status,
             400);
    QCOMPARE(
        m_emulator
            .call("POST", QStringLiteral("/v1/groups"),
                  QJsonObject{{QStringLiteral("name"), QStringLiteral("X")},
                              {QStringLiteral("user_ids"), QJsonArray{QStringLiteral("nope")}}})
            .status,
        400);
    const QString id = first.value(QStringLiteral("id")).toString();
    const HttpAnswer renamed = m_emulator.call(
        "PATCH", QStringLiteral("/v1/groups/") + id,
        QJsonObject{{QStringLiteral("name"), QStringLiteral("Vertrieb Privatkunden")}});
    QCOMPARE(renamed.status, 201);
    QCOMPARE(renamed.object().value(QStringLiteral("name")).toString(),
             QStringLiteral("Vertrieb Privatkunden"));
    QCOMPARE(m_emulator.call("DELETE", QStringLiteral("/v1/groups/") + id).status, 204);
    QCOMPARE(m_emulator.call("GET", QStringLiteral("/v1/groups/") + id).status, 404);
}

void TestEmulatorUsers::userSettingsLimits()
{
    const QString base = QStringLiteral("/v2/users/me/settings/");
    QCOMPARE(m_emulator
                 .call("PUT", base + QString(65, QLatin1Char('s')) + QStringLiteral("/key"),
                       QJsonObject{})
                 .status,
             400);
    QCOMPARE(m_emulator
                 .call("PUT", base + QStringLiteral("scope/") + QString(129, QLatin1Char('k')),
                       QJsonObject{})
                 .status,
             400);
    const QJsonObject big{{QStringLiteral("blob"), QString(64 * 1024, QLatin1Char('x'))}};
    const HttpAnswer tooBig = m_emulator.call("PUT", base + QStringLiteral("scope/big"), big);
    QCOMPARE(tooBig.status, 400);
    QVERIFY(tooBig.object()
                .value(QStringLiteral("message"))
                .toString()
                .contains(QStringLiteral("64 KiB")));
    QCOMPARE(m_emulator.call("GET", base + QStringLiteral("scope/big")).status, 404);

    // At the limits it works, scalars too.
    QCOMPARE(m_emulator
                 .call("PUT",
                       base + QString(64, QLatin1Char('s')) + QLatin1Char('/') +
                           QString(128, QLatin1Char('k')),
                       true)
                 .status,
             200);
    const HttpAnswer saved =
        m_emulator.call("PUT", base + QStringLiteral("calendar/theme"), QStringLiteral("dark"));
    QCOMPARE(saved.status, 200);
    QCOMPARE(saved.object().value(QStringLiteral("value")).toString(), QStringLiteral("dark"));
    const QString created = saved.object().value(QStringLiteral("created_at")).toString();
    const HttpAnswer again =
        m_emulator.call("PUT", base + QStringLiteral("calendar/theme"), QStringLiteral("light"));
    QCOMPARE(again.object().value(QStringLiteral("created_at")).toString(), created);
    QCOMPARE(m_emulator.call("GET", base + QStringLiteral("calendar"))
                 .object()
                 .value(QStringLiteral("settings"))
                 .toObject()
                 .value(QStringLiteral("theme"))
                 .toString(),
             QStringLiteral("light"));
    bool listed = false;
    for (const QJsonValue &scope : m_emulator.call("GET", QStringLiteral("/v2/users/me/settings"))
                                       .object()
                                       .value(QStringLiteral("results"))
                                       .toArray())
        listed |= scope.toObject().value(QStringLiteral("scope")).toString() ==
                      QLatin1String("calendar") &&
                  scope.toObject()
                      .value(QStringLiteral("keys"))
                      .toArray()
                      .contains(QStringLiteral("theme"));
    QVERIFY(listed);
    // An encoded '/' stays inside the key.
    QCOMPARE(m_emulator.call("PUT", base + QStringLiteral("calendar/a%2Fb"), 1).status, 200);
    QCOMPARE(m_emulator.call("GET", base + QStringLiteral("calendar/a%2Fb"))
                 .object()
                 .value(QStringLiteral("key"))
                 .toString(),
             QStringLiteral("a/b"));
    QCOMPARE(m_emulator.call("GET", base + QStringLiteral("calendar/a/b")).status, 404);
    QCOMPARE(m_emulator.call("DELETE", base + QStringLiteral("calendar/theme")).status, 204);
    QCOMPARE(m_emulator.call("DELETE", base + QStringLiteral("calendar/theme")).status, 404);
}

void TestEmulatorUsers::passkeyRegistrationAndDiscoverableSignIn()
{
    const HttpAnswer begun = m_emulator.call(
        "POST", QStringLiteral("/v2/users/me/passkeys:registerBegin"),
        QJsonObject{{QStringLiteral("friendly_name"), QStringLiteral("Test-Laptop")}});
    QCOMPARE(begun.status, 200);
    const QString challengeToken =
        begun.object().value(QStringLiteral("challenge_token")).toString();
    const QString challenge = begun.object()
                                  .value(QStringLiteral("options"))
                                  .toObject()
                                  .value(QStringLiteral("challenge"))
                                  .toString();
    QVERIFY(!challengeToken.isEmpty() && !challenge.isEmpty());

    const auto complete = [&](const QString &token, const QString &credential,
                              const QString &sentChallenge) {
        const QByteArray clientData =
            QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("webauthn.create")},
                                      {QStringLiteral("challenge"), sentChallenge}})
                .toJson(QJsonDocument::Compact)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        return m_emulator.call(
            "POST", QStringLiteral("/v2/users/me/passkeys:registerComplete"),
            QJsonObject{{QStringLiteral("challenge_token"), token},
                        {QStringLiteral("registration_response"),
                         QJsonObject{{QStringLiteral("id"), credential},
                                     {QStringLiteral("response"),
                                      QJsonObject{{QStringLiteral("clientDataJSON"),
                                                   QString::fromLatin1(clientData)}}}}}});
    };
    QCOMPARE(
        complete(challengeToken + QStringLiteral("x"), QStringLiteral("cred-1"), challenge).status,
        400); // forged
    QCOMPARE(complete(challengeToken, QStringLiteral("cred-1"), QStringLiteral("other")).status,
             400); // wrong challenge
    const HttpAnswer registered = complete(challengeToken, QStringLiteral("cred-1"), challenge);
    QCOMPARE(registered.status, 200);
    QCOMPARE(registered.object().value(QStringLiteral("friendly_name")).toString(),
             QStringLiteral("Test-Laptop"));
    QStringList credentials;
    for (const QJsonValue &passkey : m_emulator.call("GET", QStringLiteral("/v2/users/me/passkeys"))
                                         .object()
                                         .value(QStringLiteral("passkeys"))
                                         .toArray())
        credentials.append(passkey.toObject().value(QStringLiteral("credential_id")).toString());
    QVERIFY(credentials.contains(QStringLiteral("cred-1")));

    const HttpAnswer discoverable = m_emulator.raw(
        "POST", QStringLiteral("/v2/users/public/passkeys:authenticateBeginDiscoverable"), {}, {});
    QCOMPARE(discoverable.status, 200);
    const HttpAnswer resolved = m_emulator.raw(
        "POST", QStringLiteral("/v2/users/public/passkeys:resolveCredential"),
        QJsonDocument(QJsonObject{{QStringLiteral("challenge_token"),
                                   discoverable.object().value(QStringLiteral("challenge_token"))},
                                  {QStringLiteral("assertion_response"),
                                   QJsonObject{{QStringLiteral("id"), QStringLiteral("cred-1")}}}})
            .toJson(),
        {});
    QCOMPARE(resolved.status, 200);
    QCOMPARE(resolved.object().value(QStringLiteral("user_id")).toString(), kAdminId);
    QVERIFY(!resolved.object().value(QStringLiteral("login_parameters")).toArray().isEmpty());
    // A registration token cannot be used to sign in.
    QCOMPARE(m_emulator
                 .raw("POST", QStringLiteral("/v2/users/public/passkeys:resolveCredential"),
                      QJsonDocument(QJsonObject{{QStringLiteral("challenge_token"), challengeToken},
                                                {QStringLiteral("assertion_response"),
                                                 QJsonObject{{QStringLiteral("id"),
                                                              QStringLiteral("cred-1")}}}})
                          .toJson(),
                      {})
                 .status,
             400);
    QCOMPARE(m_emulator
                 .raw("POST", QStringLiteral("/v2/users/public/passkeys:authenticateBegin"),
                      R"({"email":"lena.schneider@stadtwerke-musterstadt.de"})", {})
                 .status,
             200);
    QCOMPARE(m_emulator
                 .raw("POST", QStringLiteral("/v2/users/public/passkeys:authenticateBegin"),
                      R"({"email":"niemand@example.com"})", {})
                 .status,
             404);

    QCOMPARE(m_emulator.call("DELETE", QStringLiteral("/v2/users/me/passkeys/cred-1")).status, 204);
    QCOMPARE(m_emulator.call("DELETE", QStringLiteral("/v2/users/me/passkeys/cred-1")).status, 404);
}

void TestEmulatorUsers::navigationsShareIdWhenEqual()
{
    const QJsonObject configuration{
        {QStringLiteral("customer_relations"),
         QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("dashboard")}}}}};
    const HttpAnswer first =
        m_emulator.call("POST", QStringLiteral("/v2/user/navigations"),
                        QJsonObject{{QStringLiteral("name"), QStringLiteral("Team  Nord")},
                                    {QStringLiteral("configuration"), configuration}});
    const HttpAnswer second =
        m_emulator.call("POST", QStringLiteral("/v2/user/navigations"),
                        QJsonObject{{QStringLiteral("name"), QStringLiteral(" Team Nord ")},
                                    {QStringLiteral("configuration"), configuration}});
    const HttpAnswer other =
        m_emulator.call("POST", QStringLiteral("/v2/user/navigations"),
                        QJsonObject{{QStringLiteral("name"), QStringLiteral("Team Süd")},
                                    {QStringLiteral("configuration"), configuration}});
    QCOMPARE(first.status, 201);
    const QString id = first.object().value(QStringLiteral("id")).toString();
    QCOMPARE(second.object().value(QStringLiteral("id")).toString(), id);
    QVERIFY(other.object().value(QStringLiteral("id")).toString() != id);
    QCOMPARE(m_emulator.call("GET", QStringLiteral("/v2/user/navigations/") + id)
                 .object()
                 .value(QStringLiteral("configuration"))
                 .toObject(),
             configuration);
    QCOMPARE(m_emulator.call("GET", QStringLiteral("/v2/user/navigations/nope")).status, 404);
    QCOMPARE(m_emulator
                 .call("POST", QStringLiteral("/v2/user/navigations"),
                       QJsonObject{{QStringLiteral("name"), QStringLiteral("X")},
                                   {QStringLiteral("configuration"),
                                    QJsonObject{{QStringLiteral("a"), QJsonArray{42}}}}})
                 .status,
             400);
}

void TestEmulatorUsers::switchOrganizationAndMe()
{
    const HttpAnswer switched =
        m_emulator.call("POST", QStringLiteral("/v2/users/switchOrganization"),
                        QJsonObject{{QStringLiteral("org_id"), kSecondOrg}});
    QCOMPARE(switched.status, 200);
    const QString token = switched.object().value(QStringLiteral("login_token")).toString();
    QCOMPARE(token.count(QLatin1Char('.')), 2);
    const HttpAnswer me = m_emulator.raw("GET", QStringLiteral("/v2/users/me"), {}, token);
    QCOMPARE(me.object().value(QStringLiteral("organization_id")).toString(), kSecondOrg);
    const QJsonArray users = m_emulator.raw("GET", QStringLiteral("/v2/users"), {}, token)
                                 .object()
                                 .value(QStringLiteral("results"))
                                 .toArray();
    for (const QJsonValue &user : users)
        QVERIFY(user.toObject()
                    .value(QStringLiteral("email"))
                    .toString()
                    .contains(QStringLiteral("netz-musterstadt.de")) ||
                user.toObject().value(QStringLiteral("id")).toString() == kAdminId);
    QCOMPARE(m_emulator
                 .call("POST", QStringLiteral("/v2/users/switchOrganization"),
                       QJsonObject{{QStringLiteral("org_id"), QStringLiteral("1")}})
                 .status,
             403);
    QCOMPARE(m_emulator.call("POST", QStringLiteral("/v2/users/switchOrganization"), QJsonObject{})
                 .status,
             400);
}

void TestEmulatorUsers::loginParameters()
{
    const HttpAnswer known = m_emulator.raw(
        "GET",
        QStringLiteral("/v2/users/public/username/"
                       "lena.schneider@stadtwerke-musterstadt.de:getLoginParameters"),
        {}, {});
    QCOMPARE(known.status, 200);
    QCOMPARE(known.object().value(QStringLiteral("login_parameters")).toArray().size(), 2);
    const HttpAnswer v1 = m_emulator.raw(
        "GET",
        QStringLiteral(
            "/v1/users/username/lena.schneider@stadtwerke-musterstadt.de:getLoginParameters"),
        {}, {});
    QCOMPARE(v1.body, known.body);
    const HttpAnswer unknown = m_emulator.raw(
        "GET", QStringLiteral("/v2/users/public/username/nobody@example.com:getLoginParameters"),
        {}, {});
    QCOMPARE(unknown.status, 200);
    QCOMPARE(unknown.object().value(QStringLiteral("login_parameters")).toArray().size(), 0);
}
