#include "ui/users/UserDelegates.h"

#include "domain/users/User.h"
#include "models/UserListModel.h"

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
    painter->setBrush(background(status));
    painter->drawRoundedRect(badge, height / 2.0, height / 2.0);
    painter->setPen(foreground(status));
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

QColor StatusBadgeDelegate::background(int status)
{
    switch (User::Status(status)) {
    case User::Status::Active:
        return QColor(0xd3, 0xf2, 0xdc);
    case User::Status::Pending:
        return QColor(0xfd, 0xec, 0xc8);
    case User::Status::Deactivated:
        return QColor(0xe4, 0xe7, 0xeb);
    case User::Status::Deleted:
        return QColor(0xfb, 0xd5, 0xd5);
    case User::Status::Unknown:
        break;
    }
    return QColor(0xee, 0xee, 0xee);
}

QColor StatusBadgeDelegate::foreground(int status)
{
    switch (User::Status(status)) {
    case User::Status::Active:
        return QColor(0x12, 0x6b, 0x32);
    case User::Status::Pending:
        return QColor(0x8a, 0x52, 0x00);
    case User::Status::Deactivated:
        return QColor(0x44, 0x4c, 0x56);
    case User::Status::Deleted:
        return QColor(0x9b, 0x1c, 0x1c);
    case User::Status::Unknown:
        break;
    }
    return QColor(0x33, 0x33, 0x33);
}

QColor AvatarDelegate::colourFor(const QString &seed)
{
    static const QColor palette[] = {QColor("#3358d4"), QColor("#0588f0"), QColor("#12a594"),
                                     QColor("#8e4ec6"), QColor("#d6409f"), QColor("#e54d2e"),
                                     QColor("#ad7f58"), QColor("#30a46c")};
    return palette[qHash(seed) % (sizeof(palette) / sizeof(palette[0]))];
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
    painter->setPen(Qt::white);
    painter->drawText(circle, Qt::AlignCenter, initials);
    painter->restore();
}

QSize AvatarDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const
{
    return QSize(36, 30);
}
