#pragma once

#include "PgSession.h"
#include "domain/EventRecord.h"
#include "domain/LedgerEntry.h"
#include "domain/Paging.h"

namespace dicedesk::pg {

/// Newest-first keyset pages over the event log and the coin ledger. Each tenant in scope is
/// read through its own (tenant, created_at, id) index range and the results merged, so a
/// page costs the same at row 10 and at row 10 million, for one tenant or all of them.
Page<EventRecord> queryEventPage(PgSession &session, const EventFilter &filter,
                                 const KeysetCursor &after, int limit);
Page<LedgerEntry> queryLedgerPage(PgSession &session, const LedgerFilter &filter,
                                  const KeysetCursor &after, int limit);

} // namespace dicedesk::pg
