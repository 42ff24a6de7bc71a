#include "PaletteFixture.h"

#include <pqxx/pqxx>
#include <stdexcept>

namespace dicedesk::test {

namespace {

const char *kFixtureSql = R"sql(
INSERT INTO tenants (id, name, slug) VALUES
    ('a1000000-0000-4000-8000-00000000000a', 'Alpha Club', 'alpha'),
    ('b1000000-0000-4000-8000-00000000000b', 'Beta League', 'beta');
INSERT INTO users (id, email, full_name, global_role) VALUES
    ('10000000-0000-4000-8000-000000000001', 'sys@example.test', 'Sam Sysadmin', 'system_admin'),
    ('10000000-0000-4000-8000-000000000002', 'admin.a@example.test', 'Ada Admin', 'member'),
    ('10000000-0000-4000-8000-000000000003', 'member.a@example.test', 'Max Member', 'member'),
    ('10000000-0000-4000-8000-000000000004', 'member.b@example.test', 'Bea Member', 'member'),
    ('10000000-0000-4000-8000-000000000005', 'asa.oberg@example.test', 'Åsa Öberg', 'member'),
    ('10000000-0000-4000-8000-000000000006', 'pat.sure@example.test', 'Pat 100% Sure', 'member');
INSERT INTO user_tenant_memberships (user_id, tenant_id, role, status) VALUES
    ('10000000-0000-4000-8000-000000000002', 'a1000000-0000-4000-8000-00000000000a', 'admin', 'active'),
    ('10000000-0000-4000-8000-000000000003', 'a1000000-0000-4000-8000-00000000000a', 'member', 'active'),
    ('10000000-0000-4000-8000-000000000004', 'b1000000-0000-4000-8000-00000000000b', 'member', 'active'),
    ('10000000-0000-4000-8000-000000000005', 'a1000000-0000-4000-8000-00000000000a', 'member', 'active'),
    ('10000000-0000-4000-8000-000000000006', 'a1000000-0000-4000-8000-00000000000a', 'member', 'active');

DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['pal_sysadmin', 'pal_tenant_admin'] LOOP
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = r) THEN
            EXECUTE format('CREATE ROLE %I LOGIN IN ROLE dicedesk_personal_login', r);
        END IF;
    END LOOP;
END
$$;
INSERT INTO dicedesk_login_users (login_role, user_id) VALUES
    ('pal_sysadmin', '10000000-0000-4000-8000-000000000001'),
    ('pal_tenant_admin', '10000000-0000-4000-8000-000000000002');

INSERT INTO achievements (id, achievement_key, name, condition_type, tenant_id, scope, status) VALUES
    ('20000000-0000-4000-8000-000000000001', 'first-game', 'First Game', 'manual',
     'a1000000-0000-4000-8000-00000000000a', 'tenant', 'active'),
    ('20000000-0000-4000-8000-000000000002', 'beta-final', 'Beta Finalist', 'manual',
     'b1000000-0000-4000-8000-00000000000b', 'tenant', 'active');

INSERT INTO gamification_admin_award_requests
    (id, tenant_id, requester_user_id, amount, message, idempotency_key, status) VALUES
    ('30000000-0000-4000-8000-000000000001', 'a1000000-0000-4000-8000-00000000000a',
     '10000000-0000-4000-8000-000000000002', 600, 'Summer camp leaders', 'pal-req-0001', 'pending'),
    ('30000000-0000-4000-8000-000000000002', 'b1000000-0000-4000-8000-00000000000b',
     '10000000-0000-4000-8000-000000000001', 700, 'League finals', 'pal-req-0002', 'pending');
)sql";

} // namespace

void PaletteFixture::install()
{
    const QByteArray dsn = qgetenv("DICEDESK_TEST_DSN");
    if (dsn.isEmpty())
        throw std::runtime_error(
            "DICEDESK_TEST_DSN is not set; run under `dicedesk-db sandbox --migrate`");
    pqxx::connection connection(dsn.toStdString());
    pqxx::work tx(connection);
    tx.exec(kFixtureSql);
    tx.commit();
}

QString PaletteFixture::dsnFor(const QString &login)
{
    return QStringLiteral("host=%1 port=%2 dbname=dicedesk user=%3")
        .arg(qEnvironmentVariable("DICEDESK_TEST_SOCKET_DIR"),
             qEnvironmentVariable("DICEDESK_TEST_PORT"), login);
}

} // namespace dicedesk::test
