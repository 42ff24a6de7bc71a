#include "ListLogging.h"

Q_LOGGING_CATEGORY(lcListPane, "dicedesk.ui.lists", QtInfoMsg)
