#include "HistoryPaneLogging.h"

Q_LOGGING_CATEGORY(lcHistoryPane, "dicedesk.ui.history", QtInfoMsg)
