#pragma once

#include <QWidget>

class AccountService;
class MessageWidget;
class NavigationEditor;
class QLineEdit;
class QPushButton;

// The Navigations tab of My account: open a navigation by id, or build one and create it (the
// server derives the id from its content).
class NavigationsPage : public QWidget
{
    Q_OBJECT
public:
    explicit NavigationsPage(AccountService *account, QWidget *parent = nullptr);

    void open(const QString &id);
    void create();
    void setReadOnly(bool readOnly);

    NavigationEditor *editor() const { return m_editor; }
    QLineEdit *idEdit() const { return m_idEdit; }
    MessageWidget *status() const { return m_status; }

signals:
    void loaded(const QString &id);
    void created(const QString &id);

private:
    AccountService *m_account;
    NavigationEditor *m_editor;
    QLineEdit *m_idEdit;
    MessageWidget *m_status;
    QPushButton *m_createButton;
    QString m_shownId; // the navigation the editor shows as the server answered it (if any)
};
