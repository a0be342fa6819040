#include "ui/partners/PartnerRoleSave.h"

#include "domain/grants/GrantLayoutMemory.h"
#include "domain/grants/PolicyAnalyzer.h"
#include "domain/grants/RoleReview.h"
#include "domain/partners/RoleConflict.h"
#include "services/api/PartnerDirectoryService.h"
#include "ui/common/ConflictDialog.h"
#include "ui/partners/grants/RoleEditor.h"
#include "ui/partners/grants/RoleReviewDialog.h"

#include <QJsonDocument>
#include <QPlainTextEdit>

PartnerRoleSave::PartnerRoleSave(RoleEditor *editor, QWidget *dialogParent)
    : QObject(dialogParent), m_editor(editor), m_dialogParent(dialogParent)
{
}

void PartnerRoleSave::save(PartnerDirectoryService *service, const QString &organizationId)
{
    if (m_saving)
        return;
    m_saving = true;
    m_service = service;
    m_organizationId = organizationId;
    attempt();
}

void PartnerRoleSave::fail(const QString &text)
{
    m_saving = false;
    emit saveFailed(text);
    emit saveFinished(false);
}

void PartnerRoleSave::finish(bool saved)
{
    m_saving = false;
    emit saveFinished(saved);
}

// One try; a conflict resolved with "send" tries again (fetching and comparing again).
void PartnerRoleSave::attempt()
{
    QString why;
    if (!m_editor->prepareForSave(&why))
        return fail(why);
    const Role draft = m_editor->role();
    const QList<Grant> tree = m_editor->draft().grants;
    if (m_editor->isNewRole())
        create(draft, tree);
    else
        checkAndUpdate(draft, tree);
}

void PartnerRoleSave::create(const Role &draft, const QList<Grant> &tree)
{
    const QList<GrantFinding> warnings = PolicyAnalyzer::securityWarnings(m_editor->findings());
    if (!RoleReviewDialog::confirm(m_dialogParent, draft.name(), RoleReview::compare(Role(), draft),
                                   warnings))
        return fail();
    emit busyChanged(1);
    m_service->createPartnerRole(
        m_organizationId, draft.payload(), this,
        [this, tree](const ApiResult<QJsonObject> &result) { finishSave(result, tree); });
}

// Re-fetch first: the review is against what the server holds now, and a change made by someone
// else since loading is never overwritten.
void PartnerRoleSave::checkAndUpdate(const Role &draft, const QList<Grant> &tree)
{
    const Role loaded = m_editor->loadedRole();
    emit busyChanged(1);
    emit message(MessageWidget::Level::Info, tr("Checking the server's current role…"));
    m_service->getPartnerRoles(
        m_organizationId, this, [=, this](const ApiResult<QJsonArray> &result) {
            emit busyChanged(-1);
            if (!result.ok())
                return fail(
                    tr("Could not check the role before saving: %1").arg(result.error().message));
            std::optional<Role> current;
            for (const Role &role : Role::listFromJson(result.value())) {
                if (role.id() == loaded.id())
                    current = role;
            }
            if (!current)
                return fail(tr("The role \"%1\" no longer exists on the server; it was not saved.")
                                .arg(loaded.name()));
            if (RoleConflict::changedSince(loaded, *current))
                return resolveConflict(loaded, *current);
            update(draft, tree, *current);
        });
}

void PartnerRoleSave::update(const Role &draft, const QList<Grant> &tree, const Role &current)
{
    const QList<GrantFinding> warnings = PolicyAnalyzer::securityWarnings(m_editor->findings());
    if (!RoleReviewDialog::confirm(m_dialogParent, draft.name(),
                                   RoleReview::compare(current, draft), warnings))
        return fail();
    emit busyChanged(1);
    m_service->updatePartnerRole(
        m_organizationId, current.id(), draft.payload(), this,
        [this, tree](const ApiResult<QJsonObject> &saved) { finishSave(saved, tree); });
}

// No ETags: the role fetched just now differs from the one the editor loaded. Both versions are
// shown by field (name; the grants as one list, in the review's words) and the administrator
// chooses. Even a change to another field is shown first: grants decide what people may do.
void PartnerRoleSave::resolveConflict(const Role &loaded, const Role &current)
{
    const QList<Grant> myTree = m_editor->draft().grants;
    const auto review = [loaded](const QList<Grant> &grants) {
        Role shown = loaded;
        shown.setGrants(grants);
        const QStringList lines = RoleReview::compare(loaded, shown).lines();
        return lines.isEmpty() ? tr("as you opened it") : lines.join(QLatin1Char('\n'));
    };
    const FieldConflict conflict = RoleConflict::compare(loaded, m_editor->role().name(), myTree,
                                                         current, tr("Name"), tr("Grants"), review);
    emit message(MessageWidget::Level::Error,
                 tr("Not saved: someone changed \"%1\" since you opened it. Choose which "
                    "version to keep.")
                     .arg(loaded.name()));
    ConflictDialog::ask(
        m_dialogParent, conflict, this,
        [this, current, myTree](FieldConflict::Resolution resolution, const FieldConflict &chosen) {
            if (resolution == FieldConflict::Resolution::Cancel)
                return fail(tr("Not saved: your edits are kept in the editor."));
            adopt(current, chosen, myTree);
            if (FieldConflict::sends(resolution))
                return attempt();
            emit message(MessageWidget::Level::Info,
                         tr("Their version of \"%1\" is shown.").arg(current.name()));
            finish(false); // not saved, and nothing went wrong
        });
}

// The server's role becomes the loaded copy; the editor shows the chosen name and grants (the
// grants as their list or as my tree), one undo step on top.
void PartnerRoleSave::adopt(const Role &current, const FieldConflict &chosen,
                            const QList<Grant> &myTree)
{
    m_editor->loadRole(current, GrantLayoutMemory::recall(current.id()));
    const RoleConflict::Choice choice = RoleConflict::chosen(chosen, current);
    if (choice.name == current.name() && !choice.myGrants)
        return;
    const Role shown = Role::create(choice.name, current.slug(),
                                    choice.myGrants ? myTree : m_editor->draft().grants);
    m_editor->jsonEdit()->setPlainText(QString::fromUtf8(QJsonDocument(shown.toJson()).toJson()));
    m_editor->applyJsonText();
}

void PartnerRoleSave::finishSave(const ApiResult<QJsonObject> &result, const QList<Grant> &tree)
{
    emit busyChanged(-1);
    if (!result.ok())
        return fail(tr("Not saved: %1").arg(result.error().message));
    const std::optional<Role> stored = Role::fromJson(result.value());
    if (!stored)
        return fail(tr("Saved, but the server's answer could not be read; reload to check."));
    // The server's answer replaces the local copy; the layout we built regroups its flat list.
    GrantLayoutMemory::remember(stored->id(), tree);
    m_editor->loadRole(*stored, tree);
    emit saved(*stored);
    finish(true);
}
