// Value types of the Users and Groups panes, on the examples of the official user.json.
#include "domain/users/Group.h"
#include "domain/users/GroupDraft.h"
#include "domain/common/IsoUtcTime.h"
#include "domain/users/User.h"
#include "domain/users/UserRow.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

namespace {

QJsonObject loadSpec()
{
    QString dir = qEnvironmentVariable("EPILOT_SPECS_DIR");
    if (dir.isEmpty())
        dir = QStringLiteral(EPILOT_SPECS_DIR);
    QFile file(dir + QStringLiteral("/user.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject schemas()
{
    static const QJsonObject all =
        loadSpec().value("components").toObject().value("schemas").toObject();
    return all;
}

QJsonValue exampleFor(const QJsonObject &schema, int depth = 0);

QJsonObject resolve(const QJsonObject &schema)
{
    const QString ref = schema.value("$ref").toString();
    if (ref.isEmpty())
        return schema;
    return schemas().value(ref.section('/', -1)).toObject();
}

// An object made of the examples the spec gives for each property (following $ref and allOf).
QJsonValue exampleFor(const QJsonObject &raw, int depth)
{
    const QJsonObject schema = resolve(raw);
    if (schema.contains("example"))
        return schema.value("example");
    if (depth > 3)
        return {};
    if (schema.contains("allOf")) {
        QJsonObject merged;
        for (const QJsonValue &part : schema.value("allOf").toArray()) {
            const QJsonObject example = exampleFor(part.toObject(), depth + 1).toObject();
            for (auto it = example.begin(); it != example.end(); ++it)
                merged.insert(it.key(), it.value());
        }
        return merged;
    }
    if (schema.value("type").toString() == "array") {
        const QJsonValue item = exampleFor(schema.value("items").toObject(), depth + 1);
        return item.isUndefined() || item.isNull() ? QJsonValue() : QJsonArray{item};
    }
    const QJsonObject properties = schema.value("properties").toObject();
    if (properties.isEmpty())
        return {};
    QJsonObject object;
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        const QJsonValue value = exampleFor(it.value().toObject(), depth + 1);
        if (!value.isUndefined() && !value.isNull())
            object.insert(it.key(), value);
    }
    return object;
}

} // namespace

class TestUserGroupModels : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(!schemas().isEmpty(), "user.json not found; set EPILOT_SPECS_DIR");
    }

    void groupFromSpecExample()
    {
        QJsonObject json = exampleFor(schemas().value("Group").toObject()).toObject();
        json.insert("id", "g-1");
        json.insert("org_id", "739224");
        QJsonObject assignee = json.value("crt_assignee").toObject();
        QCOMPARE(assignee.value("crt_index").toInt(), 3);
        assignee.insert("id", "u-3"); // UserId has no example
        // The spec's phone examples are numbers although the type is string.
        assignee.insert("phone", "1234567890");
        assignee.insert("secondary_phone", "1234567890");
        json.insert("crt_assignee", assignee);
        QCOMPARE(json.value("name").toString(), QString("Finance"));
        QString error;
        const auto group = Group::fromJson(json, &error);
        QVERIFY2(group, qPrintable(error));
        QCOMPARE(group->name(), QString("Finance"));
        QCOMPARE(group->abbreviation(), QString("FN"));
        QCOMPARE(group->createdBy(), QString("123"));
        QCOMPARE(group->createdAt().toUTC(),
                 QDateTime::fromString("2024-02-08T04:44:32.246Z", Qt::ISODateWithMs).toUTC());
        QCOMPARE(group->gradientColors(), QStringList({"#0588f0", "#3358d4"}));
        // crt_assignee example: a UserV2 plus crt_index 3
        QCOMPARE(group->currentAssigneeIndex(), 3);
        QVERIFY(group->currentAssignee().has_value());
        QCOMPARE(group->currentAssignee()->displayName(), QString("Example User"));
    }

    void groupRoundTripKeepsUnknownFields()
    {
        QJsonObject json = exampleFor(schemas().value("Group").toObject()).toObject();
        json.insert("id", "g-2");
        json.insert("future_field", QJsonObject{{"nested", true}});
        const auto group = Group::fromJson(json);
        QVERIFY(group);
        QCOMPARE(group->toJson(), json);
        const QJsonObject again =
            QJsonDocument::fromJson(QJsonDocument(group->toJson()).toJson()).object();
        QCOMPARE(Group::fromJson(again)->toJson(), json);
    }

    void groupRefusesWrongShapes()
    {
        QString error;
        QVERIFY(!Group::fromJson(QJsonObject{{"name", "x"}}, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!Group::fromJson(QJsonObject{{"id", "1"}, {"users", "not a list"}}, &error));
        QVERIFY(error.contains("users"));
        QVERIFY(!Group::fromJson(QJsonObject{{"id", "1"}, {"name", 5}}, &error));
    }

    void membersAsIdsOrUsers()
    {
        const auto plain = Group::fromJson(
            QJsonObject{{"id", "g"}, {"users", QJsonArray{QJsonObject{{"id", "1"}}, "2", 3}}});
        QVERIFY(plain);
        QCOMPARE(plain->memberIds(), QStringList({"1", "2", "3"}));
        QCOMPARE(plain->memberCount(), 3);
        const auto hydrated = Group::fromJson(
            QJsonObject{{"id", "g"},
                        {"users", QJsonArray{QJsonObject{{"id", "1"}, {"display_name", "Ada"}},
                                             QJsonObject{{"id", "2"}, {"email", "b@x.de"}}}}});
        QCOMPARE(hydrated->members().size(), 2);
        QCOMPARE(hydrated->members().at(0).label(), QString("Ada"));
        QCOMPARE(hydrated->members().at(1).label(), QString("b@x.de"));
    }

    void rotationOrderFollowsCurrentAssignee()
    {
        QJsonObject json{{"id", "g"}, {"users", QJsonArray{"a", "b", "c"}}};
        QCOMPARE(Group::fromJson(json)->currentAssigneeIndex(), -1);
        QCOMPARE(Group::fromJson(json)->rotationOrder(), QStringList({"a", "b", "c"}));
        json.insert("crt_assignee", QJsonObject{{"id", "b"}, {"crt_index", 1}});
        QCOMPARE(Group::fromJson(json)->rotationOrder(), QStringList({"c", "a", "b"}));
        json.insert("crt_assignee", QJsonObject{{"id", "c"}}); // no index: found by id
        QCOMPARE(Group::fromJson(json)->currentAssigneeIndex(), 2);
    }

    void suggestedAbbreviation_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("abbreviation");
        QTest::newRow("two words") << "Field service"
                                   << "FS";
        QTest::newRow("one word") << "finance"
                                  << "FI";
        QTest::newRow("umlaut") << "Ärger & Österreich"
                                << "ÄÖ";
        QTest::newRow("punctuation") << "  - b2b sales -"
                                     << "BS";
        QTest::newRow("empty") << ""
                               << "";
    }

    void suggestedAbbreviation()
    {
        QFETCH(QString, name);
        QFETCH(QString, abbreviation);
        QCOMPARE(Group::suggestAbbreviation(name), abbreviation);
    }

    void draftBodiesFollowCreateAndUpdateRequests()
    {
        GroupDraft draft{"Finance", "FN", {"#0588f0", "#3358d4"}, {"123", "456"}};
        QVERIFY(draft.validate().isEmpty());
        const QJsonObject create = draft.createBody();
        // Matches CreateGroupReq's own example field by field.
        const QJsonObject example =
            exampleFor(schemas().value("CreateGroupReq").toObject()).toObject();
        QCOMPARE(create.value("name"), example.value("name"));
        QCOMPARE(create.value("user_ids"), example.value("user_ids"));
        QCOMPARE(create.value("abbreviation"), example.value("abbreviation"));
        QCOMPARE(create.value("image_uri"), example.value("image_uri"));

        QJsonObject json = create;
        json.insert("id", "g");
        json.insert("users", QJsonArray{"123", "456"});
        json.insert("image_uri", QJsonObject{{"gradient_colors", QJsonArray{"#0588f0", "#3358d4"}},
                                             {"thumbnail_32", "https://x/y.png"}});
        const auto group = Group::fromJson(json);
        QVERIFY(draft.changesFrom(*group).isEmpty());
        draft.gradientColors = {"#ff0000", "#00ff00"};
        draft.memberIds = {"456"};
        const QJsonObject changes = draft.changesFrom(*group);
        QCOMPARE(changes.keys(), QStringList({"image_uri", "user_ids"}));
        QCOMPARE(changes.value("image_uri").toObject().value("thumbnail_32").toString(),
                 QString("https://x/y.png"));
        QCOMPARE(changes.value("user_ids").toArray(), QJsonArray{"456"});
    }

    void draftValidation()
    {
        const GroupDraft blank{" ", {}, {}, {}};
        const GroupDraft longAbbreviation{"A", "ABC", {}, {}};
        const GroupDraft badColour{"A", "A", {"red", "#00ff00"}, {}};
        const GroupDraft fine{"A", "", {}, {}};
        QVERIFY(!blank.validate().isEmpty());
        QVERIFY(!longAbbreviation.validate().isEmpty());
        QVERIFY(!badColour.validate().isEmpty());
        QVERIFY(fine.validate().isEmpty());
    }

    void userV2FromSpecExampleToRow()
    {
        QJsonObject json = exampleFor(schemas().value("UserV2").toObject()).toObject();
        json.insert("id", "42");
        json.insert("status", "Pending");
        json.insert("email", "test@example.com");
        json.insert("created_at", "2024-02-08T04:44:32.246Z");
        // The spec's phone examples are numbers although the type is string: stay lenient.
        json.insert("phone", "1234567890");
        json.insert("secondary_phone", "1234567890");
        QString error;
        const auto user = User::fromJson(json, &error);
        QVERIFY2(user, qPrintable(error));
        QCOMPARE(user->toJson(), json);
        const UserRow row = UserRow::from(*user);
        QCOMPARE(row.name, QString("Example User"));
        QCOMPARE(row.department, QString("Sales"));
        QCOMPARE(row.status, User::Status::Pending);
        QCOMPARE(row.thumbnailUrl,
                 QString("https://account-profile-images.epilot.cloud/1/avatar_32x32.png"));
        QCOMPARE(row.createdMs, QDateTime::fromString("2024-02-08T04:44:32.246Z", Qt::ISODateWithMs)
                                    .toMSecsSinceEpoch());
        QVERIFY(!row.mfaEnabled);
    }

    void userV1FromSpecExample()
    {
        QJsonObject json = exampleFor(schemas().value("User").toObject()).toObject();
        json.insert("id", "7");
        json.insert("email", "a@b.de");
        const auto user = User::fromJson(json);
        QVERIFY(user);
        QCOMPARE(user->roles(), QStringList({"Owner"}));
        QCOMPARE(user->name(), QString("Example user"));
    }

    void parsePageSkipsNonUsers()
    {
        const QJsonArray page{QJsonObject{{"id", "1"}, {"email", "a@b.de"}}, 5,
                              QJsonObject{{"id", "2"}, {"email", 7}}};
        int skipped = 0;
        const QVector<UserRow> rows = UserRow::parsePage(page, &skipped);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(skipped, 2);
    }

    // The fast reader for the servers' timestamps must agree with QDateTime wherever it answers,
    // and leave every other form to QDateTime.
    void timestampsReadAsQDateTimeReadsThem()
    {
        const auto qtMs = [](const QString &text) {
            const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
            return time.isValid() ? std::optional<qint64>(time.toMSecsSinceEpoch()) : std::nullopt;
        };
        QRandomGenerator random(20261124);
        for (int i = 0; i < 20000; ++i) {
            const QString text = QStringLiteral("%1-%2-%3T%4:%5:%6.%7Z")
                                     .arg(random.bounded(1, 10000), 4, 10, QLatin1Char('0'))
                                     .arg(random.bounded(1, 13), 2, 10, QLatin1Char('0'))
                                     .arg(random.bounded(1, 32), 2, 10, QLatin1Char('0'))
                                     .arg(random.bounded(0, 24), 2, 10, QLatin1Char('0'))
                                     .arg(random.bounded(0, 60), 2, 10, QLatin1Char('0'))
                                     .arg(random.bounded(0, 60), 2, 10, QLatin1Char('0'))
                                     .arg(random.bounded(0, 1000), 3, 10, QLatin1Char('0'));
            const auto fast = IsoUtcTime::milliseconds(text);
            QCOMPARE(fast, qtMs(text)); // invalid days (31 April, 29 February) are nullopt in both
            QCOMPARE(IsoUtcTime::milliseconds(text.left(19) + u'Z'), qtMs(text.left(19) + u'Z'));
        }
        QCOMPARE(IsoUtcTime::milliseconds(u"1970-01-01T00:00:00.000Z"), qint64(0));
        QCOMPARE(IsoUtcTime::milliseconds(u"2024-02-29T23:59:59.999Z"),
                 qtMs("2024-02-29T23:59:59.999Z"));
        // Left to QDateTime: other offsets, other precisions, 24:00, leap seconds, junk.
        for (const char *other :
             {"2021-05-20T11:00:00.000+02:00", "2021-05-20T11:00:00.0Z", "2021-05-20T11:00:00",
              "2021-05-20", "2021-05-20T24:00:00.000Z", "2016-12-31T23:59:60.000Z",
              "2021-05-20 11:00:00.000Z", "２021-05-20T11:00:00.000Z", "2021-13-20T11:00:00.000Z",
              "0000-01-01T00:00:00.000Z", ""})
            QVERIFY2(!IsoUtcTime::milliseconds(QString::fromUtf8(other)), other);
        // Through the value type, both paths give the same UTC time.
        const auto user =
            User::fromJson(QJsonObject{{"id", "1"},
                                       {"created_at", "2021-05-20T11:00:00.000Z"},
                                       {"activated_at", "2021-05-20T13:00:00+02:00"}});
        QVERIFY(user);
        QCOMPARE(user->createdAt(), user->activatedAt());
        QCOMPARE(user->createdAt().timeSpec(), Qt::UTC);
    }
};

QTEST_GUILESS_MAIN(TestUserGroupModels)
#include "tst_user_group_models.moc"
