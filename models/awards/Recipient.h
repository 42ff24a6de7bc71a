#pragma once

#include <QString>
#include <QUuid>

namespace dicedesk {

/// A chosen recipient of the award being composed.
struct Recipient
{
    QUuid userId;
    QString displayName;
    QString email;
    qint64 coinBalance = 0;
    bool balanceKnown = false; ///< from a search or the member list; not from a pasted list
    int amount = 0;            ///< the recipient's own amount (a CSV column); 0: the award's
};

} // namespace dicedesk
