// RoleEditor's saving: partner roles through the Partner Directory API, organization roles
// through the Permissions API; both ride on RoleSave (re-read, conflict question, review, write).
#include "controllers/RoleSave.h"
#include "domain/grants/GrantLayoutMemory.h"
#include "domain/grants/PolicyAnalyzer.h"
#include "domain/grants/RoleReview.h"
#include "ui/common/ConflictDialog.h"
#include "ui/partners/grants/RoleEditor.h"
#include "ui/partners/grants/RoleReviewDialog.h"

#include <QTimer>

bool RoleEditor::refusesSave()
{
    if (isSaving())
        return true;
    QString why;
    if (m_readOnly) {
        refuseSave(m_organizationRole && m_loaded.type() == QLatin1String("org_role")
                       ? tr("The organization's root role is read-only; nothing was saved.")
                       : tr("This session is read-only; nothing was saved."));
        return true;
    }
    if (!prepareForSave(&why)) {
        refuseSave(why);
        return true;
    }
    m_savingTree = m_draft.grants;
    return false;
}

void RoleEditor::save(PartnerDirectoryService *service, const QString &organizationId)
{
    if (!refusesSave())
        saver(service)->save(organizationId, m_isNew ? Role() : m_loaded, role());
}

void RoleEditor::save(PermissionsService *service)
{
    if (!refusesSave())
        saver(service)->save(QString(), m_isNew ? Role() : m_loaded, role());
}

bool RoleEditor::isSaving() const
{
    return m_saver && m_saver->isSaving();
}

void RoleEditor::refuseSave(const QString &why)
{
    // Queued like every outcome: the caller never hears back from within save().
    QTimer::singleShot(0, this, [this, why] {
        emit saveFailed(why);
        emit saveFinished(false);
    });
}

RoleSave *RoleEditor::saver(PartnerDirectoryService *service)
{
    if (m_saver && !m_saver->permissions() && m_saver->service() == service)
        return m_saver;
    delete m_saver; // not saving (checked above): nothing of it is running
    m_saver = new RoleSave(service, this);
    wireSaver();
    return m_saver;
}

RoleSave *RoleEditor::saver(PermissionsService *service)
{
    if (m_saver && m_saver->permissions() == service)
        return m_saver;
    delete m_saver;
    m_saver = new RoleSave(service, this);
    wireSaver();
    return m_saver;
}

void RoleEditor::wireSaver()
{
    m_saver->setAsk([this](const FieldConflict &conflict, ConflictCheckedSave::Answer answer) {
        ConflictDialog::ask(this, conflict, this, answer);
    });
    m_saver->setReview([this](const Role &current, const Role &mine, RoleSave::Answer answer) {
        RoleReviewDialog::review(this, mine.name(), RoleReview::compare(current, mine),
                                 PolicyAnalyzer::securityWarnings(m_findings), this, answer);
    });
    connect(m_saver, &RoleSave::rebased, this, &RoleEditor::adopt);
    connect(m_saver, &RoleSave::saved, this, [this](const Role &stored) {
        // The server's answer replaces the local copy; the tree we built regroups its flat list
        // (organization roles are shown flat, as stored).
        if (!m_organizationRole)
            GrantLayoutMemory::remember(stored.id(), m_savingTree);
        loadRole(stored, m_savingTree);
        emit saved(stored);
    });
    connect(m_saver, &RoleSave::failed, this, &RoleEditor::saveFailed);
    connect(m_saver, &RoleSave::finished, this, &RoleEditor::saveFinished);
}

// The server's role becomes the loaded copy; the editor shows the merged name, parent role,
// expiry and grants (my tree or theirs), one undo step on top.
void RoleEditor::adopt(const Role &current, const Role &merged, bool keepMyGrants)
{
    const QList<Grant> myTree = m_draft.grants;
    loadRole(current,
             m_organizationRole ? QList<Grant>() : GrantLayoutMemory::recall(current.id()));
    RoleDraft draft = RoleEdits::draftOf(merged, keepMyGrants ? myTree : m_draft.grants);
    draft.slug = current.slug();
    apply({draft, m_selected}, tr("Keep my edits"));
    m_savingTree = m_draft.grants;
}
