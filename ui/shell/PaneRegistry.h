#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <functional>

class Pane;
class QListWidget;
class QStackedWidget;
class QWidget;
class Session;

// The main window's pages: one navigation row and one stack page per pane, in navigation order.
// A pane is built when it is first asked for, so start-up builds and loads the first page only;
// after sign-out every pane is dropped and built afresh for the next session.
class PaneRegistry : public QObject
{
    Q_OBJECT
public:
    using Factory = std::function<Pane *(Session *)>;
    // A page's title as written in the source (context and text), translated whenever shown, so
    // the navigation follows a language switch.
    struct Title
    {
        const char *context = nullptr;
        const char *source = nullptr;
        QString text() const;
    };

    PaneRegistry(Session *session, QListWidget *navigation, QStackedWidget *stack,
                 QObject *parent = nullptr);

    // Adds a page; `title` shows in the navigation until the pane is built and names itself.
    void add(const QString &key, const QString &iconName, const Title &title, Factory create);
    // Titles in the interface language now: a built page's own, the others' from their Title.
    void retranslate();
    int count() const;
    int indexOf(const QString &key) const { return m_keys.indexOf(key); }
    QString key(int index) const { return m_keys.value(index); }
    // The page at `index`, built if it was not yet; nullptr for an index out of range.
    Pane *pane(int index);
    // The page at `index` only if it is built already.
    Pane *builtPane(int index) const;
    // Puts `pane` in place of the page called `key` and keeps it across sessions; false (and
    // `pane` deleted) when there is no such page.
    bool replace(const QString &key, Pane *pane);
    // Drops every built page that can be built again, so nothing of the last session stays.
    void discardBuilt();

signals:
    // A pane was built or put in; the window connects pages to each other here.
    void installed(Pane *pane);

private:
    void install(int index, Pane *pane);
    static QWidget *pageFrame();

    Session *m_session;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    QList<QString> m_keys;
    QList<Factory> m_factories; // empty once the page is built
    QList<Factory> m_builders;  // every page's, to build it afresh
    QList<Title> m_titles;
};
