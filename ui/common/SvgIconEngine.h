#pragma once

#include <QIconEngine>
#include <QPalette>

// Renders one of the application's SVG icons with Qt SVG. Lines and fills written as
// "currentColor" take the palette's text colour (greyed when disabled, the highlighted text
// colour on a selected row), so the icons suit light and dark themes; other colours stay as
// drawn. Vector rendering keeps them crisp at every size and device pixel ratio.
class SvgIconEngine : public QIconEngine
{
public:
    explicit SvgIconEngine(const QString &fileName);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override;
    QIconEngine *clone() const override;
    QString key() const override { return QStringLiteral("SvgIconEngine"); }
    bool isNull() override;

    // The colour "currentColor" stands for in `mode`.
    static QColor tint(QIcon::Mode mode, const QPalette &palette);

private:
    QByteArray tinted(QIcon::Mode mode) const;

    QString m_fileName;
    QByteArray m_svg;
    bool m_followsPalette = false; // the file uses currentColor
};
