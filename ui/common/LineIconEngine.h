#pragma once

#include <QColor>
#include <QIconEngine>
#include <QList>
#include <QPainterPath>
#include <QRectF>
#include <memory>

// Draws the application's icons from their SVG files without QtSvg (which Debian bookworm
// ships separately and the application does not depend on). It understands the small part of
// SVG the icons in resources/icons use: <path> (every command), <circle>, <ellipse>, <rect>,
// <line>, <polyline>, <polygon>, nested <g>, and fill / stroke / stroke-width / opacity.
// "currentColor" follows the palette, so icons suit light and dark themes, greyed when disabled
// and light on a selected row.
class LineIconEngine : public QIconEngine
{
public:
    struct Shape
    {
        QPainterPath path;
        QString fill;   // "none", "currentColor" or a colour name
        QString stroke; // likewise
        qreal strokeWidth = 1;
        qreal opacity = 1;
    };
    struct Drawing
    {
        QRectF viewBox;
        QList<Shape> shapes;
        QString error; // empty when the file parsed
    };

    explicit LineIconEngine(const QString &fileName);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override { return QStringLiteral("LineIconEngine"); }

    static Drawing parse(const QByteArray &svg);
    static QPainterPath parsePathData(const QString &data);

private:
    static QColor colorFor(const QString &spec, QIcon::Mode mode);

    QString m_fileName;
    std::shared_ptr<const Drawing> m_drawing;
};
