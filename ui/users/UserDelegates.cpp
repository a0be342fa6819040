#include "ui/users/UserDelegates.h"

#include "domain/users/User.h"
#include "models/UserListModel.h"
#include "ui/common/Theme.h"

#include <QApplication>
#include <QPainter>

void StatusBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem plain = option;
    initStyleOption(&plain, index);
    const QString text = plain.text;
    plain.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &plain, painter, plain.widget);
    if (text.isEmpty())
        return;
    const int status = index.data(UserListModel::StatusRole).toInt();
    const QFontMetrics metrics(option.font);
    const int width = metrics.horizontalAdvance(text) + 16;
    const int height = metrics.height() + 4;
    const QRect badge(option.rect.left() + 4, option.rect.center().y() - height / 2 + 1, width,
                      height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(background(status, option.palette));
    painter->drawRoundedRect(badge, height / 2.0, height / 2.0);
    painter->setPen(foreground(status, option.palette));
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(size.width() + 24);
    return size;
}

QColor StatusBadgeDelegate::background(int status, const QPalette &palette)
{
    using Theme::Color;
    switch (User::Status(status)) {
    case User::Status::Active:
        return Theme::color(Color::SuccessBackground, palette);
    case User::Status::Pending:
        return Theme::color(Color::WarningBackground, palette);
    case User::Status::Deleted:
        return Theme::color(Color::ErrorBackground, palette);
    case User::Status::Deactivated:
    case User::Status::Unknown:
        break;
    }
    return palette.color(QPalette::Midlight); // a neutral surface
}

QColor StatusBadgeDelegate::foreground(int status, const QPalette &palette)
{
    using Theme::Color;
    switch (User::Status(status)) {
    case User::Status::Active:
        return Theme::color(Color::SuccessText, palette);
    case User::Status::Pending:
        return Theme::color(Color::WarningText, palette);
    case User::Status::Deleted:
        return Theme::color(Color::ErrorText, palette);
    case User::Status::Deactivated:
    case User::Status::Unknown:
        break;
    }
    return palette.color(QPalette::Text);
}

QColor AvatarDelegate::colourFor(const QString &seed)
{
    return Theme::category(int(qHash(seed) % uint(Theme::categoryCount())));
}

void AvatarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    QStyleOptionViewItem plain = option;
    initStyleOption(&plain, index);
    const QString initials = plain.text;
    plain.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &plain, painter, plain.widget);
    const int size = qMin(option.rect.height() - 4, 26);
    const QRect circle(option.rect.center().x() - size / 2, option.rect.center().y() - size / 2,
                       size, size);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colourFor(index.data(UserListModel::UserIdRole).toString()));
    painter->drawEllipse(circle);
    QFont font = option.font;
    font.setPointSizeF(font.pointSizeF() * 0.8);
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(Theme::color(Theme::Color::TextOnCategory));
    painter->drawText(circle, Qt::AlignCenter, initials);
    painter->restore();
}

QSize AvatarDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const
{
    return QSize(36, 30);
}
