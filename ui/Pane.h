#pragma once

#include <QWidget>

class Session;

// A page of the main window. The window routes its shortcuts (Ctrl+F, Ctrl+N, F5, Ctrl+S,
// Delete) to the current pane and asks it before leaving.
class Pane : public QWidget
{
    Q_OBJECT
public:
    explicit Pane(Session *session, QWidget *parent = nullptr);

    virtual QString title() const = 0;
    virtual void reload() {}
    virtual void focusSearch() {}
    virtual void createNew() {}
    virtual void deleteSelection() {}
    virtual bool save() { return true; }
    virtual bool hasUnsavedChanges() const { return false; }
    // A read-only token disables every action that writes.
    virtual void setReadOnly(bool readOnly) { Q_UNUSED(readOnly); }
    // Asks about unsaved changes; false means stay.
    bool confirmLeave();

protected:
    Session *session() const { return m_session; }

private:
    Session *m_session;
};
