#pragma once

// A Backend over a real PgBackend whose next sendAward() loses its answer: the call runs on
// the server (and commits), then the console is told the connection failed, as when a
// connection drops between COMMIT and the reply. Everything else passes straight through.
#include "backend/Backend.h"

#include <atomic>

namespace dicedesk::test {

class LossyBackend : public Backend
{
public:
    explicit LossyBackend(Backend *inner)
        : m_inner(inner)
    {}

    /// The next sendAward() reaches the server but its answer is lost.
    void loseNextAnswer() { m_loseNext = true; }
    int sendCalls() const { return m_sendCalls; }

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
        ++m_sendCalls;
        QFuture<Result<AwardOutcome>> sent = m_inner->sendAward(draft);
        if (!m_loseNext.exchange(false))
            return sent;
        return sent.then([](const Result<AwardOutcome> &) {
            return Result<AwardOutcome>(BackendError(BackendError::Kind::Connection,
                                                     QStringLiteral("server closed the connection "
                                                                    "unexpectedly (test)")));
        });
    }
    QFuture<Result<AwardSettings>> awardSettings(const QUuid &tenantId) override
    {
        return m_inner->awardSettings(tenantId);
    }
    QFuture<Result<QList<MemberHit>>> searchMembers(const MemberQuery &query,
                                                    CancelToken cancel = {}) override
    {
        return m_inner->searchMembers(query, cancel);
    }
    QFuture<Result<QList<MemberHit>>> activeMembers(const QUuid &tenantId,
                                                    CancelToken cancel = {}) override
    {
        return m_inner->activeMembers(tenantId, cancel);
    }
    QFuture<Result<QList<RecipientResolution>>> resolveRecipients(const QUuid &tenantId,
                                                                  const QStringList &inputs,
                                                                  CancelToken cancel = {}) override
    {
        return m_inner->resolveRecipients(tenantId, inputs, cancel);
    }
    QFuture<Result<QList<AchievementChoice>>> awardableAchievements(const QUuid &tenantId) override
    {
        return m_inner->awardableAchievements(tenantId);
    }
    QFuture<Result<bool>> sleep(double seconds, CancelToken cancel = {}) override
    {
        return m_inner->sleep(seconds, cancel);
    }

private:
    Backend *m_inner;
    std::atomic<bool> m_loseNext{false};
    std::atomic<int> m_sendCalls{0};
};

} // namespace dicedesk::test
