#include "ui/common/LineIconEngine.h"

#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QtMath>

namespace {

struct Style
{
    QString fill = QStringLiteral("black");
    QString stroke = QStringLiteral("none");
    qreal strokeWidth = 1;
    qreal opacity = 1;
};

Style inherit(const Style &parent, const QXmlStreamAttributes &attributes)
{
    Style style = parent;
    if (attributes.hasAttribute(QLatin1String("fill")))
        style.fill = attributes.value(QLatin1String("fill")).toString();
    if (attributes.hasAttribute(QLatin1String("stroke")))
        style.stroke = attributes.value(QLatin1String("stroke")).toString();
    if (attributes.hasAttribute(QLatin1String("stroke-width")))
        style.strokeWidth = attributes.value(QLatin1String("stroke-width")).toDouble();
    if (attributes.hasAttribute(QLatin1String("opacity")))
        style.opacity *= attributes.value(QLatin1String("opacity")).toDouble();
    return style;
}

qreal number(const QXmlStreamAttributes &attributes, const char *name)
{
    return attributes.value(QLatin1String(name)).toDouble();
}

QList<QPointF> points(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    const QStringList parts = text.trimmed().split(separators, Qt::SkipEmptyParts);
    QList<QPointF> result;
    for (int index = 0; index + 1 < parts.size(); index += 2)
        result << QPointF(parts.at(index).toDouble(), parts.at(index + 1).toDouble());
    return result;
}

// Reads the numbers and command letters of SVG path data one at a time.
class PathTokens
{
public:
    explicit PathTokens(const QString &data) : m_data(data) {}

    bool atEnd()
    {
        skipSeparators();
        return m_position >= m_data.size();
    }
    bool nextIsNumber()
    {
        skipSeparators();
        if (m_position >= m_data.size())
            return false;
        const QChar c = m_data.at(m_position);
        return c.isDigit() || c == QLatin1Char('-') || c == QLatin1Char('+') ||
               c == QLatin1Char('.');
    }
    QChar command()
    {
        skipSeparators();
        return m_data.at(m_position++);
    }
    qreal number()
    {
        skipSeparators();
        const int start = m_position;
        if (m_position < m_data.size() && (m_data.at(m_position) == QLatin1Char('-') ||
                                           m_data.at(m_position) == QLatin1Char('+')))
            ++m_position;
        bool seenDot = false;
        while (m_position < m_data.size()) {
            const QChar c = m_data.at(m_position);
            if (c.isDigit()) {
                ++m_position;
            } else if (c == QLatin1Char('.') && !seenDot) {
                seenDot = true;
                ++m_position;
            } else if ((c == QLatin1Char('e') || c == QLatin1Char('E'))) {
                ++m_position;
                if (m_position < m_data.size() && (m_data.at(m_position) == QLatin1Char('-') ||
                                                   m_data.at(m_position) == QLatin1Char('+')))
                    ++m_position;
            } else {
                break;
            }
        }
        return QStringView(m_data).mid(start, m_position - start).toDouble();
    }
    // Arc flags may be written without separators ("a1 1 0 011 1").
    bool flag()
    {
        skipSeparators();
        return m_position < m_data.size() && m_data.at(m_position++) == QLatin1Char('1');
    }

private:
    void skipSeparators()
    {
        while (m_position < m_data.size() &&
               (m_data.at(m_position).isSpace() || m_data.at(m_position) == QLatin1Char(',')))
            ++m_position;
    }
    QString m_data;
    int m_position = 0;
};

// SVG's endpoint arc, converted to its centre form (SVG 1.1, appendix F.6.5).
void arcTo(QPainterPath &path, QPointF from, qreal rx, qreal ry, qreal rotation, bool largeArc,
           bool sweep, QPointF to)
{
    if (qFuzzyIsNull(rx) || qFuzzyIsNull(ry) || from == to) {
        path.lineTo(to);
        return;
    }
    rx = qAbs(rx);
    ry = qAbs(ry);
    const qreal phi = qDegreesToRadians(rotation);
    const qreal cosPhi = qCos(phi), sinPhi = qSin(phi);
    const qreal dx = (from.x() - to.x()) / 2, dy = (from.y() - to.y()) / 2;
    const qreal x1 = cosPhi * dx + sinPhi * dy, y1 = -sinPhi * dx + cosPhi * dy;
    const qreal lambda = (x1 * x1) / (rx * rx) + (y1 * y1) / (ry * ry);
    if (lambda > 1) {
        rx *= qSqrt(lambda);
        ry *= qSqrt(lambda);
    }
    const qreal numerator = rx * rx * ry * ry - rx * rx * y1 * y1 - ry * ry * x1 * x1;
    const qreal denominator = rx * rx * y1 * y1 + ry * ry * x1 * x1;
    qreal factor = qSqrt(qMax<qreal>(0, numerator / denominator));
    if (largeArc == sweep)
        factor = -factor;
    const qreal cx1 = factor * rx * y1 / ry, cy1 = -factor * ry * x1 / rx;
    const QPointF centre(cosPhi * cx1 - sinPhi * cy1 + (from.x() + to.x()) / 2,
                         sinPhi * cx1 + cosPhi * cy1 + (from.y() + to.y()) / 2);
    const auto angle = [](qreal ux, qreal uy, qreal vx, qreal vy) {
        return qAtan2(ux * vy - uy * vx, ux * vx + uy * vy);
    };
    const qreal theta = angle(1, 0, (x1 - cx1) / rx, (y1 - cy1) / ry);
    qreal delta = angle((x1 - cx1) / rx, (y1 - cy1) / ry, (-x1 - cx1) / rx, (-y1 - cy1) / ry);
    if (!sweep && delta > 0)
        delta -= 2 * M_PI;
    else if (sweep && delta < 0)
        delta += 2 * M_PI;
    // Drawn in an unrotated frame; QPainterPath angles run counter-clockwise, SVG's clockwise.
    QPainterPath arc;
    arc.moveTo(from);
    const QRectF box(-rx, -ry, 2 * rx, 2 * ry);
    QPainterPath local;
    local.arcMoveTo(box, -qRadiansToDegrees(theta));
    local.arcTo(box, -qRadiansToDegrees(theta), -qRadiansToDegrees(delta));
    QTransform transform;
    transform.translate(centre.x(), centre.y());
    transform.rotate(rotation);
    path.connectPath(transform.map(local));
    path.lineTo(to);
}

} // namespace

QPainterPath LineIconEngine::parsePathData(const QString &data)
{
    QPainterPath path;
    PathTokens tokens(data);
    QPointF current, start, lastControl;
    QChar previous;
    while (!tokens.atEnd()) {
        if (!tokens.nextIsNumber() || previous.isNull())
            previous = tokens.command();
        else if (previous == QLatin1Char('M'))
            previous = QLatin1Char('L'); // further pairs after a moveto are linetos
        else if (previous == QLatin1Char('m'))
            previous = QLatin1Char('l');
        const QChar command = previous;
        const bool relative = command.isLower();
        const QPointF origin = relative ? current : QPointF();
        const auto point = [&] {
            const qreal x = tokens.number();
            return QPointF(x, tokens.number()) + origin;
        };
        switch (command.toUpper().toLatin1()) {
        case 'M':
            current = start = point();
            path.moveTo(current);
            break;
        case 'L':
            current = point();
            path.lineTo(current);
            break;
        case 'H':
            current.setX(tokens.number() + (relative ? current.x() : 0));
            path.lineTo(current);
            break;
        case 'V':
            current.setY(tokens.number() + (relative ? current.y() : 0));
            path.lineTo(current);
            break;
        case 'C': {
            const QPointF c1 = point(), c2 = point(), end = point();
            path.cubicTo(c1, c2, end);
            lastControl = c2;
            current = end;
            break;
        }
        case 'S': {
            const QPointF c1 = 2 * current - lastControl;
            const QPointF c2 = point(), end = point();
            path.cubicTo(c1, c2, end);
            lastControl = c2;
            current = end;
            break;
        }
        case 'Q': {
            const QPointF c = point(), end = point();
            path.quadTo(c, end);
            lastControl = c;
            current = end;
            break;
        }
        case 'T': {
            const QPointF c = 2 * current - lastControl;
            const QPointF end = point();
            path.quadTo(c, end);
            lastControl = c;
            current = end;
            break;
        }
        case 'A': {
            const qreal rx = tokens.number(), ry = tokens.number(), rotation = tokens.number();
            const bool largeArc = tokens.flag(), sweep = tokens.flag();
            const QPointF end = point();
            arcTo(path, current, rx, ry, rotation, largeArc, sweep, end);
            current = end;
            break;
        }
        case 'Z':
            path.closeSubpath();
            current = start;
            break;
        default:
            return path; // not path data we understand; keep what was drawn
        }
        if (command.toUpper() != QLatin1Char('C') && command.toUpper() != QLatin1Char('S') &&
            command.toUpper() != QLatin1Char('Q') && command.toUpper() != QLatin1Char('T'))
            lastControl = current;
    }
    return path;
}

LineIconEngine::Drawing LineIconEngine::parse(const QByteArray &svg)
{
    Drawing drawing;
    QXmlStreamReader reader(svg);
    QList<Style> styles{Style{}};
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::EndElement) {
            if (styles.size() > 1)
                styles.removeLast();
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes attributes = reader.attributes();
        const Style style = inherit(styles.last(), attributes);
        styles << style;
        const QStringView name = reader.name();
        QPainterPath path;
        if (name == QLatin1String("svg")) {
            const QList<QPointF> box =
                points(attributes.value(QLatin1String("viewBox")).toString());
            drawing.viewBox = box.size() == 2
                                  ? QRectF(box.at(0), QSizeF(box.at(1).x(), box.at(1).y()))
                                  : QRectF(0, 0, 24, 24);
            continue;
        } else if (name == QLatin1String("path")) {
            path = parsePathData(attributes.value(QLatin1String("d")).toString());
        } else if (name == QLatin1String("circle")) {
            const qreal r = number(attributes, "r");
            path.addEllipse(QPointF(number(attributes, "cx"), number(attributes, "cy")), r, r);
        } else if (name == QLatin1String("ellipse")) {
            path.addEllipse(QPointF(number(attributes, "cx"), number(attributes, "cy")),
                            number(attributes, "rx"), number(attributes, "ry"));
        } else if (name == QLatin1String("rect")) {
            const QRectF rect(number(attributes, "x"), number(attributes, "y"),
                              number(attributes, "width"), number(attributes, "height"));
            const qreal rx = number(attributes, "rx");
            path.addRoundedRect(
                rect, rx,
                attributes.hasAttribute(QLatin1String("ry")) ? number(attributes, "ry") : rx);
        } else if (name == QLatin1String("line")) {
            path.moveTo(number(attributes, "x1"), number(attributes, "y1"));
            path.lineTo(number(attributes, "x2"), number(attributes, "y2"));
        } else if (name == QLatin1String("polyline") || name == QLatin1String("polygon")) {
            const QList<QPointF> corners =
                points(attributes.value(QLatin1String("points")).toString());
            if (!corners.isEmpty()) {
                path.moveTo(corners.first());
                for (int index = 1; index < corners.size(); ++index)
                    path.lineTo(corners.at(index));
                if (name == QLatin1String("polygon"))
                    path.closeSubpath();
            }
        } else {
            continue; // <g>, <title> and the like only carry style
        }
        drawing.shapes << Shape{path, style.fill, style.stroke, style.strokeWidth, style.opacity};
    }
    if (reader.hasError())
        drawing.error = reader.errorString();
    if (drawing.viewBox.isEmpty())
        drawing.viewBox = QRectF(0, 0, 24, 24);
    return drawing;
}

LineIconEngine::LineIconEngine(const QString &fileName) : m_fileName(fileName)
{
    QFile file(fileName);
    Drawing drawing;
    if (file.open(QIODevice::ReadOnly))
        drawing = parse(file.readAll());
    else
        drawing.error = file.errorString();
    m_drawing = std::make_shared<const Drawing>(std::move(drawing));
}

QColor LineIconEngine::colorFor(const QString &spec, QIcon::Mode mode)
{
    const QPalette palette = QGuiApplication::palette();
    if (spec == QLatin1String("currentColor")) {
        switch (mode) {
        case QIcon::Disabled:
            return palette.color(QPalette::Disabled, QPalette::WindowText);
        case QIcon::Selected:
            return palette.color(QPalette::Active, QPalette::HighlightedText);
        default:
            return palette.color(QPalette::Active, QPalette::WindowText);
        }
    }
    QColor color = QColor::fromString(spec);
    if (mode == QIcon::Disabled)
        color.setAlphaF(color.alphaF() * 0.4);
    return color;
}

void LineIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode,
                           QIcon::State state)
{
    Q_UNUSED(state);
    const Drawing &drawing = *m_drawing;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // Keep the aspect ratio, centred.
    const qreal scale =
        qMin(rect.width() / drawing.viewBox.width(), rect.height() / drawing.viewBox.height());
    painter->translate(QRectF(rect).center() -
                       QPointF(drawing.viewBox.width(), drawing.viewBox.height()) * scale / 2);
    painter->scale(scale, scale);
    painter->translate(-drawing.viewBox.topLeft());
    for (const Shape &shape : drawing.shapes) {
        painter->setOpacity(shape.opacity);
        if (shape.fill != QLatin1String("none"))
            painter->fillPath(shape.path, colorFor(shape.fill, mode));
        if (shape.stroke != QLatin1String("none")) {
            QPen pen(colorFor(shape.stroke, mode), shape.strokeWidth, Qt::SolidLine, Qt::RoundCap,
                     Qt::RoundJoin);
            painter->strokePath(shape.path, pen);
        }
    }
    painter->restore();
}

QPixmap LineIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    QPixmap pixmap(size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    paint(&painter, QRect(QPoint(), size), mode, state);
    return pixmap;
}

QIconEngine *LineIconEngine::clone() const
{
    return new LineIconEngine(*this);
}
