#include "ConnectionLogging.h"

Q_LOGGING_CATEGORY(lcConnection, "dicedesk.connection", QtInfoMsg)
