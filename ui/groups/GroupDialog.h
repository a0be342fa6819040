#pragma once

#include "domain/users/Group.h"
#include "domain/users/GroupDraft.h"
#include "services/network/ApiResult.h"

#include <QDialog>
#include <QJsonObject>

class GroupAvatarWidget;
class QLabel;
class QLineEdit;
class QPushButton;
class Session;
class UserPicker;

// Creates a group or edits one: name, abbreviation (suggested from the name), gradient colours
// with a live avatar preview, members. Saving sends createGroup, or updateGroup with the changes;
// before updateGroup it reads the group again and, when someone else changed a field this dialog
// changed too, asks with a ConflictDialog (their changes to other fields are taken over).
// What it learns of the server's version on the way is announced (latestRead), so the list
// behind it never shows an older group than the dialog does.
class GroupDialog : public QDialog
{
    Q_OBJECT
public:
    // An empty group creates a new one. `labels` names member ids already known.
    GroupDialog(Session *session, const Group &group, const QHash<QString, QString> &labels,
                QWidget *parent = nullptr);

    GroupDraft draft() const;
    void setColour(int which, const QColor &colour);
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *abbreviationEdit() const { return m_abbreviation; }
    QPushButton *colourButton(int which) const { return m_colourButtons[which]; }
    UserPicker *members() const { return m_members; }
    GroupAvatarWidget *preview() const { return m_preview; }
    QLabel *messageLabel() const { return m_message; }
    void save();

signals:
    void saved(const Group &group);
    // The group as the server holds it now, read before saving, when it differs from the one
    // the dialog loaded (someone else changed it). Nothing was sent.
    void latestRead(const Group &group);

private:
    void pickColour(int which);
    void updatePreview();
    void finish(const ApiResult<QJsonObject> &result);
    void compareAndSend(const Group &latest);
    void askAboutConflict(const Group &latest, const FieldConflict &conflict);
    // The server's `latest` becomes the loaded group; the form shows `values` (see GroupDraft).
    void rebase(const Group &latest, const QJsonObject &values);
    void rememberLabels(const Group &group);
    QHash<QString, QString> memberLabels() const;

    Session *m_session;
    Group m_group;
    QHash<QString, QString> m_labels;
    bool m_abbreviationTyped = false;
    QStringList m_colours;
    bool m_coloursChosen = false; // false: m_colours is only the preview's default
    QLineEdit *m_name;
    QLineEdit *m_abbreviation;
    QPushButton *m_colourButtons[2];
    GroupAvatarWidget *m_preview;
    UserPicker *m_members;
    QLabel *m_message;
    QPushButton *m_saveButton;
};
