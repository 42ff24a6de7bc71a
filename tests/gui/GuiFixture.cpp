#include "GuiFixture.h"

#include "PersonalLogins.h"

namespace dicedesk::test {

namespace {

const char *kFixtureSql = R"sql(
INSERT INTO tenants (id, name, slug) VALUES
    ('a0000000-0000-4000-8000-00000000000a', 'Alpha Club', 'alpha'),
    ('b0000000-0000-4000-8000-00000000000b', 'Beta League', 'beta');
INSERT INTO users (id, email, full_name, global_role) VALUES
    ('00000000-0000-4000-8000-000000000001', 'sys@example.test', 'Sam Sysadmin', 'system_admin'),
    ('00000000-0000-4000-8000-000000000002', 'admin.a@example.test', 'Ada Admin', 'member'),
    ('00000000-0000-4000-8000-000000000003', 'member.a@example.test', 'Max Member', 'member'),
    ('00000000-0000-4000-8000-000000000004', 'member.b@example.test', 'Bea Member', 'member'),
    ('00000000-0000-4000-8000-000000000005', 'gone.a@example.test', 'Gus Gone', 'member');
INSERT INTO user_tenant_memberships (user_id, tenant_id, role, status) VALUES
    ('00000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-00000000000a', 'admin', 'active'),
    ('00000000-0000-4000-8000-000000000003', 'a0000000-0000-4000-8000-00000000000a', 'member', 'active'),
    ('00000000-0000-4000-8000-000000000005', 'a0000000-0000-4000-8000-00000000000a', 'member', 'suspended'),
    ('00000000-0000-4000-8000-000000000004', 'b0000000-0000-4000-8000-00000000000b', 'member', 'active');

)sql";

const LoginToUserId kLogins = {
    {"gui_sysadmin", "00000000-0000-4000-8000-000000000001"},
    {"gui_tenant_admin", "00000000-0000-4000-8000-000000000002"},
    {"gui_member", "00000000-0000-4000-8000-000000000003"},
};

const char *kDataSql = R"sql(
INSERT INTO coin_transactions (user_id, tenant_id, type, amount, reason_code, created_at) VALUES
    ('00000000-0000-4000-8000-000000000003', 'a0000000-0000-4000-8000-00000000000a', 'earn', 100, 'event_reward', now() - interval '1 day'),
    ('00000000-0000-4000-8000-000000000003', 'a0000000-0000-4000-8000-00000000000a', 'earn', 50, 'event_reward', now() - interval '10 days'),
    ('00000000-0000-4000-8000-000000000003', 'a0000000-0000-4000-8000-00000000000a', 'spend', 30, 'shop_purchase', now() - interval '2 days'),
    ('00000000-0000-4000-8000-000000000003', 'a0000000-0000-4000-8000-00000000000a', 'earn', 999, 'event_reward', now() - interval '40 days'),
    ('00000000-0000-4000-8000-000000000004', 'b0000000-0000-4000-8000-00000000000b', 'earn', 7, 'event_reward', now() - interval '3 days');

INSERT INTO gamification_events (tenant_id, actor_user_id, event_type, source, idempotency_key, created_at) VALUES
    ('a0000000-0000-4000-8000-00000000000a', '00000000-0000-4000-8000-000000000002', 'plan_created', 'planner', 'gui-evt-0001', now() - interval '1 day'),
    ('a0000000-0000-4000-8000-00000000000a', '00000000-0000-4000-8000-000000000003', 'plan_created', 'planner', 'gui-evt-0002', now() - interval '1 day'),
    ('a0000000-0000-4000-8000-00000000000a', '00000000-0000-4000-8000-000000000003', 'run_completed', 'play', 'gui-evt-0003', now() - interval '2 days'),
    ('a0000000-0000-4000-8000-00000000000a', '00000000-0000-4000-8000-000000000003', 'run_completed', 'play', 'gui-evt-0004', now() - interval '20 days'),
    ('a0000000-0000-4000-8000-00000000000a', '00000000-0000-4000-8000-000000000003', 'run_completed', 'play', 'gui-evt-0005', now() - interval '45 days'),
    ('b0000000-0000-4000-8000-00000000000b', '00000000-0000-4000-8000-000000000004', 'session_completed', 'play', 'gui-evt-0006', now() - interval '5 days'),
    ('b0000000-0000-4000-8000-00000000000b', '00000000-0000-4000-8000-000000000004', 'session_completed', 'play', 'gui-evt-0007', now() - interval '5 days');

INSERT INTO gamification_admin_award_requests
    (tenant_id, requester_user_id, amount, message, idempotency_key, status, decided_by_user_id, decided_at, decision_reason) VALUES
    ('a0000000-0000-4000-8000-00000000000a', '00000000-0000-4000-8000-000000000002', 600, 'Summer camp leaders', 'gui-req-0001', 'pending', NULL, NULL, NULL),
    ('a0000000-0000-4000-8000-00000000000a', '00000000-0000-4000-8000-000000000002', 900, 'Planner week', 'gui-req-0002', 'pending', NULL, NULL, NULL),
    ('a0000000-0000-4000-8000-00000000000a', '00000000-0000-4000-8000-000000000002', 5000, 'Too much', 'gui-req-0003', 'rejected',
     '00000000-0000-4000-8000-000000000001', now(), 'Over budget'),
    ('b0000000-0000-4000-8000-00000000000b', '00000000-0000-4000-8000-000000000001', 700, 'League finals', 'gui-req-0004', 'pending', NULL, NULL, NULL);
)sql";

} // namespace

void GuiFixture::install()
{
    installWithPersonalLogins(kFixtureSql, kLogins, kDataSql);
}

QString GuiFixture::dsnFor(const QString &login)
{
    return personalLoginDsn(login);
}

} // namespace dicedesk::test
