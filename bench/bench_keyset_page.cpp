// Keyset pages of 200 rows, newest first, from gamification_events (10,000,000 rows) and
// coin_transactions (2,600,000 rows) of one tenant, with the exact query the console uses:
//   SELECT ... FROM <table> WHERE tenant_id = $1 AND (created_at, id) < ($2, $3)
//    ORDER BY created_at DESC, id DESC LIMIT 200
// For the first page (cursor +infinity) and for 50 consecutive pages from a deep cursor (95% of
// the tenant's rows in: ~9M events), it prints the median client round trip (prepared statement,
// all 200 rows fetched) and the median server execution time (EXPLAIN (ANALYZE, TIMING) EXECUTE of
// the same prepared statement); target <= 10 ms. For the tenant with 95% of the rows (clustered in
// the heap) and one with 1.7% (about one row per heap page), and for the big one also as a
// row-level-security subject (a system admin through role `authenticated`, as personal logins).
//
// Missing rows are generated directly (time-ordered, one tenant holding 95%): secondary indexes
// are dropped, the rows inserted and the indexes rebuilt from their own definitions, all in one
// transaction; ~2-4 minutes on 2 cores. An existing database with enough rows is reused (see
// KEEP in run_db_benchmarks.sh).
//   bench_keyset_page [--dsn DSN] [--events 10000000] [--ledger 2600000] [--pages 50]

#include "BenchSupport.h"

#include <iostream>

using namespace benchsupport;

namespace {

const char *const Bench = "bench_keyset_page";
const std::string BigTenant = fixedUuid('e', 301);   // 95% of the rows, clustered in the heap
const std::string SmallTenant = fixedUuid('e', 302); // 1.7%, about one row per heap page
const std::string SystemAdmin = fixedUuid('a', 301);
const char *const FirstCursorTime = "infinity";
const char *const FirstCursorId = "ffffffff-ffff-ffff-ffff-ffffffffffff";

struct Table
{
    std::string name;
    std::string pageSql;
    long long rows;
};

const char *const EventsPageSql =
    "SELECT id, created_at, actor_user_id, event_type, source, amount FROM gamification_events "
    "WHERE tenant_id = $1 AND (created_at, id) < ($2, $3) "
    "ORDER BY created_at DESC, id DESC LIMIT 200";
const char *const LedgerPageSql =
    "SELECT id, created_at, user_id, type, amount, reason_code, description FROM "
    "coin_transactions WHERE tenant_id = $1 AND (created_at, id) < ($2, $3) "
    "ORDER BY created_at DESC, id DESC LIMIT 200";

// Time-ordered ids (like UUIDv7: row number first, then random bits), so the primary key grows
// at its right edge during the bulk load.
const char *const OrderedId = "(lpad(to_hex(i), 12, '0') || '4' || substr(md5(i::text), 1, 3) || "
                              "'8' || substr(md5(i::text), 4, 15))::uuid";
// Tenant 301 holds 19 of 20 rows, 302-304 the rest.
const char *const TenantOf =
    "format('e0000000-0000-4000-8000-%s', lpad((CASE WHEN i % 20 < 19 THEN 301 ELSE 302 + i % "
    "3 END)::text, 12, '0'))::uuid";
const char *const UserOf = "format('f0000000-0000-4000-8000-%s', lpad((1 + (i * 7919) % "
                           "100000)::text, 12, '0'))::uuid";

void generate(pqxx::connection &connection, const std::string &table, long long from, long long to)
{
    const Stopwatch watch;
    pqxx::work tx(connection);
    tx.exec("SET LOCAL session_replication_role = replica"); // no per-row foreign key checks
    tx.exec("SET LOCAL maintenance_work_mem = '1GB'");
    tx.exec("INSERT INTO tenants (id, name, slug) "
            "SELECT format('e0000000-0000-4000-8000-%s', lpad(t::text, 12, '0'))::uuid, "
            "format('Keyset %s', t), format('keyset-%s', t) FROM generate_series(301, 304) t "
            "ON CONFLICT DO NOTHING");
    tx.exec_params("INSERT INTO users (id, email, full_name, global_role) VALUES ($1::uuid, "
                   "'sys@keyset.test', 'Keyset system admin', 'system_admin') "
                   "ON CONFLICT DO NOTHING",
                   SystemAdmin);
    tx.exec("INSERT INTO users (id, email, full_name) "
            "SELECT format('f0000000-0000-4000-8000-%s', lpad(i::text, 12, '0'))::uuid, "
            "format('member%s@keyset.test', i), '' FROM generate_series(1, 100000) i "
            "ON CONFLICT DO NOTHING");
    // Indexes that back no constraint are rebuilt after the load from their own definitions.
    const pqxx::result indexes = tx.exec_params(
        "SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i "
        "WHERE i.indrelid = $1::regclass AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE "
        "c.conindid = i.indexrelid)",
        table);
    for (const pqxx::row &index : indexes)
        tx.exec("DROP INDEX " + index[0].as<std::string>());
    // 365 days of rows in time order, the newest a day before the anchor.
    const std::string when = "timestamptz '2026-06-29' - (" + std::to_string(to) +
                             " - i) * (interval '365 days' / " + std::to_string(to) +
                             ") + (i % 1000) * interval '1 microsecond'";
    constexpr long long Chunk = 1000000;
    for (long long start = from; start < to; start += Chunk) {
        const long long end = std::min(to, start + Chunk);
        const std::string range = "generate_series(" + std::to_string(start) + "::bigint, " +
                                  std::to_string(end - 1) + ") i";
        if (table == "gamification_events")
            tx.exec(std::string("INSERT INTO gamification_events (id, tenant_id, actor_user_id, "
                                "event_type, source, idempotency_key, amount, created_at) "
                                "SELECT ") +
                    OrderedId + ", " + TenantOf + ", " + UserOf +
                    ", (ARRAY['session.started', 'session.completed', 'game.played', "
                    "'achievement.unlocked', 'shop.purchase', 'content.viewed', "
                    "'planner.created'])[1 + i % 7], (ARRAY['planner', 'play', 'admin', "
                    "'system', 'content', 'engagement'])[1 + i % 6], 'keyset-' || lpad(i::text, "
                    "10, '0'), CASE WHEN i % 4 = 0 THEN i % 100 END, " +
                    when + " FROM " + range);
        else
            tx.exec(std::string("INSERT INTO coin_transactions (id, user_id, tenant_id, type, "
                                "amount, description, reason_code, idempotency_key, source, "
                                "created_at) SELECT ") +
                    OrderedId + ", " + UserOf + ", " + TenantOf +
                    ", CASE WHEN i % 3 = 0 THEN 'spend' ELSE 'earn' END, 1 + i % 50, "
                    "'Generated', CASE WHEN i % 3 = 0 THEN 'shop_purchase' ELSE 'quest_reward' "
                    "END, 'keyset-' || lpad(i::text, 10, '0'), 'bench_keyset_page', " +
                    when + " FROM " + range);
        std::cout << "  " << table << ": " << end << " of " << to << " rows, "
                  << format(watch.ms() / 1000, 0) << " s" << std::endl;
    }
    for (const pqxx::row &index : indexes)
        tx.exec(index[1].as<std::string>());
    tx.commit();
    pqxx::nontransaction(connection).exec("VACUUM (ANALYZE) " + table);
    print(Bench, "data",
          "generated " + std::to_string(to - from) + " " + table + " rows in " +
              format(watch.ms() / 1000, 0) + " s (indexes rebuilt)");
}

struct Cursor
{
    std::string time;
    std::string id;
};

struct Timings
{
    std::vector<double> roundTrips;
    std::vector<double> executions;
    std::string plan;
    size_t fewestRows = 1000000;
};

// "Execution Time: X ms" of an EXPLAIN ANALYZE; plan gets "top node <- scan (buffers)" once.
double executionTime(const pqxx::result &explain, std::string *plan)
{
    double ms = -1;
    std::string top, scan, buffers;
    for (const pqxx::row &row : explain) {
        std::string line = row[0].as<std::string>();
        line = line.substr(0, line.find("  ("));
        line.erase(0, line.find_first_not_of(" ->"));
        if (top.empty())
            top = line;
        else if (scan.empty() && line.find(" on ") != std::string::npos)
            scan = line;
        if (buffers.empty() && line.rfind("Buffers: ", 0) == 0)
            buffers = line;
        if (line.rfind("Execution Time: ", 0) == 0)
            ms = std::stod(line.substr(16));
    }
    if (plan->empty())
        *plan = top + " <- " + scan + " (" + buffers + ")";
    return ms;
}

// `pages` pages from `start`; walk: each next page continues after the last row (else the same
// page again). Round trips first, then EXPLAIN ANALYZE of the same cursors.
Timings measure(pqxx::connection &connection, const std::string &statement,
                const std::string &tenant, const Cursor &start, int pages, bool walk)
{
    Timings timings;
    std::vector<Cursor> cursors;
    Cursor cursor = start;
    for (int page = 0; page < pages; ++page) {
        cursors.push_back(cursor);
        const Stopwatch watch;
        pqxx::nontransaction tx(connection);
        const pqxx::result rows = tx.exec_prepared(statement, tenant, cursor.time, cursor.id);
        timings.roundTrips.push_back(watch.ms());
        timings.fewestRows = std::min(timings.fewestRows, size_t(rows.size()));
        if (walk && !rows.empty())
            cursor = {rows.back()[1].as<std::string>(), rows.back()[0].as<std::string>()};
    }
    for (const Cursor &at : cursors) {
        pqxx::nontransaction tx(connection);
        const pqxx::result explain =
            tx.exec("EXPLAIN (ANALYZE, TIMING, BUFFERS) EXECUTE " + statement + "(" +
                    tx.quote(tenant) + ", " + tx.quote(at.time) + ", " + tx.quote(at.id) + ")");
        timings.executions.push_back(executionTime(explain, &timings.plan));
    }
    return timings;
}

void report(const std::string &what, const Timings &timings)
{
    const double roundTrip = median(timings.roundTrips);
    const double execution = median(timings.executions);
    print(Bench, what,
          "round trip median " + format(roundTrip, 2) + " ms (max " +
              format(percentile(timings.roundTrips, 1), 2) + "), server execution median " +
              format(execution, 3) + " ms (max " + format(percentile(timings.executions, 1), 3) +
              "), " + std::to_string(timings.roundTrips.size()) +
              " pages of >= " + std::to_string(timings.fewestRows) + " rows | target <= 10 ms: " +
              verdict(std::max(roundTrip, execution), 10) + " | plan: " + timings.plan);
}

} // namespace

int main(int argc, char **argv)
{
    const std::string dsn = dsnFromArguments(argc, argv);
    const long long events = intArgument(argc, argv, "--events", 10000000);
    const long long ledger = intArgument(argc, argv, "--ledger", 2600000);
    const int pages = int(intArgument(argc, argv, "--pages", 50));
    try {
        auto superuser = connect(dsn);
        printConditions(Bench, *superuser);
        const std::vector<Table> tables{{"gamification_events", EventsPageSql, events},
                                        {"coin_transactions", LedgerPageSql, ledger}};
        for (const Table &table : tables) {
            const long long existing = count(*superuser, "SELECT count(*) FROM " + table.name);
            if (existing < table.rows)
                generate(*superuser, table.name, existing, table.rows);
        }
        for (const Table &table : tables) {
            pqxx::nontransaction tx(*superuser);
            const pqxx::row sizes = tx.exec1(
                "SELECT (SELECT count(*) FROM " + table.name + "), pg_size_pretty(pg_table_size('" +
                table.name + "')), pg_size_pretty(pg_indexes_size('" + table.name + "'))");
            print(Bench, "data " + table.name,
                  sizes[0].as<std::string>() + " rows; heap " + sizes[1].as<std::string>() +
                      ", indexes " + sizes[2].as<std::string>());
        }

        // As the superuser (no RLS), and as a system admin subject to RLS.
        auto asSuperuser = connect(dsn);
        auto asRlsSubject =
            connectAs(dsn, SystemAdmin); // then switch from service_role to authenticated
        pqxx::nontransaction(*asRlsSubject).exec("SET ROLE authenticated");
        for (const Table &table : tables) {
            const std::string statement = "page_" + table.name;
            asSuperuser->prepare(statement, table.pageSql);
            asRlsSubject->prepare(statement, table.pageSql);
            for (const std::string &tenant : {BigTenant, SmallTenant}) {
                const bool big = tenant == BigTenant;
                const long long inTenant =
                    count(*superuser, "SELECT count(*) FROM " + table.name +
                                          " WHERE tenant_id = '" + tenant + "'");
                // ~9M rows into the big tenant's events; the same share elsewhere.
                const long long depth =
                    std::max(0LL, std::min(inTenant * 95 / 100, inTenant - 200LL * (pages + 1)));
                const Stopwatch watch;
                pqxx::nontransaction tx(*superuser);
                const pqxx::row row = tx.exec_params1(
                    "SELECT created_at::text, id::text FROM " + table.name +
                        " WHERE tenant_id = $1 ORDER BY created_at DESC, id DESC OFFSET $2 "
                        "LIMIT 1",
                    tenant, depth);
                const Cursor deep{row[0].as<std::string>(), row[1].as<std::string>()};
                const std::string scope = table.name + (big ? " big tenant (" : " small tenant (") +
                                          std::to_string(inTenant) + " rows)";
                print(Bench, scope + " deep cursor",
                      std::to_string(depth) + " rows in (" + deep.time + "); OFFSET " +
                          std::to_string(depth) + " took " + format(watch.ms(), 0) + " ms");
                for (auto *connection : {asSuperuser.get(), asRlsSubject.get()}) {
                    const bool rls = connection == asRlsSubject.get();
                    if (rls && !big)
                        continue;
                    const std::string who = rls ? " [RLS: system admin as authenticated]" : "";
                    report(scope + " first page" + who,
                           measure(*connection, statement, tenant, {FirstCursorTime, FirstCursorId},
                                   pages, false));
                    report(scope + " pages from " + std::to_string(depth) + " rows in" + who,
                           measure(*connection, statement, tenant, deep, pages, true));
                }
            }
        }
    } catch (const std::exception &error) {
        std::cerr << Bench << ": " << error.what() << "\n";
        return 1;
    }
    return 0;
}
