#include "HistoryFixture.h"

#include "PersonalLogins.h"

#include <pqxx/pqxx>
#include <stdexcept>

namespace dicedesk::test {

const QString HistoryFixture::malloryName =
    QStringLiteral("=HYPERLINK(\"http://evil.test\",\"Mallory, the \"\"boss\"\"\")\nsecond line");

namespace {

const char *kPeopleSql = R"sql(
INSERT INTO tenants (id, name, slug) VALUES
    ('d1000000-0000-4000-8000-00000000000a', 'Orchard Club', 'orchard'),
    ('d2000000-0000-4000-8000-00000000000b', 'River League', 'river');
INSERT INTO users (id, email, full_name, global_role) VALUES
    ('20000000-0000-4000-8000-000000000001', 'sys@hist.test', 'Sam Sysadmin', 'system_admin'),
    ('20000000-0000-4000-8000-000000000002', 'ada@hist.test', 'Ada Admin', 'member'),
    ('20000000-0000-4000-8000-000000000003', 'ben@hist.test', 'Ben Boss', 'member'),
    ('20000000-0000-4000-8000-000000000004', 'mallory@hist.test', $1, 'member'),
    ('20000000-0000-4000-8000-0000000000c1', 'cleo@hist.test', 'Cleo Coins', 'member'),
    ('20000000-0000-4000-8000-0000000000c2', 'dan@hist.test', 'Dan Dollar', 'member'),
    ('20000000-0000-4000-8000-0000000000c3', 'eve@hist.test', 'Eve Euro', 'member'),
    ('20000000-0000-4000-8000-0000000000c4', 'finn@hist.test', 'Finn Funds', 'member'),
    ('20000000-0000-4000-8000-0000000000d1', 'gil@hist.test', 'Gil Gold', 'member');
INSERT INTO user_tenant_memberships (user_id, tenant_id, role, status) VALUES
    ('20000000-0000-4000-8000-000000000002', 'd1000000-0000-4000-8000-00000000000a', 'admin', 'active'),
    ('20000000-0000-4000-8000-000000000003', 'd1000000-0000-4000-8000-00000000000a', 'admin', 'active'),
    ('20000000-0000-4000-8000-000000000004', 'd1000000-0000-4000-8000-00000000000a', 'admin', 'active'),
    ('20000000-0000-4000-8000-0000000000c1', 'd1000000-0000-4000-8000-00000000000a', 'member', 'active'),
    ('20000000-0000-4000-8000-0000000000c2', 'd1000000-0000-4000-8000-00000000000a', 'member', 'active'),
    ('20000000-0000-4000-8000-0000000000c3', 'd1000000-0000-4000-8000-00000000000a', 'member', 'active'),
    ('20000000-0000-4000-8000-0000000000c4', 'd1000000-0000-4000-8000-00000000000a', 'member', 'active'),
    ('20000000-0000-4000-8000-0000000000d1', 'd2000000-0000-4000-8000-00000000000b', 'member', 'active');
)sql";

const LoginToUserId kLogins = {
    {"hist_sysadmin", "20000000-0000-4000-8000-000000000001"},
    {"hist_ada", "20000000-0000-4000-8000-000000000002"},
    {"hist_ben", "20000000-0000-4000-8000-000000000003"},
    {"hist_mallory", "20000000-0000-4000-8000-000000000004"},
};

struct AwardSpec
{
    const char *login;
    const char *tenant;
    std::string recipients; ///< a uuid[] literal
    const char *type;
    int amount;
    std::string message;
    const char *key;
};

std::string ids(std::initializer_list<const char *> users)
{
    std::string literal = "{";
    for (const char *user : users) {
        if (literal.size() > 1)
            literal += ',';
        literal += user;
    }
    return literal + "}";
}

void award(const AwardSpec &spec)
{
    pqxx::connection connection(HistoryFixture::dsnFor(QLatin1String(spec.login)).toStdString());
    pqxx::work tx(connection);
    const pqxx::row row = tx.exec_params1(
        "SELECT public.dicedesk_award_v1($1::uuid, $2::uuid[], $3, $4, $5, $6)::text", spec.tenant,
        spec.recipients, spec.type, spec.amount, spec.message, spec.key);
    const std::string outcome = row[0].as<std::string>();
    if (outcome.find("\"paid\"") == std::string::npos)
        throw std::runtime_error("award " + std::string(spec.key) + " was not paid: " + outcome);
    tx.commit();
}

} // namespace

std::string HistoryFixture::superuserDsn()
{
    return sandboxSuperuserDsn();
}

QString HistoryFixture::dsnFor(const QString &login)
{
    return personalLoginDsn(login);
}

void HistoryFixture::install()
{
    {
        pqxx::connection connection(superuserDsn());
        pqxx::work tx(connection);
        std::string people = kPeopleSql;
        people.replace(people.find("$1"), 2, tx.quote(malloryName.toStdString()));
        tx.exec(people);
        createPersonalLogins(tx, kLogins);
        tx.commit();
    }
    // Balances after each award follow from this order:
    //  1 Ada   coins 100 → Cleo, Dan, Eve      Cleo 100, Dan 100, Eve 100   (whole reversal)
    //  2 Ada   coins  50 → Cleo, Dan           Cleo 150, Dan 150            (one entry)
    //  3 Ada   xp    200 → Eve                 XP 200                       (not reversible)
    //  4 Ben   coins  20 → Dan                 Dan 170                      (retry, "mine")
    //  5 Ada   coins  30 → Finn, 40 days ago   Finn 30                      (period)
    //  6 Mallory coins 5 → Cleo                Cleo 155                     (CSV quoting)
    //  7 Ada   coins  40 → Cleo, Finn          Cleo 195, Finn 70            (spent: DD402)
    //  8 Sam   coins  10 → Gil in tenant B                                  (scope)
    // then Finn spends 60 (Finn 10).
    const char *a = tenantA;
    award({"hist_ada", a, ids({cleo, dan, eve}), "coins", 100, "Great teamwork", "hist-award-1"});
    award({"hist_ada", a, ids({cleo, dan}), "coins", 50,
           "Helping, \"quoted\", with commas\nand a second line", "hist-award-2"});
    award(
        {"hist_ada", a, ids({eve}), "xp", 200, "=SUM(A1:A2) looks like a formula", "hist-award-3"});
    award({"hist_ben", a, ids({dan}), "coins", 20, "Ben's thanks", "hist-award-4"});
    award({"hist_ada", a, ids({finn}), "coins", 30, "Long ago", "hist-award-5"});
    award({"hist_mallory", a, ids({cleo}), "coins", 5, "From Mallory", "hist-award-6"});
    award({"hist_ada", a, ids({cleo, finn}), "coins", 40, "Spent already", "hist-award-7"});
    award({"hist_sysadmin", tenantB, ids({gil}), "coins", 10, "River prize", "hist-award-8"});

    pqxx::connection connection(superuserDsn());
    pqxx::work tx(connection);
    // Award 5 was made 40 days ago (the table is append-only: the guard steps aside for this
    // one backdating, in this transaction only).
    tx.exec("ALTER TABLE gamification_admin_awards DISABLE TRIGGER append_only_row");
    tx.exec("UPDATE gamification_admin_awards SET created_at = now() - interval '40 days' "
            "WHERE idempotency_key = 'hist-award-5'");
    tx.exec("ALTER TABLE gamification_admin_awards ENABLE ALWAYS TRIGGER append_only_row");
    tx.exec_params("SELECT public.dicedesk_post_coin_entry($1::uuid, $2::uuid, 'spend', 60, "
                   "'shop_purchase', 'hist-spend-finn', 'Shop', 'shop', '{}'::jsonb)",
                   finn, tenantA);
    tx.commit();
}

QUuid HistoryFixture::awardId(const std::string &key)
{
    pqxx::connection connection(superuserDsn());
    pqxx::nontransaction tx(connection);
    const pqxx::row row = tx.exec_params1(
        "SELECT id::text FROM gamification_admin_awards WHERE idempotency_key = $1", key);
    return QUuid::fromString(QString::fromStdString(row[0].as<std::string>()));
}

long long HistoryFixture::count(const std::string &sql)
{
    pqxx::connection connection(superuserDsn());
    pqxx::nontransaction tx(connection);
    return tx.exec1(sql)[0].as<long long>();
}

long long HistoryFixture::balance(const char *userId, const char *tenantId)
{
    pqxx::connection connection(superuserDsn());
    pqxx::nontransaction tx(connection);
    const pqxx::result rows = tx.exec_params(
        "SELECT balance FROM user_coins WHERE user_id = $1::uuid AND tenant_id = $2::uuid", userId,
        tenantId);
    return rows.empty() ? 0 : rows[0][0].as<long long>();
}

void HistoryFixture::exec(const std::string &sql)
{
    pqxx::connection connection(superuserDsn());
    pqxx::work tx(connection);
    tx.exec(sql);
    tx.commit();
}

} // namespace dicedesk::test
