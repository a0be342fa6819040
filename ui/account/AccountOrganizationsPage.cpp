#include "ui/account/AccountOrganizationsPage.h"

#include "controllers/OrganizationSwitcher.h"
#include "domain/account/AccountRecords.h"
#include "domain/organization/OrganizationWords.h"
#include "services/session/Session.h"
#include "ui/account/PasskeysPage.h"
#include "ui/common/MessageWidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

AccountOrganizationsPage::AccountOrganizationsPage(Session *session, OrganizationSwitcher *switcher,
                                                   QWidget *parent)
    : QWidget(parent), m_session(session), m_switcher(switcher)
{
    auto *layout = new QVBoxLayout(this);
    auto *note = new QLabel(tr("The organizations your username belongs to. Switching signs "
                               "you in to the chosen one; every page reloads for it."),
                            this);
    note->setWordWrap(true);
    m_table = newAccountTable(
        {tr("Organization id"), tr("Name"), tr("Type"), tr("Use"), tr("Current")}, this);
    auto *buttons = new QHBoxLayout;
    m_switchButton = new QPushButton(tr("Switch to the selected organization"), this);
    auto *refresh = new QPushButton(tr("Reload"), this);
    m_status = new MessageWidget(MessageWidget::Style::Inline, this);
    buttons->addWidget(m_switchButton);
    buttons->addWidget(refresh);
    buttons->addWidget(m_status, 1);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(m_switchButton, &QPushButton::clicked, this,
            &AccountOrganizationsPage::switchToSelected);
    connect(refresh, &QPushButton::clicked, m_switcher, &OrganizationSwitcher::refresh);
    connect(m_switcher, &OrganizationSwitcher::switched, this, [this](const QString &id) {
        m_status->showPositive(tr("Switched to organization %1.").arg(id));
    });
    connect(m_switcher, &OrganizationSwitcher::organizationsChanged, this,
            &AccountOrganizationsPage::showOrganizations);
    connect(m_switcher, &OrganizationSwitcher::failed, m_status, &MessageWidget::showError);
}

void AccountOrganizationsPage::showOrganizations()
{
    const QList<AccountOrganization> organizations =
        AccountOrganization::listFrom(m_switcher->organizations());
    m_table->setRowCount(int(organizations.size()));
    for (int row = 0; row < organizations.size(); ++row) {
        const AccountOrganization &organization = organizations.at(row);
        const QStringList cells{
            organization.id(), organization.name(), OrganizationWords::type(organization.type()),
            OrganizationWords::use(organization.use()),
            organization.id() == m_session->organizationId() ? tr("✓ signed in here") : QString()};
        // The type and use in words; the server's own value in the tool tip.
        const QStringList raw{{}, {}, organization.type(), organization.use(), {}};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (raw.at(column) != cells.at(column))
                item->setToolTip(raw.at(column));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_switchButton->setEnabled(m_switcher->canSwitch());
    if (!m_switcher->canSwitch())
        m_status->showInfo(tr("You belong to one organization only."));
}

void AccountOrganizationsPage::switchToSelected()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const QString id = m_table->item(row, 0)->text();
    if (id == m_session->organizationId()) {
        m_status->showInfo(tr("That is the current organization."));
        return;
    }
    m_status->showInfo(tr("Switching to %1…").arg(id));
    m_switcher->switchTo(id);
}
