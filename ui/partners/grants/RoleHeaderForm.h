#pragma once

#include "domain/grants/RoleDraft.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;

// The role's name, slug and type above the grant pages. A new role's slug follows its name until
// the slug is typed into; a saved role's slug cannot change. Organization roles also show the
// role they inherit from (picked by name) and their expiry (a date and time, clearable).
class RoleHeaderForm : public QWidget
{
    Q_OBJECT
public:
    explicit RoleHeaderForm(QWidget *parent = nullptr);

    // A role from the server or a new one; `type` as the server named it (empty: new).
    void startRole(bool isNew, const QString &type);
    // Organization roles: the parent and expiry rows are shown; `parents` are the roles that may
    // be inherited from, as (id, name). Partner roles: hidden (the default).
    void setOrganizationRole(bool organizationRole, const QList<QPair<QString, QString>> &parents);
    void showDraft(const RoleDraft &draft);
    void setReadOnly(bool readOnly);
    // Typed into but not yet left: differs from the draft shown.
    bool hasPendingText(const RoleDraft &draft) const;
    // Hands on what is typed (as leaving the field would).
    void commit();

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *slugEdit() const { return m_slug; }
    QComboBox *parentBox() const { return m_parent; }
    QCheckBox *expiresCheck() const { return m_expires; }
    QDateTimeEdit *expiryEdit() const { return m_expiry; }

signals:
    // Name typed and left; `slugFollows`: a new role's slug shows the one suggested by the name.
    void renamed(const QString &name, bool slugFollows);
    void slugChanged(const QString &slug);
    void parentChosen(const QString &roleId);
    // ISO 8601 in UTC; empty: never expires.
    void expiryChosen(const QString &isoDateTime);

private:
    void applyLocks();
    void showParent(const QString &roleId);
    void showExpiry(const QString &isoDateTime);
    QString typedExpiry() const;
    void emitExpiry();
    bool slugFollows() const { return m_isNew && !m_slugTouched; }

    QLineEdit *m_name;
    QLineEdit *m_slug;
    QLabel *m_slugHint;
    QLabel *m_type;
    QLabel *m_parentLabel;
    QComboBox *m_parent;
    QLabel *m_expiresLabel;
    QWidget *m_expiryRow;
    QCheckBox *m_expires;
    QDateTimeEdit *m_expiry;
    QString m_shownExpiry;
    bool m_organizationRole = false;
    bool m_isNew = true;
    bool m_readOnly = false;
    bool m_slugTouched = false;
    bool m_filling = false;
};
