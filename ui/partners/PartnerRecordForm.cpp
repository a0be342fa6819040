#include "ui/partners/PartnerRecordForm.h"

#include "controllers/ConflictCheckedSave.h"
#include "domain/common/InputRules.h"
#include "services/session/Session.h"
#include "ui/common/ConflictDialog.h"
#include "ui/common/FieldMessage.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace {
const QString kSlug = QStringLiteral("partner");
} // namespace

PartnerRecordForm::PartnerRecordForm(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    m_company = new QLineEdit;
    m_email = new QLineEdit;
    m_ownerEmail = new QLineEdit;
    m_ownerEmail->setPlaceholderText(tr("Where invitations go instead, if set"));
    m_description = new QLineEdit;
    m_saveButton = new QPushButton(tr("Save details"));
    m_revertButton = new QPushButton(tr("Revert"));

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Company:"), m_company);
    form->addRow(tr("E-mail:"), m_email);
    form->addRow(tr("Owner e-mail:"), m_ownerEmail);
    form->addRow(tr("Description:"), m_description);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);
    form->addRow(buttons);

    for (QLineEdit *edit : {m_company, m_email, m_ownerEmail, m_description})
        connect(edit, &QLineEdit::textChanged, this, [this] {
            updateButtons();
            emit changed();
        });
    connect(m_saveButton, &QPushButton::clicked, this, &PartnerRecordForm::save);
    connect(m_revertButton, &QPushButton::clicked, this, &PartnerRecordForm::discard);
    buildSave();
    clearRecord();
}

void PartnerRecordForm::buildSave()
{
    const QList<ConflictCheckedSave::Field> fields{
        {PartnerRecord::keyOf(PartnerRecord::Detail::CompanyName), tr("Company")},
        {PartnerRecord::keyOf(PartnerRecord::Detail::Email), tr("E-mail")},
        {PartnerRecord::keyOf(PartnerRecord::Detail::OwnerEmail), tr("Owner e-mail")},
        {PartnerRecord::keyOf(PartnerRecord::Detail::Description), tr("Description")}};
    auto read = [this](QObject *context, ConflictCheckedSave::Values done,
                       ConflictCheckedSave::Failure failed) {
        m_session->entities()->getEntity(
            kSlug, m_record.id(), context, [done, failed](const ApiResult<QJsonObject> &result) {
                if (!result.ok())
                    return failed(tr("Not saved: %1").arg(result.error().message));
                const auto record = PartnerRecord::fromEntityAnswer(result.value());
                if (!record)
                    return failed(tr("Not saved: the server's answer holds no partner record."));
                done(record->editableValues());
            });
    };
    auto send = [this](const QJsonObject &changes, const QJsonObject &, QObject *context,
                       ConflictCheckedSave::Values done, ConflictCheckedSave::Failure failed) {
        m_session->entities()->patchEntity(
            kSlug, m_record.id(), changes, context,
            [this, done, failed](const ApiResult<QJsonObject> &result) {
                if (!result.ok())
                    return failed(tr("Not saved: %1").arg(result.error().message));
                const auto record = PartnerRecord::fromJson(result.value());
                if (!record)
                    return failed(tr("Not saved: the server's answer holds no partner record."));
                m_record = *record;
                done(record->editableValues());
            });
    };
    m_save = new ConflictCheckedSave(fields, read, send, this);
    m_save->setAsk([this](const FieldConflict &conflict, ConflictCheckedSave::Answer answer) {
        ConflictDialog::ask(this, conflict, this, answer);
    });
    connect(m_save, &ConflictCheckedSave::rebased, this,
            [this](const QJsonObject &values, const QJsonObject &) { showValues(values); });
    connect(m_save, &ConflictCheckedSave::saved, this, [this](const QJsonObject &stored) {
        showValues(stored);
        m_save->setBase(stored);
        updateButtons();
        emit message(MessageWidget::Level::Positive,
                     tr("Saved the details of %1.").arg(m_record.companyName()));
        emit recordSaved(m_record);
    });
    connect(m_save, &ConflictCheckedSave::failed, this,
            [this](const QString &text) { emit message(MessageWidget::Level::Error, text); });
    connect(m_save, &ConflictCheckedSave::finished, this,
            [this](ConflictCheckedSave::Outcome outcome) {
                updateButtons();
                emit saveFinished(outcome == ConflictCheckedSave::Outcome::Saved);
            });
}

void PartnerRecordForm::showRecord(const PartnerRecord &record)
{
    m_record = record;
    FieldMessage::clearAll(this);
    m_save->setBase(record.editableValues());
    showValues(record.editableValues());
    setEnabled(true);
    updateButtons();
}

void PartnerRecordForm::clearRecord()
{
    m_record = PartnerRecord();
    FieldMessage::clearAll(this);
    m_save->setBase({});
    showValues({});
    setEnabled(false);
}

QJsonObject PartnerRecordForm::values() const
{
    return PartnerRecord::Details{m_company->text().trimmed(), m_email->text().trimmed(),
                                  m_ownerEmail->text().trimmed(), m_description->text().trimmed()}
        .toValues();
}

void PartnerRecordForm::showValues(const QJsonObject &values)
{
    const QSignalBlocker company(m_company), email(m_email), owner(m_ownerEmail),
        description(m_description);
    const PartnerRecord::Details details = PartnerRecord::Details::fromValues(values);
    m_company->setText(details.companyName);
    m_email->setText(details.email);
    m_ownerEmail->setText(details.ownerEmail);
    m_description->setText(details.description);
    updateButtons();
}

bool PartnerRecordForm::hasUnsavedChanges() const
{
    return !m_record.id().isEmpty() && !m_save->changes(values()).isEmpty();
}

bool PartnerRecordForm::isSaving() const
{
    return m_save->isSaving();
}

bool PartnerRecordForm::validate()
{
    bool bad = FieldMessage::report(m_company, InputRules::required(m_company->text()));
    bad = FieldMessage::report(m_email, InputRules::email(m_email->text())) || bad;
    bad =
        FieldMessage::report(m_ownerEmail, InputRules::optionalEmail(m_ownerEmail->text())) || bad;
    return !bad;
}

void PartnerRecordForm::save()
{
    if (!hasUnsavedChanges()) {
        QMetaObject::invokeMethod(
            this, [this] { emit saveFinished(true); }, Qt::QueuedConnection);
        return;
    }
    if (m_readOnly || !validate()) {
        if (!m_readOnly)
            emit message(MessageWidget::Level::Error, tr("Not saved: correct the marked fields."));
        QMetaObject::invokeMethod(
            this, [this] { emit saveFinished(false); }, Qt::QueuedConnection);
        return;
    }
    m_save->save(values());
    updateButtons();
}

void PartnerRecordForm::discard()
{
    FieldMessage::clearAll(this);
    showValues(m_save->base());
}

void PartnerRecordForm::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QLineEdit *edit : {m_company, m_email, m_ownerEmail, m_description})
        edit->setReadOnly(readOnly);
    updateButtons();
}

void PartnerRecordForm::updateButtons()
{
    const bool changed = hasUnsavedChanges();
    m_saveButton->setEnabled(changed && !m_readOnly && !isSaving());
    m_revertButton->setEnabled(changed && !isSaving());
}
