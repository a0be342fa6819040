#pragma once

#include "domain/grants/RoleDraft.h"

#include <QWidget>

class QLabel;
class QLineEdit;

// The role's name, slug and type above the grant pages. A new role's slug follows its name until
// the slug is typed into; a saved role's slug cannot change.
class RoleHeaderForm : public QWidget
{
    Q_OBJECT
public:
    explicit RoleHeaderForm(QWidget *parent = nullptr);

    // A role from the server or a new one; `type` as the server named it (empty: new).
    void startRole(bool isNew, const QString &type);
    void showDraft(const RoleDraft &draft);
    void setReadOnly(bool readOnly);
    // Typed into but not yet left: differs from the draft shown.
    bool hasPendingText(const RoleDraft &draft) const;
    // Hands on what is typed (as leaving the field would).
    void commit();

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *slugEdit() const { return m_slug; }

signals:
    // Name typed and left; `slugFollows`: a new role's slug shows the one suggested by the name.
    void renamed(const QString &name, bool slugFollows);
    void slugChanged(const QString &slug);

private:
    void applyLocks();
    bool slugFollows() const { return m_isNew && !m_slugTouched; }

    QLineEdit *m_name;
    QLineEdit *m_slug;
    QLabel *m_slugHint;
    QLabel *m_type;
    bool m_isNew = true;
    bool m_readOnly = false;
    bool m_slugTouched = false;
    bool m_filling = false;
};
