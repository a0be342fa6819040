#include "ui/common/SvgIconEngine.h"

#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPixmap>
#include <QPixmapCache>
#include <QSvgRenderer>

namespace {

const QByteArray currentColor = QByteArrayLiteral("currentColor");
// A fixed-colour icon (the application's own) is faded when disabled, as Qt does for pixmaps.
constexpr qreal disabledOpacity = 0.4;

} // namespace

SvgIconEngine::SvgIconEngine(const QString &fileName) : m_fileName(fileName)
{
    QFile file(fileName);
    if (file.open(QIODevice::ReadOnly))
        m_svg = file.readAll();
    m_followsPalette = m_svg.contains(currentColor);
}

QColor SvgIconEngine::tint(QIcon::Mode mode, const QPalette &palette)
{
    switch (mode) {
    case QIcon::Disabled:
        return palette.color(QPalette::Disabled, QPalette::WindowText);
    case QIcon::Selected:
        return palette.color(QPalette::Active, QPalette::HighlightedText);
    default:
        return palette.color(QPalette::Active, QPalette::WindowText);
    }
}

QByteArray SvgIconEngine::tinted(QIcon::Mode mode) const
{
    if (!m_followsPalette)
        return m_svg;
    // Qt SVG would take currentColor from a "color" attribute; writing the colour in its place
    // covers every element the same way.
    QByteArray svg = m_svg;
    return svg.replace(currentColor, tint(mode, QGuiApplication::palette()).name().toLatin1());
}

void SvgIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode,
                          QIcon::State state)
{
    Q_UNUSED(state);
    QSvgRenderer renderer(tinted(mode));
    if (!renderer.isValid())
        return;
    renderer.setAspectRatioMode(Qt::KeepAspectRatio);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (mode == QIcon::Disabled && !m_followsPalette)
        painter->setOpacity(painter->opacity() * disabledOpacity);
    renderer.render(painter, rect);
    painter->restore();
}

QPixmap SvgIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

QPixmap SvgIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                                    qreal scale)
{
    // QIcon asks in device pixels already: `size` is the logical size times `scale`.
    const QSize pixels = size;
    if (pixels.isEmpty())
        return {};
    // The key holds the colour, so a palette change draws the icon anew.
    const QString cacheKey =
        QStringLiteral("SvgIconEngine:%1:%2x%3:%4:%5")
            .arg(m_fileName)
            .arg(pixels.width())
            .arg(pixels.height())
            .arg(int(mode))
            .arg(m_followsPalette ? tint(mode, QGuiApplication::palette()).name() : QString());
    QPixmap pixmap;
    if (!QPixmapCache::find(cacheKey, &pixmap)) {
        pixmap = QPixmap(pixels);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(), pixels), mode, state);
        painter.end();
        QPixmapCache::insert(cacheKey, pixmap);
    }
    pixmap.setDevicePixelRatio(scale);
    return pixmap;
}

QIconEngine *SvgIconEngine::clone() const
{
    return new SvgIconEngine(*this);
}

bool SvgIconEngine::isNull()
{
    return m_svg.isEmpty();
}
