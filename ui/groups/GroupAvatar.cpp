#include "ui/groups/GroupAvatar.h"

#include "models/GroupListModel.h"
#include "ui/common/Theme.h"

#include <QApplication>
#include <QLinearGradient>
#include <QPainter>

void GroupAvatar::paint(QPainter *painter, const QRect &rect, const QString &abbreviation,
                        const QStringList &gradientColors)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QLinearGradient gradient(rect.topLeft(), rect.bottomRight());
    if (gradientColors.size() == 2) {
        gradient.setColorAt(0, QColor(gradientColors.at(0)));
        gradient.setColorAt(1, QColor(gradientColors.at(1)));
    } else {
        // No colours of its own: the neutral category, darkening towards the corner.
        const QColor neutral = Theme::category(Theme::categoryCount() - 1);
        gradient.setColorAt(0, neutral);
        gradient.setColorAt(1, neutral.darker(140));
    }
    painter->setPen(Qt::NoPen);
    painter->setBrush(gradient);
    painter->drawRoundedRect(rect, rect.width() * 0.25, rect.height() * 0.25);
    QFont font = painter->font();
    font.setBold(true);
    font.setPixelSize(qMax(8, int(rect.height() * 0.42)));
    painter->setFont(font);
    painter->setPen(Theme::color(Theme::Color::TextOnCategory));
    painter->drawText(rect, Qt::AlignCenter, abbreviation);
    painter->restore();
}

GroupAvatarWidget::GroupAvatarWidget(QWidget *parent) : QWidget(parent)
{
    setFixedSize(64, 64);
    setAccessibleName(tr("Avatar preview"));
}

void GroupAvatarWidget::setAvatar(const QString &abbreviation, const QStringList &gradientColors)
{
    m_abbreviation = abbreviation;
    m_colors = gradientColors;
    update();
}

void GroupAvatarWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    GroupAvatar::paint(&painter, rect().adjusted(2, 2, -2, -2), m_abbreviation, m_colors);
}

void GroupNameDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem plain = option;
    initStyleOption(&plain, index);
    const QString name = plain.text;
    plain.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &plain, painter, plain.widget);
    const int size = qMin(option.rect.height() - 6, 26);
    const QRect avatar(option.rect.left() + 6, option.rect.center().y() - size / 2 + 1, size, size);
    GroupAvatar::paint(painter, avatar, index.data(GroupListModel::AbbreviationRole).toString(),
                       index.data(GroupListModel::GradientRole).toStringList());
    QRect text = option.rect.adjusted(size + 14, 0, 0, 0);
    painter->save();
    painter->setPen(option.state & QStyle::State_Selected
                        ? option.palette.color(QPalette::HighlightedText)
                        : option.palette.color(QPalette::Text));
    painter->drawText(text, Qt::AlignVCenter | Qt::AlignLeft,
                      option.fontMetrics.elidedText(name, Qt::ElideRight, text.width()));
    painter->restore();
}

QSize GroupNameDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    return QSize(size.width() + 40, qMax(size.height(), 32));
}
