#include "BadgeRenderer.h"

#include "badges/BadgeIcons.h"
#include "badges/BadgeShapes.h"

#include <QBuffer>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>
#include <QSvgGenerator>
#include <QtMath>
#include <cmath>

namespace dicedesk::BadgeRenderer {

namespace {

using BadgeShapes::designSize;

/// Locked badges are drawn in grey at this opacity.
constexpr qreal kLockedAlpha = 0.55;
const QColor kEggFill(0x22, 0x26, 0x2E);
const QColor kEggEdge(0x4A, 0x52, 0x5E);
const QColor kEggMark(0xC4, 0xCC, 0xD6);

/// The colours one state paints with.
struct Palette
{
    QColor fill, gradientTo, border, icon, label;
    bool detail = true; ///< icon and label
};

QColor withAlpha(QColor colour, qreal alpha)
{
    colour.setAlphaF(alpha);
    return colour;
}

/// A light, slightly cool grey with the colour's lightness, so a locked badge keeps its
/// light and dark parts apart.
QColor greyed(const QColor &colour)
{
    const qreal luma = 0.299 * colour.red() + 0.587 * colour.green() + 0.114 * colour.blue();
    const int grey = qRound(112 + luma * 0.38);
    return withAlpha(QColor(grey - 3, grey, grey + 6), kLockedAlpha);
}

QColor darker(const QColor &colour, int factor)
{
    return colour.darker(factor);
}

Palette paletteFor(const BadgeConfig &config, BadgeState state)
{
    Palette palette{QColor(config.fill), QColor(config.gradientTo), QColor(config.borderColor),
                    QColor(config.iconColor), QColor(config.labelColor)};
    switch (state) {
    case BadgeState::Unlocked:
        break;
    case BadgeState::Locked:
    case BadgeState::LockedWithHint:
        palette = {greyed(palette.fill), greyed(palette.gradientTo), greyed(palette.border),
                   greyed(palette.icon), greyed(palette.label)};
        palette.detail = false; // the "?" takes the icon's place; the card shows the hint
        break;
    case BadgeState::EasterEgg:
        palette = {kEggFill, kEggFill, kEggEdge, Qt::transparent, Qt::transparent, false};
        break;
    }
    return palette;
}

QBrush fillBrush(const BadgeConfig &config, const Palette &palette, int darken = 100)
{
    const QColor from = darker(palette.fill, darken);
    if (!config.gradient || palette.fill == palette.gradientTo)
        return from;
    const qreal angle = qDegreesToRadians(static_cast<qreal>(config.gradientAngle));
    const QPointF direction(std::cos(angle), std::sin(angle));
    const QPointF centre(designSize / 2, designSize / 2);
    const qreal reach = designSize / 2 - 4;
    QLinearGradient gradient(centre - direction * reach, centre + direction * reach);
    gradient.setColorAt(0, from);
    gradient.setColorAt(1, darker(palette.gradientTo, darken));
    return gradient;
}

/// Light from above: a soft highlight at the top fading out, a little shade at the bottom.
QBrush sheenBrush(const QRectF &bounds, qreal strength)
{
    QLinearGradient gradient(bounds.topLeft(), bounds.bottomLeft());
    gradient.setColorAt(0, QColor(255, 255, 255, qRound(60 * strength)));
    gradient.setColorAt(0.5, QColor(255, 255, 255, 0));
    gradient.setColorAt(0.55, QColor(0, 0, 0, 0));
    gradient.setColorAt(1, QColor(0, 0, 0, qRound(34 * strength)));
    return gradient;
}

/// A dark outline for light text and a light one for dark text.
QColor outlineFor(const QColor &text)
{
    const qreal luma = 0.299 * text.red() + 0.587 * text.green() + 0.114 * text.blue();
    return luma > 140 ? QColor(0, 0, 0, qRound(95 * text.alphaF()))
                      : QColor(255, 255, 255, qRound(110 * text.alphaF()));
}

void drawText(QPainter &painter, const QPainterPath &path, const QColor &colour, qreal outline)
{
    if (path.isEmpty() || colour.alpha() == 0)
        return;
    if (outline > 0) {
        QPen pen(outlineFor(colour), outline, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter.strokePath(path, pen);
    }
    painter.fillPath(path, colour);
}

QPainterPath labelPath(const QString &label, const BadgeShapes::Layout &layout)
{
    constexpr qreal kCapHeight = 17;
    constexpr qreal kMinCapHeight = 8;
    QPainterPath path = BadgeShapes::text(label, kCapHeight);
    const qreal width = path.boundingRect().width();
    qreal capHeight = kCapHeight;
    if (width > layout.labelWidth) {
        capHeight = std::max(kMinCapHeight, kCapHeight * layout.labelWidth / width);
        path = BadgeShapes::text(label, capHeight);
    }
    path.translate(layout.iconCentreLabeled.x(), layout.labelCentreY + capHeight / 2);
    return path;
}

void paintDesign(QPainter &painter, const BadgeConfig &config, BadgeState state)
{
    const Palette palette = paletteFor(config, state);
    const BadgeShapes::Layout layout = BadgeShapes::layout(config.shape);
    const bool egg = state == BadgeState::EasterEgg;
    painter.setPen(Qt::NoPen);

    // Ribbon tails behind the medal, a shade darker than the medal.
    const QPainterPath &tails = BadgeShapes::tails(config.shape);
    if (!tails.isEmpty()) {
        painter.setBrush(egg ? QBrush(kEggFill) : fillBrush(config, palette, 135));
        painter.drawPath(tails);
    }

    // The body, with the border as the ring between the outline and the inset outline.
    const qreal borderWidth = egg ? 2.5 : config.border ? config.borderWidth : 0;
    const QPainterPath &outline = BadgeShapes::body(config.shape);
    const QPainterPath &inner =
        borderWidth > 0 ? BadgeShapes::body(config.shape, borderWidth) : outline;
    if (borderWidth > 0) {
        painter.setBrush(palette.border);
        painter.drawPath(outline);
    }
    painter.setBrush(egg ? QBrush(kEggFill) : fillBrush(config, palette));
    painter.drawPath(inner);

    if (palette.detail) {
        painter.setBrush(
            sheenBrush(outline.boundingRect(), state == BadgeState::Unlocked ? 1.0 : kLockedAlpha));
        painter.drawPath(inner);
        if (config.shape == QLatin1String("ribbon")) {
            // The medal's inner rim.
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(QColor(255, 255, 255, palette.icon.alpha() / 3), 2));
            painter.drawEllipse(layout.centre, 36, 36);
            painter.setPen(Qt::NoPen);
        }

        const bool labeled = !config.label.isEmpty();
        const QPointF iconCentre = labeled ? layout.iconCentreLabeled : layout.centre;
        const qreal iconSize = labeled ? layout.iconSizeLabeled : layout.iconSize;
        if (!config.icon.isEmpty()) {
            BadgeIcons::paint(
                painter, config.icon,
                QRectF(iconCentre - QPointF(iconSize, iconSize) / 2, QSizeF(iconSize, iconSize)),
                palette.icon);
        }
        if (labeled)
            drawText(painter, labelPath(config.label, layout), palette.label, 3.5);
    }

    if (state != BadgeState::Unlocked) {
        QPainterPath mark = BadgeShapes::text(QStringLiteral("?"), layout.questionHeight);
        mark.translate(layout.centre.x(), layout.centre.y() + layout.questionHeight / 2);
        drawText(painter, mark, egg ? kEggMark : QColor(Qt::white), egg ? 0 : 6);
    }
}

} // namespace

void paint(QPainter &painter, const QRectF &target, const BadgeConfig &config, BadgeState state)
{
    const qreal side = std::min(target.width(), target.height());
    if (side <= 0)
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.translate(target.center() - QPointF(side, side) / 2);
    painter.scale(side / designSize, side / designSize);
    paintDesign(painter, config, state);
    painter.restore();
}

QImage render(const BadgeConfig &config, int pixels, BadgeState state)
{
    QImage image(std::max(1, pixels), std::max(1, pixels), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    paint(painter, QRectF(0, 0, image.width(), image.height()), config, state);
    painter.end();
    return image;
}

QByteArray renderSvg(const BadgeConfig &config, int pixels, BadgeState state)
{
    pixels = std::max(1, pixels);
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(QSize(pixels, pixels));
    generator.setViewBox(QRect(0, 0, pixels, pixels));
    generator.setResolution(96);
    generator.setTitle(QStringLiteral("DiceDesk badge"));
    QPainter painter(&generator);
    paint(painter, QRectF(0, 0, pixels, pixels), config, state);
    painter.end();
    // QSvgGenerator states the size in millimetres, which viewers convert with different DPIs;
    // say pixels instead so the document is exactly pixels x pixels everywhere.
    static const QRegularExpression size(
        QStringLiteral(R"(<svg width="[0-9.]+mm" height="[0-9.]+mm")"));
    const QString header = QStringLiteral(R"(<svg width="%1" height="%1")").arg(pixels);
    const qsizetype end = std::min<qsizetype>(data.size(), 512);
    QString head = QString::fromUtf8(data.left(end));
    head.replace(size, header);
    return head.toUtf8() + data.mid(end);
}

} // namespace dicedesk::BadgeRenderer
