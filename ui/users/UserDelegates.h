#pragma once

#include <QStyledItemDelegate>

// Paints a user's status as a coloured badge that also carries the word (never colour alone).
class StatusBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // Background and text colours for a status (User::Status as int), from ui/common/Theme.
    static QColor background(int status, const QPalette &palette);
    static QColor foreground(int status, const QPalette &palette);
};

// Paints a round avatar with the person's initials in a colour derived from the id.
class AvatarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    static QColor colourFor(const QString &seed);
};
