#pragma once

#include "badges/BadgeConfig.h"

#include <QByteArray>
#include <QImage>

class QPainter;
class QRectF;

namespace dicedesk {

/// Draws badges. Deterministic: the same config, size and state give the same pixels on every
/// machine (shapes are paths in the 128-unit design box, icons are the bundled SVGs, the label
/// uses the bundled font), so reference PNGs in tests can compare with a small tolerance.
/// Safe to call from any thread (no widgets); fast enough to re-render on every colour drag.
namespace BadgeRenderer {

/// Paints the badge into @p target (a square; other rectangles are centred).
void paint(QPainter &painter, const QRectF &target, const BadgeConfig &config,
           BadgeState state = BadgeState::Unlocked);
/// A transparent ARGB32-premultiplied image of @p pixels × @p pixels.
QImage render(const BadgeConfig &config, int pixels, BadgeState state = BadgeState::Unlocked);
/// An SVG document of the badge at @p pixels (vector shapes and icon, text as paths).
QByteArray renderSvg(const BadgeConfig &config, int pixels,
                     BadgeState state = BadgeState::Unlocked);

} // namespace BadgeRenderer

} // namespace dicedesk
