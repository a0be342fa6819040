#pragma once

#include <QDialog>

class InvitationBatch;
class MessageWidget;
class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class Session;

// Invites one or many people: addresses typed, pasted or imported from CSV; language; roles.
// Addresses are checked before anything is sent; each address gets its result in the table,
// and failed ones can be retried in one click.
class InviteDialog : public QDialog
{
    Q_OBJECT
public:
    explicit InviteDialog(Session *session, QWidget *parent = nullptr);

    QPlainTextEdit *addressEdit() const { return m_addresses; }
    QComboBox *languageBox() const { return m_language; }
    QComboBox *roleBox() const { return m_role; }
    QListWidget *roleList() const { return m_roles; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *retryButton() const { return m_retry; }
    QTableView *resultTable() const { return m_table; }
    InvitationBatch *batch() const { return m_batch; }
    QLabel *summaryLabel() const { return m_summary; }
    // What the last CSV import took and which of its columns it could not use.
    MessageWidget *importNote() const { return m_importNote; }

    void importCsv(const QString &path);
    // Adds the role typed or picked in the role box (a bare role gets this organization's id
    // in front); false, with a message under the box, when malformed.
    bool addRole();
    void removeRole(const QString &role);
    // The roles added so far, as role ids.
    QStringList roles() const;
    void send();

    static QString defaultLanguage();

signals:
    void invited();

private:
    void loadKnownRoles();
    void onAddressesChanged();
    void updateSummary();
    void addRoleChip(const QString &role);

    Session *m_session;
    InvitationBatch *m_batch;
    QPlainTextEdit *m_addresses;
    QComboBox *m_language;
    QComboBox *m_role;
    QListWidget *m_roles;
    QTableView *m_table;
    QProgressBar *m_progress;
    QLabel *m_summary;
    MessageWidget *m_importNote;
    QPushButton *m_send;
    QPushButton *m_retry;
    bool m_sent = false;
};
