#include "Reconciler.h"

#include "LogCategories.h"

#include <QElapsedTimer>
#include <pqxx/connection>
#include <pqxx/result>
#include <pqxx/transaction>

namespace dicedesk::db {

namespace {

// NULL tenants compare equal through a zero uuid so the FULL JOIN stays hash/merge-joinable
// (IS NOT DISTINCT FROM is not allowed as a FULL JOIN condition).
const char *const mismatchQuery = R"sql(
WITH ledger AS (
    SELECT user_id, tenant_id,
           COALESCE(tenant_id, '00000000-0000-0000-0000-000000000000'::uuid) AS tenant_key,
           COALESCE(sum(amount) FILTER (WHERE type = 'earn'), 0)::bigint  AS earned,
           COALESCE(sum(amount) FILTER (WHERE type = 'spend'), 0)::bigint AS spent
    FROM coin_transactions
    GROUP BY user_id, tenant_id
), wallets AS (
    SELECT user_id, tenant_id,
           COALESCE(tenant_id, '00000000-0000-0000-0000-000000000000'::uuid) AS tenant_key,
           balance::bigint AS balance, total_earned::bigint AS total_earned,
           total_spent::bigint AS total_spent
    FROM user_coins
), compared AS (
    SELECT COALESCE(w.user_id, l.user_id) AS user_id,
           CASE WHEN w.tenant_key IS NOT NULL THEN w.tenant_id ELSE l.tenant_id END AS tenant_id,
           w.tenant_key IS NOT NULL AS has_wallet,
           w.balance, w.total_earned, w.total_spent,
           COALESCE(l.earned, 0) AS earned, COALESCE(l.spent, 0) AS spent
    FROM wallets w
    FULL JOIN ledger l ON l.user_id = w.user_id AND l.tenant_key = w.tenant_key
)
SELECT user_id::text, tenant_id::text, has_wallet, balance, total_earned, total_spent,
       earned, spent, count(*) OVER () AS mismatches
FROM compared
WHERE CASE WHEN has_wallet
           THEN balance IS DISTINCT FROM earned - spent
                OR total_earned IS DISTINCT FROM earned
                OR total_spent IS DISTINCT FROM spent
           ELSE earned - spent <> 0
      END
ORDER BY user_id, tenant_id NULLS FIRST
LIMIT $1
)sql";

std::optional<qint64> optionalInt(const pqxx::field &field)
{
    if (field.is_null())
        return std::nullopt;
    return field.as<qint64>();
}

QString orNull(const std::optional<qint64> &value)
{
    return value ? QString::number(*value) : QStringLiteral("NULL");
}

} // namespace

QString WalletMismatch::describe() const
{
    const QString who = QStringLiteral("user %1 tenant %2")
                            .arg(userId, tenantId.isEmpty() ? QStringLiteral("NULL") : tenantId);
    const QString ledger = QStringLiteral("ledger balance=%1 earned=%2 spent=%3")
                               .arg(earned - spent)
                               .arg(earned)
                               .arg(spent);
    if (!hasWallet)
        return QStringLiteral("mismatch: %1: no wallet, %2").arg(who, ledger);
    return QStringLiteral("mismatch: %1: wallet balance=%2 earned=%3 spent=%4, %5")
        .arg(who, orNull(balance), orNull(totalEarned), orNull(totalSpent), ledger);
}

ReconcileReport Reconciler::run()
{
    QElapsedTimer timer;
    timer.start();
    ReconcileReport report;
    // One snapshot for both statements.
    pqxx::transaction<pqxx::repeatable_read, pqxx::read_only> tx(m_connection,
                                                                 "dicedesk-db reconcile");
    tx.exec("SET LOCAL work_mem = '256MB'");
    // Row-level security (forced on these tables by the migrations) would silently hide rows
    // from a role that does not bypass it and make everything look consistent: fail instead.
    tx.exec("SET LOCAL row_security = off");
    report.walletsChecked = tx.exec1("SELECT count(*) FROM user_coins")[0].as<qint64>();
    const pqxx::result rows = tx.exec_params(mismatchQuery, MaxListed);
    for (const pqxx::row &row : rows) {
        WalletMismatch mismatch;
        mismatch.userId = QString::fromStdString(row[0].as<std::string>(std::string("NULL")));
        mismatch.tenantId = QString::fromStdString(row[1].as<std::string>(std::string()));
        mismatch.hasWallet = row[2].as<bool>();
        mismatch.balance = optionalInt(row[3]);
        mismatch.totalEarned = optionalInt(row[4]);
        mismatch.totalSpent = optionalInt(row[5]);
        mismatch.earned = row[6].as<qint64>();
        mismatch.spent = row[7].as<qint64>();
        report.mismatchCount = row[8].as<qint64>();
        report.mismatches << mismatch;
    }
    tx.commit();
    qCDebug(lcReconcile) << "reconcile took" << timer.elapsed() << "ms";
    return report;
}

} // namespace dicedesk::db
