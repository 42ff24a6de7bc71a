#include "AwardBackendFixture.h"

#include "PersonalLogins.h"

#include <pqxx/pqxx>

namespace dicedesk::test {

namespace {

const char *kFixtureSql = R"sql(
INSERT INTO tenants (id, name, slug) VALUES
    ('c5000000-0000-4000-8000-00000000000a', 'Award Club A', 'award-club-a'),
    ('c5000000-0000-4000-8000-00000000000b', 'Award Club B', 'award-club-b');
INSERT INTO users (id, email, full_name, global_role) VALUES
    ('c5100000-0000-4000-8000-000000000001', 'sam.sys@award.test', 'Sam Sys', 'system_admin'),
    ('c5100000-0000-4000-8000-000000000002', 'sue.second@award.test', 'Sue Second', 'system_admin'),
    ('c5100000-0000-4000-8000-000000000011', 'ada.admin@award.test', 'Ada Admin', 'member'),
    ('c5100000-0000-4000-8000-000000000021', 'bob.admin@award.test', 'Bob Admin', 'member'),
    ('c5100000-0000-4000-8000-000000000031', 'lovisa.berg@award.test', 'Lovisa Berg', 'member'),
    ('c5100000-0000-4000-8000-000000000032', 'lars.loven@award.test', 'Lars Lovén', 'member'),
    ('c5100000-0000-4000-8000-000000000033', 'anna.lovgren@award.test', 'Anna Maria Lovgren', 'member'),
    ('c5100000-0000-4000-8000-000000000034', 'percent@award.test', '100% Real_Name', 'member'),
    ('c5100000-0000-4000-8000-000000000035', 'obrien@award.test', 'O''Brien; DROP TABLE users; --', 'member'),
    ('c5100000-0000-4000-8000-000000000036', 'zed.zulu@award.test', 'Zed Zulu', 'member'),
    ('c5100000-0000-4000-8000-000000000037', 'Mia.Member@Award.Test', 'Mia Member', 'member'),
    ('c5100000-0000-4000-8000-000000000038', 'sven.suspended@award.test', 'Sven Suspended', 'member'),
    ('c5100000-0000-4000-8000-000000000041', 'bea.beta@award.test', 'Bea Beta', 'member'),
    ('c5100000-0000-4000-8000-000000000051', 'otto.outsider@award.test', 'Otto Outsider', 'member');
INSERT INTO users (id, email, full_name)
SELECT format('c5b00000-0000-4000-8000-%s', lpad(i::text, 12, '0'))::uuid,
       format('bulk.%s@award.test', lpad(i::text, 3, '0')), format('Bulk Member %s', lpad(i::text, 3, '0'))
  FROM generate_series(1, 300) AS i;
INSERT INTO user_tenant_memberships (user_id, tenant_id, role, status) VALUES
    ('c5100000-0000-4000-8000-000000000011', 'c5000000-0000-4000-8000-00000000000a', 'admin', 'active'),
    ('c5100000-0000-4000-8000-000000000021', 'c5000000-0000-4000-8000-00000000000b', 'admin', 'active'),
    ('c5100000-0000-4000-8000-000000000031', 'c5000000-0000-4000-8000-00000000000a', 'member', 'active'),
    ('c5100000-0000-4000-8000-000000000032', 'c5000000-0000-4000-8000-00000000000a', 'member', 'active'),
    ('c5100000-0000-4000-8000-000000000033', 'c5000000-0000-4000-8000-00000000000a', 'member', 'active'),
    ('c5100000-0000-4000-8000-000000000034', 'c5000000-0000-4000-8000-00000000000a', 'member', 'active'),
    ('c5100000-0000-4000-8000-000000000035', 'c5000000-0000-4000-8000-00000000000a', 'member', 'active'),
    ('c5100000-0000-4000-8000-000000000036', 'c5000000-0000-4000-8000-00000000000a', 'member', 'active'),
    ('c5100000-0000-4000-8000-000000000037', 'c5000000-0000-4000-8000-00000000000a', 'member', 'active'),
    ('c5100000-0000-4000-8000-000000000038', 'c5000000-0000-4000-8000-00000000000a', 'member', 'suspended'),
    ('c5100000-0000-4000-8000-000000000041', 'c5000000-0000-4000-8000-00000000000b', 'member', 'active');
INSERT INTO user_tenant_memberships (user_id, tenant_id, role, status)
SELECT format('c5b00000-0000-4000-8000-%s', lpad(i::text, 12, '0'))::uuid,
       'c5000000-0000-4000-8000-00000000000a', 'member', 'active'
  FROM generate_series(1, 300) AS i;

)sql";

const LoginToUserId kLogins = {
    {"aw_sys1", "c5100000-0000-4000-8000-000000000001"},
    {"aw_sys2", "c5100000-0000-4000-8000-000000000002"},
    {"aw_admin_a", "c5100000-0000-4000-8000-000000000011"},
    {"aw_member", "c5100000-0000-4000-8000-000000000037"},
};

const char *kDataSql = R"sql(
-- Lovisa: 70 coins (wallet = ledger) and 120 XP in A.
INSERT INTO coin_transactions (user_id, tenant_id, type, amount, reason_code, created_at) VALUES
    ('c5100000-0000-4000-8000-000000000031', 'c5000000-0000-4000-8000-00000000000a', 'earn', 70, 'event_reward', '2026-01-10 10:00:00+00');
INSERT INTO user_coins (user_id, tenant_id, balance, total_earned, total_spent) VALUES
    ('c5100000-0000-4000-8000-000000000031', 'c5000000-0000-4000-8000-00000000000a', 70, 70, 0);
INSERT INTO xp_transactions (user_id, tenant_id, amount, reason_code, created_at) VALUES
    ('c5100000-0000-4000-8000-000000000031', 'c5000000-0000-4000-8000-00000000000a', 100, 'event_reward', '2026-01-10 10:00:00+00'),
    ('c5100000-0000-4000-8000-000000000031', 'c5000000-0000-4000-8000-00000000000a', 20, 'event_reward', '2026-01-11 10:00:00+00');

INSERT INTO achievements (id, name, achievement_key, condition_type, tenant_id, scope, status) VALUES
    ('c5a00000-0000-4000-8000-000000000001', 'Team Player', 'team-player', 'manual', 'c5000000-0000-4000-8000-00000000000a', 'tenant', 'active'),
    ('c5a00000-0000-4000-8000-000000000002', 'Global Hero', 'global-hero', 'manual', NULL, 'global', 'active'),
    ('c5a00000-0000-4000-8000-000000000003', 'Draft Thing', 'draft-thing', 'manual', 'c5000000-0000-4000-8000-00000000000a', 'tenant', 'draft'),
    ('c5a00000-0000-4000-8000-000000000004', 'Beta Only', 'beta-only', 'manual', 'c5000000-0000-4000-8000-00000000000b', 'tenant', 'active');

-- Seven past awards of A by Ada (three share one instant); Lovisa received the first four.
INSERT INTO gamification_admin_awards (id, tenant_id, actor_user_id, award_type, amount, message,
                                       idempotency_key, recipient_count, created_at)
SELECT format('c5d00000-0000-4000-8000-%s', lpad(i::text, 12, '0'))::uuid,
       'c5000000-0000-4000-8000-00000000000a', 'c5100000-0000-4000-8000-000000000011',
       CASE WHEN i = 7 THEN 'xp' ELSE 'coins' END, 10 * i, format('Fixture award %s', i),
       format('fixture-award-%s', lpad(i::text, 4, '0')), CASE WHEN i <= 4 THEN 1 ELSE 0 END,
       CASE WHEN i BETWEEN 3 AND 5 THEN timestamptz '2026-02-05 12:00:00.654321+00'
            ELSE timestamptz '2026-02-01 12:00:00+00' + i * interval '1 day' END
  FROM generate_series(1, 7) AS i;
INSERT INTO gamification_admin_award_recipients (award_id, tenant_id, user_id, created_at)
SELECT a.id, a.tenant_id, 'c5100000-0000-4000-8000-000000000031', a.created_at
  FROM gamification_admin_awards a
 WHERE a.idempotency_key IN ('fixture-award-0001', 'fixture-award-0002', 'fixture-award-0003', 'fixture-award-0004');

-- Requests. The queue of A: the detail request, ten more (four at one instant), two past their
-- expiry; Sam's own request; one of B. Decided ones of A in every other status.
INSERT INTO gamification_admin_award_requests
    (id, tenant_id, requester_user_id, amount, message, idempotency_key, recipient_count, status, expires_at, created_at)
VALUES
    ('c5e00000-0000-4000-8000-000000000001', 'c5000000-0000-4000-8000-00000000000a', 'c5100000-0000-4000-8000-000000000011',
     250, 'Detail request', 'fixture-req-detail', 3, 'pending', now() + interval '10 days', '2026-03-01 09:00:00+00'),
    ('c5e00000-0000-4000-8000-000000000002', 'c5000000-0000-4000-8000-00000000000a', 'c5100000-0000-4000-8000-000000000001',
     900, 'Sam asks for himself', 'fixture-req-own', 1, 'pending', now() + interval '10 days', '2026-03-01 11:00:00+00'),
    ('c5e00000-0000-4000-8000-000000000003', 'c5000000-0000-4000-8000-00000000000a', 'c5100000-0000-4000-8000-000000000011',
     700, 'Overdue one', 'fixture-req-overdue-1', 1, 'pending', '2026-03-05 00:00:00+00', '2026-03-01 08:00:00+00'),
    ('c5e00000-0000-4000-8000-000000000004', 'c5000000-0000-4000-8000-00000000000a', 'c5100000-0000-4000-8000-000000000011',
     700, 'Overdue two', 'fixture-req-overdue-2', 1, 'pending', '2026-03-05 00:00:00+00', '2026-03-01 08:30:00+00'),
    ('c5e00000-0000-4000-8000-000000000005', 'c5000000-0000-4000-8000-00000000000b', 'c5100000-0000-4000-8000-000000000021',
     800, 'Beta request', 'fixture-req-beta', 1, 'pending', now() + interval '10 days', '2026-03-01 07:00:00+00');
INSERT INTO gamification_admin_award_requests
    (id, tenant_id, requester_user_id, amount, message, idempotency_key, recipient_count, status, expires_at, created_at)
SELECT format('c5e00000-0000-4000-8000-%s', lpad((100 + i)::text, 12, '0'))::uuid,
       'c5000000-0000-4000-8000-00000000000a', 'c5100000-0000-4000-8000-000000000011', 500 + i,
       format('Queue request %s', i), format('fixture-req-queue-%s', i), 1, 'pending', now() + interval '10 days',
       CASE WHEN i <= 4 THEN timestamptz '2026-03-01 10:00:00.123456+00'
            ELSE timestamptz '2026-03-01 10:00:00.123456+00' + i * interval '1 minute' END
  FROM generate_series(1, 10) AS i;
INSERT INTO gamification_admin_award_requests
    (id, tenant_id, requester_user_id, amount, message, idempotency_key, recipient_count, status,
     decided_by_user_id, decided_at, decision_reason, expires_at, created_at)
SELECT format('c5e00000-0000-4000-8000-%s', lpad((200 + i)::text, 12, '0'))::uuid,
       'c5000000-0000-4000-8000-00000000000a', 'c5100000-0000-4000-8000-000000000011', 600 + i,
       format('Closed request %s', i), format('fixture-req-closed-%s', i), 1,
       (ARRAY['rejected', 'rejected', 'rejected', 'expired', 'expired', 'cancelled', 'cancelled'])[i],
       CASE WHEN i <= 3 THEN 'c5100000-0000-4000-8000-000000000002'::uuid END,
       CASE WHEN i <= 3 THEN timestamptz '2026-02-20 12:00:00+00' END,
       CASE WHEN i <= 3 OR i >= 6 THEN 'Not now' END,
       timestamptz '2026-02-25 00:00:00+00',
       CASE WHEN i IN (2, 3, 4) THEN timestamptz '2026-02-10 12:00:00.5+00'
            ELSE timestamptz '2026-02-10 12:00:00.5+00' - i * interval '1 hour' END
  FROM generate_series(1, 7) AS i;
INSERT INTO gamification_admin_award_request_recipients (request_id, tenant_id, user_id) VALUES
    ('c5e00000-0000-4000-8000-000000000001', 'c5000000-0000-4000-8000-00000000000a', 'c5100000-0000-4000-8000-000000000031'),
    ('c5e00000-0000-4000-8000-000000000001', 'c5000000-0000-4000-8000-00000000000a', 'c5100000-0000-4000-8000-000000000032'),
    ('c5e00000-0000-4000-8000-000000000001', 'c5000000-0000-4000-8000-00000000000a', 'c5100000-0000-4000-8000-000000000038'),
    ('c5e00000-0000-4000-8000-000000000002', 'c5000000-0000-4000-8000-00000000000a', 'c5100000-0000-4000-8000-000000000031');

-- Audit rows of A by Ada; four share one instant.
INSERT INTO tenant_audit_logs (tenant_id, actor_user_id, event_type, payload, created_at)
SELECT 'c5000000-0000-4000-8000-00000000000a', 'c5100000-0000-4000-8000-000000000011',
       format('test.audit.%s', i), jsonb_build_object('n', i, 'text', 'a: b, c'),
       CASE WHEN i BETWEEN 5 AND 8 THEN timestamptz '2026-02-15 12:00:00.000001+00'
            ELSE timestamptz '2026-02-15 12:00:00+00' - i * interval '1 minute' END
  FROM generate_series(1, 12) AS i;
ANALYZE;
)sql";

} // namespace

void AwardBackendFixture::install()
{
    installWithPersonalLogins(kFixtureSql, kLogins, kDataSql);
}

std::string AwardBackendFixture::superuserDsn()
{
    return sandboxSuperuserDsn();
}

QString AwardBackendFixture::dsnFor(const QString &login)
{
    return personalLoginDsn(login);
}

QList<QUuid> AwardBackendFixture::ids(const std::string &sql)
{
    pqxx::connection connection(superuserDsn());
    pqxx::read_transaction tx(connection);
    QList<QUuid> result;
    for (const auto &row : tx.exec(sql))
        result.append(QUuid::fromString(QLatin1String(row[0].c_str())));
    return result;
}

long long AwardBackendFixture::count(const std::string &sql)
{
    pqxx::connection connection(superuserDsn());
    pqxx::read_transaction tx(connection);
    return tx.exec1(sql)[0].as<long long>();
}

void AwardBackendFixture::exec(const std::string &sql)
{
    pqxx::connection connection(superuserDsn());
    pqxx::work tx(connection);
    tx.exec(sql);
    tx.commit();
}

QUuid AwardBackendFixture::bulkId(int n)
{
    return QUuid::fromString(
        QStringLiteral("c5b00000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
}

QString AwardBackendFixture::bulkEmail(int n)
{
    return QStringLiteral("bulk.%1@award.test").arg(n, 3, 10, QLatin1Char('0'));
}

} // namespace dicedesk::test
