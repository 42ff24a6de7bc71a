#pragma once

#include "backend/Backend.h"
#include "backend/ConnectionOptions.h"

#include <QThread>

namespace dicedesk::pg {

class PgWorker;

/// The Backend over a direct PostgreSQL connection (libpqxx). One worker thread owns the
/// connection; this object, living on the caller's thread, only queues work onto it.
class PgBackend : public Backend
{
    Q_OBJECT

public:
    explicit PgBackend(ConnectionOptions options, QObject *parent = nullptr);
    /// @param dsn a libpq connection string ("host=... dbname=... user=...")
    explicit PgBackend(const QString &dsn, QObject *parent = nullptr);
    ~PgBackend() override;

    State state() const override { return m_state; }
    QString endpointLabel() const override;
    /// The server process serving this console, 0 when not connected (tests, diagnostics).
    int serverProcessId() const;

    QFuture<Result<bool>> open() override;
    QFuture<Result<Identity>> identify() override;
    QFuture<Result<QList<Tenant>>> tenants() override;
    QFuture<Result<OverviewFigures>> overview(const TenantScope &scope,
                                              CancelToken cancel = {}) override;
    QFuture<Result<int>> pendingApprovalCount(const TenantScope &scope) override;
    QFuture<Result<QList<SearchHit>>> search(const SearchQuery &query,
                                             CancelToken cancel = {}) override;
    QFuture<Result<Page<EventRecord>>> eventPage(const EventFilter &filter,
                                                 const KeysetCursor &after, int limit,
                                                 CancelToken cancel = {}) override;
    QFuture<Result<Page<LedgerEntry>>> ledgerPage(const LedgerFilter &filter,
                                                  const KeysetCursor &after, int limit,
                                                  CancelToken cancel = {}) override;
    QFuture<Result<AwardOutcome>> sendAward(const AwardDraft &draft) override;
    QFuture<Result<bool>> sleep(double seconds, CancelToken cancel = {}) override;

private:
    void setState(State state);

    ConnectionOptions m_options;
    State m_state = State::Disconnected;
    QThread m_thread;
    PgWorker *m_worker = nullptr; // lives on m_thread; deleted after it stops
};

} // namespace dicedesk::pg
