// Single-recipient awards through admin_award_coins_v1 from 8 sessions (each its own thread and
// connection, autocommit, acting as a tenant admin) for a fixed time: awards/s and p50/p99
// latency, once with all sessions in one tenant and once spread over 8 tenants. Then the same
// number of equivalent ledger rows as plain INSERTs into a scratch copy of coin_transactions
// (LIKE ... INCLUDING DEFAULTS: no indexes, constraints or triggers) from 8 sessions, multi-row
// and single-row, and the ratios. Last, a one-session profile of the function path: self time
// per PL/pgSQL/SQL function (track_functions) and the slowest nested statements (auto_explain).
//   bench_award_throughput [--dsn DSN] [--seconds 10] [--repeats 3] [--sessions 8]
//                          [--members 10000] [--no-profile]
// Each shape runs `repeats` times (alternating); rates are medians, latencies pooled.

#include "BenchSupport.h"

#include <algorithm>
#include <atomic>
#include <iostream>
#include <latch>
#include <map>
#include <mutex>
#include <random>
#include <sstream>
#include <thread>

using namespace benchsupport;

namespace {

const char *const Bench = "bench_award_throughput";
constexpr int Tenants = 8;

std::string tenant(int index)
{
    return fixedUuid('e', index + 1);
}
// Admin `slot` of tenant `index` (8 per tenant).
std::string tenantAdmin(int index, int slot)
{
    return fixedUuid('b', index * 10 + slot + 1);
}
std::string member(long long index)
{
    return fixedUuid('f', index + 1);
}

const char *const AwardSql = "SELECT award_id, coin_transaction_id, balance "
                             "FROM admin_award_coins_v1($1::uuid, NULL, $2::uuid[], 1, "
                             "'Throughput', $3)";

void setUp(pqxx::connection &connection, long long members)
{
    pqxx::work tx(connection);
    std::string sql = R"sql(
INSERT INTO tenants (id, name, slug)
SELECT format('e0000000-0000-4000-8000-%s', lpad(t::text, 12, '0'))::uuid,
       format('Throughput %s', t), format('throughput-%s', t)
  FROM generate_series(1, 8) t ON CONFLICT DO NOTHING;
INSERT INTO users (id, email, full_name)
SELECT format('b0000000-0000-4000-8000-%s', lpad((t * 10 + s + 1)::text, 12, '0'))::uuid,
       format('admin%s.%s@throughput.test', t, s), format('Admin %s/%s', t, s)
  FROM generate_series(0, 7) t, generate_series(0, 7) s
UNION ALL
SELECT format('f0000000-0000-4000-8000-%s', lpad(i::text, 12, '0'))::uuid,
       format('member%s@throughput.test', i), format('Member %s', i)
  FROM generate_series(1, $1::integer) i
ON CONFLICT DO NOTHING;
INSERT INTO user_tenant_memberships (user_id, tenant_id, role)
SELECT format('b0000000-0000-4000-8000-%s', lpad((t * 10 + s + 1)::text, 12, '0'))::uuid,
       format('e0000000-0000-4000-8000-%s', lpad((t + 1)::text, 12, '0'))::uuid,
       'admin'::tenant_role_enum
  FROM generate_series(0, 7) t, generate_series(0, 7) s
UNION ALL
SELECT format('f0000000-0000-4000-8000-%s', lpad(i::text, 12, '0'))::uuid,
       format('e0000000-0000-4000-8000-%s', lpad(t::text, 12, '0'))::uuid,
       'member'::tenant_role_enum
  FROM generate_series(1, $1::integer) i, generate_series(1, 8) t
ON CONFLICT DO NOTHING;
DROP TABLE IF EXISTS bench_ledger_copy;
CREATE TABLE bench_ledger_copy (LIKE coin_transactions INCLUDING DEFAULTS);
)sql";
    const std::string count = std::to_string(members);
    for (size_t at; (at = sql.find("$1")) != std::string::npos;)
        sql.replace(at, 2, count);
    tx.exec(sql);
    tx.commit();
    pqxx::nontransaction(connection).exec("ANALYZE");
}

struct PhaseResult
{
    long long calls = 0;
    long long errors = 0;
    double seconds = 0;
    std::vector<double> latencies; // ms
    std::string firstError;
};

// Awards for `seconds` from `sessions` threads; tenantOf(session) picks the tenant.
PhaseResult runAwards(const std::string &dsn, const std::string &phase, int sessions,
                      double seconds, long long members, bool oneTenant)
{
    std::vector<std::unique_ptr<pqxx::connection>> connections;
    for (int s = 0; s < sessions; ++s) {
        const int tenantIndex = oneTenant ? 0 : s % Tenants;
        const int slot = oneTenant ? s % 8 : 0;
        connections.push_back(connectAs(dsn, tenantAdmin(tenantIndex, slot)));
        connections.back()->prepare("award", AwardSql);
    }
    PhaseResult result;
    std::mutex mutex;
    std::latch start(sessions + 1);
    std::atomic<bool> stop{false};
    std::vector<std::thread> threads;
    for (int s = 0; s < sessions; ++s) {
        threads.emplace_back([&, s] {
            std::mt19937_64 rng(1000 + s);
            std::uniform_int_distribution<long long> pickMember(0, members - 1);
            const std::string tenantId = tenant(oneTenant ? 0 : s % Tenants);
            const std::string prefix =
                "tp-" + runNonce() + "-" + phase + "-" + std::to_string(s) + "-";
            std::vector<double> latencies;
            long long errors = 0;
            std::string firstError;
            start.arrive_and_wait();
            for (long long n = 0; !stop.load(std::memory_order_relaxed); ++n) {
                const std::string recipients = "{" + member(pickMember(rng)) + "}";
                const Stopwatch watch;
                try {
                    pqxx::nontransaction tx(*connections[s]);
                    tx.exec_prepared("award", tenantId, recipients, prefix + std::to_string(n));
                    latencies.push_back(watch.ms());
                } catch (const std::exception &error) {
                    if (firstError.empty())
                        firstError = error.what();
                    ++errors;
                }
            }
            std::lock_guard lock(mutex);
            result.latencies.insert(result.latencies.end(), latencies.begin(), latencies.end());
            result.errors += errors;
            if (result.firstError.empty())
                result.firstError = firstError;
        });
    }
    start.arrive_and_wait();
    const Stopwatch watch;
    std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
    stop = true;
    for (std::thread &thread : threads)
        thread.join();
    result.seconds = watch.ms() / 1000;
    result.calls = (long long)result.latencies.size();
    return result;
}

std::string ledgerRowValues(pqxx::connection &connection, const std::string &tenantId,
                            const std::string &user, const std::string &key)
{
    return "(" + connection.quote(user) + "::uuid, " + connection.quote(tenantId) +
           "::uuid, 'earn', 1, 'Throughput', 'admin_award', " + connection.quote(key) +
           ", 'admin_award', jsonb_build_object('award_id', gen_random_uuid()))";
}

// Inserts `rows` equivalent ledger rows from `sessions` threads, `perStatement` rows per
// INSERT (1: a prepared single-row INSERT, autocommit). Returns seconds.
double runInserts(const std::string &dsn, int sessions, long long rows, int perStatement,
                  long long members)
{
    std::vector<std::unique_ptr<pqxx::connection>> connections;
    for (int s = 0; s < sessions; ++s) {
        connections.push_back(connect(dsn));
        connections.back()->prepare(
            "insert", "INSERT INTO bench_ledger_copy (user_id, tenant_id, type, amount, "
                      "description, reason_code, idempotency_key, source, metadata) VALUES "
                      "($1::uuid, $2::uuid, 'earn', 1, 'Throughput', 'admin_award', $3, "
                      "'admin_award', jsonb_build_object('award_id', gen_random_uuid()))");
    }
    std::latch start(sessions + 1);
    std::vector<std::thread> threads;
    for (int s = 0; s < sessions; ++s) {
        threads.emplace_back([&, s] {
            std::mt19937_64 rng(2000 + s);
            std::uniform_int_distribution<long long> pickMember(0, members - 1);
            const long long mine = rows / sessions + (s < rows % sessions ? 1 : 0);
            const std::string prefix = "raw-" + runNonce() + "-" + std::to_string(perStatement) +
                                       "-" + std::to_string(s) + "-";
            pqxx::connection &connection = *connections[s];
            start.arrive_and_wait();
            for (long long done = 0; done < mine;) {
                const long long batch = std::min<long long>(perStatement, mine - done);
                pqxx::nontransaction tx(connection);
                if (perStatement == 1) {
                    tx.exec_prepared("insert", member(pickMember(rng)), tenant(0),
                                     prefix + std::to_string(done));
                } else {
                    std::string sql = "INSERT INTO bench_ledger_copy (user_id, tenant_id, type, "
                                      "amount, description, reason_code, idempotency_key, "
                                      "source, metadata) VALUES ";
                    for (long long i = 0; i < batch; ++i)
                        sql += (i ? ", " : "") + ledgerRowValues(connection, tenant(0),
                                                                 member(pickMember(rng)),
                                                                 prefix + std::to_string(done + i));
                    tx.exec(sql);
                }
                done += batch;
            }
        });
    }
    start.arrive_and_wait();
    const Stopwatch watch;
    for (std::thread &thread : threads)
        thread.join();
    return watch.ms() / 1000;
}

// Prints the median rate of the repeats and the pooled latency percentiles; returns the rate.
double printPhases(const std::string &what, const std::vector<PhaseResult> &results, int sessions)
{
    std::vector<double> rates;
    std::vector<double> latencies;
    long long errors = 0;
    std::string firstError;
    for (const PhaseResult &result : results) {
        rates.push_back(double(result.calls) / result.seconds);
        latencies.insert(latencies.end(), result.latencies.begin(), result.latencies.end());
        errors += result.errors;
        if (firstError.empty())
            firstError = result.firstError;
    }
    const double rate = median(rates);
    const double p99 = percentile(latencies, 0.99);
    print(Bench, what,
          format(rate, 0) + " awards/s median of " + std::to_string(results.size()) + " x " +
              format(results.front().seconds, 0) + " s (runs: " + joined(rates, 0) + "), " +
              std::to_string(sessions) + " sessions, latency p50 " +
              format(percentile(latencies, 0.5), 2) + " ms, p99 " + format(p99, 2) +
              " ms | target >= 2000/s: " + verdict(rate, 2000, false) +
              ", p99 <= 20 ms: " + verdict(p99, 20));
    if (errors)
        print(Bench, what + " errors",
              std::to_string(errors) + " failed calls, first: " + firstError);
    return rate;
}

// Collects auto_explain's notices: "duration: X ms  plan:\nQuery Text: ...".
class PlanCollector : public pqxx::errorhandler
{
public:
    explicit PlanCollector(pqxx::connection_base &connection)
        : pqxx::errorhandler(connection)
    {}
    bool operator()(const char message[]) noexcept override
    {
        try {
            std::istringstream in(message);
            std::string line;
            std::string query;
            double ms = -1;
            bool inQuery = false;
            while (std::getline(in, line)) {
                if (ms < 0) {
                    if (const size_t at = line.find("duration: "); at != std::string::npos)
                        ms = std::stod(line.substr(at + 10));
                } else if (!inQuery) {
                    if (const size_t at = line.find("Query Text: "); at != std::string::npos) {
                        inQuery = true;
                        query = line.substr(at + 12);
                    }
                } else if (line.find("(cost=") != std::string::npos) {
                    break; // the plan starts
                } else {
                    query += " " + line;
                }
            }
            if (ms < 0 || query.empty())
                return false;
            std::string collapsed;
            for (char c : query) {
                const bool space = std::isspace(static_cast<unsigned char>(c));
                if (!space || (!collapsed.empty() && collapsed.back() != ' '))
                    collapsed += space ? ' ' : c;
            }
            std::lock_guard lock(mutex);
            auto &entry = totals[collapsed.substr(0, 160)];
            entry.first += ms;
            entry.second += 1;
        } catch (...) {
        }
        return false; // keep them out of stderr
    }
    std::mutex mutex;
    std::map<std::string, std::pair<double, long long>> totals; // query -> (ms, calls)
};

void profile(const std::string &dsn, pqxx::connection &superuser, double seconds, long long members)
{
    // Function self times: track_functions in this session only, read after it ends.
    pqxx::nontransaction(superuser).exec("SELECT pg_stat_reset()");
    long long awards = 0;
    {
        auto connection = connectAs(dsn, tenantAdmin(1, 7), "SET track_functions = 'all'");
        connection->prepare("award", AwardSql);
        std::mt19937_64 rng(3000);
        std::uniform_int_distribution<long long> pickMember(0, members - 1);
        const Stopwatch watch;
        while (watch.ms() < seconds * 1000) {
            pqxx::nontransaction tx(*connection);
            tx.exec_prepared("award", tenant(1), "{" + member(pickMember(rng)) + "}",
                             "profile-" + runNonce() + "-" + std::to_string(awards++));
        }
        print(Bench, "profile, one session, plain",
              format(double(awards) / (watch.ms() / 1000), 0) + " awards/s, " +
                  format(watch.ms() / double(awards), 3) + " ms per award");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(1500)); // stats flush at session end
    {
        pqxx::nontransaction tx(superuser);
        const pqxx::result rows =
            tx.exec("SELECT schemaname || '.' || funcname, calls, total_time, self_time "
                    "FROM pg_stat_user_functions ORDER BY self_time DESC LIMIT 20");
        print(Bench, "profile: function self time per award (track_functions)",
              "function, calls per award, self ms per award, total ms per award");
        for (const pqxx::row &row : rows)
            std::cout << "    " << row[0].as<std::string>() << "  "
                      << format(row[1].as<double>() / double(awards), 2) << "  "
                      << format(row[3].as<double>() / double(awards), 4) << "  "
                      << format(row[2].as<double>() / double(awards), 4) << "\n";
    }
    // Nested statements: auto_explain reports each one's duration to this client as NOTICE.
    auto connection =
        connectAs(dsn, tenantAdmin(1, 7),
                  "LOAD 'auto_explain'; SET auto_explain.log_min_duration = 0; "
                  "SET auto_explain.log_nested_statements = on; "
                  "SET auto_explain.log_analyze = on; SET auto_explain.log_timing = off; "
                  "SET auto_explain.log_level = 'notice'; SET client_min_messages = 'notice'");
    PlanCollector collector(*connection);
    connection->prepare("award", AwardSql);
    std::mt19937_64 rng(4000);
    std::uniform_int_distribution<long long> pickMember(0, members - 1);
    const int explained = 500;
    for (int n = 0; n < explained; ++n) {
        pqxx::nontransaction tx(*connection);
        tx.exec_prepared("award", tenant(1), "{" + member(pickMember(rng)) + "}",
                         "explain-" + runNonce() + "-" + std::to_string(n));
    }
    std::vector<std::pair<double, std::string>> ranked;
    {
        std::lock_guard lock(collector.mutex);
        for (const auto &[query, entry] : collector.totals)
            ranked.push_back({entry.first / explained,
                              format(double(entry.second) / explained, 2) + "x  " + query});
    }
    std::sort(ranked.rbegin(), ranked.rend());
    print(Bench, "profile: statements by inclusive ms per award (auto_explain, nested)",
          std::to_string(explained) + " awards; outer statements include inner ones");
    for (size_t i = 0; i < ranked.size() && i < 25; ++i)
        std::cout << "    " << format(ranked[i].first, 4) << " ms  " << ranked[i].second << "\n";
}

} // namespace

int main(int argc, char **argv)
{
    const std::string dsn = dsnFromArguments(argc, argv);
    const double seconds = double(intArgument(argc, argv, "--seconds", 10));
    const int repeats = int(intArgument(argc, argv, "--repeats", 3));
    const int sessions = int(intArgument(argc, argv, "--sessions", 8));
    const long long members = intArgument(argc, argv, "--members", 10000);
    try {
        auto superuser = connect(dsn);
        printConditions(Bench, *superuser);
        setUp(*superuser, members);
        runAwards(dsn, "warmup", sessions, 2, members, false); // caches, plans, first wallets

        // Alternate the two shapes so that noise from other load hits both alike.
        std::vector<PhaseResult> spread, one;
        for (int r = 0; r < repeats; ++r) {
            spread.push_back(
                runAwards(dsn, "spread" + std::to_string(r), sessions, seconds, members, false));
            one.push_back(
                runAwards(dsn, "one" + std::to_string(r), sessions, seconds, members, true));
        }
        const double spreadRate = printPhases("admin_award_coins_v1, 1 recipient, " +
                                                  std::to_string(Tenants) + " tenants",
                                              spread, sessions);
        const double oneRate =
            printPhases("admin_award_coins_v1, 1 recipient, one tenant", one, sessions);

        long long rows = 0;
        for (const PhaseResult &result : spread)
            rows = std::max(rows, result.calls);
        std::vector<double> multiRates, singleRates;
        for (int r = 0; r < repeats; ++r) {
            multiRates.push_back(double(rows) / runInserts(dsn, sessions, rows, 100, members));
            singleRates.push_back(double(rows) / runInserts(dsn, sessions, rows, 1, members));
        }
        const double multiRate = median(multiRates);
        const double singleRate = median(singleRates);
        print(Bench, "plain multi-row INSERT (100 rows/statement) into the scratch copy",
              format(multiRate, 0) + " rows/s median of " + std::to_string(repeats) + " x " +
                  std::to_string(rows) + " rows, " + std::to_string(sessions) +
                  " sessions (runs: " + joined(multiRates, 0) + ")");
        print(Bench, "plain single-row INSERT (autocommit) into the scratch copy",
              format(singleRate, 0) + " rows/s (runs: " + joined(singleRates, 0) + ")");
        for (const auto &[name, rate] : {std::pair<std::string, double>{"8 tenants", spreadRate},
                                         std::pair<std::string, double>{"one tenant", oneRate}})
            print(Bench, "ratio (" + name + ")",
                  "multi-row INSERT rows/s is " + format(multiRate / rate, 1) +
                      "x the award rate; single-row INSERT " + format(singleRate / rate, 1) + "x");
        if (!flagArgument(argc, argv, "--no-profile"))
            profile(dsn, *superuser, std::min(seconds, 5.0), members);
    } catch (const std::exception &error) {
        std::cerr << Bench << ": " << error.what() << "\n";
        return 1;
    }
    return 0;
}
