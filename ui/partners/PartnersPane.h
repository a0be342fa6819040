#pragma once

#include "domain/partners/Assignable.h"
#include "domain/partners/Partner.h"
#include "ui/common/MessageWidget.h"
#include "ui/shell/Pane.h"

class AddressLookupPage;
class AssignableListModel;
class AssignableNameResolver;
class InvitationTokenPage;
class PartnerDetailsPage;
class PartnerDirectoryPage;
class PartnerPage;
class PartnerRecordsPage;
class QLabel;
class QLineEdit;
class QTableView;
class QTabWidget;

// Partners: a small host of pages in two tabs. "Partner records": the organization's partner
// records with their statuses and actions (PartnerRecordsPage). "People and organizations": the
// directory of assignables on the left; on the right the tabs Details (a partner organization's
// details and map links), Invitation token (look up, activate) and Address lookup. One status
// line below.
class PartnersPane : public Pane
{
    Q_OBJECT
public:
    explicit PartnersPane(Session *session, QWidget *parent = nullptr);

    QString title() const override { return tr("Partners"); }
    void reload() override;
    void focusSearch() override;
    void createNew() override;
    void setReadOnly(bool readOnly) override;
    void save() override;
    void discard() override;
    bool isSaving() const override;
    bool hasUnsavedChanges() const override;

    // The actions, as the buttons trigger them (public for tests).
    void search();
    void setTypeFilter(const QStringList &types);
    void lookUpToken(const QString &token);
    bool activatePartner(QString *problem = nullptr);
    void lookUpAddress(const QString &address);

    PartnerDirectoryPage *directory() const { return m_directory; }
    PartnerDetailsPage *detailsPage() const { return m_detailsPage; }
    PartnerRecordsPage *recordsPage() const { return m_records; }
    QTabWidget *mainTabs() const { return m_mainTabs; }
    InvitationTokenPage *tokenPage() const { return m_tokenPage; }
    AddressLookupPage *addressPage() const { return m_addressPage; }
    AssignableListModel *results() const;
    AssignableNameResolver *resolver() const;
    QTableView *resultView() const;
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *tokenResult() const;
    QLineEdit *tokenEdit() const;
    QLineEdit *activationCompany() const;
    QLineEdit *activationEmail() const;
    QLineEdit *activationOrganization() const;
    QLabel *addressResult() const;
    QLabel *details() const;
    MessageWidget *statusLabel() const { return m_status; }
    bool isBusy() const { return m_busy > 0; }
    void showAssignable(const Assignable &assignable);

signals:
    void tokenLookedUp(const Partner &partner);
    void activated();
    void addressFound(const AddressGeolocation &location);

protected:
    void sessionReady() override;

private:
    void addPage(PartnerPage *page);
    void connectPages();
    void busy(int delta);

    PartnerDirectoryPage *m_directory;
    PartnerDetailsPage *m_detailsPage;
    PartnerRecordsPage *m_records;
    InvitationTokenPage *m_tokenPage;
    AddressLookupPage *m_addressPage;
    QList<PartnerPage *> m_pages;
    QTabWidget *m_tabs;
    QTabWidget *m_mainTabs;
    MessageWidget *m_status;
    int m_busy = 0;
};
