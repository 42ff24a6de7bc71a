#pragma once

#include <QList>
#include <QString>
#include <QUuid>

namespace dicedesk {

/// A manual award as the console sends it. The idempotency key is made once per user action
/// and kept through every retry, so a repeated send never pays twice.
struct AwardDraft
{
    QUuid tenantId;
    QList<QUuid> recipients;
    QString awardType = QStringLiteral("coins"); ///< coins, xp or achievement
    int amount = 0;
    QString message;
    QString idempotencyKey;
    QUuid achievementId;
};

/// What the database did with an award: paid now, or filed as a request for approval.
struct AwardOutcome
{
    bool paid = false;
    /// The key had been used for this award (or request) before: nothing new was paid or
    /// filed; awardId / requestId name what the first call did ("already applied").
    bool replayed = false;
    QUuid awardId;   ///< when paid
    QUuid requestId; ///< when pending approval
    int recipientCount = 0;
    qint64 total = 0;
    qint64 threshold = 0;
};

/// An achievement a tenant admin may award by hand (active; the tenant's own or global).
struct AchievementChoice
{
    QUuid id;
    QString name;
    QString key;
};

} // namespace dicedesk
