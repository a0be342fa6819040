#include "ui/account/PasskeysPage.h"

#include "domain/account/AccountRecords.h"
#include "services/api/AccountService.h"
#include "services/network/ApiCall.h"
#include "ui/common/Confirmation.h"
#include "ui/common/MessageWidget.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column { NameColumn, CreatedColumn, TransportsColumn, AaguidColumn, IdColumn };
}

QTableWidget *newAccountTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return table;
}

PasskeysPage::PasskeysPage(AccountService *account, QWidget *parent)
    : QWidget(parent), m_account(account)
{
    auto *layout = new QVBoxLayout(this);
    auto *note = new QLabel(
        tr("Passkeys are registered in a browser: registration needs a WebAuthn authenticator "
           "(security key, Touch ID, Windows Hello) that this desktop application cannot reach "
           "on its own. Here you can see and remove your passkeys. The registration and "
           "authentication operations (beginPasskeyRegistration, completePasskeyRegistration, "
           "beginPasskeyAuthentication, …) stay reachable from the API console."),
        this);
    note->setWordWrap(true);
    m_table = newAccountTable({tr("Name"), tr("Created"), tr("Transports"),
                               tr("Authenticator (AAGUID)"), tr("Credential id")},
                              this);
    auto *buttons = new QHBoxLayout;
    m_deleteButton = new QPushButton(tr("Delete passkey…"), this);
    auto *reload = new QPushButton(tr("Reload"), this);
    m_status = new MessageWidget(MessageWidget::Style::Inline, this);
    buttons->addWidget(m_deleteButton);
    buttons->addWidget(reload);
    buttons->addWidget(m_status, 1);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(m_deleteButton, &QPushButton::clicked, this, &PasskeysPage::deleteSelected);
    connect(reload, &QPushButton::clicked, this, &PasskeysPage::load);
}

void PasskeysPage::load()
{
    if (m_load) // the latest list wins
        m_load->cancel();
    m_load = m_account->listPasskeys(this, [this](const ApiResult<QJsonArray> &result) {
        if (!result.ok() && result.error().isCancelled())
            return;
        if (!result.ok()) {
            m_status->showError(result.error().message);
            return;
        }
        const QList<Passkey> passkeys = Passkey::listFrom(result.value());
        m_table->setRowCount(int(passkeys.size()));
        for (int row = 0; row < passkeys.size(); ++row) {
            const Passkey &passkey = passkeys.at(row);
            const QDateTime created = passkey.createdAt();
            const QStringList cells{
                passkey.friendlyName(),
                created.isValid() ? QLocale().toString(created.toLocalTime(), QLocale::ShortFormat)
                                  : passkey.createdAtText(),
                passkey.transports().join(QStringLiteral(", ")), passkey.aaguid(),
                passkey.credentialId()};
            for (int column = 0; column < cells.size(); ++column)
                m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
        m_table->resizeColumnsToContents();
        m_status->showInfo(passkeys.isEmpty()
                               ? tr("You have no passkeys.")
                               : tr("%n passkey(s).", nullptr, int(passkeys.size())));
        emit loaded();
    });
}

void PasskeysPage::deleteSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || m_readOnly)
        return;
    const QString name = m_table->item(row, NameColumn)->text();
    const QString id = m_table->item(row, IdColumn)->text();
    if (!Confirmation::ask(this, tr("Delete passkey"),
                           tr("Delete the passkey \"%1\"? You can no longer sign in with it.")
                               .arg(name.isEmpty() ? id : name),
                           tr("Delete")))
        return;
    m_account->deletePasskey(id, this, [this](const ApiResult<void> &result) {
        if (!result.ok()) {
            m_status->showError(result.error().message);
            return;
        }
        load();
    });
}

void PasskeysPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_deleteButton->setEnabled(!readOnly);
}
