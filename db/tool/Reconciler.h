#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace pqxx {
class connection_base;
}

namespace dicedesk::db {

struct WalletMismatch
{
    QString userId;
    QString tenantId; // empty for a NULL tenant
    bool hasWallet = false;
    std::optional<qint64> balance, totalEarned, totalSpent; // wallet (user_coins)
    qint64 earned = 0, spent = 0;                           // ledger (coin_transactions)

    QString describe() const;
};

struct ReconcileReport
{
    qint64 walletsChecked = 0;
    qint64 mismatchCount = 0;         // all of them
    QList<WalletMismatch> mismatches; // the first MaxListed, ordered by user and tenant
};

// Checks every wallet in user_coins against its ledger in coin_transactions with one set-based
// query: balance = Σearn − Σspend, total_earned = Σearn, total_spent = Σspend per
// (user_id, tenant_id) with NULL tenants matched to each other, plus ledger groups with a
// non-zero sum that have no wallet.
class Reconciler
{
public:
    static constexpr int MaxListed = 100;

    explicit Reconciler(pqxx::connection_base &connection)
        : m_connection(connection)
    {}
    ReconcileReport run();

private:
    pqxx::connection_base &m_connection;
};

} // namespace dicedesk::db
