#pragma once

#include <QPainterPath>
#include <QPointF>
#include <QString>

namespace dicedesk::BadgeShapes {

/// Badges are drawn in a square design box of this many units; the renderer scales it.
inline constexpr qreal designSize = 128;

/// Where things go inside a shape (design units).
struct Layout
{
    QPointF centre;            ///< the visual centre: the icon without a label, the "?"
    qreal iconSize = 56;       ///< side of the icon's square without a label
    QPointF iconCentreLabeled; ///< the icon's centre when there is a label
    qreal iconSizeLabeled = 44;
    qreal labelCentreY = 92; ///< the label's cap height is centred on this line
    qreal labelWidth = 80;   ///< the label is shrunk to fit this width
    qreal questionHeight = 62;
};

/// The outline of @p shape (one of BadgeConfig::shapes(); unknown: circle) moved inwards by
/// @p inset design units, so a border is the ring between body(shape, 0) and
/// body(shape, width). Cached per thread; the reference is valid until the next call.
const QPainterPath &body(const QString &shape, qreal inset = 0);
/// The ribbon's two tails (behind the body); empty for the other shapes.
const QPainterPath &tails(const QString &shape);
Layout layout(const QString &shape);

/// A line of text in the bundled bold font (resources/badges/fonts) as a path whose cap
/// height is @p capHeight units, horizontally centred on x = 0 with the baseline at y = 0.
/// Glyph outlines come straight from the font file, so they are the same on every machine.
/// Cached per thread.
QPainterPath text(const QString &text, qreal capHeight);

} // namespace dicedesk::BadgeShapes
