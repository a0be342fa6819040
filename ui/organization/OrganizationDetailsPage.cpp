#include "ui/organization/OrganizationDetailsPage.h"

#include "controllers/ConflictCheckedSave.h"
#include "domain/common/InputRules.h"
#include "services/api/OrganizationService.h"
#include "services/network/ApiClient.h"
#include "services/network/UrlPolicy.h"
#include "services/session/Session.h"
#include "ui/common/ConflictDialog.h"
#include "ui/common/FieldMessage.h"
#include "ui/common/MessageWidget.h"
#include "ui/common/Theme.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

struct FieldLabel
{
    const char *key; // "phone", or "address.city" for a member of the address
    const char *label;
};

const FieldLabel fieldLabels[] = {
    {"name", QT_TRANSLATE_NOOP("OrganizationDetailsPage", "Name")},
    {"email", QT_TRANSLATE_NOOP("OrganizationDetailsPage", "E-mail")},
    {"phone", QT_TRANSLATE_NOOP("OrganizationDetailsPage", "Phone")},
    {"website", QT_TRANSLATE_NOOP("OrganizationDetailsPage", "Website")},
    {"address.street", QT_TRANSLATE_NOOP("OrganizationDetailsPage", "Street")},
    {"address.street_number", QT_TRANSLATE_NOOP("OrganizationDetailsPage", "Number")},
    {"address.postal_code", QT_TRANSLATE_NOOP("OrganizationDetailsPage", "Postal code")},
    {"address.city", QT_TRANSLATE_NOOP("OrganizationDetailsPage", "City")},
    {"address.country", QT_TRANSLATE_NOOP("OrganizationDetailsPage", "Country")},
    {"id", QT_TRANSLATE_NOOP("OrganizationDetailsPage", "Organization id")},
    {"type", QT_TRANSLATE_NOOP("OrganizationDetailsPage", "Type")},
    {"symbol", QT_TRANSLATE_NOOP("OrganizationDetailsPage", "Symbol")},
    {"pricing_tier", QT_TRANSLATE_NOOP("OrganizationDetailsPage", "Pricing tier")},
    {"free_user_limit", QT_TRANSLATE_NOOP("OrganizationDetailsPage", "Free user limit")},
    {"organization_use", QT_TRANSLATE_NOOP("OrganizationDetailsPage", "Production or sandbox")},
    {"parent_production_org_id",
     QT_TRANSLATE_NOOP("OrganizationDetailsPage", "Parent production org")},
    {"created_date", QT_TRANSLATE_NOOP("OrganizationDetailsPage", "Created")},
};

QString labelOf(const QString &key)
{
    for (const FieldLabel &field : fieldLabels) {
        if (key == QLatin1String(field.key))
            return QCoreApplication::translate("OrganizationDetailsPage", field.label);
    }
    return key;
}

QString changedStyle()
{
    return QStringLiteral("background-color: %1;").arg(Theme::name(Theme::Color::Highlight));
}

} // namespace

OrganizationDetailsPage::OrganizationDetailsPage(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(createHeader());
    layout->addLayout(createFieldColumns());
    layout->addWidget(createSignatureBox(), 1);
    layout->addLayout(createButtons());
    createSave();
    markChanges();
}

QLayout *OrganizationDetailsPage::createHeader()
{
    auto *header = new QHBoxLayout;
    m_logo = new QLabel(this);
    m_logo->setFixedSize(72, 72);
    m_logo->setAlignment(Qt::AlignCenter);
    m_logo->setStyleSheet(QStringLiteral("border: 1px solid palette(mid); border-radius: 4px;"));
    m_heading = new QLabel(this);
    m_heading->setTextFormat(Qt::RichText);
    header->addWidget(m_logo);
    header->addWidget(m_heading, 1);
    return header;
}

QLayout *OrganizationDetailsPage::createFieldColumns()
{
    auto *columns = new QHBoxLayout;
    auto *editable = new QGroupBox(tr("Contact and address"), this);
    auto *editableForm = new QFormLayout(editable);
    for (const QString &key : Organization::editableKeys()) {
        auto *edit = new QLineEdit(editable);
        auto *label = new QLabel(labelOf(key) + ':', editable);
        editableForm->addRow(label, edit);
        m_fields.insert(key, edit);
        m_fieldLabels.insert(key, label);
        // textChanged, not editingFinished: typed text counts as unsaved at once.
        connect(edit, &QLineEdit::textChanged, this, &OrganizationDetailsPage::markChanges);
    }
    auto *owned = new QGroupBox(tr("Kept by epilot (read-only)"), this);
    auto *ownedForm = new QFormLayout(owned);
    for (const QString &key : Organization::readOnlyKeys()) {
        auto *edit = new QLineEdit(owned);
        edit->setReadOnly(true);
        edit->setFrame(false);
        ownedForm->addRow(labelOf(key) + ':', edit);
        m_fields.insert(key, edit);
    }
    columns->addWidget(editable, 3);
    columns->addWidget(owned, 2);
    return columns;
}

QWidget *OrganizationDetailsPage::createSignatureBox()
{
    auto *box = new QGroupBox(tr("E-mail signature"), this);
    auto *layout = new QHBoxLayout(box);
    auto *editColumn = new QVBoxLayout;
    m_signatureLabel = new QLabel(tr("HTML:"), box);
    m_signature = new QPlainTextEdit(box);
    m_signature->setTabChangesFocus(true);
    editColumn->addWidget(m_signatureLabel);
    editColumn->addWidget(m_signature);
    auto *previewColumn = new QVBoxLayout;
    m_signaturePreview = new QTextBrowser(box);
    m_signaturePreview->setOpenLinks(false);
    previewColumn->addWidget(new QLabel(tr("Preview:"), box));
    previewColumn->addWidget(m_signaturePreview);
    layout->addLayout(editColumn, 1);
    layout->addLayout(previewColumn, 1);
    connect(m_signature, &QPlainTextEdit::textChanged, this, [this] {
        m_signaturePreview->setHtml(m_signature->toPlainText());
        markChanges();
    });
    return box;
}

QLayout *OrganizationDetailsPage::createButtons()
{
    auto *buttons = new QHBoxLayout;
    m_saveButton = new QPushButton(tr("Save changes"), this);
    m_revert = new QPushButton(tr("Revert"), this);
    m_status = new MessageWidget(MessageWidget::Style::Inline, this);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_status, 1);
    connect(m_saveButton, &QPushButton::clicked, this, &OrganizationDetailsPage::save);
    connect(m_revert, &QPushButton::clicked, this, &OrganizationDetailsPage::discard);
    return buttons;
}

void OrganizationDetailsPage::createSave()
{
    QList<ConflictCheckedSave::Field> fields;
    for (const QString &key : Organization::editableKeys())
        fields.append({key, labelOf(key)});
    fields.append({Organization::signatureKey(), tr("E-mail signature")});
    auto read = [this](QObject *context, ConflictCheckedSave::Values done,
                       ConflictCheckedSave::Failure failed) {
        m_status->showInfo(tr("Checking for changes made by others…"));
        m_session->organizations()->getOrganization(
            organizationId(), context, [this, done, failed](const ApiResult<QJsonObject> &result) {
                if (!result.ok())
                    return failed(tr("Not saved: %1").arg(result.error().message));
                m_fresh = Organization(result.value());
                done(m_fresh.editableValues());
            });
    };
    auto send = [this](const QJsonObject &changes, const QJsonObject &, QObject *context,
                       ConflictCheckedSave::Values done, ConflictCheckedSave::Failure failed) {
        m_status->showInfo(tr("Saving…"));
        const QJsonObject body = m_fresh.patchBody(changes);
        m_session->organizations()->updateOrganization(
            organizationId(), body, context,
            [this, body, done, failed](const ApiResult<QJsonObject> &result) {
                if (!result.ok())
                    return failed(tr("Not saved: %1").arg(result.error().message));
                m_fresh = m_fresh.merged(body).merged(result.value());
                done(m_fresh.editableValues());
            });
    };
    m_save = new ConflictCheckedSave(fields, read, send, this);
    m_save->setAsk([this](const FieldConflict &conflict, ConflictCheckedSave::Answer answer) {
        ConflictDialog::ask(this, conflict, this, answer);
    });
    connect(m_save, &ConflictCheckedSave::rebased, this,
            [this](const QJsonObject &values, const QJsonObject &) {
                // Their record is the loaded one now; the form keeps my edits over it.
                show(m_fresh);
                showValues(values);
            });
    connect(m_save, &ConflictCheckedSave::conflicted, this, [this](const FieldConflict &conflict) {
        const QString message = tr("Not saved yet: someone else changed %1 since you opened "
                                   "the organization. Choose which version to keep.")
                                    .arg(conflict.conflictingLabels());
        fail(message);
    });
    connect(m_save, &ConflictCheckedSave::saved, this, [this](const QJsonObject &) {
        show(m_fresh);
        m_status->showPositive(tr("Saved."));
        emit saved();
    });
    connect(m_save, &ConflictCheckedSave::failed, this, &OrganizationDetailsPage::fail);
    connect(m_save, &ConflictCheckedSave::finished, this,
            [this](ConflictCheckedSave::Outcome outcome) {
                markChanges();
                emit saveFinished(outcome == ConflictCheckedSave::Outcome::Saved);
            });
}

void OrganizationDetailsPage::fail(const QString &message)
{
    m_status->showError(message);
    emit saveFailed(message);
}

void OrganizationDetailsPage::load(const Organization &organization)
{
    if (m_save->isSaving())
        emit saveFinished(false); // the answers of that save are dropped now
    m_save->setBase(organization.editableValues());
    show(organization);
    FieldMessage::clearAll(this);
}

void OrganizationDetailsPage::show(const Organization &organization)
{
    m_showing = true;
    m_loaded = organization;
    for (const QString &key : Organization::editableKeys()) {
        m_fields.value(key)->setText(organization.text(key));
        m_fields.value(key)->setCursorPosition(0);
    }
    // Read-only values in words; the server's own value stays at hand in the tool tip.
    for (const QString &key : Organization::readOnlyKeys()) {
        QLineEdit *field = m_fields.value(key);
        const QString raw = organization.text(key);
        const QString readable = organization.readableText(key);
        field->setText(readable);
        field->setToolTip(readable == raw ? QString() : tr("Stored as \"%1\"").arg(raw));
        field->setCursorPosition(0);
    }
    m_signature->setPlainText(organization.text(Organization::signatureKey()));
    m_heading->setText(QStringLiteral("<span style='font-size:16pt; font-weight:600'>%1</span>"
                                      "<br><span style='color:%2'>%3</span>")
                           .arg(organization.name().toHtmlEscaped(),
                                Theme::name(Theme::Color::MutedText),
                                tr("Organization %1").arg(organization.id().toHtmlEscaped())));
    loadLogo(organization.logoUrl());
    m_showing = false;
    markChanges();
}

void OrganizationDetailsPage::showValues(const QJsonObject &values)
{
    m_showing = true;
    for (auto it = values.begin(); it != values.end(); ++it) {
        const QString value = it.value().toString();
        if (it.key() == Organization::signatureKey())
            m_signature->setPlainText(value);
        else if (QLineEdit *field = m_fields.value(it.key()))
            field->setText(value);
    }
    m_showing = false;
    markChanges();
}

QJsonObject OrganizationDetailsPage::formValues() const
{
    QJsonObject values;
    for (const QString &key : Organization::editableKeys())
        values.insert(key, m_fields.value(key)->text());
    values.insert(Organization::signatureKey(), m_signature->toPlainText());
    return values;
}

QJsonObject OrganizationDetailsPage::changes() const
{
    return m_loaded.patchBody(m_save->changes(formValues()));
}

bool OrganizationDetailsPage::hasUnsavedChanges() const
{
    return !m_loaded.isEmpty() && !m_save->changes(formValues()).isEmpty();
}

bool OrganizationDetailsPage::isSaving() const
{
    return m_save->isSaving();
}

void OrganizationDetailsPage::markField(QWidget *field, QLabel *label, bool changed)
{
    field->setStyleSheet(changed ? changedStyle() : QString());
    QFont font = label->font();
    font.setBold(changed);
    label->setFont(font);
}

void OrganizationDetailsPage::markChanges()
{
    if (m_showing)
        return;
    const QJsonObject changed = m_loaded.isEmpty() ? QJsonObject() : m_save->changes(formValues());
    for (const QString &key : Organization::editableKeys())
        markField(m_fields.value(key), m_fieldLabels.value(key), changed.contains(key));
    markField(m_signature, m_signatureLabel, changed.contains(Organization::signatureKey()));
    const bool saving = m_save->isSaving();
    m_saveButton->setEnabled(!changed.isEmpty() && !m_readOnly && !saving);
    m_revert->setEnabled(!changed.isEmpty() && !saving);
}

void OrganizationDetailsPage::save()
{
    if (m_save->isSaving())
        return; // its outcome comes with saveFinished()
    if (!hasUnsavedChanges()) {
        emit saveFinished(true);
        return;
    }
    if (m_readOnly) {
        m_status->showError(tr("This session is read-only; nothing was saved."));
        emit saveFinished(false);
        return;
    }
    if (!checkInput()) {
        fail(tr("Not saved: correct the marked fields."));
        emit saveFinished(false);
        return;
    }
    m_save->save(formValues());
    markChanges();
}

bool OrganizationDetailsPage::checkInput()
{
    FieldMessage::clearAll(this);
    const QJsonObject changed = m_save->changes(formValues());
    bool ok = true;
    auto check = [&](const QString &key, const QString &problem) {
        if (problem.isEmpty() || !changed.contains(key))
            return;
        FieldMessage::show(m_fields.value(key), problem);
        ok = false;
    };
    const QString name = m_fields.value(QStringLiteral("name"))->text();
    check(QStringLiteral("name"),
          InputRules::required(name).isEmpty() ? QString() : tr("The organization needs a name."));
    check(QStringLiteral("email"),
          InputRules::optionalEmail(m_fields.value(QStringLiteral("email"))->text()));
    check(QStringLiteral("website"),
          InputRules::webAddress(m_fields.value(QStringLiteral("website"))->text()));
    return ok;
}

void OrganizationDetailsPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (const QString &key : Organization::editableKeys())
        m_fields.value(key)->setReadOnly(readOnly);
    m_signature->setReadOnly(readOnly);
    markChanges();
}

void OrganizationDetailsPage::loadLogo(const QString &url)
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
    QNetworkReply *reply = m_session->client()->network()->get(request);
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
