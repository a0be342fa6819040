#pragma once

#include "domain/partners/Partner.h"
#include "ui/partners/PartnerPage.h"

class QLabel;
class QLineEdit;
class QPushButton;

// The Invitation token tab: looks an invitation token up and activates the partnership with it
// (as the invited partner would).
class InvitationTokenPage : public PartnerPage
{
    Q_OBJECT
public:
    explicit InvitationTokenPage(Session *session, QWidget *parent = nullptr);

    void lookUpToken(const QString &token);
    // Checks the fields (each problem shown at its field) and sends; false with the first
    // problem when the input is refused.
    bool activatePartner(QString *problem = nullptr);

    QLineEdit *tokenEdit() const { return m_token; }
    QLabel *tokenResult() const { return m_tokenResult; }
    QLineEdit *activationCompany() const { return m_company; }
    QLineEdit *activationEmail() const { return m_signedUpEmail; }
    QLineEdit *activationOrganization() const { return m_activationOrganization; }

signals:
    void tokenLookedUp(const Partner &partner);
    void activated();

private:
    QString firstProblem(const QString &token, const QString &email, const QString &organization);
    void showLookUpFailure(const QString &message);
    void showPartner(const Partner &partner);

    QLineEdit *m_token;
    QLabel *m_tokenResult;
    QLineEdit *m_company;
    QLineEdit *m_signedUpEmail;
    QLineEdit *m_activationOrganization;
    QPushButton *m_activate;
};
