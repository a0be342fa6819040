#pragma once

#include "domain/permissions/PermissionRole.h"
#include "domain/security/AccessToken.h"

#include <QDialog>
#include <QPointer>

class AccessTokenService;
class ApiCall;
class MessageWidget;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QListWidget;
class QPushButton;

// Creates an API token: a name, the roles it acts with (picked by name), how long it lives
// (presets), read-only and anonymized. Each bad value gets its message next to the field and
// nothing is sent. The dialog sends createAccessToken itself, so a refusal keeps what was typed;
// on success it closes and takeCreated() hands the new token over, once.
class CreateTokenDialog : public QDialog
{
    Q_OBJECT
public:
    CreateTokenDialog(AccessTokenService *service, const QList<PermissionRole> &roles,
                      QWidget *parent = nullptr);
    ~CreateTokenDialog() override;

    // The request the fields describe now.
    AccessTokenRequest request() const;
    // Checks the fields, then sends; false when a field is wrong (nothing sent).
    bool create();
    NewAccessToken takeCreated();

    QLineEdit *nameEdit() const { return m_name; }
    QListWidget *roleList() const { return m_roles; }
    QComboBox *expiryBox() const { return m_expiry; }
    QCheckBox *readOnlyBox() const { return m_readOnly; }
    QCheckBox *anonymizeBox() const { return m_anonymize; }
    QPushButton *createButton() const { return m_create; }
    MessageWidget *message() const { return m_message; }
    bool isSending() const;

    // Checks the role with this id (tests, and a role chosen elsewhere).
    void checkRole(const QString &roleId);

private:
    void filterRoles(const QString &text);

    AccessTokenService *m_service;
    QLineEdit *m_name;
    QLineEdit *m_roleFilter;
    QListWidget *m_roles;
    QComboBox *m_expiry;
    QCheckBox *m_readOnly;
    QCheckBox *m_anonymize;
    MessageWidget *m_message;
    QDialogButtonBox *m_buttons;
    QPushButton *m_create;
    QPointer<ApiCall> m_call;
    NewAccessToken m_created;
};
