#pragma once

#include "CancelToken.h"
#include "Result.h"
#include "domain/Achievement.h"
#include "domain/AuditEntry.h"
#include "domain/Award.h"
#include "domain/AwardHistory.h"
#include "domain/AwardRequest.h"
#include "domain/EventRecord.h"
#include "domain/Identity.h"
#include "domain/LedgerEntry.h"
#include "domain/Member.h"
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
    /// What identifies the database and the acting user, for local state kept per endpoint
    /// (the award journal): unlike the label it tells apart two databases on one host.
    /// Never holds a password. The default is the label.
    virtual QString endpointKey() const;

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

    // Award work. The defaults answer "not supported by this backend"; PgBackend does it all.

    // --- composing awards -----------------------------------------------------------------
    /// The threshold and expiry that apply to @p tenantId.
    virtual QFuture<Result<AwardSettings>> awardSettings(const QUuid &tenantId);
    /// System admins: sets a tenant's own settings, or the global ones for a null tenant.
    virtual QFuture<Result<bool>> setAwardSettings(const QUuid &tenantId,
                                                   const AwardSettings &settings);
    /// Active members whose name or e-mail starts with the text (case-insensitive).
    virtual QFuture<Result<QList<MemberHit>>> searchMembers(const MemberQuery &query,
                                                            CancelToken cancel = {});
    /// Every active member of the tenant, ordered by name.
    virtual QFuture<Result<QList<MemberHit>>> activeMembers(const QUuid &tenantId,
                                                            CancelToken cancel = {});
    /// Checks e-mails or user ids (a pasted list, a CSV column) in one round trip; the result
    /// has one entry per input, in the same order.
    virtual QFuture<Result<QList<RecipientResolution>>>
    resolveRecipients(const QUuid &tenantId, const QStringList &inputs, CancelToken cancel = {});
    /// Active achievements of the tenant and global ones, by name.
    virtual QFuture<Result<QList<AchievementChoice>>> awardableAchievements(const QUuid &tenantId);

    // --- history, reversal, audit ---------------------------------------------------------
    virtual QFuture<Result<Page<AwardSummary>>> awardPage(const AwardFilter &filter,
                                                          const KeysetCursor &after, int limit,
                                                          CancelToken cancel = {});
    /// The recipients of one award with their balance after it and any reversal, by name.
    virtual QFuture<Result<QList<AwardRecipient>>> awardRecipients(const QUuid &awardId,
                                                                   CancelToken cancel = {});
    /// Reverses a whole coin award or one recipient's entry (idempotent by the draft's key).
    virtual QFuture<Result<ReversalOutcome>> reverseAward(const ReversalDraft &draft);
    virtual QFuture<Result<Page<AuditEntry>>> auditPage(const AuditFilter &filter,
                                                        const KeysetCursor &after, int limit,
                                                        CancelToken cancel = {});

    // --- approval queue -------------------------------------------------------------------
    /// Requests, oldest first when listing pending ones, else newest first.
    virtual QFuture<Result<Page<AwardRequestSummary>>> requestPage(const RequestFilter &filter,
                                                                   const KeysetCursor &after,
                                                                   int limit,
                                                                   CancelToken cancel = {});
    virtual QFuture<Result<AwardRequestDetail>> requestDetail(const QUuid &requestId,
                                                              CancelToken cancel = {});
    /// Approves or rejects; when another admin decided first the outcome says who and when.
    virtual QFuture<Result<DecisionOutcome>> decideRequest(const DecisionDraft &draft);
    /// Marks pending requests past their expiry as expired (system admins); how many.
    virtual QFuture<Result<int>> expireRequests();
    /// Starts listening on the dicedesk_award_requests channel; requestsChanged() follows.
    /// Idempotent. The listener keeps its own connection and reconnects by itself.
    virtual void listenForRequests();

    // --- achievement definitions and badges ----------------------------------------------
    /// Keyset pages of definitions in the filter's order (the cursor's "at" holds the sort
    /// value of the last row as text). The first page carries the estimated total.
    virtual QFuture<Result<Page<AchievementSummary>>>
    achievementPage(const AchievementFilter &filter, const KeysetCursor &after, int limit,
                    CancelToken cancel = {});
    virtual QFuture<Result<AchievementRecord>> achievement(const QUuid &id,
                                                           CancelToken cancel = {});
    /// Creates or updates one definition; a stale expectedVersion fails with Kind::Conflict,
    /// invalid fields with Kind::Validation (detail: every problem, one per line).
    virtual QFuture<Result<AchievementSaveOutcome>>
    saveAchievement(const AchievementSaveDraft &draft);
    /// Bulk activate or archive, all or nothing.
    virtual QFuture<Result<AchievementStatusOutcome>>
    setAchievementStatus(const QList<QUuid> &ids, const QString &status, const QString &reason);
    /// Every version, newest first.
    virtual QFuture<Result<QList<AchievementVersion>>> achievementVersions(const QUuid &id,
                                                                           CancelToken cancel = {});
    /// How many members hold it (as many as the caller may count).
    virtual QFuture<Result<qint64>> achievementHolderCount(const QUuid &id);
    /// An AWARD_BUILDER_EXPORT_SCHEMA_V1 document of a scope (null tenant: global), or of the
    /// listed achievements in it.
    virtual QFuture<Result<QJsonObject>> exportAchievements(const QUuid &scopeTenantId,
                                                            const QList<QUuid> &ids = {});
    /// Validates (dryRun) or applies an export document, all or nothing.
    virtual QFuture<Result<AchievementImportReport>>
    importAchievements(const QJsonObject &document, const QString &reason, bool dryRun);
    /// Presets visible to the caller: global ones and those of @p tenantId, by name.
    virtual QFuture<Result<QList<BadgePreset>>> badgePresets(const QUuid &tenantId);
    /// Saves (a null id creates; same name in the same scope replaces) a preset.
    virtual QFuture<Result<BadgePreset>> saveBadgePreset(const BadgePreset &preset);
    virtual QFuture<Result<bool>> deleteBadgePreset(const QUuid &id);

    /// Runs pg_sleep on the server: lets tests and the diagnostics page exercise cancel.
    virtual QFuture<Result<bool>> sleep(double seconds, CancelToken cancel = {}) = 0;

Q_SIGNALS:
    void stateChanged(dicedesk::Backend::State state);
    /// A request was created, decided, expired or cancelled (by anyone, in any console).
    /// event "resync" after the listener reconnected: reload (notifications were lost).
    void requestsChanged(const dicedesk::RequestNotification &notification);
};

} // namespace dicedesk
