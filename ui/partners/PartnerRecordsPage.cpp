#include "ui/partners/PartnerRecordsPage.h"

#include "controllers/SearchDebouncer.h"
#include "domain/common/InputRules.h"
#include "models/PartnerRecordListModel.h"
#include "services/session/Session.h"
#include "ui/common/Confirmation.h"
#include "ui/common/EmptyStateOverlay.h"
#include "ui/common/FieldMessage.h"
#include "ui/partners/PartnerRecordForm.h"
#include "ui/partners/PartnerStageText.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {
const QString kSlug = QStringLiteral("partner");
const QString kRequest = QStringLiteral("Request");
} // namespace

PartnerRecordsPage::PartnerRecordsPage(Session *session, QWidget *parent)
    : PartnerPage(session, parent), m_model(new PartnerRecordListModel(session->entities(), this)),
      m_debouncer(new SearchDebouncer(this))
{
    m_model->setStageWords(&PartnerStageText::words);
    auto *split = new QSplitter;
    split->addWidget(buildList());
    split->addWidget(buildDetails());
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(buildInviteBox());

    connect(m_model, &PartnerRecordListModel::pageLoaded, this, [this] {
        if (!m_currentId.isEmpty())
            selectRecord(m_currentId);
    });
    connect(m_model, &PartnerRecordListModel::errorChanged, this, [this](const QString &text) {
        if (!text.isEmpty())
            showError(text);
    });
    connect(m_debouncer, &SearchDebouncer::searchRequested, this, [this](const QString &text) {
        m_model->setFilter(m_filter->currentData().toString(), text);
    });
    connect(m_form, &PartnerRecordForm::message, this, &PartnerRecordsPage::message);
    connect(m_form, &PartnerRecordForm::saveFinished, this, &PartnerRecordsPage::saveFinished);
    connect(m_form, &PartnerRecordForm::recordSaved, this, [this](const PartnerRecord &record) {
        m_model->upsert(record);
        showCurrent();
        emit recordChanged(record.id());
    });
    showCurrent();
}

QWidget *PartnerRecordsPage::buildList()
{
    m_filter = new QComboBox;
    m_filter->setAccessibleName(tr("Show partners"));
    // Requests waiting first: they are what an administrator has to act on.
    m_filter->addItem(PartnerStageText::words(PartnerRecord::Stage::Requested), kRequest);
    m_filter->addItem(tr("All partners"), QString());
    m_filter->addItem(tr("%1 or %2")
                          .arg(PartnerStageText::words(PartnerRecord::Stage::Active),
                               PartnerStageText::words(PartnerRecord::Stage::Invited)),
                      QStringLiteral("Invited"));
    m_filter->addItem(PartnerStageText::words(PartnerRecord::Stage::NotInvited),
                      QStringLiteral("Pending"));
    m_filter->addItem(PartnerStageText::words(PartnerRecord::Stage::Rejected),
                      QStringLiteral("Rejected"));
    m_filter->addItem(PartnerStageText::words(PartnerRecord::Stage::Removed),
                      QStringLiteral("Deleted"));
    m_filter->setCurrentIndex(1);
    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Search company or e-mail"));
    m_search->setClearButtonEnabled(true);
    m_view = new QTableView;
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(PartnerRecordListModel::Company,
                                                     QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(PartnerRecordListModel::Email,
                                                     QHeaderView::Stretch);
    for (int column : {PartnerRecordListModel::Status, PartnerRecordListModel::Since})
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_view->setAccessibleName(tr("Partner records"));
    auto *state = new EmptyStateOverlay(
        m_view, tr("No partner records here. Invite a partner below, or show all partners."));
    state->follow(m_model, [this] { load(); });

    connect(m_filter, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setFilter(m_filter->currentData().toString(), m_search->text()); });
    connect(m_search, &QLineEdit::textChanged, m_debouncer, &SearchDebouncer::setText);
    connect(m_search, &QLineEdit::returnPressed, m_debouncer, &SearchDebouncer::flush);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &index) { chooseRow(index.isValid() ? index.row() : -1); });

    auto *box = new QWidget;
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Show:")));
    top->addWidget(m_filter);
    top->addWidget(m_search, 1);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    return box;
}

QWidget *PartnerRecordsPage::buildDetails()
{
    m_title = new QLabel;
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_stage = new QLabel;
    m_stage->setWordWrap(true);
    m_invite = new QPushButton(tr("Send invitation"));
    m_approve = new QPushButton(tr("Approve request…"));
    m_reject = new QPushButton(tr("Reject request…"));
    m_remove = new QPushButton(tr("Remove partner…"));
    m_form = new PartnerRecordForm(session());

    connect(m_invite, &QPushButton::clicked, this, &PartnerRecordsPage::sendInvitation);
    connect(m_approve, &QPushButton::clicked, this, &PartnerRecordsPage::approveRequest);
    connect(m_reject, &QPushButton::clicked, this, &PartnerRecordsPage::rejectRequest);
    connect(m_remove, &QPushButton::clicked, this, &PartnerRecordsPage::removeRecord);

    auto *actions = new QHBoxLayout;
    for (QPushButton *button : {m_invite, m_approve, m_reject})
        actions->addWidget(button);
    actions->addStretch(); // the destructive action apart from the others
    actions->addWidget(m_remove);
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_stage);
    layout->addLayout(actions);
    layout->addWidget(m_form);
    layout->addStretch();
    return box;
}

QWidget *PartnerRecordsPage::buildInviteBox()
{
    m_newCompany = new QLineEdit;
    m_newCompany->setPlaceholderText(tr("Company name"));
    m_newEmail = new QLineEdit;
    m_newEmail->setPlaceholderText(tr("name@company.example"));
    m_language = new QComboBox;
    m_language->addItem(tr("German"), QStringLiteral("de"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_inviteNew = new QPushButton(tr("Create and invite"));
    connect(m_inviteNew, &QPushButton::clicked, this, &PartnerRecordsPage::inviteNewPartner);
    connect(m_newEmail, &QLineEdit::returnPressed, this, &PartnerRecordsPage::inviteNewPartner);

    auto *box = new QGroupBox(tr("Invite a new partner"));
    auto *form = new QFormLayout(box);
    form->addRow(tr("Company:"), m_newCompany);
    form->addRow(tr("E-mail:"), m_newEmail);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Invitation language:")));
    row->addWidget(m_language);
    row->addStretch();
    row->addWidget(m_inviteNew);
    form->addRow(row);
    return box;
}

// ---- loading and choosing -----------------------------------------------------------------------

void PartnerRecordsPage::load()
{
    m_model->setActive(true);
    m_model->setFilter(m_filter->currentData().toString(), m_search->text());
    countRequests();
}

// Opens on the requests waiting when there are any, and says how many in the filter.
void PartnerRecordsPage::countRequests()
{
    EntitySearch search;
    search.q = QStringLiteral("_schema:partner AND status:") + kRequest;
    search.size = 0;
    const bool first = m_requests < 0;
    session()->entities()->searchEntities(
        search, this, [this, first](const ApiResult<QJsonObject> &result) {
            if (!result.ok())
                return;
            m_requests = PartnerRecord::searchHits(result.value());
            const QString words = PartnerStageText::words(PartnerRecord::Stage::Requested);
            m_filter->setItemText(0, m_requests > 0 ? tr("%1 (%2)").arg(words).arg(m_requests)
                                                    : words);
            if (first && m_requests > 0)
                m_filter->setCurrentIndex(0);
        });
}

void PartnerRecordsPage::setStatusFilter(const QString &status)
{
    const int index = m_filter->findData(status);
    if (index >= 0)
        m_filter->setCurrentIndex(index);
}

bool PartnerRecordsPage::selectRecord(const QString &id)
{
    const int row = m_model->indexOfRecord(id);
    if (row < 0)
        return false;
    m_view->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    chooseRow(row);
    return true;
}

void PartnerRecordsPage::chooseRow(int row)
{
    const QString id = row >= 0 ? m_model->record(row).id() : QString();
    if (id == m_form->record().id() && !id.isEmpty()) {
        showCurrent();
        return;
    }
    if (m_form->hasUnsavedChanges() &&
        !Confirmation::ask(
            this, tr("Discard changes"),
            tr("Discard your changes to the details of %1?").arg(m_form->record().companyName()),
            tr("Discard"))) {
        selectRecord(m_form->record().id());
        return;
    }
    m_currentId = id;
    if (row >= 0)
        m_form->showRecord(m_model->record(row));
    else
        m_form->clearRecord();
    showCurrent();
}

const PartnerRecord &PartnerRecordsPage::current() const
{
    static const PartnerRecord none;
    const int row = m_model->indexOfRecord(m_currentId);
    return row >= 0 ? m_model->record(row) : none;
}

// Offers what fits the chosen record's stage.
void PartnerRecordsPage::showCurrent()
{
    const PartnerRecord &record = current();
    const bool chosen = !record.id().isEmpty();
    const PartnerRecord::Stage stage = record.stage();
    m_title->setText(chosen ? record.companyName() : tr("No partner chosen"));
    m_stage->setText(
        chosen ? tr("%1. %2").arg(PartnerStageText::words(stage), PartnerStageText::hint(stage))
               : tr("Choose a partner in the list, or invite a new one below."));
    const bool canWrite = chosen && !isReadOnly();
    m_invite->setText(stage == PartnerRecord::Stage::Invited ? tr("Resend invitation")
                                                             : tr("Send invitation"));
    m_invite->setVisible(stage == PartnerRecord::Stage::NotInvited ||
                         stage == PartnerRecord::Stage::Invited ||
                         stage == PartnerRecord::Stage::Rejected);
    m_approve->setVisible(stage == PartnerRecord::Stage::Requested);
    m_reject->setVisible(stage == PartnerRecord::Stage::Requested);
    m_remove->setVisible(chosen && stage != PartnerRecord::Stage::Removed);
    for (QPushButton *button : {m_invite, m_approve, m_reject, m_remove})
        button->setEnabled(canWrite);
}

// ---- actions ------------------------------------------------------------------------------------

QString PartnerRecordsPage::language() const
{
    return m_language->currentData().toString();
}

void PartnerRecordsPage::inviteNewPartner()
{
    if (isReadOnly())
        return;
    bool bad = FieldMessage::report(m_newCompany, InputRules::required(m_newCompany->text()));
    bad = FieldMessage::report(m_newEmail, InputRules::email(m_newEmail->text())) || bad;
    if (bad)
        return;
    const PartnerRecord draft = PartnerRecord::draft(m_newCompany->text(), m_newEmail->text());
    busy(1);
    m_inviteNew->setEnabled(false);
    session()->entities()->createEntity(
        kSlug, draft.createBody(), this, [this, draft](const ApiResult<QJsonObject> &result) {
            busy(-1);
            m_inviteNew->setEnabled(!isReadOnly());
            const auto record = result.ok() ? PartnerRecord::fromJson(result.value())
                                            : std::optional<PartnerRecord>();
            if (!record) {
                showError(tr("%1 was not added: %2")
                              .arg(draft.companyName(),
                                   result.ok() ? tr("the server's answer holds no partner record")
                                               : result.error().message));
                return;
            }
            m_newCompany->clear();
            m_newEmail->clear();
            m_model->upsert(*record);
            m_currentId = record->id();
            selectRecord(record->id());
            invite(record->id(), record->companyName(),
                   tr("Added %1 and sent the invitation to %2.")
                       .arg(record->companyName(), record->email()));
        });
}

void PartnerRecordsPage::sendInvitation()
{
    const PartnerRecord &record = current();
    if (record.id().isEmpty() || isReadOnly())
        return;
    invite(record.id(), record.companyName(),
           tr("Sent the invitation to %1 (%2).")
               .arg(record.companyName(),
                    record.ownerEmail().isEmpty() ? record.email() : record.ownerEmail()));
}

void PartnerRecordsPage::invite(const QString &id, const QString &companyName, const QString &done)
{
    busy(1);
    session()->partners()->invitePartnerV2(
        id, language(), this, [this, id, companyName, done](const ApiResult<QJsonObject> &result) {
            busy(-1);
            if (!result.ok()) {
                showError(tr("The invitation to %1 was not sent: %2")
                              .arg(companyName, result.error().message));
                return;
            }
            refreshRecord(id, done);
        });
}

void PartnerRecordsPage::approveRequest()
{
    decide(true);
}

void PartnerRecordsPage::rejectRequest()
{
    decide(false);
}

void PartnerRecordsPage::decide(bool approve)
{
    const PartnerRecord record = current();
    if (record.id().isEmpty() || isReadOnly())
        return;
    const QString name = record.companyName();
    const bool confirmed =
        approve ? Confirmation::ask(this, tr("Approve partner request"),
                                    tr("Approve the request of %1? They can then work with your "
                                       "organization's shared entities.")
                                        .arg(name),
                                    tr("Approve"))
                : Confirmation::ask(this, tr("Reject partner request"),
                                    tr("Reject the request of %1?").arg(name), tr("Reject"));
    if (!confirmed)
        return;
    auto call = approve ? &PartnerDirectoryService::approvePartner
                        : &PartnerDirectoryService::rejectPartner;
    const QString done = approve ? tr("Approved the request of %1.").arg(name)
                                 : tr("Rejected the request of %1.").arg(name);
    busy(1);
    (session()->partners()->*call)(
        record.id(), this,
        [this, id = record.id(), name, approve, done](const ApiResult<QJsonObject> &result) {
            busy(-1);
            if (!result.ok()) {
                showError((approve ? tr("The request of %1 was not approved: %2")
                                   : tr("The request of %1 was not rejected: %2"))
                              .arg(name, result.error().message));
                return;
            }
            refreshRecord(id, done);
            countRequests();
        });
}

void PartnerRecordsPage::removeRecord()
{
    const PartnerRecord record = current();
    if (record.id().isEmpty() || isReadOnly())
        return;
    const QString name = record.companyName();
    if (!Confirmation::ask(this, tr("Remove partner"),
                           tr("Remove %1 from your partners? The partnership ends and the record "
                              "leaves the list.")
                               .arg(name),
                           tr("Remove")))
        return;
    busy(1);
    session()->entities()->deleteEntity(
        kSlug, record.id(), this, [this, id = record.id(), name](const ApiResult<void> &result) {
            busy(-1);
            if (!result.ok()) {
                showError(tr("%1 was not removed: %2").arg(name, result.error().message));
                return;
            }
            m_model->remove(id);
            m_currentId.clear();
            m_form->clearRecord();
            showCurrent();
            showPositive(tr("Removed %1.").arg(name));
            emit recordChanged(id);
        });
}

void PartnerRecordsPage::refreshRecord(const QString &id, const QString &done)
{
    busy(1);
    session()->entities()->getEntity(
        kSlug, id, this, [this, id, done](const ApiResult<QJsonObject> &result) {
            busy(-1);
            const auto record = result.ok() ? PartnerRecord::fromEntityAnswer(result.value())
                                            : std::optional<PartnerRecord>();
            if (record) {
                m_model->upsert(*record);
                if (m_form->record().id() == id && !m_form->hasUnsavedChanges())
                    m_form->showRecord(*record);
            }
            showCurrent();
            showPositive(done);
            emit recordChanged(id);
        });
}

// ---- the page protocol --------------------------------------------------------------------------

void PartnerRecordsPage::save()
{
    m_form->save();
}

void PartnerRecordsPage::discard()
{
    m_form->discard();
}

bool PartnerRecordsPage::hasUnsavedChanges() const
{
    return m_form->hasUnsavedChanges();
}

bool PartnerRecordsPage::isSaving() const
{
    return m_form->isSaving();
}

void PartnerRecordsPage::setReadOnly(bool readOnly)
{
    PartnerPage::setReadOnly(readOnly);
    m_form->setReadOnly(readOnly);
    for (QWidget *widget :
         {static_cast<QWidget *>(m_newCompany), static_cast<QWidget *>(m_newEmail),
          static_cast<QWidget *>(m_inviteNew)})
        widget->setEnabled(!readOnly);
    showCurrent();
}

void PartnerRecordsPage::focusInvite()
{
    m_newCompany->setFocus();
}

void PartnerRecordsPage::focusSearch()
{
    m_search->setFocus();
}
