#include "ui/partners/grants/GrantStyle.h"

#include "ui/common/Theme.h"

#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QtMath>

namespace {

QPixmap canvas()
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    return pixmap;
}

QIcon allowIcon()
{
    QPixmap pixmap = canvas();
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(GrantStyle::effectColor("allow"));
    painter.drawEllipse(QRectF(2, 2, 28, 28));
    painter.setPen(QPen(Theme::color(Theme::Color::TextOnCategory), 4, Qt::SolidLine, Qt::RoundCap,
                        Qt::RoundJoin));
    painter.drawPolyline(QPolygonF({QPointF(9, 16.5), QPointF(14, 21.5), QPointF(23, 11)}));
    return QIcon(pixmap);
}

QIcon denyIcon()
{
    QPixmap pixmap = canvas();
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(GrantStyle::effectColor("deny"));
    QPolygonF octagon;
    for (int corner = 0; corner < 8; ++corner) {
        const qreal angle = qDegreesToRadians(22.5 + 45.0 * corner);
        octagon << QPointF(16 + 14.5 * qCos(angle), 16 + 14.5 * qSin(angle));
    }
    painter.drawPolygon(octagon);
    painter.setBrush(Theme::color(Theme::Color::TextOnCategory));
    painter.drawRoundedRect(QRectF(8, 13.5, 16, 5), 1.5, 1.5);
    return QIcon(pixmap);
}

QIcon unknownEffectIcon()
{
    QPixmap pixmap = canvas();
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(GrantStyle::effectColor(QString()), 3));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(QRectF(3, 3, 26, 26));
    QFont font = painter.font();
    font.setPixelSize(20);
    font.setBold(true);
    painter.setFont(font);
    painter.drawText(QRectF(0, 0, 32, 32), Qt::AlignCenter, QStringLiteral("?"));
    return QIcon(pixmap);
}

QIcon symbolIcon(const QColor &color, const QString &symbol, bool triangle)
{
    QPixmap pixmap = canvas();
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    if (triangle)
        painter.drawPolygon(QPolygonF({QPointF(16, 2), QPointF(30.5, 29), QPointF(1.5, 29)}));
    else
        painter.drawEllipse(QRectF(2, 2, 28, 28));
    QFont font = painter.font();
    font.setPixelSize(19);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Theme::color(Theme::Color::TextOnCategory));
    painter.drawText(QRectF(0, triangle ? 4 : 0, 32, 32), Qt::AlignCenter, symbol);
    return QIcon(pixmap);
}

} // namespace

namespace GrantStyle {

QIcon effectIcon(const QString &effect)
{
    static const QIcon allow = allowIcon();
    static const QIcon deny = denyIcon();
    static const QIcon unknown = unknownEffectIcon();
    if (effect == QLatin1String("allow"))
        return allow;
    if (effect == QLatin1String("deny"))
        return deny;
    return unknown;
}

QColor effectColor(const QString &effect)
{
    if (effect == QLatin1String("allow"))
        return Theme::color(Theme::Color::SuccessText);
    if (effect == QLatin1String("deny"))
        return Theme::color(Theme::Color::ErrorText);
    return Theme::color(Theme::Color::MutedText); // an invalid effect
}

QIcon severityIcon(GrantFinding::Severity severity)
{
    static const QIcon error = symbolIcon(severityColor(GrantFinding::Severity::Error), "!", false);
    static const QIcon warning =
        symbolIcon(severityColor(GrantFinding::Severity::Warning), "!", true);
    static const QIcon suggestion =
        symbolIcon(severityColor(GrantFinding::Severity::Suggestion), "i", false);
    switch (severity) {
    case GrantFinding::Severity::Error:
        return error;
    case GrantFinding::Severity::Warning:
        return warning;
    case GrantFinding::Severity::Suggestion:
        return suggestion;
    }
    return {};
}

QColor severityColor(GrantFinding::Severity severity)
{
    switch (severity) {
    case GrantFinding::Severity::Error:
        return Theme::color(Theme::Color::ErrorText);
    case GrantFinding::Severity::Warning:
        return Theme::color(Theme::Color::WarningText);
    case GrantFinding::Severity::Suggestion:
        return Theme::color(Theme::Color::InfoText);
    }
    return {};
}

} // namespace GrantStyle

QLabel *GrantStyle::hintLabel(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    label->setPalette(palette);
    return label;
}
