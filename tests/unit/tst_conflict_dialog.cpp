#include "ui/common/ConflictDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using Resolution = FieldConflict::Resolution;

class TestConflictDialog : public QObject
{
    Q_OBJECT

private:
    static FieldConflict sample()
    {
        FieldConflict conflict;
        conflict.add("department", "Department", "Sales", "Marketing", "Support");
        conflict.add("phone", "Phone", "+49 1", "+49 1", "+49 2");
        conflict.add("email", "E-mail", "a@example.com", "b@example.com", "a@example.com");
        conflict.add("display_name", "Display name", "Ann", "Ann", "Ann");
        return conflict;
    }

private slots:
    void cleanup() { ConflictDialog::setAutomaticAnswer({}); }

    void showsBothVersionsFieldByField()
    {
        ConflictDialog dialog(sample());
        QTableWidget *table = dialog.table();
        QCOMPARE(table->rowCount(), 3); // untouched fields are left out
        const int row = dialog.rowOf("department");
        QCOMPARE(row, 0); // conflicts first
        QCOMPARE(table->item(row, ConflictDialog::FieldColumn)->text(),
                 QStringLiteral("Department"));
        QCOMPARE(table->item(row, ConflictDialog::TheirsColumn)->text(), QStringLiteral("Support"));
        QCOMPARE(table->item(row, ConflictDialog::MineColumn)->text(), QStringLiteral("Marketing"));
        QCOMPARE(table->item(row, ConflictDialog::BaseColumn)->text(), QStringLiteral("Sales"));
        QVERIFY(dialog.choiceBox("department"));
        QVERIFY(!dialog.choiceBox("phone")); // only they changed it: nothing to choose
        QVERIFY(dialog.introLabel()->text().contains("Department"));
        QCOMPARE(dialog.rowOf("display_name"), -1);
        // Every control has a name for screen readers.
        for (QWidget *widget : dialog.findChildren<QWidget *>()) {
            if (widget->focusPolicy() != Qt::NoFocus && widget->isVisibleTo(&dialog) &&
                (qobject_cast<QPushButton *>(widget) || qobject_cast<QComboBox *>(widget) ||
                 qobject_cast<QTableWidget *>(widget)))
                QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
        }
        QCOMPARE(dialog.choiceBox("department")->accessibleName(),
                 QStringLiteral("Keep for Department"));
    }

    void buttonsResolve_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<int>("resolution");
        QTest::addColumn<QString>("department");
        QTest::addColumn<bool>("sends");
        QTest::newRow("keep theirs") << "keep" << int(Resolution::KeepTheirs) << "Support" << false;
        QTest::newRow("overwrite")
            << "overwrite" << int(Resolution::Overwrite) << "Marketing" << true;
        QTest::newRow("merge, mine") << "merge" << int(Resolution::Merge) << "Marketing" << true;
        QTest::newRow("cancel") << "cancel" << int(Resolution::Cancel) << "Support" << false;
    }

    void buttonsResolve()
    {
        QFETCH(QString, button);
        QFETCH(int, resolution);
        QFETCH(QString, department);
        QFETCH(bool, sends);
        FieldConflict conflict = sample();
        const int before = ConflictDialog::askedCount();
        ConflictDialog::setAutomaticAnswer([&](ConflictDialog &dialog) {
            dialog.choiceBox("department")->setCurrentIndex(1); // "Your version"
            QPushButton *target = button == "keep"        ? dialog.keepTheirsButton()
                                  : button == "overwrite" ? dialog.overwriteButton()
                                  : button == "merge"     ? dialog.mergeButton()
                                                          : dialog.cancelButton();
            QTest::mouseClick(target, Qt::LeftButton);
        });
        const Resolution chosen = ConflictDialog::resolve(nullptr, conflict);
        QCOMPARE(int(chosen), resolution);
        QCOMPARE(ConflictDialog::askedCount(), before + 1);
        QCOMPARE(FieldConflict::sends(chosen), sends);
        if (chosen != Resolution::Cancel) {
            const auto merge = conflict.merged();
            QCOMPARE(merge.values.value("department").toString(), department);
            QCOMPARE(merge.values.value("phone").toString(), QStringLiteral("+49 2"));
            QCOMPARE(merge.values.value("email").toString(), QStringLiteral("b@example.com"));
        }
    }

    void escapeCancels()
    {
        FieldConflict conflict = sample();
        ConflictDialog::setAutomaticAnswer([](ConflictDialog &dialog) { dialog.reject(); });
        QCOMPARE(ConflictDialog::resolve(nullptr, conflict), Resolution::Cancel);
        // Left unanswered by the test: counts as Cancel, nothing blocks.
        ConflictDialog::setAutomaticAnswer([](ConflictDialog &) {});
        QCOMPARE(ConflictDialog::resolve(nullptr, conflict), Resolution::Cancel);
    }

    void askIsAsynchronous()
    {
        QObject context;
        bool answered = false;
        Resolution got = Resolution::Cancel;
        ConflictDialog::setAutomaticAnswer(
            [](ConflictDialog &dialog) { dialog.overwriteButton()->click(); });
        ConflictDialog::ask(nullptr, sample(), &context,
                            [&](Resolution resolution, const FieldConflict &conflict) {
                                answered = true;
                                got = resolution;
                                QCOMPARE(conflict.merged().changes.value("department").toString(),
                                         QStringLiteral("Marketing"));
                            });
        QVERIFY(!answered); // never inside the caller's stack
        QVERIFY(QTest::qWaitFor([&] { return answered; }, 2000));
        QCOMPARE(got, Resolution::Overwrite);
    }

    void askWithoutSeamOpensTheDialog()
    {
        QWidget parent;
        bool answered = false;
        ConflictDialog::ask(&parent, sample(), &parent,
                            [&](Resolution, const FieldConflict &) { answered = true; });
        auto *dialog = parent.findChild<ConflictDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        dialog->keepTheirsButton()->click();
        QVERIFY(answered);
        QCOMPARE(dialog->resolution(), Resolution::KeepTheirs);
        if (!qEnvironmentVariableIsEmpty("EPILOT_SCREENSHOT_DIR")) {
            ConflictDialog shot(sample());
            shot.resize(900, 400);
            shot.grab().save(qEnvironmentVariable("EPILOT_SCREENSHOT_DIR") + "/conflict.png");
        }
    }
};

QTEST_MAIN(TestConflictDialog)
#include "tst_conflict_dialog.moc"
