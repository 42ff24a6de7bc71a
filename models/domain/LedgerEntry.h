#pragma once

#include "Tenant.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace dicedesk {

/// One row of the coin ledger (coin_transactions). Entries are never changed; corrections
/// are reversal entries that name what they reverse.
struct LedgerEntry
{
    QUuid id;
    QUuid tenantId;
    QString tenantName;
    QUuid userId;
    QString userName;
    bool earn = true;  ///< 'earn' adds to the wallet, 'spend' takes from it
    qint64 amount = 0; ///< always positive as stored; the sign follows from earn
    QString description;
    QString reasonCode;
    QString source;
    QUuid reversalOf;    ///< null unless this entry reverses another
    QDateTime createdAt; ///< UTC

    qint64 signedAmount() const { return earn ? amount : -amount; }
};

struct LedgerFilter
{
    TenantScope scope;
    QUuid userId;
    QDateTime before;
};

} // namespace dicedesk
