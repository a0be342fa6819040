#include "ui/users/InviteDialog.h"

#include "domain/common/InputRules.h"
#include "domain/users/InvitationCsv.h"
#include "domain/users/User.h"
#include "models/InvitationBatch.h"
#include "services/session/Session.h"
#include "ui/common/FieldMessage.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/MessageWidget.h"
#include "ui/common/Theme.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

InviteDialog::InviteDialog(Session *session, QWidget *parent)
    : QDialog(parent), m_session(session), m_batch(new InvitationBatch(session->users(), this))
{
    setWindowTitle(tr("Invite users"));
    resize(720, 620);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout();

    auto *addressRow = new QVBoxLayout();
    m_addresses = new QPlainTextEdit(this);
    m_addresses->setPlaceholderText(
        tr("One or more e-mail addresses: one per line, or separated by commas. "
           "You can paste a list."));
    m_addresses->setMaximumHeight(110);
    auto *import = new QPushButton(tr("Import from CSV…"), this);
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path =
            FileDialogs::openFile(this, tr("Import addresses"), tr("CSV (*.csv *.txt)"));
        if (!path.isEmpty())
            importCsv(path);
    });
    auto *importRow = new QHBoxLayout();
    importRow->addWidget(import);
    importRow->addStretch();
    addressRow->addWidget(m_addresses);
    addressRow->addLayout(importRow);
    m_importNote = new MessageWidget(MessageWidget::Style::Inline, this);
    addressRow->addWidget(m_importNote);
    form->addRow(tr("Addresses"), addressRow);

    m_language = new QComboBox(this);
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("German"), QStringLiteral("de"));
    m_language->setCurrentIndex(m_language->findData(defaultLanguage()));
    m_language->setToolTip(tr("Language of the invitation e-mail"));
    form->addRow(tr("Language"), m_language);

    auto *roleRow = new QHBoxLayout();
    m_role = new QComboBox(this);
    m_role->setEditable(true);
    m_role->lineEdit()->setPlaceholderText(tr("Pick a role, or type one (e.g. %1:admin) and press "
                                              "Enter")
                                               .arg(session->organizationId().isEmpty()
                                                        ? QStringLiteral("123")
                                                        : session->organizationId()));
    m_role->setInsertPolicy(QComboBox::NoInsert);
    m_role->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_role->completer()->setFilterMode(Qt::MatchContains);
    // A role picked from the list (or its completion) is added at once; typed ones on Enter.
    connect(m_role, &QComboBox::activated, this, [this] { addRole(); });
    auto *addRoleButton = new QPushButton(tr("Add role"), this);
    connect(addRoleButton, &QPushButton::clicked, this, &InviteDialog::addRole);
    connect(m_role->lineEdit(), &QLineEdit::returnPressed, this, &InviteDialog::addRole);
    roleRow->addWidget(m_role, 1);
    roleRow->addWidget(addRoleButton);
    m_roles = new QListWidget(this);
    m_roles->setObjectName(QStringLiteral("inviteRoles"));
    m_roles->setMaximumHeight(72);
    m_roles->setFlow(QListView::LeftToRight);
    m_roles->setWrapping(true);
    m_roles->setResizeMode(QListView::Adjust);
    m_roles->setSpacing(2);
    m_roles->setToolTip(tr("The roles the invited people get. Remove one with its × button or "
                           "the Delete key."));
    auto *removeKey =
        new QShortcut(QKeySequence::Delete, m_roles, nullptr, nullptr, Qt::WidgetShortcut);
    connect(removeKey, &QShortcut::activated, this, [this] {
        if (QListWidgetItem *item = m_roles->currentItem())
            removeRole(item->data(Qt::UserRole).toString());
    });
    auto *roleColumn = new QVBoxLayout();
    roleColumn->addLayout(roleRow);
    roleColumn->addWidget(m_roles);
    form->addRow(tr("Roles"), roleColumn);
    layout->addLayout(form);

    m_table = new QTableView(this);
    m_table->setModel(m_batch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(InvitationBatch::Address, 260);
    m_table->horizontalHeader()->resizeSection(InvitationBatch::Result, 120);
    layout->addWidget(m_table, 1);

    m_progress = new QProgressBar(this);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *buttons = new QDialogButtonBox(this);
    m_retry = buttons->addButton(tr("Retry failed"), QDialogButtonBox::ActionRole);
    m_retry->setEnabled(false);
    m_send = buttons->addButton(tr("Send invitations"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Close);
    connect(m_send, &QPushButton::clicked, this, &InviteDialog::send);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        m_progress->show();
        m_batch->retryFailed();
        updateSummary();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        m_batch->cancel();
        reject();
    });
    layout->addWidget(buttons);

    connect(m_addresses, &QPlainTextEdit::textChanged, this, &InviteDialog::onAddressesChanged);
    connect(m_batch, &InvitationBatch::progress, this, [this](int done, int total) {
        m_progress->setMaximum(qMax(1, total));
        m_progress->setValue(done);
    });
    connect(m_batch, &InvitationBatch::finished, this, [this] {
        m_progress->hide();
        updateSummary();
        if (m_batch->count(InvitationBatch::Outcome::Invited) > 0)
            emit invited();
    });
    connect(m_batch, &QAbstractItemModel::dataChanged, this, &InviteDialog::updateSummary);
    loadKnownRoles();
    updateSummary();
}

QString InviteDialog::defaultLanguage()
{
    return QLocale().language() == QLocale::German ? QStringLiteral("de") : QStringLiteral("en");
}

void InviteDialog::loadKnownRoles()
{
    // Completion offers the role ids already given to people (V1 users carry them).
    m_session->users()->listUsers({}, {}, 200, 0, this,
                                  [this](const ApiResult<QJsonArray> &result) {
                                      if (!result.ok())
                                          return;
                                      QStringList roles;
                                      for (const QJsonValue &value : result.value()) {
                                          if (const auto user = User::fromJson(value.toObject()))
                                              roles << user->roles();
                                      }
                                      roles.removeDuplicates();
                                      roles.sort();
                                      const QString typed = m_role->currentText();
                                      m_role->clear();
                                      m_role->addItems(roles);
                                      m_role->setCurrentText(typed);
                                  });
}

void InviteDialog::importCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Import"),
                             tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    const InvitationCsv csv = InvitationCsv::parse(file.read(10 * 1024 * 1024));
    const QStringList &addresses = csv.addresses;
    if (addresses.isEmpty()) {
        QMessageBox::warning(this, tr("Import"),
                             tr("No e-mail addresses found in %1. The file needs a column "
                                "headed \"email\", or cells containing addresses.")
                                 .arg(path));
        return;
    }
    const QString imported = tr("%n address(es) imported from %1.", nullptr, int(addresses.size()))
                                 .arg(QFileInfo(path).fileName());
    const QString unused = csv.unusedColumnsNote();
    m_importNote->showMessage(unused.isEmpty() ? MessageWidget::Level::Info
                                               : MessageWidget::Level::Warning,
                              unused.isEmpty() ? imported : imported + QLatin1Char(' ') + unused);
    QString text = m_addresses->toPlainText().trimmed();
    if (!text.isEmpty())
        text += QLatin1Char('\n');
    m_addresses->setPlainText(text + addresses.join(QLatin1Char('\n')));
}

bool InviteDialog::addRole()
{
    static const QRegularExpression full(QStringLiteral("^[^:\\s]+:[^:\\s]+$"));
    static const QRegularExpression slug(QStringLiteral("^[^:\\s]+$"));
    QString role = m_role->currentText().trimmed();
    if (role.isEmpty())
        return false;
    // A role typed without its organization is one of this organization's roles.
    const QString organization = m_session->organizationId();
    if (slug.match(role).hasMatch() && !organization.isEmpty())
        role = organization + QLatin1Char(':') + role;
    if (!full.match(role).hasMatch()) {
        FieldMessage::show(m_role, tr("\"%1\" is not a role id. Role ids look like "
                                      "<organization id>:<role>, e.g. 739224:admin.")
                                       .arg(role));
        return false;
    }
    FieldMessage::clear(m_role);
    if (!roles().contains(role))
        addRoleChip(role);
    m_role->setCurrentIndex(-1);
    m_role->setCurrentText(QString());
    return true;
}

void InviteDialog::addRoleChip(const QString &role)
{
    auto *item = new QListWidgetItem(m_roles);
    item->setData(Qt::UserRole, role);
    item->setToolTip(role);
    auto *chip = new QWidget(m_roles);
    chip->setObjectName(QStringLiteral("roleChip"));
    chip->setAttribute(Qt::WA_StyledBackground);
    chip->setStyleSheet(QStringLiteral("#roleChip { background: %1; border: 1px solid %2; "
                                       "border-radius: 10px; } QLabel { color: %3; }")
                            .arg(Theme::name(Theme::Color::InfoBackground),
                                 Theme::name(Theme::Color::InfoBorder),
                                 Theme::name(Theme::Color::TextOnBackground)));
    auto *row = new QHBoxLayout(chip);
    row->setContentsMargins(8, 1, 2, 1);
    row->setSpacing(2);
    row->addWidget(new QLabel(role, chip));
    auto *remove = new QToolButton(chip);
    remove->setText(QStringLiteral("×"));
    remove->setAutoRaise(true);
    remove->setToolTip(tr("Remove %1").arg(role));
    remove->setAccessibleName(tr("Remove role %1").arg(role));
    connect(remove, &QToolButton::clicked, this, [this, role] { removeRole(role); });
    row->addWidget(remove);
    item->setSizeHint(chip->sizeHint());
    m_roles->setItemWidget(item, chip);
}

void InviteDialog::removeRole(const QString &role)
{
    for (int row = 0; row < m_roles->count(); ++row) {
        if (m_roles->item(row)->data(Qt::UserRole).toString() == role) {
            delete m_roles->takeItem(row);
            return;
        }
    }
}

QStringList InviteDialog::roles() const
{
    QStringList result;
    for (int row = 0; row < m_roles->count(); ++row)
        result << m_roles->item(row)->data(Qt::UserRole).toString();
    return result;
}

void InviteDialog::onAddressesChanged()
{
    if (m_batch->isRunning())
        return;
    m_sent = false;
    m_batch->setAddresses(InvitationBatch::splitAddresses(m_addresses->toPlainText()));
    updateSummary();
}

void InviteDialog::send()
{
    if (m_batch->isRunning())
        return;
    // A role still typed in the box counts too.
    if (!m_role->currentText().trimmed().isEmpty() && !addRole())
        return;
    if (m_sent) // the same list again: start over so every address is checked anew
        onAddressesChanged();
    // Malformed addresses are named next to the list; the valid ones still go out.
    QStringList invalid;
    for (const InvitationBatch::Entry &entry : m_batch->entries()) {
        if (entry.outcome == InvitationBatch::Outcome::Invalid)
            invalid << entry.address;
    }
    if (!invalid.isEmpty())
        FieldMessage::show(
            m_addresses,
            tr("Not an e-mail address, so not invited: %1").arg(invalid.join(QLatin1String(", "))));
    else
        FieldMessage::clear(m_addresses);
    if (m_batch->sendable() == 0) {
        FieldMessage::show(m_addresses, invalid.isEmpty()
                                            ? tr("There is no valid address to invite yet.")
                                            : tr("No valid address to invite: %1 is not an "
                                                 "e-mail address (name@example.com).")
                                                  .arg(invalid.join(QLatin1String(", "))));
        return;
    }
    const QString language = m_language->currentData().toString();
    if (const QString problem = InputRules::language(language); !problem.isEmpty()) {
        FieldMessage::show(m_language, problem);
        return;
    }
    m_batch->setLanguage(language);
    m_batch->setRoles(roles());
    m_sent = true;
    m_progress->show();
    m_batch->run();
    updateSummary();
}

void InviteDialog::updateSummary()
{
    using Outcome = InvitationBatch::Outcome;
    const int total = m_batch->rowCount();
    QStringList parts;
    auto add = [&](Outcome outcome, const QString &text) {
        if (const int count = m_batch->count(outcome))
            parts << text.arg(count);
    };
    add(Outcome::Invited, tr("%1 invited"));
    add(Outcome::AlreadyUser, tr("%1 already a user"));
    add(Outcome::Failed, tr("%1 failed"));
    add(Outcome::Invalid, tr("%1 invalid"));
    add(Outcome::Duplicate, tr("%1 duplicate"));
    add(Outcome::Waiting, tr("%1 to invite"));
    m_summary->setText(total == 0 ? tr("Type or paste addresses above.")
                                  : tr("%n address(es): ", nullptr, total) +
                                        parts.join(QLatin1String(", ")));
    m_retry->setEnabled(!m_batch->isRunning() && m_batch->count(Outcome::Failed) > 0);
    m_send->setEnabled(!m_batch->isRunning());
}
