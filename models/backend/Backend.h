#pragma once

#include "CancelToken.h"
#include "Result.h"
#include "domain/Award.h"
#include "domain/EventRecord.h"
#include "domain/Identity.h"
#include "domain/LedgerEntry.h"
#include "domain/OverviewFigures.h"
#include "domain/Paging.h"
#include "domain/SearchHit.h"
#include "domain/Tenant.h"

#include <QFuture>
#include <QObject>

namespace dicedesk {

/// What the panes may ask of the gamification platform. The PostgreSQL implementation is
/// the first; an HTTP one follows. Nothing in ui/ knows SQL or HTTP.
///
/// Every call returns at once; the future resolves on the backend's own thread and never
/// throws: failures arrive as a Result holding a BackendError. Calls that take a
/// CancelToken can be cancelled while queued or running (BackendError::Kind::Cancelled).
///
/// Reads survive a dropped connection: they wait for the reconnect and run again. Writes
/// carry an idempotency key and are retried only with that key, so nothing is paid twice.
class Backend : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Disconnected,
        Connecting,
        Connected,
        Reconnecting, ///< the connection dropped; work waits while it is re-established
        Failed
    };
    Q_ENUM(State)

    using QObject::QObject;
    ~Backend() override;

    virtual State state() const = 0;
    /// A short human description of the endpoint, e.g. "demo_sysadmin @ local".
    virtual QString endpointLabel() const = 0;

    virtual QFuture<Result<bool>> open() = 0;
    virtual QFuture<Result<Identity>> identify() = 0;
    virtual QFuture<Result<QList<Tenant>>> tenants() = 0;
    virtual QFuture<Result<OverviewFigures>> overview(const TenantScope &scope,
                                                      CancelToken cancel = {}) = 0;

    /// Pending award requests in scope (the system admin's badge).
    virtual QFuture<Result<int>> pendingApprovalCount(const TenantScope &scope) = 0;
    /// Users, achievements and award requests matching the text (the command palette).
    virtual QFuture<Result<QList<SearchHit>>> search(const SearchQuery &query,
                                                     CancelToken cancel = {}) = 0;

    /// Keyset pages, newest first. An empty cursor asks for the first page.
    virtual QFuture<Result<Page<EventRecord>>> eventPage(const EventFilter &filter,
                                                         const KeysetCursor &after, int limit,
                                                         CancelToken cancel = {}) = 0;
    virtual QFuture<Result<Page<LedgerEntry>>> ledgerPage(const LedgerFilter &filter,
                                                          const KeysetCursor &after, int limit,
                                                          CancelToken cancel = {}) = 0;

    /// Pays an award now or files it for approval, as the database decides.
    virtual QFuture<Result<AwardOutcome>> sendAward(const AwardDraft &draft) = 0;

    /// Runs pg_sleep on the server: lets tests and the diagnostics page exercise cancel.
    virtual QFuture<Result<bool>> sleep(double seconds, CancelToken cancel = {}) = 0;

Q_SIGNALS:
    void stateChanged(dicedesk::Backend::State state);
};

} // namespace dicedesk
