#include "BadgeDesignerLogging.h"

Q_LOGGING_CATEGORY(lcBadgeDesigner, "dicedesk.ui.badges.designer", QtInfoMsg)
