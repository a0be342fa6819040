#include "ui/users/UserDetailPanel.h"

#include "controllers/UserRolesEditor.h"
#include "domain/common/InputRules.h"
#include "domain/users/Group.h"
#include "services/session/Session.h"
#include "ui/common/ConflictDialog.h"
#include "ui/common/FieldMessage.h"
#include "ui/common/Theme.h"
#include "ui/security/RecordHistoryDialog.h"
#include "ui/users/UserRolesSection.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPair>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

// The status in the interface language, as the list shows it.
QString statusWord(const User &user)
{
    switch (user.status()) {
    case User::Status::Active:
        return QCoreApplication::translate("UserDetailPanel", "Active");
    case User::Status::Pending:
        return QCoreApplication::translate("UserDetailPanel", "Pending");
    case User::Status::Deactivated:
        return QCoreApplication::translate("UserDetailPanel", "Deactivated");
    case User::Status::Deleted:
        return QCoreApplication::translate("UserDetailPanel", "Deleted");
    case User::Status::Unknown:
        break;
    }
    return user.statusText();
}

// A changed field is tinted.
QString changedStyle()
{
    return QStringLiteral("background: %1;").arg(Theme::name(Theme::Color::Highlight));
}

// The checked fields with what is wrong with each (empty when its value is fine or unchanged),
// against the UserV2 schema.
QList<QPair<QWidget *, QString>> problems(const UserEditor *editor, QLineEdit *const fields[],
                                          QComboBox *language)
{
    auto value = [editor](UserEditor::Field field) { return editor->value(field).toString(); };
    auto ifChanged = [editor](UserEditor::Field field, const QString &problem) {
        return editor->isChanged(field) ? problem : QString();
    };
    const QString code = value(UserEditor::PreferredLanguage);
    return {{fields[UserEditor::Email],
             ifChanged(UserEditor::Email, InputRules::email(value(UserEditor::Email)))},
            {language,
             ifChanged(UserEditor::PreferredLanguage,
                       InputRules::language(code.isEmpty() ? language->currentText() : code))},
            {fields[UserEditor::CustomStartPage],
             ifChanged(UserEditor::CustomStartPage,
                       InputRules::startPage(value(UserEditor::CustomStartPage)))},
            {fields[UserEditor::Phone],
             ifChanged(UserEditor::Phone, InputRules::phone(value(UserEditor::Phone)))},
            {fields[UserEditor::SecondaryPhone],
             ifChanged(UserEditor::SecondaryPhone,
                       InputRules::phone(value(UserEditor::SecondaryPhone)))}};
}

// Each problem shown at its field, each fine field without a message; true when all are fine.
bool checkInput(const UserEditor *editor, QLineEdit *const fields[], QComboBox *language)
{
    bool ok = true;
    for (const auto &[field, problem] : problems(editor, fields, language)) {
        if (FieldMessage::report(field, problem))
            ok = false;
    }
    return ok;
}

} // namespace

UserDetailPanel::UserDetailPanel(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_editor(new UserEditor(session->users(), this))
{
    buildForm();
    connect(m_editor, &UserEditor::edited, this, &UserDetailPanel::updateMarks);
    connect(m_editor, &UserEditor::edited, this, &UserDetailPanel::onEdited);
    connect(m_editor, &UserEditor::saved, this, [this](const User &user) {
        fill(user);
        m_message->showPositive(
            user.draftEmail().isEmpty()
                ? tr("Saved.")
                : tr("Saved. The new e-mail address waits for %1 to confirm it.")
                      .arg(user.label()));
        emit userSaved(user);
        restoreFocus();
        saveStepFinished(true);
    });
    connect(m_editor, &UserEditor::saveFailed, this, [this](const QString &message) {
        m_message->showError(tr("Not saved: %1").arg(message));
        updateMarks();
        restoreFocus();
        saveStepFinished(false);
    });
    connect(m_editor, &UserEditor::rebased, this, &UserDetailPanel::fill);
    connect(m_editor, &UserEditor::conflicted, this, &UserDetailPanel::askAboutConflict);
    connectRoles();
    showUser({});
}

void UserDetailPanel::buildForm()
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_empty = new QLabel(tr("Select a user to see and edit the details."), this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(Theme::textStyle(Theme::Color::MutedText) +
                           QStringLiteral(" padding: 24px;"));
    outer->addWidget(m_empty);

    // The form scrolls; its message and buttons stay below it, always in view.
    m_content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    m_scroll = new QScrollArea(m_content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *inner = new QWidget(m_scroll);
    m_scroll->setWidget(inner);
    contentLayout->addWidget(m_scroll, 1);
    outer->addWidget(m_content);

    auto *layout = new QVBoxLayout(inner);
    m_header = new QLabel(inner);
    QFont big = m_header->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_header->setFont(big);
    m_subtitle = new QLabel(inner);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Long names and addresses wrap: the panel is narrow beside the list, never scrolled sideways.
    m_header->setWordWrap(true);
    m_subtitle->setWordWrap(true);
    auto *headerRow = new QHBoxLayout();
    headerRow->addWidget(m_header, 1);
    m_history = new QPushButton(tr("History…"), inner);
    m_history->setToolTip(tr("What was done to this user, from the audit log"));
    connect(m_history, &QPushButton::clicked, this, [this] {
        RecordHistoryDialog::showFor(m_session, {AuditRecord::Kind::User, m_userId},
                                     m_header->text(), this);
    });
    headerRow->addWidget(m_history, 0, Qt::AlignTop);
    layout->addLayout(headerRow);
    layout->addWidget(m_subtitle);

    m_form = new QFormLayout();
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // In a narrow column beside the list a row that does not fit puts its field under its label
    // instead of widening the panel (and squeezing the list into scrolling sideways).
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    layout->addLayout(m_form);
    auto addLine = [this, inner](UserEditor::Field field, const QString &placeholder = {}) {
        auto *line = new QLineEdit(inner);
        line->setPlaceholderText(placeholder);
        line->setObjectName(UserEditor::key(field));
        m_lines[field] = line;
        connect(line, &QLineEdit::textEdited, this,
                [this, field](const QString &text) { m_editor->setValue(field, text); });
        m_form->addRow(UserEditor::label(field), line);
    };
    addLine(UserEditor::DisplayName);
    addLine(UserEditor::Email);
    m_draftEmail = new QLabel(inner);
    m_draftEmail->setWordWrap(true);
    m_draftEmail->setStyleSheet(
        QStringLiteral("background: %1; color: %2; border-radius: 4px; padding: 4px;")
            .arg(Theme::name(Theme::Color::WarningBackground),
                 Theme::name(Theme::Color::TextOnBackground)));
    m_form->addRow(QString(), m_draftEmail);
    addLine(UserEditor::Department);
    addLine(UserEditor::Phone);
    addLine(UserEditor::SecondaryPhone);

    m_language = new QComboBox(inner);
    m_language->setEditable(true);
    m_language->addItem(tr("German (de)"), QStringLiteral("de"));
    m_language->addItem(tr("English (en)"), QStringLiteral("en"));
    m_language->setObjectName(UserEditor::key(UserEditor::PreferredLanguage));
    connect(m_language, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_filling && index >= 0)
            m_editor->setValue(UserEditor::PreferredLanguage,
                               m_language->itemData(index).isValid()
                                   ? m_language->itemData(index)
                                   : QVariant(m_language->itemText(index).trimmed()));
    });
    m_form->addRow(UserEditor::label(UserEditor::PreferredLanguage), m_language);
    addLine(UserEditor::CustomStartPage, QStringLiteral("/app/dashboard"));

    m_signatureEnabled = new QCheckBox(tr("Add the signature to e-mails"), inner);
    m_signatureEnabled->setObjectName(UserEditor::key(UserEditor::SignatureEnabled));
    connect(m_signatureEnabled, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_filling)
            m_editor->setValue(UserEditor::SignatureEnabled, on);
    });
    m_form->addRow(UserEditor::label(UserEditor::SignatureEnabled), m_signatureEnabled);
    m_signature = new QPlainTextEdit(inner);
    m_signature->setObjectName(UserEditor::key(UserEditor::Signature));
    m_signature->setPlaceholderText(tr("HTML, e.g. <p>Best regards</p>"));
    m_signature->setMaximumHeight(80);
    m_signaturePreview = new QTextBrowser(inner);
    m_signaturePreview->setMaximumHeight(80);
    m_signaturePreview->setOpenLinks(false);
    m_signaturePreview->setToolTip(tr("Preview of the signature"));
    connect(m_signature, &QPlainTextEdit::textChanged, this, [this] {
        m_signaturePreview->setHtml(m_signature->toPlainText());
        if (!m_filling)
            m_editor->setValue(UserEditor::Signature, m_signature->toPlainText());
    });
    m_form->addRow(UserEditor::label(UserEditor::Signature), m_signature);
    m_form->addRow(tr("Preview"), m_signaturePreview);

    m_roles = new UserRolesSection(m_session, inner);
    m_form->addRow(tr("Roles"), m_roles);
    m_groups = new QLabel(inner);
    m_groups->setWordWrap(true);
    m_groups->setTextFormat(Qt::RichText);
    connect(m_groups, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(QLatin1String("group:")))
            emit groupActivated(link.mid(6));
    });
    m_form->addRow(tr("Groups"), m_groups);

    // The message shares the buttons' row, which sits on the panel's bottom edge: the buttons
    // hang from that edge, so a message of one line or two, coming or going, never moves them.
    m_message = new MessageWidget(MessageWidget::Style::Inline, m_content);
    auto *buttons = new QHBoxLayout();
    buttons->setContentsMargins(layout->contentsMargins().left(), 0,
                                layout->contentsMargins().right(), 0);
    buttons->addWidget(m_message, 4, Qt::AlignVCenter);
    buttons->addStretch(1);
    m_revert = new QPushButton(tr("Revert"), m_content);
    m_save = new QPushButton(tr("Save"), m_content);
    m_save->setDefault(true);
    connect(m_revert, &QPushButton::clicked, this, &UserDetailPanel::revert);
    connect(m_save, &QPushButton::clicked, this, &UserDetailPanel::save);
    buttons->addWidget(m_revert, 0, Qt::AlignBottom);
    buttons->addWidget(m_save, 0, Qt::AlignBottom);
    contentLayout->addLayout(buttons);
    layout->addStretch();
    // The checked fields have their message's room from the start: Save never moves.
    for (QWidget *checked :
         {static_cast<QWidget *>(m_lines[UserEditor::Email]), static_cast<QWidget *>(m_language),
          static_cast<QWidget *>(m_lines[UserEditor::CustomStartPage]),
          static_cast<QWidget *>(m_lines[UserEditor::Phone]),
          static_cast<QWidget *>(m_lines[UserEditor::SecondaryPhone])})
        FieldMessage::reserve(checked);
}

QLineEdit *UserDetailPanel::field(UserEditor::Field field) const
{
    return m_lines[field];
}

void UserDetailPanel::showUser(const QString &userId)
{
    ++m_generation;
    if (m_loadCall)
        m_loadCall->cancel();
    m_userId = userId;
    m_message->clear();
    m_fieldsMarked = false;
    FieldMessage::clearAll(this);
    if (userId != m_editor->original().id()) {
        // Another person: the previous one's form goes at once, so nothing typed while the
        // next one loads lands on the wrong person.
        m_editor->clear();
        m_roles->clear();
        m_content->hide();
        m_empty->show();
    }
    if (userId.isEmpty()) {
        m_empty->setText(tr("Select a user to see and edit the details."));
        return;
    }
    m_empty->setText(tr("Loading…"));
    const quint64 generation = m_generation;
    m_loadCall = m_session->users()->getUserV2(
        userId, this, [this, generation](const ApiResult<QJsonObject> &result) {
            if (generation != m_generation)
                return;
            QString error = result.ok() ? QString() : result.error().message;
            std::optional<User> user;
            if (result.ok())
                user = User::fromJson(result.value(), &error);
            if (!user) {
                m_content->hide();
                m_empty->show();
                m_empty->setText(tr("The user could not be loaded: %1").arg(error));
                emit loadFailed(error);
                return;
            }
            m_editor->load(*user);
            fill(*user);
            m_empty->hide();
            m_content->show();
            loadRolesAndGroups(*user);
        });
}

void UserDetailPanel::fill(const User &user)
{
    m_filling = true;
    m_header->setText(user.label());
    m_subtitle->setText(tr("%1 · %2 · id %3").arg(user.email(), statusWord(user), user.id()));
    for (int field = 0; field < UserEditor::FieldCount; ++field) {
        if (!m_lines[field])
            continue;
        m_lines[field]->setText(m_editor->value(UserEditor::Field(field)).toString());
        if (!m_lines[field]->hasFocus())
            m_lines[field]->setCursorPosition(0); // a long address shows its start
    }
    // The editor's values, not the user's: after a merge the form holds some of each side.
    const QString language = m_editor->value(UserEditor::PreferredLanguage).toString();
    int languageIndex = m_language->findData(language);
    if (languageIndex < 0 && !language.isEmpty()) {
        m_language->addItem(language, language);
        languageIndex = m_language->count() - 1;
    }
    m_language->setCurrentIndex(languageIndex);
    const QString signature = m_editor->value(UserEditor::Signature).toString();
    m_signature->setPlainText(signature);
    m_signaturePreview->setHtml(signature);
    m_signatureEnabled->setChecked(m_editor->value(UserEditor::SignatureEnabled).toBool());
    const QString draft = user.draftEmail();
    m_draftEmail->setVisible(!draft.isEmpty());
    m_draftEmail->setText(tr("Pending change to %1: it takes effect when the user confirms it "
                             "from the verification e-mail.")
                              .arg(draft));
    m_filling = false;
    updateMarks();
}

void UserDetailPanel::loadRolesAndGroups(const User &user)
{
    m_groups->setText(tr("Loading…"));
    const quint64 generation = m_generation;
    const QString id = user.id();
    // UserV2 has no roles; the Permissions API holds them (and edits them).
    if (m_roles->editor()->userId() != id || !m_roles->editor()->hasChanges())
        m_roles->load(id);
    m_session->users()->getGroupsForUser(
        id, this, [this, generation](const ApiResult<QJsonArray> &result) {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                m_groups->setText(tr("Not available: %1").arg(result.error().message));
                return;
            }
            QStringList links;
            for (const QJsonValue &value : result.value()) {
                if (const auto group = Group::fromJson(value.toObject()))
                    links << QStringLiteral("<a href=\"group:%1\">%2</a>")
                                 .arg(group->id().toHtmlEscaped(), group->name().toHtmlEscaped());
            }
            m_groups->setText(links.isEmpty() ? tr("In no group")
                                              : links.join(QLatin1String(", ")));
        });
}

QWidget *UserDetailPanel::labelFor(UserEditor::Field field) const
{
    QWidget *widget = m_lines[field];
    if (field == UserEditor::PreferredLanguage)
        widget = m_language;
    else if (field == UserEditor::Signature)
        widget = m_signature;
    else if (field == UserEditor::SignatureEnabled)
        widget = m_signatureEnabled;
    return widget ? m_form->labelForField(widget) : nullptr;
}

void UserDetailPanel::updateMarks()
{
    for (int index = 0; index < UserEditor::FieldCount; ++index) {
        const auto field = UserEditor::Field(index);
        const bool changed = m_editor->isChanged(field);
        if (auto *label = qobject_cast<QLabel *>(labelFor(field))) {
            // A dot and bold type mark the label; the field itself is tinted.
            label->setText(changed ? QStringLiteral("● ") + UserEditor::label(field)
                                   : UserEditor::label(field));
            label->setToolTip(changed ? tr("Changed, not saved yet") : QString());
            QFont font = label->font();
            font.setBold(true);
            // Room for the marked form up front, so marking never squeezes the label.
            label->setMinimumWidth(QFontMetrics(font).horizontalAdvance(label->text()) + 2);
            font.setBold(changed);
            label->setFont(font);
        }
        QWidget *editor = m_lines[field];
        if (field == UserEditor::Signature)
            editor = m_signature;
        if (editor)
            editor->setStyleSheet(changed ? changedStyle() : QString());
    }
    // The panel is never narrower than its form with its marked (bold) labels, in the interface
    // language: the splitter beside the list then never squeezes it into scrolling sideways.
    m_content->setMinimumWidth(m_scroll->widget()->minimumSizeHint().width() +
                               m_content->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4);
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_roles))) {
        const bool changed = m_roles->editor()->hasChanges();
        label->setText(changed ? QStringLiteral("● ") + tr("Roles") : tr("Roles"));
        label->setToolTip(changed ? tr("Changed, not saved yet") : QString());
        QFont font = label->font();
        font.setBold(changed);
        label->setFont(font);
    }
    const bool dirty = hasUnsavedChanges();
    m_save->setEnabled(dirty && !m_readOnly && !isSaving());
    m_revert->setEnabled(dirty);
}

bool UserDetailPanel::hasUnsavedChanges() const
{
    return m_editor->hasChanges() || m_roles->editor()->hasChanges();
}

bool UserDetailPanel::isSaving() const
{
    return m_editor->isSaving() || m_roles->editor()->isSaving();
}

void UserDetailPanel::connectRoles()
{
    UserRolesEditor *roles = m_roles->editor();
    connect(m_roles, &UserRolesSection::edited, this, &UserDetailPanel::updateMarks);
    connect(roles, &UserRolesEditor::saved, this, [this, roles] {
        if (!m_editor->isSaving())
            m_message->showPositive(tr("Saved."));
        emit rolesSaved(roles->userId(), roles->loadedRoles());
        saveStepFinished(true);
    });
    connect(roles, &UserRolesEditor::saveFailed, this, [this, roles] {
        m_message->showError(tr("Not saved: a role change failed (see Roles)."));
        emit rolesSaved(roles->userId(), roles->loadedRoles());
        saveStepFinished(false);
    });
}

void UserDetailPanel::saveStepFinished(bool ok)
{
    if (m_savesRunning == 0)
        return; // not a save of this panel's Save (e.g. a conflict answered later)
    m_savesOk = m_savesOk && ok;
    if (--m_savesRunning == 0) {
        updateMarks();
        emit saveFinished(m_savesOk);
    }
}

void UserDetailPanel::save()
{
    const bool fields = m_editor->hasChanges();
    const bool roles = m_roles->editor()->hasChanges();
    if ((!fields && !roles) || m_readOnly || isSaving())
        return;
    m_focusBeforeSave = QApplication::focusWidget();
    FieldMessage::clearAll(this);
    m_fieldsMarked = fields && !checkInput(m_editor, m_lines, m_language);
    if (m_fieldsMarked) {
        m_message->showError(tr("Not saved: correct the marked fields."));
        return;
    }
    m_message->showInfo(tr("Saving…"));
    // A disabled button hands its focus to the next widget in the window (the Activity
    // panel's filter, say): the field being worked on keeps it instead.
    if (m_save->hasFocus() && m_lastEdited)
        m_lastEdited->setFocus(Qt::OtherFocusReason);
    m_save->setEnabled(false);
    m_savesRunning = int(fields) + int(roles);
    m_savesOk = true;
    if (roles)
        m_roles->editor()->save();
    if (fields)
        m_editor->save();
}

void UserDetailPanel::onEdited()
{
    if (QWidget *focus = QApplication::focusWidget(); focus && isAncestorOf(focus))
        m_lastEdited = focus;
    if (!m_fieldsMarked)
        return;
    // After a refused save a marked field loses its mark once its value is fine; until then it
    // keeps the message it has (the same text, so the same room: nothing moves while typing).
    // The last one fixed takes the "correct the marked fields" message with it.
    bool anyMarked = false;
    for (const auto &[field, problem] : problems(m_editor, m_lines, m_language)) {
        const QString shown = FieldMessage::textOf(field);
        if (shown.isEmpty())
            continue;
        if (problem.isEmpty()) {
            FieldMessage::clear(field);
        } else {
            FieldMessage::show(field, shown); // about the value typed now: stays on this edit
            anyMarked = true;
        }
    }
    if (!anyMarked) {
        m_fieldsMarked = false;
        m_message->clear();
    }
}

void UserDetailPanel::restoreFocus()
{
    // Back where the person was working: the widget focused before Save, or, when that was the
    // Save button (disabled now), the field edited last.
    QWidget *target = m_focusBeforeSave;
    if (!target || target == m_save || !target->isEnabled() || !target->isVisible())
        target = m_lastEdited;
    QWidget *focus = QApplication::focusWidget();
    const bool workingHere = focus && focus != m_save && isAncestorOf(focus);
    if (target && target->isEnabled() && target->isVisible() && !workingHere)
        target->setFocus(Qt::OtherFocusReason);
}

void UserDetailPanel::askAboutConflict(const FieldConflict &conflict)
{
    const QString userId = m_userId;
    ConflictDialog::ask(
        this, conflict, this,
        [this, userId](ConflictDialog::Resolution resolution, const FieldConflict &chosen) {
            if (userId != m_userId)
                return; // another user is shown by now
            if (resolution == ConflictDialog::Resolution::KeepTheirs)
                m_message->showInfo(tr("Their version of %1 is in the form now. Your "
                                       "other edits are kept, not saved yet.")
                                        .arg(chosen.conflictingLabels()));
            else if (FieldConflict::sends(resolution))
                m_message->showInfo(tr("Saving…"));
            m_editor->resolve(chosen, resolution);
        });
}

void UserDetailPanel::revert()
{
    m_editor->revert();
    m_roles->editor()->revert();
    fill(m_editor->original());
    m_message->clear();
}

void UserDetailPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QLineEdit *line : m_lines) {
        if (line)
            line->setReadOnly(readOnly);
    }
    m_signature->setReadOnly(readOnly);
    m_signatureEnabled->setEnabled(!readOnly);
    m_language->setEnabled(!readOnly);
    m_roles->setReadOnly(readOnly);
    updateMarks();
}
