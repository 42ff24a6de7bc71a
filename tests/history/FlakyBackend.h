#pragma once

// A Backend that passes every call to a real one (PgBackend over the sandbox) and can lose
// the answer of the next reversal: the database does the work, the console hears "connection
// lost", as when the network drops after the server committed.
#include "backend/Backend.h"

#include <atomic>

namespace dicedesk::test {

class FlakyBackend : public Backend
{
public:
    explicit FlakyBackend(Backend *inner)
        : m_inner(inner)
    {}

    /// The next reverseAward() runs, then reports a lost connection.
    void loseNextReversalAnswer() { m_loseNext = true; }
    int reversalCalls() const { return m_reversalCalls; }
    QString lastReversalKey() const { return m_lastKey; }

    State state() const override { return m_inner->state(); }
    QString endpointLabel() const override { return m_inner->endpointLabel(); }
    QString endpointKey() const override { return m_inner->endpointKey(); }
    QFuture<Result<bool>> open() override { return m_inner->open(); }
    QFuture<Result<Identity>> identify() override { return m_inner->identify(); }
    QFuture<Result<QList<Tenant>>> tenants() override { return m_inner->tenants(); }
    QFuture<Result<OverviewFigures>> overview(const TenantScope &scope,
                                              CancelToken cancel = {}) override
    {
        return m_inner->overview(scope, cancel);
    }
    QFuture<Result<int>> pendingApprovalCount(const TenantScope &scope) override
    {
        return m_inner->pendingApprovalCount(scope);
    }
    QFuture<Result<QList<SearchHit>>> search(const SearchQuery &query,
                                             CancelToken cancel = {}) override
    {
        return m_inner->search(query, cancel);
    }
    QFuture<Result<Page<EventRecord>>> eventPage(const EventFilter &filter,
                                                 const KeysetCursor &after, int limit,
                                                 CancelToken cancel = {}) override
    {
        return m_inner->eventPage(filter, after, limit, cancel);
    }
    QFuture<Result<Page<LedgerEntry>>> ledgerPage(const LedgerFilter &filter,
                                                  const KeysetCursor &after, int limit,
                                                  CancelToken cancel = {}) override
    {
        return m_inner->ledgerPage(filter, after, limit, cancel);
    }
    QFuture<Result<AwardOutcome>> sendAward(const AwardDraft &draft) override
    {
        return m_inner->sendAward(draft);
    }
    QFuture<Result<bool>> sleep(double seconds, CancelToken cancel = {}) override
    {
        return m_inner->sleep(seconds, cancel);
    }
    QFuture<Result<Page<AwardSummary>>> awardPage(const AwardFilter &filter,
                                                  const KeysetCursor &after, int limit,
                                                  CancelToken cancel = {}) override
    {
        return m_inner->awardPage(filter, after, limit, cancel);
    }
    QFuture<Result<QList<AwardRecipient>>> awardRecipients(const QUuid &awardId,
                                                           CancelToken cancel = {}) override
    {
        return m_inner->awardRecipients(awardId, cancel);
    }
    QFuture<Result<Page<AuditEntry>>> auditPage(const AuditFilter &filter,
                                                const KeysetCursor &after, int limit,
                                                CancelToken cancel = {}) override
    {
        return m_inner->auditPage(filter, after, limit, cancel);
    }
    QFuture<Result<ReversalOutcome>> reverseAward(const ReversalDraft &draft) override
    {
        ++m_reversalCalls;
        m_lastKey = draft.idempotencyKey;
        QFuture<Result<ReversalOutcome>> real = m_inner->reverseAward(draft);
        if (!m_loseNext.exchange(false))
            return real;
        return real.then([](const Result<ReversalOutcome> &) {
            return Result<ReversalOutcome>(BackendError(
                BackendError::Kind::Connection, QStringLiteral("simulated: the answer was lost")));
        });
    }

private:
    Backend *m_inner;
    std::atomic<bool> m_loseNext{false};
    int m_reversalCalls = 0;
    QString m_lastKey;
};

} // namespace dicedesk::test
