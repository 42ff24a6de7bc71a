#pragma once

#include "Tenant.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace dicedesk {

/// Which audit rows the audit log lists (newest first).
struct AuditFilter
{
    TenantScope scope;
    QDateTime from;      ///< inclusive, UTC; invalid: no lower bound
    QDateTime until;     ///< exclusive, UTC; invalid: no upper bound
    QUuid actorUserId;   ///< null: any
    QString eventPrefix; ///< e.g. "gamification.admin_award"; empty: any
};

/// One row of tenant_audit_logs (hash-chained, append-only).
struct AuditEntry
{
    QUuid id;
    QUuid tenantId;
    QString tenantName;
    QUuid actorUserId;
    QString actorName;
    QString eventType;
    QString payloadJson; ///< the payload as compact JSON
    QDateTime createdAt; ///< UTC
};

} // namespace dicedesk
