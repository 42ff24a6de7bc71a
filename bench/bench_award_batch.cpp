// One award to 10,000 recipients through admin_award_coins_v1, as a system admin (no approval
// needed): median wall time over several runs with fresh keys (target <= 1 s), and the replay
// of each run with the same key (target <= 0.3 s), with the rows the replays wrote (must be 0).
// Times are client wall times of the whole transaction, including the 10,000 result rows.
//   bench_award_batch [--dsn DSN] [--runs 5] [--recipients 10000]

#include "BenchSupport.h"

#include <iostream>

using namespace benchsupport;

namespace {

const char *const Bench = "bench_award_batch";
const std::string Tenant = fixedUuid('e', 101);
const std::string SystemAdmin = fixedUuid('a', 101);

const char *const AwardSql = "SELECT award_id, recipient_user_id, coin_transaction_id, balance "
                             "FROM admin_award_coins_v1($1::uuid, NULL, $2::uuid[], $3, $4, $5)";

// Rows in every table an award writes, and the coins in all wallets.
const char *const FootprintSql =
    "SELECT (SELECT count(*) FROM coin_transactions) || ' ledger, ' || "
    "(SELECT count(*) FROM gamification_admin_awards) || ' awards, ' || "
    "(SELECT count(*) FROM gamification_admin_award_recipients) || ' recipients, ' || "
    "(SELECT count(*) FROM tenant_audit_logs) || ' audit, ' || "
    "(SELECT count(*) FROM user_coins) || ' wallets, ' || "
    "(SELECT coalesce(sum(balance), 0) FROM user_coins) || ' coins'";

std::string footprint(pqxx::connection &connection)
{
    pqxx::nontransaction tx(connection);
    return tx.exec1(FootprintSql)[0].as<std::string>();
}

void setUp(pqxx::connection &connection, long long recipients)
{
    pqxx::work tx(connection);
    tx.exec_params("INSERT INTO tenants (id, name, slug) VALUES ($1::uuid, 'Batch', 'batch') "
                   "ON CONFLICT DO NOTHING",
                   Tenant);
    tx.exec_params("INSERT INTO users (id, email, full_name, global_role) VALUES ($1::uuid, "
                   "'sys@batch.test', 'Batch system admin', 'system_admin') ON CONFLICT DO NOTHING",
                   SystemAdmin);
    tx.exec_params("INSERT INTO users (id, email, full_name) "
                   "SELECT format('f0000000-0000-4000-8000-%s', lpad(i::text, 12, '0'))::uuid, "
                   "format('member%s@batch.test', i), format('Member %s', i) "
                   "FROM generate_series(1, $1::integer) i ON CONFLICT DO NOTHING",
                   recipients);
    tx.exec_params("INSERT INTO user_tenant_memberships (user_id, tenant_id) "
                   "SELECT format('f0000000-0000-4000-8000-%s', lpad(i::text, 12, '0'))::uuid, "
                   "$2::uuid FROM generate_series(1, $1::integer) i ON CONFLICT DO NOTHING",
                   recipients, Tenant);
    tx.commit();
    pqxx::nontransaction(connection).exec("ANALYZE");
}

// One call in its own transaction; returns ms, sets rows.
double award(pqxx::connection &connection, const std::string &recipients, int amount,
             const std::string &key, size_t &rows)
{
    const Stopwatch watch;
    pqxx::work tx(connection);
    const pqxx::result result =
        tx.exec_params(AwardSql, Tenant, recipients, amount, std::string("Batch award"), key);
    tx.commit();
    rows = result.size();
    return watch.ms();
}

} // namespace

int main(int argc, char **argv)
{
    const std::string dsn = dsnFromArguments(argc, argv);
    const int runs = int(intArgument(argc, argv, "--runs", 5));
    const long long count = intArgument(argc, argv, "--recipients", 10000);
    try {
        auto superuser = connect(dsn);
        printConditions(Bench, *superuser);
        setUp(*superuser, count);
        std::vector<std::string> ids;
        for (long long i = 1; i <= count; ++i)
            ids.push_back(fixedUuid('f', i));
        const std::string recipients = uuidArray(ids);
        auto session = connectAs(dsn, SystemAdmin);

        std::vector<double> fresh, replays;
        std::string written;
        std::string sample;
        bool replaysWroteNothing = true;
        for (int run = 0; run < runs; ++run) {
            const std::string key = "batch-" + runNonce() + "-" + std::to_string(run);
            size_t rows = 0;
            fresh.push_back(award(*session, recipients, 1 + run, key, rows));
            if (rows != size_t(count))
                print(Bench, "unexpected",
                      "run " + std::to_string(run) + " returned " + std::to_string(rows) +
                          " rows, not " + std::to_string(count));
            const std::string before = footprint(*superuser);
            replays.push_back(award(*session, recipients, 1 + run, key, rows));
            const std::string after = footprint(*superuser);
            if (before != after || rows != size_t(count)) {
                replaysWroteNothing = false;
                written += " run " + std::to_string(run) + ": " + before + " -> " + after + ";";
            }
            if (run == 0)
                sample = "first replay: before " + before + "; after " + after;
        }
        const double freshMedian = median(fresh);
        const double replayMedian = median(replays);
        print(Bench,
              "award to " + std::to_string(count) + " recipients, fresh key (admin_award_coins_v1)",
              "median " + format(freshMedian) + " ms over " + std::to_string(runs) +
                  " runs (runs: " + joined(fresh) + "; the first creates the wallets) | " +
                  "target <= 1000 ms: " + verdict(freshMedian, 1000));
        print(Bench, "replay of the same award with the same key",
              "median " + format(replayMedian) + " ms (runs: " + joined(replays) +
                  ") | target <= 300 ms: " + verdict(replayMedian, 300));
        print(Bench, "rows written by the replays",
              replaysWroteNothing ? "0 (" + sample + ")" : "SOME:" + written);
    } catch (const std::exception &error) {
        std::cerr << Bench << ": " << error.what() << "\n";
        return 1;
    }
    return 0;
}
