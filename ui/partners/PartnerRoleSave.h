#pragma once

#include "domain/partners/Role.h"
#include "services/network/ApiResult.h"
#include "ui/common/MessageWidget.h"

#include <QObject>

class FieldConflict;
class PartnerDirectoryService;
class RoleEditor;
class QWidget;

// Saves the role in the editor: checks it, re-fetches the server's copy, shows the review and
// creates or updates it; someone else's change since loading is never overwritten (both versions
// are shown by field and the administrator chooses). Every start() ends in exactly one
// finished(saved), after the server's answer (or a refusal, a cancel, a conflict not sent).
// (The role editor's own conflict-checked save is to replace this class.)
class PartnerRoleSave : public QObject
{
    Q_OBJECT
public:
    PartnerRoleSave(RoleEditor *editor, QWidget *dialogParent);

    // Does nothing while a save runs (its outcome is still to come).
    void save(PartnerDirectoryService *service, const QString &organizationId);
    bool isSaving() const { return m_saving; }

signals:
    // What happens meanwhile ("Checking…", a conflict to decide, their version shown).
    void message(MessageWidget::Level level, const QString &text);
    // +1 when a request starts, -1 when its answer arrived (not while a question waits).
    void busyChanged(int delta);
    // The server stored `role`; the editor shows it.
    void saved(const Role &role);
    // Why it was not saved (empty: nothing to say, e.g. the review was cancelled).
    void saveFailed(const QString &message);
    void saveFinished(bool saved);

private:
    void attempt();
    void create(const Role &draft, const QList<Grant> &tree);
    void checkAndUpdate(const Role &draft, const QList<Grant> &tree);
    void update(const Role &draft, const QList<Grant> &tree, const Role &current);
    void resolveConflict(const Role &loaded, const Role &current);
    void adopt(const Role &current, const FieldConflict &chosen, const QList<Grant> &myTree);
    void finishSave(const ApiResult<QJsonObject> &result, const QList<Grant> &tree);
    void fail(const QString &text = {});
    void finish(bool saved);

    PartnerDirectoryService *m_service;
    RoleEditor *m_editor;
    QWidget *m_dialogParent;
    QString m_organizationId;
    bool m_saving = false;
};
