#pragma once

#include <QPointer>
#include <QWidget>
#include <functional>

class Session;

// A page of the main window. The window routes its shortcuts (Ctrl+F, Ctrl+N, F5, Ctrl+S,
// Delete) to the current pane and asks it before leaving.
//
// Saving is asynchronous everywhere: save() starts saving every unsaved change of the page and
// the outcome arrives as saveFinished(saved) exactly once, never from within save() itself. A
// page that has nothing to save reports true. A failed save keeps the edits in the page.
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
    virtual void save();
    // Drops the unsaved changes: the page shows what it loaded again.
    virtual void discard() {}
    virtual bool isSaving() const { return false; }
    // True as soon as a field's content differs from what was loaded (before it loses focus).
    virtual bool hasUnsavedChanges() const { return false; }
    // A read-only token disables every action that writes.
    virtual void setReadOnly(bool readOnly) { Q_UNUSED(readOnly); }

    // Whether leaving needs a question or a wait (unsaved changes or a save running).
    bool needsLeaveCheck() const { return hasUnsavedChanges() || isSaving(); }
    // Asks about unsaved changes (Save / Discard / Cancel) and waits for a running or chosen save
    // (showing "Waiting for the save…" with Cancel); then calls done(true) when the page may be
    // left. Cancel or a failed save gives done(false) and keeps the edits. `done` never runs
    // after `context` is destroyed.
    void requestLeave(QObject *context, std::function<void(bool mayLeave)> done);

signals:
    void saveFinished(bool saved);

protected:
    Session *session() const { return m_session; }
    // The one way a page learns that it may load: called once per session as soon as the
    // signed-in user is known (asking earlier would only earn a 401), also for a page built after
    // sign-in, and again after the next sign-in once a session ended. Never from the constructor,
    // so the page is complete when it runs. A switch of organization is
    // Session::organizationChanged.
    virtual void sessionReady() {}
    // Reports the outcome of the running save (queued, so never from within save()).
    void reportSaved(bool saved);

private:
    void waitForSave(QObject *context, std::function<void(bool)> done);
    void followSession();
    // After a new sign-in: messages saying the session ended are no longer true.
    void clearSessionEndedMessages();

    Session *m_session;
    bool m_sessionReady = false; // sessionReady() ran in this session
};
