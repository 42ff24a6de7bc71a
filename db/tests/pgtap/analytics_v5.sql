-- Daily summaries and analytics v5 (0015): the JSON shape, figures equal to raw aggregates on a
-- fixture, the rollup equal to the raw path for closed days (and really used), stale rollups
-- ignored, parameter validation, anomalies, and the role guard (also with no claims at all).
--
-- Fixture ids:  tenants A f…0a, B f…0b, C f…0c;  system admin a…01;  admin of A a…a1, members
-- of A a…e1 and a…e2;  admin of B a…b1, member of B a…b2;  member of C a…c1.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(33);

DO $$
DECLARE
    f regprocedure;
BEGIN
    FOR f IN SELECT d.objid FROM pg_depend d
              WHERE d.classid = 'pg_proc'::regclass AND d.refclassid = 'pg_extension'::regclass
                AND d.refobjid = (SELECT e.oid FROM pg_extension e WHERE e.extname = 'pgtap') LOOP
        EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO PUBLIC', f);
    END LOOP;
END
$$;
-- p_user NULL with service_role: the platform's server (claims without a user); with
-- authenticated: no claims at all.
CREATE FUNCTION pg_temp.as_user(p_user uuid, p_role text DEFAULT 'service_role')
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM set_config('role', p_role, true);
    PERFORM set_config('request.jwt.claims',
                       CASE WHEN p_user IS NOT NULL THEN json_build_object('role', p_role, 'sub', p_user)::text
                            WHEN p_role = 'service_role' THEN '{"role": "service_role"}'
                            ELSE '' END,
                       true);
END
$$;
-- The figures of a v5 result, and the same figures computed straight from the fixture.
CREATE FUNCTION pg_temp.figures(p_tenant uuid, p_days integer) RETURNS jsonb LANGUAGE sql AS $$
    SELECT jsonb_build_object('earned', a.economy -> 'earned', 'spent', a.economy -> 'spent', 'net', a.economy -> 'net',
                              'tx', a.economy -> 'transactionsCount', 'events', a.events -> 'total',
                              'awards', a.awards -> 'awardsCount', 'awarded', a.awards -> 'totalAmount',
                              'purchases', a.shop -> 'purchasesCount', 'shopSpent', a.shop -> 'totalSpent',
                              'bonus', a.campaigns -> 'bonusTotalAmount', 'automation', a.automations -> 'rewardTotalAmount')
      FROM public.admin_get_gamification_analytics_v5(p_tenant, p_days) a
$$;
CREATE FUNCTION pg_temp.raw(p_tenant uuid, p_days integer) RETURNS jsonb LANGUAGE sql SECURITY DEFINER AS $$
    WITH c AS (SELECT * FROM public.coin_transactions WHERE tenant_id = p_tenant AND created_at >= now() - make_interval(days => p_days)),
         w AS (SELECT * FROM public.gamification_admin_awards WHERE tenant_id = p_tenant AND created_at >= now() - make_interval(days => p_days))
    SELECT jsonb_build_object(
        'earned', (SELECT coalesce(sum(amount) FILTER (WHERE type = 'earn'), 0) FROM c),
        'spent', (SELECT coalesce(sum(amount) FILTER (WHERE type = 'spend'), 0) FROM c),
        'net', (SELECT coalesce(sum(CASE type WHEN 'earn' THEN amount ELSE -amount END), 0) FROM c),
        'tx', (SELECT count(*) FROM c),
        'events', (SELECT count(*) FROM public.gamification_events
                    WHERE tenant_id = p_tenant AND created_at >= now() - make_interval(days => p_days)),
        'awards', (SELECT count(*) FROM w),
        'awarded', (SELECT coalesce(sum(amount * recipient_count) FILTER (WHERE award_type = 'coins'), 0) FROM w),
        'purchases', (SELECT count(*) FROM c WHERE reason_code = 'shop_purchase'),
        'shopSpent', (SELECT coalesce(sum(amount) FILTER (WHERE reason_code = 'shop_purchase'), 0) FROM c),
        'bonus', (SELECT coalesce(sum(amount) FILTER (WHERE reason_code = 'campaign_bonus'), 0) FROM c),
        'automation', (SELECT coalesce(sum(amount) FILTER (WHERE reason_code = 'automation_rule'), 0) FROM c))
$$;
GRANT EXECUTE ON FUNCTION pg_temp.as_user(uuid, text), pg_temp.figures(uuid, integer), pg_temp.raw(uuid, integer) TO PUBLIC;

INSERT INTO tenants (id, name, slug) VALUES
    ('f0000000-0000-4000-8000-00000000000a', 'Tenant A', 'test-tenant-a'),
    ('f0000000-0000-4000-8000-00000000000b', 'Tenant B', 'test-tenant-b'),
    ('f0000000-0000-4000-8000-00000000000c', 'Tenant C', 'test-tenant-c');
INSERT INTO users (id, email, global_role) VALUES
    ('a0000000-0000-4000-8000-000000000001', 'sys@test.invalid', 'system_admin'),
    ('a0000000-0000-4000-8000-0000000000a1', 'admin-a@test.invalid', 'member'),
    ('a0000000-0000-4000-8000-0000000000e1', 'member-a1@test.invalid', 'member'),
    ('a0000000-0000-4000-8000-0000000000e2', 'member-a2@test.invalid', 'member'),
    ('a0000000-0000-4000-8000-0000000000b1', 'admin-b@test.invalid', 'member'),
    ('a0000000-0000-4000-8000-0000000000b2', 'member-b@test.invalid', 'member'),
    ('a0000000-0000-4000-8000-0000000000c1', 'member-c@test.invalid', 'member');
INSERT INTO user_tenant_memberships (user_id, tenant_id, role) VALUES
    ('a0000000-0000-4000-8000-0000000000a1', 'f0000000-0000-4000-8000-00000000000a', 'admin'),
    ('a0000000-0000-4000-8000-0000000000e1', 'f0000000-0000-4000-8000-00000000000a', 'member'),
    ('a0000000-0000-4000-8000-0000000000e2', 'f0000000-0000-4000-8000-00000000000a', 'member'),
    ('a0000000-0000-4000-8000-0000000000b1', 'f0000000-0000-4000-8000-00000000000b', 'admin'),
    ('a0000000-0000-4000-8000-0000000000b2', 'f0000000-0000-4000-8000-00000000000b', 'member'),
    ('a0000000-0000-4000-8000-0000000000c1', 'f0000000-0000-4000-8000-00000000000c', 'member');

-- Tenant A: a little of everything over 100 days; B: one big earning that must not leak into A.
INSERT INTO coin_transactions (user_id, tenant_id, type, amount, reason_code, metadata, created_at)
SELECT v.u::uuid, 'f0000000-0000-4000-8000-00000000000a', v.t, v.a, v.r, v.m::jsonb, now() - v.ago::interval
  FROM (VALUES
        ('a0000000-0000-4000-8000-0000000000e1', 'earn', 100, 'event_reward', '{}', '10 days'),
        ('a0000000-0000-4000-8000-0000000000e2', 'earn', 50, 'event_reward', '{}', '40 days'),
        ('a0000000-0000-4000-8000-0000000000e1', 'earn', 500, 'event_reward', '{}', '100 days'),
        ('a0000000-0000-4000-8000-0000000000e1', 'earn', 7, 'campaign_bonus', '{"campaignId": "camp-1", "campaignName": "Planeringsveckan"}', '5 days'),
        ('a0000000-0000-4000-8000-0000000000e2', 'earn', 5, 'campaign_bonus', '{"campaignId": "camp-1", "campaignName": "Planeringsveckan"}', '6 days'),
        ('a0000000-0000-4000-8000-0000000000e1', 'earn', 3, 'campaign_bonus', '{"campaignId": "camp-2", "campaignName": "Sommarlek"}', '7 days'),
        ('a0000000-0000-4000-8000-0000000000e1', 'earn', 4, 'automation_rule', '{"ruleId": "rule-1", "ruleName": "Genomförd lekplan"}', '3 days'),
        ('a0000000-0000-4000-8000-0000000000e1', 'spend', 30, 'shop_purchase', '{"shopItemId": "frame_gold", "category": "frames"}', '2 days'),
        ('a0000000-0000-4000-8000-0000000000e2', 'spend', 20, 'shop_purchase', '{"shopItemId": "frame_gold", "category": "frames"}', '2 days'),
        ('a0000000-0000-4000-8000-0000000000e1', 'spend', 10, 'burn', '{"sinkId": "sink_donation"}', '1 day'))
       AS v (u, t, a, r, m, ago);
INSERT INTO coin_transactions (user_id, tenant_id, type, amount, reason_code, created_at)
VALUES ('a0000000-0000-4000-8000-0000000000b2', 'f0000000-0000-4000-8000-00000000000b', 'earn', 1000, 'event_reward',
        now() - interval '3 days');
INSERT INTO gamification_events (tenant_id, actor_user_id, event_type, source, idempotency_key, created_at)
SELECT 'f0000000-0000-4000-8000-00000000000a', 'a0000000-0000-4000-8000-0000000000e1', v.t, 'play', 'test:an:' || v.n,
       now() - v.ago::interval
  FROM (VALUES (1, 'session_completed', '2 days'), (2, 'session_completed', '2 days'), (3, 'session_completed', '2 days'),
               (4, 'plan_created', '20 days'), (5, 'plan_created', '50 days')) AS v (n, t, ago);
INSERT INTO gamification_admin_awards (tenant_id, actor_user_id, award_type, amount, message, idempotency_key,
                                       recipient_count, created_at)
VALUES ('f0000000-0000-4000-8000-00000000000a', 'a0000000-0000-4000-8000-0000000000a1', 'coins', 25, 'Tack!', 'test:award:1',
        2, now() - interval '4 days'),
       ('f0000000-0000-4000-8000-00000000000a', 'a0000000-0000-4000-8000-0000000000a1', 'xp', 100, 'Bra!', 'test:award:2',
        1, now() - interval '4 days');

-- Shape and figures -----------------------------------------------------------------------
SELECT pg_temp.as_user('a0000000-0000-4000-8000-0000000000a1');
SELECT results_eq($$ SELECT tenant_id, window_days, since = now() - interval '30 days'
                       FROM admin_get_gamification_analytics_v5('f0000000-0000-4000-8000-00000000000a') $$,
                  $$ VALUES ('f0000000-0000-4000-8000-00000000000a'::uuid, 30, true) $$,
                  'one row: the tenant, the window (default 30 days) and its start');
SELECT is((SELECT ARRAY[(SELECT array_agg(k ORDER BY k) FROM jsonb_object_keys(economy) k)::text,
                        (SELECT array_agg(k ORDER BY k) FROM jsonb_object_keys(events) k)::text,
                        (SELECT array_agg(k ORDER BY k) FROM jsonb_object_keys(awards) k)::text,
                        (SELECT array_agg(k ORDER BY k) FROM jsonb_object_keys(shop) k)::text,
                        (SELECT array_agg(k ORDER BY k) FROM jsonb_object_keys(campaigns) k)::text,
                        (SELECT array_agg(k ORDER BY k) FROM jsonb_object_keys(automations) k)::text,
                        (SELECT array_agg(k ORDER BY k) FROM jsonb_object_keys(anomalies) k)::text]
             FROM admin_get_gamification_analytics_v5('f0000000-0000-4000-8000-00000000000a', 30)),
          ARRAY['{earned,net,spent,topEarners,transactionsCount,usedRollup}', '{topTypes,total}',
                '{awardsCount,byType,topActors,totalAmount}', '{purchasesCount,topItems,totalSpent}',
                '{bonusTotalAmount,topCampaigns}', '{rewardTotalAmount,topRules}', '{items}'],
          'Lekbanken''s keys (plus topEarners, byType and topActors)');
SELECT is(pg_temp.figures('f0000000-0000-4000-8000-00000000000a', 30),
          '{"earned": 119, "spent": 60, "net": 59, "tx": 8, "events": 4, "awards": 2, "awarded": 50, "purchases": 2,
            "shopSpent": 50, "bonus": 15, "automation": 4}'::jsonb,
          'the 30-day figures of the fixture (awards total = coins minted: 25 x 2 recipients)');
SELECT is(pg_temp.figures('f0000000-0000-4000-8000-00000000000a', 30), pg_temp.raw('f0000000-0000-4000-8000-00000000000a', 30),
          'and they equal the raw aggregates');
SELECT is(pg_temp.figures('f0000000-0000-4000-8000-00000000000a', 90), pg_temp.raw('f0000000-0000-4000-8000-00000000000a', 90),
          'so do the 90-day figures without a rollup');
SELECT is((SELECT campaigns -> 'topCampaigns' FROM admin_get_gamification_analytics_v5('f0000000-0000-4000-8000-00000000000a')),
          '[{"campaignId": "camp-1", "name": "Planeringsveckan", "count": 2, "totalAmount": 12},
            {"campaignId": "camp-2", "name": "Sommarlek", "count": 1, "totalAmount": 3}]'::jsonb,
          'top campaigns group by campaign (Lekbanken''s GROUP BY defect is fixed)');
SELECT is((SELECT automations -> 'topRules' FROM admin_get_gamification_analytics_v5('f0000000-0000-4000-8000-00000000000a')),
          '[{"ruleId": "rule-1", "name": "Genomförd lekplan", "count": 1, "totalAmount": 4}]'::jsonb, 'top rules');
SELECT is((SELECT shop -> 'topItems' FROM admin_get_gamification_analytics_v5('f0000000-0000-4000-8000-00000000000a')),
          '[{"shopItemId": "frame_gold", "name": "frame_gold", "category": "frames", "count": 2, "revenue": 50}]'::jsonb,
          'top shop items from the ledger''s purchases');
SELECT is((SELECT events -> 'topTypes' FROM admin_get_gamification_analytics_v5('f0000000-0000-4000-8000-00000000000a')),
          '[{"eventType": "session_completed", "count": 3}, {"eventType": "plan_created", "count": 1}]'::jsonb,
          'top event types');
SELECT is((SELECT economy -> 'topEarners' FROM admin_get_gamification_analytics_v5('f0000000-0000-4000-8000-00000000000a')),
          '[{"userId": "a0000000-0000-4000-8000-0000000000e1", "earned": 114},
            {"userId": "a0000000-0000-4000-8000-0000000000e2", "earned": 5}]'::jsonb, 'top earners');
SELECT is((SELECT awards -> 'byType' FROM admin_get_gamification_analytics_v5('f0000000-0000-4000-8000-00000000000a')),
          '[{"awardType": "coins", "count": 1, "recipientsCount": 2, "totalAmount": 50},
            {"awardType": "xp", "count": 1, "recipientsCount": 1, "totalAmount": 100}]'::jsonb, 'awards by type');
SELECT is((SELECT anomalies FROM admin_get_gamification_analytics_v5('f0000000-0000-4000-8000-00000000000a')),
          '{"items": []}'::jsonb, 'a quiet tenant has no anomalies');

-- Rollup -------------------------------------------------------------------------------------
SELECT is(refresh_gamification_daily_summaries_v1('f0000000-0000-4000-8000-00000000000a', 100), 100,
          'a refresh upserts one row per day');
SELECT is((SELECT economy -> 'usedRollup' FROM admin_get_gamification_analytics_v5('f0000000-0000-4000-8000-00000000000a', 90)),
          'true'::jsonb, 'a 90-day window uses the rollup when every full day is summarised');
SELECT is(pg_temp.figures('f0000000-0000-4000-8000-00000000000a', 90), pg_temp.raw('f0000000-0000-4000-8000-00000000000a', 90),
          'the rollup gives the same figures as the raw aggregates');
SELECT is((SELECT economy -> 'usedRollup' FROM admin_get_gamification_analytics_v5('f0000000-0000-4000-8000-00000000000a', 89)),
          'false'::jsonb, 'shorter windows always read the base tables');
RESET ROLE;
UPDATE gamification_daily_summaries SET earned = earned + 1000
 WHERE tenant_id = 'f0000000-0000-4000-8000-00000000000a' AND day = ((now() - interval '10 days') AT TIME ZONE 'UTC')::date;
SELECT pg_temp.as_user('a0000000-0000-4000-8000-0000000000a1');
SELECT is((SELECT (economy ->> 'earned')::bigint FROM admin_get_gamification_analytics_v5('f0000000-0000-4000-8000-00000000000a', 90)),
          (pg_temp.raw('f0000000-0000-4000-8000-00000000000a', 90) ->> 'earned')::bigint + 1000,
          'the full days really come from the rollup (a doctored row shows through)');
RESET ROLE;
UPDATE gamification_daily_summaries SET earned = earned - 1000, refreshed_at = day::timestamp AT TIME ZONE 'UTC'
 WHERE tenant_id = 'f0000000-0000-4000-8000-00000000000a' AND day = ((now() - interval '10 days') AT TIME ZONE 'UTC')::date;
SELECT pg_temp.as_user('a0000000-0000-4000-8000-0000000000a1');
SELECT is((SELECT economy -> 'usedRollup' FROM admin_get_gamification_analytics_v5('f0000000-0000-4000-8000-00000000000a', 90)),
          'false'::jsonb, 'a day summarised before it ended does not count, so the raw path is used');
SELECT is(pg_temp.figures('f0000000-0000-4000-8000-00000000000a', 90), pg_temp.raw('f0000000-0000-4000-8000-00000000000a', 90),
          'with the same figures');
RESET ROLE;
SELECT is((SELECT count(*)::int FROM tenant_audit_logs WHERE tenant_id = 'f0000000-0000-4000-8000-00000000000a'
              AND event_type = 'gamification.daily_summaries.refreshed'
              AND actor_user_id = 'a0000000-0000-4000-8000-0000000000a1'), 1, 'the refresh is audited');
SELECT pg_temp.as_user('a0000000-0000-4000-8000-0000000000e1', 'authenticated');
SELECT is((SELECT count(*)::int FROM gamification_daily_summaries), 0, 'members do not read the summaries');
SELECT pg_temp.as_user('a0000000-0000-4000-8000-0000000000a1', 'authenticated');
SELECT is((SELECT count(*)::int FROM gamification_daily_summaries), 100, 'the tenant''s admin does');

-- Validation and guards -------------------------------------------------------------------
SELECT pg_temp.as_user('a0000000-0000-4000-8000-0000000000a1');
SELECT throws_ok($$ SELECT refresh_gamification_daily_summaries_v1('f0000000-0000-4000-8000-00000000000a', 0) $$,
                 '22023', 'p_days must be between 1 and 3650', 'p_days below 1');
SELECT throws_ok($$ SELECT refresh_gamification_daily_summaries_v1('f0000000-0000-4000-8000-00000000000a', 3651) $$,
                 '22023', 'p_days must be between 1 and 3650', 'p_days above 3650');
SELECT throws_ok($$ SELECT * FROM admin_get_gamification_analytics_v5('f0000000-0000-4000-8000-00000000000a', 0) $$,
                 '22023', 'p_window_days must be between 1 and 365', 'p_window_days below 1');
SELECT throws_ok($$ SELECT * FROM admin_get_gamification_analytics_v5('f0000000-0000-4000-8000-00000000000a', 366) $$,
                 '22023', 'p_window_days must be between 1 and 365', 'p_window_days above 365');
SELECT pg_temp.as_user('a0000000-0000-4000-8000-0000000000e1');
SELECT throws_ok($$ SELECT * FROM admin_get_gamification_analytics_v5('f0000000-0000-4000-8000-00000000000a') $$,
                 '42501', NULL, 'a member may not read the analytics');
SELECT pg_temp.as_user('a0000000-0000-4000-8000-0000000000b1');
SELECT throws_ok($$ SELECT refresh_gamification_daily_summaries_v1('f0000000-0000-4000-8000-00000000000a') $$,
                 '42501', NULL, 'the admin of B may not refresh A');
SELECT pg_temp.as_user(NULL, 'authenticated');
SELECT throws_ok($$ SELECT * FROM admin_get_gamification_analytics_v5('f0000000-0000-4000-8000-00000000000a') $$,
                 '28000', NULL, 'a plain authenticated session without claims is refused (analytics)');
SELECT throws_ok($$ SELECT refresh_gamification_daily_summaries_v1('f0000000-0000-4000-8000-00000000000a') $$,
                 '28000', NULL, 'and refused (refresh)');
SELECT pg_temp.as_user(NULL);
SELECT is((SELECT window_days FROM admin_get_gamification_analytics_v5('f0000000-0000-4000-8000-00000000000b', 7)), 7,
          'the platform''s server (service, no user) may read any tenant');

-- Anomalies (tenant C) --------------------------------------------------------------------
RESET ROLE;
INSERT INTO coin_transactions (user_id, tenant_id, type, amount, reason_code, metadata, created_at)
SELECT 'a0000000-0000-4000-8000-0000000000c1', 'f0000000-0000-4000-8000-00000000000c', 'earn', v.a, v.r, v.m::jsonb,
       now() - v.ago::interval
  FROM (VALUES (100, 'event_reward', '{}', '1 day 1 hour'), (100, 'event_reward', '{}', '2 days 1 hour'),
               (100, 'event_reward', '{}', '3 days 1 hour'), (100, 'event_reward', '{}', '4 days 1 hour'),
               (100, 'event_reward', '{}', '5 days 1 hour'), (100, 'event_reward', '{}', '6 days 1 hour'),
               (1500, 'event_reward', '{}', '1 hour'),
               (700, 'automation_rule', '{"ruleId": "rule-x"}', '2 hours'),
               (100, 'automation_rule', '{"ruleId": "rule-y"}', '3 hours')) AS v (a, r, m, ago);
INSERT INTO gamification_admin_awards (tenant_id, actor_user_id, award_type, amount, message, idempotency_key,
                                       recipient_count, created_at)
VALUES ('f0000000-0000-4000-8000-00000000000c', 'a0000000-0000-4000-8000-000000000001', 'coins', 10, 'Small', 'test:award:c1',
        6, now() - interval '3 days'),
       ('f0000000-0000-4000-8000-00000000000c', 'a0000000-0000-4000-8000-000000000001', 'coins', 300, 'Big', 'test:award:c2',
        2, now() - interval '2 hours');
SELECT pg_temp.as_user('a0000000-0000-4000-8000-000000000001');
SELECT is((SELECT jsonb_agg(jsonb_build_array(i ->> 'code', i ->> 'severity'))
             FROM admin_get_gamification_analytics_v5('f0000000-0000-4000-8000-00000000000c') a,
                  jsonb_array_elements(a.anomalies -> 'items') i),
          '[["mint_spike_24h", "warn"], ["admin_awards_spike_24h", "warn"], ["automation_concentration", "info"]]'::jsonb,
          'a mint spike, an award spike and a dominant rule are flagged');
SELECT is((SELECT i - 'title' - 'details'
             FROM admin_get_gamification_analytics_v5('f0000000-0000-4000-8000-00000000000c') a,
                  jsonb_array_elements(a.anomalies -> 'items') i
            WHERE i ->> 'code' = 'mint_spike_24h'),
          '{"code": "mint_spike_24h", "severity": "warn", "last24h": 2300, "prev6dAvg": 100, "value": 2300,
            "threshold": 1000}'::jsonb,
          'with the last 24 hours, the prior daily average and the threshold');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
