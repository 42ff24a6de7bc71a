#include "Logging.h"

Q_LOGGING_CATEGORY(lcShell, "dicedesk.ui.shell", QtInfoMsg)
Q_LOGGING_CATEGORY(lcOverview, "dicedesk.ui.overview", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTour, "dicedesk.ui.tour", QtInfoMsg)
