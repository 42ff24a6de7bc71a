#include "PaletteFixture.h"

#include "PersonalLogins.h"

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

)sql";

const LoginToUserId kLogins = {
    {"pal_sysadmin", "10000000-0000-4000-8000-000000000001"},
    {"pal_tenant_admin", "10000000-0000-4000-8000-000000000002"},
};

const char *kDataSql = R"sql(
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
    installWithPersonalLogins(kFixtureSql, kLogins, kDataSql);
}

QString PaletteFixture::dsnFor(const QString &login)
{
    return personalLoginDsn(login);
}

} // namespace dicedesk::test
