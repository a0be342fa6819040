#include "ui/account/MyRolesPage.h"

#include "domain/permissions/PermissionRole.h"
#include "models/RecordListModel.h"
#include "services/network/ApiCall.h"
#include "services/session/Session.h"
#include "ui/common/EmptyStateOverlay.h"
#include "ui/common/MessageWidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QString describe(const PermissionRole &role)
{
    QString text = role.name();
    if (role.kind() == RoleKind::Root)
        text = MyRolesPage::tr("%1 (applies to everyone)").arg(text);
    if (role.expiresAt().isValid())
        text = MyRolesPage::tr("%1, until %2")
                   .arg(text,
                        QLocale().toString(role.expiresAt().toLocalTime(), QLocale::ShortFormat));
    return text;
}

} // namespace

MyRolesPage::MyRolesPage(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new RecordListModel({tr("Role")}, this)),
      m_list(new QListView(this)), m_refresh(new QPushButton(MyRolesPage::tr("Refresh"), this)),
      m_status(new MessageWidget(MessageWidget::Style::Inline, this))
{
    m_list->setObjectName(QStringLiteral("myRoles"));
    m_list->setModel(m_model);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Everyone has at least the organization's root role: empty means the server listed none.
    m_state = new EmptyStateOverlay(m_list, tr("No roles are in effect for you."));
    m_state->follow(m_model, [this] { load(); });
    auto *intro = new QLabel(tr("The roles in effect for you in this organization."), this);
    intro->setWordWrap(true);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_refresh);
    bar->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(bar);
    connect(m_refresh, &QPushButton::clicked, this, &MyRolesPage::refresh);
}

void MyRolesPage::load()
{
    if (m_load) // the latest list wins
        m_load->cancel();
    m_model->setLoading(true);
    m_load = m_session->permissions()->listCurrentRoles(
        this, [this](const ApiResult<QJsonArray> &result) {
            if (!result.ok() && result.error().isCancelled())
                return; // the newer load tells the state
            if (!result.ok()) {
                // The list says it: the roles shown stay, marked as possibly out of date.
                m_model->loadFailed(result.error().message);
            } else {
                QList<RecordListModel::Record> records;
                for (const PermissionRole &role : PermissionRole::listFromJson(result.value()))
                    records.append({role.id(), {describe(role)}, role.id()});
                m_model->setRecords(records);
            }
            m_refresh->setEnabled(true);
            emit loaded();
        });
}

void MyRolesPage::refresh()
{
    m_refresh->setEnabled(false);
    m_status->showInfo(tr("Refreshing…"));
    m_session->permissions()->refreshPermissions(this, [this](const ApiResult<void> &result) {
        if (!result.ok()) {
            m_status->showError(tr("Not refreshed: %1").arg(result.error().message));
            m_refresh->setEnabled(true);
            return;
        }
        m_status->showPositive(tr("Refreshed."));
        load();
    });
}
