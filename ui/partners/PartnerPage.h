#pragma once

#include "ui/common/MessageWidget.h"

#include <QWidget>

class Session;

// One page (tab or area) of the Partners and Partner users & roles panes. The pane is a small
// host: it shows the pages' messages in its one status line, counts their requests for the busy
// cursor and asks them to load, save and discard. Saving is asynchronous as in Pane: save()
// reports saveFinished() exactly once, never from within save().
class PartnerPage : public QWidget
{
    Q_OBJECT
public:
    explicit PartnerPage(Session *session, QWidget *parent = nullptr);

    virtual void load() {}
    // A page with nothing to save reports true.
    virtual void save();
    virtual void discard() {}
    virtual bool hasUnsavedChanges() const { return false; }
    virtual bool isSaving() const { return false; }
    virtual void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    bool isReadOnly() const { return m_readOnly; }

signals:
    void message(MessageWidget::Level level, const QString &text);
    // +1 when a request starts, -1 when its answer arrived.
    void busyChanged(int delta);
    void saveFinished(bool saved);

protected:
    Session *session() const { return m_session; }
    void busy(int delta) { emit busyChanged(delta); }
    void showInfo(const QString &text) { emit message(MessageWidget::Level::Info, text); }
    void showPositive(const QString &text) { emit message(MessageWidget::Level::Positive, text); }
    void showError(const QString &text) { emit message(MessageWidget::Level::Error, text); }
    // Reports the outcome of the running save (queued, so never from within save()).
    void reportSaved(bool saved);

private:
    Session *m_session;
    bool m_readOnly = false;
};
