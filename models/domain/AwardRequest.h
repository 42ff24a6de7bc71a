#pragma once

#include "Tenant.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace dicedesk {

/// The approval threshold and request expiry that apply to a tenant (its own, else global).
struct AwardSettings
{
    qint64 threshold = 500; ///< a total at or above this becomes a request (tenant admins)
    int expiryDays = 14;
};

/// Which award requests a list shows (oldest pending first for the queue).
struct RequestFilter
{
    TenantScope scope;
    /// pending (includes those past their expiry, shown as expired), approved, rejected,
    /// expired, cancelled; empty: all.
    QStringList statuses{QStringLiteral("pending")};
    QUuid requesterUserId; ///< null: any
};

/// One award request (four-eyes approval).
struct AwardRequestSummary
{
    QUuid id;
    QUuid tenantId;
    QString tenantName;
    QUuid requesterUserId;
    QString requesterName;
    QString awardType;
    qint64 amount = 0;
    QString achievementName;
    int recipientCount = 0;
    qint64 total = 0;
    QString message;
    QString status;       ///< as stored: pending, approved, rejected, expired, cancelled
    bool expired = false; ///< pending but past expiresAt, or status expired
    QDateTime createdAt;
    QDateTime expiresAt;
    QString decidedByName;
    QDateTime decidedAt;
    QString decisionReason;
    QUuid awardId; ///< when approved
};

/// A recent award a recipient received (context for the decision).
struct RecentAward
{
    QDateTime createdAt;
    QString awardType;
    qint64 amount = 0;
    QString actorName;
};

/// One recipient of a request with the context a decider needs.
struct RequestRecipientContext
{
    QUuid userId;
    QString displayName;
    QString email;
    qint64 coinBalance = 0;
    qint64 xp = 0;
    /// Approving is refused (22023) while any recipient is no longer an active member.
    bool stillMember = true;
    QList<RecentAward> recentAwards; ///< newest first, at most 3
};

struct AwardRequestDetail
{
    AwardRequestSummary request;
    QList<RequestRecipientContext> recipients; ///< ordered by name
    QList<AwardRequestSummary>
        requesterRecent; ///< the requester's other recent requests, at most 10
};

struct DecisionDraft
{
    QUuid requestId;
    bool approve = false;
    QString reason; ///< required, up to 1,000 characters
};

/// What became of a decision. When another admin decided first, alreadyDecided is set and
/// says who and when; nothing was changed.
struct DecisionOutcome
{
    QString status; ///< approved, rejected or expired (the request had expired meanwhile)
    QUuid awardId;
    int awardedCount = 0;
    bool alreadyDecided = false;
    QString decidedByName;
    QDateTime decidedAt;
};

/// A change on the dicedesk_award_requests channel (PostgreSQL LISTEN/NOTIFY).
struct RequestNotification
{
    QString event; ///< created, approved, rejected, expired, cancelled
    QUuid requestId;
    QUuid tenantId;
};

} // namespace dicedesk
