#pragma once

#include "controllers/ConflictCheckedSave.h"
#include "domain/users/Group.h"
#include "domain/users/GroupDraft.h"
#include "services/network/ApiResult.h"
#include "ui/common/MessageWidget.h"

#include <QDialog>
#include <QJsonObject>
#include <QPointer>
#include <optional>

class ApiCall;
class GroupAvatarWidget;
class QLineEdit;
class QPushButton;
class Session;
class GroupMemberEditor;

// Creates a group or edits one: name, abbreviation (suggested from the name), gradient colours
// with a live avatar preview, members. Saving sends createGroup, or updateGroup with the changes
// through ConflictCheckedSave: it reads the group again and, when someone else changed a field
// this dialog changed too, asks with a ConflictDialog (their changes to other fields are taken
// over).
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
    GroupMemberEditor *members() const { return m_members; }
    GroupAvatarWidget *preview() const { return m_preview; }
    MessageWidget *messageLabel() const { return m_message; }
    // True as soon as a field differs from the loaded group (typed, not yet committed).
    bool hasUnsavedChanges() const;
    bool isSaving() const { return m_saving; }
    void save();
    // Reads the group again (F5; also when the dialog opens): what the server holds now replaces
    // what the dialog shows, unless something was changed here. A failure keeps what is shown,
    // marked as possibly out of date.
    void reload();

signals:
    void saved(const Group &group);
    // A save ended without saving (refused input, an error, a conflict not resolved by sending).
    void saveFailed(const QString &message);
    // The group as the server holds it now, read before saving, when it differs from the one
    // the dialog loaded (someone else changed it). Nothing was sent.
    void latestRead(const Group &group);

private:
    void pickColour(int which);
    void updatePreview();
    bool checkInput(const GroupDraft &group);
    void finishCreate(const ApiResult<QJsonObject> &result);
    ConflictCheckedSave *createSave();
    void read(QObject *context, const std::function<void(const QJsonObject &)> &done,
              const std::function<void(const QString &)> &failed);
    void send(const QJsonObject &changes, const QJsonObject &theirs, QObject *context,
              const std::function<void(const QJsonObject &)> &done,
              const std::function<void(const QString &)> &failed);
    void ask(const FieldConflict &conflict,
             std::function<void(FieldConflict::Resolution, const FieldConflict &)> answer);
    void onFinished(ConflictCheckedSave::Outcome outcome);
    void fail(const QString &text);
    // The group read before saving becomes the loaded one; the form shows `values` (see
    // GroupDraft).
    void rebase(const QJsonObject &values);
    void rememberLabels(const Group &group);
    QHash<QString, QString> memberLabels() const;

    Session *m_session;
    Group m_group;
    Group m_latest;                // the server's copy the running save read
    std::optional<Group> m_stored; // what updateGroup answered
    ConflictCheckedSave *m_save = nullptr;
    QPointer<ApiCall> m_reload;
    QString m_failure;
    bool m_saving = false;
    bool m_abbreviationTyped = false;
    QStringList m_colours;
    bool m_coloursChosen = false; // false: m_colours is only the preview's default
    QLineEdit *m_name;
    QLineEdit *m_abbreviation;
    QPushButton *m_colourButtons[2];
    GroupAvatarWidget *m_preview;
    GroupMemberEditor *m_members;
    MessageWidget *m_message;
    QPushButton *m_saveButton;
};
