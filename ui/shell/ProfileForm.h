#pragma once

#include "services/session/Profile.h"

#include <QWidget>

class QLabel;
class QLineEdit;

// The sign-in dialog's form for one profile: the addresses of the APIs and the portal and
// the optional organization id, each with its problem shown right under it as it is typed.
class ProfileForm : public QWidget
{
    Q_OBJECT
public:
    // Fields 0 … portalField() - 1 are the APIs in the order of ApiEndpoints::descriptors().
    static int portalField();
    static int fieldCount() { return portalField() + 1; }

    explicit ProfileForm(QWidget *parent = nullptr);

    // Shows `profile`; editedProfile() keeps its name.
    void showProfile(const Profile &profile);
    // The profile as typed (may be invalid).
    Profile editedProfile() const;
    QString shownName() const { return m_shownName; }
    // The next profile shown replaces the form without anything typed being kept.
    void forgetProfile() { m_shownName.clear(); }
    // Shows the problem of every field; true when there is none.
    bool validate();
    void focusFirstField();
    // Locks the fields while signing in (the rest of the form stays as it is).
    void setFieldsEnabled(bool enabled);
    // The fields (and messages) take part in busy states; nullptr out of range.
    QLineEdit *urlField(int index) const;
    QLabel *urlMessage(int index) const;

private:
    void useStandardAddresses();

    QString m_shownName;
    QLabel *m_heading;
    QList<QLineEdit *> m_urls;
    QList<QLabel *> m_urlMessages;
    QLineEdit *m_organization;
    QLabel *m_organizationMessage;
};
