#include "ui/users/UserExportDialog.h"

#include "ui/common/FieldMessage.h"
#include "ui/common/FileDialogs.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace {

QString suffixOf(UserExporter::Format format)
{
    return format == UserExporter::Format::Json ? QStringLiteral("json") : QStringLiteral("csv");
}

} // namespace

UserExportDialog::UserExportDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Export users"));
    auto *formats = new QGroupBox(tr("Format"));
    auto *choices = new QVBoxLayout(formats);
    m_spreadsheet = addChoice(
        choices, tr("CSV for spreadsheets (Excel, LibreOffice)"),
        tr("Values that begin with + - = or @ get an apostrophe in front, so that a spreadsheet "
           "does not run them as formulas. Phone numbers such as +49 30 … therefore read "
           "'+49 30 … in the file; the spreadsheet shows them without it."));
    m_plain = addChoice(choices, tr("Plain CSV for scripts"),
                        tr("Every value exactly as stored, nothing added. Do not open this file "
                           "in a spreadsheet if a value could be read as a formula."));
    m_json = addChoice(choices, tr("JSON"),
                       tr("Every field exactly as stored, for scripts and backups."));
    m_spreadsheet->setChecked(true);

    m_path = new QLineEdit(QDir(FileDialogs::startFolder()).filePath(QStringLiteral("users.csv")));
    m_choose = new QPushButton(tr("Choose…"));
    auto *pathLabel = new QLabel(tr("&File:"));
    pathLabel->setBuddy(m_path);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(pathLabel);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_choose);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_export = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    m_export->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(formats);
    layout->addLayout(pathRow);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_choose, &QPushButton::clicked, this, &UserExportDialog::choosePath);
    connect(buttons, &QDialogButtonBox::accepted, this, &UserExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &UserExportDialog::reject);
    for (QRadioButton *choice : {m_spreadsheet, m_plain, m_json})
        connect(choice, &QRadioButton::toggled, this, &UserExportDialog::followFormat);
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

QRadioButton *UserExportDialog::addChoice(QVBoxLayout *layout, const QString &title,
                                          const QString &hint)
{
    auto *choice = new QRadioButton(title);
    auto *text = new QLabel(hint);
    text->setWordWrap(true);
    // Aligned with the radio button's text, not its circle.
    text->setContentsMargins(choice->sizeHint().height() + 4, 0, 0, 6);
    choice->setToolTip(hint);
    layout->addWidget(choice);
    layout->addWidget(text);
    return choice;
}

UserExporter::Format UserExportDialog::format() const
{
    if (m_json->isChecked())
        return UserExporter::Format::Json;
    return m_plain->isChecked() ? UserExporter::Format::PlainCsv : UserExporter::Format::Csv;
}

void UserExportDialog::setFormat(UserExporter::Format format)
{
    switch (format) {
    case UserExporter::Format::Csv:
        return m_spreadsheet->setChecked(true);
    case UserExporter::Format::PlainCsv:
        return m_plain->setChecked(true);
    case UserExporter::Format::Json:
        return m_json->setChecked(true);
    }
}

QString UserExportDialog::path() const
{
    return m_path->text().trimmed();
}

void UserExportDialog::followFormat()
{
    // The file name's ending follows the format, so the file opens in the right program.
    const QFileInfo file(path());
    if (file.fileName().isEmpty())
        return;
    const QString wanted = suffixOf(format());
    if (file.suffix().compare(wanted, Qt::CaseInsensitive) == 0)
        return;
    m_path->setText(file.dir().filePath(file.completeBaseName() + QLatin1Char('.') + wanted));
}

void UserExportDialog::choosePath()
{
    const bool json = format() == UserExporter::Format::Json;
    const QString suggested = QFileInfo(path()).fileName().isEmpty()
                                  ? QStringLiteral("users.") + suffixOf(format())
                                  : QFileInfo(path()).fileName();
    const QString chosen = FileDialogs::saveFile(this, tr("Export users"), suggested,
                                                 json ? tr("JSON (*.json)") : tr("CSV (*.csv)"));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void UserExportDialog::accept()
{
    if (path().isEmpty() || QFileInfo(path()).fileName().isEmpty()) {
        FieldMessage::show(m_path, tr("Choose the file to export to."));
        return;
    }
    FileDialogs::remember(path());
    emit exportRequested(path(), format());
    QDialog::accept();
}
