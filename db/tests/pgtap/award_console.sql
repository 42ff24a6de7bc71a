-- What 0020 adds for the award console: reading the approval settings, the member reads (who
-- may list whom, literal prefixes, visibility as under RLS), the "replayed" flag of
-- dicedesk_award_v1 on both paths (with the same rows, audit events and errors as before), the
-- recipient check's errors, the award named in a single-entry reversal's audit row, actor names
-- behind RLS, and the member search indexes.
\ir _setup.psql
\ir _fixture.psql
SELECT plan(58);

CREATE FUNCTION pg_temp.plan_of(p_sql text) RETURNS TABLE (line text) LANGUAGE plpgsql AS $$
BEGIN
    RETURN QUERY EXECUTE 'EXPLAIN (COSTS OFF) ' || p_sql;
END $$;

-- 1. dicedesk_award_settings_v1 ---------------------------------------------------------------
SELECT pg_temp.act_as(:admin_a);
SELECT results_eq(format('SELECT award_approval_threshold, award_request_expiry_days, tenant_override '
                         'FROM dicedesk_award_settings_v1(%L)', :tenant_a),
                  $$VALUES (500, 14, false)$$, 'a tenant admin reads the global settings in force');
SELECT pg_temp.act_as(:sys1);
SELECT dicedesk_set_award_settings_v1(:tenant_a, 900, 3);
SELECT pg_temp.act_as(:member_a1);
SELECT results_eq(format('SELECT award_approval_threshold, award_request_expiry_days, tenant_override '
                         'FROM dicedesk_award_settings_v1(%L)', :tenant_a),
                  $$VALUES (900, 3, true)$$, 'a member reads the tenant''s own settings');
SELECT results_eq('SELECT award_approval_threshold FROM dicedesk_award_settings_v1(NULL)',
                  $$VALUES (500)$$, 'NULL asks for the global settings');
SELECT throws_ok(format('SELECT * FROM dicedesk_award_settings_v1(%L)', :tenant_b), '42501', NULL,
                 'another tenant''s settings are refused');
SELECT pg_temp.act_as(:outsider);
SELECT throws_ok(format('SELECT * FROM dicedesk_award_settings_v1(%L)', :tenant_a), '42501', NULL,
                 'someone of no tenant reads no tenant''s settings');
SELECT lives_ok('SELECT * FROM dicedesk_award_settings_v1(NULL)', 'but the global ones');
SELECT pg_temp.act_as(:sys2);
SELECT results_eq(format('SELECT award_approval_threshold FROM dicedesk_award_settings_v1(%L)', :tenant_b),
                  $$VALUES (500)$$, 'a system admin reads any tenant''s');
SELECT pg_temp.act_without_claims();
SELECT throws_ok('SELECT * FROM dicedesk_award_settings_v1(NULL)', '28000', NULL, 'without claims: refused');
SELECT pg_temp.act_as(:sys1);
SELECT dicedesk_set_award_settings_v1(:tenant_a, 500, 14);

-- 2. Member reads ------------------------------------------------------------------------------------
SELECT pg_temp.act_as(:admin_a);
SELECT results_eq(format($$SELECT user_id FROM dicedesk_search_members_v1(%L, 'member a')$$, :tenant_a),
                  format($$VALUES (%L::uuid), (%L::uuid)$$, :member_a1, :member_a2), 'a name prefix, by name');
SELECT results_eq(format($$SELECT user_id FROM dicedesk_search_members_v1(%L, 'a1')$$, :tenant_a),
                  format($$VALUES (%L::uuid)$$, :member_a1), 'the second word of a name');
SELECT results_eq(format($$SELECT user_id, coin_balance FROM dicedesk_search_members_v1(%L, 'MEMBER2.A@')$$, :tenant_a),
                  format($$VALUES (%L::uuid, 0)$$, :member_a2), 'an e-mail prefix in any case, with the balance');
SELECT is_empty(format($$SELECT * FROM dicedesk_search_members_v1(%L, '%%')$$, :tenant_a), 'a % is a percent sign');
SELECT is_empty(format($$SELECT * FROM dicedesk_search_members_v1(%L, 'm_mber')$$, :tenant_a), 'an _ is an underscore');
SELECT is((SELECT count(*) FROM dicedesk_search_members_v1(:tenant_a, 'member', 1)), 1::bigint, 'the limit holds');
SELECT is_empty(format($$SELECT * FROM dicedesk_search_members_v1(%L, 'member b')$$, :tenant_a),
                'another tenant''s members are not found');
SELECT pg_temp.act_as(:designer_a);
SELECT lives_ok(format($$SELECT * FROM dicedesk_search_members_v1(%L, 'm')$$, :tenant_a), 'an editor may search');
SELECT pg_temp.act_as(:member_a1);
SELECT throws_ok(format($$SELECT * FROM dicedesk_search_members_v1(%L, 'm')$$, :tenant_a), '42501', NULL,
                 'a member may not');
SELECT pg_temp.act_as(:admin_b);
SELECT throws_ok(format($$SELECT * FROM dicedesk_search_members_v1(%L, 'm')$$, :tenant_a), '42501', NULL,
                 'nor another tenant''s admin');
SELECT throws_ok(format($$SELECT * FROM dicedesk_active_members_v1(%L)$$, :tenant_a), '42501', NULL,
                 'who may not list them either');
SELECT pg_temp.act_without_claims();
SELECT throws_ok(format($$SELECT * FROM dicedesk_search_members_v1(%L, 'm')$$, :tenant_a), '28000', NULL,
                 'without claims: refused');
SELECT pg_temp.act_as_service();
SELECT lives_ok(format($$SELECT * FROM dicedesk_search_members_v1(%L, 'm')$$, :tenant_a), 'the platform''s server may');
SELECT pg_temp.act_as(:admin_a);
SELECT results_eq(format($$SELECT full_name FROM dicedesk_active_members_v1(%L)$$, :tenant_a),
                  $$VALUES ('Admin A'), ('Designer A'), ('Member A1'), ('Member A2')$$, 'every active member, by name');
SELECT results_eq(format($$SELECT ord, user_id, is_member FROM dicedesk_resolve_recipients_v1(%L, ARRAY[%L, NULL, NULL, %L]::uuid[],
                                   ARRAY[NULL, 'MEMBER2.A@T.TEST', 'nobody@t.test', NULL])$$, :tenant_a, :member_a1, :member_b1),
                  format($$VALUES (1::bigint, %L::uuid, true), (2, %L::uuid, true), (3, NULL::uuid, false), (4, NULL::uuid, false)$$,
                         :member_a1, :member_a2),
                  'a list in order; another tenant''s member is not shown to this admin');
SELECT pg_temp.act_as(:sys1);
SELECT results_eq(format($$SELECT ord, user_id, is_member FROM dicedesk_resolve_recipients_v1(%L, ARRAY[%L]::uuid[], ARRAY[NULL])$$,
                         :tenant_a, :member_b1),
                  format($$VALUES (1::bigint, %L::uuid, false)$$, :member_b1), 'a system admin sees a non-member');
SELECT throws_ok(format($$SELECT * FROM dicedesk_resolve_recipients_v1(%L, NULL, %L::text[])$$, :tenant_a,
                        (SELECT array_agg('x' || i) FROM generate_series(1, 10001) i)), '54000', NULL,
                 'at most 10,000 entries');

-- 3. dicedesk_award_v1: "replayed" on both paths -----------------------------------------------
SELECT pg_temp.act_as(:admin_a);
CREATE TEMP TABLE calls (n int, r jsonb);
INSERT INTO calls SELECT 1, dicedesk_award_v1(:tenant_a, ARRAY[:member_a1, :member_a2]::uuid[], 'coins', 20, 'Paid now', 'dd-console-0001');
INSERT INTO calls SELECT 2, dicedesk_award_v1(:tenant_a, ARRAY[:member_a2, :member_a1]::uuid[], 'coins', 20, 'Paid now', 'dd-console-0001');
INSERT INTO calls SELECT 3, dicedesk_award_v1(:tenant_a, ARRAY[:member_a1]::uuid[], 'coins', 600, 'Needs approval', 'dd-console-0002');
INSERT INTO calls SELECT 4, dicedesk_award_v1(:tenant_a, ARRAY[:member_a1]::uuid[], 'coins', 600, 'Needs approval', 'dd-console-0002');
SELECT throws_ok(format($$SELECT dicedesk_award_v1(%L, ARRAY[%L]::uuid[], 'coins', 601, 'Needs approval', 'dd-console-0002')$$,
                        :tenant_a, :member_a1), 'DD409', NULL, 'a request key with another payload is refused');
SELECT throws_ok(format($$SELECT dicedesk_award_v1(%L, ARRAY[%L]::uuid[], 'coins', 21, 'Paid now', 'dd-console-0001')$$,
                        :tenant_a, :member_a1), 'DD409', NULL, 'an award key with another payload is refused');
SELECT pg_temp.act_as(:sys1);
SELECT dicedesk_set_award_settings_v1(:tenant_a, 5000, 14);
SELECT pg_temp.act_as(:admin_a);
-- Now under the threshold, but the key filed a request: it still replays the request.
INSERT INTO calls SELECT 5, dicedesk_award_v1(:tenant_a, ARRAY[:member_a1]::uuid[], 'coins', 600, 'Needs approval', 'dd-console-0002');
SELECT pg_temp.act_as(:sys1);
SELECT dicedesk_set_award_settings_v1(:tenant_a, 500, 14);
INSERT INTO calls SELECT 6, dicedesk_award_v1(:tenant_a, ARRAY[:member_a1]::uuid[], 'coins', 600, 'System admins pay', 'dd-console-0003');
SELECT pg_temp.back_to_superuser();
SELECT results_eq('SELECT n, r ->> ''outcome'', (r ->> ''replayed'')::boolean FROM calls ORDER BY n',
                  $$VALUES (1, 'paid', false), (2, 'paid', true), (3, 'pending', false), (4, 'pending', true),
                           (5, 'pending', true), (6, 'paid', false)$$,
                  'outcomes and replay flags');
SELECT is((SELECT count(DISTINCT r ->> 'award_id') FROM calls WHERE n IN (1, 2)), 1::bigint, 'a replay names the same award');
SELECT is((SELECT count(DISTINCT r ->> 'request_id') FROM calls WHERE n IN (3, 4, 5)), 1::bigint,
          'and the same request');
SELECT is((SELECT (r ->> 'recipient_count')::int FROM calls WHERE n = 2), 2, 'recipients counted once each');
SELECT is((SELECT r ->> 'status' FROM calls WHERE n = 4), 'pending', 'a replayed request says its status');
SELECT is((SELECT count(*) FROM gamification_admin_awards WHERE idempotency_key = 'dd-console-0001'), 1::bigint, 'one award');
SELECT is((SELECT count(*) FROM coin_transactions WHERE idempotency_key LIKE 'dd-console-0001:%'), 2::bigint,
          'two ledger entries, keyed <key>:<user>');
SELECT is((SELECT count(*) FROM gamification_admin_award_requests WHERE idempotency_key = 'dd-console-0002'), 1::bigint,
          'one request');
SELECT is((SELECT count(*) FROM gamification_admin_award_request_recipients rr
             JOIN gamification_admin_award_requests r ON r.id = rr.request_id
            WHERE r.idempotency_key = 'dd-console-0002'), 1::bigint, 'with its recipient');
SELECT results_eq($$SELECT event_type, actor_user_id, (payload ->> 'total')::bigint FROM tenant_audit_logs
                    WHERE payload ->> 'idempotency_key' LIKE 'dd-console-%' ORDER BY chain_seq$$,
                  format($$VALUES ('gamification.admin_award.coins', %L::uuid, 40::bigint),
                                  ('gamification.admin_award_request.coins', %L::uuid, 600::bigint),
                                  ('gamification.admin_award.coins', %L::uuid, 600::bigint)$$,
                         :admin_a, :admin_a, :sys1),
                  'one audit row per action, none for replays');
SELECT is((SELECT expires_at > now() + interval '13 days' FROM gamification_admin_award_requests
            WHERE idempotency_key = 'dd-console-0002'), true, 'the request expires after the configured days');
SELECT is((SELECT balance FROM user_coins WHERE user_id = :member_a2 AND tenant_id = :tenant_a), 20,
          'the paid award paid once');

-- Achievements never need approval; bad input keeps its SQLSTATEs.
SELECT pg_temp.act_as(:admin_a);
SELECT throws_ok(format($$SELECT dicedesk_award_v1(%L, ARRAY[%L]::uuid[], 'coins', 5, 'x', 'dd-console-0010')$$,
                        :tenant_a, :member_b1), '22023', NULL, 'a member of another tenant is refused');
SELECT throws_ok(format($$SELECT dicedesk_award_v1(%L, ARRAY[%L, %L]::uuid[], 'coins', 5, 'x', 'dd-console-0011')$$,
                        :tenant_a, :member_b1, '99999999-0000-4000-8000-000000000099'), 'P0002', NULL,
                 'an unknown user is named before a non-member');
SELECT throws_ok(format($$SELECT dicedesk_award_v1(%L, ARRAY[%L]::uuid[], 'coins', 5, 'x', 'dd-console-0012')$$,
                        :tenant_a, :outsider), '22023', 'users are not active members of this tenant: ' || :outsider,
                 'the non-member is named');
SELECT throws_ok(format($$SELECT dicedesk_award_v1(%L, '{}'::uuid[], 'coins', 5, 'x', 'dd-console-0013')$$, :tenant_a),
                 '22023', NULL, 'no recipients');
SELECT throws_ok(format($$SELECT dicedesk_award_v1(%L, ARRAY[%L]::uuid[], 'coins', 5, 'x', 'award-request:x1')$$,
                        :tenant_a, :member_a1), '22023', NULL, 'the approval key prefix stays reserved');
SELECT throws_ok(format($$SELECT dicedesk_award_v1(%L, ARRAY[%L]::uuid[], 'coins', 5, 'x', 'dd-console-0014')$$,
                        :tenant_b, :member_b1), '42501', NULL, 'another tenant: not allowed');
SELECT pg_temp.act_as(:member_a1);
SELECT throws_ok(format($$SELECT dicedesk_award_v1(%L, ARRAY[%L]::uuid[], 'coins', 5, 'x', 'dd-console-0015')$$,
                        :tenant_a, :member_a2), '42501', NULL, 'a member cannot award');

-- 4. A single entry's reversal names its award ---------------------------------------------------
SELECT pg_temp.act_as(:admin_a);
SELECT * FROM reverse_coin_transaction_v1(
    (SELECT id FROM coin_transactions WHERE idempotency_key = 'dd-console-0001:' || :member_a1),
    'Wrong member', 'dd-console-rev-0001');
SELECT pg_temp.back_to_superuser();
SELECT results_eq($$SELECT payload ->> 'award_id', payload ->> 'transaction_id', actor_user_id FROM tenant_audit_logs
                    WHERE event_type = 'gamification.coin_transaction.reversed'$$,
                  format($$SELECT a.id::text, c.id::text, %L::uuid FROM gamification_admin_awards a
                            JOIN coin_transactions c ON c.idempotency_key = 'dd-console-0001:' || %L
                           WHERE a.idempotency_key = 'dd-console-0001'$$, :admin_a, :member_a1),
                  'the audit row links the entry and its award');
SELECT is((SELECT count(*) FROM coin_transactions WHERE reversal_of =
             (SELECT id FROM coin_transactions WHERE idempotency_key = 'dd-console-0001:' || :member_a1)),
          1::bigint, 'the reversal entry links the original');
-- An entry that is no award's: no award_id in its audit row.
INSERT INTO coin_transactions (id, user_id, tenant_id, type, amount, reason_code)
VALUES ('c0ffee00-0000-4000-8000-0000000000c1', :member_a2, :tenant_a, 'earn', 5, 'event_reward');
UPDATE user_coins SET balance = balance + 5, total_earned = total_earned + 5
 WHERE user_id = :member_a2 AND tenant_id = :tenant_a;
SELECT pg_temp.act_as(:admin_a);
SELECT * FROM reverse_coin_transaction_v1('c0ffee00-0000-4000-8000-0000000000c1', 'Test', 'dd-console-rev-0002');
SELECT pg_temp.back_to_superuser();
SELECT ok((SELECT NOT payload ? 'award_id' FROM tenant_audit_logs
            WHERE payload ->> 'transaction_id' = 'c0ffee00-0000-4000-8000-0000000000c1'), 'no award, no award_id');

-- 5. dicedesk_actor_name_v1 -----------------------------------------------------------------------
SELECT pg_temp.act_as(:admin_a);
SELECT is(dicedesk_actor_name_v1(:sys1), 'Sys One', 'a tenant admin learns a system admin''s name');
SELECT is(dicedesk_actor_name_v1(:member_a1), 'Member A1', 'and a member''s of the tenant');
SELECT is(dicedesk_actor_name_v1(:member_b1), NULL, 'but not another tenant''s member');
SELECT is(dicedesk_actor_name_v1(:outsider), NULL, 'nor someone of no tenant');
SELECT is(dicedesk_actor_name_v1(gen_random_uuid()), NULL, 'an unknown id: nothing');
SELECT pg_temp.act_as(:sys2);
SELECT is(dicedesk_actor_name_v1(:outsider), 'Outsider', 'a system admin learns anybody''s');
SELECT pg_temp.act_without_claims();
SELECT is(dicedesk_actor_name_v1(:sys1), NULL, 'without claims: nothing');

-- 2 (indexes). The member search finds and orders through the "C" prefix indexes ------------------
SELECT pg_temp.back_to_superuser();
SET LOCAL enable_seqscan = off;
SET LOCAL enable_bitmapscan = off;
SELECT ok(EXISTS (SELECT 1 FROM (SELECT * FROM pg_temp.plan_of(
              $$SELECT id FROM users WHERE lower(full_name) COLLATE "C" LIKE 'mem%' ORDER BY lower(full_name) COLLATE "C" LIMIT 5$$)) p
           WHERE p.line LIKE '%users_name_sort_idx%')
          AND NOT EXISTS (SELECT 1 FROM pg_temp.plan_of(
              $$SELECT id FROM users WHERE lower(full_name) COLLATE "C" LIKE 'mem%' ORDER BY lower(full_name) COLLATE "C" LIMIT 5$$) p
           WHERE p.line LIKE '%Sort%'),
          'a name prefix is one ordered index range (no sort)');
SELECT ok(EXISTS (SELECT 1 FROM pg_temp.plan_of(
              $$SELECT id FROM users WHERE lower(split_part(full_name, ' ', 2)) COLLATE "C" LIKE 'a1%'
                 ORDER BY lower(split_part(full_name, ' ', 2)) COLLATE "C" LIMIT 5$$) p
           WHERE p.line LIKE '%users_name_word2_idx%'), 'so is a second word');

SELECT * FROM finish();
ROLLBACK;
