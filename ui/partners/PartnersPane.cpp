#include "ui/partners/PartnersPane.h"

#include "models/AssignableListModel.h"
#include "services/session/Session.h"
#include "ui/common/MessageWidget.h"
#include "ui/partners/AddressLookupPage.h"
#include "ui/partners/InvitationTokenPage.h"
#include "ui/partners/PartnerDetailsPage.h"
#include "ui/partners/PartnerDirectoryPage.h"
#include "ui/partners/PartnershipPage.h"

#include <QLineEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>
#include <memory>
#include <utility>

PartnersPane::PartnersPane(Session *session, QWidget *parent) : Pane(session, parent)
{
    m_directory = new PartnerDirectoryPage(session);
    m_detailsPage = new PartnerDetailsPage(session, m_directory->resolver());
    m_partnership = new PartnershipPage(session);
    m_tokenPage = new InvitationTokenPage(session);
    m_addressPage = new AddressLookupPage(session);
    m_status = new MessageWidget(MessageWidget::Style::Inline);

    m_tabs = new QTabWidget;
    m_tabs->addTab(m_detailsPage, tr("Details"));
    m_tabs->addTab(m_partnership, tr("Partnership"));
    m_tabs->setTabToolTip(1, tr("Invite, approve, reject"));
    m_tabs->addTab(m_tokenPage, tr("Invitation token"));
    m_tabs->addTab(m_addressPage, tr("Address lookup"));

    auto *split = new QSplitter;
    split->addWidget(m_directory);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({600, 440}); // the four tab titles fit without scroll arrows

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    for (PartnerPage *page :
         {static_cast<PartnerPage *>(m_directory), static_cast<PartnerPage *>(m_detailsPage),
          static_cast<PartnerPage *>(m_partnership), static_cast<PartnerPage *>(m_tokenPage),
          static_cast<PartnerPage *>(m_addressPage)})
        addPage(page);
    connectPages();

    connect(session, &Session::organizationChanged, this, &PartnersPane::reload);
}

void PartnersPane::addPage(PartnerPage *page)
{
    m_pages << page;
    connect(page, &PartnerPage::message, m_status,
            [this](MessageWidget::Level level, const QString &text) {
                m_status->showMessage(level, text);
            });
    connect(page, &PartnerPage::busyChanged, this, &PartnersPane::busy);
}

void PartnersPane::connectPages()
{
    connect(m_directory, &PartnerDirectoryPage::assignableChosen, this,
            &PartnersPane::showAssignable);
    connect(m_directory, &PartnerDirectoryPage::inviteRequested, this, &PartnersPane::createNew);
    connect(m_addressPage, &AddressLookupPage::mapRequested, m_detailsPage,
            &PartnerDetailsPage::openMap);
    connect(m_partnership, &PartnershipPage::partnerChanged, this, &PartnersPane::partnerChanged);
    connect(m_tokenPage, &InvitationTokenPage::tokenLookedUp, this, &PartnersPane::tokenLookedUp);
    connect(m_tokenPage, &InvitationTokenPage::activated, this, &PartnersPane::activated);
    connect(m_addressPage, &AddressLookupPage::addressFound, this, &PartnersPane::addressFound);
}

void PartnersPane::busy(int delta)
{
    m_busy += delta;
    setCursor(m_busy > 0 ? Qt::BusyCursor : Qt::ArrowCursor);
}

void PartnersPane::reload()
{
    for (PartnerPage *page : std::as_const(m_pages))
        page->load();
}

void PartnersPane::focusSearch()
{
    m_directory->focusSearch();
}

void PartnersPane::createNew()
{
    m_tabs->setCurrentWidget(m_partnership);
    m_partnership->partnerIdEdit()->setFocus();
}

void PartnersPane::setReadOnly(bool readOnly)
{
    for (PartnerPage *page : std::as_const(m_pages))
        page->setReadOnly(readOnly);
}

void PartnersPane::showAssignable(const Assignable &assignable)
{
    m_detailsPage->showAssignable(assignable);
    if (!assignable.partnerId().isEmpty())
        m_partnership->partnerIdEdit()->setText(assignable.partnerId());
    m_tabs->setCurrentWidget(m_detailsPage);
}

// ---- the actions, as the pages offer them ------------------------------------------------

void PartnersPane::search()
{
    m_directory->search();
}

void PartnersPane::setTypeFilter(const QStringList &types)
{
    m_directory->setTypeFilter(types);
}

void PartnersPane::invitePartner(const QString &partnerId, const QString &language)
{
    m_partnership->invitePartner(partnerId, language);
}

void PartnersPane::approvePartner(const QString &partnerId)
{
    m_partnership->approvePartner(partnerId);
}

void PartnersPane::rejectPartner(const QString &partnerId)
{
    m_partnership->rejectPartner(partnerId);
}

void PartnersPane::lookUpToken(const QString &token)
{
    m_tokenPage->lookUpToken(token);
}

bool PartnersPane::activatePartner(QString *problem)
{
    return m_tokenPage->activatePartner(problem);
}

void PartnersPane::lookUpAddress(const QString &address)
{
    m_addressPage->lookUpAddress(address);
}

QString PartnersPane::recordStatus(const QString &partnerId) const
{
    return m_partnership->recordStatus(partnerId);
}

// ---- the pages' widgets, for tests -------------------------------------------------------

AssignableListModel *PartnersPane::results() const
{
    return m_directory->results();
}

AssignableNameResolver *PartnersPane::resolver() const
{
    return m_directory->resolver();
}

QTableView *PartnersPane::resultView() const
{
    return m_directory->resultView();
}

QLineEdit *PartnersPane::partnerIdEdit() const
{
    return m_partnership->partnerIdEdit();
}

QTableWidget *PartnersPane::recordsTable() const
{
    return m_partnership->recordsTable();
}

QLabel *PartnersPane::tokenResult() const
{
    return m_tokenPage->tokenResult();
}

QLineEdit *PartnersPane::tokenEdit() const
{
    return m_tokenPage->tokenEdit();
}

QLineEdit *PartnersPane::activationCompany() const
{
    return m_tokenPage->activationCompany();
}

QLineEdit *PartnersPane::activationEmail() const
{
    return m_tokenPage->activationEmail();
}

QLineEdit *PartnersPane::activationOrganization() const
{
    return m_tokenPage->activationOrganization();
}

QLabel *PartnersPane::addressResult() const
{
    return m_addressPage->addressResult();
}

QLabel *PartnersPane::details() const
{
    return m_detailsPage->details();
}

void PartnersPane::sessionReady()
{
    reload(); // once per session, also when the page is built after sign-in
}
