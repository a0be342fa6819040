#pragma once

#include "domain/permissions/RoleCatalog.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;

// Asks which role to add to (or remove from) the selected people: the organization's roles by
// name, searchable. Accepting it starts the batch; the people are named in the question.
class BulkRoleDialog : public QDialog
{
    Q_OBJECT
public:
    BulkRoleDialog(bool add, const RoleCatalog &catalog, const QStringList &people,
                   QWidget *parent = nullptr);

    QComboBox *roleBox() const { return m_box; }
    QPushButton *okButton() const { return m_ok; }
    // The role id picked or typed (name or slug); empty when it names no role.
    QString roleId() const;
    // Accepts when a role is chosen, else names the problem at the box.
    void confirm();

private:
    RoleCatalog m_catalog;
    QComboBox *m_box;
    QPushButton *m_ok;
};
