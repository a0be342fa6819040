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
class PartnershipPage;
class QLabel;
class QLineEdit;
class QTableView;
class QTableWidget;
class QTabWidget;

// Partners: a small host of pages. The directory of assignables on the left; on the right the
// tabs Details (a partner organization's details and map links), Partnership (invite, approve,
// reject), Invitation token (look up, activate) and Address lookup. One status line below.
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

    // The actions, as the buttons trigger them (public for tests).
    void search();
    void setTypeFilter(const QStringList &types);
    void invitePartner(const QString &partnerId, const QString &language);
    void approvePartner(const QString &partnerId);
    void rejectPartner(const QString &partnerId);
    void lookUpToken(const QString &token);
    bool activatePartner(QString *problem = nullptr);
    void lookUpAddress(const QString &address);

    PartnerDirectoryPage *directory() const { return m_directory; }
    PartnerDetailsPage *detailsPage() const { return m_detailsPage; }
    PartnershipPage *partnershipPage() const { return m_partnership; }
    InvitationTokenPage *tokenPage() const { return m_tokenPage; }
    AddressLookupPage *addressPage() const { return m_addressPage; }
    AssignableListModel *results() const;
    AssignableNameResolver *resolver() const;
    QTableView *resultView() const;
    QTabWidget *tabs() const { return m_tabs; }
    QLineEdit *partnerIdEdit() const;
    QTableWidget *recordsTable() const;
    QLabel *tokenResult() const;
    QLineEdit *tokenEdit() const;
    QLineEdit *activationCompany() const;
    QLineEdit *activationEmail() const;
    QLineEdit *activationOrganization() const;
    QLabel *addressResult() const;
    QLabel *details() const;
    MessageWidget *statusLabel() const { return m_status; }
    bool isBusy() const { return m_busy > 0; }
    // The status the server last gave for a partner record handled here, empty if none.
    QString recordStatus(const QString &partnerId) const;
    void showAssignable(const Assignable &assignable);

signals:
    void partnerChanged(const Partner &partner);
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
    PartnershipPage *m_partnership;
    InvitationTokenPage *m_tokenPage;
    AddressLookupPage *m_addressPage;
    QList<PartnerPage *> m_pages;
    QTabWidget *m_tabs;
    MessageWidget *m_status;
    int m_busy = 0;
};
