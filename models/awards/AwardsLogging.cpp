#include "AwardsLogging.h"

Q_LOGGING_CATEGORY(lcAwards, "dicedesk.awards", QtInfoMsg)
