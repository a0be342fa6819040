// PartnerRecord (an Entity API partner record): one parse, unknown fields kept through a round
// trip, the stage derived from status and partner organization, the editable details and the
// create body; EntitySearch's query checks.
#include "domain/partners/PartnerRecord.h"
#include "services/api/EntityService.h"

#include <QJsonArray>
#include <QtTest>

class PartnerRecordTest : public QObject
{
    Q_OBJECT

private slots:
    void parsesAndKeepsUnknownFields()
    {
        const QJsonObject json{{"_id", "6f1c7a52-52f4-4c4e-9d6a-5e0d4b7a1c11"},
                               {"_title", "Acme Solar GmbH"},
                               {"_schema", "partner"},
                               {"_created_at", "2024-02-01T10:00:00.000Z"},
                               {"company_name", "Acme Solar GmbH"},
                               {"email", "contact@acme.example"},
                               {"status", "Request"},
                               {"partner_org_id", "739303"},
                               {"_tags", QJsonArray{"solar"}},
                               {"custom_rating", 5}};
        const auto record = PartnerRecord::fromJson(json);
        QVERIFY(record);
        QCOMPARE(record->id(), QStringLiteral("6f1c7a52-52f4-4c4e-9d6a-5e0d4b7a1c11"));
        QCOMPARE(record->companyName(), QStringLiteral("Acme Solar GmbH"));
        QCOMPARE(record->stage(), PartnerRecord::Stage::Requested);
        QCOMPARE(record->createdAt(), QDateTime(QDate(2024, 2, 1), QTime(10, 0), Qt::UTC));
        QCOMPARE(record->toJson(), json); // nothing lost, nothing added
        const auto again = PartnerRecord::fromJson(record->toJson());
        QVERIFY(again);
        QCOMPARE(*again, *record);
    }

    void refusesWhatIsNoRecord()
    {
        QString error;
        QVERIFY(!PartnerRecord::fromJson({{"company_name", "x"}}, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!PartnerRecord::fromJson({{"_id", "1"}, {"email", 5}}, &error));
    }

    void stageFollowsStatusAndPartnerOrganization()
    {
        const auto stage = [](const QJsonObject &extra) {
            QJsonObject json{{"_id", "1"}};
            for (auto it = extra.begin(); it != extra.end(); ++it)
                json.insert(it.key(), it.value());
            return PartnerRecord::fromJson(json)->stage();
        };
        QCOMPARE(stage({{"status", "Pending"}}), PartnerRecord::Stage::NotInvited);
        QCOMPARE(stage({{"status", "Invited"}}), PartnerRecord::Stage::Invited);
        QCOMPARE(stage({{"status", "Invited"}, {"partner_org_id", "7"}}),
                 PartnerRecord::Stage::Active);
        QCOMPARE(stage({{"status", "Rejected"}}), PartnerRecord::Stage::Rejected);
        QCOMPARE(stage({{"status", "Deleted"}}), PartnerRecord::Stage::Removed);
        QCOMPARE(stage({{"status", "Active"}}), PartnerRecord::Stage::Unknown);
    }

    void draftAndEditableValues()
    {
        const PartnerRecord draft =
            PartnerRecord::draft(QStringLiteral(" Neu GmbH "), QStringLiteral("a@b.example "));
        QCOMPARE(draft.createBody(), (QJsonObject{{"_schema", "partner"},
                                                  {"company_name", "Neu GmbH"},
                                                  {"email", "a@b.example"}}));
        QCOMPARE(draft.editableValues(), (QJsonObject{{"company_name", "Neu GmbH"},
                                                      {"email", "a@b.example"},
                                                      {"owner_email", ""},
                                                      {"description", ""}}));
    }

    void entitySearchChecksAndEscapes()
    {
        EntitySearch search;
        QVERIFY(!search.problem().isEmpty()); // no query
        search.q = QStringLiteral("_schema:partner");
        QVERIFY(search.problem().isEmpty());
        search.size = 1001;
        QVERIFY(!search.problem().isEmpty());
        search.size = 10;
        search.from = -1;
        QVERIFY(!search.problem().isEmpty());
        QCOMPARE(EntitySearch::phrase(QStringLiteral("  Acme \"Solar\"  GmbH ")),
                 QStringLiteral("\"Acme \\\"Solar\\\" GmbH\""));
        QVERIFY(EntityService::isSlug(QStringLiteral("partner")));
        QVERIFY(!EntityService::isSlug(QStringLiteral("bad slug")));
    }
};

QTEST_GUILESS_MAIN(PartnerRecordTest)
#include "tst_partner_record.moc"
