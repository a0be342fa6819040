#include "ui/organization/OrganizationPane.h"

#include "domain/common/FieldConflict.h"
#include "domain/common/InputRules.h"
#include "services/network/UrlPolicy.h"
#include "services/session/Session.h"
#include "ui/common/Confirmation.h"
#include "ui/common/ConflictDialog.h"
#include "ui/common/FieldMessage.h"
#include "ui/common/JsonEditor.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

struct FieldSpec
{
    const char *key; // "phone", or "address.city" for a member of the address
    const char *label;
};

const FieldSpec editableFields[] = {
    {"name", QT_TRANSLATE_NOOP("OrganizationPane", "Name")},
    {"email", QT_TRANSLATE_NOOP("OrganizationPane", "E-mail")},
    {"phone", QT_TRANSLATE_NOOP("OrganizationPane", "Phone")},
    {"website", QT_TRANSLATE_NOOP("OrganizationPane", "Website")},
    {"address.street", QT_TRANSLATE_NOOP("OrganizationPane", "Street")},
    {"address.street_number", QT_TRANSLATE_NOOP("OrganizationPane", "Number")},
    {"address.postal_code", QT_TRANSLATE_NOOP("OrganizationPane", "Postal code")},
    {"address.city", QT_TRANSLATE_NOOP("OrganizationPane", "City")},
    {"address.country", QT_TRANSLATE_NOOP("OrganizationPane", "Country")},
};

const FieldSpec readOnlyFields[] = {
    {"id", QT_TRANSLATE_NOOP("OrganizationPane", "Organization id")},
    {"type", QT_TRANSLATE_NOOP("OrganizationPane", "Type")},
    {"symbol", QT_TRANSLATE_NOOP("OrganizationPane", "Symbol")},
    {"pricing_tier", QT_TRANSLATE_NOOP("OrganizationPane", "Pricing tier")},
    {"free_user_limit", QT_TRANSLATE_NOOP("OrganizationPane", "Free user limit")},
    {"organization_use", QT_TRANSLATE_NOOP("OrganizationPane", "Production or sandbox")},
    {"parent_production_org_id", QT_TRANSLATE_NOOP("OrganizationPane", "Parent production org")},
    {"created_date", QT_TRANSLATE_NOOP("OrganizationPane", "Created")},
};

const QString signatureKey = QStringLiteral("signature");
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

QString text(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.toString();
}

QJsonValue valueAt(const QJsonObject &object, const QString &key)
{
    if (key.startsWith(QLatin1String("address.")))
        return object.value(QStringLiteral("address")).toObject().value(key.mid(8));
    return object.value(key);
}

// {"enabled": true, …}: settings shaped like a switch get a check box.
bool isSwitch(const QJsonValue &value)
{
    return value.isObject() && value.toObject().value(QStringLiteral("enabled")).isBool();
}

} // namespace

OrganizationPane::OrganizationPane(Session *session, QWidget *parent) : Pane(session, parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_organizationIdEdit = new QLineEdit(this);
    m_organizationIdEdit->setPlaceholderText(tr("Organization id (empty: the current one)"));
    m_organizationIdEdit->setMaximumWidth(280);
    auto *open = new QPushButton(tr("Open"), this);
    auto *current = new QPushButton(tr("Current organization"), this);
    top->addWidget(new QLabel(tr("Organization:"), this));
    top->addWidget(m_organizationIdEdit);
    top->addWidget(open);
    top->addWidget(current);
    top->addStretch();
    layout->addLayout(top);
    connect(open, &QPushButton::clicked, this,
            [this] { openOrganization(m_organizationIdEdit->text().trimmed()); });
    connect(m_organizationIdEdit, &QLineEdit::returnPressed, open, &QPushButton::click);
    connect(current, &QPushButton::clicked, this, [this] {
        m_organizationIdEdit->clear();
        openOrganization({});
    });

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(scrollable(createDetailsTab()), tr("Details"));
    m_tabs->addTab(createSettingsTab(), tr("Settings"));
    m_tabs->addTab(createFeaturesTab(), tr("Feature settings"));
    layout->addWidget(m_tabs, 1);

    // The first time the signed-in user is known, load; later the user's organization changes.
    connect(session, &Session::meChanged, this, [this] {
        if (m_original.isEmpty() && !m_loadCall)
            reload();
    });
    if (!session->me().isEmpty())
        reload(); // built after sign-in (pages are built when first shown)
    connect(session, &Session::organizationChanged, this, [this] {
        m_requestedId.clear();
        m_organizationIdEdit->clear();
        reload();
    });
}

QString OrganizationPane::title() const
{
    return tr("Organization");
}

QWidget *OrganizationPane::createDetailsTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);

    auto *header = new QHBoxLayout;
    m_logo = new QLabel(page);
    m_logo->setFixedSize(72, 72);
    m_logo->setAlignment(Qt::AlignCenter);
    m_logo->setStyleSheet(QStringLiteral("border: 1px solid palette(mid); border-radius: 4px;"));
    m_heading = new QLabel(page);
    m_heading->setTextFormat(Qt::RichText);
    header->addWidget(m_logo);
    header->addWidget(m_heading, 1);
    layout->addLayout(header);

    auto *columns = new QHBoxLayout;
    auto *editable = new QGroupBox(tr("Contact and address"), page);
    auto *editableForm = new QFormLayout(editable);
    for (const FieldSpec &spec : editableFields) {
        auto *edit = new QLineEdit(editable);
        const QString key = QString::fromLatin1(spec.key);
        auto *label = new QLabel(tr(spec.label) + ':', editable);
        editableForm->addRow(label, edit);
        m_fields.insert(key, edit);
        m_fieldLabels.insert(key, label);
        connect(edit, &QLineEdit::textChanged, this, &OrganizationPane::markChanges);
    }
    auto *owned = new QGroupBox(tr("Kept by epilot (read-only)"), page);
    auto *ownedForm = new QFormLayout(owned);
    for (const FieldSpec &spec : readOnlyFields) {
        auto *edit = new QLineEdit(owned);
        edit->setReadOnly(true);
        edit->setFrame(false);
        ownedForm->addRow(tr(spec.label) + ':', edit);
        m_fields.insert(QString::fromLatin1(spec.key), edit);
    }
    columns->addWidget(editable, 3);
    columns->addWidget(owned, 2);
    layout->addLayout(columns);

    auto *signatureBox = new QGroupBox(tr("E-mail signature"), page);
    auto *signatureLayout = new QHBoxLayout(signatureBox);
    auto *editColumn = new QVBoxLayout;
    m_signatureLabel = new QLabel(tr("HTML:"), signatureBox);
    m_signature = new QPlainTextEdit(signatureBox);
    m_signature->setTabChangesFocus(true);
    editColumn->addWidget(m_signatureLabel);
    editColumn->addWidget(m_signature);
    auto *previewColumn = new QVBoxLayout;
    m_signaturePreview = new QTextBrowser(signatureBox);
    m_signaturePreview->setOpenLinks(false);
    previewColumn->addWidget(new QLabel(tr("Preview:"), signatureBox));
    previewColumn->addWidget(m_signaturePreview);
    signatureLayout->addLayout(editColumn, 1);
    signatureLayout->addLayout(previewColumn, 1);
    layout->addWidget(signatureBox, 1);
    connect(m_signature, &QPlainTextEdit::textChanged, this, [this] {
        m_signaturePreview->setHtml(m_signature->toPlainText());
        markChanges();
    });

    auto *buttons = new QHBoxLayout;
    m_save = new QPushButton(tr("Save changes"), page);
    m_revert = new QPushButton(tr("Revert"), page);
    m_status = new QLabel(page);
    m_status->setWordWrap(true);
    buttons->addWidget(m_save);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_status, 1);
    layout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_revert, &QPushButton::clicked, this, [this] { showOrganization(m_original); });
    markChanges();
    return page;
}

QWidget *OrganizationPane::createSettingsTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *splitter = new QSplitter(Qt::Horizontal, page);
    m_settingsTable = new QTableWidget(0, 2, splitter);
    m_settingsTable->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_settingsTable->horizontalHeader()->setStretchLastSection(true);
    m_settingsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_settingsTable->verticalHeader()->hide();
    m_settingsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_settingsTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_settingsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_settingsTable, &QTableWidget::itemSelectionChanged, this,
            &OrganizationPane::showSelectedSetting);

    auto *editor = new QWidget(splitter);
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(6, 0, 0, 0);
    m_settingKey = new QLabel(editor);
    m_settingKey->setTextFormat(Qt::RichText);
    m_settingEnabled = new QCheckBox(tr("Enabled"), editor);
    m_settingEditor = new JsonEditor(editor);
    m_settingStatus = new QLabel(editor);
    m_settingStatus->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    m_addSetting = new QPushButton(tr("Add key…"), editor);
    m_saveSetting = new QPushButton(tr("Save value"), editor);
    m_deleteSetting = new QPushButton(tr("Delete key…"), editor);
    auto *reloadSettings = new QPushButton(tr("Reload"), editor);
    buttons->addWidget(m_addSetting);
    buttons->addWidget(m_saveSetting);
    buttons->addWidget(m_deleteSetting);
    buttons->addStretch();
    buttons->addWidget(reloadSettings);
    editorLayout->addWidget(m_settingKey);
    editorLayout->addWidget(m_settingEnabled);
    editorLayout->addWidget(m_settingEditor, 1);
    editorLayout->addWidget(m_settingStatus);
    editorLayout->addLayout(buttons);
    splitter->addWidget(m_settingsTable);
    splitter->addWidget(editor);
    splitter->setSizes({420, 600});
    layout->addWidget(splitter);

    connect(m_addSetting, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString key = QInputDialog::getText(this, tr("Add a setting"), tr("Key:"),
                                                  QLineEdit::Normal, {}, &ok);
        if (ok)
            addSetting(key.trimmed());
    });
    connect(m_saveSetting, &QPushButton::clicked, this, &OrganizationPane::saveSetting);
    connect(m_deleteSetting, &QPushButton::clicked, this, &OrganizationPane::deleteSetting);
    connect(reloadSettings, &QPushButton::clicked, this, &OrganizationPane::loadSettings);
    connect(m_settingEditor, &JsonEditor::textChanged, this, [this] {
        const QJsonValue value = m_settingEditor->value();
        m_settingEnabled->setVisible(isSwitch(value));
        if (isSwitch(value)) {
            const QSignalBlocker blocker(m_settingEnabled);
            m_settingEnabled->setChecked(value.toObject().value("enabled").toBool());
        }
        m_saveSetting->setEnabled(!m_readOnly && !selectedSettingKey().isEmpty() &&
                                  m_settingEditor->isValid());
    });
    connect(m_settingEnabled, &QCheckBox::toggled, this, [this](bool checked) {
        QJsonObject object = m_settingEditor->value().toObject();
        object.insert(QStringLiteral("enabled"), checked);
        m_settingEditor->setValue(object);
    });
    showSelectedSetting();
    return page;
}

QWidget *OrganizationPane::createFeaturesTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_featuresNote = new QLabel(page);
    m_featuresNote->setWordWrap(true);
    m_features = new QTableWidget(page);
    m_features->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_features->verticalHeader()->hide();
    m_features->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_featuresNote);
    layout->addWidget(m_features, 1);
    return page;
}

void OrganizationPane::reload()
{
    openOrganization(m_requestedId);
}

void OrganizationPane::openOrganization(const QString &organizationId)
{
    if (m_loadCall)
        m_loadCall->cancel();
    m_requestedId = organizationId;
    showStatus(tr("Loading…"));
    auto done = [this](const ApiResult<QJsonObject> &result) {
        if (!result.ok()) {
            if (!result.error().isCancelled())
                showStatus(tr("Could not load the organization: %1").arg(result.error().message),
                           true);
            return;
        }
        showOrganization(result.value());
        showStatus({});
        loadSettings();
        loadFeatures();
        emit loaded();
    };
    OrganizationService *service = session()->organizations();
    m_loadCall = organizationId.isEmpty() ? service->getCurrentOrganization(this, done)
                                          : service->getOrganization(organizationId, this, done);
}

QString OrganizationPane::organizationId() const
{
    return text(m_original.value(QStringLiteral("id")));
}

void OrganizationPane::showOrganization(const QJsonObject &organization)
{
    m_showing = true;
    m_original = organization;
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        QString value = text(valueAt(organization, it.key()));
        if (it.key() == QLatin1String("created_date") && !value.isEmpty()) {
            const QDateTime when = QDateTime::fromString(value, Qt::ISODateWithMs);
            if (when.isValid())
                value = QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
        }
        it.value()->setText(value);
        it.value()->setCursorPosition(0);
    }
    m_signature->setPlainText(text(organization.value(signatureKey)));
    m_heading->setText(QStringLiteral("<span style='font-size:16pt; font-weight:600'>%1</span>"
                                      "<br><span style='color:gray'>%2</span>")
                           .arg(text(organization.value("name")).toHtmlEscaped(),
                                tr("Organization %1").arg(organizationId().toHtmlEscaped())));
    loadLogo(text(organization.value(QStringLiteral("logo_url"))));
    m_showing = false;
    markChanges();
}

QString OrganizationPane::originalValue(const QString &key) const
{
    return text(valueAt(m_original, key));
}

QString OrganizationPane::currentValue(const QString &key) const
{
    if (key == signatureKey)
        return m_signature->toPlainText();
    return m_fields.value(key)->text();
}

QJsonObject OrganizationPane::changes() const
{
    QJsonObject changed;
    QJsonObject address = m_original.value(QStringLiteral("address")).toObject();
    bool addressChanged = false;
    QStringList keys{signatureKey};
    for (const FieldSpec &spec : editableFields)
        keys << QString::fromLatin1(spec.key);
    for (const QString &key : keys) {
        const QString now = currentValue(key);
        if (now == originalValue(key))
            continue;
        if (key.startsWith(QLatin1String("address."))) {
            address.insert(key.mid(8), now);
            addressChanged = true;
        } else {
            changed.insert(key, now);
        }
    }
    // The address is one field of the API: send it whole, with the unchanged members kept.
    if (addressChanged)
        changed.insert(QStringLiteral("address"), address);
    return changed;
}

bool OrganizationPane::hasUnsavedChanges() const
{
    return !m_original.isEmpty() && !changes().isEmpty();
}

void OrganizationPane::markChanges()
{
    if (m_showing)
        return;
    for (const FieldSpec &spec : editableFields) {
        const QString key = QString::fromLatin1(spec.key);
        const bool changed = !m_original.isEmpty() && currentValue(key) != originalValue(key);
        m_fields.value(key)->setStyleSheet(changed ? changedStyle : QString());
        QFont font = m_fieldLabels.value(key)->font();
        font.setBold(changed);
        m_fieldLabels.value(key)->setFont(font);
    }
    const bool signatureChanged =
        !m_original.isEmpty() && currentValue(signatureKey) != originalValue(signatureKey);
    m_signature->setStyleSheet(signatureChanged ? changedStyle : QString());
    QFont font = m_signatureLabel->font();
    font.setBold(signatureChanged);
    m_signatureLabel->setFont(font);
    const bool dirty = hasUnsavedChanges();
    m_save->setEnabled(dirty && !m_readOnly && !m_saving);
    m_revert->setEnabled(dirty && !m_saving);
}

void OrganizationPane::save()
{
    reportSaved(saveChanges());
}

bool OrganizationPane::saveChanges()
{
    const QJsonObject changed = changes();
    if (changed.isEmpty() || m_saving)
        return true;
    if (m_readOnly) {
        showStatus(tr("This session is read-only; nothing was saved."), true);
        return false;
    }
    if (!checkInput()) {
        showStatus(tr("Not saved: correct the marked fields."), true);
        emit saveFailed(m_status->text());
        return false;
    }
    m_saving = true;
    markChanges();
    showStatus(tr("Checking for changes made by others…"));
    // Re-read first: a field someone else changed since we loaded must not be overwritten.
    session()->organizations()->getOrganization(
        organizationId(), this, [this](const ApiResult<QJsonObject> &result) {
            if (!result.ok()) {
                m_saving = false;
                markChanges();
                const QString message = tr("Not saved: %1").arg(result.error().message);
                showStatus(message, true);
                emit saveFailed(message);
                return;
            }
            resolveAndSend(result.value());
        });
    return true;
}

FieldConflict OrganizationPane::compareWith(const QJsonObject &fresh) const
{
    FieldConflict conflict;
    conflict.add(signatureKey, tr("E-mail signature"), originalValue(signatureKey),
                 currentValue(signatureKey), text(fresh.value(signatureKey)));
    for (const FieldSpec &spec : editableFields) {
        const QString key = QString::fromLatin1(spec.key);
        conflict.add(key, tr(spec.label), originalValue(key), currentValue(key),
                     text(valueAt(fresh, key)));
    }
    return conflict;
}

// No ETags: the record just fetched is compared field by field with the copy the form was
// loaded from. Their changes to other fields are taken over; where both changed the same field
// the administrator chooses.
void OrganizationPane::resolveAndSend(const QJsonObject &fresh)
{
    const FieldConflict conflict = compareWith(fresh);
    if (!conflict.theyChangedAnything()) {
        sendChanges(changes());
        return;
    }
    if (!conflict.hasConflicts()) {
        adopt(fresh, conflict.merged());
        sendChanges(changes());
        return;
    }
    m_saving = false;
    markChanges();
    const QString message = tr("Not saved yet: someone else changed %1 since you opened the "
                               "organization. Choose which version to keep.")
                                .arg(conflict.conflictingLabels());
    showStatus(message, true);
    emit saveFailed(message);
    ConflictDialog::ask(
        this, conflict, this,
        [this, fresh](FieldConflict::Resolution resolution, const FieldConflict &chosen) {
            if (resolution == FieldConflict::Resolution::Cancel) {
                showStatus(tr("Not saved: your edits are kept in the form."), true);
                return;
            }
            adopt(fresh, chosen.merged());
            if (FieldConflict::sends(resolution))
                saveChanges(); // fetches and compares again: nothing is overwritten unseen
            else
                showStatus(tr("Their version is shown; your other edits are kept, not saved "
                              "yet."));
        });
}

// The server's record becomes the loaded copy; the form shows the merged values.
void OrganizationPane::adopt(const QJsonObject &fresh, const FieldConflict::Merge &merge)
{
    showOrganization(fresh);
    m_showing = true;
    for (auto it = merge.values.begin(); it != merge.values.end(); ++it) {
        const QString value = it.value().toString();
        if (it.key() == signatureKey)
            m_signature->setPlainText(value);
        else if (QLineEdit *field = m_fields.value(it.key()))
            field->setText(value);
    }
    m_showing = false;
    markChanges();
}

bool OrganizationPane::checkInput()
{
    FieldMessage::clearAll(this);
    bool ok = true;
    auto check = [&](const char *key, const QString &problem) {
        QLineEdit *field = m_fields.value(QString::fromLatin1(key));
        if (problem.isEmpty() || currentValue(QString::fromLatin1(key)) == originalValue(key))
            return;
        FieldMessage::show(field, problem);
        ok = false;
    };
    check("name", InputRules::required(m_fields.value("name")->text()).isEmpty()
                      ? QString()
                      : tr("The organization needs a name."));
    check("email", InputRules::optionalEmail(m_fields.value("email")->text()));
    check("website", InputRules::webAddress(m_fields.value("website")->text()));
    return ok;
}

void OrganizationPane::sendChanges(const QJsonObject &changed)
{
    showStatus(tr("Saving…"));
    session()->organizations()->updateOrganization(
        organizationId(), changed, this, [this](const ApiResult<QJsonObject> &result) {
            m_saving = false;
            if (!result.ok()) {
                markChanges(); // the edits stay in the fields
                const QString message = tr("Not saved: %1").arg(result.error().message);
                showStatus(message, true);
                emit saveFailed(message);
                return;
            }
            QJsonObject merged = m_original;
            const QJsonObject answer = result.value();
            for (auto it = answer.begin(); it != answer.end(); ++it)
                merged.insert(it.key(), it.value());
            showOrganization(merged);
            showStatus(tr("Saved."));
            emit saved();
        });
}

void OrganizationPane::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (const FieldSpec &spec : editableFields)
        m_fields.value(QString::fromLatin1(spec.key))->setReadOnly(readOnly);
    m_signature->setReadOnly(readOnly);
    m_settingEditor->setReadOnly(readOnly);
    m_settingEnabled->setEnabled(!readOnly);
    m_addSetting->setEnabled(!readOnly);
    showSelectedSetting();
    markChanges();
}

void OrganizationPane::loadLogo(const QString &url)
{
    if (m_logoReply) {
        m_logoReply->abort();
        m_logoReply->deleteLater();
    }
    m_logo->setPixmap({});
    m_logo->setText(tr("No logo"));
    const QUrl logoUrl(url);
    if (url.isEmpty() || !UrlPolicy::check(logoUrl).isEmpty())
        return;
    m_logo->setText(tr("Loading…"));
    QNetworkRequest request(logoUrl);
    request.setTransferTimeout(15000);
    QNetworkReply *reply = session()->client()->network()->get(request);
    m_logoReply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply != m_logoReply)
            return;
        QImage image;
        if (reply->error() == QNetworkReply::NoError && image.loadFromData(reply->readAll())) {
            m_logo->setPixmap(QPixmap::fromImage(image.scaled(
                m_logo->size() - QSize(6, 6), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        } else {
            m_logo->setText(tr("Logo not\navailable"));
        }
    });
}

void OrganizationPane::loadSettings()
{
    if (organizationId().isEmpty())
        return;
    showSettingStatus(tr("Loading settings…"));
    session()->organizations()->getSettings(
        organizationId(), this, [this](const ApiResult<QJsonObject> &result) {
            if (!result.ok()) {
                showSettingStatus(tr("Could not load the settings: %1").arg(result.error().message),
                                  true);
                return;
            }
            m_settings = result.value();
            showSettings();
            showSettingStatus({});
        });
}

void OrganizationPane::showSettings()
{
    const QString selected = selectedSettingKey();
    const QSignalBlocker blocker(m_settingsTable);
    m_settingsTable->setRowCount(0);
    QStringList keys = m_settings.keys();
    keys.sort(Qt::CaseInsensitive);
    for (const QString &key : keys) {
        const int row = m_settingsTable->rowCount();
        m_settingsTable->insertRow(row);
        const QJsonValue value = m_settings.value(key);
        QString shown = JsonEditor::pretty(value).simplified();
        if (isSwitch(value))
            shown = (value.toObject().value("enabled").toBool() ? QStringLiteral("☑ ")
                                                                : QStringLiteral("☐ ")) +
                    shown;
        m_settingsTable->setItem(row, 0, new QTableWidgetItem(key));
        m_settingsTable->setItem(row, 1, new QTableWidgetItem(shown.left(200)));
    }
    if (!selectSetting(selected))
        showSelectedSetting();
}

bool OrganizationPane::selectSetting(const QString &key)
{
    for (int row = 0; row < m_settingsTable->rowCount(); ++row) {
        if (m_settingsTable->item(row, 0)->text() == key) {
            m_settingsTable->selectRow(row);
            showSelectedSetting();
            return true;
        }
    }
    return false;
}

QString OrganizationPane::selectedSettingKey() const
{
    const auto rows = m_settingsTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_settingsTable->item(rows.first().row(), 0)->text();
}

void OrganizationPane::showSelectedSetting()
{
    const QString key = selectedSettingKey();
    const bool has = !key.isEmpty();
    m_settingKey->setText(has ? tr("<b>%1</b>").arg(key.toHtmlEscaped())
                              : tr("Select a setting to see and edit its value."));
    m_settingEditor->setEnabled(has);
    m_settingEditor->setValue(has ? m_settings.value(key) : QJsonValue(QJsonValue::Undefined));
    m_settingEnabled->setVisible(has && isSwitch(m_settings.value(key)));
    m_saveSetting->setEnabled(has && !m_readOnly && m_settingEditor->isValid());
    m_deleteSetting->setEnabled(has && !m_readOnly);
}

void OrganizationPane::createNew()
{
    m_tabs->setCurrentIndex(1);
    m_addSetting->click();
}

void OrganizationPane::deleteSelection()
{
    if (m_tabs->currentIndex() == 1)
        deleteSetting();
}

void OrganizationPane::addSetting(const QString &key)
{
    if (key.isEmpty())
        return;
    if (m_settings.contains(key)) {
        showSettingStatus(tr("The key \"%1\" exists already; it is selected.").arg(key), true);
        selectSetting(key);
        return;
    }
    // Not stored until "Save value": a key without a value does not exist for the API.
    m_settings.insert(key, QJsonObject());
    showSettings();
    selectSetting(key);
    showSettingStatus(tr("Enter the value of \"%1\" and press Save value.").arg(key));
    m_settingEditor->textEdit()->setFocus();
}

void OrganizationPane::saveSetting()
{
    const QString key = selectedSettingKey();
    if (key.isEmpty() || m_readOnly)
        return;
    if (!m_settingEditor->isValid()) {
        return failSetting(tr("Not saved: the value is not valid JSON (%1).")
                               .arg(m_settingEditor->errorMessage()));
    }
    // No ETags: the settings are fetched again and the key compared with the copy loaded here.
    const QJsonValue value = m_settingEditor->value();
    const QJsonValue base = m_settings.value(key);
    showSettingStatus(tr("Checking for changes made by others…"));
    session()->organizations()->getSettings(
        organizationId(), this, [this, key, base, value](const ApiResult<QJsonObject> &result) {
            if (!result.ok()) {
                return failSetting(tr("Could not save %1: %2").arg(key, result.error().message));
            }
            const QJsonValue theirs = result.value().value(key);
            // A key added here and not stored yet exists only as {} in this form.
            const bool unsaved = theirs.isUndefined() && base == QJsonValue(QJsonObject());
            FieldConflict conflict;
            conflict.add(key, key, unsaved ? QJsonValue() : base, value, theirs);
            resolveSetting(key, theirs, conflict);
        });
}

void OrganizationPane::resolveSetting(const QString &key, const QJsonValue &theirs,
                                      const FieldConflict &conflict)
{
    const FieldConflict::Field &field = conflict.fields().first();
    if (field.change == FieldConflict::Change::Theirs) {
        // Nothing of mine to send, and sending would undo their change: show theirs.
        adoptSetting(key, theirs, theirs);
        showSettingStatus(tr("%1 was changed elsewhere; the server's value is shown.").arg(key));
        return;
    }
    if (field.change != FieldConflict::Change::Conflict) {
        putSetting(key, field.mine);
        return;
    }
    const QString message =
        tr("Not saved yet: someone else changed %1 since you opened it. Choose which version "
           "to keep.")
            .arg(key);
    failSetting(message);
    ConflictDialog::ask(
        this, conflict, this,
        [this, key, theirs](FieldConflict::Resolution resolution, const FieldConflict &chosen) {
            if (resolution == FieldConflict::Resolution::Cancel) {
                showSettingStatus(tr("Not saved: your value is kept in the editor."), true);
                return;
            }
            adoptSetting(key, theirs, chosen.merged().values.value(key));
            if (FieldConflict::sends(resolution))
                saveSetting(); // fetches and compares again
            else
                showSettingStatus(tr("Their value of %1 is shown.").arg(key));
        });
}

// The server's value becomes the loaded copy of `key`; the editor shows `shown`.
void OrganizationPane::adoptSetting(const QString &key, const QJsonValue &theirs,
                                    const QJsonValue &shown)
{
    if (theirs.isUndefined())
        m_settings.remove(key);
    else
        m_settings.insert(key, theirs);
    showSettings();
    if (shown.isUndefined())
        return;
    if (!selectSetting(key)) { // deleted elsewhere, kept here: offer it again
        m_settings.insert(key, QJsonObject());
        showSettings();
        selectSetting(key);
    }
    m_settingEditor->setValue(shown);
}

void OrganizationPane::failSetting(const QString &message)
{
    showSettingStatus(message, true);
    emit settingFailed(message);
}

void OrganizationPane::putSetting(const QString &key, const QJsonValue &value)
{
    // Compact JSON of any value, scalars included (wrapped in an array, then unwrapped).
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    const QByteArray json = wrapped.mid(1, wrapped.size() - 2);
    showSettingStatus(tr("Saving %1…").arg(key));
    session()->organizations()->putSettingsValue(
        organizationId(), key, json, this, [this, key, value](const ApiResult<void> &result) {
            if (!result.ok()) {
                return failSetting(tr("Could not save %1: %2").arg(key, result.error().message));
            }
            m_settings.insert(key, value);
            showSettings();
            showSettingStatus(tr("Saved %1.").arg(key));
            emit settingsChanged();
        });
}

void OrganizationPane::deleteSetting()
{
    const QString key = selectedSettingKey();
    if (key.isEmpty() || m_readOnly)
        return;
    if (!Confirmation::ask(this, tr("Delete setting"),
                           tr("Delete the setting \"%1\" of this organization? Features that "
                              "read it fall back to their defaults.")
                               .arg(key),
                           tr("Delete")))
        return;
    showSettingStatus(tr("Deleting %1…").arg(key));
    session()->organizations()->deleteSettingsValue(
        organizationId(), key, this, [this, key](const ApiResult<void> &result) {
            // 404: it was never stored (a new key) or is gone already; either way it is gone.
            if (!result.ok() && result.error().httpStatus != 404) {
                return failSetting(tr("Could not delete %1: %2").arg(key, result.error().message));
            }
            m_settings.remove(key);
            showSettings();
            showSettingStatus(tr("Deleted %1.").arg(key));
            emit settingsChanged();
        });
}

void OrganizationPane::loadFeatures()
{
    session()->organizations()->getOrganizationFeatureSettings(
        this, [this](const ApiResult<QJsonObject> &result) {
            if (!result.ok()) {
                m_featuresNote->setText(
                    tr("Feature settings could not be loaded: %1").arg(result.error().message));
                return;
            }
            const QJsonArray flags = result.value().value("feature_flags").toArray();
            m_featuresNote->setText(
                tr("Feature flags of the organization (version %1, read-only). The older "
                   "getFeatureSettings operation serves the same data; the API console "
                   "reaches both.")
                    .arg(result.value().value("version").toString()));
            QStringList columns;
            for (const QJsonValue &flag : flags) {
                const QJsonObject object = flag.toObject();
                for (auto it = object.begin(); it != object.end(); ++it) {
                    if (!columns.contains(it.key()))
                        columns << it.key();
                }
            }
            m_features->clear();
            m_features->setColumnCount(int(columns.size()));
            m_features->setHorizontalHeaderLabels(columns);
            m_features->setRowCount(int(flags.size()));
            for (int row = 0; row < flags.size(); ++row) {
                const QJsonObject object = flags.at(row).toObject();
                for (int column = 0; column < columns.size(); ++column) {
                    const QJsonValue value = object.value(columns.at(column));
                    const QString shown = value.isObject() || value.isArray()
                                              ? JsonEditor::pretty(value).simplified()
                                              : text(value);
                    m_features->setItem(row, column, new QTableWidgetItem(shown));
                }
            }
            m_features->resizeColumnsToContents();
        });
}

void OrganizationPane::showStatus(const QString &message, bool error)
{
    m_status->setText(message);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
}

void OrganizationPane::showSettingStatus(const QString &message, bool error)
{
    m_settingStatus->setText(message);
    m_settingStatus->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
}
