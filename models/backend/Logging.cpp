#include "Logging.h"

Q_LOGGING_CATEGORY(lcBackend, "dicedesk.backend", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPgWorker, "dicedesk.backend.pg", QtInfoMsg)
Q_LOGGING_CATEGORY(lcModels, "dicedesk.models", QtInfoMsg)
