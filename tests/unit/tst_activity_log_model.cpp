// The Activity panel's model: columns, cap, failure count, text export.
#include "models/ActivityLogModel.h"

#include <QSignalSpy>
#include <QTest>

namespace {

ActivityEntry entry(quint64 id, int status, const QString &error = {})
{
    ActivityEntry e;
    e.id = id;
    e.started = QDateTime(QDate(2026, 11, 24), QTime(10, 20, 30, 456));
    e.method = QStringLiteral("GET");
    e.url = QStringLiteral("https://user.sls.epilot.io/v2/users/me?n=%1").arg(id);
    e.operationId = QStringLiteral("getMeV2");
    e.status = status;
    e.elapsedMs = 42;
    e.bytes = 2048;
    e.error = error;
    return e;
}

} // namespace

class ActivityLogModelTest : public QObject
{
    Q_OBJECT

private slots:
    void showsEveryColumn();
    void marksFailures();
    void dropsOldestAtCapacity();
    void shrinkingCapacityDropsOldest();
    void clearResetsEverything();
    void exportsText();
};

void ActivityLogModelTest::showsEveryColumn()
{
    ActivityLogModel model;
    QCOMPARE(model.columnCount(), 7);
    model.append(entry(1, 200));
    QCOMPARE(model.rowCount(), 1);
    const auto text = [&model](int column) {
        return model.data(model.index(0, column)).toString();
    };
    QCOMPARE(model.headerData(ActivityLogModel::Url, Qt::Horizontal).toString(), "URL");
    QVERIFY(text(ActivityLogModel::Time).endsWith("20:30.456"));
    QCOMPARE(text(ActivityLogModel::Method), "GET");
    QCOMPARE(text(ActivityLogModel::Url), "https://user.sls.epilot.io/v2/users/me?n=1");
    QCOMPARE(text(ActivityLogModel::Status), "200");
    QCOMPARE(text(ActivityLogModel::Duration), "42 ms");
    QVERIFY2(text(ActivityLogModel::Size).contains("2"), qPrintable(text(ActivityLogModel::Size)));
    QCOMPARE(text(ActivityLogModel::Error), QString());
    QVERIFY(model.data(model.index(0, 0), Qt::ToolTipRole).toString().contains("getMeV2"));
    QCOMPARE(model.data(model.index(0, 0), ActivityLogModel::EntryIdRole).toULongLong(), 1u);
}

void ActivityLogModelTest::marksFailures()
{
    ActivityLogModel model;
    QSignalSpy failed(&model, &ActivityLogModel::failedCountChanged);
    model.append(entry(1, 200));
    model.append(entry(2, 404, QStringLiteral("Not found")));
    model.append(entry(3, 0, QStringLiteral("Connection refused")));
    ActivityEntry retried = entry(4, 503);
    retried.attempt = 2;
    model.append(retried);
    QCOMPARE(model.failedCount(), 3);
    QCOMPARE(failed.size(), 3);
    QCOMPARE(model.data(model.index(0, 0), ActivityLogModel::FailedRole).toBool(), false);
    QCOMPARE(model.data(model.index(1, 0), ActivityLogModel::FailedRole).toBool(), true);
    QCOMPARE(model.data(model.index(2, ActivityLogModel::Status)).toString(), "—");
    QCOMPARE(model.data(model.index(2, ActivityLogModel::Error)).toString(), "Connection refused");
    QCOMPARE(model.data(model.index(3, ActivityLogModel::Status)).toString(), "503 (try 2)");
    // A retried try that got no answer says which try it was.
    ActivityEntry retriedUnanswered = entry(5, 0, QStringLiteral("Connection refused"));
    retriedUnanswered.attempt = 3;
    model.append(retriedUnanswered);
    QCOMPARE(model.data(model.index(4, ActivityLogModel::Status)).toString(), "— (try 3)");
}

void ActivityLogModelTest::dropsOldestAtCapacity()
{
    ActivityLogModel model;
    QCOMPARE(model.capacity(), 5000);
    for (quint64 id = 1; id <= 5003; ++id)
        model.append(entry(id, id == 2 ? 500 : 200));
    QCOMPARE(model.rowCount(), 5000);
    QCOMPARE(model.entryAt(0).id, 4u);
    QCOMPARE(model.entryAt(4999).id, 5003u);
    // The failed entry 2 was dropped with the oldest, so it no longer counts.
    QCOMPARE(model.failedCount(), 0);
}

void ActivityLogModelTest::shrinkingCapacityDropsOldest()
{
    ActivityLogModel model;
    for (quint64 id = 1; id <= 10; ++id)
        model.append(entry(id, 200));
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.setCapacity(4);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.entryAt(0).id, 7u);
    QCOMPARE(removed.size(), 1);
    model.append(entry(11, 200));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.entryAt(0).id, 8u);
}

void ActivityLogModelTest::clearResetsEverything()
{
    ActivityLogModel model;
    model.append(entry(1, 500));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.failedCount(), 0);
}

void ActivityLogModelTest::exportsText()
{
    ActivityLogModel model;
    model.append(entry(1, 200));
    model.append(entry(2, 401, QStringLiteral("Signed out")));
    const QStringList lines = model.toText().split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith("Time\tMethod\tURL\tStatus"));
    QVERIFY(lines.at(2).contains("\t401\t"));
    QVERIFY(lines.at(2).endsWith("Signed out"));
}

QTEST_GUILESS_MAIN(ActivityLogModelTest)
#include "tst_activity_log_model.moc"
