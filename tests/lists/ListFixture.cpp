#include "ListFixture.h"

#include "PersonalLogins.h"

#include <pqxx/pqxx>

namespace dicedesk::test {

namespace {

const char *kFixtureSql = R"sql(
INSERT INTO tenants (id, name, slug) VALUES
    ('c1000000-0000-4000-8000-00000000000a', 'List Alpha', 'list-alpha'),
    ('c2000000-0000-4000-8000-00000000000b', 'List Beta', 'list-beta');
INSERT INTO users (id, email, full_name, global_role) VALUES
    ('10000000-0000-4000-8000-000000000001', 'sys@list.test', 'Sia System', 'system_admin'),
    ('10000000-0000-4000-8000-000000000002', 'admin.a@list.test', 'Alva Admin', 'member');
INSERT INTO users (id, email, full_name)
SELECT format('10000000-0000-4000-8000-0000000000%s', u)::uuid, format('%s@list.test', u),
       (ARRAY['Ada One', 'Axel Two', 'Alma Three', 'Arvid Four', 'Aino Five', 'Anton Six',
              'Bea One', 'Bo Two', 'Britt Three'])[n]
  FROM unnest(ARRAY['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'b1', 'b2', 'b3']) WITH ORDINALITY AS x(u, n);
INSERT INTO user_tenant_memberships (user_id, tenant_id, role, status)
SELECT format('10000000-0000-4000-8000-0000000000a%s', n)::uuid,
       'c1000000-0000-4000-8000-00000000000a'::uuid, 'member', 'active' FROM generate_series(1, 6) n;
INSERT INTO user_tenant_memberships (user_id, tenant_id, role, status)
SELECT format('10000000-0000-4000-8000-0000000000b%s', n)::uuid,
       'c2000000-0000-4000-8000-00000000000b'::uuid, 'member', 'active' FROM generate_series(1, 3) n;
INSERT INTO user_tenant_memberships (user_id, tenant_id, role, status) VALUES
    ('10000000-0000-4000-8000-000000000002', 'c1000000-0000-4000-8000-00000000000a', 'admin', 'active');

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'list_outsider') THEN
        CREATE ROLE list_outsider LOGIN;
    END IF;
END
$$;
)sql";

const LoginToUserId kLogins = {
    {"list_sysadmin", "10000000-0000-4000-8000-000000000001"},
    {"list_tenant_admin", "10000000-0000-4000-8000-000000000002"},
};

const char *kDataSql = R"sql(
-- Events. Within each millisecond four microsecond steps, each shared by 25 rows of A; B
-- uses the very same instants (ties across tenants); a burst of 150 rows of A at one instant.
INSERT INTO gamification_events (tenant_id, actor_user_id, event_type, source, idempotency_key,
                                 metadata, created_at)
SELECT 'c1000000-0000-4000-8000-00000000000a'::uuid,
       format('10000000-0000-4000-8000-0000000000a%s', 1 + i % 6)::uuid,
       (ARRAY['plan_created', 'run_completed', 'session_completed'])[1 + i % 3],
       (ARRAY['planner', 'play'])[1 + i % 2], format('list-evt-a-%s', i),
       jsonb_build_object('n', i, 'site', 'fixture'),
       timestamptz '2026-05-01 12:00:00+00' - (i / 100) * interval '1 millisecond'
           - ((i % 100) / 25) * interval '1 microsecond'
  FROM generate_series(0, 999) i
UNION ALL
SELECT 'c2000000-0000-4000-8000-00000000000b'::uuid,
       format('10000000-0000-4000-8000-0000000000b%s', 1 + i % 3)::uuid,
       'session_completed', 'play', format('list-evt-b-%s', i), jsonb_build_object('n', i),
       timestamptz '2026-05-01 12:00:00+00' - (i / 30) * interval '1 millisecond'
           - ((i % 30) / 10) * interval '1 microsecond'
  FROM generate_series(0, 299) i
UNION ALL
SELECT 'c1000000-0000-4000-8000-00000000000a'::uuid,
       format('10000000-0000-4000-8000-0000000000a%s', 1 + i % 6)::uuid, 'badge_unlocked',
       'system', format('list-evt-burst-%s', i), '{}'::jsonb,
       timestamptz '2026-04-30 00:00:00.123456+00'
  FROM generate_series(0, 149) i;

-- Coin ledger, the same shape: 500 entries of A, 200 of B, a burst of 120 of A, and one
-- reversal (the two newest entries).
INSERT INTO coin_transactions (user_id, tenant_id, type, amount, description, reason_code,
                               source, created_at)
SELECT format('10000000-0000-4000-8000-0000000000a%s', 1 + i % 6)::uuid,
       'c1000000-0000-4000-8000-00000000000a'::uuid, CASE WHEN i % 4 = 3 THEN 'spend' ELSE 'earn' END,
       1 + i % 37, format('Fixture entry %s', i), 'event_reward', 'fixture',
       timestamptz '2026-05-01 12:00:00+00' - (i / 100) * interval '1 millisecond'
           - ((i % 100) / 25) * interval '1 microsecond'
  FROM generate_series(0, 499) i
UNION ALL
SELECT format('10000000-0000-4000-8000-0000000000b%s', 1 + i % 3)::uuid,
       'c2000000-0000-4000-8000-00000000000b'::uuid, 'earn', 1000 + i, NULL::text, 'event_reward', 'fixture',
       timestamptz '2026-05-01 12:00:00+00' - (i / 30) * interval '1 millisecond'
           - ((i % 30) / 10) * interval '1 microsecond'
  FROM generate_series(0, 199) i
UNION ALL
SELECT format('10000000-0000-4000-8000-0000000000a%s', 1 + i % 6)::uuid,
       'c1000000-0000-4000-8000-00000000000a'::uuid, 'earn', 5, NULL::text, 'daily_login', 'fixture',
       timestamptz '2026-04-30 00:00:00.123456+00'
  FROM generate_series(0, 119) i;
INSERT INTO coin_transactions (id, user_id, tenant_id, type, amount, description, reason_code,
                               source, reversal_of, created_at) VALUES
    ('c0ffee00-0000-4000-8000-000000000001', '10000000-0000-4000-8000-0000000000a1',
     'c1000000-0000-4000-8000-00000000000a', 'earn', 50, 'Paid twice by mistake', 'admin_award',
     'admin', NULL, '2026-05-02 10:00:00+00'),
    ('c0ffee00-0000-4000-8000-000000000002', '10000000-0000-4000-8000-0000000000a1',
     'c1000000-0000-4000-8000-00000000000a', 'spend', 50, 'Reversal: paid twice', 'admin_award',
     'admin', 'c0ffee00-0000-4000-8000-000000000001', '2026-05-02 10:00:01+00');
ANALYZE gamification_events;
ANALYZE coin_transactions;
)sql";

} // namespace

std::string ListFixture::superuserDsn()
{
    return sandboxSuperuserDsn();
}

void ListFixture::install()
{
    installWithPersonalLogins(kFixtureSql, kLogins, kDataSql);
}

QString ListFixture::dsnFor(const QString &login)
{
    return personalLoginDsn(login);
}

QList<QUuid> ListFixture::ids(const std::string &from)
{
    pqxx::connection connection(superuserDsn());
    pqxx::nontransaction tx(connection);
    QList<QUuid> ids;
    for (const auto &row : tx.exec("SELECT id FROM " + from + " ORDER BY created_at DESC, id DESC"))
        ids.append(QUuid::fromString(QString::fromStdString(row[0].as<std::string>())));
    return ids;
}

long long ListFixture::count(const std::string &sql)
{
    pqxx::connection connection(superuserDsn());
    pqxx::nontransaction tx(connection);
    return tx.exec1(sql)[0].as<long long>();
}

} // namespace dicedesk::test
