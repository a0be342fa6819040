#include "ui/users/InviteDialog.h"

#include "domain/common/InputRules.h"
#include "domain/users/InvitationCsv.h"
#include "domain/users/User.h"
#include "models/InvitationBatch.h"
#include "models/OrganizationRoles.h"
#include "services/session/Session.h"
#include "ui/common/ChipPicker.h"
#include "ui/common/Confirmation.h"
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
    : QDialog(parent), m_session(session), m_batch(new InvitationBatch(session->users(), this)),
      m_orgRoles(new OrganizationRoles(session->permissions(), this))
{
    m_batch->setRoleNamer([this](const QString &id) { return m_orgRoles->catalog().label(id); });
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

    m_rolePicker = new ChipPicker(this);
    m_rolePicker->setObjectName(QStringLiteral("inviteRoles"));
    m_rolePicker->setPlaceholderText(tr("Pick a role by name…"));
    m_rolePicker->setUnknownText(
        tr("No role named \"%1\" in this organization. Pick one from the list."));
    m_rolePicker->setToolTip(tr("The roles every invited person gets. Remove one with its × "
                                "button."));
    connect(m_rolePicker, &ChipPicker::changed, this, [this] { m_batch->setRoles(roles()); });
    form->addRow(tr("Roles"), m_rolePicker);
    layout->addLayout(form);

    m_table = new QTableView(this);
    m_table->setModel(m_batch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(InvitationBatch::Address, 230);
    m_table->horizontalHeader()->resizeSection(InvitationBatch::Roles, 160);
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
    connect(m_orgRoles, &OrganizationRoles::loaded, this, [this] {
        updateRoleOptions();
        applyCsvRoles();
    });
    connect(m_orgRoles, &OrganizationRoles::failed, this, [this](const QString &message) {
        m_rolePicker->setPlaceholderText(tr("The role list could not be loaded: %1").arg(message));
    });
    m_orgRoles->load(m_session->organizationId());
}

QComboBox *InviteDialog::roleBox() const
{
    return m_rolePicker->picker();
}

void InviteDialog::updateRoleOptions()
{
    const RoleCatalog &catalog = m_orgRoles->catalog();
    QList<ChipPicker::Option> options;
    for (const PermissionRole &role : catalog.assignable())
        options << ChipPicker::Option{
            role.id(), role.name(), catalog.details(role.id()), {role.slug()}};
    m_rolePicker->setOptions(options);
    m_batch->setRoles(roles()); // the Roles column names them now
}

void InviteDialog::applyCsvRoles()
{
    const RoleCatalog &catalog = m_orgRoles->catalog();
    if (m_csvRoleCells.isEmpty() || !catalog.isLoaded())
        return;
    QHash<QString, InvitationBatch::RowRoles> rows;
    for (auto cell = m_csvRoleCells.cbegin(); cell != m_csvRoleCells.cend(); ++cell) {
        const RoleCatalog::Resolution resolution = catalog.resolveList(cell.value());
        rows.insert(cell.key(),
                    {resolution.roleIds, resolution.unknown, m_csvLines.value(cell.key())});
    }
    m_batch->setRowRoles(rows);
    onAddressesChanged();
    const QString unknown = unknownRolesNote();
    if (unknown.isEmpty())
        FieldMessage::clear(m_addresses);
    else
        FieldMessage::show(m_addresses, unknown);
}

QString InviteDialog::unknownRolesNote() const
{
    QStringList rows;
    for (const InvitationBatch::Entry &entry : m_batch->entries()) {
        if (entry.outcome == InvitationBatch::Outcome::UnknownRole)
            rows << entry.address + QStringLiteral(": ") + entry.detail;
    }
    if (rows.isEmpty())
        return {};
    return tr("Unknown role, so not invited (correct the file and import it again):") +
           QLatin1Char('\n') + rows.join(QLatin1Char('\n'));
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
    for (auto cell = csv.roleCells.cbegin(); cell != csv.roleCells.cend(); ++cell) {
        m_csvRoleCells.insert(cell.key(), cell.value());
        m_csvLines.insert(cell.key(), csv.lines.value(cell.key()));
    }
    const QString unused =
        csv.unusedColumnsNote() +
        (csv.hasRolesColumn ? QLatin1Char(' ') + tr("Each row's roles (column \"roles\") "
                                                    "are shown in the table below.")
                            : QString());
    m_importNote->showMessage(unused.isEmpty() ? MessageWidget::Level::Info
                                               : MessageWidget::Level::Warning,
                              unused.isEmpty() ? imported : imported + QLatin1Char(' ') + unused);
    QString text = m_addresses->toPlainText().trimmed();
    if (!text.isEmpty())
        text += QLatin1Char('\n');
    m_addresses->setPlainText(text + addresses.join(QLatin1Char('\n')));
    applyCsvRoles();
}

bool InviteDialog::addRole()
{
    return m_rolePicker->addTyped();
}

void InviteDialog::removeRole(const QString &roleId)
{
    QList<ChipPicker::Chip> chips = m_rolePicker->chips();
    chips.removeIf([&roleId](const ChipPicker::Chip &chip) { return chip.key == roleId; });
    m_rolePicker->setChips(chips);
    m_batch->setRoles(roles());
}

QStringList InviteDialog::roles() const
{
    return m_rolePicker->keys();
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
    // A role still typed in the box counts too; one that names no role stops the sending.
    if (!roleBox()->currentText().trimmed().isEmpty() && !addRole())
        return;
    if (!m_csvRoleCells.isEmpty() && !m_orgRoles->catalog().isLoaded()) {
        FieldMessage::show(roleBox(), m_orgRoles->error().isEmpty()
                                          ? tr("The organization's roles are still loading; the "
                                               "file's roles are resolved by name with them.")
                                          : tr("The role list could not be loaded (%1), so the "
                                               "file's roles cannot be resolved.")
                                                .arg(m_orgRoles->error()));
        return;
    }
    if (m_sent) // the same list again: start over so every address is checked anew
        onAddressesChanged();
    // Malformed addresses are named next to the list; the valid ones still go out.
    QStringList invalid;
    for (const InvitationBatch::Entry &entry : m_batch->entries()) {
        if (entry.outcome == InvitationBatch::Outcome::Invalid)
            invalid << entry.address;
    }
    // Rows naming an unknown role are pointed at as well; they are not sent either.
    QStringList problems;
    if (!invalid.isEmpty())
        problems << tr("Not an e-mail address, so not invited: %1")
                        .arg(invalid.join(QLatin1String(", ")));
    if (const QString unknown = unknownRolesNote(); !unknown.isEmpty())
        problems << unknown;
    if (problems.isEmpty())
        FieldMessage::clear(m_addresses);
    else
        FieldMessage::show(m_addresses, problems.join(QLatin1Char('\n')));
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
    // Without a role epilot gives only the root role: asked once, before anything is sent.
    int withoutRole = 0;
    for (const InvitationBatch::Entry &entry : m_batch->entries()) {
        const bool goes = entry.outcome == InvitationBatch::Outcome::Waiting ||
                          entry.outcome == InvitationBatch::Outcome::Failed;
        withoutRole += goes && m_batch->rolesOf(entry).isEmpty();
    }
    if (withoutRole > 0 && !m_askedNoRole) {
        if (!Confirmation::ask(this, tr("Invite without a role"),
                               tr("%n invitation(s) carry no role. epilot then gives only the "
                                  "organization's root role, so these people can do little until "
                                  "someone gives them a role. Invite anyway?",
                                  nullptr, withoutRole),
                               tr("Invite without a role"))) {
            roleBox()->setFocus();
            return;
        }
        m_askedNoRole = true;
    }
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
    add(Outcome::UnknownRole, tr("%1 with an unknown role"));
    add(Outcome::Waiting, tr("%1 to invite"));
    m_summary->setText(total == 0 ? tr("Type or paste addresses above.")
                                  : tr("%n address(es): ", nullptr, total) +
                                        parts.join(QLatin1String(", ")));
    m_retry->setEnabled(!m_batch->isRunning() && m_batch->count(Outcome::Failed) > 0);
    m_send->setEnabled(!m_batch->isRunning());
}
