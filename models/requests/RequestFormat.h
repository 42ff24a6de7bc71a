#pragma once

#include "domain/AwardRequest.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace dicedesk {

/// How the approval queue words a request: amounts, totals, age and status. Shared by the
/// queue, the detail and the requester's history so they read the same.
class RequestFormat
{
    Q_DECLARE_TR_FUNCTIONS(RequestFormat)

public:
    /// "500 coins", "250 XP", or the achievement's name.
    static QString amountText(const QString &awardType, qint64 amount,
                              const QString &achievementName = {});
    /// "500 coins × 12" (amount per recipient × recipients).
    static QString amountTimesRecipients(const AwardRequestSummary &request);
    /// "6,000 coins"; an achievement: "12 unlocks".
    static QString totalText(const AwardRequestSummary &request);
    /// "now", "5 min", "3 h", "2 d" since @p createdAt; "expired" when @p expired.
    static QString ageText(const QDateTime &createdAt, bool expired,
                           const QDateTime &now = QDateTime::currentDateTimeUtc());
    /// The stored status in words: "Pending", "Approved", ... ("Expired" for an overdue
    /// pending request).
    static QString statusText(const QString &status, bool expired);
    /// "14:02" today, else the short date and time, in the user's zone.
    static QString shortTime(const QDateTime &utc,
                             const QDateTime &now = QDateTime::currentDateTimeUtc());
    /// The message on one line (line breaks become spaces), at most @p maxLength characters.
    static QString oneLine(const QString &message, int maxLength = 200);
    /// Whether a request can still be approved or rejected (pending and not past expiry).
    static bool isDecidable(const AwardRequestSummary &request);
};

} // namespace dicedesk
