#include "ui/security/ApiTokensPane.h"

#include "domain/security/PlainText.h"
#include "models/AccessTokenListModel.h"
#include "services/api/AccessTokenService.h"
#include "services/session/Session.h"
#include "ui/common/Confirmation.h"
#include "ui/common/EmptyStateOverlay.h"
#include "ui/common/MessageWidget.h"
#include "ui/common/Theme.h"
#include "ui/security/CreateTokenDialog.h"
#include "ui/security/NewTokenDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

ApiTokensPane::ApiTokensPane(Session *session, QWidget *parent)
    : Pane(session, parent), m_service(new AccessTokenService(session->client(), this)),
      m_model(new AccessTokenListModel(m_service, this))
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout();
    m_count = new QLabel(this);
    m_count->setStyleSheet(Theme::textStyle(Theme::Color::MutedText));
    bar->addWidget(m_count);
    bar->addStretch(1);
    m_new = new QPushButton(tr("New token…"), this);
    m_revoke = new QPushButton(tr("Revoke…"), this);
    connect(m_new, &QPushButton::clicked, this, &ApiTokensPane::createNew);
    connect(m_revoke, &QPushButton::clicked, this, &ApiTokensPane::deleteSelection);
    bar->addWidget(m_new);
    bar->addWidget(m_revoke);
    layout->addLayout(bar);
    m_status = new MessageWidget(MessageWidget::Style::Inline, this);
    layout->addWidget(m_status);

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    QHeaderView *header = m_table->horizontalHeader();
    header->resizeSection(AccessTokenListModel::Name, 240);
    header->resizeSection(AccessTokenListModel::Type, 60);
    header->resizeSection(AccessTokenListModel::Created, 140);
    header->resizeSection(AccessTokenListModel::Expires, 170);
    header->resizeSection(AccessTokenListModel::LastUsed, 100);
    header->resizeSection(AccessTokenListModel::Access, 150);
    header->setStretchLastSection(true);
    // Dates, access and type as wide as their words: the review's reasons get the rest.
    connect(m_model, &AccessTokenListModel::loaded, this, [this] {
        for (int column : {AccessTokenListModel::Type, AccessTokenListModel::Created,
                           AccessTokenListModel::Expires, AccessTokenListModel::LastUsed,
                           AccessTokenListModel::Access})
            m_table->resizeColumnToContents(column);
        m_table->resizeColumnToContents(AccessTokenListModel::Name);
        if (m_table->columnWidth(AccessTokenListModel::Name) > 240)
            m_table->setColumnWidth(AccessTokenListModel::Name, 240);
        if (!m_wantedToken.isEmpty())
            selectToken(m_wantedToken);
    });
    layout->addWidget(m_table, 1);
    auto *state = new EmptyStateOverlay(
        m_table, tr("No API tokens. A program that calls epilot needs one: create it here."),
        tr("New token…"), [this] { createNew(); });
    state->follow(m_model, [this] { reload(); });
    auto *legend = new QLabel(
        tr("Review: tokens that never expire, tokens older than 90 days, and tokens that may "
           "write with an administrator role are worth a second look."),
        this);
    legend->setWordWrap(true);
    legend->setStyleSheet(Theme::textStyle(Theme::Color::MutedText));
    layout->addWidget(legend);

    connect(m_model, &QAbstractItemModel::modelReset, this, &ApiTokensPane::showCount);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ApiTokensPane::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ApiTokensPane::updateButtons);
    connect(session, &Session::organizationChanged, this, [this] {
        m_model->clear();
        reload();
    });
    connect(session, &Session::ended, this, [this] { m_model->clear(); });
    connect(session, &Session::readOnlyChanged, this, &ApiTokensPane::setReadOnly);
    setReadOnly(session->isReadOnly());
    showCount();
}

CreateTokenDialog *ApiTokensPane::createDialog() const
{
    return m_createDialog;
}

NewTokenDialog *ApiTokensPane::newTokenDialog() const
{
    return m_newTokenDialog;
}

void ApiTokensPane::sessionReady()
{
    reload();
}

void ApiTokensPane::reload()
{
    m_model->reload();
    loadRoles();
}

void ApiTokensPane::loadRoles()
{
    session()->permissions()->listAllRoles(this, [this](const ApiResult<QJsonArray> &result) {
        if (!result.ok()) {
            m_status->showError(
                tr("The roles could not be loaded: %1").arg(result.error().message));
            return;
        }
        m_roles = PermissionRole::listFromJson(result.value());
        QSet<QString> administrators;
        for (const PermissionRole &role : std::as_const(m_roles)) {
            if (AccessToken::isAdministratorRole(role))
                administrators.insert(role.id());
        }
        m_model->setAdministratorRoles(administrators);
        emit rolesLoaded();
    });
}

void ApiTokensPane::showCount()
{
    m_count->setText(tr("%n token(s)", nullptr, m_model->rowCount()));
}

void ApiTokensPane::updateButtons()
{
    m_new->setEnabled(!m_readOnly);
    m_revoke->setEnabled(!m_readOnly && m_table->selectionModel()->hasSelection());
}

void ApiTokensPane::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateButtons();
}

void ApiTokensPane::selectToken(const QString &id)
{
    // Asked for before the list is in (a link from another page): chosen when it arrives.
    m_wantedToken = id;
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        m_table->selectRow(row);
        m_wantedToken.clear();
    }
}

void ApiTokensPane::createNew()
{
    if (m_readOnly || m_createDialog || m_newTokenDialog)
        return;
    m_status->clear();
    auto *dialog = new CreateTokenDialog(m_service, m_roles, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_createDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        NewAccessToken created = dialog->takeCreated();
        const QString id = created.item().id();
        auto *shown = new NewTokenDialog(std::move(created), this);
        shown->setAttribute(Qt::WA_DeleteOnClose);
        m_newTokenDialog = shown;
        shown->open();
        m_status->showPositive(
            tr("Token \"%1\" created.").arg(PlainText::visible(dialog->request().name, true)));
        m_model->reload();
        connect(
            m_model, &AccessTokenListModel::loaded, shown, [this, id] { selectToken(id); },
            Qt::SingleShotConnection);
        emit tokenCreated(id);
    });
    dialog->open();
}

void ApiTokensPane::deleteSelection()
{
    if (m_readOnly || !m_table->selectionModel()->hasSelection())
        return;
    const AccessToken token =
        m_model->tokenAt(m_table->selectionModel()->selectedRows().value(0).row());
    if (token.id().isEmpty())
        return;
    const QString name = PlainText::visible(token.name(), true);
    if (!Confirmation::ask(this, tr("Revoke API token"),
                           tr("Revoke the API token \"%1\"? Every program that uses it is "
                              "refused from then on. This cannot be undone.")
                               .arg(name),
                           tr("Revoke")))
        return;
    m_revoke->setEnabled(false);
    m_status->showInfo(tr("Revoking \"%1\"…").arg(name));
    const QString id = token.id();
    m_service->revokeAccessToken(id, this, [this, id, name](const ApiResult<QJsonObject> &result) {
        updateButtons();
        if (!result.ok()) {
            m_status->showError(tr("\"%1\" was not revoked: %2").arg(name, result.error().message));
            return;
        }
        m_status->showPositive(tr("\"%1\" is revoked.").arg(name));
        m_model->reload();
        emit tokenRevoked(id);
    });
}
