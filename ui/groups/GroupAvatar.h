#pragma once

#include <QStringList>
#include <QStyledItemDelegate>
#include <QWidget>

// A group's avatar: its abbreviation on a two-colour gradient (or a neutral colour).
namespace GroupAvatar {
void paint(QPainter *painter, const QRect &rect, const QString &abbreviation,
           const QStringList &gradientColors);
}

// The live preview in the group dialog.
class GroupAvatarWidget : public QWidget
{
    Q_OBJECT
public:
    explicit GroupAvatarWidget(QWidget *parent = nullptr);
    void setAvatar(const QString &abbreviation, const QStringList &gradientColors);
    QSize sizeHint() const override { return QSize(64, 64); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_abbreviation;
    QStringList m_colors;
};

// Paints the avatar before the group's name in the groups table.
class GroupNameDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
