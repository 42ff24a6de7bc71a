#pragma once

#include "Recipient.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUuid>
#include <optional>

namespace dicedesk {

/// One award of a send: every recipient in it gets the same amount.
struct AwardGroup
{
    int amount = 0;
    QList<QUuid> recipients;
    bool needsApproval = false; ///< the total reaches the threshold: it becomes a request

    qint64 total() const { return static_cast<qint64>(amount) * recipients.size(); }
};

/// What pressing Send will do: recipients grouped by amount (one award per amount when a CSV
/// gave recipients their own amounts, else one award), the totals, and which awards reach the
/// organisation's approval threshold. Also the sentences the pane shows about it.
class AwardPlan
{
    Q_DECLARE_TR_FUNCTIONS(AwardPlan)

public:
    /// @p threshold is the organisation's approval threshold (unknown: the database decides);
    /// system admins are never held by it and achievements never need approval.
    static AwardPlan make(const QList<Recipient> &recipients, const QString &awardType,
                          int defaultAmount, std::optional<qint64> threshold, bool systemAdmin,
                          const QString &achievementName = {});

    QString awardType;
    QString achievementName;
    QList<AwardGroup> groups; ///< most recipients first, then the larger amount
    int recipientCount = 0;
    qint64 total = 0;
    std::optional<qint64> threshold;
    bool systemAdmin = false;

    bool isEmpty() const { return recipientCount == 0; }
    bool isAchievement() const { return awardType == QLatin1String("achievement"); }
    /// How many of the awards become requests.
    int requestCount() const;

    /// "Total 6,000 coins to 120 recipients. At or above the approval threshold of 500
    /// coins: this becomes a request for a system admin."
    QString summaryText() const;

    /// "50 coins", "50 XP", or the achievement's name.
    static QString amountText(const QString &awardType, qint64 amount,
                              const QString &achievementName = {});
    /// "50 coins to 120 recipients".
    static QString awardText(const QString &awardType, int amount, int recipients,
                             const QString &achievementName = {});
    /// "120 × 50 coins".
    static QString groupText(const QString &awardType, const AwardGroup &group);
};

} // namespace dicedesk
