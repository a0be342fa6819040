#include "ui/Pane.h"

#include <QMessageBox>

Pane::Pane(Session *session, QWidget *parent) : QWidget(parent), m_session(session) {}

bool Pane::confirmLeave()
{
    if (!hasUnsavedChanges())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"),
        tr("%1 has changes that are not saved yet. Save them before leaving?").arg(title()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}
