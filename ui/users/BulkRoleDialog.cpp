#include "ui/users/BulkRoleDialog.h"

#include "ui/common/FieldMessage.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

BulkRoleDialog::BulkRoleDialog(bool add, const RoleCatalog &catalog, const QStringList &people,
                               QWidget *parent)
    : QDialog(parent), m_catalog(catalog)
{
    setWindowTitle(add ? tr("Add a role") : tr("Remove a role"));
    auto *layout = new QVBoxLayout(this);
    const int count = int(people.size());
    QString names = people.mid(0, 8).join(QStringLiteral(", "));
    if (count > 8)
        names += tr(" and %n more", nullptr, count - 8);
    auto *question =
        new QLabel((add ? tr("Which role should these %n person(s) get?", nullptr, count)
                        : tr("Which role should these %n person(s) lose?", nullptr, count)) +
                       QStringLiteral("\n") + names,
                   this);
    question->setWordWrap(true);
    layout->addWidget(question);
    m_box = new QComboBox(this);
    m_box->setObjectName(QStringLiteral("bulkRole"));
    m_box->setEditable(true);
    m_box->setInsertPolicy(QComboBox::NoInsert);
    m_box->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_box->completer()->setFilterMode(Qt::MatchContains);
    m_box->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_box->lineEdit()->setPlaceholderText(tr("Role name"));
    for (const PermissionRole &role : catalog.assignable())
        m_box->addItem(role.name(), role.id());
    m_box->setCurrentIndex(-1);
    layout->addWidget(m_box);
    auto *note = new QLabel(add ? tr("People who have the role already keep it.")
                                : tr("People who do not have the role are left as they are."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addStretch();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok =
        buttons->addButton(add ? tr("Add role") : tr("Remove role"), QDialogButtonBox::AcceptRole);
    connect(m_ok, &QPushButton::clicked, this, &BulkRoleDialog::confirm);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(440, sizeHint().height());
}

QString BulkRoleDialog::roleId() const
{
    const int index = m_box->findText(m_box->currentText().trimmed(), Qt::MatchFixedString);
    return index >= 0 ? m_box->itemData(index).toString() : m_catalog.resolve(m_box->currentText());
}

void BulkRoleDialog::confirm()
{
    const QString typed = m_box->currentText().trimmed();
    if (roleId().isEmpty()) {
        FieldMessage::show(m_box, typed.isEmpty()
                                      ? tr("Pick a role from the list.")
                                      : tr("No role named \"%1\" in this organization. Pick one "
                                           "from the list.")
                                            .arg(typed));
        return;
    }
    accept();
}
