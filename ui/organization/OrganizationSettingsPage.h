#pragma once

#include <QJsonObject>
#include <QPointer>
#include <QSet>
#include <QWidget>

class ConflictCheckedSave;
class JsonEditor;
class MessageWidget;
class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;
class Session;

// The Settings tab of the organization: key → any JSON value. One key is edited at a time; its
// save rides on ConflictCheckedSave (the settings are read again and the key compared with the
// copy loaded here), so someone else's change to the key is never overwritten unseen.
class OrganizationSettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit OrganizationSettingsPage(Session *session, QWidget *parent = nullptr);

    // Loads the settings of `organizationId` (drops the edits).
    void load(const QString &organizationId);
    QJsonObject settings() const { return m_settings; }

    // The editor's value differs from the selected key's loaded value (as soon as typed).
    bool hasUnsavedChanges() const;
    bool isSaving() const;
    // Saves the selected key; saveFinished() once with the outcome.
    void save();
    void discard();
    void setReadOnly(bool readOnly);

    // Select a key, add a key (value {}), store the editor's value, delete a key.
    bool selectSetting(const QString &key);
    void addSetting(const QString &key);
    void askForNewKey();
    void saveSetting() { save(); }
    void deleteSetting();

    QTableWidget *table() const { return m_table; }
    JsonEditor *editor() const { return m_editor; }
    QCheckBox *enabledBox() const { return m_enabled; }
    QPushButton *saveButton() const { return m_saveButton; }
    MessageWidget *status() const { return m_status; }

signals:
    void saveFinished(bool saved);
    void settingsChanged();
    void settingFailed(const QString &message);

private:
    QWidget *createEditor();
    void showSettings();
    void showSelected();
    void onEditorChanged();
    QString selectedKey() const;
    ConflictCheckedSave *newSave(const QString &key);
    void dropSave();
    // The server's value becomes the loaded copy of `key`; the editor shows `shown`.
    void adopt(const QString &key, const QJsonValue &theirs, const QJsonValue &shown);
    void fail(const QString &message); // shown at the setting and signalled

    Session *m_session;
    QTableWidget *m_table;
    QLabel *m_keyLabel;
    QCheckBox *m_enabled;
    JsonEditor *m_editor;
    MessageWidget *m_status;
    QPushButton *m_addButton;
    QPushButton *m_saveButton;
    QPushButton *m_deleteButton;

    QString m_organizationId;
    QJsonObject m_settings;
    QSet<QString> m_unstored;             // keys added here, not stored yet
    QPointer<ConflictCheckedSave> m_save; // the save of one key, made per save
    QJsonValue m_attempted;               // the value that save started with
    bool m_readOnly = false;
};
