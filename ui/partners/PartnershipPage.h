#pragma once

#include "domain/partners/Partner.h"
#include "services/api/PartnerDirectoryService.h"
#include "ui/partners/PartnerPage.h"

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableWidget;

// The Partnership tab: the partner lifecycle (invite, approve, reject). The API has no list of
// partner records, so the records handled here are listed with their status as the server
// answered.
class PartnershipPage : public PartnerPage
{
    Q_OBJECT
public:
    explicit PartnershipPage(Session *session, QWidget *parent = nullptr);

    void invitePartner(const QString &partnerId, const QString &language);
    void approvePartner(const QString &partnerId);
    void rejectPartner(const QString &partnerId);
    // The status the server last gave for a partner record handled here, empty if none.
    QString recordStatus(const QString &partnerId) const;
    void setReadOnly(bool readOnly) override;

    QLineEdit *partnerIdEdit() const { return m_partnerId; }
    QTableWidget *recordsTable() const { return m_records; }

signals:
    void partnerChanged(const Partner &partner);

private:
    // Approve and reject differ only in the call and the words around it.
    using Decision = ApiCall *(PartnerDirectoryService::*)(const QString &, QObject *,
                                                           ObjectCallback);
    struct DecisionTexts
    {
        QString title, question, button, failed, done;
    };
    void decidePartner(const QString &partnerId, Decision decision, const DecisionTexts &texts);
    void inviteFromForm();
    void rememberPartner(const Partner &partner);
    void showRecords();

    QLineEdit *m_partnerId;
    QComboBox *m_language;
    QPushButton *m_invite;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QTableWidget *m_records;
    QList<Partner> m_partners;
};
