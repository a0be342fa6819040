#include "ui/common/KeyboardAccess.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QEvent>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTextEdit>

namespace {

void adjust(QObject *object)
{
    if (auto *view = qobject_cast<QAbstractItemView *>(object)) {
        // A table walking its cells with Tab wraps from the last cell to the first: a trap.
        view->setTabKeyNavigation(false);
    } else if (auto *edit = qobject_cast<QPlainTextEdit *>(object)) {
        edit->setTabChangesFocus(true);
    } else if (auto *edit = qobject_cast<QTextEdit *>(object)) {
        edit->setTabChangesFocus(true);
    }
}

class ShowWatcher : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show)
            adjust(watched);
        return false;
    }
};

} // namespace

void KeyboardAccess::keepTabMoving()
{
    static QPointer<ShowWatcher> watcher;
    if (!qApp || watcher)
        return;
    watcher = new ShowWatcher(qApp);
    qApp->installEventFilter(watcher);
}
