#include "ui/organization/OrganizationSettingsPage.h"

#include "controllers/ConflictCheckedSave.h"
#include "domain/organization/SettingValue.h"
#include "services/api/OrganizationService.h"
#include "services/session/Session.h"
#include "ui/common/Confirmation.h"
#include "ui/common/ConflictDialog.h"
#include "ui/common/JsonEditor.h"
#include "ui/common/MessageWidget.h"
#include "ui/common/Theme.h"
#include "ui/security/RecordHistoryDialog.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

OrganizationSettingsPage::OrganizationSettingsPage(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_table = new QTableWidget(0, 2, splitter);
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            &OrganizationSettingsPage::showSelected);
    splitter->addWidget(m_table);
    splitter->addWidget(createEditor());
    splitter->setSizes({420, 600});
    layout->addWidget(splitter);
    showSelected();
}

QWidget *OrganizationSettingsPage::createEditor()
{
    auto *editor = new QWidget(this);
    auto *layout = new QVBoxLayout(editor);
    layout->setContentsMargins(6, 0, 0, 0);
    m_keyLabel = new QLabel(editor);
    m_keyLabel->setTextFormat(Qt::RichText);
    m_enabled = new QCheckBox(tr("Enabled"), editor);
    m_editor = new JsonEditor(editor);
    m_status = new MessageWidget(MessageWidget::Style::Inline, editor);
    auto *buttons = new QHBoxLayout;
    m_addButton = new QPushButton(tr("Add key…"), editor);
    m_saveButton = new QPushButton(tr("Save value"), editor);
    m_deleteButton = new QPushButton(tr("Delete key…"), editor);
    auto *history = new QPushButton(tr("History…"), editor);
    history->setToolTip(tr("What was done to this setting, from the audit log"));
    connect(history, &QPushButton::clicked, this, [this] {
        if (!selectedKey().isEmpty())
            RecordHistoryDialog::showFor(m_session, {AuditRecord::Kind::Setting, selectedKey()},
                                         selectedKey(), this);
    });
    auto *reload = new QPushButton(tr("Reload"), editor);
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_deleteButton);
    buttons->addWidget(history);
    buttons->addStretch();
    buttons->addWidget(reload);
    auto *intro = new QLabel(tr("Every setting of the organization as a key and its JSON value, "
                                "for what has no page of its own. Features are switched on the "
                                "Features tab."),
                             editor);
    intro->setWordWrap(true);
    intro->setStyleSheet(Theme::textStyle(Theme::Color::MutedText));
    layout->addWidget(intro);
    layout->addWidget(m_keyLabel);
    layout->addWidget(m_enabled);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    layout->addStretch(); // holds the rest while no setting is selected and the editor is hidden

    connect(m_addButton, &QPushButton::clicked, this, &OrganizationSettingsPage::askForNewKey);
    connect(m_saveButton, &QPushButton::clicked, this, &OrganizationSettingsPage::save);
    connect(m_deleteButton, &QPushButton::clicked, this, &OrganizationSettingsPage::deleteSetting);
    connect(reload, &QPushButton::clicked, this, [this] { load(m_organizationId); });
    connect(m_editor, &JsonEditor::textChanged, this, &OrganizationSettingsPage::onEditorChanged);
    connect(m_enabled, &QCheckBox::toggled, this, [this](bool checked) {
        m_editor->setValue(SettingValue::withEnabled(m_editor->value(), checked));
    });
    return editor;
}

void OrganizationSettingsPage::onEditorChanged()
{
    const QJsonValue value = m_editor->value();
    m_enabled->setVisible(SettingValue::isSwitch(value));
    if (SettingValue::isSwitch(value)) {
        const QSignalBlocker blocker(m_enabled);
        m_enabled->setChecked(SettingValue::isEnabled(value));
    }
    m_saveButton->setEnabled(!m_readOnly && !selectedKey().isEmpty() && m_editor->isValid());
}

void OrganizationSettingsPage::load(const QString &organizationId)
{
    m_organizationId = organizationId;
    if (organizationId.isEmpty())
        return;
    if (isSaving())
        emit saveFinished(false); // the answers of that save are dropped now
    dropSave();
    m_status->showInfo(tr("Loading settings…"));
    m_session->organizations()->getSettings(
        organizationId, this, [this](const ApiResult<QJsonObject> &result) {
            if (!result.ok()) {
                m_status->showError(
                    tr("Could not load the settings: %1").arg(result.error().message));
                return;
            }
            m_settings = result.value();
            m_unstored.clear();
            showSettings();
            m_status->clear();
        });
}

void OrganizationSettingsPage::showSettings()
{
    const QString selected = selectedKey();
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    for (const QString &key : SettingValue::sortedKeys(m_settings)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QJsonValue value = m_settings.value(key);
        QString shown = JsonEditor::pretty(value).simplified();
        if (SettingValue::isSwitch(value))
            shown = (SettingValue::isEnabled(value) ? QStringLiteral("☑ ") : QStringLiteral("☐ ")) +
                    shown;
        m_table->setItem(row, 0, new QTableWidgetItem(key));
        m_table->setItem(row, 1, new QTableWidgetItem(shown.left(200)));
    }
    if (!selectSetting(selected))
        showSelected();
}

bool OrganizationSettingsPage::selectSetting(const QString &key)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->text() == key) {
            m_table->selectRow(row);
            showSelected();
            return true;
        }
    }
    return false;
}

QString OrganizationSettingsPage::selectedKey() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_table->item(rows.first().row(), 0)->text();
}

void OrganizationSettingsPage::showSelected()
{
    const QString key = selectedKey();
    const bool has = !key.isEmpty();
    m_keyLabel->setText(has ? tr("<b>%1</b>").arg(key.toHtmlEscaped())
                            : tr("Select a setting to see and edit its value."));
    // Nothing selected: no editor, so no "Empty" error for a value nobody asked for.
    m_editor->setVisible(has);
    m_editor->setEnabled(has);
    m_editor->setValue(has ? m_settings.value(key) : QJsonValue(QJsonValue::Undefined));
    m_enabled->setVisible(has && SettingValue::isSwitch(m_settings.value(key)));
    m_saveButton->setEnabled(has && !m_readOnly && m_editor->isValid());
    m_deleteButton->setEnabled(has && !m_readOnly);
}

bool OrganizationSettingsPage::hasUnsavedChanges() const
{
    const QString key = selectedKey();
    if (key.isEmpty() || m_readOnly)
        return false;
    return !m_editor->isValid() || m_editor->value() != m_settings.value(key);
}

bool OrganizationSettingsPage::isSaving() const
{
    return m_save && m_save->isSaving();
}

void OrganizationSettingsPage::discard()
{
    showSelected();
}

void OrganizationSettingsPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_editor->setReadOnly(readOnly);
    m_enabled->setEnabled(!readOnly);
    m_addButton->setEnabled(!readOnly);
    showSelected();
}

void OrganizationSettingsPage::askForNewKey()
{
    bool ok = false;
    const QString key =
        QInputDialog::getText(this, tr("Add a setting"), tr("Key:"), QLineEdit::Normal, {}, &ok);
    if (ok)
        addSetting(key.trimmed());
}

void OrganizationSettingsPage::addSetting(const QString &key)
{
    if (key.isEmpty())
        return;
    if (m_settings.contains(key)) {
        m_status->showError(tr("The key \"%1\" exists already; it is selected.").arg(key));
        selectSetting(key);
        return;
    }
    // Not stored until "Save value": a key without a value does not exist for the API.
    m_settings.insert(key, QJsonObject());
    m_unstored.insert(key);
    showSettings();
    selectSetting(key);
    m_status->showInfo(tr("Enter the value of \"%1\" and press Save value.").arg(key));
    m_editor->textEdit()->setFocus();
}

ConflictCheckedSave *OrganizationSettingsPage::newSave(const QString &key)
{
    const QString organizationId = m_organizationId;
    auto read = [this, organizationId, key](QObject *context, ConflictCheckedSave::Values done,
                                            ConflictCheckedSave::Failure failed) {
        m_session->organizations()->getSettings(
            organizationId, context,
            [this, key, done, failed](const ApiResult<QJsonObject> &result) {
                if (!result.ok())
                    return failed(tr("Could not save %1: %2").arg(key, result.error().message));
                QJsonObject theirs;
                if (result.value().contains(key))
                    theirs.insert(key, result.value().value(key));
                done(theirs);
            });
    };
    auto send = [this, organizationId, key](const QJsonObject &changes, const QJsonObject &,
                                            QObject *context, ConflictCheckedSave::Values done,
                                            ConflictCheckedSave::Failure failed) {
        m_status->showInfo(tr("Saving %1…").arg(key));
        m_session->organizations()->putSettingsValue(
            organizationId, key, SettingValue::compactJson(changes.value(key)), context,
            [this, key, done, failed](const ApiResult<void> &result) {
                if (!result.ok())
                    return failed(tr("Could not save %1: %2").arg(key, result.error().message));
                done({});
            });
    };
    auto *save = new ConflictCheckedSave({{key, key}}, read, send, this);
    save->setAsk([this](const FieldConflict &conflict, ConflictCheckedSave::Answer answer) {
        ConflictDialog::ask(this, conflict, this, answer);
    });
    connect(save, &ConflictCheckedSave::rebased, this,
            [this, key](const QJsonObject &values, const QJsonObject &base) {
                adopt(key, base.value(key), values.value(key));
            });
    connect(save, &ConflictCheckedSave::conflicted, this, [this, key] {
        fail(tr("Not saved yet: someone else changed %1 since you opened it. Choose which "
                "version to keep.")
                 .arg(key));
    });
    connect(save, &ConflictCheckedSave::saved, this, [this, key](const QJsonObject &stored) {
        m_settings.insert(key, stored.value(key));
        m_unstored.remove(key);
        showSettings();
        // Nothing of mine was sent when only someone else had changed the value.
        if (stored.value(key) != m_attempted)
            m_status->showInfo(
                tr("%1 was changed elsewhere; the server's value is shown.").arg(key));
        else
            m_status->showPositive(tr("Saved %1.").arg(key));
        emit settingsChanged();
    });
    connect(save, &ConflictCheckedSave::failed, this, &OrganizationSettingsPage::fail);
    connect(save, &ConflictCheckedSave::finished, this,
            [this](ConflictCheckedSave::Outcome outcome) {
                emit saveFinished(outcome == ConflictCheckedSave::Outcome::Saved);
            });
    return save;
}

void OrganizationSettingsPage::dropSave()
{
    if (!m_save)
        return;
    // Later: this may run inside one of its signals. Its answers are dropped from now on.
    m_save->disconnect(this);
    m_save->setBase({});
    m_save->deleteLater();
    m_save = nullptr;
}

void OrganizationSettingsPage::save()
{
    const QString key = selectedKey();
    if (isSaving())
        return; // its outcome comes with saveFinished()
    if (key.isEmpty() || m_readOnly) {
        emit saveFinished(!hasUnsavedChanges());
        return;
    }
    if (!m_editor->isValid()) {
        fail(tr("Not saved: the value is not valid JSON (%1).").arg(m_editor->errorMessage()));
        emit saveFinished(false);
        return;
    }
    dropSave();
    m_save = newSave(key);
    // A key added here and not stored yet had no value: any value on the server is theirs.
    QJsonObject base;
    if (!m_unstored.contains(key))
        base.insert(key, m_settings.value(key));
    m_save->setBase(base);
    m_status->showInfo(tr("Checking for changes made by others…"));
    m_attempted = m_editor->value();
    m_save->save({{key, m_attempted}});
}

void OrganizationSettingsPage::adopt(const QString &key, const QJsonValue &theirs,
                                     const QJsonValue &shown)
{
    if (theirs.isUndefined() || theirs.isNull()) {
        m_settings.remove(key);
    } else {
        m_settings.insert(key, theirs);
        m_unstored.remove(key);
    }
    showSettings();
    if (shown.isUndefined())
        return;
    if (!selectSetting(key)) { // deleted elsewhere, kept here: offer it again
        m_settings.insert(key, QJsonObject());
        m_unstored.insert(key);
        showSettings();
        selectSetting(key);
    }
    m_editor->setValue(shown);
}

void OrganizationSettingsPage::fail(const QString &message)
{
    m_status->showError(message);
    emit settingFailed(message);
}

void OrganizationSettingsPage::deleteSetting()
{
    const QString key = selectedKey();
    if (key.isEmpty() || m_readOnly)
        return;
    if (!Confirmation::ask(this, tr("Delete setting"),
                           tr("Delete the setting \"%1\" of this organization? Features that "
                              "read it fall back to their defaults.")
                               .arg(key),
                           tr("Delete")))
        return;
    m_status->showInfo(tr("Deleting %1…").arg(key));
    m_session->organizations()->deleteSettingsValue(
        m_organizationId, key, this, [this, key](const ApiResult<void> &result) {
            // 404: it was never stored (a new key) or is gone already; either way it is gone.
            if (!result.ok() && result.error().httpStatus != 404)
                return fail(tr("Could not delete %1: %2").arg(key, result.error().message));
            m_settings.remove(key);
            m_unstored.remove(key);
            showSettings();
            m_status->showInfo(tr("Deleted %1.").arg(key));
            emit settingsChanged();
        });
}
