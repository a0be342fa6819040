#pragma once

#include "domain/account/UserProfile.h"

#include <QHash>
#include <QWidget>

class ConflictCheckedSave;
class MessageWidget;
class QCheckBox;
class QComboBox;
class QGridLayout;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class Session;

// The UserProfile tab of My account: name, phones, start page, language, release channel,
// signature and the e-mail notifications (updateUserV2). Saving rides on ConflictCheckedSave:
// a change made elsewhere meanwhile (another window, the web app) is taken over or asked about.
class ProfilePage : public QWidget
{
    Q_OBJECT
public:
    explicit ProfilePage(Session *session, QWidget *parent = nullptr);

    // Shows `profile` as loaded (drops the edits and the answers of a running save).
    void load(const UserProfile &profile);
    const UserProfile &profile() const { return m_loaded; }

    // The changed fields as the API body ("department", "email_notification_setting", …).
    QJsonObject changes() const;
    bool hasUnsavedChanges() const;
    bool isSaving() const;
    void save();
    void discard() { load(m_loaded); }
    void setReadOnly(bool readOnly);

    QLineEdit *field(const QString &key) const { return m_fields.value(key); }
    QComboBox *languageBox() const { return m_language; }
    QHash<QString, QCheckBox *> notificationBoxes() const { return m_notifications; }
    MessageWidget *status() const { return m_status; }

signals:
    void saveFinished(bool saved);
    void saved();

private:
    QWidget *createProfileBox();
    QWidget *createNotificationBox();
    QLayout *createButtons();
    void addNotification(const QString &type);
    ConflictCheckedSave *newSave();
    void show(const UserProfile &profile);
    void showValues(const QJsonObject &values);
    QJsonObject formValues() const;
    QJsonObject flatChanges() const;
    void markChanges();
    bool checkInput(const QJsonObject &changes);

    Session *m_session;
    ConflictCheckedSave *m_save = nullptr;
    QHash<QString, QLineEdit *> m_fields;
    QComboBox *m_language;
    QComboBox *m_releaseChannel;
    QPlainTextEdit *m_signature;
    QCheckBox *m_signatureEnabled;
    QGridLayout *m_notificationGrid;
    QHash<QString, QCheckBox *> m_notifications;
    QStringList m_notificationOrder;
    QPushButton *m_saveButton;
    MessageWidget *m_status;

    UserProfile m_loaded;
    UserProfile m_fresh; // the server's copy as last read by the save
    bool m_readOnly = false;
    bool m_showing = false;
};
