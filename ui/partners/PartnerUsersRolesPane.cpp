#include "ui/partners/PartnerUsersRolesPane.h"

#include "domain/partners/PartnerUser.h"
#include "services/session/Session.h"
#include "ui/common/MessageWidget.h"
#include "ui/partners/PartnerRolesPage.h"
#include "ui/partners/PartnerUsersPage.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>
#include <memory>
#include <utility>

PartnerUsersRolesPane::PartnerUsersRolesPane(Session *session, QWidget *parent)
    : Pane(session, parent)
{
    m_organizations = new QComboBox;
    m_organizations->setMinimumWidth(320);
    auto *reloadButton = new QPushButton(tr("Reload"));
    m_status = new MessageWidget(MessageWidget::Style::Inline);
    // One line that never widens the page; the whole text is in the tool tip. (A wrapping label
    // would make the page frame size the page by its preferred height: it scrolled at 1280x800.)
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    if (auto *text = m_status->findChild<QLabel *>(QStringLiteral("noticeText")))
        text->setWordWrap(false);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Partner organization:")));
    top->addWidget(m_organizations);
    top->addWidget(reloadButton);
    top->addWidget(m_status, 1);

    const auto reloadThen = [this](std::function<void()> then) {
        loadUsersAndRoles(std::move(then));
    };
    m_usersPage = new PartnerUsersPage(session, reloadThen);
    m_rolesPage = new PartnerRolesPage(session, reloadThen);
    m_tabs = new QTabWidget;
    m_tabs->addTab(m_usersPage, tr("Users and their roles"));
    m_tabs->addTab(m_rolesPage, tr("Roles and grants"));
    addPage(m_usersPage);
    addPage(m_rolesPage);
    connect(m_usersPage, &PartnerUsersPage::reloadRequested, this, &PartnerUsersRolesPane::reload);
    connect(m_usersPage, &PartnerUsersPage::assignmentsApplied, this,
            &PartnerUsersRolesPane::assignmentsApplied);
    connect(m_rolesPage, &PartnerRolesPage::roleSaved, this, &PartnerUsersRolesPane::roleSaved);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);

    connect(reloadButton, &QPushButton::clicked, this, &PartnerUsersRolesPane::reload);
    connect(m_organizations, &QComboBox::activated, this, [this] { loadOrganization(); });
    connect(session, &Session::organizationChanged, this, &PartnerUsersRolesPane::reload);
}

void PartnerUsersRolesPane::addPage(PartnerPage *page)
{
    m_pages << page;
    connect(page, &PartnerPage::message, this,
            [this](MessageWidget::Level level, const QString &text) {
                m_status->showMessage(level, text);
                m_status->setToolTip(text); // the line may be cut; the whole text is here
            });
    connect(page, &PartnerPage::busyChanged, this, &PartnerUsersRolesPane::busy);
}

void PartnerUsersRolesPane::busy(int delta)
{
    m_busy += delta;
    setCursor(m_busy > 0 ? Qt::BusyCursor : Qt::ArrowCursor);
}

// ---- loading ------------------------------------------------------------------------------

void PartnerUsersRolesPane::loadFailed(const QString &text, const QString &reason)
{
    m_status->showError(text.arg(reason));
    m_status->setToolTip(text.arg(reason));
    m_usersPage->showLoadFailure(reason);
}

void PartnerUsersRolesPane::reload()
{
    loadOrganizations();
}

void PartnerUsersRolesPane::choosePartnerOrganization(const QString &organizationId)
{
    const int index = m_organizations->findData(organizationId);
    if (index >= 0) {
        m_organizations->setCurrentIndex(index);
        loadOrganization();
        return;
    }
    // Not (yet) in the list: remember it for when the list arrives, and load it anyway.
    m_pendingOrganization = organizationId;
    m_organizations->addItem(organizationId, organizationId);
    m_organizations->setCurrentIndex(m_organizations->count() - 1);
    loadOrganization();
}

QString PartnerUsersRolesPane::partnerOrganizationId() const
{
    return m_organizations->currentData().toString();
}

void PartnerUsersRolesPane::loadOrganizations()
{
    AssignableSearch search;
    search.types = {QStringLiteral("partner_organization")};
    search.size = 200;
    busy(1);
    m_usersPage->setLoading(true);
    session()->partners()->searchAssignable(
        search, this, [this](const ApiResult<QJsonObject> &result) {
            busy(-1);
            if (!result.ok())
                return loadFailed(tr("Could not list partner organizations: %1"),
                                  result.error().message);
            showOrganizations(Assignable::listFromSearchPage(result.value()));
        });
}

void PartnerUsersRolesPane::showOrganizations(const QList<Assignable> &organizations)
{
    const QString current =
        m_pendingOrganization.isEmpty() ? partnerOrganizationId() : m_pendingOrganization;
    m_pendingOrganization.clear();
    m_organizations->clear();
    for (const Assignable &organization : organizations) {
        if (organization.organizationId().isEmpty())
            continue;
        m_organizations->addItem(
            tr("%1 (%2)").arg(organization.displayName(), organization.organizationId()),
            organization.organizationId());
    }
    if (m_organizations->count() == 0)
        return showNoOrganizations();
    m_organizations->setCurrentIndex(qMax(0, m_organizations->findData(current)));
    loadOrganization();
}

void PartnerUsersRolesPane::showNoOrganizations()
{
    const QString none = tr("No connected partner organizations yet: invite a partner first.");
    m_status->showInfo(none);
    m_status->setToolTip(none);
    m_usersPage->showNothing(none);
    m_rolesPage->setOrganization({}, {});
    m_rolesPage->showRoles({});
}

void PartnerUsersRolesPane::loadOrganization()
{
    m_usersPage->setOrganization(partnerOrganizationId(), m_organizations->currentText());
    m_rolesPage->setOrganization(partnerOrganizationId(), m_organizations->currentText());
    loadUsersAndRoles();
}

void PartnerUsersRolesPane::loadUsersAndRoles(std::function<void()> then)
{
    const QString organizationId = partnerOrganizationId();
    if (organizationId.isEmpty())
        return;
    m_status->showInfo(tr("Loading…"));
    busy(1);
    m_usersPage->setLoading(true);
    session()->partners()->getPartnerRoles(
        organizationId, this, [this, organizationId, then](const ApiResult<QJsonArray> &roles) {
            if (organizationId != partnerOrganizationId()) {
                busy(-1); // another organization was picked meanwhile: its own load shows it
                return;
            }
            if (!roles.ok()) {
                busy(-1);
                return loadFailed(tr("Could not load roles: %1"), roles.error().message);
            }
            loadUsers(organizationId, Role::listFromJson(roles.value()), then);
        });
}

void PartnerUsersRolesPane::loadUsers(const QString &organizationId, const QList<Role> &roles,
                                      std::function<void()> then)
{
    session()->partners()->getPartnerUsers(
        organizationId, this,
        [this, organizationId, roles, then](const ApiResult<QJsonArray> &answer) {
            busy(-1);
            if (organizationId != partnerOrganizationId())
                return; // a slow answer for the organization picked before
            if (!answer.ok())
                return loadFailed(tr("Could not load users: %1"), answer.error().message);
            const QList<PartnerUser> users = PartnerUser::listFromJson(answer.value());
            m_usersPage->showServerState(users, roles);
            m_rolesPage->showRoles(roles);
            const QString summary =
                tr("%n user(s), %1 role(s).", nullptr, int(users.size())).arg(roles.size());
            m_status->showInfo(summary);
            m_status->setToolTip(summary);
            if (then)
                then();
            emit loaded();
        });
}

// ---- the pane -----------------------------------------------------------------------------

void PartnerUsersRolesPane::createNew()
{
    if (m_tabs->currentWidget() == m_rolesPage)
        newRole();
    else
        m_usersPage->showCreateUserDialog();
}

void PartnerUsersRolesPane::deleteSelection()
{
    if (m_tabs->currentWidget() == m_rolesPage)
        deleteRole();
    else
        deleteUser(m_usersPage->selectedUserId());
}

void PartnerUsersRolesPane::save()
{
    QList<PartnerPage *> pages;
    for (PartnerPage *page : std::as_const(m_pages)) {
        if (page->hasUnsavedChanges() || page->isSaving())
            pages << page;
    }
    if (pages.isEmpty()) // Ctrl+S with nothing changed: the page shown saves as it did
        pages << static_cast<PartnerPage *>(m_tabs->currentWidget());
    // One outcome when every page has answered: saved only if all were.
    struct Outcome
    {
        qsizetype waiting = 0;
        bool saved = true;
    };
    auto outcome = std::make_shared<Outcome>(Outcome{pages.size(), true});
    for (PartnerPage *page : pages) {
        connect(
            page, &PartnerPage::saveFinished, this,
            [this, outcome](bool saved) {
                outcome->saved = outcome->saved && saved;
                if (--outcome->waiting == 0)
                    emit saveFinished(outcome->saved); // pages report queued already
            },
            Qt::SingleShotConnection);
        page->save();
    }
}

void PartnerUsersRolesPane::discard()
{
    for (PartnerPage *page : std::as_const(m_pages))
        page->discard();
}

bool PartnerUsersRolesPane::isSaving() const
{
    for (PartnerPage *page : m_pages) {
        if (page->isSaving())
            return true;
    }
    return false;
}

bool PartnerUsersRolesPane::hasUnsavedChanges() const
{
    for (PartnerPage *page : m_pages) {
        if (page->hasUnsavedChanges())
            return true;
    }
    return false;
}

void PartnerUsersRolesPane::setReadOnly(bool readOnly)
{
    for (PartnerPage *page : std::as_const(m_pages))
        page->setReadOnly(readOnly);
}

// ---- the pages' actions and widgets, for tests and the shell ------------------------------

void PartnerUsersRolesPane::applyPendingChanges()
{
    m_usersPage->save();
}

void PartnerUsersRolesPane::saveRole()
{
    m_rolesPage->save();
}

void PartnerUsersRolesPane::newRole()
{
    m_tabs->setCurrentWidget(m_rolesPage);
    m_rolesPage->newRole();
}

void PartnerUsersRolesPane::deleteRole()
{
    m_rolesPage->deleteRole();
}

void PartnerUsersRolesPane::selectRole(const QString &roleId)
{
    m_rolesPage->selectRole(roleId);
}

bool PartnerUsersRolesPane::createUser(const QString &email, const QString &language,
                                       const QStringList &roleIds, QString *error)
{
    return m_usersPage->createUser(email, language, roleIds, error);
}

void PartnerUsersRolesPane::deleteUser(const QString &userId)
{
    m_usersPage->deleteUser(userId);
}

QList<Role> PartnerUsersRolesPane::roles() const
{
    return m_rolesPage->roles();
}

RoleMatrixModel *PartnerUsersRolesPane::matrix() const
{
    return m_usersPage->matrix();
}

QTableView *PartnerUsersRolesPane::matrixView() const
{
    return m_usersPage->matrixView();
}

EmptyStateOverlay *PartnerUsersRolesPane::matrixState() const
{
    return m_usersPage->matrixState();
}

RoleEditor *PartnerUsersRolesPane::roleEditor() const
{
    return m_rolesPage->editor();
}

QListWidget *PartnerUsersRolesPane::roleList() const
{
    return m_rolesPage->roleList();
}

QListWidget *PartnerUsersRolesPane::pendingList() const
{
    return m_usersPage->pendingList();
}

QListWidget *PartnerUsersRolesPane::resultList() const
{
    return m_usersPage->resultList();
}

void PartnerUsersRolesPane::sessionReady()
{
    reload(); // once per session, also when the page is built after sign-in
}
