#include "ui/groups/GroupDialog.h"

#include "domain/common/InputRules.h"
#include "services/session/Session.h"
#include "ui/common/ConflictDialog.h"
#include "ui/common/FieldMessage.h"
#include "ui/common/Theme.h"
#include "ui/groups/GroupAvatar.h"
#include "ui/groups/GroupMemberEditor.h"

#include <QAction>
#include <QColorDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QVBoxLayout>

GroupDialog::GroupDialog(Session *session, const Group &group,
                         const QHash<QString, QString> &labels, QWidget *parent)
    : QDialog(parent), m_session(session), m_group(group)
{
    const bool creating = group.isEmpty();
    setWindowTitle(creating ? tr("New group") : tr("Edit group %1").arg(group.name()));
    resize(560, 520);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout();
    m_preview = new GroupAvatarWidget(this);
    top->addWidget(m_preview, 0, Qt::AlignTop);
    auto *form = new QFormLayout();
    m_name = new QLineEdit(group.name(), this);
    m_name->setPlaceholderText(tr("e.g. Field service"));
    m_abbreviation = new QLineEdit(group.abbreviation(), this);
    m_abbreviation->setMaxLength(2);
    m_abbreviation->setMaximumWidth(60);
    m_abbreviationTyped = !group.abbreviation().isEmpty();
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &name) {
        if (!m_abbreviationTyped)
            m_abbreviation->setText(Group::suggestAbbreviation(name));
        updatePreview();
    });
    connect(m_abbreviation, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_abbreviationTyped = !text.isEmpty();
        if (!m_abbreviationTyped)
            m_abbreviation->setText(Group::suggestAbbreviation(m_name->text()));
        updatePreview();
    });
    form->addRow(tr("Name"), m_name);
    auto *abbreviationRow = new QHBoxLayout();
    abbreviationRow->addWidget(m_abbreviation);
    auto *abbreviationHint = new QLabel(tr("up to 2 characters; suggested from the name"), this);
    abbreviationHint->setStyleSheet(Theme::textStyle(Theme::Color::MutedText));
    abbreviationRow->addWidget(abbreviationHint, 1);
    form->addRow(tr("Abbreviation"), abbreviationRow);

    m_colours = group.gradientColors();
    // A new group gets the colours its preview shows; an existing one without colours keeps
    // none until someone picks them (the default only draws the preview).
    m_coloursChosen = !m_colours.isEmpty() || group.isEmpty();
    if (m_colours.isEmpty()) {
        const QList<QStringList> gradients = Group::defaultGradients();
        m_colours = gradients.at(QRandomGenerator::global()->bounded(int(gradients.size())));
    }
    auto *colourRow = new QHBoxLayout();
    for (int which = 0; which < 2; ++which) {
        m_colourButtons[which] = new QPushButton(this);
        m_colourButtons[which]->setToolTip(which == 0 ? tr("Base colour") : tr("Accent colour"));
        connect(m_colourButtons[which], &QPushButton::clicked, this,
                [this, which] { pickColour(which); });
        colourRow->addWidget(m_colourButtons[which]);
    }
    colourRow->addStretch();
    form->addRow(tr("Colours"), colourRow);
    top->addLayout(form, 1);
    layout->addLayout(top);

    layout->addWidget(new QLabel(tr("Members (the order in which tasks are assigned)"), this));
    m_members = new GroupMemberEditor(session->users(), this);
    for (auto it = labels.begin(); it != labels.end(); ++it)
        m_members->remember(it.key(), it.value());
    rememberLabels(group);
    m_members->setMemberIds(group.memberIds());
    if (!creating) // the Groups list's copy, until the server's answer replaces it
        m_members->setServerMembers(group.memberIds());
    connect(m_members, &GroupMemberEditor::reloadRequested, this, &GroupDialog::reload);
    layout->addWidget(m_members, 1);
    auto *reloadAction = new QAction(tr("Reload"), this);
    reloadAction->setShortcut(QKeySequence::Refresh);
    connect(reloadAction, &QAction::triggered, this, &GroupDialog::reload);
    addAction(reloadAction);

    m_message = new MessageWidget(MessageWidget::Style::Inline, this);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_saveButton =
        buttons->addButton(creating ? tr("Create") : tr("Save"), QDialogButtonBox::AcceptRole);
    connect(m_saveButton, &QPushButton::clicked, this, &GroupDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    if (m_abbreviation->text().isEmpty())
        m_abbreviation->setText(Group::suggestAbbreviation(group.name()));
    updatePreview();
    if (!creating) {
        m_save = createSave();
        reload(); // the list's copy may be older than what the server holds
    }
}

void GroupDialog::reload()
{
    if (m_group.isEmpty())
        return;
    if (m_reload) // the latest answer wins
        m_reload->cancel();
    m_members->setLoading(true);
    m_reload = m_session->users()->getGroup(
        m_group.id(), true, this, [this](const ApiResult<QJsonObject> &result) {
            if (!result.ok() && result.error().isCancelled())
                return;
            if (!result.ok())
                return m_members->loadFailed(result.error().message);
            QString error;
            const auto group = Group::fromJson(result.value(), &error);
            if (!group)
                return m_members->loadFailed(error);
            rememberLabels(*group);
            // What was changed here stays (the save's conflict check weighs it against this).
            const bool keep = m_saving || hasUnsavedChanges();
            if (!(*group == m_group))
                emit latestRead(*group); // the list behind shows it too
            if (!keep) {
                m_latest = *group;
                rebase(GroupDraft::from(*group).values());
                if (m_abbreviation->text().isEmpty()) // suggested, as when the dialog opened
                    m_abbreviation->setText(Group::suggestAbbreviation(m_group.name()));
                updatePreview();
                m_save->setBase(GroupDraft::from(m_group).values()); // unchanged against it
            }
            m_members->setServerMembers(group->memberIds(), keep);
        });
}

GroupDraft GroupDialog::draft() const
{
    // A suggested abbreviation is only proposed for an existing group until the name changes.
    const bool abbreviationMeant =
        m_group.isEmpty() || m_abbreviationTyped || m_name->text() != m_group.name();
    return {m_name->text(),
            abbreviationMeant ? m_abbreviation->text().trimmed() : m_group.abbreviation(),
            m_coloursChosen ? m_colours : QStringList(), m_members->memberIds()};
}

void GroupDialog::setColour(int which, const QColor &colour)
{
    if (!colour.isValid() || which < 0 || which > 1)
        return;
    m_colours[which] = colour.name(QColor::HexRgb);
    m_coloursChosen = true;
    updatePreview();
}

void GroupDialog::pickColour(int which)
{
    const QColor chosen = QColorDialog::getColor(
        QColor(m_colours.at(which)), this, which == 0 ? tr("Base colour") : tr("Accent colour"));
    setColour(which, chosen);
}

void GroupDialog::updatePreview()
{
    m_preview->setAvatar(m_abbreviation->text(), m_colours);
    for (int which = 0; which < 2; ++which) {
        m_colourButtons[which]->setText(m_colours.at(which));
        m_colourButtons[which]->setStyleSheet(
            QStringLiteral("QPushButton { border-left: 18px solid %1; padding: 4px 8px; }")
                .arg(m_colours.at(which)));
    }
}

bool GroupDialog::hasUnsavedChanges() const
{
    const GroupDraft group = draft();
    if (m_group.isEmpty()) // a new group: anything typed or picked counts, the colours do not
        return !group.name.trimmed().isEmpty() || !group.memberIds.isEmpty();
    return !m_save->changes(group.values()).isEmpty();
}

bool GroupDialog::checkInput(const GroupDraft &group)
{
    // Each value is checked against the group schema and a problem is shown at its field.
    FieldMessage::clearAll(this);
    bool ok = true;
    auto check = [&ok](QWidget *field, const QString &problem) {
        if (!problem.isEmpty()) {
            FieldMessage::show(field, problem);
            ok = false;
        }
    };
    check(m_name,
          InputRules::required(group.name).isEmpty() ? QString() : tr("The group needs a name."));
    check(m_abbreviation, InputRules::maxLength(group.abbreviation, 2));
    for (int which = 0; which < 2 && which < m_colours.size(); ++which)
        check(m_colourButtons[which], InputRules::colour(m_colours.at(which)));
    const QString problem = group.validate();
    if (!ok || !problem.isEmpty()) {
        fail(ok ? problem : tr("Not saved: correct the marked fields."));
        return false;
    }
    return true;
}

void GroupDialog::save()
{
    if (m_saving)
        return;
    const GroupDraft group = draft();
    if (!checkInput(group))
        return;
    m_saving = true;
    m_saveButton->setEnabled(false);
    m_message->showInfo(tr("Saving…"));
    if (m_group.isEmpty()) {
        m_session->users()->createGroup(
            group.createBody(), this,
            [this](const ApiResult<QJsonObject> &result) { finishCreate(result); });
        return;
    }
    m_save->setBase(GroupDraft::from(m_group).values());
    m_save->save(group.values());
}

ConflictCheckedSave *GroupDialog::createSave()
{
    QList<ConflictCheckedSave::Field> fields;
    for (const GroupDraft::Field &field : GroupDraft::fields([this] { return memberLabels(); }))
        fields << ConflictCheckedSave::Field{field.key, field.label, field.formatter};
    auto *save = new ConflictCheckedSave(
        fields, [this](QObject *context, auto done, auto failed) { read(context, done, failed); },
        [this](const QJsonObject &changes, const QJsonObject &theirs, QObject *context, auto done,
               auto failed) { send(changes, theirs, context, done, failed); },
        this);
    save->setAsk([this](const FieldConflict &conflict, auto answer) { ask(conflict, answer); });
    save->setBase(GroupDraft::from(m_group).values());
    connect(save, &ConflictCheckedSave::rebased, this,
            [this](const QJsonObject &values) { rebase(values); });
    connect(save, &ConflictCheckedSave::conflicted, this, [this](const FieldConflict &conflict) {
        m_saveButton->setEnabled(true);
        m_message->showError(tr("Not saved: someone else changed %1 while you were editing.")
                                 .arg(conflict.conflictingLabels()));
    });
    connect(save, &ConflictCheckedSave::failed, this,
            [this](const QString &message) { m_failure = message; });
    connect(save, &ConflictCheckedSave::finished, this, &GroupDialog::onFinished);
    return save;
}

void GroupDialog::read(QObject *context, const std::function<void(const QJsonObject &)> &done,
                       const std::function<void(const QString &)> &failed)
{
    m_stored.reset();
    // No ETags: the group is read again just before updating and compared with what was loaded.
    m_session->users()->getGroup(
        m_group.id(), true, context, [this, done, failed](const ApiResult<QJsonObject> &result) {
            if (!result.ok())
                return failed(QStringLiteral("%1 %2")
                                  .arg(result.error().message, result.error().serverMessage)
                                  .trimmed());
            QString error;
            const auto latest = Group::fromJson(result.value(), &error);
            if (!latest)
                return failed(error);
            m_latest = *latest;
            rememberLabels(*latest);
            if (!(*latest == m_group))
                emit latestRead(*latest);
            done(GroupDraft::from(*latest).values());
        });
}

void GroupDialog::send(const QJsonObject &changes, const QJsonObject &theirs, QObject *context,
                       const std::function<void(const QJsonObject &)> &done,
                       const std::function<void(const QString &)> &failed)
{
    // The body keeps the image's other fields; only the changed keys differ from the group read.
    QJsonObject values = theirs;
    for (auto it = changes.begin(); it != changes.end(); ++it)
        values.insert(it.key(), it.value());
    m_session->users()->updateGroup(
        m_latest.id(), GroupDraft::fromValues(values).changesFrom(m_latest), context,
        [this, done, failed](const ApiResult<QJsonObject> &result) {
            if (!result.ok())
                return failed(QStringLiteral("%1 %2")
                                  .arg(result.error().message, result.error().serverMessage)
                                  .trimmed());
            QString error;
            const auto group = Group::fromJson(result.value(), &error);
            if (!group)
                return failed(error);
            m_stored = *group;
            done(GroupDraft::from(*group).values());
        });
}

void GroupDialog::ask(const FieldConflict &conflict,
                      std::function<void(FieldConflict::Resolution, const FieldConflict &)> answer)
{
    ConflictDialog::ask(
        this, conflict, this,
        [this, answer](ConflictDialog::Resolution resolution, const FieldConflict &chosen) {
            if (resolution == ConflictDialog::Resolution::KeepTheirs)
                m_message->showInfo(tr("Their version of %1 is in the form now. Your other edits "
                                       "are kept, not saved yet.")
                                        .arg(chosen.conflictingLabels()));
            else if (FieldConflict::sends(resolution))
                m_message->showInfo(tr("Saving…"));
            answer(resolution, chosen);
        });
}

void GroupDialog::onFinished(ConflictCheckedSave::Outcome outcome)
{
    m_saving = false;
    m_saveButton->setEnabled(true);
    switch (outcome) {
    case ConflictCheckedSave::Outcome::Saved:
        // Nothing left to send (their version already matched) saves nothing: just close.
        if (m_stored)
            emit saved(*m_stored);
        accept();
        return;
    case ConflictCheckedSave::Outcome::Conflicted:
        // Cancel keeps the conflict's message, Keep theirs the one the answer showed.
        emit saveFailed(m_message->text());
        return;
    case ConflictCheckedSave::Outcome::Failed:
        fail(tr("Not saved: %1").arg(m_failure));
        return;
    }
}

void GroupDialog::fail(const QString &text)
{
    m_saving = false;
    m_saveButton->setEnabled(true);
    m_message->showError(text);
    emit saveFailed(text);
}

void GroupDialog::rebase(const QJsonObject &values)
{
    m_group = m_latest;
    const GroupDraft merged = GroupDraft::fromValues(values);
    m_name->setText(merged.name);
    m_abbreviation->setText(merged.abbreviation);
    m_abbreviationTyped = !merged.abbreviation.isEmpty();
    m_coloursChosen = merged.gradientColors.size() == 2;
    if (m_coloursChosen)
        m_colours = merged.gradientColors;
    m_members->setMemberIds(merged.memberIds);
    updatePreview();
}

void GroupDialog::rememberLabels(const Group &group)
{
    // Hydrated members bring their names and status (a deactivated one is marked in the list).
    for (const User &member : group.members()) {
        if (!member.label().isEmpty() && member.label() != member.id())
            m_members->remember(member);
    }
}

QHash<QString, QString> GroupDialog::memberLabels() const
{
    return m_members->labels();
}

void GroupDialog::finishCreate(const ApiResult<QJsonObject> &result)
{
    if (!result.ok())
        return fail(
            tr("Not saved: %1 %2").arg(result.error().message, result.error().serverMessage));
    QString error;
    const auto group = Group::fromJson(result.value(), &error);
    if (!group)
        return fail(error);
    m_saving = false;
    m_saveButton->setEnabled(true);
    emit saved(*group);
    accept();
}
