#include "AwardsUiLogging.h"

Q_LOGGING_CATEGORY(lcAwardsPane, "dicedesk.ui.awards", QtInfoMsg)
