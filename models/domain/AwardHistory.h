#pragma once

#include "Tenant.h"
#include "domain/Paging.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace dicedesk {

/// Which awards the history lists (newest first).
struct AwardFilter
{
    TenantScope scope;
    QDateTime from;    ///< inclusive, UTC; invalid: no lower bound
    QDateTime until;   ///< exclusive, UTC; invalid: no upper bound
    QUuid actorUserId; ///< the admin who sent it (or whose request was approved); null: any
    QString awardType; ///< coins, xp or achievement; empty: any
    QUuid awardId;     ///< only this award (the "already applied" link); null: any
};

/// One manual award (gamification_admin_awards) with what became of it.
struct AwardSummary
{
    QUuid id;
    QUuid tenantId;
    QString tenantName;
    QUuid actorUserId;
    QString actorName;
    QString awardType; ///< coins, xp or achievement
    qint64 amount = 0; ///< per recipient
    QUuid achievementId;
    QString achievementName;
    QString message;
    int recipientCount = 0;
    qint64 total = 0;      ///< amount × recipients (0 for achievements)
    QUuid requestId;       ///< the approved request it came from; null when paid at once
    int reversedCount = 0; ///< recipients whose entry has been reversed
    QDateTime createdAt;   ///< UTC
    QString idempotencyKey;
};

/// One recipient of an award, with the wallet right after it and any reversal.
struct AwardRecipient
{
    QUuid userId;
    QString displayName;
    QString email;
    QUuid coinTransactionId; ///< coin awards
    QUuid xpTransactionId;   ///< XP awards
    qint64 balanceAfter = 0; ///< the wallet (or XP) right after this award
    qint64 currentBalance = 0;
    QUuid reversalTransactionId; ///< null unless reversed
    QDateTime reversedAt;
    QString reversalReason;
};

/// Undo by reversal: the whole award, or one recipient's entry when coinTransactionId is set.
struct ReversalDraft
{
    QUuid awardId;
    QUuid coinTransactionId; ///< one entry only; null: the whole award
    QString reason;          ///< required, up to 1,000 characters
    QString idempotencyKey;  ///< made once per user action, kept through retries
};

struct ReversalOutcome
{
    int reversedCount = 0;        ///< entries reversed by this call
    int alreadyReversedCount = 0; ///< entries that had been reversed before
    QList<QUuid> reversalTransactionIds;
};

} // namespace dicedesk
