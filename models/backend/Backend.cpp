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

QFuture<Result<Page<AchievementSummary>>>
Backend::achievementPage(const AchievementFilter &, const KeysetCursor &, int, CancelToken)
{
    return unsupported<Page<AchievementSummary>>("achievementPage");
}

QFuture<Result<AchievementRecord>> Backend::achievement(const QUuid &, CancelToken)
{
    return unsupported<AchievementRecord>("achievement");
}

QFuture<Result<AchievementSaveOutcome>> Backend::saveAchievement(const AchievementSaveDraft &)
{
    return unsupported<AchievementSaveOutcome>("saveAchievement");
}

QFuture<Result<AchievementStatusOutcome>>
Backend::setAchievementStatus(const QList<QUuid> &, const QString &, const QString &)
{
    return unsupported<AchievementStatusOutcome>("setAchievementStatus");
}

QFuture<Result<QList<AchievementVersion>>> Backend::achievementVersions(const QUuid &, CancelToken)
{
    return unsupported<QList<AchievementVersion>>("achievementVersions");
}

QFuture<Result<qint64>> Backend::achievementHolderCount(const QUuid &)
{
    return unsupported<qint64>("achievementHolderCount");
}

QFuture<Result<QJsonObject>> Backend::exportAchievements(const QUuid &, const QList<QUuid> &)
{
    return unsupported<QJsonObject>("exportAchievements");
}

QFuture<Result<AchievementImportReport>> Backend::importAchievements(const QJsonObject &,
                                                                     const QString &, bool)
{
    return unsupported<AchievementImportReport>("importAchievements");
}

QFuture<Result<QList<BadgePreset>>> Backend::badgePresets(const QUuid &)
{
    return unsupported<QList<BadgePreset>>("badgePresets");
}

QFuture<Result<BadgePreset>> Backend::saveBadgePreset(const BadgePreset &)
{
    return unsupported<BadgePreset>("saveBadgePreset");
}

QFuture<Result<bool>> Backend::deleteBadgePreset(const QUuid &)
{
    return unsupported<bool>("deleteBadgePreset");
}

} // namespace dicedesk
