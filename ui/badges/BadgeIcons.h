#pragma once

#include <QByteArray>
#include <QColor>
#include <QRectF>
#include <QString>
#include <QStringList>

class QPainter;

namespace dicedesk::BadgeIcons {

/// The names of the icon files bundled as resources (":/badges/icons/<name>.svg"), sorted.
/// BadgeConfig::iconNames() is the hard-coded copy the models use; a test keeps them equal.
QStringList bundledNames();
/// The SVG source of an icon (stroke/fill "currentColor"), empty for an unknown name.
QByteArray source(const QString &name);
/// Paints the icon into @p box (its 24-unit view box scaled to the box) in @p colour (alpha
/// included). Renderers are cached per thread and colour, so this is safe from any thread.
void paint(QPainter &painter, const QString &name, const QRectF &box, const QColor &colour);

} // namespace dicedesk::BadgeIcons
