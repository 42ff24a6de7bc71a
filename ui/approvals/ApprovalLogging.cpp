#include "ApprovalLogging.h"

Q_LOGGING_CATEGORY(lcApprovals, "dicedesk.ui.approvals", QtInfoMsg)
