#include "ui/shell/Pane.h"

#include "services/network/ApiError.h"
#include "services/session/Session.h"
#include "ui/common/MessageWidget.h"

#include <QMessageBox>
#include <QMetaObject>
#include <QProgressDialog>
#include <utility>

Pane::Pane(Session *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    // Queued: the subclass is constructed by then, so its sessionReady() is the one called.
    QMetaObject::invokeMethod(this, &Pane::followSession, Qt::QueuedConnection);
}

void Pane::followSession()
{
    if (!m_session)
        return;
    const auto ready = [this] {
        if (!std::exchange(m_sessionReady, true))
            sessionReady();
    };
    connect(m_session, &Session::meChanged, this, ready);
    connect(m_session, &Session::ended, this, [this] { m_sessionReady = false; });
    connect(m_session, &Session::signedIn, this, &Pane::clearSessionEndedMessages);
    if (!m_session->me().isEmpty())
        ready(); // built after sign-in
}

void Pane::clearSessionEndedMessages()
{
    // "Not saved: Your session has ended … (401)" from before signing in again would contradict
    // the window: the edits are still there and Save works again. Every page shows such failures
    // in a MessageWidget, so this one place clears them all.
    const QString ended = ApiError::fromHttpStatus(401, {}, {}).message;
    for (MessageWidget *message : findChildren<MessageWidget *>()) {
        if (message->text().contains(ended))
            message->clear();
    }
}

void Pane::save()
{
    reportSaved(true); // nothing to save
}

void Pane::reportSaved(bool saved)
{
    QMetaObject::invokeMethod(
        this, [this, saved] { emit saveFinished(saved); }, Qt::QueuedConnection);
}

void Pane::requestLeave(QObject *context, std::function<void(bool)> done)
{
    if (isSaving()) {
        waitForSave(context, std::move(done));
        return;
    }
    if (!hasUnsavedChanges()) {
        done(true);
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"),
        tr("%1 has changes that are not saved yet. Save them before leaving?").arg(title()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Discard) {
        discard();
        done(true);
        return;
    }
    if (answer != QMessageBox::Save) {
        done(false);
        return;
    }
    waitForSave(context, std::move(done));
    if (!isSaving())
        save();
}

void Pane::waitForSave(QObject *context, std::function<void(bool)> done)
{
    // Shown only when the save takes a moment; Cancel stays on the page, the save goes on.
    auto *progress = new QProgressDialog(tr("Waiting for the save of %1 to finish…").arg(title()),
                                         tr("Cancel"), 0, 0, this);
    progress->setWindowTitle(tr("Saving"));
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    auto finished = std::make_shared<bool>(false);
    auto callback = std::make_shared<std::function<void(bool)>>(std::move(done));
    QPointer<QObject> guard(context);
    auto complete = [progress, finished, callback, guard](bool mayLeave) {
        if (*finished)
            return;
        *finished = true;
        progress->deleteLater();
        if (guard)
            (*callback)(mayLeave);
    };
    connect(this, &Pane::saveFinished, progress, complete, Qt::SingleShotConnection);
    connect(progress, &QProgressDialog::canceled, progress, [complete] { complete(false); });
}
