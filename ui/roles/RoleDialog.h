#pragma once

#include "domain/permissions/PermissionRole.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;

// Asks for what a new role needs: name, slug (suggested from the name), kind, partner
// organization (partner roles), parent role (user roles) and an optional expiry. A duplicate
// starts from the source role and keeps its grants. Checks the input next to the fields; sends
// nothing itself.
class RoleDialog : public QDialog
{
    Q_OBJECT
public:
    // `parents`: the roles a user role may inherit from (root and share roles).
    RoleDialog(const PermissionRole &start, const QList<PermissionRole> &parents,
               QWidget *parent = nullptr);

    PermissionRole role() const;

    QLineEdit *nameField() const { return m_name; }
    QLineEdit *slugField() const { return m_slug; }
    QComboBox *kindField() const { return m_kind; }
    QCheckBox *expiresField() const { return m_expires; }
    QDateTimeEdit *expiryField() const { return m_expiry; }
    // Checks the fields and accepts; false with a message next to the first bad field.
    bool tryAccept();

private:
    void updateKindFields();

    PermissionRole m_start;
    QLineEdit *m_name;
    QLineEdit *m_slug;
    QComboBox *m_kind;
    QLineEdit *m_partnerOrg;
    QComboBox *m_parent;
    QCheckBox *m_expires;
    QDateTimeEdit *m_expiry;
    bool m_slugEdited = false;
};
