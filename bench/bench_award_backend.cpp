// The award console's backend calls over the console's own PgBackend (its worker thread), on one
// tenant with 100,000 members (generated if missing), in operator mode acting as the tenant's
// admin (no row-level security) and signed in with a personal login (RLS applies):
//   - searchMembers: median and p95 latency of the backend call for several prefixes (name,
//     later name word, e-mail, none matching); target < 100 ms
//   - activeMembers (all 100,000) and resolveRecipients with 10,000 inputs: medians
//   - requestPage: the first page of the approval queue with 10,000 pending requests (and
//     30,000 decided ones), oldest first, and a page 5,000 rows deep: medians
//   - sendAward to 10,000 recipients end to end: paid by a system admin, filed for approval by
//     the tenant admin, and their replays; then approving a 10,000-recipient request. Target for
//     the paid award: well under 2 s.
// Also the server's own execution time (EXPLAIN ANALYZE) of the search for each prefix.
//
//   bench_award_backend [--dsn DSN] [--runs 15] [--award-runs 3] [--users 100000]
//                       [--pending 10000]
// The DSN must be a superuser's (it creates the data, a personal login, and acts as people).
// Prints figures; asserts nothing.

#include "AwardBenchData.h"
#include "BenchSupport.h"
#include "backend/pg/PgBackend.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <fstream>
#include <functional>
#include <iostream>
#include <iterator>
#include <sstream>
#include <unistd.h>

using namespace benchsupport;
using namespace dicedesk;

namespace {

const char *const Bench = "bench_award_backend";
using namespace dicedesk::awardbench;
const char *const LoginSql = R"sql(
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bench_award_admin') THEN
        CREATE ROLE bench_award_admin LOGIN IN ROLE dicedesk_personal_login;
    END IF;
END
$$;
)sql";

// 10,000 pending requests one second apart and 30,000 decided ones, by the tenant admin.
const char *const RequestsSql = R"sql(
INSERT INTO gamification_admin_award_requests
    (tenant_id, requester_user_id, amount, message, idempotency_key, recipient_count, status,
     decided_by_user_id, decided_at, decision_reason, expires_at, created_at)
SELECT $1::uuid, $2::uuid, 500 + i % 1000, format('Bench request %s', i), format('bench-req-%s', i), 1,
       CASE WHEN i <= $4::int THEN 'pending' ELSE 'rejected' END,
       CASE WHEN i > $4::int THEN $3::uuid END, CASE WHEN i > $4::int THEN now() END,
       CASE WHEN i > $4::int THEN 'Bench' END,
       now() + interval '14 days',
       now() - interval '30 days' + i * interval '1 second'
  FROM generate_series(1, $4::int + 30000) AS i
ON CONFLICT DO NOTHING;
)sql";

/// Runs the event loop until the future is finished (woken by the watcher, not by polling).
template<typename T> Result<T> await(const QFuture<Result<T>> &future)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<Result<T>> watcher;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    return future.result();
}

/// CPU time (user + system) a server process has used so far, in ms; -1 if unknown. Unlike
/// wall time it hardly depends on what else the shared machine runs.
double cpuMs(int pid)
{
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string text((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
    const size_t close = text.rfind(')');
    if (pid <= 0 || close == std::string::npos)
        return -1;
    std::istringstream fields(text.substr(close + 2));
    std::string field;
    long long utime = 0, stime = 0;
    for (int i = 3; i <= 15 && fields >> field; ++i) {
        if (i == 14)
            utime = std::atoll(field.c_str());
        if (i == 15)
            stime = std::atoll(field.c_str());
    }
    return double(utime + stime) * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

template<typename T> bool check(const Result<T> &result, const std::string &what)
{
    if (result.ok())
        return true;
    std::cerr << "[" << Bench << "] " << what
              << " failed: " << result.error().detail().toStdString() << "\n";
    return false;
}

/// Median and p95 of @p runs timed calls (after one untimed warm-up).
template<typename T>
std::vector<double> timed(int runs, const std::function<QFuture<Result<T>>()> &call,
                          const std::string &what)
{
    std::vector<double> ms;
    if (!check(await(call()), what))
        return ms;
    for (int i = 0; i < runs; ++i) {
        const Stopwatch watch;
        const Result<T> result = await(call());
        ms.push_back(watch.ms());
        if (!check(result, what))
            return {};
    }
    return ms;
}

std::string summary(const std::vector<double> &ms)
{
    if (ms.empty())
        return "failed";
    return "median " + format(median(ms)) + " ms, p95 " + format(percentile(ms, 0.95)) + " ms";
}

std::unique_ptr<pg::PgBackend> open(const QString &dsn, const std::string &actAs)
{
    ConnectionOptions options;
    options.conninfo = dsn;
    if (!actAs.empty())
        options.actAsUser = QUuid::fromString(QString::fromStdString(actAs));
    options.statementTimeoutMs = 600000;
    auto backend = std::make_unique<pg::PgBackend>(options);
    if (!check(await(backend->open()), "open"))
        return nullptr;
    return backend;
}

/// Server execution time of the member search for a prefix (EXPLAIN ANALYZE, ms), acting as
/// the tenant admin.
double serverSearchMs(pqxx::connection &connection, const std::string &prefix)
{
    pqxx::work tx(connection);
    tx.exec("SET LOCAL ROLE service_role");
    tx.exec_params("SELECT set_config('request.jwt.claims', $1, true)",
                   R"({"role":"service_role","sub":")" + TenantAdmin + "\"}");
    const pqxx::result plan =
        tx.exec_params("EXPLAIN (ANALYZE, FORMAT JSON) "
                       "SELECT * FROM public.dicedesk_search_members_v1($1::uuid, $2, 50)",
                       BigTenant, prefix);
    const std::string json = plan[0][0].as<std::string>();
    const std::string key = "\"Execution Time\": ";
    const size_t at = json.find(key);
    return at == std::string::npos ? -1 : std::atof(json.c_str() + at + key.size());
}

/// The approval queue's first page as the backend builds it (oldest pending first, names
/// joined), run with EXPLAIN ANALYZE: server execution in ms and whether the partial index of
/// pending requests was used.
std::pair<double, bool> serverQueuePage(pqxx::connection &connection)
{
    pqxx::nontransaction tx(connection);
    const pqxx::result plan = tx.exec_params(
        "EXPLAIN (ANALYZE, FORMAT JSON) SELECT r.id, t.name, req.full_name, r.created_at "
        "FROM (SELECT e.* FROM public.gamification_admin_award_requests e "
        "WHERE e.status = 'pending' AND e.tenant_id = ANY ($1::uuid[]) "
        "ORDER BY e.created_at, e.id LIMIT 50) r "
        "LEFT JOIN public.tenants t ON t.id = r.tenant_id "
        "LEFT JOIN public.users req ON req.id = r.requester_user_id ORDER BY r.created_at, r.id",
        "{" + BigTenant + "}");
    const std::string json = plan[0][0].as<std::string>();
    const std::string key = "\"Execution Time\": ";
    const size_t at = json.find(key);
    return {at == std::string::npos ? -1 : std::atof(json.c_str() + at + key.size()),
            json.find("gamification_admin_award_requests_pending_idx") != std::string::npos};
}

QList<QUuid> memberIds(pqxx::connection &connection, int count, int offset)
{
    pqxx::nontransaction tx(connection);
    QList<QUuid> ids;
    for (const auto &row : tx.exec_params(
             "SELECT user_id FROM user_tenant_memberships WHERE tenant_id = $1::uuid AND status = "
             "'active' AND role = 'member' ORDER BY user_id OFFSET $3::int LIMIT $2::int",
             BigTenant, count, offset))
        ids.append(QUuid::fromString(QString::fromUtf8(row[0].c_str())));
    return ids;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("dicedesk.*.info=false"));
    const std::string dsn = dsnFromArguments(argc, argv);
    const int runs = int(intArgument(argc, argv, "--runs", 15));
    const int awardRuns = int(intArgument(argc, argv, "--award-runs", 3));
    const int users = int(intArgument(argc, argv, "--users", 100000));
    const int pending = int(intArgument(argc, argv, "--pending", 10000));
    try {
        auto superuser = connect(dsn);
        printConditions(Bench, *superuser);
        if (count(*superuser, "SELECT count(*) FROM user_tenant_memberships WHERE tenant_id = '" +
                                  BigTenant + "'") < users) {
            const Stopwatch watch;
            pqxx::work tx(*superuser);
            installMembers(tx, users);
            tx.exec(LoginSql);
            tx.exec_params("INSERT INTO dicedesk_login_users (login_role, user_id) VALUES "
                           "('bench_award_admin', $1::uuid) ON CONFLICT DO NOTHING",
                           TenantAdmin);
            tx.exec_params(RequestsSql, BigTenant, TenantAdmin, SystemAdmin, pending);
            tx.commit();
            pqxx::nontransaction(*superuser).exec("VACUUM ANALYZE");
            print(Bench, "generated",
                  std::to_string(users) + " members, " + std::to_string(pending) +
                      " pending requests in " + format(watch.ms() / 1000) + " s");
        }
        print(Bench, "data",
              std::to_string(count(*superuser, "SELECT count(*) FROM users")) + " users, " +
                  std::to_string(count(*superuser,
                                       "SELECT count(*) FROM gamification_admin_award_requests "
                                       "WHERE status = 'pending'")) +
                  " pending requests");

        const QString qdsn = QString::fromStdString(dsn);
        auto asAdmin = open(qdsn, TenantAdmin);
        auto login = open(qdsn + QStringLiteral(" user=bench_award_admin"), {});
        auto asSystem = open(qdsn, SystemAdmin);
        auto asSecond = open(qdsn, SecondSystemAdmin);
        if (!asAdmin || !login || !asSystem || !asSecond)
            return 1;
        const QUuid tenant = QUuid::fromString(QString::fromStdString(BigTenant));

        // Member search ------------------------------------------------------------------------
        for (const char *prefix :
             {"a", "lo", "lov", "sven", "ber", "lars.berg", "gran", "maria", "zz", "ada.a"}) {
            MemberQuery query;
            query.tenantId = tenant;
            query.text = QString::fromUtf8(prefix);
            const Result<QList<MemberHit>> found = await(login->searchMembers(query));
            const size_t hits = found.ok() ? size_t(found.value().size()) : 0;
            const auto op = timed<QList<MemberHit>>(
                runs, [&] { return asAdmin->searchMembers(query); }, "searchMembers");
            const auto rls = timed<QList<MemberHit>>(
                runs, [&] { return login->searchMembers(query); }, "searchMembers");
            std::vector<double> server;
            for (int i = 0; i < 5; ++i)
                server.push_back(serverSearchMs(*superuser, prefix));
            print(Bench,
                  std::string("searchMembers \"") + prefix + "\" (" + std::to_string(hits) +
                      " hits)",
                  "operator " + summary(op) + "; personal login (RLS) " + summary(rls) +
                      "; server execution " + format(median(server), 2) + " ms; " +
                      verdict(median(rls), 100));
        }

        const auto members = timed<QList<MemberHit>>(
            std::max(3, runs / 5), [&] { return asAdmin->activeMembers(tenant); }, "activeMembers");
        print(Bench, "activeMembers (all members of the tenant)", summary(members));

        // 10,000 inputs: a quarter e-mails (upper case), half user ids, a quarter unknown.
        QStringList inputs;
        {
            pqxx::nontransaction tx(*superuser);
            const pqxx::result rows = tx.exec_params(
                "SELECT u.id, u.email FROM user_tenant_memberships m JOIN users u ON u.id = "
                "m.user_id WHERE m.tenant_id = $1::uuid ORDER BY u.id LIMIT 7500",
                BigTenant);
            for (int i = 0; i < 10000; ++i) {
                const auto row = rows[i % int(rows.size())];
                if (i % 4 == 3)
                    inputs.append(QStringLiteral("nobody.%1@big.test").arg(i));
                else if (i % 4 == 0)
                    inputs.append(QString::fromUtf8(row[1].c_str()).toUpper());
                else
                    inputs.append(QString::fromUtf8(row[0].c_str()));
            }
        }
        const auto resolve = timed<QList<RecipientResolution>>(
            std::max(3, runs / 3), [&] { return login->resolveRecipients(tenant, inputs); },
            "resolveRecipients");
        print(Bench, "resolveRecipients (10,000 inputs, personal login)", summary(resolve));

        // The approval queue --------------------------------------------------------------------
        RequestFilter filter;
        filter.scope.tenantIds = {tenant};
        const auto firstPage = timed<Page<AwardRequestSummary>>(
            runs, [&] { return asSystem->requestPage(filter, {}, 50); }, "requestPage");
        const auto firstPageRls = timed<Page<AwardRequestSummary>>(
            runs, [&] { return login->requestPage(filter, {}, 50); }, "requestPage");
        std::vector<double> queueServer;
        bool partialIndex = false;
        for (int i = 0; i < 5; ++i) {
            const auto [ms, used] = serverQueuePage(*superuser);
            queueServer.push_back(ms);
            partialIndex = used;
        }
        print(Bench, "requestPage first page of 50, pending oldest first",
              "operator " + summary(firstPage) + "; personal login (RLS) " + summary(firstPageRls) +
                  "; server execution " + format(median(queueServer), 2) + " ms" +
                  (partialIndex ? " (partial index of pending requests)"
                                : " (NOT the partial index)"));
        KeysetCursor deep;
        {
            pqxx::nontransaction tx(*superuser);
            const pqxx::row row =
                tx.exec1("SELECT created_at::text, id FROM gamification_admin_award_requests WHERE "
                         "status = 'pending' ORDER BY created_at, id OFFSET 5000 LIMIT 1");
            deep = KeysetCursor{QString::fromUtf8(row[0].c_str()),
                                QUuid::fromString(QString::fromUtf8(row[1].c_str()))};
        }
        const auto deepPage = timed<Page<AwardRequestSummary>>(
            runs, [&] { return asSystem->requestPage(filter, deep, 50); }, "requestPage");
        print(Bench, "requestPage 5,000 rows deep", summary(deepPage));
        filter.statuses.clear();
        const auto allStatuses = timed<Page<AwardRequestSummary>>(
            runs, [&] { return asSystem->requestPage(filter, {}, 50); }, "requestPage");
        print(Bench, "requestPage first page of 50, all statuses newest first",
              summary(allStatuses));

        // Awards to 10,000 recipients -----------------------------------------------------------
        // Wall time of the backend call, and the server process's CPU time during it.
        struct Figure
        {
            std::vector<double> wall, cpu;
            std::string text() const
            {
                return "median " + format(median(wall)) + " ms (" + joined(wall, 0) +
                       "), server CPU " + format(median(cpu)) + " ms";
            }
        };
        const auto measure = [](pg::PgBackend &backend, Figure &figure, const auto &call) {
            const double cpuBefore = cpuMs(backend.serverProcessId());
            const Stopwatch watch;
            auto result = await(call());
            figure.wall.push_back(watch.ms());
            figure.cpu.push_back(cpuMs(backend.serverProcessId()) - cpuBefore);
            return result;
        };
        Figure paid, paidReplay, filed, filedReplay, approved;
        for (int run = 0; run < awardRuns; ++run) {
            AwardDraft draft;
            draft.tenantId = tenant;
            draft.recipients = memberIds(*superuser, 10000, (run * 10000) % 80000);
            draft.amount = 2;
            draft.message = QStringLiteral("Bench award");
            draft.idempotencyKey =
                QStringLiteral("bench-paid-%1-%2").arg(QString::fromStdString(runNonce())).arg(run);
            const auto send = [&](pg::PgBackend &backend) {
                return [&] {
                    return backend.sendAward(draft);
                };
            };
            Result<AwardOutcome> outcome = measure(*asSystem, paid, send(*asSystem));
            if (!check(outcome, "sendAward (paid)") || !outcome.value().paid)
                return 1;
            outcome = measure(*asSystem, paidReplay, send(*asSystem));
            if (!check(outcome, "sendAward (paid replay)") || !outcome.value().replayed)
                return 1;

            draft.idempotencyKey = QStringLiteral("bench-filed-%1-%2")
                                       .arg(QString::fromStdString(runNonce()))
                                       .arg(run);
            outcome = measure(*asAdmin, filed, send(*asAdmin));
            if (!check(outcome, "sendAward (filed)") || outcome.value().paid)
                return 1;
            const Result<AwardOutcome> replay = measure(*asAdmin, filedReplay, send(*asAdmin));
            if (!check(replay, "sendAward (filed replay)") || !replay.value().replayed)
                return 1;

            const DecisionDraft decide{outcome.value().requestId, true, QStringLiteral("Bench")};
            const Result<DecisionOutcome> decision =
                measure(*asSecond, approved, [&] { return asSecond->decideRequest(decide); });
            if (!check(decision, "decideRequest") || decision.value().awardedCount != 10000)
                return 1;
        }
        print(Bench, "sendAward to 10,000, paid by a system admin",
              paid.text() + "; " + verdict(median(paid.wall), 2000));
        print(Bench, "  its replay", paidReplay.text());
        print(Bench, "sendAward to 10,000, filed for approval by the tenant admin", filed.text());
        print(Bench, "  its replay", filedReplay.text());
        print(Bench, "decideRequest: approving 10,000 recipients", approved.text());
        print(Bench, "wallets that differ from their ledger",
              std::to_string(
                  count(*superuser, "SELECT count(*) FROM user_coins w WHERE w.tenant_id = '" +
                                        BigTenant +
                                        "' AND w.balance <> (SELECT coalesce(sum(CASE c.type "
                                        "WHEN 'earn' THEN c.amount ELSE -c.amount END), 0) FROM "
                                        "coin_transactions c WHERE c.user_id = w.user_id AND "
                                        "c.tenant_id = w.tenant_id)")));
    } catch (const std::exception &e) {
        std::cerr << Bench << ": " << e.what() << "\n";
        return 1;
    }
    return 0;
}
