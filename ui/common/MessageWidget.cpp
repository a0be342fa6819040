#include "ui/common/MessageWidget.h"

#include "ui/common/Icons.h"
#include "ui/common/Theme.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScopedValueRollback>
#include <QToolButton>

MessageWidget::MessageWidget(Style style, QWidget *parent)
    : QFrame(parent), m_style(style), m_icon(new QLabel), m_text(new QLabel),
      m_buttons(new QHBoxLayout)
{
    setObjectName(style == Style::Banner ? QStringLiteral("noticeBar")
                                         : QStringLiteral("statusLine"));
    m_text->setObjectName(QStringLiteral("noticeText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons->setSpacing(6);
    auto *layout = new QHBoxLayout(this);
    if (style == Style::Banner) {
        layout->setContentsMargins(12, 8, 12, 8);
        layout->setSpacing(10);
    } else {
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(6);
        m_icon->hide();
    }
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addLayout(m_buttons);
    hide();
}

void MessageWidget::showMessage(Level level, const QString &text, const QList<QAction *> &actions)
{
    m_level = level;
    m_text->setText(text);
    applyStyle();
    while (QLayoutItem *item = m_buttons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (QAction *action : actions) {
        auto *button = new QToolButton;
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_buttons->addWidget(button);
        button->show(); // the widget may be visible already
    }
    setVisible(!text.isEmpty());
}

void MessageWidget::clear()
{
    m_text->clear();
    hide();
}

QString MessageWidget::text() const
{
    return m_text->text();
}

void MessageWidget::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    // A style sheet of our own changes the palette too: react to the desktop's changes only.
    if (event->type() == QEvent::PaletteChange && !m_styling && !m_text->text().isEmpty())
        applyStyle();
}

void MessageWidget::applyStyle()
{
    const QScopedValueRollback styling(m_styling, true);
    using Theme::Color;
    static const Color texts[] = {Color::InfoText, Color::SuccessText, Color::WarningText,
                                  Color::ErrorText};
    const int index = int(m_level);
    if (m_style == Style::Inline) {
        // Info stays in the palette's own text colour: most status lines are neutral.
        m_text->setStyleSheet(m_level == Level::Info ? QString() : Theme::textStyle(texts[index]));
        return;
    }
    static const Color backgrounds[] = {Color::InfoBackground, Color::SuccessBackground,
                                        Color::WarningBackground, Color::ErrorBackground};
    static const Color borders[] = {Color::InfoBorder, Color::SuccessBorder, Color::WarningBorder,
                                    Color::ErrorBorder};
    static const char *const icons[] = {"about", "about", "clock", "warning"};
    setStyleSheet(QStringLiteral("QFrame#%1 { background: %2; border: 1px solid %3; "
                                 "border-radius: 6px; } QFrame#%1 QLabel { color: %4; }")
                      .arg(objectName(), Theme::name(backgrounds[index], palette()),
                           Theme::name(borders[index], palette()),
                           Theme::name(Color::TextOnBackground, palette())));
    m_icon->setPixmap(Icons::get(QLatin1String(icons[index])).pixmap(20, 20));
}
