#include "ui/account/ProfilePage.h"

#include "controllers/ConflictCheckedSave.h"
#include "domain/common/InputRules.h"
#include "services/api/UserService.h"
#include "services/session/Session.h"
#include "ui/common/ConflictDialog.h"
#include "ui/common/FieldMessage.h"
#include "ui/common/MessageWidget.h"
#include "ui/common/Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

const char *const fieldLabels[][2] = {
    {"display_name", QT_TRANSLATE_NOOP("ProfilePage", "Display name")},
    {"email", QT_TRANSLATE_NOOP("ProfilePage", "E-mail")},
    {"department", QT_TRANSLATE_NOOP("ProfilePage", "Department")},
    {"phone", QT_TRANSLATE_NOOP("ProfilePage", "Phone")},
    {"secondary_phone", QT_TRANSLATE_NOOP("ProfilePage", "Secondary phone")},
    {"custom_start_page", QT_TRANSLATE_NOOP("ProfilePage", "Start page")},
    {"preferred_language", QT_TRANSLATE_NOOP("ProfilePage", "Preferred language")},
    {"override_release_channel", QT_TRANSLATE_NOOP("ProfilePage", "Release channel")},
    {"signature", QT_TRANSLATE_NOOP("ProfilePage", "Signature")},
    {"is_signature_enabled", QT_TRANSLATE_NOOP("ProfilePage", "Add my signature to e-mails")},
};

// The documented notification types in words; a type the server adds later shows its key in words.
const char *const notificationLabels[][2] = {
    {"added_participant_opportunity",
     QT_TRANSLATE_NOOP("ProfilePage", "Added as participant of an opportunity")},
    {"assigned_opportunity", QT_TRANSLATE_NOOP("ProfilePage", "Opportunity assigned to me")},
    {"assigned_task", QT_TRANSLATE_NOOP("ProfilePage", "Task assigned to me")},
    {"comment_opportunity", QT_TRANSLATE_NOOP("ProfilePage", "Comment on an opportunity")},
    {"deleted_task", QT_TRANSLATE_NOOP("ProfilePage", "Task deleted")},
    {"escalated_task", QT_TRANSLATE_NOOP("ProfilePage", "Task escalated")},
    {"message_receive_opportunity",
     QT_TRANSLATE_NOOP("ProfilePage", "Message received on an opportunity")},
    {"message_send_opportunity",
     QT_TRANSLATE_NOOP("ProfilePage", "Message sent on an opportunity")},
    {"created_task", QT_TRANSLATE_NOOP("ProfilePage", "Task created")},
    {"created_opportunity_manual", QT_TRANSLATE_NOOP("ProfilePage", "Opportunity created by hand")},
    {"created_opportunity_auto",
     QT_TRANSLATE_NOOP("ProfilePage", "Opportunity created automatically")},
    {"deleted_opportunity", QT_TRANSLATE_NOOP("ProfilePage", "Opportunity deleted")},
};

QString labelOf(const QString &key)
{
    for (const auto &label : fieldLabels) {
        if (key == QLatin1String(label[0]))
            return QCoreApplication::translate("ProfilePage", label[1]);
    }
    return key;
}

QString readable(const QString &type)
{
    for (const auto &label : notificationLabels) {
        if (type == QLatin1String(label[0]))
            return QCoreApplication::translate("ProfilePage", label[1]);
    }
    QString text = type;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    return text.left(1).toUpper() + text.mid(1);
}

QString changedStyle()
{
    return QStringLiteral("background-color: %1;").arg(Theme::name(Theme::Color::Highlight));
}

const QString languageKey = QStringLiteral("preferred_language");
const QString channelKey = QStringLiteral("override_release_channel");
const QString signatureKey = QStringLiteral("signature");
const QString signatureEnabledKey = QStringLiteral("is_signature_enabled");

} // namespace

ProfilePage::ProfilePage(Session *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    auto *columns = new QHBoxLayout;
    columns->addWidget(createProfileBox(), 1, Qt::AlignTop);
    columns->addWidget(createNotificationBox(), 1, Qt::AlignTop);
    layout->addLayout(columns);
    layout->addStretch(1);
    layout->addLayout(createButtons());
    m_save = newSave();
    markChanges();
}

QWidget *ProfilePage::createProfileBox()
{
    auto *box = new QGroupBox(tr("Profile"), this);
    auto *form = new QFormLayout(box);
    for (const QString &key : UserProfile::textKeys()) {
        auto *edit = new QLineEdit(box);
        edit->setReadOnly(!UserProfile::isEditable(key));
        if (!UserProfile::isEditable(key))
            edit->setToolTip(tr("Changed through the e-mail verification flow, not here."));
        form->addRow(labelOf(key) + ':', edit);
        m_fields.insert(key, edit);
        // textChanged, not editingFinished: typed text counts as unsaved at once.
        connect(edit, &QLineEdit::textChanged, this, &ProfilePage::markChanges);
    }
    m_fields.value(QStringLiteral("custom_start_page"))
        ->setPlaceholderText(QStringLiteral("/app/dashboard"));
    m_language = new QComboBox(box);
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("German"), QStringLiteral("de"));
    form->addRow(tr("Preferred language:"), m_language);
    m_releaseChannel = new QComboBox(box);
    m_releaseChannel->addItem(tr("Organization default"), QString());
    for (const QString channel :
         {QStringLiteral("stable"), QStringLiteral("rc"), QStringLiteral("canary")})
        m_releaseChannel->addItem(channel, channel);
    form->addRow(tr("Release channel:"), m_releaseChannel);
    m_signatureEnabled = new QCheckBox(tr("Add my signature to e-mails"), box);
    m_signature = new QPlainTextEdit(box);
    m_signature->setPlaceholderText(tr("HTML, e.g. <p>Best regards</p>"));
    m_signature->setTabChangesFocus(true);
    m_signature->setMaximumHeight(110);
    form->addRow(tr("Signature:"), m_signatureEnabled);
    form->addRow(QString(), m_signature);
    connect(m_language, &QComboBox::currentIndexChanged, this, &ProfilePage::markChanges);
    connect(m_releaseChannel, &QComboBox::currentIndexChanged, this, &ProfilePage::markChanges);
    connect(m_signatureEnabled, &QCheckBox::toggled, this, &ProfilePage::markChanges);
    connect(m_signature, &QPlainTextEdit::textChanged, this, &ProfilePage::markChanges);
    return box;
}

QWidget *ProfilePage::createNotificationBox()
{
    auto *box = new QGroupBox(tr("E-mail notifications"), this);
    m_notificationGrid = new QGridLayout(box);
    for (const QString &type : UserProfile::documentedNotifications())
        addNotification(type);
    return box;
}

void ProfilePage::addNotification(const QString &type)
{
    QWidget *box = m_notificationGrid->parentWidget();
    auto *check = new QCheckBox(readable(type), box);
    const int index = int(m_notificationOrder.size());
    m_notificationGrid->addWidget(check, index / 2, index % 2);
    m_notifications.insert(type, check);
    m_notificationOrder << type;
    connect(check, &QCheckBox::toggled, this, &ProfilePage::markChanges);
}

QLayout *ProfilePage::createButtons()
{
    auto *buttons = new QHBoxLayout;
    m_saveButton = new QPushButton(tr("Save profile"), this);
    auto *revert = new QPushButton(tr("Revert"), this);
    m_status = new MessageWidget(MessageWidget::Style::Inline, this);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(revert);
    buttons->addWidget(m_status, 1);
    connect(m_saveButton, &QPushButton::clicked, this, &ProfilePage::save);
    connect(revert, &QPushButton::clicked, this, &ProfilePage::discard);
    return buttons;
}

ConflictCheckedSave *ProfilePage::newSave()
{
    QList<ConflictCheckedSave::Field> fields;
    for (const QString &key : UserProfile::textKeys()) {
        if (UserProfile::isEditable(key))
            fields.append({key, labelOf(key)});
    }
    for (const QString &key : {languageKey, channelKey, signatureKey, signatureEnabledKey})
        fields.append({key, labelOf(key)});
    for (const QString &type : m_notificationOrder)
        fields.append({UserProfile::notificationField(type), readable(type)});
    auto read = [this](QObject *context, ConflictCheckedSave::Values done,
                       ConflictCheckedSave::Failure failed) {
        m_session->users()->getUserV2(m_session->userId(), context,
                                      [this, done, failed](const ApiResult<QJsonObject> &result) {
                                          if (!result.ok())
                                              return failed(
                                                  tr("Not saved: %1").arg(result.error().message));
                                          m_fresh = UserProfile(result.value());
                                          done(m_fresh.editableValues(m_notificationOrder));
                                      });
    };
    auto send = [this](const QJsonObject &changes, const QJsonObject &, QObject *context,
                       ConflictCheckedSave::Values done, ConflictCheckedSave::Failure failed) {
        const QJsonObject body = m_fresh.patchBody(changes);
        m_session->users()->updateUserV2(
            m_session->userId(), body, context,
            [this, body, done, failed](const ApiResult<QJsonObject> &result) {
                if (!result.ok())
                    return failed(tr("Not saved: %1").arg(result.error().message));
                m_fresh = m_fresh.merged(body).merged(result.value());
                done(m_fresh.editableValues(m_notificationOrder));
            });
    };
    auto *save = new ConflictCheckedSave(fields, read, send, this);
    save->setAsk([this](const FieldConflict &conflict, ConflictCheckedSave::Answer answer) {
        ConflictDialog::ask(this, conflict, this, answer);
    });
    connect(save, &ConflictCheckedSave::rebased, this,
            [this](const QJsonObject &values, const QJsonObject &) {
                show(m_fresh);
                showValues(values);
            });
    connect(save, &ConflictCheckedSave::conflicted, this, [this](const FieldConflict &conflict) {
        m_status->showError(tr("Not saved yet: someone else changed %1 since you opened your "
                               "profile. Choose which version to keep.")
                                .arg(conflict.conflictingLabels()));
    });
    connect(save, &ConflictCheckedSave::saved, this, [this](const QJsonObject &) {
        show(m_fresh);
        m_status->showPositive(tr("Saved."));
        emit saved();
    });
    connect(save, &ConflictCheckedSave::failed, m_status, &MessageWidget::showError);
    connect(save, &ConflictCheckedSave::finished, this,
            [this](ConflictCheckedSave::Outcome outcome) {
                markChanges();
                emit saveFinished(outcome == ConflictCheckedSave::Outcome::Saved);
            });
    return save;
}

void ProfilePage::load(const UserProfile &profile)
{
    if (m_save->isSaving())
        emit saveFinished(false); // the answers of that save are dropped now
    bool added = false;
    for (const QString &type : profile.notificationTypes()) {
        if (!m_notifications.contains(type)) {
            addNotification(type);
            added = true;
        }
    }
    if (added) { // the record has more fields now
        m_save->disconnect(this);
        m_save->setBase({});
        m_save->deleteLater();
        m_save = newSave();
    }
    m_save->setBase(profile.editableValues(m_notificationOrder));
    show(profile);
    FieldMessage::clearAll(this);
}

void ProfilePage::show(const UserProfile &profile)
{
    m_showing = true;
    m_loaded = profile;
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it)
        it.value()->setText(profile.text(it.key()));
    m_language->setCurrentIndex(qMax(0, m_language->findData(profile.preferredLanguage())));
    m_releaseChannel->setCurrentIndex(
        qMax(0, m_releaseChannel->findData(profile.releaseChannel())));
    m_signature->setPlainText(profile.signature());
    m_signatureEnabled->setChecked(profile.signatureEnabled());
    for (auto it = m_notifications.begin(); it != m_notifications.end(); ++it)
        it.value()->setChecked(profile.notifies(it.key()));
    m_showing = false;
    markChanges();
}

void ProfilePage::showValues(const QJsonObject &values)
{
    m_showing = true;
    const QString prefix = UserProfile::notificationKey() + QLatin1Char('.');
    for (auto it = values.begin(); it != values.end(); ++it) {
        const QString &key = it.key();
        if (QLineEdit *field = m_fields.value(key))
            field->setText(it.value().toString());
        else if (key == languageKey)
            m_language->setCurrentIndex(qMax(0, m_language->findData(it.value().toString())));
        else if (key == channelKey)
            m_releaseChannel->setCurrentIndex(
                qMax(0, m_releaseChannel->findData(it.value().toString())));
        else if (key == signatureKey)
            m_signature->setPlainText(it.value().toString());
        else if (key == signatureEnabledKey)
            m_signatureEnabled->setChecked(it.value().toBool());
        else if (QCheckBox *box = m_notifications.value(key.mid(prefix.size())))
            box->setChecked(it.value().toBool());
    }
    m_showing = false;
    markChanges();
}

QJsonObject ProfilePage::formValues() const
{
    QJsonObject values;
    for (const QString &key : UserProfile::textKeys()) {
        if (UserProfile::isEditable(key))
            values.insert(key, m_fields.value(key)->text().trimmed());
    }
    values.insert(languageKey, m_language->currentData().toString());
    values.insert(channelKey, m_releaseChannel->currentData().toString());
    values.insert(signatureKey, m_signature->toPlainText());
    values.insert(signatureEnabledKey, m_signatureEnabled->isChecked());
    for (auto it = m_notifications.begin(); it != m_notifications.end(); ++it)
        values.insert(UserProfile::notificationField(it.key()), it.value()->isChecked());
    return values;
}

QJsonObject ProfilePage::flatChanges() const
{
    return m_loaded.isEmpty() ? QJsonObject() : m_save->changes(formValues());
}

QJsonObject ProfilePage::changes() const
{
    return m_loaded.patchBody(flatChanges());
}

bool ProfilePage::hasUnsavedChanges() const
{
    return !flatChanges().isEmpty();
}

bool ProfilePage::isSaving() const
{
    return m_save->isSaving();
}

void ProfilePage::markChanges()
{
    if (m_showing)
        return;
    const QJsonObject changed = flatChanges();
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it)
        it.value()->setStyleSheet(changed.contains(it.key()) ? changedStyle() : QString());
    m_signature->setStyleSheet(changed.contains(signatureKey) ? changedStyle() : QString());
    m_saveButton->setEnabled(!changed.isEmpty() && !m_readOnly && !m_save->isSaving());
}

bool ProfilePage::checkInput(const QJsonObject &changes)
{
    FieldMessage::clearAll(this);
    bool ok = true;
    auto check = [&ok](QWidget *field, const QString &problem) {
        if (!problem.isEmpty()) {
            FieldMessage::show(field, problem);
            ok = false;
        }
    };
    const QString startPage = QStringLiteral("custom_start_page");
    if (changes.contains(startPage))
        check(m_fields.value(startPage),
              InputRules::startPage(changes.value(startPage).toString()));
    if (changes.contains(languageKey))
        check(m_language, InputRules::language(changes.value(languageKey).toString()));
    for (const QString phone : {QStringLiteral("phone"), QStringLiteral("secondary_phone")}) {
        if (changes.contains(phone))
            check(m_fields.value(phone), InputRules::phone(changes.value(phone).toString()));
    }
    return ok;
}

void ProfilePage::save()
{
    if (m_save->isSaving())
        return; // its outcome comes with saveFinished()
    const QJsonObject changes = flatChanges();
    if (changes.isEmpty()) {
        emit saveFinished(true);
        return;
    }
    if (m_readOnly || !checkInput(changes)) {
        m_status->showError(m_readOnly ? tr("This session is read-only; nothing was saved.")
                                       : tr("Not saved: correct the marked fields."));
        emit saveFinished(false);
        return;
    }
    m_status->showInfo(tr("Saving…"));
    m_save->save(formValues());
    markChanges();
}

void ProfilePage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    markChanges();
}
