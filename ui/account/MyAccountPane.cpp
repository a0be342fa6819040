#include "ui/account/MyAccountPane.h"

#include "controllers/OrganizationSwitcher.h"
#include "domain/common/FieldConflict.h"
#include "domain/common/InputRules.h"
#include "services/api/AccountService.h"
#include "services/network/ApiCall.h"
#include "services/session/Session.h"
#include "ui/account/NavigationEditor.h"
#include "ui/common/Confirmation.h"
#include "ui/common/ConflictDialog.h"
#include "ui/common/FieldMessage.h"
#include "ui/common/JsonEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

struct ProfileField
{
    const char *key;
    const char *label;
    bool editable;
};

const ProfileField profileFields[] = {
    {"display_name", QT_TRANSLATE_NOOP("MyAccountPane", "Display name"), true},
    {"email", QT_TRANSLATE_NOOP("MyAccountPane", "E-mail"), false},
    {"department", QT_TRANSLATE_NOOP("MyAccountPane", "Department"), true},
    {"phone", QT_TRANSLATE_NOOP("MyAccountPane", "Phone"), true},
    {"secondary_phone", QT_TRANSLATE_NOOP("MyAccountPane", "Secondary phone"), true},
    {"custom_start_page", QT_TRANSLATE_NOOP("MyAccountPane", "Start page"), true},
};

// The notification types epilot documents; others the server sends are shown as well.
const char *const notificationTypes[] = {
    "added_participant_opportunity",
    "assigned_opportunity",
    "assigned_task",
    "comment_opportunity",
    "deleted_task",
    "escalated_task",
    "message_receive_opportunity",
    "message_send_opportunity",
    "created_task",
    "created_opportunity_manual",
    "created_opportunity_auto",
    "deleted_opportunity",
};

const QString notificationKey = QStringLiteral("email_notification_setting");
const QString changedStyle = QStringLiteral("background-color: #fff4c2;");

// Pages with many fields scroll instead of forcing a large minimum window size.
QScrollArea *scrollable(QWidget *page)
{
    auto *area = new QScrollArea;
    area->setWidget(page);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

// The documented notification types in words; a type the server adds later shows its key in words.
const char *const notificationLabels[][2] = {
    {"added_participant_opportunity",
     QT_TRANSLATE_NOOP("MyAccountPane", "Added as participant of an opportunity")},
    {"assigned_opportunity", QT_TRANSLATE_NOOP("MyAccountPane", "Opportunity assigned to me")},
    {"assigned_task", QT_TRANSLATE_NOOP("MyAccountPane", "Task assigned to me")},
    {"comment_opportunity", QT_TRANSLATE_NOOP("MyAccountPane", "Comment on an opportunity")},
    {"deleted_task", QT_TRANSLATE_NOOP("MyAccountPane", "Task deleted")},
    {"escalated_task", QT_TRANSLATE_NOOP("MyAccountPane", "Task escalated")},
    {"message_receive_opportunity",
     QT_TRANSLATE_NOOP("MyAccountPane", "Message received on an opportunity")},
    {"message_send_opportunity",
     QT_TRANSLATE_NOOP("MyAccountPane", "Message sent on an opportunity")},
    {"created_task", QT_TRANSLATE_NOOP("MyAccountPane", "Task created")},
    {"created_opportunity_manual",
     QT_TRANSLATE_NOOP("MyAccountPane", "Opportunity created by hand")},
    {"created_opportunity_auto",
     QT_TRANSLATE_NOOP("MyAccountPane", "Opportunity created automatically")},
    {"deleted_opportunity", QT_TRANSLATE_NOOP("MyAccountPane", "Opportunity deleted")},
};

QString readable(const QString &key)
{
    for (const auto &label : notificationLabels) {
        if (key == QLatin1String(label[0]))
            return QCoreApplication::translate("MyAccountPane", label[1]);
    }
    QString text = key;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    return text.left(1).toUpper() + text.mid(1);
}

QString shownDate(const QString &iso)
{
    const QDateTime when = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : iso;
}

QTableWidget *newTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return table;
}

} // namespace

MyAccountPane::MyAccountPane(Session *session, QWidget *parent)
    : Pane(session, parent), m_account(new AccountService(session->client(), this)),
      m_switcher(new OrganizationSwitcher(session, this))
{
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(scrollable(createProfileTab()), tr("Profile"));
    m_tabs->addTab(createSettingsTab(), tr("User settings"));
    m_tabs->addTab(createPasskeysTab(), tr("Passkeys"));
    m_tabs->addTab(createOrganizationsTab(), tr("Organizations"));
    m_tabs->addTab(createNavigationsTab(), tr("Navigations"));
    layout->addWidget(m_tabs);

    connect(session, &Session::meChanged, this, [this](const QJsonObject &me) {
        const bool first = m_me.isEmpty();
        if (!hasUnsavedChanges())
            showProfile(me);
        m_switcher->refresh();
        if (first) {
            loadUserSettings();
            loadPasskeys();
        }
    });
    connect(session, &Session::organizationChanged, this, [this] {
        loadUserSettings();
        loadPasskeys();
    });
    connect(m_switcher, &OrganizationSwitcher::organizationsChanged, this,
            &MyAccountPane::showOrganizations);
    connect(m_switcher, &OrganizationSwitcher::failed, this,
            [this](const QString &message) { showStatus(m_organizationStatus, message, true); });
    if (!session->me().isEmpty()) { // built after sign-in (pages are built when first shown)
        showProfile(session->me());
        m_switcher->refresh();
        loadUserSettings();
        loadPasskeys();
    }
}

QString MyAccountPane::title() const
{
    return tr("My account");
}

void MyAccountPane::reload()
{
    session()->refreshMe();
    loadUserSettings();
    loadPasskeys();
}

void MyAccountPane::showStatus(QLabel *label, const QString &text, bool error)
{
    label->setText(text);
    label->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
}

// --- Profile ---------------------------------------------------------------------------------

QWidget *MyAccountPane::createProfileTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *columns = new QHBoxLayout;

    auto *profile = new QGroupBox(tr("Profile"), page);
    auto *form = new QFormLayout(profile);
    for (const ProfileField &field : profileFields) {
        auto *edit = new QLineEdit(profile);
        edit->setReadOnly(!field.editable);
        if (!field.editable)
            edit->setToolTip(tr("Changed through the e-mail verification flow, not here."));
        form->addRow(tr(field.label) + ':', edit);
        m_profileFields.insert(QString::fromLatin1(field.key), edit);
        connect(edit, &QLineEdit::textChanged, this, &MyAccountPane::markProfile);
    }
    m_profileFields.value("custom_start_page")
        ->setPlaceholderText(QStringLiteral("/app/dashboard"));
    m_language = new QComboBox(profile);
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("German"), QStringLiteral("de"));
    form->addRow(tr("Preferred language:"), m_language);
    m_releaseChannel = new QComboBox(profile);
    m_releaseChannel->addItem(tr("Organization default"), QString());
    m_releaseChannel->addItem(QStringLiteral("stable"), QStringLiteral("stable"));
    m_releaseChannel->addItem(QStringLiteral("rc"), QStringLiteral("rc"));
    m_releaseChannel->addItem(QStringLiteral("canary"), QStringLiteral("canary"));
    form->addRow(tr("Release channel:"), m_releaseChannel);
    m_signatureEnabled = new QCheckBox(tr("Add my signature to e-mails"), profile);
    m_signature = new QPlainTextEdit(profile);
    m_signature->setPlaceholderText(tr("HTML, e.g. <p>Best regards</p>"));
    m_signature->setTabChangesFocus(true);
    m_signature->setMaximumHeight(110);
    form->addRow(tr("Signature:"), m_signatureEnabled);
    form->addRow(QString(), m_signature);
    connect(m_language, &QComboBox::currentIndexChanged, this, &MyAccountPane::markProfile);
    connect(m_releaseChannel, &QComboBox::currentIndexChanged, this, &MyAccountPane::markProfile);
    connect(m_signatureEnabled, &QCheckBox::toggled, this, &MyAccountPane::markProfile);
    connect(m_signature, &QPlainTextEdit::textChanged, this, &MyAccountPane::markProfile);

    auto *notifications = new QGroupBox(tr("E-mail notifications"), page);
    auto *grid = new QGridLayout(notifications);
    int index = 0;
    for (const char *type : notificationTypes) {
        auto *box = new QCheckBox(readable(QString::fromLatin1(type)), notifications);
        grid->addWidget(box, index / 2, index % 2);
        m_notifications.insert(QString::fromLatin1(type), box);
        connect(box, &QCheckBox::toggled, this, &MyAccountPane::markProfile);
        ++index;
    }
    columns->addWidget(profile, 1, Qt::AlignTop);
    columns->addWidget(notifications, 1, Qt::AlignTop);
    layout->addLayout(columns);
    layout->addStretch(1);

    auto *buttons = new QHBoxLayout;
    m_saveProfile = new QPushButton(tr("Save profile"), page);
    auto *revert = new QPushButton(tr("Revert"), page);
    m_profileStatus = new QLabel(page);
    m_profileStatus->setWordWrap(true);
    buttons->addWidget(m_saveProfile);
    buttons->addWidget(revert);
    buttons->addWidget(m_profileStatus, 1);
    layout->addLayout(buttons);
    connect(m_saveProfile, &QPushButton::clicked, this, [this] { save(); });
    connect(revert, &QPushButton::clicked, this, [this] { showProfile(m_me); });
    markProfile();
    return page;
}

void MyAccountPane::showProfile(const QJsonObject &me)
{
    m_showing = true;
    m_me = me;
    for (auto it = m_profileFields.begin(); it != m_profileFields.end(); ++it)
        it.value()->setText(me.value(it.key()).toVariant().toString());
    m_language->setCurrentIndex(
        qMax(0, m_language->findData(me.value("preferred_language").toString())));
    m_releaseChannel->setCurrentIndex(
        qMax(0, m_releaseChannel->findData(me.value("override_release_channel").toString())));
    m_signature->setPlainText(me.value("signature").toString());
    m_signatureEnabled->setChecked(me.value("is_signature_enabled").toBool());
    const QJsonObject notifications = me.value(notificationKey).toObject();
    for (auto it = notifications.begin(); it != notifications.end(); ++it) {
        if (!m_notifications.contains(it.key()) && it.value().isBool()) {
            auto *box =
                new QCheckBox(readable(it.key()), m_notifications.begin().value()->parentWidget());
            auto *grid = static_cast<QGridLayout *>(box->parentWidget()->layout());
            const int index = int(m_notifications.size());
            grid->addWidget(box, index / 2, index % 2);
            m_notifications.insert(it.key(), box);
            connect(box, &QCheckBox::toggled, this, &MyAccountPane::markProfile);
        }
    }
    // A type the server does not mention is on: epilot notifies unless told otherwise.
    for (auto it = m_notifications.begin(); it != m_notifications.end(); ++it)
        it.value()->setChecked(notifications.value(it.key()).toBool(true));
    m_showing = false;
    markProfile();
}

QJsonObject MyAccountPane::profileChanges() const
{
    QJsonObject changes;
    if (m_me.isEmpty())
        return changes;
    for (const ProfileField &field : profileFields) {
        const QString key = QString::fromLatin1(field.key);
        const QString now = m_profileFields.value(key)->text().trimmed();
        if (field.editable && now != m_me.value(key).toVariant().toString())
            changes.insert(key, now.isEmpty() && key != QLatin1String("display_name")
                                    ? QJsonValue(QJsonValue::Null)
                                    : QJsonValue(now));
    }
    const QString language = m_language->currentData().toString();
    if (language != m_me.value("preferred_language").toString(QStringLiteral("en")))
        changes.insert("preferred_language", language);
    const QString channel = m_releaseChannel->currentData().toString();
    if (channel != m_me.value("override_release_channel").toString())
        changes.insert("override_release_channel",
                       channel.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(channel));
    if (m_signature->toPlainText() != m_me.value("signature").toString())
        changes.insert("signature", m_signature->toPlainText());
    if (m_signatureEnabled->isChecked() != m_me.value("is_signature_enabled").toBool())
        changes.insert("is_signature_enabled", m_signatureEnabled->isChecked());
    QJsonObject notifications = m_me.value(notificationKey).toObject();
    bool notificationsChanged = false;
    for (auto it = m_notifications.begin(); it != m_notifications.end(); ++it) {
        if (it.value()->isChecked() != notifications.value(it.key()).toBool(true)) {
            notifications.insert(it.key(), it.value()->isChecked());
            notificationsChanged = true;
        }
    }
    if (notificationsChanged)
        changes.insert(notificationKey, notifications);
    return changes;
}

bool MyAccountPane::hasUnsavedChanges() const
{
    return !profileChanges().isEmpty();
}

void MyAccountPane::markProfile()
{
    if (m_showing)
        return;
    const QJsonObject changes = profileChanges();
    for (auto it = m_profileFields.begin(); it != m_profileFields.end(); ++it)
        it.value()->setStyleSheet(changes.contains(it.key()) ? changedStyle : QString());
    m_signature->setStyleSheet(changes.contains("signature") ? changedStyle : QString());
    m_saveProfile->setEnabled(!changes.isEmpty() && !m_readOnly);
}

void MyAccountPane::save()
{
    reportSaved(saveChanges());
}

bool MyAccountPane::saveChanges()
{
    const QJsonObject changes = profileChanges();
    if (changes.isEmpty())
        return true;
    FieldMessage::clearAll(m_profileStatus->parentWidget());
    bool ok = true;
    auto check = [&ok](QWidget *field, const QString &problem) {
        if (!problem.isEmpty()) {
            FieldMessage::show(field, problem);
            ok = false;
        }
    };
    if (changes.contains("custom_start_page"))
        check(m_profileFields.value("custom_start_page"),
              InputRules::startPage(changes.value("custom_start_page").toString()));
    if (changes.contains("preferred_language"))
        check(m_language, InputRules::language(changes.value("preferred_language").toString()));
    if (!ok) {
        showStatus(m_profileStatus, tr("Not saved: correct the marked fields."), true);
        return false;
    }
    showStatus(m_profileStatus, tr("Saving…"));
    m_saveProfile->setEnabled(false);
    session()->users()->updateUserV2(
        session()->userId(), changes, this, [this](const ApiResult<QJsonObject> &result) {
            if (!result.ok()) {
                markProfile();
                showStatus(m_profileStatus, tr("Not saved: %1").arg(result.error().message), true);
                return;
            }
            QJsonObject merged = m_me;
            const QJsonObject answer = result.value();
            for (auto it = answer.begin(); it != answer.end(); ++it)
                merged.insert(it.key(), it.value());
            showProfile(merged);
            showStatus(m_profileStatus, tr("Saved."));
            emit profileSaved();
        });
    return true;
}

void MyAccountPane::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    markProfile();
    m_putSetting->setEnabled(!readOnly);
    m_deleteSetting->setEnabled(!readOnly);
    m_deletePasskey->setEnabled(!readOnly);
    m_createNavigation->setEnabled(!readOnly);
}

// --- User settings ---------------------------------------------------------------------------

QWidget *MyAccountPane::createSettingsTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QHBoxLayout(page);
    auto *splitter = new QSplitter(Qt::Horizontal, page);
    m_settingsTree = new QTreeWidget(splitter);
    m_settingsTree->setHeaderLabel(tr("Scopes and keys"));
    connect(m_settingsTree, &QTreeWidget::itemClicked, this, &MyAccountPane::onSettingsItem);

    auto *editor = new QWidget(splitter);
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(6, 0, 0, 0);
    auto *form = new QFormLayout;
    m_scopeEdit = new QLineEdit(editor);
    m_scopeEdit->setPlaceholderText(
        tr("e.g. calendar (at most %1 characters)").arg(AccountService::maxScopeLength));
    m_keyEdit = new QLineEdit(editor);
    m_keyEdit->setPlaceholderText(
        tr("e.g. visible_calendars (at most %1 characters)").arg(AccountService::maxKeyLength));
    form->addRow(tr("Scope:"), m_scopeEdit);
    form->addRow(tr("Key:"), m_keyEdit);
    m_settingEditor = new JsonEditor(editor);
    m_settingStatus = new QLabel(editor);
    m_settingStatus->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    auto *fresh = new QPushButton(tr("New"), editor);
    m_putSetting = new QPushButton(tr("Save setting"), editor);
    m_deleteSetting = new QPushButton(tr("Delete setting…"), editor);
    auto *reloadButton = new QPushButton(tr("Reload"), editor);
    buttons->addWidget(fresh);
    buttons->addWidget(m_putSetting);
    buttons->addWidget(m_deleteSetting);
    buttons->addStretch();
    buttons->addWidget(reloadButton);
    editorLayout->addLayout(form);
    editorLayout->addWidget(new QLabel(tr("Value (any JSON, at most 64 KiB):"), editor));
    editorLayout->addWidget(m_settingEditor, 1);
    editorLayout->addWidget(m_settingStatus);
    editorLayout->addLayout(buttons);
    splitter->addWidget(m_settingsTree);
    splitter->addWidget(editor);
    splitter->setSizes({320, 700});
    layout->addWidget(splitter);

    m_settingEditor->setText(QStringLiteral("{}"));
    connect(fresh, &QPushButton::clicked, this, [this] {
        m_scopeEdit->clear();
        m_keyEdit->clear();
        m_settingEditor->setText(QStringLiteral("{}"));
        showStatus(m_settingStatus, {});
        m_scopeEdit->setFocus();
    });
    connect(m_putSetting, &QPushButton::clicked, this, &MyAccountPane::putUserSetting);
    connect(m_deleteSetting, &QPushButton::clicked, this, &MyAccountPane::deleteUserSetting);
    connect(reloadButton, &QPushButton::clicked, this, &MyAccountPane::loadUserSettings);
    auto checkLimits = [this] {
        if (m_scopeEdit->text().size() > AccountService::maxScopeLength ||
            m_keyEdit->text().size() > AccountService::maxKeyLength)
            showStatus(
                m_settingStatus,
                AccountService::checkUserSetting(m_scopeEdit->text(), m_keyEdit->text(), "{}"),
                true);
        else if (m_settingStatus->styleSheet().contains("c62828"))
            showStatus(m_settingStatus, {});
    };
    connect(m_scopeEdit, &QLineEdit::textChanged, this, checkLimits);
    connect(m_keyEdit, &QLineEdit::textChanged, this, checkLimits);
    return page;
}

void MyAccountPane::loadUserSettings()
{
    // The latest list wins: an earlier load still under way would show an older list.
    if (m_settingsLoad)
        m_settingsLoad->cancel();
    m_settingsLoad =
        m_account->listUserSettings(this, [this](const ApiResult<QJsonObject> &result) {
            if (!result.ok() && result.error().isCancelled())
                return;
            if (!result.ok()) {
                showStatus(m_settingStatus,
                           tr("Could not load the user settings: %1").arg(result.error().message),
                           true);
                return;
            }
            m_settingsTree->clear();
            for (const QJsonValue &entry : result.value().value("results").toArray()) {
                const QJsonObject scope = entry.toObject();
                auto *scopeItem =
                    new QTreeWidgetItem(m_settingsTree, {scope.value("scope").toString()});
                QFont bold = scopeItem->font(0);
                bold.setBold(true);
                scopeItem->setFont(0, bold);
                for (const QJsonValue &key : scope.value("keys").toArray())
                    new QTreeWidgetItem(scopeItem, {key.toString()});
            }
            m_settingsTree->expandAll();
            if (m_settingsTree->topLevelItemCount() == 0)
                showStatus(m_settingStatus, tr("No user settings yet. Enter a scope, a key and a "
                                               "value, then press Save setting."));
            emit userSettingsChanged();
        });
}

void MyAccountPane::onSettingsItem(QTreeWidgetItem *item)
{
    if (!item)
        return;
    if (item->parent()) {
        openUserSetting(item->parent()->text(0), item->text(0));
        return;
    }
    const QString scope = item->text(0);
    m_scopeEdit->setText(scope);
    m_keyEdit->clear();
    m_account->getUserSettingsScope(scope, this, [this](const ApiResult<QJsonObject> &result) {
        if (!result.ok()) {
            showStatus(m_settingStatus, result.error().message, true);
            return;
        }
        m_settingEditor->setValue(result.value().value("settings"));
        showStatus(m_settingStatus, tr("The whole scope is shown. Choose a key to edit one "
                                       "value."));
    });
}

void MyAccountPane::openUserSetting(const QString &scope, const QString &key)
{
    m_scopeEdit->setText(scope);
    m_keyEdit->setText(key);
    m_account->getUserSetting(
        scope, key, this, [this, scope, key](const ApiResult<QJsonObject> &result) {
            if (!result.ok()) {
                showStatus(m_settingStatus, result.error().message, true);
                return;
            }
            rememberUserSetting(scope, key, result.value().value("value"));
            m_settingEditor->setValue(result.value().value("value"));
            showStatus(m_settingStatus,
                       tr("Last changed %1.")
                           .arg(shownDate(result.value().value("updated_at").toString())));
            emit userSettingLoaded();
        });
}

void MyAccountPane::putUserSetting()
{
    const QString scope = m_scopeEdit->text().trimmed();
    const QString key = m_keyEdit->text().trimmed();
    const QByteArray value = m_settingEditor->isValid() ? m_settingEditor->compactJson()
                                                        : m_settingEditor->text().toUtf8();
    // Checked here so nothing is sent that the API would refuse.
    const QString problem = AccountService::checkUserSetting(scope, key, value);
    FieldMessage::clearAll(m_settingStatus->parentWidget());
    if (!problem.isEmpty()) {
        // The message goes to the field it is about: the scope, the key or the value.
        QWidget *field = m_settingEditor;
        if (!AccountService::checkUserSetting(scope, QStringLiteral("k"), "{}").isEmpty())
            field = m_scopeEdit;
        else if (!AccountService::checkUserSetting(QStringLiteral("s"), key, "{}").isEmpty())
            field = m_keyEdit;
        FieldMessage::show(field, problem);
        showStatus(m_settingStatus, tr("Not saved: %1").arg(problem), true);
        emit userSettingFailed(problem);
        return;
    }
    // No ETags: the setting is fetched again and compared with the value opened here (a key
    // typed in, not opened, had no value: then any value on the server is someone else's).
    const bool opened = scope == m_openedScope && key == m_openedKey;
    const QJsonValue base = opened ? m_openedValue : QJsonValue(QJsonValue::Undefined);
    const QJsonValue mine = m_settingEditor->value();
    showStatus(m_settingStatus, tr("Checking for changes made by others…"));
    m_account->getUserSetting(scope, key, this, [=, this](const ApiResult<QJsonObject> &result) {
        if (!result.ok() && result.error().httpStatus != 404) {
            showStatus(m_settingStatus, tr("Not saved: %1").arg(result.error().message), true);
            emit userSettingFailed(result.error().message);
            return;
        }
        const QJsonValue theirs =
            result.ok() ? result.value().value("value") : QJsonValue(QJsonValue::Undefined);
        FieldConflict conflict;
        conflict.add(key, scope + QStringLiteral(" / ") + key, base, mine, theirs);
        resolveUserSetting(scope, key, theirs, conflict);
    });
}

void MyAccountPane::resolveUserSetting(const QString &scope, const QString &key,
                                       const QJsonValue &theirs, const FieldConflict &conflict)
{
    const FieldConflict::Field &field = conflict.fields().first();
    if (field.change == FieldConflict::Change::Theirs) {
        // Nothing of mine to send, and sending would undo their change: show theirs.
        rememberUserSetting(scope, key, theirs);
        m_settingEditor->setValue(theirs);
        showStatus(
            m_settingStatus,
            tr("%1 / %2 was changed elsewhere; the server's value is shown.").arg(scope, key));
        return;
    }
    if (field.change != FieldConflict::Change::Conflict) {
        sendUserSetting(scope, key, field.mine);
        return;
    }
    const QString message = tr("Not saved yet: someone else changed %1 / %2 since you opened "
                               "it. Choose which version to keep.")
                                .arg(scope, key);
    showStatus(m_settingStatus, message, true);
    emit userSettingFailed(message);
    ConflictDialog::ask(
        this, conflict, this,
        [this, scope, key, theirs](FieldConflict::Resolution resolution,
                                   const FieldConflict &chosen) {
            if (resolution == FieldConflict::Resolution::Cancel) {
                showStatus(m_settingStatus, tr("Not saved: your value is kept in the editor."),
                           true);
                return;
            }
            rememberUserSetting(scope, key, theirs);
            m_settingEditor->setValue(chosen.merged().values.value(key));
            if (FieldConflict::sends(resolution))
                putUserSetting(); // fetches and compares again
            else
                showStatus(m_settingStatus, tr("Their value of %1 / %2 is shown.").arg(scope, key));
        });
}

void MyAccountPane::rememberUserSetting(const QString &scope, const QString &key,
                                        const QJsonValue &value)
{
    m_openedScope = scope;
    m_openedKey = key;
    m_openedValue = value;
}

void MyAccountPane::sendUserSetting(const QString &scope, const QString &key,
                                    const QJsonValue &value)
{
    // Compact JSON of any value, scalars included (wrapped in an array, then unwrapped).
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    showStatus(m_settingStatus, tr("Saving…"));
    m_account->putUserSetting(
        scope, key, wrapped.mid(1, wrapped.size() - 2), this,
        [this, scope, key, value](const ApiResult<QJsonObject> &result) {
            if (!result.ok()) {
                showStatus(m_settingStatus, tr("Not saved: %1").arg(result.error().message), true);
                emit userSettingFailed(result.error().message);
                return;
            }
            rememberUserSetting(scope, key, value);
            showStatus(m_settingStatus, tr("Saved %1 / %2.").arg(scope, key));
            loadUserSettings();
        });
}

void MyAccountPane::deleteUserSetting()
{
    const QString scope = m_scopeEdit->text().trimmed();
    const QString key = m_keyEdit->text().trimmed();
    const QString problem = AccountService::checkUserSetting(scope, key, "{}");
    if (!problem.isEmpty()) {
        showStatus(m_settingStatus, problem, true);
        return;
    }
    if (!Confirmation::ask(this, tr("Delete user setting"),
                           tr("Delete your setting %1 / %2?").arg(scope, key), tr("Delete")))
        return;
    m_account->deleteUserSetting(
        scope, key, this, [this, scope, key](const ApiResult<void> &result) {
            if (!result.ok()) {
                showStatus(m_settingStatus, result.error().message, true);
                return;
            }
            m_keyEdit->clear();
            m_settingEditor->setText(QStringLiteral("{}"));
            showStatus(m_settingStatus, tr("Deleted %1 / %2.").arg(scope, key));
            loadUserSettings();
        });
}

// --- Passkeys --------------------------------------------------------------------------------

QWidget *MyAccountPane::createPasskeysTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *note = new QLabel(
        tr("Passkeys are registered in a browser: registration needs a WebAuthn authenticator "
           "(security key, Touch ID, Windows Hello) that this desktop application cannot reach "
           "on its own. Here you can see and remove your passkeys. The registration and "
           "authentication operations (beginPasskeyRegistration, completePasskeyRegistration, "
           "beginPasskeyAuthentication, …) stay reachable from the API console."),
        page);
    note->setWordWrap(true);
    m_passkeys = newTable({tr("Name"), tr("Created"), tr("Transports"),
                           tr("Authenticator (AAGUID)"), tr("Credential id")},
                          page);
    auto *buttons = new QHBoxLayout;
    m_deletePasskey = new QPushButton(tr("Delete passkey…"), page);
    auto *reloadButton = new QPushButton(tr("Reload"), page);
    m_passkeyStatus = new QLabel(page);
    buttons->addWidget(m_deletePasskey);
    buttons->addWidget(reloadButton);
    buttons->addWidget(m_passkeyStatus, 1);
    layout->addWidget(note);
    layout->addWidget(m_passkeys, 1);
    layout->addLayout(buttons);
    connect(m_deletePasskey, &QPushButton::clicked, this, &MyAccountPane::deleteSelectedPasskey);
    connect(reloadButton, &QPushButton::clicked, this, &MyAccountPane::loadPasskeys);
    return page;
}

void MyAccountPane::loadPasskeys()
{
    if (m_passkeysLoad) // the latest list wins, as for the settings
        m_passkeysLoad->cancel();
    m_passkeysLoad = m_account->listPasskeys(this, [this](const ApiResult<QJsonArray> &result) {
        if (!result.ok() && result.error().isCancelled())
            return;
        if (!result.ok()) {
            showStatus(m_passkeyStatus, result.error().message, true);
            return;
        }
        const QJsonArray passkeys = result.value();
        m_passkeys->setRowCount(int(passkeys.size()));
        for (int row = 0; row < passkeys.size(); ++row) {
            const QJsonObject passkey = passkeys.at(row).toObject();
            QStringList transports;
            for (const QJsonValue &transport : passkey.value("transports").toArray())
                transports << transport.toString();
            const QStringList cells{passkey.value("friendly_name").toString(),
                                    shownDate(passkey.value("created_at").toString()),
                                    transports.join(QStringLiteral(", ")),
                                    passkey.value("aaguid").toString(),
                                    passkey.value("credential_id").toString()};
            for (int column = 0; column < cells.size(); ++column)
                m_passkeys->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
        m_passkeys->resizeColumnsToContents();
        showStatus(m_passkeyStatus, passkeys.isEmpty()
                                        ? tr("You have no passkeys.")
                                        : tr("%n passkey(s).", nullptr, int(passkeys.size())));
        emit passkeysLoaded();
    });
}

void MyAccountPane::deleteSelectedPasskey()
{
    const int row = m_passkeys->currentRow();
    if (row < 0 || m_readOnly)
        return;
    const QString name = m_passkeys->item(row, 0)->text();
    const QString id = m_passkeys->item(row, 4)->text();
    if (!Confirmation::ask(this, tr("Delete passkey"),
                           tr("Delete the passkey \"%1\"? You can no longer sign in with it.")
                               .arg(name.isEmpty() ? id : name),
                           tr("Delete")))
        return;
    m_account->deletePasskey(id, this, [this](const ApiResult<void> &result) {
        if (!result.ok()) {
            showStatus(m_passkeyStatus, result.error().message, true);
            return;
        }
        loadPasskeys();
    });
}

// --- Organizations ---------------------------------------------------------------------------

QWidget *MyAccountPane::createOrganizationsTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *note = new QLabel(tr("The organizations your username belongs to. Switching signs "
                               "you in to the chosen one; every page reloads for it."),
                            page);
    note->setWordWrap(true);
    m_organizations =
        newTable({tr("Organization id"), tr("Name"), tr("Type"), tr("Use"), tr("Current")}, page);
    auto *buttons = new QHBoxLayout;
    m_switch = new QPushButton(tr("Switch to the selected organization"), page);
    auto *refresh = new QPushButton(tr("Reload"), page);
    m_organizationStatus = new QLabel(page);
    m_organizationStatus->setWordWrap(true);
    buttons->addWidget(m_switch);
    buttons->addWidget(refresh);
    buttons->addWidget(m_organizationStatus, 1);
    layout->addWidget(note);
    layout->addWidget(m_organizations, 1);
    layout->addLayout(buttons);
    connect(m_switch, &QPushButton::clicked, this, &MyAccountPane::switchToSelectedOrganization);
    connect(refresh, &QPushButton::clicked, m_switcher, &OrganizationSwitcher::refresh);
    connect(m_switcher, &OrganizationSwitcher::switched, this, [this](const QString &id) {
        showStatus(m_organizationStatus, tr("Switched to organization %1.").arg(id));
    });
    return page;
}

void MyAccountPane::showOrganizations()
{
    const QJsonArray organizations = m_switcher->organizations();
    m_organizations->setRowCount(int(organizations.size()));
    for (int row = 0; row < organizations.size(); ++row) {
        const QJsonObject organization = organizations.at(row).toObject();
        const QString id = organization.value("organization_id").toVariant().toString();
        const QStringList cells{id, organization.value("organization_name").toString(),
                                organization.value("organization_type").toString(),
                                organization.value("organization_use").toString(),
                                id == session()->organizationId() ? tr("✓ signed in here")
                                                                  : QString()};
        for (int column = 0; column < cells.size(); ++column)
            m_organizations->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_organizations->resizeColumnsToContents();
    m_switch->setEnabled(m_switcher->canSwitch());
    if (!m_switcher->canSwitch())
        showStatus(m_organizationStatus, tr("You belong to one organization only."));
}

void MyAccountPane::switchToSelectedOrganization()
{
    const int row = m_organizations->currentRow();
    if (row < 0)
        return;
    const QString id = m_organizations->item(row, 0)->text();
    if (id == session()->organizationId()) {
        showStatus(m_organizationStatus, tr("That is the current organization."));
        return;
    }
    showStatus(m_organizationStatus, tr("Switching to %1…").arg(id));
    m_switcher->switchTo(id);
}

// --- Navigations -----------------------------------------------------------------------------

QWidget *MyAccountPane::createNavigationsTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *top = new QHBoxLayout;
    m_navigationId = new QLineEdit(page);
    m_navigationId->setPlaceholderText(tr("Navigation id, e.g. 5gbe4nkp6jsfq"));
    auto *open = new QPushButton(tr("Open"), page);
    auto *fresh = new QPushButton(tr("New navigation"), page);
    top->addWidget(new QLabel(tr("Navigation:"), page));
    top->addWidget(m_navigationId, 1);
    top->addWidget(open);
    top->addWidget(fresh);
    m_navigation = new NavigationEditor(page);
    auto *bottom = new QHBoxLayout;
    m_createNavigation = new QPushButton(tr("Create navigation"), page);
    m_createNavigation->setToolTip(
        tr("The server derives the id from the name and the configuration: identical "
           "navigations get the same id."));
    m_navigationStatus = new QLabel(page);
    m_navigationStatus->setWordWrap(true);
    m_navigationStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bottom->addWidget(m_createNavigation);
    bottom->addWidget(m_navigationStatus, 1);
    layout->addLayout(top);
    layout->addWidget(m_navigation, 1);
    layout->addLayout(bottom);
    connect(open, &QPushButton::clicked, this,
            [this] { openNavigation(m_navigationId->text().trimmed()); });
    connect(m_navigationId, &QLineEdit::returnPressed, open, &QPushButton::click);
    connect(fresh, &QPushButton::clicked, this, [this] {
        m_navigation->clear();
        m_navigationId->clear();
        showStatus(m_navigationStatus, tr("Add sections, items and groups, name it, then "
                                          "press Create navigation."));
    });
    connect(m_createNavigation, &QPushButton::clicked, this, &MyAccountPane::createNavigation);
    return page;
}

void MyAccountPane::openNavigation(const QString &id)
{
    if (id.isEmpty())
        return;
    showStatus(m_navigationStatus, tr("Loading %1…").arg(id));
    m_account->getNavigation(id, this, [this, id](const ApiResult<QJsonObject> &result) {
        if (!result.ok()) {
            showStatus(m_navigationStatus, result.error().message, true);
            return;
        }
        m_navigation->setNavigation(result.value());
        showStatus(m_navigationStatus, tr("Navigation %1.").arg(id));
        emit navigationLoaded(id);
    });
}

void MyAccountPane::createNavigation()
{
    FieldMessage::clear(m_navigation->nameEdit());
    if (m_navigation->name().isEmpty()) {
        FieldMessage::show(m_navigation->nameEdit(), tr("Give the navigation a name first."));
        showStatus(m_navigationStatus, tr("Give the navigation a name first."), true);
        return;
    }
    const QJsonObject configuration = m_navigation->configuration();
    if (configuration.isEmpty()) {
        showStatus(m_navigationStatus, tr("Add at least one section first."), true);
        return;
    }
    showStatus(m_navigationStatus, tr("Creating…"));
    m_account->createNavigation(
        m_navigation->name(), configuration, this, [this](const ApiResult<QJsonObject> &result) {
            if (!result.ok()) {
                showStatus(m_navigationStatus, tr("Not created: %1").arg(result.error().message),
                           true);
                return;
            }
            const QString id = result.value().value("id").toString();
            m_navigationId->setText(id);
            m_navigation->setNavigation(result.value());
            showStatus(m_navigationStatus,
                       tr("Created. The server derived the id <b>%1</b> from its content.")
                           .arg(id.toHtmlEscaped()));
            emit navigationCreated(id);
        });
}
