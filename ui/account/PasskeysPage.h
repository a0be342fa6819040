#pragma once

#include <QPointer>
#include <QWidget>

class AccountService;
class ApiCall;
class MessageWidget;
class QPushButton;
class QTableWidget;

// The Passkeys tab of My account: the user's passkeys, to see and remove (registering one needs
// a browser's WebAuthn authenticator).
class PasskeysPage : public QWidget
{
    Q_OBJECT
public:
    explicit PasskeysPage(AccountService *account, QWidget *parent = nullptr);

    void load();
    void deleteSelected();
    void setReadOnly(bool readOnly);
    QTableWidget *table() const { return m_table; }

signals:
    void loaded();

private:
    AccountService *m_account;
    QTableWidget *m_table;
    QPushButton *m_deleteButton;
    MessageWidget *m_status;
    QPointer<ApiCall> m_load;
    bool m_readOnly = false;
};

// A read-only table with one selectable row at a time (the account pages' lists).
QTableWidget *newAccountTable(const QStringList &headers, QWidget *parent);
