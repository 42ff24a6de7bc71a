#include "ConnectLogging.h"

Q_LOGGING_CATEGORY(lcConnect, "dicedesk.ui.connect", QtInfoMsg)
