#include "ui/common/ConflictDialog.h"

#include "ui/common/AccessibleNames.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {

ConflictDialog::AutomaticAnswer automaticAnswer;
int asked = 0;

const QColor kConflictTint(0xfd, 0xec, 0xc8);

} // namespace

ConflictDialog::ConflictDialog(const FieldConflict &conflict, QWidget *parent)
    : QDialog(parent), m_conflict(conflict)
{
    setWindowTitle(tr("Changed by someone else"));
    setAccessibleName(windowTitle());
    resize(900, 400);
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setText(
        tr("Someone else saved changes to this record while you were editing it. "
           "Both of you changed: <b>%1</b>. Nothing has been saved yet; choose which version "
           "to keep. <i>Merge</i> saves the version chosen in each row.")
            .arg(m_conflict.conflictingLabels().toHtmlEscaped()));
    layout->addWidget(m_intro);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setAccessibleName(tr("Changed fields"));
    m_table->setHorizontalHeaderLabels(
        {tr("Field"), tr("Their version"), tr("Your version"), tr("Original"), tr("Keep")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Stretch);
    header->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(KeepColumn, QHeaderView::ResizeToContents);
    buildTable();
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_keepTheirs = buttons->addButton(tr("Keep theirs"), QDialogButtonBox::ActionRole);
    m_keepTheirs->setToolTip(tr("Take their version of the fields you both changed. Your other "
                                "edits stay in the form, not saved yet."));
    m_overwrite = buttons->addButton(tr("Overwrite with mine"), QDialogButtonBox::ActionRole);
    m_overwrite->setToolTip(tr("Save your version of every field you changed."));
    m_merge = buttons->addButton(tr("Merge"), QDialogButtonBox::ActionRole);
    m_merge->setToolTip(tr("Save the version chosen in each row."));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setToolTip(tr("Close and leave the form as it is, not saved."));
    for (QPushButton *button : {m_keepTheirs, m_overwrite, m_merge, m_cancel})
        button->setAccessibleName(button->text().remove(QLatin1Char('&')));
    m_keepTheirs->setDefault(true); // the choice that loses nothing on the server
    connect(m_keepTheirs, &QPushButton::clicked, this, [this] { finish(Resolution::KeepTheirs); });
    connect(m_overwrite, &QPushButton::clicked, this, [this] { finish(Resolution::Overwrite); });
    connect(m_merge, &QPushButton::clicked, this, [this] { finish(Resolution::Merge); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { finish(Resolution::Cancel); });
    layout->addWidget(buttons);
    AccessibleNames::complete(this);
}

void ConflictDialog::buildTable()
{
    // Conflicts first: they are what needs a decision; then what only one side changed.
    const FieldConflict::Change order[] = {FieldConflict::Change::Conflict,
                                           FieldConflict::Change::Theirs,
                                           FieldConflict::Change::Mine};
    for (FieldConflict::Change change : order) {
        for (const FieldConflict::Field &field : m_conflict.fields()) {
            if (field.change == change)
                addRow(field);
        }
    }
    m_table->resizeRowsToContents();
    // Room for the choice boxes, so a row never clips them.
    const int rowHeight = QComboBox().sizeHint().height() + 4;
    for (int row = 0; row < m_table->rowCount(); ++row)
        m_table->setRowHeight(row, qMax(m_table->rowHeight(row), rowHeight));
}

void ConflictDialog::addRow(const FieldConflict::Field &field)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_rows.insert(field.key, row);
    const QString texts[] = {field.label, field.theirsText(), field.mineText(), field.baseText()};
    for (int column = FieldColumn; column <= BaseColumn; ++column) {
        auto *item = new QTableWidgetItem(texts[column]);
        item->setToolTip(texts[column]);
        if (field.isConflict())
            item->setBackground(kConflictTint);
        m_table->setItem(row, column, item);
    }
    QFont bold = m_table->font();
    bold.setBold(field.isConflict());
    m_table->item(row, FieldColumn)->setFont(bold);
    if (!field.isConflict()) {
        const QString note = field.change == FieldConflict::Change::Theirs
                                 ? tr("theirs (only they changed it)")
                                 : tr("yours (only you changed it)");
        m_table->setItem(row, KeepColumn, new QTableWidgetItem(note));
        return;
    }
    auto *choice = new QComboBox(m_table);
    choice->addItem(tr("Their version"));
    choice->addItem(tr("Your version"));
    choice->setCurrentIndex(field.choice == FieldConflict::Choice::Mine ? 1 : 0);
    choice->setAccessibleName(tr("Keep for %1").arg(field.label));
    m_choices.insert(field.key, choice);
    m_table->setCellWidget(row, KeepColumn, choice);
}

void ConflictDialog::finish(Resolution resolution)
{
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it)
        m_conflict.setChoice(it.key(), it.value()->currentIndex() == 1
                                           ? FieldConflict::Choice::Mine
                                           : FieldConflict::Choice::Theirs);
    m_conflict.apply(resolution);
    m_resolution = resolution;
    m_answered = true;
    if (resolution == Resolution::Cancel)
        reject();
    else
        accept();
}

void ConflictDialog::done(int result)
{
    if (!m_answered) // closed with Escape or the window's close button
        m_resolution = Resolution::Cancel;
    m_answered = true;
    QDialog::done(result);
}

ConflictDialog::Resolution ConflictDialog::resolve(QWidget *parent, FieldConflict &conflict)
{
    ++asked;
    ConflictDialog dialog(conflict, parent);
    if (automaticAnswer)
        automaticAnswer(dialog);
    else
        dialog.exec();
    if (dialog.isAnswered())
        conflict = dialog.conflict();
    return dialog.resolution();
}

void ConflictDialog::ask(QWidget *parent, const FieldConflict &conflict, QObject *context,
                         Done done)
{
    ++asked;
    auto *dialog = new ConflictDialog(conflict, parent);
    dialog->setWindowModality(Qt::WindowModal);
    QPointer<QObject> guard(context);
    connect(dialog, &QDialog::finished, dialog, [dialog, guard, done] {
        dialog->deleteLater();
        if (guard)
            done(dialog->resolution(), dialog->conflict());
    });
    if (!automaticAnswer)
        return dialog->open();
    // Answered on the next turn of the event loop, as a person would answer: never inside the
    // caller's stack.
    const AutomaticAnswer answer = automaticAnswer;
    QTimer::singleShot(0, dialog, [dialog, answer] {
        answer(*dialog);
        if (!dialog->isAnswered())
            dialog->open();
    });
}

void ConflictDialog::setAutomaticAnswer(AutomaticAnswer answer)
{
    automaticAnswer = std::move(answer);
}

int ConflictDialog::askedCount()
{
    return asked;
}
