#include "domain/common/FieldConflict.h"
#include "domain/users/GroupDraft.h"

#include <QJsonArray>
#include <QTest>

using Change = FieldConflict::Change;
using Choice = FieldConflict::Choice;
using Resolution = FieldConflict::Resolution;

class TestFieldConflict : public QObject
{
    Q_OBJECT

private:
    // base → mine / theirs for four fields: one conflict, one only theirs, one only mine, one
    // changed by both to the same value, one untouched.
    static FieldConflict sample()
    {
        FieldConflict conflict;
        conflict.add("department", "Department", "Sales", "Marketing", "Support");
        conflict.add("phone", "Phone", "+49 1", "+49 1", "+49 2");
        conflict.add("email", "E-mail", "a@example.com", "b@example.com", "a@example.com");
        conflict.add("signature", "Signature", "x", "y", "y");
        conflict.add("display_name", "Display name", "Ann", "Ann", "Ann");
        return conflict;
    }

private slots:
    void classifiesEachField()
    {
        const FieldConflict conflict = sample();
        QCOMPARE(conflict.conflicting(), QStringList{"department"});
        QCOMPARE(conflict.changedByThem(), QStringList{"phone"});
        QCOMPARE(conflict.changedByMe(), QStringList{"email"});
        QCOMPARE(conflict.field("signature")->change, Change::Same);
        QCOMPARE(conflict.field("display_name")->change, Change::None);
        QVERIFY(conflict.hasConflicts());
        QVERIFY(conflict.theyChangedAnything());
        QCOMPARE(conflict.conflictingLabels(), QStringLiteral("Department"));
        QCOMPARE(conflict.fields().size(), 5);
        QVERIFY(!conflict.field("nonexistent"));
    }

    void nothingChangedByThemIsNoConflict()
    {
        FieldConflict conflict;
        conflict.add("name", "Name", "A", "B", "A");
        QVERIFY(!conflict.hasConflicts());
        QVERIFY(!conflict.theyChangedAnything());
        const auto merge = conflict.merged();
        QCOMPARE(merge.changes, (QJsonObject{{"name", "B"}}));
    }

    void defaultChoiceKeepsTheirsAndSendsOnlyMine()
    {
        const auto merge = sample().merged();
        QCOMPARE(merge.values.value("department").toString(), QStringLiteral("Support"));
        QCOMPARE(merge.values.value("phone").toString(), QStringLiteral("+49 2"));
        QCOMPARE(merge.values.value("email").toString(), QStringLiteral("b@example.com"));
        QCOMPARE(merge.values.value("signature").toString(), QStringLiteral("y"));
        // The new base is the server's state; only my own change differs from it.
        QCOMPARE(merge.base.value("department").toString(), QStringLiteral("Support"));
        QCOMPARE(merge.base.value("email").toString(), QStringLiteral("a@example.com"));
        QCOMPARE(merge.changes, (QJsonObject{{"email", "b@example.com"}}));
    }

    void resolutionsSetTheChoices()
    {
        FieldConflict conflict = sample();
        conflict.apply(Resolution::Overwrite);
        QCOMPARE(conflict.choice("department"), Choice::Mine);
        QCOMPARE(conflict.merged().changes,
                 (QJsonObject{{"department", "Marketing"}, {"email", "b@example.com"}}));
        conflict.apply(Resolution::KeepTheirs);
        QCOMPARE(conflict.choice("department"), Choice::Theirs);
        QCOMPARE(conflict.merged().changes, (QJsonObject{{"email", "b@example.com"}}));
        // Merge and Cancel leave the per-field choices alone.
        conflict.setChoice("department", Choice::Mine);
        conflict.apply(Resolution::Merge);
        QCOMPARE(conflict.choice("department"), Choice::Mine);
        conflict.apply(Resolution::Cancel);
        QCOMPARE(conflict.choice("department"), Choice::Mine);
        QVERIFY(FieldConflict::sends(Resolution::Overwrite));
        QVERIFY(FieldConflict::sends(Resolution::Merge));
        QVERIFY(!FieldConflict::sends(Resolution::KeepTheirs));
        QVERIFY(!FieldConflict::sends(Resolution::Cancel));
    }

    void choicesOnlyForConflicts()
    {
        FieldConflict conflict = sample();
        conflict.setChoice("phone", Choice::Mine); // only they changed it: nothing to choose
        QCOMPARE(conflict.choice("phone"), Choice::Theirs);
        QCOMPARE(conflict.merged().values.value("phone").toString(), QStringLiteral("+49 2"));
        conflict.setChoice("unknown", Choice::Mine); // ignored, no crash
    }

    void mergesByField()
    {
        FieldConflict conflict;
        conflict.add("name", "Name", "Team", "Team A", "Team B");
        conflict.add("abbreviation", "Abbreviation", "T", "TA", "TB");
        conflict.setChoice("name", Choice::Mine);
        const auto merge = conflict.merged();
        QCOMPARE(merge.values, (QJsonObject{{"name", "Team A"}, {"abbreviation", "TB"}}));
        QCOMPARE(merge.changes, (QJsonObject{{"name", "Team A"}}));
    }

    void comparesJson()
    {
        const QJsonArray one{"#000000", "#ffffff"};
        const QJsonArray other{"#ffffff", "#000000"};
        FieldConflict conflict;
        conflict.add("colours", "Colours", one, other, QJsonArray{"#111111", "#ffffff"});
        conflict.add("members", "Members", QJsonArray{"1"}, QJsonArray{"1"}, QJsonArray{"1"});
        conflict.add("cleared", "Cleared", QJsonValue(QJsonValue::Undefined), QJsonValue(),
                     QJsonValue());
        conflict.add("enabled", "Enabled", false, true, false);
        QCOMPARE(conflict.conflicting(), QStringList{"colours"});
        QCOMPARE(conflict.field("members")->change, Change::None);
        QCOMPARE(conflict.field("cleared")->change, Change::None); // absent equals null
        QCOMPARE(conflict.changedByMe(), QStringList{"enabled"});
        QVERIFY(FieldConflict::same(QJsonValue(), QJsonValue(QJsonValue::Undefined)));
        QVERIFY(!FieldConflict::same(QJsonValue(), QString()));
        QVERIFY(!FieldConflict::same(1, QStringLiteral("1")));
    }

    void displaysValues()
    {
        QCOMPARE(FieldConflict::displayText(QStringLiteral("Sales")), QStringLiteral("Sales"));
        QCOMPARE(FieldConflict::displayText(QJsonValue()), QStringLiteral("(empty)"));
        QCOMPARE(FieldConflict::displayText(QString()), QStringLiteral("(empty)"));
        QCOMPARE(FieldConflict::displayText(true), QStringLiteral("yes"));
        QCOMPARE(FieldConflict::displayText(false), QStringLiteral("no"));
        QCOMPARE(FieldConflict::displayText(42), QStringLiteral("42"));
        QCOMPARE(FieldConflict::displayText(QJsonArray{"a", 1}), QStringLiteral("[\"a\",1]"));
        QCOMPARE(FieldConflict::displayText(QJsonObject{{"k", "v"}}),
                 QStringLiteral("{\"k\":\"v\"}"));
        FieldConflict conflict;
        conflict.add("members", "Members", QJsonArray{"1"}, QJsonArray{"1", "2"}, QJsonArray{"1"},
                     [](const QJsonValue &value) {
                         return QString::number(value.toArray().size()) + " people";
                     });
        QCOMPARE(conflict.field("members")->mineText(), QStringLiteral("2 people"));
        QCOMPARE(conflict.field("members")->theirsText(), QStringLiteral("1 people"));
    }

    void groupDraftComparesItsFields()
    {
        const auto group = [](const QJsonObject &changes) {
            QJsonObject json{
                {"id", "g1"},
                {"name", "Team"},
                {"abbreviation", "TE"},
                {"users", QJsonArray{"1", "2"}},
                {"image_uri", QJsonObject{{"gradient_colors", QJsonArray{"#000000", "#ffffff"}}}}};
            for (auto it = changes.begin(); it != changes.end(); ++it)
                json.insert(it.key(), it.value());
            return *Group::fromJson(json);
        };
        const Group base = group({});
        GroupDraft mine = GroupDraft::from(base);
        mine.name = "Team A";
        mine.memberIds = {"1"};
        const Group theirs = group({{"name", "Team B"}, {"abbreviation", "TB"}});
        const FieldConflict conflict = mine.compare(base, theirs, {{"1", "Ann"}, {"2", "Bob"}});
        QCOMPARE(conflict.conflicting(), QStringList{"name"});
        QCOMPARE(conflict.changedByThem(), QStringList{"abbreviation"});
        QCOMPARE(conflict.changedByMe(), QStringList{"user_ids"});
        QCOMPARE(conflict.field("user_ids")->baseText(), QStringLiteral("Ann, Bob"));
        QCOMPARE(conflict.field("user_ids")->mineText(), QStringLiteral("Ann"));
        QCOMPARE(conflict.field("gradient_colors")->theirsText(),
                 QStringLiteral("#000000, #ffffff"));
        // Theirs kept for the name: their name and abbreviation, my members; only members sent.
        const GroupDraft merged = GroupDraft::fromValues(conflict.merged().values);
        QCOMPARE(merged.name, QStringLiteral("Team B"));
        QCOMPARE(merged.abbreviation, QStringLiteral("TB"));
        QCOMPARE(merged.memberIds, QStringList{"1"});
        QCOMPARE(merged.gradientColors, (QStringList{"#000000", "#ffffff"}));
        QCOMPARE(merged.changesFrom(theirs).keys(), QStringList{"user_ids"});
    }

    void addingAKeyAgainReplacesIt()
    {
        FieldConflict conflict;
        conflict.add("name", "Name", "A", "B", "C");
        conflict.add("name", "Name", "A", "B", "A");
        QCOMPARE(conflict.fields().size(), 1);
        QVERIFY(!conflict.hasConflicts());
    }
};

QTEST_GUILESS_MAIN(TestFieldConflict)
#include "tst_field_conflict.moc"
