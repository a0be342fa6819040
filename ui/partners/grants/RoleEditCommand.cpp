#include "ui/partners/grants/RoleEditCommand.h"

#include "ui/partners/grants/RoleEditor.h"

RoleEditCommand::RoleEditCommand(RoleEditor *editor, const RoleDraft &before,
                                 const RoleDraft &after, const QString &text,
                                 const GrantPath &selectBefore, const GrantPath &selectAfter)
    : QUndoCommand(text), m_editor(editor), m_before(before), m_after(after),
      m_selectBefore(selectBefore), m_selectAfter(selectAfter)
{
}

void RoleEditCommand::undo()
{
    if (m_editor)
        m_editor->showDraft(m_before, m_selectBefore);
}

void RoleEditCommand::redo()
{
    if (m_editor)
        m_editor->showDraft(m_after, m_selectAfter);
}
