#pragma once

#include <QString>

namespace dicedesk::db {

// The text printed by `dicedesk-db --help`.
QString usageText();

} // namespace dicedesk::db
