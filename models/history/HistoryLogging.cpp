#include "HistoryLogging.h"

Q_LOGGING_CATEGORY(lcHistory, "dicedesk.models.history", QtInfoMsg)
