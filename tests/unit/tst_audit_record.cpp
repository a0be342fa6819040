// domain/security/AuditRecord: the record an audit event names, read from its operation id and
// path parameters as epilot's definitions name them; events about no single record name none.
#include "domain/security/AuditRecord.h"

#include <QJsonDocument>
#include <QTest>

namespace {

AuditEvent eventOf(const char *eventName, const QJsonObject &pathParams)
{
    const QJsonObject json{{"id", "e1"},
                           {"service_name", "user"},
                           {"event_name", eventName},
                           {"status_code", 200},
                           {"timestamp", "2026-12-01T10:00:00Z"},
                           {"http", QJsonObject{{"method", "PATCH"}, {"pathParams", pathParams}}}};
    const auto parsed = AuditEvent::fromJson(json);
    Q_ASSERT(parsed);
    return *parsed;
}

using Kind = AuditRecord::Kind;

} // namespace

Q_DECLARE_METATYPE(AuditRecord)

class TestAuditRecord : public QObject
{
    Q_OBJECT

private slots:
    void eventsNameTheirRecords_data()
    {
        QTest::addColumn<QString>("eventName");
        QTest::addColumn<QJsonObject>("pathParams");
        QTest::addColumn<QList<AuditRecord>>("records");
        QTest::newRow("user") << "updateUserV2" << QJsonObject{{"id", "10010729"}}
                              << QList<AuditRecord>{{Kind::User, "10010729"}};
        QTest::newRow("numeric id") << "deleteUserV2" << QJsonObject{{"id", 10010730}}
                                    << QList<AuditRecord>{{Kind::User, "10010730"}};
        QTest::newRow("group") << "updateGroup" << QJsonObject{{"id", "g1"}}
                               << QList<AuditRecord>{{Kind::Group, "g1"}};
        QTest::newRow("role") << "putRole" << QJsonObject{{"roleId", "739224:sales"}}
                              << QList<AuditRecord>{{Kind::Role, "739224:sales"}};
        QTest::newRow("assignment names both")
            << "addAssignment" << QJsonObject{{"userId", "7"}, {"roleId", "739224:sales"}}
            << QList<AuditRecord>{{Kind::User, "7"}, {Kind::Role, "739224:sales"}};
        QTest::newRow("setting") << "putSettingsValue"
                                 << QJsonObject{{"org_id", "739224"}, {"key", "double_opt_in"}}
                                 << QList<AuditRecord>{{Kind::Setting, "double_opt_in"}};
        QTest::newRow("token") << "revokeAccessToken" << QJsonObject{{"id", "api_1"}}
                               << QList<AuditRecord>{{Kind::Token, "api_1"}};
        QTest::newRow("no single record") << "inviteUser" << QJsonObject{} << QList<AuditRecord>{};
        QTest::newRow("parameter missing")
            << "updateUserV2" << QJsonObject{} << QList<AuditRecord>{};
    }

    void eventsNameTheirRecords()
    {
        QFETCH(QString, eventName);
        QFETCH(QJsonObject, pathParams);
        QFETCH(QList<AuditRecord>, records);
        const AuditEvent named = eventOf(eventName.toLatin1().constData(), pathParams);
        QCOMPARE(AuditRecord::namedBy(named), records);
        for (const AuditRecord &record : records)
            QVERIFY(record.isNamedBy(named));
        const AuditRecord other{Kind::User, QStringLiteral("other")};
        QVERIFY(!other.isNamedBy(named));
    }
};

QTEST_GUILESS_MAIN(TestAuditRecord)
#include "tst_audit_record.moc"
