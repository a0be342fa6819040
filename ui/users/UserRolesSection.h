#pragma once

#include <QWidget>

class ChipPicker;
class MessageWidget;
class OrganizationRoles;
class Session;
class UserRolesEditor;

// The roles of the user in the details form: role names as removable chips and a searchable box
// to add one (the organization's roles by name). A change is unsaved at once (an added role is
// marked "+", a removed one struck through with a button to keep it) and goes with the form's
// Save; see UserRolesEditor for how the save keeps another person's changes.
class UserRolesSection : public QWidget
{
    Q_OBJECT
public:
    explicit UserRolesSection(Session *session, QWidget *parent = nullptr);

    void load(const QString &userId);
    void clear();
    void setReadOnly(bool readOnly);

    UserRolesEditor *editor() const { return m_editor; }
    ChipPicker *chips() const { return m_chips; }
    MessageWidget *message() const { return m_message; }
    OrganizationRoles *organizationRoles() const { return m_roles; }

signals:
    void edited();

private:
    void refresh();

    Session *m_session;
    UserRolesEditor *m_editor;
    OrganizationRoles *m_roles;
    ChipPicker *m_chips;
    MessageWidget *m_message;
};
