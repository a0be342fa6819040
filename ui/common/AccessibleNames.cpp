#include "ui/common/AccessibleNames.h"

#include "ui/shell/Pane.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QCoreApplication>
#include <QDockWidget>
#include <QEvent>
#include <QGroupBox>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTabWidget>
#include <QTextDocument>

namespace {

QString plain(QString text)
{
    if (Qt::mightBeRichText(text)) {
        QTextDocument document;
        document.setHtml(text);
        text = document.toPlainText();
    }
    text = text.remove(QLatin1Char('&')).simplified();
    if (text.endsWith(QLatin1Char(':')))
        text.chop(1);
    return text.left(120);
}

// The label just before `widget` in the layout that holds it, as in "Organization: [combo]".
QString precedingLabel(QWidget *widget)
{
    QWidget *parent = widget->parentWidget();
    if (!parent)
        return {};
    for (QLayout *layout : parent->findChildren<QLayout *>()) {
        QLabel *last = nullptr;
        for (int index = 0; index < layout->count(); ++index) {
            QWidget *item = layout->itemAt(index)->widget();
            if (item == widget)
                return last ? plain(last->text()) : QString();
            if (auto *label = qobject_cast<QLabel *>(item))
                last = label->buddy() ? nullptr : label;
            else if (item)
                last = nullptr;
        }
    }
    return {};
}

QString pageTitle(QWidget *widget)
{
    for (QWidget *ancestor = widget; ancestor; ancestor = ancestor->parentWidget()) {
        if (auto *pane = qobject_cast<Pane *>(ancestor))
            return pane->title();
        if (auto *dock = qobject_cast<QDockWidget *>(ancestor))
            return dock->windowTitle();
        if (ancestor->isWindow()) // a dialog
            return ancestor->windowTitle();
    }
    return {};
}

QString nameFor(QWidget *widget)
{
    if (QString label = precedingLabel(widget); !label.isEmpty())
        return label;
    if (!widget->toolTip().isEmpty())
        return plain(widget->toolTip());
    if (auto *edit = qobject_cast<QLineEdit *>(widget); edit && !edit->placeholderText().isEmpty())
        return plain(edit->placeholderText());
    if (auto *edit = qobject_cast<QPlainTextEdit *>(widget);
        edit && !edit->placeholderText().isEmpty())
        return plain(edit->placeholderText());
    if (auto *label = qobject_cast<QLabel *>(widget); label && !label->text().isEmpty())
        return plain(label->text());
    if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
        QStringList titles;
        for (int index = 0; index < tabs->count(); ++index)
            titles << plain(tabs->tabText(index));
        return titles.join(QStringLiteral(", "));
    }
    if (qobject_cast<QAbstractItemView *>(widget)) {
        const QString title = pageTitle(widget);
        return title.isEmpty()
                   ? QString()
                   : QCoreApplication::translate("AccessibleNames", "%1: list").arg(title);
    }
    // Inside a titled box ("Response"), the box names what it holds.
    for (QWidget *ancestor = widget->parentWidget(); ancestor;
         ancestor = ancestor->parentWidget()) {
        if (auto *box = qobject_cast<QGroupBox *>(ancestor); box && !box->title().isEmpty())
            return plain(box->title());
        if (qobject_cast<Pane *>(ancestor))
            break;
    }
    return pageTitle(widget);
}

void completeOne(QWidget *widget)
{
    if (widget->focusPolicy() == Qt::NoFocus || !widget->accessibleName().isEmpty())
        return;
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
    if (!accessible || !accessible->text(QAccessible::Name).trimmed().isEmpty())
        return;
    if (const QString name = nameFor(widget); !name.isEmpty())
        widget->setAccessibleName(name);
}

// Watches the whole application for widgets being shown.
class ShowWatcher : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show && watched->isWidgetType()) {
            auto *widget = static_cast<QWidget *>(watched);
            if (widget->isWindow() || qobject_cast<Pane *>(widget))
                AccessibleNames::complete(widget);
            else
                completeOne(widget);
        }
        return false;
    }
};

} // namespace

void AccessibleNames::complete(QWidget *root)
{
    for (QWidget *widget : root->findChildren<QWidget *>())
        completeOne(widget);
}

void AccessibleNames::completeWhenShown()
{
    static QPointer<ShowWatcher> watcher;
    if (!qApp || watcher)
        return;
    watcher = new ShowWatcher(qApp);
    qApp->installEventFilter(watcher);
}
