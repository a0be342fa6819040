#pragma once

#include <QFrame>
#include <QList>

class QAction;
class QHBoxLayout;
class QLabel;

// A strip above the current page that tells about the session (expiring, ended, read-only,
// unreachable) and offers the one or two actions that help. Hidden when there is nothing to say.
class NoticeBar : public QFrame
{
    Q_OBJECT
public:
    enum class Level { Info, Warning, Error };

    explicit NoticeBar(QWidget *parent = nullptr);

    void showNotice(Level level, const QString &text, const QList<QAction *> &actions = {});
    void clear();
    QString text() const;
    Level level() const { return m_level; }

private:
    QLabel *m_icon;
    QLabel *m_text;
    QHBoxLayout *m_buttons;
    Level m_level = Level::Info;
};
