#include "ui/account/PasskeysPage.h"

#include "domain/account/AccountRecords.h"
#include "models/RecordListModel.h"
#include "services/api/AccountService.h"
#include "services/network/ApiCall.h"
#include "ui/common/Confirmation.h"
#include "ui/common/EmptyStateOverlay.h"
#include "ui/common/MessageWidget.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {
constexpr int NameColumn = 0;
}

QTableView *newAccountTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return table;
}

PasskeysPage::PasskeysPage(AccountService *account, QWidget *parent)
    : QWidget(parent), m_account(account),
      m_model(new RecordListModel({tr("Name"), tr("Created"), tr("Transports"),
                                   tr("Authenticator (AAGUID)"), tr("Credential id")},
                                  this))
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
    m_table = newAccountTable(m_model, this);
    m_table->setObjectName(QStringLiteral("passkeys"));
    m_state = new EmptyStateOverlay(m_table, tr("You have no passkeys."));
    m_state->follow(m_model, [this] { load(); });
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
    m_model->setLoading(true);
    m_load = m_account->listPasskeys(this, [this](const ApiResult<QJsonArray> &result) {
        if (!result.ok() && result.error().isCancelled())
            return; // the newer load tells the state
        if (!result.ok()) {
            // The list says it (stale rows or the failure, with Retry); the line below it would
            // only repeat it, or still count what may no longer be there.
            m_status->clear();
            m_model->loadFailed(result.error().message);
            return;
        }
        const QList<Passkey> passkeys = Passkey::listFrom(result.value());
        QList<RecordListModel::Record> records;
        for (const Passkey &passkey : passkeys) {
            const QDateTime created = passkey.createdAt();
            records.append({passkey.credentialId(),
                            {passkey.friendlyName(),
                             created.isValid()
                                 ? QLocale().toString(created.toLocalTime(), QLocale::ShortFormat)
                                 : passkey.createdAtText(),
                             passkey.transports().join(QStringLiteral(", ")), passkey.aaguid(),
                             passkey.credentialId()},
                            {}});
        }
        m_model->setRecords(records);
        m_table->resizeColumnsToContents();
        if (passkeys.isEmpty())
            m_status->clear(); // the empty list says it
        else
            m_status->showInfo(tr("%n passkey(s).", nullptr, int(passkeys.size())));
        emit loaded();
    });
}

void PasskeysPage::deleteSelected()
{
    const int row = m_table->currentIndex().row();
    if (row < 0 || row >= m_model->rowCount() || m_readOnly)
        return;
    const QString name = m_model->record(row).cells.value(NameColumn);
    const QString id = m_model->record(row).id;
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
