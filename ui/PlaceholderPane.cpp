#include "ui/PlaceholderPane.h"

#include "ui/Icons.h"

#include <QLabel>
#include <QVBoxLayout>

PlaceholderPane::PlaceholderPane(Session *session, const QString &title, const QString &purpose,
                                 const QString &iconName, QWidget *parent)
    : Pane(session, parent), m_title(title)
{
    setObjectName(QStringLiteral("placeholder"));
    auto *icon = new QLabel(this);
    icon->setPixmap(Icons::get(iconName).pixmap(64, 64, QIcon::Disabled));
    icon->setAlignment(Qt::AlignCenter);

    auto *heading = new QLabel(tr("%1 is not available yet").arg(title), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    heading->setAlignment(Qt::AlignCenter);

    auto *text = new QLabel(
        tr("%1\n\nThis page comes with a later version of epilot Admin. Until then, nothing "
           "here reads or changes data.")
            .arg(purpose),
        this);
    text->setObjectName(QStringLiteral("placeholderText"));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setFixedWidth(460);
    text->setMinimumHeight(text->heightForWidth(460));
    text->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addSpacing(12);
    layout->addWidget(heading);
    layout->addSpacing(6);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}
