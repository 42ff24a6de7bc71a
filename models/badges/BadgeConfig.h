#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace dicedesk {

/// A badge as layers, stored as JSON in achievements.icon_config (format 1, see
/// docs/badges.md). Everything is in a 128 × 128 design box, so a badge renders the same at
/// any size and on every machine (the label uses the bundled font).
///
///   {"format": 1, "shape": "shield", "fill": "#2196F3",
///    "gradient": {"to": "#0D47A1", "angle": 90},
///    "border": {"color": "#FFFFFF", "width": 6},
///    "icon": "trophy", "icon_color": "#FFFFFF",
///    "label": "10", "label_color": "#FFFFFF"}
///
/// Only "shape" and "fill" are needed; the seed's {shape, fill, icon, label} is a valid badge.
/// Keys the console does not know are kept (extras) so a round trip loses nothing.
struct BadgeConfig
{
    QString shape = QStringLiteral("circle"); ///< one of shapes()
    QString fill = QStringLiteral("#2196F3"); ///< colours are "#RRGGBB" (upper case)
    bool gradient = false;
    QString gradientTo = QStringLiteral("#0D47A1");
    int gradientAngle = 90; ///< degrees, 0 = left to right, 90 = top to bottom; 0–359
    bool border = false;
    QString borderColor = QStringLiteral("#FFFFFF");
    int borderWidth = 6; ///< design units (of 128), 1–16
    QString icon;        ///< one of iconNames(), or empty
    QString iconColor = QStringLiteral("#FFFFFF");
    QString label; ///< up to 12 characters, drawn at the bottom of the badge
    QString labelColor = QStringLiteral("#FFFFFF");
    QJsonObject extras; ///< unknown keys, written back unchanged

    static constexpr int format = 1;          ///< the "format" this console writes and reads
    static constexpr int maxLabelLength = 12; ///< characters (code points)
    static constexpr int minBorderWidth = 1;
    static constexpr int maxBorderWidth = 16;

    static const QStringList &shapes(); ///< circle, shield, hexagon, star, ribbon
    /// The bundled icons (resources/badges/icons/<name>.svg), sorted.
    static const QStringList &iconNames();

    QJsonObject toJson() const;
    /// Reads a stored icon_config; missing or bad values fall back to the defaults (a badge
    /// always renders). Use problems() to validate strictly.
    static BadgeConfig fromJson(const QJsonObject &json);
    /// What is wrong with a JSON badge, one message per field ("border.width: must be 1 to 16").
    static QStringList problems(const QJsonObject &json);

    /// "#RRGGBB" in upper case for a "#RRGGBB" / "#rrggbb" / "#RGB" string, else empty.
    static QString normalisedColour(const QString &text);

    friend bool operator==(const BadgeConfig &, const BadgeConfig &) = default;
};

/// How a member sees a badge in the achievements grid.
enum class BadgeState
{
    Unlocked,       ///< full colour
    Locked,         ///< greyed, "?" over it
    LockedWithHint, ///< greyed, "?" over it; the card shows the hint
    EasterEgg,      ///< dark silhouette, "?" over it, never a hint
};

} // namespace dicedesk
