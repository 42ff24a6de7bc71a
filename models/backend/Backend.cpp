#include "Backend.h"

#include <QPromise>

namespace dicedesk {

namespace {

template<typename T> QFuture<Result<T>> unsupported(const char *what)
{
    QPromise<Result<T>> promise;
    promise.start();
    promise.addResult(Result<T>(BackendError(
        BackendError::Kind::Internal,
        QStringLiteral("%1 is not supported by this backend").arg(QLatin1String(what)))));
    promise.finish();
    return promise.future();
}

} // namespace

Backend::~Backend() = default;

QString Backend::endpointKey() const
{
    return endpointLabel();
}

QFuture<Result<AwardSettings>> Backend::awardSettings(const QUuid &)
{
    return unsupported<AwardSettings>("awardSettings");
}

QFuture<Result<bool>> Backend::setAwardSettings(const QUuid &, const AwardSettings &)
{
    return unsupported<bool>("setAwardSettings");
}

QFuture<Result<QList<MemberHit>>> Backend::searchMembers(const MemberQuery &, CancelToken)
{
    return unsupported<QList<MemberHit>>("searchMembers");
}

QFuture<Result<QList<MemberHit>>> Backend::activeMembers(const QUuid &, CancelToken)
{
    return unsupported<QList<MemberHit>>("activeMembers");
}

QFuture<Result<QList<RecipientResolution>>>
Backend::resolveRecipients(const QUuid &, const QStringList &, CancelToken)
{
    return unsupported<QList<RecipientResolution>>("resolveRecipients");
}

QFuture<Result<QList<AchievementChoice>>> Backend::awardableAchievements(const QUuid &)
{
    return unsupported<QList<AchievementChoice>>("awardableAchievements");
}

QFuture<Result<Page<AwardSummary>>> Backend::awardPage(const AwardFilter &, const KeysetCursor &,
                                                       int, CancelToken)
{
    return unsupported<Page<AwardSummary>>("awardPage");
}

QFuture<Result<QList<AwardRecipient>>> Backend::awardRecipients(const QUuid &, CancelToken)
{
    return unsupported<QList<AwardRecipient>>("awardRecipients");
}

QFuture<Result<ReversalOutcome>> Backend::reverseAward(const ReversalDraft &)
{
    return unsupported<ReversalOutcome>("reverseAward");
}

QFuture<Result<Page<AuditEntry>>> Backend::auditPage(const AuditFilter &, const KeysetCursor &, int,
                                                     CancelToken)
{
    return unsupported<Page<AuditEntry>>("auditPage");
}

QFuture<Result<Page<AwardRequestSummary>>>
Backend::requestPage(const RequestFilter &, const KeysetCursor &, int, CancelToken)
{
    return unsupported<Page<AwardRequestSummary>>("requestPage");
}

QFuture<Result<AwardRequestDetail>> Backend::requestDetail(const QUuid &, CancelToken)
{
    return unsupported<AwardRequestDetail>("requestDetail");
}

QFuture<Result<DecisionOutcome>> Backend::decideRequest(const DecisionDraft &)
{
    return unsupported<DecisionOutcome>("decideRequest");
}

QFuture<Result<int>> Backend::expireRequests()
{
    return unsupported<int>("expireRequests");
}

void Backend::listenForRequests() {}

} // namespace dicedesk
