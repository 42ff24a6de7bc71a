#pragma once

#include "PgSession.h"
#include "domain/AwardRequest.h"
#include "domain/Paging.h"

namespace dicedesk::pg {

/// The approval queue. Pending requests are listed oldest first through the partial index
/// gamification_admin_award_requests_pending_idx; any other selection newest first, one
/// (tenant, created_at, id) index range per tenant. A cursor means "after this row in the
/// list's order".
Page<AwardRequestSummary> queryRequestPage(PgSession &session, const RequestFilter &filter,
                                           const KeysetCursor &after, int limit);
/// The request, its recipients with their context (ordered by name) and the requester's 10
/// newest other requests, in two statements of one snapshot.
AwardRequestDetail queryRequestDetail(PgSession &session, const QUuid &requestId);
/// admin_decide_award_request_v1. Another admin's earlier decision (DD423) is no error: the
/// outcome says who decided and when. Repeating one's own decision is a replay.
DecisionOutcome callDecideRequest(PgSession &session, const DecisionDraft &draft);
/// expire_award_requests_v1: how many pending requests past their expiry it marked expired.
int callExpireRequests(PgSession &session);

} // namespace dicedesk::pg
