#pragma once

#include "PgSession.h"
#include "domain/AuditEntry.h"
#include "domain/Paging.h"

namespace dicedesk::pg {

/// Newest-first keyset pages over tenant_audit_logs, one (tenant, created_at, id) index range
/// per tenant in scope, with the actor's name and the payload as compact JSON.
Page<AuditEntry> queryAuditPage(PgSession &session, const AuditFilter &filter,
                                const KeysetCursor &after, int limit);

} // namespace dicedesk::pg
