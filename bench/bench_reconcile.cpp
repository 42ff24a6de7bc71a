// `dicedesk-db reconcile` (every wallet against the sum of its ledger) with at least 1,000,000
// ledger entries: median wall time of the process over several runs (target <= 2 s), and the
// time the tool itself reports for its query. When the database holds fewer entries (a fresh
// `dicedesk-db sandbox --migrate`), it first generates the missing ones directly (100,000
// wallets over 10 tenants and the platform, consistent) instead of seeding for minutes; a
// seeded database (`sandbox --seed 4000000`, ~1M entries) is used as it is.
//   bench_reconcile [--dsn DSN] [--runs 5] [--entries 1000000]

#include "BenchSupport.h"

#include <array>
#include <cstdio>
#include <iostream>
#include <sys/wait.h>

using namespace benchsupport;

namespace {

const char *const Bench = "bench_reconcile";

void generate(pqxx::connection &connection, long long rows)
{
    pqxx::work tx(connection);
    // Generated rows reference users and tenants created here; skipping the per-row foreign
    // key triggers (superuser only) makes 1M rows take seconds instead of a minute.
    tx.exec("SET LOCAL session_replication_role = replica");
    tx.exec("INSERT INTO tenants (id, name, slug) "
            "SELECT format('e0000000-0000-4000-8000-%s', lpad((200 + t)::text, 12, '0'))::uuid, "
            "format('Reconcile %s', t), format('reconcile-%s', t) FROM generate_series(1, 10) t "
            "ON CONFLICT DO NOTHING");
    tx.exec("INSERT INTO users (id, email, full_name) "
            "SELECT format('f0000000-0000-4000-8000-%s', lpad(i::text, 12, '0'))::uuid, "
            "format('member%s@reconcile.test', i), '' FROM generate_series(1, 100000) i "
            "ON CONFLICT DO NOTHING");
    // Each wallet gets earns of 1..50 and every fifth block spends 1, so no balance goes
    // below zero; one wallet in eleven is a platform (NULL tenant) wallet.
    tx.exec_params(
        "INSERT INTO coin_transactions (user_id, tenant_id, type, amount, reason_code, "
        "idempotency_key, source, created_at) "
        "SELECT format('f0000000-0000-4000-8000-%s', lpad((1 + i % 100000)::text, 12, "
        "'0'))::uuid, "
        "CASE WHEN i % 100000 % 11 = 0 THEN NULL ELSE format('e0000000-0000-4000-8000-%s', "
        "lpad((201 + i % 100000 % 10)::text, 12, '0'))::uuid END, "
        "CASE WHEN (i / 100000) % 5 = 4 THEN 'spend' ELSE 'earn' END, "
        "CASE WHEN (i / 100000) % 5 = 4 THEN 1 ELSE 1 + i % 50 END, 'generated', "
        "'generated-' || $2 || '-' || i, 'bench_reconcile', "
        "timestamptz '2026-06-30' - ($1 - i) * interval '15 seconds' "
        "FROM generate_series(0, $1::bigint - 1) i",
        rows, runNonce());
    tx.exec_params("INSERT INTO user_coins AS w (user_id, tenant_id, balance, total_earned, "
                   "total_spent) "
                   "SELECT user_id, tenant_id, sum(CASE type WHEN 'earn' THEN amount ELSE "
                   "-amount END), coalesce(sum(amount) FILTER (WHERE type = 'earn'), 0), "
                   "coalesce(sum(amount) FILTER (WHERE type = 'spend'), 0) "
                   "FROM coin_transactions WHERE idempotency_key LIKE 'generated-' || $1 || '-%' "
                   "GROUP BY 1, 2 "
                   "ON CONFLICT ON CONSTRAINT user_coins_user_tenant_key DO UPDATE "
                   "SET balance = w.balance + EXCLUDED.balance, "
                   "total_earned = w.total_earned + EXCLUDED.total_earned, "
                   "total_spent = w.total_spent + EXCLUDED.total_spent",
                   runNonce());
    tx.commit();
    pqxx::nontransaction(connection).exec("VACUUM ANALYZE coin_transactions, user_coins");
}

std::string shellQuoted(const std::string &text)
{
    std::string out = "'";
    for (char c : text)
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

struct ToolRun
{
    double ms = 0;
    int exitCode = -1;
    std::string output;
};

ToolRun runReconcile(const std::string &dsn)
{
    const std::string command =
        std::string(DICEDESK_DB_TOOL) + " --verbose reconcile --dsn " + shellQuoted(dsn) + " 2>&1";
    ToolRun run;
    const Stopwatch watch;
    FILE *pipe = popen(command.c_str(), "r");
    if (!pipe)
        return run;
    std::array<char, 4096> buffer{};
    size_t read = 0;
    while ((read = fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
        run.output.append(buffer.data(), read);
    const int status = pclose(pipe);
    run.ms = watch.ms();
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

// "reconcile took 256 ms" from the tool's --verbose output, or -1.
double reportedMs(const std::string &output)
{
    const std::string marker = "reconcile took ";
    const size_t at = output.find(marker);
    return at == std::string::npos ? -1 : std::stod(output.substr(at + marker.size()));
}

std::string summaryLine(const std::string &output)
{
    const size_t at = output.rfind("reconcile: ");
    return at == std::string::npos ? output : output.substr(at, output.find('\n', at) - at);
}

} // namespace

int main(int argc, char **argv)
{
    const std::string dsn = dsnFromArguments(argc, argv);
    const int runs = int(intArgument(argc, argv, "--runs", 5));
    const long long entries = intArgument(argc, argv, "--entries", 1000000);
    try {
        auto superuser = connect(dsn);
        printConditions(Bench, *superuser);
        const long long existing = count(*superuser, "SELECT count(*) FROM coin_transactions");
        if (existing < entries) {
            const Stopwatch watch;
            generate(*superuser, entries - existing);
            print(Bench, "data",
                  "generated " + std::to_string(entries - existing) + " ledger entries in " +
                      format(watch.ms() / 1000, 1) + " s");
        }
        print(Bench, "data",
              std::to_string(count(*superuser, "SELECT count(*) FROM coin_transactions")) +
                  " ledger entries, " +
                  std::to_string(count(*superuser, "SELECT count(*) FROM user_coins")) +
                  " wallets, " +
                  format(double(count(*superuser, "SELECT pg_total_relation_size("
                                                  "'coin_transactions')")) /
                             1048576,
                         0) +
                  " MB ledger with indexes");

        std::vector<double> walls, queries;
        std::string summary;
        int failures = 0;
        for (int run = 0; run < runs; ++run) {
            const ToolRun result = runReconcile(dsn);
            walls.push_back(result.ms);
            queries.push_back(reportedMs(result.output));
            summary = summaryLine(result.output);
            if (result.exitCode != 0) {
                ++failures;
                print(Bench, "run " + std::to_string(run) + " failed",
                      "exit " + std::to_string(result.exitCode) + ": " + result.output);
            }
        }
        const double wall = median(walls);
        print(Bench, "dicedesk-db reconcile, process wall time",
              "median " + format(wall, 0) + " ms over " + std::to_string(runs) + " runs (runs: " +
                  joined(walls, 0) + ") | target <= 2000 ms: " + verdict(wall, 2000));
        print(Bench, "reconcile query time reported by the tool (--verbose)",
              "median " + format(median(queries), 0) + " ms (runs: " + joined(queries, 0) + ")");
        print(Bench, "tool output",
              summary + (failures ? " (" + std::to_string(failures) + " runs exited non-zero)"
                                  : std::string()));
    } catch (const std::exception &error) {
        std::cerr << Bench << ": " << error.what() << "\n";
        return 1;
    }
    return 0;
}
