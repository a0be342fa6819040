#pragma once

#include <QPointer>
#include <QWidget>

class AccountService;
class ApiCall;
class EmptyStateOverlay;
class MessageWidget;
class QAbstractItemModel;
class QPushButton;
class QTableView;
class RecordListModel;

// The Passkeys tab of My account: the user's passkeys, to see and remove (registering one needs
// a browser's WebAuthn authenticator). The list tells loading, empty, failed and stale like
// every list (RecordListModel, EmptyStateOverlay).
class PasskeysPage : public QWidget
{
    Q_OBJECT
public:
    explicit PasskeysPage(AccountService *account, QWidget *parent = nullptr);

    void load();
    void deleteSelected();
    void setReadOnly(bool readOnly);
    QTableView *table() const { return m_table; }
    RecordListModel *model() const { return m_model; }
    EmptyStateOverlay *state() const { return m_state; }

signals:
    void loaded();

private:
    AccountService *m_account;
    RecordListModel *m_model;
    QTableView *m_table;
    EmptyStateOverlay *m_state;
    QPushButton *m_deleteButton;
    MessageWidget *m_status;
    QPointer<ApiCall> m_load;
    bool m_readOnly = false;
};

// A read-only table of `model` with one selectable row at a time (the account pages' lists).
QTableView *newAccountTable(QAbstractItemModel *model, QWidget *parent);
