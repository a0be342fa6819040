#include "ui/partners/grants/RoleReviewDialog.h"

#include "ui/partners/grants/GrantStyle.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
std::optional<bool> automaticAnswer;
QStringList shownLines;

// A grant on one line, each condition's attribute on the next and each of its values on a line of
// its own: a column shows the whole condition instead of cutting it off at its edge.
QString grantText(const Grant &grant)
{
    Grant bare = grant;
    bare.setConditions({});
    QStringList lines{bare.summary()};
    for (const GrantCondition &condition : grant.conditions()) {
        if (!condition.isEquals()) {
            lines << RoleReviewDialog::tr("if %1").arg(condition.summary());
            continue;
        }
        lines << RoleReviewDialog::tr("if %1 is one of:").arg(condition.attribute());
        for (const QString &value : condition.values())
            lines << QStringLiteral("    ") + value;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

RoleReviewDialog::RoleReviewDialog(const QString &roleName, const RoleReview &review,
                                   const QList<GrantFinding> &warnings, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Review changes to \"%1\"").arg(roleName));
    resize(960, 560);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(
        review.isEmpty() ? tr("Nothing changes on the server.")
                         : tr("Saving replaces the role on the server. Everyone holding it gets "
                              "these changes at once:")));
    auto *changes = new QTreeWidget;
    changes->setHeaderLabels({tr("Change"), tr("Before"), tr("After")});
    changes->setWordWrap(true);
    changes->header()->setSectionResizeMode(QHeaderView::Stretch);
    changes->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    for (const RoleReview::FieldChange &field : review.roleFields) {
        auto *item = new QTreeWidgetItem(
            changes, {tr("Role %1").arg(field.field), field.before, field.after});
        Q_UNUSED(item);
    }
    for (const RoleReview::GrantChange &change : review.grants) {
        QTreeWidgetItem *item = nullptr;
        switch (change.kind) {
        case RoleReview::GrantChange::Kind::Added:
            item =
                new QTreeWidgetItem(changes, {tr("+ Added"), QString(), grantText(change.after)});
            item->setForeground(0, GrantStyle::effectColor("allow"));
            item->setIcon(2, GrantStyle::effectIcon(change.after.effectiveEffect()));
            break;
        case RoleReview::GrantChange::Kind::Removed:
            item = new QTreeWidgetItem(changes,
                                       {tr("− Removed"), grantText(change.before), QString()});
            item->setForeground(0, GrantStyle::effectColor("deny"));
            item->setIcon(1, GrantStyle::effectIcon(change.before.effectiveEffect()));
            break;
        case RoleReview::GrantChange::Kind::Changed:
            item = new QTreeWidgetItem(
                changes, {tr("~ Changed"), grantText(change.before), grantText(change.after)});
            for (const RoleReview::FieldChange &field : change.fields)
                new QTreeWidgetItem(item, {field.field, field.before, field.after});
            break;
        }
    }
    changes->expandAll();
    layout->addWidget(changes, 2);

    if (!warnings.isEmpty()) {
        layout->addWidget(new QLabel(tr("<b>Security warnings</b> — read each before saving:")));
        auto *list = new QTreeWidget;
        list->setHeaderHidden(true);
        list->setRootIsDecorated(false);
        for (const GrantFinding &warning : warnings) {
            auto *item = new QTreeWidgetItem(list, {warning.message});
            item->setIcon(0, GrantStyle::severityIcon(warning.severity));
            item->setToolTip(0, warning.message);
        }
        layout->addWidget(list, 1);
        m_confirm = new QCheckBox(tr("I have checked these warnings and the access is intended."));
        layout->addWidget(m_confirm);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_save = buttons->addButton(tr("Save role"), QDialogButtonBox::AcceptRole);
    m_save->setEnabled(!m_confirm);
    if (m_confirm)
        connect(m_confirm, &QCheckBox::toggled, m_save, &QPushButton::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void RoleReviewDialog::review(QWidget *parent, const QString &roleName, const RoleReview &review,
                              const QList<GrantFinding> &warnings, QObject *context,
                              std::function<void(bool)> done)
{
    shownLines = review.lines();
    for (const GrantFinding &warning : warnings)
        shownLines << QStringLiteral("! ") + warning.message;
    if (automaticAnswer) {
        QTimer::singleShot(0, context, [done, answer = *automaticAnswer] { done(answer); });
        return;
    }
    auto *dialog = new RoleReviewDialog(roleName, review, warnings, parent);
    dialog->setWindowModality(Qt::WindowModal);
    QPointer<QObject> guard(context);
    connect(dialog, &QDialog::finished, dialog, [dialog, guard, done](int result) {
        dialog->deleteLater();
        if (guard)
            done(result == QDialog::Accepted);
    });
    dialog->open();
}

void RoleReviewDialog::setAutomaticAnswer(std::optional<bool> answer)
{
    automaticAnswer = answer;
}

QStringList RoleReviewDialog::lastShownLines()
{
    return shownLines;
}
