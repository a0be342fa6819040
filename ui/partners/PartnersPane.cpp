#include "ui/partners/PartnersPane.h"

#include "models/AssignableListModel.h"
#include "services/session/Session.h"
#include "ui/common/MessageWidget.h"
#include "ui/partners/AddressLookupPage.h"
#include "ui/partners/InvitationTokenPage.h"
#include "ui/partners/PartnerDetailsPage.h"
#include "ui/partners/PartnerDirectoryPage.h"
#include "ui/partners/PartnerRecordsPage.h"

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
    m_records = new PartnerRecordsPage(session);
    m_tokenPage = new InvitationTokenPage(session);
    m_addressPage = new AddressLookupPage(session);
    m_status = new MessageWidget(MessageWidget::Style::Inline);

    m_tabs = new QTabWidget;
    m_tabs->addTab(m_detailsPage, tr("Details"));
    m_tabs->addTab(m_tokenPage, tr("Invitation token"));
    m_tabs->addTab(m_addressPage, tr("Address lookup"));

    auto *split = new QSplitter;
    split->addWidget(m_directory);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({600, 440}); // the three tab titles fit without scroll arrows

    m_mainTabs = new QTabWidget;
    m_mainTabs->addTab(m_records, tr("Partner records"));
    m_mainTabs->setTabToolTip(0, tr("Invite, approve, reject, edit and remove partners"));
    m_mainTabs->addTab(split, tr("People and organizations"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_mainTabs, 1);
    layout->addWidget(m_status);

    for (PartnerPage *page :
         {static_cast<PartnerPage *>(m_directory), static_cast<PartnerPage *>(m_detailsPage),
          static_cast<PartnerPage *>(m_records), static_cast<PartnerPage *>(m_tokenPage),
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
    connect(m_records, &PartnerPage::saveFinished, this, &PartnersPane::reportSaved);
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
    if (m_mainTabs->currentWidget() == m_records)
        m_records->focusSearch();
    else
        m_directory->focusSearch();
}

void PartnersPane::createNew()
{
    m_mainTabs->setCurrentWidget(m_records);
    m_records->focusInvite();
}

void PartnersPane::save()
{
    m_records->save();
}

void PartnersPane::discard()
{
    m_records->discard();
}

bool PartnersPane::isSaving() const
{
    return m_records->isSaving();
}

bool PartnersPane::hasUnsavedChanges() const
{
    return m_records->hasUnsavedChanges();
}

void PartnersPane::setReadOnly(bool readOnly)
{
    for (PartnerPage *page : std::as_const(m_pages))
        page->setReadOnly(readOnly);
}

void PartnersPane::showAssignable(const Assignable &assignable)
{
    m_detailsPage->showAssignable(assignable);
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
