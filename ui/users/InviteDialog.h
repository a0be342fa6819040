#pragma once

#include "models/InvitationBatch.h"

#include <QDialog>
#include <QHash>

class ChipPicker;
class MessageWidget;
class OrganizationRoles;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class Session;

// Invites one or many people: addresses typed, pasted or imported from CSV; language; roles.
// Roles are picked by name from the organization's roles (listAllRoles); a CSV file's `roles`
// column (names or slugs separated by ';') gives single people more roles, resolved and shown
// in the table before sending; a row naming an unknown role is pointed at and not sent. Sending
// invitations without any role asks once (epilot then gives only the root role).
// Addresses are checked before anything is sent; each address gets its result in the table,
// and failed ones can be retried in one click.
class InviteDialog : public QDialog
{
    Q_OBJECT
public:
    explicit InviteDialog(Session *session, QWidget *parent = nullptr);

    QPlainTextEdit *addressEdit() const { return m_addresses; }
    QComboBox *languageBox() const { return m_language; }
    QComboBox *roleBox() const;
    ChipPicker *rolePicker() const { return m_rolePicker; }
    OrganizationRoles *organizationRoles() const { return m_orgRoles; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *retryButton() const { return m_retry; }
    QTableView *resultTable() const { return m_table; }
    InvitationBatch *batch() const { return m_batch; }
    QLabel *summaryLabel() const { return m_summary; }
    // What the last CSV import took and which of its columns it could not use.
    MessageWidget *importNote() const { return m_importNote; }

    void importCsv(const QString &path);
    // Adds the role typed in the role box (its name, slug or id); false, with a message under
    // the box, when it names no role of the organization.
    bool addRole();
    void removeRole(const QString &roleId);
    // The roles added so far (for everybody), as role ids.
    QStringList roles() const;
    void send();

    static QString defaultLanguage();

signals:
    void invited();

private:
    void loadKnownRoles();
    void onAddressesChanged();
    void updateSummary();
    void updateRoleOptions();
    // Resolves the imported `roles` cells by name and marks the rows naming unknown roles.
    void applyCsvRoles();
    // The rows not sent for an unknown role, with their file line; empty when none.
    QString unknownRolesNote() const;

    Session *m_session;
    InvitationBatch *m_batch;
    QPlainTextEdit *m_addresses;
    QComboBox *m_language;
    OrganizationRoles *m_orgRoles;
    ChipPicker *m_rolePicker;
    QHash<QString, QString> m_csvRoleCells; // lower-cased address → roles cell
    QHash<QString, int> m_csvLines;
    bool m_askedNoRole = false; // asked once whether to invite without a role
    QTableView *m_table;
    QProgressBar *m_progress;
    QLabel *m_summary;
    MessageWidget *m_importNote;
    QPushButton *m_send;
    QPushButton *m_retry;
    bool m_sent = false;
};
