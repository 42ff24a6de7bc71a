#pragma once

#include <QDate>
#include <QList>

namespace dicedesk {

/// One day of the coin economy: what was minted (earned) and spent.
struct EconomyDay
{
    QDate day;
    qint64 minted = 0;
    qint64 spent = 0;
};

/// The live figures on the Overview pane for one tenant scope.
struct OverviewFigures
{
    qint64 mintedLast7 = 0;
    qint64 mintedLast30 = 0;
    qint64 spentLast7 = 0;
    qint64 spentLast30 = 0;
    qint64 eventsLast7 = 0;
    qint64 eventsLast30 = 0;
    qint64 pendingApprovals = 0;
    qint64 activeMembers = 0;       ///< memberships with status active
    qint64 membersActiveLast30 = 0; ///< active members with an event in 30 days
    QList<EconomyDay> last30Days;   ///< the 30 full days before today, oldest first
};

} // namespace dicedesk
