#pragma once

// A Backend whose search() answers only when the test says so, in any order: lets the
// palette tests check debouncing, cancelling and that answers to older texts are dropped.
// Every other call fails at once.
#include "backend/Backend.h"

#include <QFuture>
#include <QPromise>
#include <memory>

namespace dicedesk::test {

class FakeSearchBackend : public Backend
{
public:
    struct Call
    {
        SearchQuery query;
        CancelToken cancel;
        std::shared_ptr<QPromise<Result<QList<SearchHit>>>> promise;
        bool answered = false;
    };

    using Backend::Backend;

    QList<Call> calls;

    /// Resolves call @p index with hits.
    void answer(int index, const QList<SearchHit> &hits)
    {
        Call &call = calls[index];
        call.promise->addResult(Result<QList<SearchHit>>(hits));
        call.promise->finish();
        call.answered = true;
    }
    /// Resolves call @p index with an error.
    void fail(int index, const BackendError &error)
    {
        Call &call = calls[index];
        call.promise->addResult(Result<QList<SearchHit>>(error));
        call.promise->finish();
        call.answered = true;
    }

    static SearchHit hit(SearchHit::Kind kind, const QString &title, const QString &subtitle = {},
                         const QUuid &tenant = {})
    {
        SearchHit h;
        h.kind = kind;
        h.id = QUuid::createUuid();
        h.title = title;
        h.subtitle = subtitle;
        h.tenantId = tenant;
        return h;
    }

    State state() const override { return State::Connected; }
    QString endpointLabel() const override { return QStringLiteral("fake"); }

    QFuture<Result<bool>> open() override { return failed<bool>(); }
    QFuture<Result<Identity>> identify() override { return failed<Identity>(); }
    QFuture<Result<QList<Tenant>>> tenants() override { return failed<QList<Tenant>>(); }
    QFuture<Result<OverviewFigures>> overview(const TenantScope &, CancelToken) override
    {
        return failed<OverviewFigures>();
    }
    QFuture<Result<int>> pendingApprovalCount(const TenantScope &) override
    {
        return failed<int>();
    }
    QFuture<Result<QList<SearchHit>>> search(const SearchQuery &query, CancelToken cancel) override
    {
        Call call;
        call.query = query;
        call.cancel = cancel;
        call.promise = std::make_shared<QPromise<Result<QList<SearchHit>>>>();
        call.promise->start();
        QFuture<Result<QList<SearchHit>>> future = call.promise->future();
        calls.append(call);
        return future;
    }
    QFuture<Result<Page<EventRecord>>> eventPage(const EventFilter &, const KeysetCursor &, int,
                                                 CancelToken) override
    {
        return failed<Page<EventRecord>>();
    }
    QFuture<Result<Page<LedgerEntry>>> ledgerPage(const LedgerFilter &, const KeysetCursor &, int,
                                                  CancelToken) override
    {
        return failed<Page<LedgerEntry>>();
    }
    QFuture<Result<AwardOutcome>> sendAward(const AwardDraft &) override
    {
        return failed<AwardOutcome>();
    }
    QFuture<Result<bool>> sleep(double, CancelToken) override { return failed<bool>(); }

private:
    template<typename T> static QFuture<Result<T>> failed()
    {
        return QtFuture::makeReadyFuture(
            Result<T>(BackendError(BackendError::Kind::Internal, QStringLiteral("fake"))));
    }
};

} // namespace dicedesk::test
