#pragma once

#include "domain/partners/PartnerRecord.h"
#include "ui/partners/PartnerPage.h"

class PartnerRecordForm;
class PartnerRecordListModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class SearchDebouncer;

// The partner records of the organization (Entity API, schema `partner`): a list filtered by
// status (requests waiting first) and searched by text; beside it the chosen record with the
// actions that fit its stage (send or resend the invitation, approve or reject a request, remove)
// and its details to edit; below, "Invite a new partner" by company and e-mail in one step
// (createEntity, then invitePartnerV2).
class PartnerRecordsPage : public PartnerPage
{
    Q_OBJECT
public:
    explicit PartnerRecordsPage(Session *session, QWidget *parent = nullptr);

    void load() override;
    void save() override;
    void discard() override;
    bool hasUnsavedChanges() const override;
    bool isSaving() const override;
    void setReadOnly(bool readOnly) override;

    // The actions, as the buttons trigger them (public for tests).
    void inviteNewPartner();
    void sendInvitation();
    void approveRequest();
    void rejectRequest();
    void removeRecord();
    // Chooses the record in the list (false when it is not listed).
    bool selectRecord(const QString &id);
    // "" = all, else the spec's status ("Request", "Invited", …).
    void setStatusFilter(const QString &status);
    void focusInvite();
    void focusSearch();

    PartnerRecordListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    PartnerRecordForm *form() const { return m_form; }
    QComboBox *statusFilter() const { return m_filter; }
    QLineEdit *searchEdit() const { return m_search; }
    QLineEdit *newCompanyEdit() const { return m_newCompany; }
    QLineEdit *newEmailEdit() const { return m_newEmail; }
    QPushButton *inviteNewButton() const { return m_inviteNew; }
    QPushButton *inviteButton() const { return m_invite; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *rejectButton() const { return m_reject; }
    QPushButton *removeButton() const { return m_remove; }
    QLabel *stageLabel() const { return m_stage; }
    const PartnerRecord &current() const;

signals:
    // A record changed on the server through this page (invited, approved, …) or was removed.
    void recordChanged(const QString &id);

private:
    QWidget *buildList();
    QWidget *buildDetails();
    QWidget *buildInviteBox();
    void chooseRow(int row);
    void showCurrent();
    void countRequests();
    // Reads the record again and puts it in the list; `done` names what happened.
    void refreshRecord(const QString &id, const QString &done);
    void decide(bool approve);
    void invite(const QString &id, const QString &companyName, const QString &done);
    QString language() const;

    PartnerRecordListModel *m_model;
    SearchDebouncer *m_debouncer;
    QTableView *m_view;
    QComboBox *m_filter;
    QLineEdit *m_search;
    QLabel *m_title;
    QLabel *m_stage;
    QPushButton *m_invite;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QPushButton *m_remove;
    PartnerRecordForm *m_form;
    QLineEdit *m_newCompany;
    QLineEdit *m_newEmail;
    QComboBox *m_language;
    QPushButton *m_inviteNew;
    QString m_currentId;
    int m_requests = -1;
};
