// The Users pane's pure logic: address lists, CSV import, the editor's changed fields and
// conflicts, CSV export lines, the search debouncer.
#include "controllers/ConflictCheckedSave.h"
#include "controllers/SearchDebouncer.h"
#include "controllers/UserEditor.h"
#include "controllers/UserExporter.h"
#include "models/InvitationBatch.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

namespace {

User user(const QJsonObject &json)
{
    return *User::fromJson(json);
}

const QJsonObject kUser{{"id", "10"},
                        {"email", "ada@example.com"},
                        {"display_name", "Ada"},
                        {"department", "Sales"},
                        {"phone", QJsonValue::Null},
                        {"preferred_language", "de"},
                        {"is_signature_enabled", true},
                        {"future", "kept"}};

} // namespace

class TestUsersLogic : public QObject
{
    Q_OBJECT
private slots:
    void splitsTypedAndPastedAddresses()
    {
        QCOMPARE(InvitationBatch::splitAddresses("a@x.de, b@x.de;c@x.de\n\n d@x.de "),
                 QStringList({"a@x.de", "b@x.de", "c@x.de", "d@x.de"}));
        QCOMPARE(InvitationBatch::splitAddresses("Ada Lovelace <ada@x.de>\ne@x.de f@x.de"),
                 QStringList({"ada@x.de", "e@x.de", "f@x.de"}));
        QCOMPARE(InvitationBatch::splitAddresses("not an address"), QStringList{"not an address"});
    }

    void validatesAddresses_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << "a.b@example.com" << true;
        QTest::newRow("plus") << "a+tag@sub.example.de" << true;
        QTest::newRow("no at") << "example.com" << false;
        QTest::newRow("no tld") << "a@localhost" << false;
        QTest::newRow("two ats") << "a@b@c.de" << false;
        QTest::newRow("space") << "a b@c.de" << false;
        QTest::newRow("dot domain") << "a@.de" << false;
    }

    void validatesAddresses()
    {
        QFETCH(QString, address);
        QFETCH(bool, valid);
        QCOMPARE(InvitationBatch::isValidAddress(address), valid);
    }

    void marksInvalidAndDuplicatesBeforeSending()
    {
        InvitationBatch batch(nullptr);
        batch.setAddresses({"a@x.de", "bad", "A@X.de", "b@x.de"});
        QCOMPARE(batch.rowCount(), 4);
        QCOMPARE(batch.entries().at(1).outcome, InvitationBatch::Outcome::Invalid);
        QCOMPARE(batch.entries().at(2).outcome, InvitationBatch::Outcome::Duplicate);
        QCOMPARE(batch.sendable(), 2);
        QCOMPARE(batch.index(1, InvitationBatch::Result).data().toString(),
                 InvitationBatch::outcomeText(InvitationBatch::Outcome::Invalid));
    }

    void readsCsvByHeaderOrContent()
    {
        QCOMPARE(InvitationBatch::addressesFromCsv("Name,E-Mail,Team\nAda,ada@x.de,A\n"
                                                   "\"Bob\",\"bob@x.de\",B\r\nEve,,C\n"),
                 QStringList({"ada@x.de", "bob@x.de"}));
        QCOMPARE(InvitationBatch::addressesFromCsv("name;mail\nAda;ada@x.de\n"),
                 QStringList{"ada@x.de"});
        QCOMPARE(InvitationBatch::addressesFromCsv("ada@x.de,Ada\nbob@x.de,Bob\n"),
                 QStringList({"ada@x.de", "bob@x.de"}));
        QVERIFY(InvitationBatch::addressesFromCsv("").isEmpty());
    }

    void editorSendsOnlyChangedFields()
    {
        UserEditor editor(nullptr);
        editor.load(user(kUser));
        QVERIFY(!editor.hasChanges());
        QSignalSpy edited(&editor, &UserEditor::edited);
        editor.setValue(UserEditor::Department, "Sales"); // same value: no change
        QCOMPARE(edited.count(), 0);
        editor.setValue(UserEditor::Department, "");
        editor.setValue(UserEditor::Phone, "+49 1");
        editor.setValue(UserEditor::SignatureEnabled, false);
        QCOMPARE(editor.changedFields(),
                 QList<UserEditor::Field>(
                     {UserEditor::Department, UserEditor::Phone, UserEditor::SignatureEnabled}));
        const QJsonObject body = editor.changes();
        QCOMPARE(body.value("department"), QJsonValue(QJsonValue::Null)); // cleared
        QCOMPARE(body.value("phone").toString(), QString("+49 1"));
        QCOMPARE(body.value("is_signature_enabled"), QJsonValue(false));
        QCOMPARE(body.size(), 3);
        editor.setValue(UserEditor::Phone, ""); // back to the original (null)
        QVERIFY(!editor.isChanged(UserEditor::Phone));
        editor.revert();
        QVERIFY(!editor.hasChanges());
        QCOMPARE(editor.original().toJson().value("future").toString(), QString("kept"));
    }

    void editorValidates()
    {
        UserEditor editor(nullptr);
        editor.load(user(kUser));
        editor.setValue(UserEditor::Email, "not-an-address");
        QVERIFY(!editor.validate().isEmpty());
        editor.setValue(UserEditor::Email, "new@example.com");
        QVERIFY(editor.validate().isEmpty());
        editor.setValue(UserEditor::CustomStartPage, "/dashboard");
        QVERIFY(editor.validate().contains("/app/"));
        editor.setValue(UserEditor::CustomStartPage, "/app/entity/opportunity");
        QVERIFY(editor.validate().isEmpty());
    }

    void editorFindsConflicts()
    {
        UserEditor editor(nullptr);
        editor.load(user(kUser));
        editor.setValue(UserEditor::Department, "Marketing");
        QJsonObject theirs = kUser;
        theirs.insert("phone", "+49 2"); // a field this form did not touch: no conflict
        QVERIFY(editor.conflictsWith(user(theirs)).isEmpty());
        theirs.insert("department", "Support"); // the same field, another value: conflict
        QCOMPARE(editor.conflictsWith(user(theirs)),
                 QList<UserEditor::Field>{UserEditor::Department});
        theirs.insert("department", "Marketing"); // the same value: nothing lost
        QVERIFY(editor.conflictsWith(user(theirs)).isEmpty());
    }

    // The shared save as UserEditor uses it (no Ask): a conflict waits for resolve(); saving
    // again ends that save as Conflicted and starts over, each save with exactly one outcome.
    void savingAgainAfterAnUnansweredConflict()
    {
        QJsonObject server{{"department", "Theirs"}};
        QJsonObject sent;
        ConflictCheckedSave save(
            {{"department", "Department"}}, [&](QObject *, auto done, auto) { done(server); },
            [&](const QJsonObject &changes, const QJsonObject &, QObject *, auto done, auto) {
                sent = changes;
                done(changes);
            });
        save.setBase({{"department", "Base"}});
        QSignalSpy conflicted(&save, &ConflictCheckedSave::conflicted);
        QSignalSpy finished(&save, &ConflictCheckedSave::finished);
        save.save({{"department", "Mine"}});
        QCOMPARE(conflicted.size(), 1);
        QCOMPARE(finished.size(), 0); // waits for an answer
        QVERIFY(save.isSaving());

        server = {{"department", "Base"}}; // they changed it back meanwhile
        save.save({{"department", "Mine"}});
        QCOMPARE(finished.size(), 2);
        QCOMPARE(finished.at(0).at(0).value<ConflictCheckedSave::Outcome>(),
                 ConflictCheckedSave::Outcome::Conflicted);
        QCOMPARE(finished.at(1).at(0).value<ConflictCheckedSave::Outcome>(),
                 ConflictCheckedSave::Outcome::Saved);
        QCOMPARE(sent, (QJsonObject{{"department", "Mine"}}));
        QVERIFY(!save.isSaving());
    }

    void csvLinesAreSafe()
    {
        const QByteArray line = UserExporter::csvLine({{"id", "1"},
                                                       {"display_name", "=HYPERLINK(\"x\")"},
                                                       {"email", "a@x.de"},
                                                       {"department", "Sales, North"},
                                                       {"mfa_enabled", true}});
        QVERIFY(line.startsWith("1,\"'=HYPERLINK(\"\"x\"\")\",a@x.de,,\"Sales, North\""));
        QVERIFY(line.endsWith("\r\n"));
        QVERIFY(line.contains(",true,"));
        QCOMPARE(UserExporter::csvHeader().count(','), line.count(',') - 1); // one inside quotes
    }

    // Issue 20: the spreadsheet CSV marks phone numbers (they start with +) so a spreadsheet does
    // not run them; the plain CSV for scripts writes them exactly as stored.
    void csvForSpreadsheetsAndForScripts()
    {
        const QJsonObject user{{"id", "1"},
                               {"display_name", "=1+2"},
                               {"phone", "+49 30 1234567"},
                               {"secondary_phone", "-12"},
                               {"department", "Sales, North"}};
        const QByteArray safe = UserExporter::csvLine(user, UserExporter::Format::Csv);
        QVERIFY2(safe.contains(",\"'+49 30 1234567\","), safe.constData());
        QVERIFY2(safe.startsWith("1,\"'=1+2\","), safe.constData());
        QVERIFY(safe.contains(",\"'-12\","));
        const QByteArray plain = UserExporter::csvLine(user, UserExporter::Format::PlainCsv);
        QVERIFY2(plain.startsWith("1,=1+2,"), plain.constData());
        QVERIFY2(plain.contains(",+49 30 1234567,-12,"), plain.constData());
        QVERIFY(plain.contains(",\"Sales, North\","));
        QVERIFY(!plain.contains('\''));
        QCOMPARE(UserExporter::csvLine(user), safe); // spreadsheet-safe unless asked otherwise
    }

    void debouncerWaitsForThePause()
    {
        SearchDebouncer debouncer(nullptr, 250);
        QSignalSpy requested(&debouncer, &SearchDebouncer::searchRequested);
        QElapsedTimer clock;
        clock.start();
        for (const char *text : {"l", "le", "len", "lena"}) {
            debouncer.setText(QString::fromLatin1(text));
            QTest::qWait(50);
        }
        QVERIFY(requested.wait(1000));
        QVERIFY(clock.elapsed() >= 150 + 250 - 40); // coarse timers may fire 5 % early
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().first().toString(), QString("lena"));
        debouncer.setText("lena "); // same text after trimming: no new request
        QTest::qWait(350);
        QCOMPARE(requested.count(), 1);
        debouncer.setText("jo");
        debouncer.flush(); // Enter: at once
        QCOMPARE(requested.count(), 2);
    }

    void debouncerWithoutDelayAsksAtOnce()
    {
        SearchDebouncer debouncer(nullptr, 0); // debounce switched off
        QSignalSpy requested(&debouncer, &SearchDebouncer::searchRequested);
        debouncer.setText("anna");
        QCOMPARE(requested.count(), 1); // before the event loop runs again
        QCOMPARE(requested.first().first().toString(), QString("anna"));
        QVERIFY(!debouncer.isPending());
        debouncer.setText("anna");
        QCOMPARE(requested.count(), 1); // the same text still asks nothing new
    }
};

QTEST_GUILESS_MAIN(TestUsersLogic)
#include "tst_users_logic.moc"
