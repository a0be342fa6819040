#pragma once

#include "domain/partners/Assignable.h"
#include "domain/partners/Partner.h"
#include "services/api/PartnerDirectoryService.h"
#include "ui/shell/Pane.h"

class AssignableListModel;
class AssignableNameResolver;
class AvatarCache;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;
class QTableWidget;
class QTabWidget;
class QToolButton;

// Partners: the directory of assignables (users, partner users, partner organizations, ECP
// placeholders, groups) with filters and paging; a partner organization's details and map links;
// the partner lifecycle (invite, approve, reject); invitation tokens (look up, activate) and the
// address lookup. The API has no list of partner records, so records handled here are listed
// with their status as the server answered.
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

    AssignableListModel *results() const { return m_model; }
    AssignableNameResolver *resolver() const { return m_resolver; }
    QTableView *resultView() const { return m_view; }
    QTabWidget *tabs() const { return m_tabs; }
    QLineEdit *partnerIdEdit() const { return m_partnerId; }
    QTableWidget *recordsTable() const { return m_records; }
    QLabel *tokenResult() const { return m_tokenResult; }
    QLineEdit *tokenEdit() const { return m_token; }
    QLineEdit *activationCompany() const { return m_company; }
    QLineEdit *activationEmail() const { return m_signedUpEmail; }
    QLineEdit *activationOrganization() const { return m_activationOrganization; }
    QLabel *addressResult() const { return m_addressResult; }
    QLabel *details() const { return m_details; }
    QLabel *statusLabel() const { return m_status; }
    bool isBusy() const { return m_busy > 0; }
    // The status the server last gave for a partner record handled here, empty if none.
    QString recordStatus(const QString &partnerId) const;
    void showAssignable(const Assignable &assignable);

signals:
    void partnerChanged(const Partner &partner);
    void tokenLookedUp(const Partner &partner);
    void activated();
    void addressFound(const QJsonObject &geolocation);

private:
    // Approve and reject differ only in the call and the words around it.
    using Decision = ApiCall *(PartnerDirectoryService::*)(const QString &, QObject *,
                                                           ObjectCallback);
    struct DecisionTexts
    {
        QString title, question, button, failed, done;
    };
    void decidePartner(const QString &partnerId, Decision decision, const DecisionTexts &texts);
    QWidget *buildDirectory();
    QWidget *buildDetailsTab();
    QWidget *buildLifecycleTab();
    QWidget *buildTokenTab();
    QWidget *buildAddressTab();
    void rememberPartner(const Partner &partner);
    void setStatus(const QString &text, bool error = false);
    void busy(int delta);
    QStringList chosenTypes() const;
    void openMap(const QString &url);

    AssignableListModel *m_model;
    AssignableNameResolver *m_resolver;
    AvatarCache *m_avatars;
    QLineEdit *m_query;
    QList<QToolButton *> m_typeButtons;
    QLineEdit *m_organizationFilter;
    QTableView *m_view;
    QLabel *m_count;
    QTabWidget *m_tabs;
    QLabel *m_details;
    QListWidget *m_locations;
    QLineEdit *m_partnerId;
    QComboBox *m_language;
    QPushButton *m_invite;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QTableWidget *m_records;
    QLineEdit *m_token;
    QLabel *m_tokenResult;
    QLineEdit *m_company;
    QLineEdit *m_signedUpEmail;
    QLineEdit *m_activationOrganization;
    QPushButton *m_activate;
    QLineEdit *m_address;
    QLabel *m_addressResult;
    QPushButton *m_addressMap;
    QString m_addressMapUrl;
    QLabel *m_status;
    QList<Partner> m_partners;
    bool m_readOnly = false;
    int m_busy = 0;
};
