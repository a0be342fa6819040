#include "ui/NoticeBar.h"

#include "ui/Icons.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

NoticeBar::NoticeBar(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel), m_text(new QLabel), m_buttons(new QHBoxLayout)
{
    setObjectName(QStringLiteral("noticeBar"));
    m_text->setObjectName(QStringLiteral("noticeText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons->setSpacing(6);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(10);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addLayout(m_buttons);
    hide();
}

void NoticeBar::showNotice(Level level, const QString &text, const QList<QAction *> &actions)
{
    m_level = level;
    static const char *const backgrounds[] = {"#e8f0fe", "#fff4e0", "#fdecea"};
    static const char *const borders[] = {"#aac4f0", "#f0c36d", "#ef9a9a"};
    static const char *const icons[] = {"about", "clock", "warning"};
    const int index = int(level);
    setStyleSheet(
        QStringLiteral("QFrame#noticeBar { background: %1; border: 1px solid %2; "
                       "border-radius: 6px; } QFrame#noticeBar QLabel { color: #202124; }")
            .arg(QLatin1String(backgrounds[index]), QLatin1String(borders[index])));
    m_icon->setPixmap(Icons::get(QLatin1String(icons[index])).pixmap(20, 20));
    m_text->setText(text);
    while (QLayoutItem *item = m_buttons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (QAction *action : actions) {
        auto *button = new QToolButton;
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_buttons->addWidget(button);
        button->show(); // the bar may be visible already
    }
    show();
}

void NoticeBar::clear()
{
    m_text->clear();
    hide();
}

QString NoticeBar::text() const
{
    return isVisible() || !m_text->text().isEmpty() ? m_text->text() : QString();
}
