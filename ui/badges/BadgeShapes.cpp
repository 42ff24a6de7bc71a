#include "BadgeShapes.h"

#include <QFile>
#include <QHash>
#include <QList>
#include <QRawFont>
#include <QtMath>
#include <cmath>
#include <optional>

namespace dicedesk::BadgeShapes {

namespace {

struct Corner
{
    QPointF point;
    qreal radius = 0;
};

qreal cross(QPointF a, QPointF b)
{
    return a.x() * b.y() - a.y() * b.x();
}

qreal length(QPointF v)
{
    return std::hypot(v.x(), v.y());
}

QPointF unit(QPointF v)
{
    const qreal l = length(v);
    return l > 0 ? v / l : QPointF();
}

/// Moves every edge of the polygon inwards by @p inset and adjusts the corner radii so the
/// rounded outline is the exact inner offset (convex corners shrink, reflex corners grow).
QList<Corner> offsetPolygon(const QList<Corner> &corners, qreal inset)
{
    if (inset == 0)
        return corners;
    const qsizetype n = corners.size();
    qreal area = 0;
    for (qsizetype i = 0; i < n; ++i)
        area += cross(corners[i].point, corners[(i + 1) % n].point);
    const qreal side = area > 0 ? 1 : -1;
    auto direction = [&](qsizetype i) {
        return unit(corners[(i + 1) % n].point - corners[i].point);
    };
    auto normal = [&](QPointF e) {
        return QPointF(-e.y(), e.x()) * side;
    };

    QList<Corner> result;
    result.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        const qsizetype previous = (i + n - 1) % n;
        const QPointF e0 = direction(previous);
        const QPointF e1 = direction(i);
        const QPointF a = corners[previous].point + normal(e0) * inset;
        const QPointF b = corners[i].point + normal(e1) * inset;
        const qreal denominator = cross(e0, e1);
        QPointF point;
        if (std::abs(denominator) < 1e-9) {
            point = corners[i].point + normal(e1) * inset;
        } else {
            const qreal s = cross(b - a, e1) / denominator;
            point = a + e0 * s;
        }
        const bool convex = denominator * side > 0;
        const qreal radius = corners[i].radius == 0 ? 0
                             : convex               ? std::max<qreal>(0, corners[i].radius - inset)
                                                    : corners[i].radius + inset;
        result.append({point, radius});
    }
    return result;
}

/// A closed path through the corners, each rounded with a circular arc (as a cubic).
QPainterPath roundedPolygon(const QList<Corner> &corners)
{
    const qsizetype n = corners.size();
    struct Arc
    {
        QPointF start, control1, control2, end;
    };
    QList<Arc> arcs;
    arcs.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        const QPointF v = corners[i].point;
        const QPointF p = corners[(i + n - 1) % n].point;
        const QPointF q = corners[(i + 1) % n].point;
        const QPointF u = unit(p - v);
        const QPointF w = unit(q - v);
        const qreal cosine = std::clamp<qreal>(u.x() * w.x() + u.y() * w.y(), -1, 1);
        const qreal theta = std::acos(cosine);
        if (corners[i].radius <= 0 || theta < 1e-3 || theta > M_PI - 1e-3) {
            arcs.append({v, v, v, v});
            continue;
        }
        qreal tangent = corners[i].radius / std::tan(theta / 2);
        tangent = std::min({tangent, length(p - v) / 2, length(q - v) / 2});
        const qreal radius = tangent * std::tan(theta / 2);
        const qreal sweep = M_PI - theta;
        const qreal handle = 4.0 / 3.0 * std::tan(sweep / 4) * radius;
        const QPointF start = v + u * tangent;
        const QPointF end = v + w * tangent;
        arcs.append({start, start - u * handle, end - w * handle, end});
    }
    QPainterPath path;
    path.moveTo(arcs.first().start);
    for (qsizetype i = 0; i < n; ++i) {
        const Arc &arc = arcs[i];
        if (i > 0)
            path.lineTo(arc.start);
        if (arc.start != arc.end)
            path.cubicTo(arc.control1, arc.control2, arc.end);
    }
    path.closeSubpath();
    return path;
}

QList<Corner> regularPolygon(int sides, QPointF centre, qreal radius, qreal cornerRadius)
{
    QList<Corner> corners;
    for (int i = 0; i < sides; ++i) {
        const qreal angle = qDegreesToRadians(-90.0 + 360.0 * i / sides);
        corners.append({centre + QPointF(std::cos(angle), std::sin(angle)) * radius, cornerRadius});
    }
    return corners;
}

QList<Corner> starPolygon(QPointF centre, qreal outer, qreal inner, qreal tipRadius,
                          qreal innerRadius, int points)
{
    QList<Corner> corners;
    for (int i = 0; i < points * 2; ++i) {
        const qreal angle = qDegreesToRadians(-90.0 + 180.0 * i / points);
        const bool tip = i % 2 == 0;
        corners.append({centre + QPointF(std::cos(angle), std::sin(angle)) * (tip ? outer : inner),
                        tip ? tipRadius : innerRadius});
    }
    return corners;
}

const QPointF kRibbonCentre(64, 50);

QList<Corner> shieldPolygon()
{
    return {{{14, 19}, 9},   {{64, 5}, 14},  {{114, 19}, 9},
            {{114, 60}, 70}, {{64, 124}, 9}, {{14, 60}, 70}};
}

QPainterPath makeBody(const QString &shape, qreal inset)
{
    QPainterPath path;
    if (shape == QLatin1String("shield"))
        return roundedPolygon(offsetPolygon(shieldPolygon(), inset));
    if (shape == QLatin1String("hexagon"))
        return roundedPolygon(offsetPolygon(regularPolygon(6, {64, 64}, 62, 12), inset));
    if (shape == QLatin1String("star"))
        return roundedPolygon(offsetPolygon(starPolygon({64, 69}, 64, 37, 9, 5, 5), inset));
    if (shape == QLatin1String("ribbon"))
        return roundedPolygon(offsetPolygon(starPolygon(kRibbonCentre, 49, 44, 3, 3, 16), inset));
    const qreal radius = 60 - inset;
    path.addEllipse(QPointF(64, 64), radius, radius);
    return path;
}

QPainterPath makeTails()
{
    // Two ribbon strips hanging from behind the medal, each with a swallow-tail cut.
    const QList<Corner> left{
        {{46, 72}, 0}, {{68, 82}, 0}, {{52, 124}, 2}, {{42, 112}, 0}, {{27, 117}, 2}};
    QList<Corner> right;
    for (auto it = left.crbegin(); it != left.crend(); ++it)
        right.append({QPointF(128 - it->point.x(), it->point.y()), it->radius});
    QPainterPath path = roundedPolygon(left);
    path.addPath(roundedPolygon(right));
    path.setFillRule(Qt::WindingFill);
    return path;
}

int shapeIndex(const QString &shape)
{
    static const QStringList shapes{QStringLiteral("circle"), QStringLiteral("shield"),
                                    QStringLiteral("hexagon"), QStringLiteral("star"),
                                    QStringLiteral("ribbon")};
    return std::max<int>(0, static_cast<int>(shapes.indexOf(shape)));
}

const QByteArray &fontData()
{
    static const QByteArray data = [] {
        QFile file(QStringLiteral(":/badges/fonts/DejaVuSans-Bold.ttf"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    return data;
}

constexpr qreal kGlyphPixels = 100;

} // namespace

const QPainterPath &body(const QString &shape, qreal inset)
{
    thread_local QHash<int, QPainterPath> cache;
    const int key = shapeIndex(shape) * 100000 + qRound(inset * 64);
    auto it = cache.find(key);
    if (it == cache.end()) {
        if (cache.size() > 512)
            cache.clear();
        static const QStringList names{QStringLiteral("circle"), QStringLiteral("shield"),
                                       QStringLiteral("hexagon"), QStringLiteral("star"),
                                       QStringLiteral("ribbon")};
        it = cache.insert(key, makeBody(names.at(shapeIndex(shape)), inset));
    }
    return *it;
}

const QPainterPath &tails(const QString &shape)
{
    thread_local const QPainterPath ribbonTails = makeTails();
    thread_local const QPainterPath none;
    return shape == QLatin1String("ribbon") ? ribbonTails : none;
}

Layout layout(const QString &shape)
{
    Layout l;
    switch (shapeIndex(shape)) {
    case 1: // shield
        l = {{64, 60}, 56, {64, 50}, 44, 88, 78, 60};
        break;
    case 2: // hexagon
        l = {{64, 64}, 58, {64, 51}, 46, 93, 78, 62};
        break;
    case 3: // star
        l = {{64, 70}, 42, {64, 63}, 34, 91, 60, 50};
        break;
    case 4: // ribbon
        l = {kRibbonCentre, 48, {64, 42}, 38, 72, 60, 48};
        break;
    default: // circle
        l = {{64, 64}, 60, {64, 51}, 46, 93, 84, 62};
        break;
    }
    return l;
}

QPainterPath text(const QString &text, qreal capHeight)
{
    struct Glyphs
    {
        QPainterPath path; // at kGlyphPixels, baseline 0, centred on x = 0
        qreal capHeight = 0;
    };
    thread_local QRawFont font(fontData(), kGlyphPixels, QFont::PreferNoHinting);
    thread_local QHash<QString, Glyphs> cache;
    auto it = cache.find(text);
    if (it == cache.end()) {
        if (cache.size() > 256)
            cache.clear();
        Glyphs glyphs;
        if (font.isValid()) {
            const QList<quint32> indexes = font.glyphIndexesForString(text);
            const QList<QPointF> advances = font.advancesForGlyphIndexes(
                indexes, QRawFont::KernedAdvances | QRawFont::UseDesignMetrics);
            qreal x = 0;
            for (qsizetype i = 0; i < indexes.size(); ++i) {
                QPainterPath glyph = font.pathForGlyph(indexes[i]);
                glyph.translate(x, 0);
                glyphs.path.addPath(glyph);
                x += advances.value(i).x();
            }
            glyphs.path.setFillRule(Qt::WindingFill);
            glyphs.path.translate(-x / 2, 0);
            glyphs.capHeight = font.capHeight();
        }
        it = cache.insert(text, glyphs);
    }
    if (it->capHeight <= 0)
        return {};
    const qreal scale = capHeight / it->capHeight;
    return QTransform::fromScale(scale, scale).map(it->path);
}

} // namespace dicedesk::BadgeShapes
