#pragma once

#include "backend/Backend.h"
#include "backend/ConnectionOptions.h"

#include <QThread>
#include <memory>

namespace dicedesk::pg {

class PgWorker;
class PgNotificationListener;

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
    /// "pg:user@host:port/dbname" (libpq's defaults filled in), plus the acted-as user.
    QString endpointKey() const override;
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
    QFuture<Result<AwardSettings>> awardSettings(const QUuid &tenantId) override;
    QFuture<Result<bool>> setAwardSettings(const QUuid &tenantId,
                                           const AwardSettings &settings) override;
    QFuture<Result<QList<MemberHit>>> searchMembers(const MemberQuery &query,
                                                    CancelToken cancel = {}) override;
    QFuture<Result<QList<MemberHit>>> activeMembers(const QUuid &tenantId,
                                                    CancelToken cancel = {}) override;
    QFuture<Result<QList<RecipientResolution>>> resolveRecipients(const QUuid &tenantId,
                                                                  const QStringList &inputs,
                                                                  CancelToken cancel = {}) override;
    QFuture<Result<QList<AchievementChoice>>> awardableAchievements(const QUuid &tenantId) override;
    QFuture<Result<Page<AwardSummary>>> awardPage(const AwardFilter &filter,
                                                  const KeysetCursor &after, int limit,
                                                  CancelToken cancel = {}) override;
    QFuture<Result<QList<AwardRecipient>>> awardRecipients(const QUuid &awardId,
                                                           CancelToken cancel = {}) override;
    QFuture<Result<ReversalOutcome>> reverseAward(const ReversalDraft &draft) override;
    QFuture<Result<Page<AuditEntry>>> auditPage(const AuditFilter &filter,
                                                const KeysetCursor &after, int limit,
                                                CancelToken cancel = {}) override;
    QFuture<Result<Page<AwardRequestSummary>>> requestPage(const RequestFilter &filter,
                                                           const KeysetCursor &after, int limit,
                                                           CancelToken cancel = {}) override;
    QFuture<Result<AwardRequestDetail>> requestDetail(const QUuid &requestId,
                                                      CancelToken cancel = {}) override;
    QFuture<Result<DecisionOutcome>> decideRequest(const DecisionDraft &draft) override;
    QFuture<Result<int>> expireRequests() override;
    QFuture<Result<Page<AchievementSummary>>> achievementPage(const AchievementFilter &filter,
                                                              const KeysetCursor &after, int limit,
                                                              CancelToken cancel = {}) override;
    QFuture<Result<AchievementRecord>> achievement(const QUuid &id,
                                                   CancelToken cancel = {}) override;
    QFuture<Result<AchievementSaveOutcome>>
    saveAchievement(const AchievementSaveDraft &draft) override;
    QFuture<Result<AchievementStatusOutcome>> setAchievementStatus(const QList<QUuid> &ids,
                                                                   const QString &status,
                                                                   const QString &reason) override;
    QFuture<Result<QList<AchievementVersion>>>
    achievementVersions(const QUuid &id, CancelToken cancel = {}) override;
    QFuture<Result<qint64>> achievementHolderCount(const QUuid &id) override;
    QFuture<Result<QJsonObject>> exportAchievements(const QUuid &scopeTenantId,
                                                    const QList<QUuid> &ids = {}) override;
    QFuture<Result<AchievementImportReport>>
    importAchievements(const QJsonObject &document, const QString &reason, bool dryRun) override;
    QFuture<Result<QList<BadgePreset>>> badgePresets(const QUuid &tenantId) override;
    QFuture<Result<BadgePreset>> saveBadgePreset(const BadgePreset &preset) override;
    QFuture<Result<bool>> deleteBadgePreset(const QUuid &id) override;
    QFuture<Result<bool>> sleep(double seconds, CancelToken cancel = {}) override;
    /// Starts the notification listener (its own connection and thread) once.
    void listenForRequests() override;

private:
    void setState(State state);

    ConnectionOptions m_options;
    State m_state = State::Disconnected;
    QThread m_thread;
    PgWorker *m_worker = nullptr; // lives on m_thread; deleted after it stops
    /// Created by listenForRequests(); stopped first in the destructor.
    std::unique_ptr<PgNotificationListener> m_listener;
};

} // namespace dicedesk::pg
