#include "ui/account/AccountOrganizationsPage.h"

#include "controllers/OrganizationSwitcher.h"
#include "domain/account/AccountRecords.h"
#include "domain/organization/OrganizationWords.h"
#include "models/RecordListModel.h"
#include "services/session/Session.h"
#include "ui/account/PasskeysPage.h"
#include "ui/common/EmptyStateOverlay.h"
#include "ui/common/MessageWidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

AccountOrganizationsPage::AccountOrganizationsPage(Session *session, OrganizationSwitcher *switcher,
                                                   QWidget *parent)
    : QWidget(parent), m_session(session), m_switcher(switcher),
      m_model(new RecordListModel(
          {tr("Organization id"), tr("Name"), tr("Type"), tr("Use"), tr("Current")}, this))
{
    auto *layout = new QVBoxLayout(this);
    auto *note = new QLabel(tr("The organizations your username belongs to. Switching signs "
                               "you in to the chosen one; every page reloads for it."),
                            this);
    note->setWordWrap(true);
    m_table = newAccountTable(m_model, this);
    m_table->setObjectName(QStringLiteral("organizations"));
    m_state = new EmptyStateOverlay(m_table, tr("No organizations listed for your username."));
    m_state->follow(m_model, [this] { m_switcher->refresh(); });
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
    connect(m_switcher, &OrganizationSwitcher::refreshStarted, m_model,
            [this] { m_model->setLoading(true); });
    // The list says a failed load (stale rows or the failure, with Retry); a switch that failed
    // is said below it.
    connect(m_switcher, &OrganizationSwitcher::refreshFailed, m_model,
            &RecordListModel::loadFailed);
    connect(m_switcher, &OrganizationSwitcher::switchFailed, m_status, &MessageWidget::showError);
}

void AccountOrganizationsPage::showOrganizations()
{
    const QList<AccountOrganization> organizations =
        AccountOrganization::listFrom(m_switcher->organizations());
    QList<RecordListModel::Record> records;
    for (const AccountOrganization &organization : organizations) {
        const QString type = OrganizationWords::type(organization.type());
        const QString use = OrganizationWords::use(organization.use());
        // The type and use in words; the server's own values in the tool tip.
        const QString stored = tr("Stored as: %1, %2").arg(organization.type(), organization.use());
        records.append(
            {organization.id(),
             {organization.id(), organization.name(), type, use,
              organization.id() == m_session->organizationId() ? tr("✓ signed in here")
                                                               : QString()},
             stored});
    }
    m_model->setRecords(records);
    m_table->resizeColumnsToContents();
    m_switchButton->setEnabled(m_switcher->canSwitch());
    if (!m_switcher->canSwitch())
        m_status->showInfo(tr("You belong to one organization only."));
}

void AccountOrganizationsPage::switchToSelected()
{
    const int row = m_table->currentIndex().row();
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QString id = m_model->record(row).id;
    if (id == m_session->organizationId()) {
        m_status->showInfo(tr("That is the current organization."));
        return;
    }
    m_status->showInfo(tr("Switching to %1…").arg(id));
    m_switcher->switchTo(id);
}
