#pragma once

#include <QComboBox>

class QLabel;
class Session;

// The Users page's organization picker (moved out of UsersPane): the organizations the token
// sees, named, shown only when there are several. As wide as the longest name up to a limit;
// a name cut at the limit is whole in the tool tip and in the open list.
class OrganizationPicker : public QComboBox
{
    Q_OBJECT
public:
    explicit OrganizationPicker(Session *session, QWidget *parent = nullptr);

    // "Organization:", shown and hidden with the picker; the caller places it.
    QLabel *label() const { return m_label; }
    // Looks up the organizations (a search over all users: the caller times it).
    void load();

signals:
    // Empty: the token's own organization (V2). Otherwise those organizations (V1, org_ids).
    void chosen(const QStringList &organizationIds);

private:
    void name(const QString &id);

    Session *m_session;
    QLabel *m_label;
};
