#pragma once

#include <QJsonValue>
#include <QPointer>
#include <QWidget>

class AccountService;
class ApiCall;
class ConflictCheckedSave;
class JsonEditor;
class MessageWidget;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

// The User settings tab of My account: the user's settings by scope and key, each any JSON
// value. A save rides on ConflictCheckedSave (the setting is read again and compared with the
// value opened here), so a change made elsewhere meanwhile is never overwritten unseen.
class UserSettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit UserSettingsPage(AccountService *account, QWidget *parent = nullptr);

    void loadList();
    void openSetting(const QString &scope, const QString &key);
    // Saves the form's scope, key and value; saveFinished() once with the outcome.
    void save();
    void deleteSetting();
    // Scope, key or value differ from what the form showed last (as soon as typed).
    bool hasUnsavedChanges() const;
    bool isSaving() const;
    void discard();
    void setReadOnly(bool readOnly);

    QTreeWidget *tree() const { return m_tree; }
    QLineEdit *scopeEdit() const { return m_scopeEdit; }
    QLineEdit *keyEdit() const { return m_keyEdit; }
    JsonEditor *editor() const { return m_editor; }
    MessageWidget *status() const { return m_status; }

signals:
    void saveFinished(bool saved);
    void listChanged();
    void settingLoaded();
    void settingFailed(const QString &message);

private:
    QWidget *createEditor();
    void onItem(QTreeWidgetItem *item);
    void checkLimits();
    // False (message at the field it is about) when the API would refuse the form.
    bool checkInput(const QString &scope, const QString &key);
    ConflictCheckedSave *newSave(const QString &scope, const QString &key);
    void dropSave();
    // What the form shows as loaded: unsaved changes are measured against it.
    void showLoaded(const QString &scope, const QString &key, const QJsonValue &value);
    void remember(const QString &scope, const QString &key, const QJsonValue &value);
    void fail(const QString &message);

    AccountService *m_account;
    QTreeWidget *m_tree;
    QLineEdit *m_scopeEdit;
    QLineEdit *m_keyEdit;
    JsonEditor *m_editor;
    MessageWidget *m_status;
    QPushButton *m_putButton;
    QPushButton *m_deleteButton;

    // The user setting as opened (getUserSetting): the base a save compares against.
    QString m_openedScope;
    QString m_openedKey;
    QJsonValue m_openedValue;
    // The form as last shown (opened, new, a whole scope, saved).
    QString m_shownScope;
    QString m_shownKey;
    QJsonValue m_shownValue;
    QPointer<ApiCall> m_listLoad;
    QPointer<ConflictCheckedSave> m_save;
    QJsonValue m_attempted; // the value the running save started with
    bool m_readOnly = false;
};
