#include "ui/partners/PartnershipPage.h"

#include "domain/common/InputRules.h"
#include "services/session/Session.h"
#include "ui/common/Confirmation.h"
#include "ui/common/FieldMessage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

PartnershipPage::PartnershipPage(Session *session, QWidget *parent) : PartnerPage(session, parent)
{
    m_partnerId = new QLineEdit;
    m_partnerId->setPlaceholderText(tr("Partner id (UUID of the partner record)"));
    m_language = new QComboBox;
    m_language->addItem(tr("German"), QStringLiteral("de"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_invite = new QPushButton(tr("Send invitation"));
    m_approve = new QPushButton(tr("Approve request…"));
    m_reject = new QPushButton(tr("Reject request…"));
    auto *form = new QFormLayout;
    form->addRow(tr("Partner:"), m_partnerId);
    auto *inviteRow = new QHBoxLayout;
    inviteRow->addWidget(new QLabel(tr("Language:")));
    inviteRow->addWidget(m_language);
    inviteRow->addWidget(m_invite);
    inviteRow->addStretch();
    form->addRow(QString(), inviteRow);
    auto *decideRow = new QHBoxLayout;
    decideRow->addWidget(m_approve);
    decideRow->addWidget(m_reject);
    decideRow->addStretch();
    form->addRow(QString(), decideRow);

    m_records = new QTableWidget(0, 4);
    m_records->setHorizontalHeaderLabels({tr("Partner"), tr("E-mail"), tr("Status"), tr("Id")});
    m_records->horizontalHeader()->setStretchLastSection(true);
    m_records->verticalHeader()->hide();
    m_records->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_records->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_records->setWordWrap(false);

    auto *layout = new QVBoxLayout(this);
    auto *note = new QLabel(tr("Partner records are created in epilot (entities). Paste a "
                               "partner's id here, or pick a partner organization on the left."));
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("<b>Partner records handled here</b> (status as the server "
                                    "answered)")));
    layout->addWidget(m_records, 1);

    connect(m_invite, &QPushButton::clicked, this, &PartnershipPage::inviteFromForm);
    connect(m_approve, &QPushButton::clicked, this,
            [this] { approvePartner(m_partnerId->text().trimmed()); });
    connect(m_reject, &QPushButton::clicked, this,
            [this] { rejectPartner(m_partnerId->text().trimmed()); });
    connect(m_records, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && m_records->item(row, 3))
            m_partnerId->setText(m_records->item(row, 3)->text());
    });
}

void PartnershipPage::inviteFromForm()
{
    const QString partnerId = m_partnerId->text().trimmed();
    const QString language = m_language->currentData().toString();
    const bool idOk = !FieldMessage::report(m_partnerId, InputRules::required(partnerId).isEmpty()
                                                             ? QString()
                                                             : tr("Enter the partner's id."));
    if (FieldMessage::report(m_language, InputRules::language(language)) || !idOk)
        return;
    invitePartner(partnerId, language);
}

QString PartnershipPage::recordStatus(const QString &partnerId) const
{
    for (const Partner &partner : m_partners) {
        if (partner.id() == partnerId)
            return partner.statusText();
    }
    return {};
}

void PartnershipPage::rememberPartner(const Partner &partner)
{
    bool replaced = false;
    for (Partner &known : m_partners) {
        if (known.id() == partner.id()) {
            known = partner;
            replaced = true;
        }
    }
    if (!replaced)
        m_partners.prepend(partner);
    showRecords();
    emit partnerChanged(partner);
}

void PartnershipPage::showRecords()
{
    m_records->setRowCount(int(m_partners.size()));
    for (int row = 0; row < m_partners.size(); ++row) {
        const Partner &item = m_partners.at(row);
        m_records->setItem(row, 0, new QTableWidgetItem(item.label()));
        m_records->setItem(row, 1, new QTableWidgetItem(item.email()));
        m_records->setItem(row, 2, new QTableWidgetItem(Partner::statusLabel(item.status())));
        m_records->setItem(row, 3, new QTableWidgetItem(item.id()));
    }
    m_records->resizeColumnsToContents();
}

void PartnershipPage::invitePartner(const QString &partnerId, const QString &language)
{
    if (isReadOnly())
        return;
    busy(1);
    session()->partners()->invitePartnerV2(
        partnerId, language, this, [this](const ApiResult<QJsonObject> &result) {
            busy(-1);
            if (!result.ok()) {
                showError(tr("Invitation not sent: %1").arg(result.error().message));
                return;
            }
            if (const auto partner = Partner::fromJson(result.value())) {
                rememberPartner(*partner);
                showInfo(tr("Invitation sent to %1 (%2): status %3.")
                             .arg(partner->label(), partner->email(), partner->statusText()));
            }
        });
}

void PartnershipPage::approvePartner(const QString &partnerId)
{
    decidePartner(partnerId, &PartnerDirectoryService::approvePartner,
                  {tr("Approve partner"),
                   tr("Approve the partner request of %1? They can then work with your "
                      "organization's shared entities."),
                   tr("Approve"), tr("Not approved: %1"), tr("Approved %1.")});
}

void PartnershipPage::rejectPartner(const QString &partnerId)
{
    decidePartner(partnerId, &PartnerDirectoryService::rejectPartner,
                  {tr("Reject partner"), tr("Reject the partner request of %1?"), tr("Reject"),
                   tr("Not rejected: %1"), tr("Rejected %1.")});
}

void PartnershipPage::decidePartner(const QString &partnerId, Decision decision,
                                    const DecisionTexts &texts)
{
    if (isReadOnly() || partnerId.isEmpty())
        return;
    QString name = partnerId;
    for (const Partner &partner : std::as_const(m_partners)) {
        if (partner.id() == partnerId)
            name = partner.label();
    }
    if (!Confirmation::ask(this, texts.title, texts.question.arg(name), texts.button))
        return;
    busy(1);
    (session()->partners()->*decision)(
        partnerId, this, [this, texts](const ApiResult<QJsonObject> &result) {
            busy(-1);
            if (!result.ok()) {
                showError(texts.failed.arg(result.error().message));
                return;
            }
            if (const auto partner = Partner::fromJson(result.value())) {
                rememberPartner(*partner);
                showInfo(texts.done.arg(partner->label()));
            }
        });
}

void PartnershipPage::setReadOnly(bool readOnly)
{
    PartnerPage::setReadOnly(readOnly);
    for (QPushButton *button : {m_invite, m_approve, m_reject})
        button->setEnabled(!readOnly);
}
