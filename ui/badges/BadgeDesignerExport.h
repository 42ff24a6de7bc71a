#pragma once

#include "badges/BadgeConfig.h"

#include <QString>

namespace dicedesk::BadgeDesignerExport {

/// The PNG sizes the designer offers.
inline constexpr int kPngSizes[] = {64, 128, 256, 512};
/// The size an exported SVG declares (it scales freely).
inline constexpr int kSvgPixels = 512;

/// Writes the badge (unlocked) as a PNG of @p pixels² atomically (QSaveFile). Returns an
/// empty string on success, else a translated sentence saying what went wrong.
QString writePng(const QString &path, const BadgeConfig &config, int pixels);
/// Writes the badge (unlocked) as an SVG document atomically; the same contract.
QString writeSvg(const QString &path, const BadgeConfig &config, int pixels = kSvgPixels);

} // namespace dicedesk::BadgeDesignerExport
