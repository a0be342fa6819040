#pragma once

#include "domain/grants/GrantTree.h"
#include "domain/grants/RoleDraft.h"

#include <QPointer>
#include <QUndoCommand>

class RoleEditor;

// One undoable edit of a role: the draft before and after, and which grant to select after.
// Whole-draft snapshots keep every edit (field, move, paste, JSON) undoable the same way.
class RoleEditCommand : public QUndoCommand
{
public:
    RoleEditCommand(RoleEditor *editor, const RoleDraft &before, const RoleDraft &after,
                    const QString &text, const GrantPath &selectBefore,
                    const GrantPath &selectAfter);

    void undo() override;
    void redo() override;

private:
    QPointer<RoleEditor> m_editor;
    RoleDraft m_before;
    RoleDraft m_after;
    GrantPath m_selectBefore;
    GrantPath m_selectAfter;
};
