#pragma once

#include "PgSession.h"
#include "domain/Award.h"

namespace dicedesk::pg {

/// dicedesk_award_v1: pays now or files a request, as the database decides. Safe to run
/// again with the same draft: the idempotency key makes a repeat a replay.
AwardOutcome callSendAward(PgSession &session, const AwardDraft &draft);

} // namespace dicedesk::pg
