#include "ui/shell/PaneRegistry.h"

#include "services/session/Session.h"
#include "ui/common/Icons.h"
#include "ui/common/Scrollable.h"
#include "ui/shell/Pane.h"

#include <QCoreApplication>
#include <QListWidget>
#include <QScrollArea>
#include <QStackedWidget>
#include <utility>

PaneRegistry::PaneRegistry(Session *session, QListWidget *navigation, QStackedWidget *stack,
                           QObject *parent)
    : QObject(parent), m_session(session), m_navigation(navigation), m_stack(stack)
{
}

QString PaneRegistry::Title::text() const
{
    return QCoreApplication::translate(context, source);
}

void PaneRegistry::add(const QString &key, const QString &iconName, const Title &title,
                       Factory create)
{
    m_keys << key;
    m_titles << title;
    m_builders << create;
    m_factories << std::move(create);
    m_stack->addWidget(pageFrame());
    auto *item = new QListWidgetItem(Icons::get(iconName), title.text(), m_navigation);
    item->setData(Qt::UserRole, key);
    item->setSizeHint(QSize(0, 36));
}

int PaneRegistry::count() const
{
    return m_stack->count();
}

Pane *PaneRegistry::pane(int index)
{
    if (Pane *built = builtPane(index))
        return built;
    if (index < 0 || index >= m_factories.size() || !m_factories.at(index))
        return nullptr;
    // The factory is taken first, so nothing the pane's constructor does can build it twice.
    const Factory create = std::exchange(m_factories[index], nullptr);
    Pane *built = create(m_session);
    install(index, built);
    return built;
}

Pane *PaneRegistry::builtPane(int index) const
{
    const auto *frame = qobject_cast<QScrollArea *>(m_stack->widget(index));
    return frame ? qobject_cast<Pane *>(frame->widget()) : nullptr;
}

bool PaneRegistry::replace(const QString &key, Pane *pane)
{
    const int index = m_keys.indexOf(key);
    if (index < 0) {
        delete pane;
        return false;
    }
    m_factories[index] = nullptr;
    m_builders[index] = nullptr; // a page put in from outside is kept across sessions
    install(index, pane);
    return true;
}

void PaneRegistry::retranslate()
{
    for (int index = 0; index < count(); ++index) {
        const Pane *built = builtPane(index);
        m_navigation->item(index)->setText(built ? built->title() : m_titles.at(index).text());
    }
}

void PaneRegistry::discardBuilt()
{
    for (int index = 0; index < count(); ++index) {
        if (!builtPane(index) || !m_builders.at(index))
            continue;
        auto *frame = static_cast<QScrollArea *>(m_stack->widget(index));
        frame->takeWidget()->deleteLater();
        m_factories[index] = m_builders.at(index);
    }
}

void PaneRegistry::install(int index, Pane *pane)
{
    auto *frame = static_cast<QScrollArea *>(m_stack->widget(index));
    pane->setObjectName(m_keys.at(index));
    if (QWidget *old = frame->takeWidget())
        old->deleteLater();
    frame->setWidget(pane);
    m_navigation->item(index)->setText(pane->title());
    pane->setReadOnly(m_session->isReadOnly());
    emit installed(pane);
}

QWidget *PaneRegistry::pageFrame()
{
    // A page taller or wider than the window scrolls instead of forcing the window to grow
    // beyond the screen.
    QScrollArea *frame = Scrollable::around(nullptr);
    frame->viewport()->setBackgroundRole(QPalette::Window);
    return frame;
}
