#include "ui/account/UserSettingsPage.h"

#include "controllers/ConflictCheckedSave.h"
#include "domain/account/AccountRecords.h"
#include "domain/organization/SettingValue.h"
#include "services/api/AccountService.h"
#include "services/network/ApiCall.h"
#include "ui/common/Confirmation.h"
#include "ui/common/ConflictDialog.h"
#include "ui/common/FieldMessage.h"
#include "ui/common/JsonEditor.h"
#include "ui/common/MessageWidget.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

UserSettingsPage::UserSettingsPage(AccountService *account, QWidget *parent)
    : QWidget(parent), m_account(account)
{
    auto *layout = new QHBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_tree = new QTreeWidget(splitter);
    m_tree->setHeaderLabel(tr("Scopes and keys"));
    connect(m_tree, &QTreeWidget::itemClicked, this, &UserSettingsPage::onItem);
    splitter->addWidget(m_tree);
    splitter->addWidget(createEditor());
    splitter->setSizes({320, 700});
    layout->addWidget(splitter);
    showLoaded({}, {}, QJsonObject());
}

QWidget *UserSettingsPage::createEditor()
{
    auto *editor = new QWidget(this);
    auto *layout = new QVBoxLayout(editor);
    layout->setContentsMargins(6, 0, 0, 0);
    auto *form = new QFormLayout;
    m_scopeEdit = new QLineEdit(editor);
    m_scopeEdit->setPlaceholderText(
        tr("e.g. calendar (at most %1 characters)").arg(AccountService::maxScopeLength));
    m_keyEdit = new QLineEdit(editor);
    m_keyEdit->setPlaceholderText(
        tr("e.g. visible_calendars (at most %1 characters)").arg(AccountService::maxKeyLength));
    form->addRow(tr("Scope:"), m_scopeEdit);
    form->addRow(tr("Key:"), m_keyEdit);
    m_editor = new JsonEditor(editor);
    m_status = new MessageWidget(MessageWidget::Style::Inline, editor);
    auto *buttons = new QHBoxLayout;
    auto *fresh = new QPushButton(tr("New"), editor);
    m_putButton = new QPushButton(tr("Save setting"), editor);
    m_deleteButton = new QPushButton(tr("Delete setting…"), editor);
    auto *reload = new QPushButton(tr("Reload"), editor);
    buttons->addWidget(fresh);
    buttons->addWidget(m_putButton);
    buttons->addWidget(m_deleteButton);
    buttons->addStretch();
    buttons->addWidget(reload);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Value (any JSON, at most 64 KiB):"), editor));
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(fresh, &QPushButton::clicked, this, [this] {
        showLoaded({}, {}, QJsonObject());
        m_status->clear();
        m_scopeEdit->setFocus();
    });
    connect(m_putButton, &QPushButton::clicked, this, &UserSettingsPage::save);
    connect(m_deleteButton, &QPushButton::clicked, this, &UserSettingsPage::deleteSetting);
    connect(reload, &QPushButton::clicked, this, &UserSettingsPage::loadList);
    connect(m_scopeEdit, &QLineEdit::textChanged, this, &UserSettingsPage::checkLimits);
    connect(m_keyEdit, &QLineEdit::textChanged, this, &UserSettingsPage::checkLimits);
    return editor;
}

void UserSettingsPage::checkLimits()
{
    if (m_scopeEdit->text().size() > AccountService::maxScopeLength ||
        m_keyEdit->text().size() > AccountService::maxKeyLength)
        m_status->showError(
            AccountService::checkUserSetting(m_scopeEdit->text(), m_keyEdit->text(), "{}"));
    else if (m_status->isError())
        m_status->clear();
}

void UserSettingsPage::showLoaded(const QString &scope, const QString &key, const QJsonValue &value)
{
    m_shownScope = scope;
    m_shownKey = key;
    m_shownValue = value;
    m_scopeEdit->setText(scope);
    m_keyEdit->setText(key);
    m_editor->setValue(value);
}

void UserSettingsPage::loadList()
{
    // The latest list wins: an earlier load still under way would show an older list.
    if (m_listLoad)
        m_listLoad->cancel();
    m_listLoad = m_account->listUserSettings(this, [this](const ApiResult<QJsonObject> &result) {
        if (!result.ok() && result.error().isCancelled())
            return;
        if (!result.ok()) {
            m_status->showError(
                tr("Could not load the user settings: %1").arg(result.error().message));
            return;
        }
        m_tree->clear();
        for (const UserSettingScope &scope : UserSettingScope::listFrom(result.value())) {
            auto *scopeItem = new QTreeWidgetItem(m_tree, {scope.scope});
            QFont bold = scopeItem->font(0);
            bold.setBold(true);
            scopeItem->setFont(0, bold);
            for (const QString &key : scope.keys)
                new QTreeWidgetItem(scopeItem, {key});
        }
        m_tree->expandAll();
        if (m_tree->topLevelItemCount() == 0)
            m_status->showInfo(tr("No user settings yet. Enter a scope, a key and a value, then "
                                  "press Save setting."));
        emit listChanged();
    });
}

void UserSettingsPage::onItem(QTreeWidgetItem *item)
{
    if (!item)
        return;
    if (item->parent()) {
        openSetting(item->parent()->text(0), item->text(0));
        return;
    }
    const QString scope = item->text(0);
    m_account->getUserSettingsScope(
        scope, this, [this, scope](const ApiResult<QJsonObject> &result) {
            if (!result.ok()) {
                m_status->showError(result.error().message);
                return;
            }
            showLoaded(scope, {}, UserSetting::scopeSettings(result.value()));
            m_status->showInfo(tr("The whole scope is shown. Choose a key to edit one value."));
        });
}

void UserSettingsPage::openSetting(const QString &scope, const QString &key)
{
    m_scopeEdit->setText(scope);
    m_keyEdit->setText(key);
    m_account->getUserSetting(
        scope, key, this, [this, scope, key](const ApiResult<QJsonObject> &result) {
            if (!result.ok()) {
                m_status->showError(result.error().message);
                return;
            }
            const UserSetting setting(result.value());
            remember(scope, key, setting.value());
            showLoaded(scope, key, setting.value());
            const QDateTime when = setting.updatedAt();
            m_status->showInfo(tr("Last changed %1.")
                                   .arg(when.isValid() ? QLocale().toString(when.toLocalTime(),
                                                                            QLocale::ShortFormat)
                                                       : setting.updatedAtText()));
            emit settingLoaded();
        });
}

void UserSettingsPage::remember(const QString &scope, const QString &key, const QJsonValue &value)
{
    m_openedScope = scope;
    m_openedKey = key;
    m_openedValue = value;
}

bool UserSettingsPage::hasUnsavedChanges() const
{
    if (m_readOnly)
        return false;
    return m_scopeEdit->text().trimmed() != m_shownScope ||
           m_keyEdit->text().trimmed() != m_shownKey || !m_editor->isValid() ||
           m_editor->value() != m_shownValue;
}

bool UserSettingsPage::isSaving() const
{
    return m_save && m_save->isSaving();
}

void UserSettingsPage::discard()
{
    FieldMessage::clearAll(this);
    showLoaded(m_shownScope, m_shownKey, m_shownValue);
}

void UserSettingsPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_putButton->setEnabled(!readOnly);
    m_deleteButton->setEnabled(!readOnly);
}

void UserSettingsPage::fail(const QString &message)
{
    m_status->showError(message);
    emit settingFailed(message);
}

bool UserSettingsPage::checkInput(const QString &scope, const QString &key)
{
    const QByteArray value =
        m_editor->isValid() ? m_editor->compactJson() : m_editor->text().toUtf8();
    // Checked here so nothing is sent that the API would refuse.
    const QString problem = AccountService::checkUserSetting(scope, key, value);
    FieldMessage::clearAll(this);
    if (problem.isEmpty())
        return true;
    // The message goes to the field it is about: the scope, the key or the value.
    QWidget *field = m_editor;
    if (!AccountService::checkUserSetting(scope, QStringLiteral("k"), "{}").isEmpty())
        field = m_scopeEdit;
    else if (!AccountService::checkUserSetting(QStringLiteral("s"), key, "{}").isEmpty())
        field = m_keyEdit;
    FieldMessage::show(field, problem);
    m_status->showError(tr("Not saved: %1").arg(problem));
    emit settingFailed(problem);
    return false;
}

void UserSettingsPage::save()
{
    if (isSaving())
        return; // its outcome comes with saveFinished()
    const QString scope = m_scopeEdit->text().trimmed();
    const QString key = m_keyEdit->text().trimmed();
    if (m_readOnly || !checkInput(scope, key)) {
        emit saveFinished(false);
        return;
    }
    dropSave();
    m_save = newSave(scope, key);
    // A key typed in, not opened, had no value: then any value on the server is someone else's.
    QJsonObject base;
    if (scope == m_openedScope && key == m_openedKey)
        base.insert(key, m_openedValue);
    m_save->setBase(base);
    m_status->showInfo(tr("Checking for changes made by others…"));
    m_attempted = m_editor->value();
    m_save->save({{key, m_attempted}});
}

void UserSettingsPage::dropSave()
{
    if (!m_save)
        return;
    // Later: this may run inside one of its signals. Its answers are dropped from now on.
    m_save->disconnect(this);
    m_save->setBase({});
    m_save->deleteLater();
    m_save = nullptr;
}

ConflictCheckedSave *UserSettingsPage::newSave(const QString &scope, const QString &key)
{
    auto read = [this, scope, key](QObject *context, ConflictCheckedSave::Values done,
                                   ConflictCheckedSave::Failure failed) {
        m_account->getUserSetting(
            scope, key, context, [key, done, failed](const ApiResult<QJsonObject> &result) {
                if (!result.ok() && result.error().httpStatus != 404)
                    return failed(tr("Not saved: %1").arg(result.error().message));
                QJsonObject theirs;
                if (result.ok())
                    theirs.insert(key, UserSetting(result.value()).value());
                done(theirs);
            });
    };
    auto send = [this, scope, key](const QJsonObject &changes, const QJsonObject &,
                                   QObject *context, ConflictCheckedSave::Values done,
                                   ConflictCheckedSave::Failure failed) {
        m_status->showInfo(tr("Saving…"));
        m_account->putUserSetting(scope, key, SettingValue::compactJson(changes.value(key)),
                                  context, [done, failed](const ApiResult<QJsonObject> &result) {
                                      if (!result.ok())
                                          return failed(
                                              tr("Not saved: %1").arg(result.error().message));
                                      done({});
                                  });
    };
    auto *save =
        new ConflictCheckedSave({{key, scope + QStringLiteral(" / ") + key}}, read, send, this);
    save->setAsk([this](const FieldConflict &conflict, ConflictCheckedSave::Answer answer) {
        ConflictDialog::ask(this, conflict, this, answer);
    });
    connect(save, &ConflictCheckedSave::rebased, this,
            [this, scope, key](const QJsonObject &values, const QJsonObject &base) {
                remember(scope, key, base.value(key));
                m_editor->setValue(values.value(key));
            });
    connect(save, &ConflictCheckedSave::conflicted, this, [this, scope, key] {
        fail(tr("Not saved yet: someone else changed %1 / %2 since you opened it. Choose which "
                "version to keep.")
                 .arg(scope, key));
    });
    connect(save, &ConflictCheckedSave::saved, this, [this, scope, key](const QJsonObject &stored) {
        remember(scope, key, stored.value(key));
        showLoaded(scope, key, stored.value(key));
        // Nothing of mine was sent when only someone else had changed the value.
        if (stored.value(key) != m_attempted)
            m_status->showInfo(
                tr("%1 / %2 was changed elsewhere; the server's value is shown.").arg(scope, key));
        else
            m_status->showPositive(tr("Saved %1 / %2.").arg(scope, key));
        loadList();
    });
    connect(save, &ConflictCheckedSave::failed, this, &UserSettingsPage::fail);
    connect(save, &ConflictCheckedSave::finished, this,
            [this](ConflictCheckedSave::Outcome outcome) {
                emit saveFinished(outcome == ConflictCheckedSave::Outcome::Saved);
            });
    return save;
}

void UserSettingsPage::deleteSetting()
{
    const QString scope = m_scopeEdit->text().trimmed();
    const QString key = m_keyEdit->text().trimmed();
    const QString problem = AccountService::checkUserSetting(scope, key, "{}");
    if (!problem.isEmpty()) {
        m_status->showError(problem);
        return;
    }
    if (!Confirmation::ask(this, tr("Delete user setting"),
                           tr("Delete your setting %1 / %2?").arg(scope, key), tr("Delete")))
        return;
    m_account->deleteUserSetting(scope, key, this,
                                 [this, scope, key](const ApiResult<void> &result) {
                                     if (!result.ok()) {
                                         m_status->showError(result.error().message);
                                         return;
                                     }
                                     showLoaded(scope, {}, QJsonObject());
                                     m_status->showPositive(tr("Deleted %1 / %2.").arg(scope, key));
                                     loadList();
                                 });
}
