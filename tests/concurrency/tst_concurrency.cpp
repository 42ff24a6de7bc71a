// Races against the ledger, award, approval and reversal functions (db/migrations 0010-0012,
// 0018) on a real PostgreSQL, inside `dicedesk-db sandbox --migrate`. Every session is one
// std::thread with its own libpqxx connection, acting the way the console and the platform server
// do: a trusted session (the sandbox superuser) that SETs ROLE service_role and sets
// request.jwt.claims, with a `sub` to act as a user and without one to act as the platform server.
//
// Outcomes are collected in the threads and checked in the main thread (QTest macros are not
// thread-safe). Serialization failures and deadlocks (40001/40P01) are bugs here: they fail the
// test with the statement, nothing is retried.

#include <QProcess>
#include <QTest>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <latch>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <pqxx/pqxx>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace {

constexpr int SessionCount = 8;
constexpr int MemberCount = 200;
constexpr int SystemAdminCount = 10;
// The global default in 0006: a tenant admin's total at or above it needs a request.
constexpr int ApprovalThreshold = 500;

std::string fixedUuid(char kind, int number)
{
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%c0000000-0000-4000-8000-%012d", kind, number);
    return buffer;
}

// Fixture: tenants d..1/d..2, system admins a..1-a..10, two tenant admins per tenant
// (b..1, b..2 administer tenant 0; b..3, b..4 tenant 1), members c..1-c..200 of both tenants.
std::string tenantId(int tenant)
{
    return fixedUuid('d', tenant + 1);
}
std::string systemAdmin(int index)
{
    return fixedUuid('a', index + 1);
}
std::string tenantAdmin(int tenant, int index)
{
    return fixedUuid('b', tenant * 2 + index + 1);
}
std::string member(int index)
{
    return fixedUuid('c', index + 1);
}

std::string arrayLiteral(const std::vector<std::string> &ids)
{
    std::string out = "{";
    for (size_t i = 0; i < ids.size(); ++i)
        out += (i ? "," : "") + ids[i];
    return out + "}";
}

std::vector<std::string> sorted(std::vector<std::string> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

template<typename Rng> std::vector<std::string> pickMembers(Rng &rng, int count)
{
    std::vector<int> all(MemberCount);
    for (int i = 0; i < MemberCount; ++i)
        all[i] = i;
    std::shuffle(all.begin(), all.end(), rng);
    std::vector<std::string> ids;
    for (int i = 0; i < count; ++i)
        ids.push_back(member(all[i]));
    return ids;
}

template<typename Rng> int uniform(Rng &rng, int low, int high)
{
    return std::uniform_int_distribution<int>(low, high)(rng);
}

// What one call returned: rows, or the SQLSTATE and message of the error.
struct Outcome
{
    std::string statement;
    std::string arguments;
    std::string sqlstate; // empty on success
    std::string message;
    pqxx::result rows;

    bool ok() const { return sqlstate.empty(); }
    std::string field(int row, int column) const
    {
        return rows.at(row).at(column).as<std::string>(std::string("<null>"));
    }
    std::string describe() const
    {
        std::string text = ok() ? std::string("success") : "SQLSTATE " + sqlstate + ": " + message;
        while (!text.empty() && text.back() == '\n')
            text.pop_back();
        return text + "\n    statement: " + statement + "\n    arguments: " + arguments;
    }
};

std::string joinArguments()
{
    return {};
}

template<typename First, typename... Rest>
std::string joinArguments(const First &first, const Rest &...rest)
{
    std::ostringstream out;
    out << first;
    const std::string tail = joinArguments(rest...);
    return tail.empty() ? out.str() : out.str() + ", " + tail;
}

// One database session with its own connection; used by one thread at a time.
class Session
{
public:
    explicit Session(const std::string &dsn)
        : m_connection(std::make_unique<pqxx::connection>(dsn))
    {
        pqxx::nontransaction tx(*m_connection);
        tx.exec("SET ROLE service_role");
        // A lock wait that PostgreSQL cannot see as a deadlock still ends the statement.
        tx.exec("SET statement_timeout = '60s'");
    }

    // From the next statement on, act as this user (empty: the platform server, no user).
    void actAs(const std::string &user)
    {
        if (m_hasActor && m_actor == user)
            return;
        const std::string claims = user.empty()
                                       ? std::string(R"({"role":"service_role"})")
                                       : R"({"role":"service_role","sub":")" + user + "\"}";
        pqxx::nontransaction tx(*m_connection);
        tx.exec_params("SELECT set_config('request.jwt.claims', $1, false)", claims);
        m_actor = user;
        m_hasActor = true;
    }

    // One statement in its own READ COMMITTED transaction, like the console's actions.
    template<typename... Args> Outcome call(const std::string &sql, const Args &...args)
    {
        Outcome outcome;
        outcome.statement = sql;
        outcome.arguments = joinArguments(args...);
        try {
            pqxx::work tx(*m_connection);
            outcome.rows = tx.exec_params(sql, args...);
            tx.commit();
        } catch (const pqxx::sql_error &error) {
            outcome.sqlstate = error.sqlstate().empty() ? std::string("?????") : error.sqlstate();
            outcome.message = error.what();
        } catch (const pqxx::deadlock_detected &error) {
            // libpqxx 6 keeps no SQLSTATE for class 40 (not an sql_error): the type names it
            // (40000 stands for the rest of the class).
            outcome.sqlstate = "40P01";
            outcome.message = error.what();
        } catch (const pqxx::serialization_failure &error) {
            outcome.sqlstate = "40001";
            outcome.message = error.what();
        } catch (const pqxx::transaction_rollback &error) {
            outcome.sqlstate = "40000";
            outcome.message = error.what();
        } catch (const std::exception &error) {
            outcome.sqlstate = "client";
            outcome.message = error.what();
        }
        return outcome;
    }

private:
    std::unique_ptr<pqxx::connection> m_connection;
    std::string m_actor;
    bool m_hasActor = false;
};

const char *const AwardSql =
    "SELECT award_id::text, recipient_user_id::text, coin_transaction_id::text, balance "
    "FROM admin_award_coins_v1($1::uuid, NULL, $2::uuid[], $3, $4, $5)";
const char *const RequestSql = "SELECT request_id::text, status, recipient_count "
                               "FROM admin_request_award_coins_v1($1::uuid, NULL, $2::uuid[], "
                               "$3, $4, $5)";
const char *const DecideSql = "SELECT status, award_id::text, awarded_count "
                              "FROM admin_decide_award_request_v1($1::uuid, NULL, $2, $3)";
const char *const ServerPostSql = "SELECT transaction_id::text, balance "
                                  "FROM apply_coin_transaction_v1($1::uuid, $2::uuid, $3, $4, "
                                  "$5, $6, 'storm', 'tst_concurrency')";
const char *const ReverseSql = "SELECT transaction_id::text, balance "
                               "FROM reverse_coin_transaction_v1($1::uuid, $2, $3)";
const char *const ReverseAwardSql = "SELECT user_id::text, reversal_transaction_id::text, balance "
                                    "FROM reverse_admin_award_v1($1::uuid, $2, $3)";

// QCOMPARE prints QStrings, not std::strings.
QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

// Run once as superuser; safe to run again on the same database.
const char *const FixtureSql = R"sql(
INSERT INTO tenants (id, name, slug)
SELECT format('d0000000-0000-4000-8000-%s', lpad(i::text, 12, '0'))::uuid,
       format('Concurrency %s', i), format('concurrency-%s', i)
  FROM generate_series(1, 2) i
ON CONFLICT DO NOTHING;
INSERT INTO users (id, email, full_name, global_role)
SELECT format('a0000000-0000-4000-8000-%s', lpad(i::text, 12, '0'))::uuid,
       format('sys%s@concurrency.test', i), format('System admin %s', i), 'system_admin'::global_role_enum
  FROM generate_series(1, 10) i
UNION ALL
SELECT format('b0000000-0000-4000-8000-%s', lpad(i::text, 12, '0'))::uuid,
       format('tenant.admin%s@concurrency.test', i), format('Tenant admin %s', i), 'member'::global_role_enum
  FROM generate_series(1, 4) i
UNION ALL
SELECT format('c0000000-0000-4000-8000-%s', lpad(i::text, 12, '0'))::uuid,
       format('member%s@concurrency.test', i), format('Member %s', i), 'member'::global_role_enum
  FROM generate_series(1, 200) i
ON CONFLICT DO NOTHING;
INSERT INTO user_tenant_memberships (user_id, tenant_id, role)
SELECT format('b0000000-0000-4000-8000-%s', lpad(i::text, 12, '0'))::uuid,
       format('d0000000-0000-4000-8000-%s', lpad((1 + (i - 1) / 2)::text, 12, '0'))::uuid,
       'admin'::tenant_role_enum
  FROM generate_series(1, 4) i
UNION ALL
SELECT format('c0000000-0000-4000-8000-%s', lpad(i::text, 12, '0'))::uuid,
       format('d0000000-0000-4000-8000-%s', lpad(t::text, 12, '0'))::uuid,
       'member'::tenant_role_enum
  FROM generate_series(1, 200) i, generate_series(1, 2) t
ON CONFLICT DO NOTHING;
)sql";

bool isSerializationOrDeadlock(const std::string &sqlstate)
{
    return sqlstate == "40001" || sqlstate == "40P01";
}

} // namespace

class TestConcurrency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void eightDecideTheSameRequest();
    void eightSendTheSameAwardKey();
    void wholeAwardReversalDuringAwards();
    void randomStormThenReconcile();

private:
    // First column of the only row, as superuser; a failing query fails the test (and yields T()).
    template<typename T, typename... Args> T scalar(const std::string &sql, const Args &...args)
    {
        try {
            pqxx::nontransaction tx(*m_superuser);
            return tx.exec_params1(sql, args...)[0].template as<T>();
        } catch (const std::exception &error) {
            QTest::qFail(("query failed: " + std::string(error.what()) + "    " + sql).c_str(),
                         __FILE__, __LINE__);
            return T();
        }
    }
    long long balanceOf(const std::string &user, const std::string &tenant)
    {
        return scalar<long long>("SELECT coalesce((SELECT balance FROM user_coins WHERE user_id = "
                                 "$1::uuid AND tenant_id = $2::uuid), 0)",
                                 user, tenant);
    }
    // Every wallet of the tenant, as superuser (a member without one is absent).
    std::map<std::string, long long> balances(const std::string &tenant)
    {
        std::map<std::string, long long> out;
        try {
            pqxx::nontransaction tx(*m_superuser);
            for (const pqxx::row &row : tx.exec_params(
                     "SELECT user_id::text, balance FROM user_coins WHERE tenant_id = $1::uuid",
                     tenant))
                out[row[0].as<std::string>()] = row[1].as<long long>();
        } catch (const std::exception &error) {
            QTest::qFail(("query failed: " + std::string(error.what())).c_str(), __FILE__,
                         __LINE__);
        }
        return out;
    }
    void reconcileWallets();
    std::string key(const std::string &name) const { return "conc-" + m_run + "-" + name; }

    std::string m_dsn;
    std::string m_run; // makes keys unique when the test is run twice against one database
    std::unique_ptr<pqxx::connection> m_superuser;
};

void TestConcurrency::initTestCase()
{
    m_dsn = qEnvironmentVariable("DICEDESK_TEST_DSN").toStdString();
    if (m_dsn.empty())
        QFAIL("DICEDESK_TEST_DSN is not set: run inside `dicedesk-db sandbox --migrate`");
    m_run = std::to_string(std::chrono::duration_cast<std::chrono::milliseconds>(
                               std::chrono::system_clock::now().time_since_epoch())
                               .count() %
                           100000000);
    m_superuser = std::make_unique<pqxx::connection>(m_dsn);
    try {
        pqxx::work tx(*m_superuser);
        tx.exec(FixtureSql);
        tx.commit();
    } catch (const std::exception &error) {
        QFAIL(error.what());
    }
    QCOMPARE(scalar<int>("SELECT award_approval_threshold FROM dicedesk_award_settings($1::uuid)",
                         tenantId(0)),
             ApprovalThreshold);
    QCOMPARE(scalar<int>("SELECT count(*) FROM user_tenant_memberships WHERE tenant_id IN "
                         "($1::uuid, $2::uuid) AND status = 'active' AND role = 'member'",
                         tenantId(0), tenantId(1)),
             2 * MemberCount);
}

// A tenant admin files a request above the threshold; eight different system admins decide it
// at the same moment, half approving and half rejecting. Exactly one decision wins, the other
// seven learn DD423, and an approval pays every recipient exactly once.
void TestConcurrency::eightDecideTheSameRequest()
{
    constexpr int Rounds = 20;
    constexpr int Amount = 200;
    constexpr int Recipients = 3; // 600 >= 500: only a request can pay it
    std::vector<std::unique_ptr<Session>> deciders;
    for (int i = 0; i < SessionCount; ++i) {
        deciders.push_back(std::make_unique<Session>(m_dsn));
        deciders.back()->actAs(systemAdmin(i));
    }
    Session requester(m_dsn);
    requester.actAs(tenantAdmin(0, 0));
    std::mt19937 rng(20260630);
    int approved = 0;

    for (int round = 0; round < Rounds; ++round) {
        const std::vector<std::string> recipients = pickMembers(rng, Recipients);
        const Outcome filed =
            requester.call(RequestSql, tenantId(0), arrayLiteral(recipients), Amount,
                           std::string("Tournament prize"), key("decide-" + std::to_string(round)));
        QVERIFY2(filed.ok(), filed.describe().c_str());
        QCOMPARE(q(filed.field(0, 1)), QStringLiteral("pending"));
        const std::string requestId = filed.field(0, 0);
        std::map<std::string, long long> before;
        for (const std::string &user : recipients)
            before[user] = balanceOf(user, tenantId(0));
        const auto ledgerBefore = scalar<long long>("SELECT count(*) FROM coin_transactions");

        std::latch start(SessionCount);
        std::vector<Outcome> outcomes(SessionCount);
        std::vector<std::string> actions(SessionCount);
        std::vector<std::thread> threads;
        for (int i = 0; i < SessionCount; ++i) {
            actions[i] = (i + round) % 2 == 0 ? "approve" : "reject";
            threads.emplace_back([&, i] {
                start.arrive_and_wait();
                outcomes[i] = deciders[i]->call(DecideSql, requestId, actions[i],
                                                "decided by session " + std::to_string(i));
            });
        }
        for (std::thread &thread : threads)
            thread.join();

        int winner = -1;
        for (int i = 0; i < SessionCount; ++i) {
            if (outcomes[i].ok()) {
                // (QVERIFY2 builds its message even when the check passes.)
                if (winner >= 0)
                    QFAIL(("two decisions won round " + std::to_string(round) + ":\n" +
                           outcomes[winner].describe() + "\n" + outcomes[i].describe())
                              .c_str());
                winner = i;
            } else {
                QVERIFY2(
                    outcomes[i].sqlstate == "DD423",
                    ("a losing decider must get DD423, got " + outcomes[i].describe()).c_str());
            }
        }
        QVERIFY2(winner >= 0, ("no decision won round " + std::to_string(round)).c_str());
        const bool approve = actions[winner] == "approve";
        const std::string status = approve ? "approved" : "rejected";
        QCOMPARE(q(outcomes[winner].field(0, 0)), q(status));
        QCOMPARE(q(scalar<std::string>("SELECT status || ' ' || decided_by_user_id FROM "
                                       "gamification_admin_award_requests WHERE id = $1::uuid",
                                       requestId)),
                 q(status + " " + systemAdmin(winner)));
        const auto awards = scalar<long long>(
            "SELECT count(*) FROM gamification_admin_awards WHERE request_id = $1::uuid",
            requestId);
        const auto ledgerAfter = scalar<long long>("SELECT count(*) FROM coin_transactions");
        if (!approve) {
            QCOMPARE(awards, 0LL);
            QCOMPARE(ledgerAfter, ledgerBefore);
            for (const std::string &user : recipients)
                QCOMPARE(balanceOf(user, tenantId(0)), before[user]);
            continue;
        }
        ++approved;
        QCOMPARE(awards, 1LL);
        const std::string awardId = outcomes[winner].field(0, 1);
        QCOMPARE(q(scalar<std::string>(
                     "SELECT id::text FROM gamification_admin_awards WHERE request_id = $1::uuid",
                     requestId)),
                 q(awardId));
        QCOMPARE(outcomes[winner].rows.at(0).at(2).as<int>(), Recipients);
        QCOMPARE(ledgerAfter, ledgerBefore + Recipients);
        for (const std::string &user : recipients) {
            QCOMPARE(scalar<long long>(
                         "SELECT count(*) FROM coin_transactions WHERE user_id = $1::uuid AND "
                         "tenant_id = $2::uuid AND metadata ->> 'award_id' = $3",
                         user, tenantId(0), awardId),
                     1LL);
            QCOMPARE(balanceOf(user, tenantId(0)), before[user] + Amount);
            QCOMPARE(scalar<long long>("SELECT coalesce(sum(CASE type WHEN 'earn' THEN amount "
                                       "ELSE -amount END), 0) FROM coin_transactions WHERE "
                                       "user_id = $1::uuid AND tenant_id = $2::uuid",
                                       user, tenantId(0)),
                     before[user] + Amount);
        }
    }
    qInfo("%d of %d rounds were won by an approval", approved, Rounds);
}

// Eight sessions of one tenant admin send the same award key at once. Same payload: all eight
// get the same award, paid once. Different payloads: the first committed payload wins, every
// session that sent it gets that award and every other payload gets DD409.
void TestConcurrency::eightSendTheSameAwardKey()
{
    constexpr int Rounds = 10;
    constexpr int Recipients = 5;
    std::vector<std::unique_ptr<Session>> sessions;
    for (int i = 0; i < SessionCount; ++i) {
        sessions.push_back(std::make_unique<Session>(m_dsn));
        sessions.back()->actAs(tenantAdmin(0, 0));
    }
    std::mt19937 rng(4711);

    for (int round = 0; round < 2 * Rounds; ++round) {
        const bool samePayload = round < Rounds;
        const std::vector<std::string> recipients = pickMembers(rng, Recipients);
        const std::string awardKey = key("same-key-" + std::to_string(round));
        // Different payloads: eight different amounts, or two groups of four.
        std::vector<int> amounts(SessionCount);
        for (int i = 0; i < SessionCount; ++i)
            amounts[i] = samePayload ? 20 : (round % 2 ? 30 + i / 4 : 21 + i);
        std::map<std::string, long long> before;
        for (const std::string &user : recipients)
            before[user] = balanceOf(user, tenantId(0));

        std::latch start(SessionCount);
        std::vector<Outcome> outcomes(SessionCount);
        std::vector<std::thread> threads;
        for (int i = 0; i < SessionCount; ++i) {
            std::vector<std::string> order = recipients; // the order is not part of the payload
            std::shuffle(order.begin(), order.end(), rng);
            threads.emplace_back([&, i, order] {
                start.arrive_and_wait();
                outcomes[i] = sessions[i]->call(AwardSql, tenantId(0), arrayLiteral(order),
                                                amounts[i], std::string("Same key"), awardKey);
            });
        }
        for (std::thread &thread : threads)
            thread.join();

        QCOMPARE(scalar<long long>("SELECT count(*) FROM gamification_admin_awards WHERE "
                                   "tenant_id = $1::uuid AND idempotency_key = $2",
                                   tenantId(0), awardKey),
                 1LL);
        const auto paid = scalar<int>("SELECT amount FROM gamification_admin_awards WHERE "
                                      "tenant_id = $1::uuid AND idempotency_key = $2",
                                      tenantId(0), awardKey);
        const std::string awardId =
            scalar<std::string>("SELECT id::text FROM gamification_admin_awards WHERE "
                                "tenant_id = $1::uuid AND idempotency_key = $2",
                                tenantId(0), awardKey);
        std::map<std::string, std::string> entries; // recipient -> ledger entry, from the DB
        {
            pqxx::nontransaction tx(*m_superuser);
            for (const pqxx::row &row :
                 tx.exec_params("SELECT user_id::text, coin_transaction_id::text FROM "
                                "gamification_admin_award_recipients WHERE award_id = $1::uuid",
                                awardId))
                entries[row[0].as<std::string>()] = row[1].as<std::string>();
        }
        QCOMPARE(int(entries.size()), Recipients);
        int winners = 0;
        for (int i = 0; i < SessionCount; ++i) {
            const Outcome &outcome = outcomes[i];
            if (amounts[i] != paid) {
                QVERIFY2(outcome.sqlstate == "DD409",
                         ("another payload must get DD409, got " + outcome.describe()).c_str());
                continue;
            }
            ++winners;
            QVERIFY2(outcome.ok(), outcome.describe().c_str());
            QCOMPARE(int(outcome.rows.size()), Recipients);
            for (const pqxx::row &row : outcome.rows) {
                QCOMPARE(q(row[0].as<std::string>()), q(awardId));
                QCOMPARE(q(row[2].as<std::string>()), q(entries[row[1].as<std::string>()]));
            }
        }
        QVERIFY(winners >= 1);
        if (samePayload)
            QCOMPARE(winners, SessionCount);
        for (const std::string &user : recipients) {
            QCOMPARE(scalar<long long>(
                         "SELECT count(*) FROM coin_transactions WHERE user_id = $1::uuid AND "
                         "tenant_id = $2::uuid AND idempotency_key LIKE $3 || ':%'",
                         user, tenantId(0), awardKey),
                     1LL);
            QCOMPARE(balanceOf(user, tenantId(0)), before[user] + paid);
        }
        QCOMPARE(scalar<long long>("SELECT count(*) FROM tenant_audit_logs WHERE tenant_id = "
                                   "$1::uuid AND event_type = 'gamification.admin_award.coins' "
                                   "AND payload ->> 'idempotency_key' = $2",
                                   tenantId(0), awardKey),
                 1LL);
    }
}

// A system admin awards coins to all 200 members of a tenant; a tenant admin then reverses the
// whole award while four other sessions keep sending single-recipient awards to the same members.
// Until 0018 the reversal audited every entry and then locked the next wallet, while an award
// locks its wallet and then the tenant's audit chain: deadlocks (40P01). Now the reversal and
// every award succeed, the award is undone exactly once and every wallet equals its ledger.
void TestConcurrency::wholeAwardReversalDuringAwards()
{
    using Clock = std::chrono::steady_clock;
    constexpr int Rounds = 5;
    constexpr int Awarders = 4;
    constexpr int WholeAmount = 50;
    std::vector<std::string> everyone;
    for (int i = 0; i < MemberCount; ++i)
        everyone.push_back(member(i));
    Session admin(m_dsn);
    std::vector<std::unique_ptr<Session>> awarders;
    for (int i = 0; i < Awarders; ++i) {
        awarders.push_back(std::make_unique<Session>(m_dsn));
        awarders.back()->actAs(tenantAdmin(0, i % 2));
    }

    for (int round = 0; round < Rounds; ++round) {
        const std::string tag = std::to_string(round);
        std::map<std::string, long long> before = balances(tenantId(0));
        admin.actAs(systemAdmin(0)); // 200 x 50 is above the threshold for a tenant admin
        const Outcome awarded =
            admin.call(AwardSql, tenantId(0), arrayLiteral(everyone), WholeAmount,
                       std::string("Whole tenant"), key("whole-" + tag));
        QVERIFY2(awarded.ok(), awarded.describe().c_str());
        QCOMPARE(int(awarded.rows.size()), MemberCount);
        const std::string awardId = awarded.field(0, 0);

        // What each awarder sent: its failures, what each member received, when each call ran.
        struct Sent
        {
            std::vector<Outcome> failures;
            std::map<std::string, long long> received;
            std::vector<std::pair<Clock::time_point, Clock::time_point>> calls;
        };
        std::vector<Sent> sent(Awarders);
        std::atomic<bool> done{false};
        std::atomic<int> calls{0};
        std::vector<std::thread> threads;
        for (int i = 0; i < Awarders; ++i)
            threads.emplace_back([&, i] {
                std::mt19937 rng(1000 * round + i);
                for (int n = 0; !done.load(); ++n) {
                    const std::string user = member(uniform(rng, 0, MemberCount - 1));
                    const auto began = Clock::now();
                    const Outcome outcome = awarders[i]->call(
                        AwardSql, tenantId(0), arrayLiteral({user}), 1, std::string("Small award"),
                        key("small-" + tag + "-" + std::to_string(i) + "-" + std::to_string(n)));
                    sent[i].calls.emplace_back(began, Clock::now());
                    if (outcome.ok())
                        ++sent[i].received[user];
                    else
                        sent[i].failures.push_back(outcome);
                    ++calls;
                }
            });
        // Every awarder is under way; the reversal runs while they keep sending.
        while (calls.load() < 5 * Awarders)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        admin.actAs(tenantAdmin(0, 1));
        const auto reversalBegan = Clock::now();
        const Outcome reversed = admin.call(
            ReverseAwardSql, awardId, std::string("Undo the whole award"), key("undo-" + tag));
        const auto reversalEnded = Clock::now();
        done = true;
        for (std::thread &thread : threads)
            thread.join();

        int total = 0;
        int overlapping = 0;
        std::string deadlocks;
        std::string failures;
        std::map<std::string, long long> received;
        for (const Sent &one : sent) {
            total += int(one.calls.size());
            for (const auto &[began, ended] : one.calls)
                overlapping += began < reversalEnded && ended > reversalBegan;
            for (const Outcome &outcome : one.failures)
                (isSerializationOrDeadlock(outcome.sqlstate) ? deadlocks : failures) +=
                    "  award: " + outcome.describe() + "\n";
            for (const auto &[user, amount] : one.received)
                received[user] += amount;
        }
        if (isSerializationOrDeadlock(reversed.sqlstate))
            deadlocks += "  reversal: " + reversed.describe() + "\n";
        QVERIFY2(deadlocks.empty(),
                 ("round " + tag + ": serialization failures or deadlocks:\n" + deadlocks).c_str());
        QVERIFY2(reversed.ok(), ("round " + tag + ": " + reversed.describe()).c_str());
        QVERIFY2(failures.empty(), ("round " + tag + ": awards failed:\n" + failures).c_str());
        qInfo("round %d: the reversal took %.0f ms; %d concurrent awards, %d overlapping it", round,
              std::chrono::duration<double, std::milli>(reversalEnded - reversalBegan).count(),
              total, overlapping);
        QVERIFY2(overlapping > 0, "no award ran while the reversal did");

        // Every entry of the award is reversed once, by this reversal, audited once.
        QCOMPARE(int(reversed.rows.size()), MemberCount);
        std::set<std::string> users;
        for (const pqxx::row &row : reversed.rows)
            users.insert(row[0].as<std::string>());
        QCOMPARE(int(users.size()), MemberCount);
        QCOMPARE(scalar<long long>("SELECT count(*) FROM coin_transactions c JOIN "
                                   "gamification_admin_award_recipients r ON r.coin_transaction_id "
                                   "= c.reversal_of WHERE r.award_id = $1::uuid AND c.user_id = "
                                   "r.user_id AND c.idempotency_key = $2 || ':' || r.user_id",
                                   awardId, key("undo-" + tag)),
                 (long long)MemberCount);
        QCOMPARE(scalar<long long>("SELECT count(*) FROM coin_transactions c JOIN "
                                   "gamification_admin_award_recipients r ON r.coin_transaction_id "
                                   "= c.reversal_of WHERE r.award_id = $1::uuid",
                                   awardId),
                 (long long)MemberCount);
        QCOMPARE(scalar<long long>("SELECT count(*) FROM tenant_audit_logs WHERE tenant_id = "
                                   "$1::uuid AND event_type = 'gamification.admin_award.reversed' "
                                   "AND payload ->> 'award_id' = $2",
                                   tenantId(0), awardId),
                 1LL);
        // The whole award is gone again; the small awards stay.
        std::map<std::string, long long> after = balances(tenantId(0));
        for (const std::string &user : everyone)
            QCOMPARE(after[user], before[user] + received[user]);
    }

    reconcileWallets();
    if (QTest::currentTestFailed())
        return;
    Session platform(m_dsn);
    platform.actAs("");
    const Outcome verified =
        platform.call("SELECT count(*) FROM verify_tenant_audit_chain($1::uuid)", tenantId(0));
    QVERIFY2(verified.ok(), verified.describe().c_str());
    QCOMPARE(verified.rows.at(0).at(0).as<long long>(), 0LL);
}

// Every wallet equals its ledger, as the operator's tool sees it.
void TestConcurrency::reconcileWallets()
{
    QProcess reconcile;
    reconcile.start(
        QStringLiteral(DICEDESK_DB_TOOL),
        {QStringLiteral("reconcile"), QStringLiteral("--dsn"), QString::fromStdString(m_dsn)});
    QVERIFY(reconcile.waitForFinished(120000));
    const QString out = QString::fromUtf8(reconcile.readAllStandardOutput());
    const QString err = QString::fromUtf8(reconcile.readAllStandardError());
    QVERIFY2(reconcile.exitStatus() == QProcess::NormalExit && reconcile.exitCode() == 0,
             qPrintable(out + err));
    QVERIFY2(out.contains(QStringLiteral(", 0 mismatches")), qPrintable(out));
    qInfo("%s", qPrintable(out.trimmed()));
}

namespace {

// What the storm sessions share: what succeeded (to replay or reverse it later), the tally
// and every unexpected outcome.
struct Storm
{
    struct Award
    {
        int tenant;
        std::string key;
        std::vector<std::string> recipients;
        int amount;
        std::string message;
        std::string awardId;
        std::map<std::string, std::string> entries; // recipient -> ledger entry
    };
    struct Post
    {
        std::string user;
        int tenant;
        std::string type;
        int amount;
        std::string reason;
        std::string key;
        std::string id;
    };
    struct Entry
    {
        std::string id;
        int tenant;
        bool isReversal;
    };
    struct Reversal
    {
        std::string original;
        int tenant;
        std::string key;
        std::string id;
    };
    struct AwardReversal
    {
        std::string awardId;
        int tenant;
        std::string key;
        std::map<std::string, std::string> entries; // recipient -> reversal entry
    };
    struct Request
    {
        std::string id;
        int tenant;
        std::string key;
        std::string requester;
        std::vector<std::string> recipients;
        int amount;
        std::string message;
    };

    std::mutex mutex;
    std::vector<Award> awards;
    std::vector<Post> posts;
    std::vector<Entry> entries;
    std::vector<Reversal> reversals;
    std::vector<AwardReversal> awardReversals;
    std::vector<Request> requests;
    std::map<std::string, int> tally; // "operation: outcome" -> count
    std::vector<std::string> failures;

    void count(const std::string &operation, const Outcome &outcome)
    {
        std::lock_guard lock(mutex);
        ++tally[operation + ": " + (outcome.ok() ? std::string("ok") : outcome.sqlstate)];
    }
    // Records the outcome; anything outside `expected` ("" is success) is a failure.
    bool expect(const std::string &operation, const Outcome &outcome,
                const std::set<std::string> &expected)
    {
        count(operation, outcome);
        if (expected.count(outcome.sqlstate))
            return true;
        fail(operation +
             (isSerializationOrDeadlock(outcome.sqlstate) ? " (serialization/deadlock)" : "") +
             ": unexpected " + outcome.describe());
        return false;
    }
    void fail(const std::string &text)
    {
        std::lock_guard lock(mutex);
        failures.push_back(text);
    }
};

class StormSession
{
public:
    StormSession(const std::string &dsn, Storm &storm, int index, unsigned seed,
                 const std::string &run)
        : m_session(dsn)
        , m_storm(storm)
        , m_index(index)
        , m_rng(seed)
        , m_prefix("storm-" + run + "-" + std::to_string(index) + "-")
    {}

    void operator()(int operations)
    {
        for (m_step = 0; m_step < operations; ++m_step) {
            const int dice = uniform(m_rng, 0, 99);
            try {
                if (dice < 35)
                    award();
                else if (dice < 55)
                    serverPost();
                else if (dice < 70)
                    reverse();
                else if (dice < 76)
                    reverseAward();
                else if (dice < 87)
                    request();
                else
                    decide();
            } catch (const std::exception &error) {
                m_storm.fail("session " + std::to_string(m_index) + ": " + error.what());
            }
        }
    }

private:
    std::string newKey(const char *kind) const
    {
        return m_prefix + kind + "-" + std::to_string(m_step);
    }
    template<typename T> std::optional<T> pick(const std::vector<T> &items, int recent = 0)
    {
        std::lock_guard lock(m_storm.mutex);
        if (items.empty())
            return std::nullopt;
        const int size = int(items.size());
        const int low = recent > 0 ? std::max(0, size - recent) : 0;
        return items[uniform(m_rng, low, size - 1)];
    }
    std::vector<std::string> shuffled(std::vector<std::string> ids)
    {
        std::shuffle(ids.begin(), ids.end(), m_rng);
        return ids;
    }
    std::string randomTenantAdmin(int tenant) { return tenantAdmin(tenant, uniform(m_rng, 0, 1)); }

    void award()
    {
        const int mode = uniform(m_rng, 0, 99);
        if (mode < 15) {
            if (const auto earlier = pick(m_storm.awards))
                return replayAward(*earlier);
        } else if (mode < 25) {
            return reuseAwardKey();
        }
        const int tenant = uniform(m_rng, 0, 1);
        const bool bySystemAdmin = uniform(m_rng, 0, 99) < 15;
        const std::string actor = bySystemAdmin
                                      ? systemAdmin(uniform(m_rng, 0, SystemAdminCount - 1))
                                      : randomTenantAdmin(tenant);
        const int count = uniform(m_rng, 1, 20);
        // Mostly below the threshold; sometimes a tenant admin tries a total that needs approval.
        const int amount = uniform(m_rng, 0, 4) == 0
                               ? uniform(m_rng, 1, 100)
                               : uniform(m_rng, 1, std::max(1, (ApprovalThreshold - 1) / count));
        const std::vector<std::string> recipients = pickMembers(m_rng, count);
        const std::string message = "Storm award " + std::to_string(amount);
        const std::string awardKey = newKey("award");
        m_session.actAs(actor);
        const Outcome outcome = m_session.call(AwardSql, tenantId(tenant), arrayLiteral(recipients),
                                               amount, message, awardKey);
        const bool needsApproval = !bySystemAdmin && amount * count >= ApprovalThreshold;
        if (!m_storm.expect("award", outcome, {needsApproval ? "DD202" : ""}) || !outcome.ok())
            return;
        Storm::Award award{tenant, awardKey, sorted(recipients), amount, message, {}, {}};
        if (!checkAwardRows(outcome, award, count))
            return;
        std::lock_guard lock(m_storm.mutex);
        for (const auto &[user, entry] : award.entries)
            m_storm.entries.push_back({entry, tenant, false});
        m_storm.awards.push_back(std::move(award));
    }
    bool checkAwardRows(const Outcome &outcome, Storm::Award &award, int count)
    {
        std::set<std::string> awardIds;
        for (const pqxx::row &row : outcome.rows) {
            awardIds.insert(row[0].as<std::string>());
            award.entries[row[1].as<std::string>()] = row[2].as<std::string>();
        }
        if (int(outcome.rows.size()) != count || awardIds.size() != 1 ||
            int(award.entries.size()) != count) {
            m_storm.fail("award: expected one award with " + std::to_string(count) +
                         " recipients, got " + std::to_string(outcome.rows.size()) + " rows\n" +
                         outcome.describe());
            return false;
        }
        award.awardId = *awardIds.begin();
        return true;
    }
    void replayAward(const Storm::Award &earlier)
    {
        // Any admin of the tenant, recipients in another order: the same award, nothing new.
        m_session.actAs(randomTenantAdmin(earlier.tenant));
        const Outcome outcome = m_session.call(AwardSql, tenantId(earlier.tenant),
                                               arrayLiteral(shuffled(earlier.recipients)),
                                               earlier.amount, earlier.message, earlier.key);
        if (!m_storm.expect("award replay", outcome, {""}))
            return;
        Storm::Award again = earlier;
        again.entries.clear();
        if (!checkAwardRows(outcome, again, int(earlier.recipients.size())))
            return;
        if (again.awardId != earlier.awardId || again.entries != earlier.entries)
            m_storm.fail("award replay returned another award or other entries than " +
                         earlier.awardId + "\n" + outcome.describe());
    }
    void reuseAwardKey()
    {
        // The key of an earlier award (or request) with another payload: DD409.
        std::optional<Storm::Award> earlier = pick(m_storm.awards);
        if (const auto request = pick(m_storm.requests); request && uniform(m_rng, 0, 2) == 0)
            earlier = Storm::Award{request->tenant,
                                   request->key,
                                   request->recipients,
                                   request->amount,
                                   request->message,
                                   {},
                                   {}};
        if (!earlier)
            return;
        std::vector<std::string> recipients = earlier->recipients;
        int amount = earlier->amount;
        std::string message = earlier->message;
        switch (uniform(m_rng, 0, 2)) {
        case 0:
            amount = amount > 1 ? amount - 1 : amount + 1;
            break;
        case 1:
            message += " (edited)";
            break;
        default:
            recipients = pickMembers(m_rng, int(recipients.size()) + 1);
            break;
        }
        m_session.actAs(randomTenantAdmin(earlier->tenant));
        const Outcome outcome =
            m_session.call(AwardSql, tenantId(earlier->tenant), arrayLiteral(recipients), amount,
                           message, earlier->key);
        m_storm.expect("award key reused, other payload", outcome, {"DD409"});
    }

    void serverPost()
    {
        const int mode = uniform(m_rng, 0, 99);
        if (mode < 10) {
            if (const auto earlier = pick(m_storm.posts)) {
                m_session.actAs("");
                const Outcome outcome =
                    m_session.call(ServerPostSql, earlier->user, tenantId(earlier->tenant),
                                   earlier->type, earlier->amount, earlier->reason, earlier->key);
                if (m_storm.expect("server post replay", outcome, {""}) &&
                    outcome.field(0, 0) != earlier->id)
                    m_storm.fail("server post replay returned another entry than " + earlier->id +
                                 "\n" + outcome.describe());
                return;
            }
        } else if (mode < 15) {
            if (const auto earlier = pick(m_storm.posts)) {
                m_session.actAs("");
                const Outcome outcome = m_session.call(
                    ServerPostSql, earlier->user, tenantId(earlier->tenant), earlier->type,
                    earlier->amount + 1, earlier->reason, earlier->key);
                m_storm.expect("server post key reused, other payload", outcome, {"DD409"});
                return;
            }
        }
        const bool earn = uniform(m_rng, 0, 3) == 0;
        Storm::Post post{member(uniform(m_rng, 0, MemberCount - 1)),
                         uniform(m_rng, 0, 1),
                         earn ? "earn" : "spend",
                         earn ? uniform(m_rng, 1, 50) : uniform(m_rng, 1, 60),
                         earn ? "quest_reward" : "shop_purchase",
                         newKey(earn ? "earn" : "spend"),
                         {}};
        m_session.actAs("");
        const Outcome outcome = m_session.call(ServerPostSql, post.user, tenantId(post.tenant),
                                               post.type, post.amount, post.reason, post.key);
        const std::set<std::string> expected =
            earn ? std::set<std::string>{""} : std::set<std::string>{"", "DD402"};
        if (!m_storm.expect(earn ? "server earn" : "server spend", outcome, expected) ||
            !outcome.ok())
            return;
        post.id = outcome.field(0, 0);
        std::lock_guard lock(m_storm.mutex);
        m_storm.entries.push_back({post.id, post.tenant, false});
        m_storm.posts.push_back(std::move(post));
    }

    void reverse()
    {
        if (uniform(m_rng, 0, 9) == 0) {
            if (const auto earlier = pick(m_storm.reversals)) {
                m_session.actAs(randomTenantAdmin(earlier->tenant));
                const Outcome outcome = m_session.call(ReverseSql, earlier->original,
                                                       std::string("Storm reversal"), earlier->key);
                if (m_storm.expect("reversal replay", outcome, {""}) &&
                    outcome.field(0, 0) != earlier->id)
                    m_storm.fail("reversal replay returned another entry than " + earlier->id +
                                 "\n" + outcome.describe());
                return;
            }
        }
        const auto entry = pick(m_storm.entries);
        if (!entry)
            return;
        const bool bySystemAdmin = uniform(m_rng, 0, 4) == 0;
        m_session.actAs(bySystemAdmin ? systemAdmin(uniform(m_rng, 0, SystemAdminCount - 1))
                                      : randomTenantAdmin(entry->tenant));
        const std::string reversalKey = newKey("reversal");
        const Outcome outcome =
            m_session.call(ReverseSql, entry->id, std::string("Storm reversal"), reversalKey);
        // A reversal is never reversed; otherwise it works, was already reversed (DD423) or
        // would take the wallet below zero (DD402).
        const std::set<std::string> expected = entry->isReversal
                                                   ? std::set<std::string>{"22023"}
                                                   : std::set<std::string>{"", "DD423", "DD402"};
        if (!m_storm.expect(entry->isReversal ? "reversal of a reversal" : "reversal", outcome,
                            expected) ||
            !outcome.ok())
            return;
        std::lock_guard lock(m_storm.mutex);
        const std::string id = outcome.field(0, 0);
        m_storm.entries.push_back({id, entry->tenant, true});
        m_storm.reversals.push_back({entry->id, entry->tenant, reversalKey, id});
    }

    // Undo a whole coin award (all or nothing), or replay an earlier such undo.
    void reverseAward()
    {
        if (uniform(m_rng, 0, 9) == 0) {
            if (const auto earlier = pick(m_storm.awardReversals)) {
                m_session.actAs(randomTenantAdmin(earlier->tenant));
                const Outcome outcome =
                    m_session.call(ReverseAwardSql, earlier->awardId,
                                   std::string("Storm award reversal"), earlier->key);
                if (m_storm.expect("award reversal replay", outcome, {""}) &&
                    reversalEntries(outcome) != earlier->entries)
                    m_storm.fail("award reversal replay returned other entries than the first "
                                 "time\n" +
                                 outcome.describe());
                return;
            }
        }
        const auto award = pick(m_storm.awards);
        if (!award)
            return;
        const bool bySystemAdmin = uniform(m_rng, 0, 4) == 0;
        m_session.actAs(bySystemAdmin ? systemAdmin(uniform(m_rng, 0, SystemAdminCount - 1))
                                      : randomTenantAdmin(award->tenant));
        const std::string reversalKey = newKey("award-reversal");
        const Outcome outcome = m_session.call(ReverseAwardSql, award->awardId,
                                               std::string("Storm award reversal"), reversalKey);
        // Works, or a recipient has spent the coins (DD402), or an entry was already reversed
        // (DD423, one by one or by another undo of the award); 22023 is in the contract too.
        if (!m_storm.expect("award reversal", outcome, {"", "DD402", "DD423", "22023"}) ||
            !outcome.ok())
            return;
        Storm::AwardReversal reversal{award->awardId, award->tenant, reversalKey,
                                      reversalEntries(outcome)};
        if (outcome.rows.size() != award->entries.size() ||
            reversal.entries.size() != award->entries.size()) {
            m_storm.fail("award reversal: expected " + std::to_string(award->entries.size()) +
                         " reversals, got " + std::to_string(outcome.rows.size()) + " rows\n" +
                         outcome.describe());
            return;
        }
        std::lock_guard lock(m_storm.mutex);
        for (const auto &[user, entry] : reversal.entries)
            m_storm.entries.push_back({entry, award->tenant, true});
        m_storm.awardReversals.push_back(std::move(reversal));
    }
    static std::map<std::string, std::string> reversalEntries(const Outcome &outcome)
    {
        std::map<std::string, std::string> entries;
        for (const pqxx::row &row : outcome.rows)
            entries[row[0].as<std::string>()] = row[1].as<std::string>();
        return entries;
    }

    void request()
    {
        if (uniform(m_rng, 0, 19) == 0) {
            if (const auto earlier = pick(m_storm.requests)) {
                m_session.actAs(randomTenantAdmin(earlier->tenant));
                const Outcome outcome =
                    m_session.call(RequestSql, tenantId(earlier->tenant),
                                   arrayLiteral(shuffled(earlier->recipients)), earlier->amount,
                                   earlier->message, earlier->key);
                if (m_storm.expect("request replay", outcome, {""}) &&
                    outcome.field(0, 0) != earlier->id)
                    m_storm.fail("request replay returned another request than " + earlier->id +
                                 "\n" + outcome.describe());
                return;
            }
        }
        const int tenant = uniform(m_rng, 0, 1);
        const int count = uniform(m_rng, 1, 20);
        const int amount = (ApprovalThreshold + count - 1) / count + uniform(m_rng, 0, 100);
        Storm::Request request{{},
                               tenant,
                               newKey("request"),
                               randomTenantAdmin(tenant),
                               sorted(pickMembers(m_rng, count)),
                               amount,
                               "Storm request " + std::to_string(amount)};
        m_session.actAs(request.requester);
        const Outcome outcome =
            m_session.call(RequestSql, tenantId(tenant), arrayLiteral(request.recipients), amount,
                           request.message, request.key);
        if (!m_storm.expect("request", outcome, {""}))
            return;
        if (outcome.field(0, 1) != "pending")
            m_storm.fail("a new request must be pending\n" + outcome.describe());
        request.id = outcome.field(0, 0);
        std::lock_guard lock(m_storm.mutex);
        m_storm.requests.push_back(std::move(request));
    }

    void decide()
    {
        // Mostly one of the newest requests, so that sessions race for the same one.
        const auto request = pick(m_storm.requests, 6);
        if (!request)
            return;
        const bool approve = uniform(m_rng, 0, 9) < 6;
        m_session.actAs(systemAdmin(uniform(m_rng, 0, SystemAdminCount - 1)));
        const Outcome outcome =
            m_session.call(DecideSql, request->id, std::string(approve ? "approve" : "reject"),
                           std::string("Storm decision"));
        // The same admin repeating the same decision is a replay (success, nothing paid).
        if (!m_storm.expect(approve ? "approve" : "reject", outcome, {"", "DD423"}) ||
            !outcome.ok() || !approve)
            return;
        const std::string awardId = outcome.field(0, 1);
        if (outcome.rows.at(0).at(2).as<int>() == 0)
            return; // a replay
        if (int(request->recipients.size()) != outcome.rows.at(0).at(2).as<int>())
            m_storm.fail("approval paid " + outcome.field(0, 2) + " recipients, the request has " +
                         std::to_string(request->recipients.size()) + "\n" + outcome.describe());
        const Outcome paid =
            m_session.call("SELECT coin_transaction_id::text FROM "
                           "gamification_admin_award_recipients WHERE award_id = $1::uuid",
                           awardId);
        if (!m_storm.expect("read approved award", paid, {""}))
            return;
        std::lock_guard lock(m_storm.mutex);
        for (const pqxx::row &row : paid.rows)
            m_storm.entries.push_back({row[0].as<std::string>(), request->tenant, false});
    }

    Session m_session;
    Storm &m_storm;
    int m_index;
    std::mt19937 m_rng;
    std::string m_prefix;
    int m_step = 0;
};

} // namespace

// Eight sessions run a seeded mix of awards (new, replayed, same key with another payload),
// server earns and spends, reversals of entries and of whole awards, requests and decisions.
// Every outcome must be in the contract of 0010; afterwards every wallet equals its ledger and the
// ledger invariants hold.
void TestConcurrency::randomStormThenReconcile()
{
    constexpr int OperationsPerSession = 400;
    unsigned seed = 20260630;
    if (qEnvironmentVariableIsSet("DICEDESK_STORM_SEED"))
        seed = qEnvironmentVariableIntValue("DICEDESK_STORM_SEED");
    qInfo("storm seed %u (set DICEDESK_STORM_SEED to repeat or vary it), %d sessions x %d "
          "operations",
          seed, SessionCount, OperationsPerSession);

    Storm storm;
    std::vector<std::unique_ptr<StormSession>> sessions;
    for (int i = 0; i < SessionCount; ++i)
        sessions.push_back(std::make_unique<StormSession>(m_dsn, storm, i, seed * 31 + i, m_run));
    std::latch start(SessionCount);
    std::vector<std::thread> threads;
    const auto began = std::chrono::steady_clock::now();
    for (int i = 0; i < SessionCount; ++i)
        threads.emplace_back([&, i] {
            start.arrive_and_wait();
            (*sessions[i])(OperationsPerSession);
        });
    for (std::thread &thread : threads)
        thread.join();
    const auto seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - began).count();

    int operations = 0;
    for (const auto &[what, count] : storm.tally) {
        qInfo("  %-45s %5d", what.c_str(), count);
        operations += count;
    }
    qInfo("%d calls in %.1f s", operations, seconds);
    std::string failures;
    for (size_t i = 0; i < storm.failures.size() && i < 20; ++i)
        failures += storm.failures[i] + "\n";
    QVERIFY2(storm.failures.empty(), (std::to_string(storm.failures.size()) +
                                      " unexpected outcomes (first 20):\n" + failures)
                                         .c_str());
    QVERIFY(storm.awards.size() > 50);
    QVERIFY(storm.reversals.size() > 20);
    QVERIFY(storm.awardReversals.size() > 5);
    QVERIFY(storm.tally["approve: ok"] > 5);
    // Depends on interleaving, so it is reported, not asserted (the race itself is asserted by
    // eightDecideTheSameRequest).
    qInfo("decisions that lost a race: %d",
          storm.tally["approve: DD423"] + storm.tally["reject: DD423"]);

    reconcileWallets();
    if (QTest::currentTestFailed())
        return;

    // One ledger row per (user, tenant, key).
    QCOMPARE(scalar<long long>("SELECT count(*) FROM (SELECT 1 FROM coin_transactions WHERE "
                               "idempotency_key IS NOT NULL GROUP BY user_id, tenant_id, "
                               "idempotency_key HAVING count(*) > 1) d"),
             0LL);
    // No wallet below zero.
    QCOMPARE(scalar<long long>("SELECT count(*) FROM user_coins WHERE balance < 0"), 0LL);
    // No reversal of a reversal, nothing reversed twice, every reversal mirrors its original.
    QCOMPARE(scalar<long long>("SELECT count(*) FROM coin_transactions r JOIN coin_transactions o "
                               "ON o.id = r.reversal_of WHERE o.reversal_of IS NOT NULL"),
             0LL);
    QCOMPARE(scalar<long long>("SELECT count(*) FROM (SELECT reversal_of FROM coin_transactions "
                               "WHERE reversal_of IS NOT NULL GROUP BY 1 HAVING count(*) > 1) d"),
             0LL);
    QCOMPARE(scalar<long long>("SELECT count(*) FROM coin_transactions r JOIN coin_transactions o "
                               "ON o.id = r.reversal_of WHERE r.user_id <> o.user_id OR "
                               "r.tenant_id IS DISTINCT FROM o.tenant_id OR r.amount <> o.amount "
                               "OR r.type = o.type"),
             0LL);
    // Every approved request has exactly one award, paid to its recipients; nothing else has one.
    QCOMPARE(scalar<long long>(
                 "SELECT count(*) FROM gamification_admin_award_requests q WHERE q.status = "
                 "'approved' AND (SELECT count(*) FROM gamification_admin_awards a WHERE "
                 "a.request_id = q.id) <> 1"),
             0LL);
    QCOMPARE(scalar<long long>("SELECT count(*) FROM gamification_admin_awards a JOIN "
                               "gamification_admin_award_requests q ON q.id = a.request_id WHERE "
                               "q.status <> 'approved' OR q.award_id <> a.id"),
             0LL);
    QCOMPARE(scalar<long long>("SELECT count(*) FROM gamification_admin_award_requests q WHERE "
                               "q.status = 'approved' AND q.recipient_count <> (SELECT count(*) "
                               "FROM gamification_admin_award_recipients r WHERE r.award_id = "
                               "q.award_id)"),
             0LL);
    // Every coin award has exactly one ledger entry per recipient.
    QCOMPARE(scalar<long long>("SELECT count(*) FROM gamification_admin_awards a LEFT JOIN "
                               "(SELECT metadata ->> 'award_id' AS award_id, count(*) AS entries "
                               "FROM coin_transactions WHERE reason_code = 'admin_award' GROUP BY "
                               "1) l ON l.award_id = a.id::text WHERE a.award_type = 'coins' AND "
                               "coalesce(l.entries, 0) <> a.recipient_count"),
             0LL);
    // The audit hash chains stayed linear under the storm (verified as the platform server,
    // which may call verify_tenant_audit_chain).
    Session platform(m_dsn);
    platform.actAs("");
    for (int tenant = 0; tenant < 2; ++tenant) {
        const Outcome verified = platform.call(
            "SELECT count(*) FROM verify_tenant_audit_chain($1::uuid)", tenantId(tenant));
        QVERIFY2(verified.ok(), verified.describe().c_str());
        QCOMPARE(verified.rows.at(0).at(0).as<long long>(), 0LL);
    }
}

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
