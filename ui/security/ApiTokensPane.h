#pragma once

#include "domain/permissions/PermissionRole.h"
#include "ui/shell/Pane.h"

#include <QPointer>

class AccessTokenListModel;
class AccessTokenService;
class CreateTokenDialog;
class MessageWidget;
class NewTokenDialog;
class QLabel;
class QPushButton;
class QTableView;

// API tokens of the organization: the list (name, type, created, expiry, last use, access,
// and what a reviewer should look at), New token… (CreateTokenDialog, then the token shown once
// in NewTokenDialog) and Revoke… with a confirmation that names the token.
class ApiTokensPane : public Pane
{
    Q_OBJECT
public:
    explicit ApiTokensPane(Session *session, QWidget *parent = nullptr);

    QString title() const override { return tr("API tokens"); }
    void reload() override;
    void createNew() override;
    void deleteSelection() override;
    void setReadOnly(bool readOnly) override;

    AccessTokenService *service() const { return m_service; }
    AccessTokenListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    MessageWidget *status() const { return m_status; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *revokeButton() const { return m_revoke; }
    const QList<PermissionRole> &roles() const { return m_roles; }
    // The dialogs while open (tests drive them; the application shows them modelessly so no
    // nested event loop runs).
    CreateTokenDialog *createDialog() const;
    NewTokenDialog *newTokenDialog() const;
    // Selects the token, now or as soon as the list is loaded.
    void selectToken(const QString &id);

signals:
    void rolesLoaded();
    // A token was created (its id) or revoked (its id).
    void tokenCreated(const QString &id);
    void tokenRevoked(const QString &id);

protected:
    void sessionReady() override;

private:
    void loadRoles();
    void showCount();
    void updateButtons();

    AccessTokenService *m_service;
    AccessTokenListModel *m_model;
    QList<PermissionRole> m_roles;
    QTableView *m_table;
    MessageWidget *m_status;
    QLabel *m_count;
    QPushButton *m_new;
    QPushButton *m_revoke;
    QPointer<CreateTokenDialog> m_createDialog;
    QPointer<NewTokenDialog> m_newTokenDialog;
    bool m_readOnly = false;
    QString m_wantedToken; // selectToken() before the list was loaded
};
