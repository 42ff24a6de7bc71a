#pragma once

class QLabel;

namespace dicedesk {

/// The look every pane's heading shares: the title 1.5 × the body size in demi-bold, and the
/// status line under it in the placeholder colour (null: the pane has none).
void stylePaneHeading(QLabel *heading, QLabel *status = nullptr);

} // namespace dicedesk
