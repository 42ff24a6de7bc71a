#pragma once

#include <QByteArray>
#include <QColor>
#include <QHash>
#include <QIcon>
#include <QIconEngine>
#include <QPixmap>

namespace dicedesk {

/// An icon drawn from an SVG in the resources, sharp at any size and device pixel ratio: it
/// is rendered with QSvgRenderer at exactly the requested size × device pixel ratio, never
/// rasterised once and scaled. The icons' ink colour (#5b6b82) is replaced by the palette's
/// window text colour (dimmed when disabled, highlighted text when selected), so icons read
/// well in light and dark themes; an SVG without that ink (the app icon, the warning sign)
/// keeps its own colours.
///
/// Rendered pixmaps are cached per (size, ratio, mode, colour); ThemeManager drops the
/// caches when the theme changes.
class ThemedIcon : public QIconEngine
{
public:
    /// The ink colour the resource SVGs are drawn in.
    static constexpr const char *kInk = "#5b6b82";

    explicit ThemedIcon(const QString &resourcePath);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override;
    QIconEngine *clone() const override;
    QString key() const override;
    QString iconName() override;
    bool isNull() override;
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override;

    /// True when the SVG uses the ink colour (and so follows the palette).
    bool isInked() const { return m_inked; }
    /// The colour the ink becomes for a mode in the current application palette.
    static QColor inkColour(QIcon::Mode mode);
    /// Forgets every rendered pixmap (the palette changed).
    static void invalidateCaches();

private:
    /// Renders `deviceSize` device pixels for a display at `ratio`.
    QPixmap render(const QSize &deviceSize, qreal ratio, QIcon::Mode mode);

    struct CacheKey
    {
        QSize size;
        qint64 ratioMilli;
        QIcon::Mode mode;
        QRgb colour;
        friend bool operator==(const CacheKey &a, const CacheKey &b) = default;
        friend size_t qHash(const CacheKey &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.size.width(), key.size.height(), key.ratioMilli,
                              static_cast<int>(key.mode), key.colour);
        }
    };

    QString m_path;
    QByteArray m_svg;
    QSize m_defaultSize;
    bool m_inked = false;
    bool m_valid = false;
    QHash<CacheKey, QPixmap> m_cache;
    int m_generation = 0;
};

/// A themed icon for an SVG in the resources (":/icons/overview.svg").
QIcon themedIcon(const QString &resourcePath);

} // namespace dicedesk
