#include "AchievementsLogging.h"

Q_LOGGING_CATEGORY(lcAchievementsPane, "dicedesk.ui.achievements", QtInfoMsg)
