#pragma once

#include "Tenant.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace dicedesk {

/// One row of the append-only gamification event log.
struct EventRecord
{
    QUuid id;
    QUuid tenantId;
    QString tenantName;
    QUuid actorId;
    QString actorName;
    QString eventType;
    QString source;
    QString idempotencyKey;
    QString metadataJson; ///< compact JSON text, at most a few kB as stored
    QDateTime createdAt;  ///< UTC
};

/// Which events a list shows; empty fields do not filter.
struct EventFilter
{
    TenantScope scope;
    QUuid userId;
    QString eventType;
    QDateTime before; ///< only events older than this (jump to a date)
};

} // namespace dicedesk
