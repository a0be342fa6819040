#include "ui/roles/WhoCanPage.h"

#include "domain/grants/GrantCatalog.h"
#include "ui/common/FieldMessage.h"
#include "ui/common/MessageWidget.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int kUserIdRole = Qt::UserRole;
}

WhoCanPage::WhoCanPage(QWidget *parent) : QWidget(parent)
{
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("whoCanAction"));
    m_action->setEditable(true);
    m_action->addItems(GrantCatalog::commonActions());
    m_action->setCurrentText(QString());
    m_resource = new QLineEdit(this);
    m_resource->setObjectName(QStringLiteral("whoCanResource"));
    m_resource->setPlaceholderText(tr("e.g. opportunity:4f1c… (empty: no resource)"));
    m_find = new QPushButton(tr("Find"), this);
    m_find->setEnabled(false);
    connect(m_find, &QPushButton::clicked, this, &WhoCanPage::find);
    connect(m_resource, &QLineEdit::returnPressed, this, &WhoCanPage::find);

    auto *hint = new QLabel(tr("Who can do an action on a resource, whatever the record's "
                               "attributes: the people whose roles allow it under the root role's "
                               "ceiling, without an explicit deny. Computed here from the roles "
                               "and assignments: an approximation of the server's decision."),
                            this);
    hint->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Action:"), m_action);
    form->addRow(tr("Resource:"), m_resource);
    auto *findRow = new QHBoxLayout;
    findRow->addWidget(m_find);
    findRow->addStretch(1);
    form->addRow(QString(), findRow);
    m_summary = new MessageWidget(MessageWidget::Style::Inline, this);
    m_result = new QTreeWidget(this);
    m_result->setObjectName(QStringLiteral("whoCanResult"));
    m_result->setColumnCount(ColumnCount);
    m_result->setHeaderLabels({tr("Person"), tr("E-mail"), tr("Given by role"), tr("Only where")});
    m_result->setRootIsDecorated(false);
    m_result->setSortingEnabled(true);
    m_result->sortByColumn(PersonColumn, Qt::AscendingOrder);
    m_result->header()->setStretchLastSection(true);
    m_result->setColumnWidth(PersonColumn, 200);
    m_result->setColumnWidth(EmailColumn, 240);
    m_result->setColumnWidth(RolesColumn, 240);
    m_result->setToolTip(tr("Double-click a person to see their permissions"));
    connect(m_result, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit personRequested(item->data(PersonColumn, kUserIdRole).toString());
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_result, 1);
}

void WhoCanPage::setData(const QList<PermissionRole> &roles,
                         const QList<RoleAssignment> &assignments,
                         const QHash<QString, QStringList> &people)
{
    m_roles = roles;
    m_assignments = assignments;
    m_people = people;
    m_hasData = true;
    m_find->setEnabled(true);
    m_answer.reset();
    m_result->clear();
    m_summary->clear();
}

void WhoCanPage::setPeople(const QHash<QString, QStringList> &people)
{
    m_people = people;
    showAnswer();
}

bool WhoCanPage::find()
{
    const QString action = m_action->currentText().trimmed();
    if (FieldMessage::report(m_action, action.isEmpty() ? tr("Enter an action, e.g. entity:view.")
                                                        : QString()))
        return false;
    if (!m_hasData)
        return false;
    m_answer = AccessRules(m_roles).whoCan(m_assignments, action, m_resource->text().trimmed());
    showAnswer();
    return true;
}

void WhoCanPage::showAnswer()
{
    m_result->clear();
    if (!m_answer)
        return;
    m_result->setSortingEnabled(false);
    for (const WhoCanEntry &entry : m_answer->people) {
        const QStringList person = m_people.value(entry.userId);
        auto *item = new QTreeWidgetItem(m_result);
        item->setText(PersonColumn, person.value(0).isEmpty() ? entry.userId : person.value(0));
        item->setData(PersonColumn, kUserIdRole, entry.userId);
        item->setText(EmailColumn, person.value(1));
        item->setText(RolesColumn, entry.roleNames.join(QStringLiteral(", ")));
        item->setText(ConditionsColumn, entry.conditions.join(QStringLiteral("; ")));
        item->setToolTip(ConditionsColumn, item->text(ConditionsColumn));
    }
    m_result->setSortingEnabled(true);
    QStringList lines;
    const int count = int(m_answer->people.size());
    lines << (count == 0 ? tr("Nobody can.") : tr("%n person(s) can.", nullptr, count));
    if (m_answer->deniedCount > 0)
        lines << tr("%n more hold(s) an allow that an explicit deny of their roles overrides.",
                    nullptr, m_answer->deniedCount);
    if (m_answer->cappedCount > 0)
        lines << (m_answer->rootDeny
                      ? tr("%n more hold(s) an allow that the root role does not let through (%1).",
                           nullptr, m_answer->cappedCount)
                            .arg(m_answer->rootDeny->summary())
                      : tr("%n more hold(s) an allow that the root role does not let through.",
                           nullptr, m_answer->cappedCount));
    m_summary->showMessage(count > 0 ? MessageWidget::Level::Info : MessageWidget::Level::Warning,
                           lines.join(QLatin1Char(' ')));
}
