-- The tenant audit log: every admin action writes exactly one row, replays write none, and the
-- hash chain finds an altered row, a removed row and a re-hashed row. Actions without a tenant
-- (global achievements, settings and ledger reversals) are audited in the system chain. Only a
-- tenant's admins, system admins and trusted sessions without a user may verify a tenant's chain.
\ir _setup.psql
\ir _fixture.psql

-- The actions, through the functions, in two tenants -----------------------------------------------
\o /dev/null
SELECT pg_temp.act_as(:admin_a);
CREATE TEMP TABLE award_a AS
SELECT * FROM admin_award_coins_v1(:tenant_a, NULL, ARRAY[:member_a1, :member_a2]::uuid[], 50, 'Quiz winners', 'au-award-a01');
SELECT * FROM admin_award_coins_v1(:tenant_a, NULL, ARRAY[:member_a1, :member_a2]::uuid[], 50, 'Quiz winners', 'au-award-a01');
SELECT * FROM admin_award_coins_v1(:tenant_a, NULL, ARRAY[:member_a1]::uuid[], 20, 'XP for the quiz', 'au-award-a02', 'xp');
SELECT * FROM admin_award_coins_v1(:tenant_a, NULL, ARRAY[:designer_a]::uuid[], 30, 'Design help', 'au-award-a03');
SELECT * FROM admin_request_award_coins_v1(:tenant_a, NULL, ARRAY[:member_a1]::uuid[], 800, 'Big prize', 'au-request-a01');
SELECT * FROM admin_request_award_coins_v1(:tenant_a, NULL, ARRAY[:member_a2]::uuid[], 900, 'Too big', 'au-request-a02');
SELECT * FROM admin_request_award_coins_v1(:tenant_a, NULL, ARRAY[:member_a2]::uuid[], 700, 'Changed my mind', 'au-request-a03');
SELECT dicedesk_cancel_award_request_v1((SELECT id FROM gamification_admin_award_requests
                                          WHERE idempotency_key = 'au-request-a03'), 'Withdrawn');
SELECT pg_temp.act_as(:sys1);
SELECT * FROM admin_decide_award_request_v1((SELECT id FROM gamification_admin_award_requests
                                              WHERE idempotency_key = 'au-request-a01'), NULL, 'approve', 'Fine');
SELECT * FROM admin_decide_award_request_v1((SELECT id FROM gamification_admin_award_requests
                                              WHERE idempotency_key = 'au-request-a01'), NULL, 'approve', 'Fine');
SELECT * FROM admin_decide_award_request_v1((SELECT id FROM gamification_admin_award_requests
                                              WHERE idempotency_key = 'au-request-a02'), NULL, 'reject', 'Too much');
SELECT dicedesk_set_award_settings_v1(:tenant_a, 400, 7);
SELECT pg_temp.act_as(:admin_a);
SELECT * FROM reverse_coin_transaction_v1((SELECT coin_transaction_id FROM award_a WHERE recipient_user_id = :member_a1),
                                          'Counted twice', 'au-reverse-a01');
SELECT * FROM reverse_coin_transaction_v1((SELECT coin_transaction_id FROM award_a WHERE recipient_user_id = :member_a1),
                                          'Counted twice', 'au-reverse-a01');
SELECT * FROM reverse_admin_award_v1((SELECT id FROM gamification_admin_awards WHERE idempotency_key = 'au-award-a03'),
                                     'Wrong person', 'au-reverse-a02');

SELECT pg_temp.act_as(:admin_b);
SELECT * FROM admin_award_coins_v1(:tenant_b, NULL, ARRAY[:member_b1]::uuid[], 10, 'Welcome', 'au-award-b01');
SELECT * FROM admin_award_coins_v1(:tenant_b, NULL, ARRAY[:member_b1]::uuid[], 12, 'Second', 'au-award-b02');
SELECT * FROM admin_request_award_coins_v1(:tenant_b, NULL, ARRAY[:member_b1]::uuid[], 600, 'Prize B', 'au-request-b01');
SELECT pg_temp.act_as(:sys2);
SELECT * FROM admin_decide_award_request_v1((SELECT id FROM gamification_admin_award_requests
                                              WHERE idempotency_key = 'au-request-b01'), NULL, 'approve', 'ok');
SELECT pg_temp.act_as(:admin_b);
SELECT * FROM reverse_coin_transaction_v1((SELECT id FROM coin_transactions WHERE idempotency_key LIKE 'au-award-b02:%'),
                                          'Mistake', 'au-reverse-b01');
SELECT pg_temp.act_as(:sys1);
SELECT * FROM admin_award_coins_v1(:tenant_b, NULL, ARRAY[:member_b1]::uuid[], 5, 'From the platform', 'au-award-b03');
-- Achievements (0013) and rollups (0015): tenant actions in the tenant chain, global ones in
-- the system chain.
SELECT pg_temp.act_as(:designer_a);
SELECT dicedesk_save_achievement_v1(jsonb_build_object('achievement_key', 'au-a-badge', 'name', 'Badge A',
                                                       'tenant_id', :tenant_a::text, 'status', 'active'), 'New badge');
SELECT tenant_award_achievement_v1(:tenant_a, (SELECT id FROM achievements WHERE achievement_key = 'au-a-badge'),
                                   ARRAY[:member_a1]::uuid[], 'Well done', 'au-achv-a01');
SELECT tenant_award_achievement_v1(:tenant_a, (SELECT id FROM achievements WHERE achievement_key = 'au-a-badge'),
                                   ARRAY[:member_a1]::uuid[], 'Well done', 'au-achv-a01');
SELECT pg_temp.act_as(:admin_b);
SELECT refresh_gamification_daily_summaries_v1(:tenant_b, 2);
SELECT pg_temp.act_as(:sys1);
SELECT dicedesk_save_achievement_v1(jsonb_build_object('achievement_key', 'au-global-badge', 'name', 'Global badge'),
                                    'New global badge');
SELECT dicedesk_set_achievement_status_v1(ARRAY[(SELECT id FROM achievements WHERE achievement_key = 'au-global-badge')],
                                          'active', 'Ready');
SELECT dicedesk_set_achievement_status_v1(ARRAY[(SELECT id FROM achievements WHERE achievement_key = 'au-global-badge')],
                                          'active', 'Ready');
-- Global actions (no tenant): settings, and a reversal of a tenant-less ledger entry.
SELECT dicedesk_set_award_settings_v1(NULL, 450, 14);
SELECT pg_temp.act_as_service();
SELECT * FROM apply_coin_transaction_v1(:member_a1, NULL, 'earn', 9, 'global_grant', 'au-global-0001');
SELECT pg_temp.act_as(:sys1);
SELECT * FROM reverse_coin_transaction_v1((SELECT id FROM coin_transactions WHERE idempotency_key = 'au-global-0001'),
                                          'Not deserved', 'au-reverse-g01');
SELECT pg_temp.back_to_superuser();
\o

-- What the actions should have written: one row per action, none per replay.
CREATE TEMP TABLE expected_audit (tenant uuid, event_type text, actor uuid, n bigint);
INSERT INTO expected_audit VALUES
    (:tenant_a, 'gamification.admin_award.coins',            :admin_a, 2),  -- a01 (its replay writes nothing), a03
    (:tenant_a, 'gamification.admin_award.xp',               :admin_a, 1),  -- a02
    (:tenant_a, 'gamification.admin_award_request.coins',    :admin_a, 3),  -- request a01, a02, a03
    (:tenant_a, 'gamification.admin_award_request.cancelled', :admin_a, 1), -- a03
    (:tenant_a, 'gamification.admin_award_request.approved', :sys1,    1),  -- a01 (the repeated decision writes nothing)
    (:tenant_a, 'gamification.admin_award_request.rejected', :sys1,    1),  -- a02
    (:tenant_a, 'gamification.settings.updated',             :sys1,    1),
    -- one single reversal (its replay writes nothing); a whole-award reversal writes one row
    -- that lists its entries (0018), not one per entry
    (:tenant_a, 'gamification.coin_transaction.reversed',    :admin_a, 1),
    (:tenant_a, 'gamification.admin_award.reversed',         :admin_a, 1),  -- a03, as a whole
    (:tenant_b, 'gamification.admin_award.coins',            :admin_b, 2),  -- b01, b02
    (:tenant_b, 'gamification.admin_award.coins',            :sys1,    1),  -- b03
    (:tenant_b, 'gamification.admin_award_request.coins',    :admin_b, 1),
    (:tenant_b, 'gamification.admin_award_request.approved', :sys2,    1),
    (:tenant_b, 'gamification.coin_transaction.reversed',    :admin_b, 1),
    (:tenant_a, 'gamification.achievement.created',          :designer_a, 1),
    (:tenant_a, 'gamification.admin_award.achievement',      :designer_a, 1),  -- its replay writes nothing
    (:tenant_b, 'gamification.daily_summaries.refreshed',    :admin_b, 1);
CREATE TEMP TABLE expected_system_audit (event_type text, actor uuid, n bigint);
INSERT INTO expected_system_audit VALUES
    ('gamification.achievement.created',        :sys1, 1),
    ('gamification.achievement.status_changed', :sys1, 1),   -- the repeated status change writes nothing
    ('gamification.settings.updated',           :sys1, 1),   -- the global settings (0017)
    ('gamification.coin_transaction.reversed',  :sys1, 1);   -- the global ledger entry's reversal (0017)

SELECT plan(26);

SELECT set_eq($$SELECT tenant_id, event_type, actor_user_id, count(*) FROM tenant_audit_logs GROUP BY 1, 2, 3$$,
              $$SELECT tenant, event_type, actor, n FROM expected_audit$$,
              'every admin action wrote exactly one audit row, by its actor, in its tenant; replays wrote none');
SELECT set_eq($$SELECT event_type, actor_user_id, count(*) FROM system_audit_logs GROUP BY 1, 2$$,
              $$SELECT event_type, actor, n FROM expected_system_audit$$,
              'every global action (achievements, settings, a ledger reversal) wrote exactly one row in the system chain');
SELECT is((SELECT count(*) FROM system_audit_logs
            WHERE event_type = 'gamification.settings.updated' AND actor_user_id = :sys1
              AND payload ->> 'award_approval_threshold' = '450' AND payload ->> 'award_request_expiry_days' = '14'
              AND payload -> 'tenant_id' = 'null'::jsonb), 1::bigint,
          'changing the global award settings is audited in the system chain, with the new values');
SELECT is((SELECT count(*) FROM system_audit_logs
            WHERE event_type = 'gamification.coin_transaction.reversed' AND actor_user_id = :sys1
              AND payload ->> 'reason' = 'Not deserved'
              AND payload ->> 'transaction_id' = (SELECT id::text FROM coin_transactions WHERE idempotency_key = 'au-global-0001')
              AND payload ->> 'reversal_id' = (SELECT id::text FROM coin_transactions WHERE reversal_of =
                                                 (SELECT id FROM coin_transactions WHERE idempotency_key = 'au-global-0001'))),
          1::bigint, 'reversing a global ledger entry is audited in the system chain, naming the entry and its reversal');
SELECT is_empty($$SELECT tenant_id FROM tenant_audit_logs GROUP BY tenant_id
                   HAVING min(chain_seq) <> 1 OR max(chain_seq) <> count(*)$$,
                'each tenant''s chain is numbered 1..n without gaps');
SELECT is((SELECT count(*) FROM tenant_audit_logs WHERE chain_seq = 1 AND prev_hash IS NULL), 2::bigint,
          'each chain starts without a previous hash');
SELECT is((SELECT payload ->> 'award_id' FROM tenant_audit_logs WHERE event_type = 'gamification.admin_award.xp'),
          (SELECT id::text FROM gamification_admin_awards WHERE idempotency_key = 'au-award-a02'),
          'the payload names the award');
-- (As the superuser, through the unguarded worker that only the owner may execute.)
SELECT is_empty($$SELECT * FROM dicedesk_verify_tenant_audit_chain_rows('aaaaaaaa-0000-4000-8000-0000000000a1')$$,
                'tenant A''s chain verifies');
SELECT is_empty($$SELECT * FROM dicedesk_verify_tenant_audit_chain_rows('bbbbbbbb-0000-4000-8000-0000000000b1')$$,
                'tenant B''s chain verifies');
CREATE TEMP TABLE system_verified (phase text, chain_seq bigint, audit_id uuid, problem text);
GRANT INSERT ON system_verified TO PUBLIC;
SELECT pg_temp.act_as(:sys2);
INSERT INTO system_verified SELECT 'before', * FROM verify_system_audit_chain();
SELECT pg_temp.back_to_superuser();
SELECT is((SELECT count(*) FROM system_verified WHERE phase = 'before'), 0::bigint, 'the system chain verifies');

-- Tampering, as the superuser with the guard switched off ------------------------------------------------
CREATE TEMP TABLE victims AS
SELECT 'altered'::text AS what, id, chain_seq FROM tenant_audit_logs WHERE tenant_id = :tenant_a AND chain_seq = 4
UNION ALL
SELECT 'rehashed', id, chain_seq FROM tenant_audit_logs WHERE tenant_id = :tenant_a AND chain_seq = 9
UNION ALL
SELECT 'after rehashed', id, chain_seq FROM tenant_audit_logs WHERE tenant_id = :tenant_a AND chain_seq = 10
UNION ALL
SELECT 'removed', id, chain_seq FROM tenant_audit_logs WHERE tenant_id = :tenant_b AND chain_seq = 3
UNION ALL
SELECT 'after removed', id, chain_seq FROM tenant_audit_logs WHERE tenant_id = :tenant_b AND chain_seq = 4;
SELECT is((SELECT count(*) FROM victims), 5::bigint, 'the chains are long enough to tamper in the middle');

ALTER TABLE tenant_audit_logs DISABLE TRIGGER append_only_row;
-- 1. An altered payload (the amount of an award).
UPDATE tenant_audit_logs SET payload = jsonb_set(payload, '{amount}', '5000')
 WHERE id = (SELECT id FROM victims WHERE what = 'altered');
-- 2. An altered row whose own hash is recomputed: the next row's link breaks.
UPDATE tenant_audit_logs a SET payload = jsonb_set(payload, '{reason}', '"rewritten"')
 WHERE id = (SELECT id FROM victims WHERE what = 'rehashed');
UPDATE tenant_audit_logs a SET row_hash = tenant_audit_row_hash(a.prev_hash, a)
 WHERE id = (SELECT id FROM victims WHERE what = 'rehashed');
-- 3. A removed row in the middle of tenant B's chain.
DELETE FROM tenant_audit_logs WHERE id = (SELECT id FROM victims WHERE what = 'removed');
ALTER TABLE tenant_audit_logs ENABLE ALWAYS TRIGGER append_only_row;
-- 4. An altered actor in the system chain.
ALTER TABLE system_audit_logs DISABLE TRIGGER append_only_row;
UPDATE system_audit_logs SET actor_user_id = :sys2 WHERE chain_seq = 1;
ALTER TABLE system_audit_logs ENABLE ALWAYS TRIGGER append_only_row;
SELECT pg_temp.act_as(:sys2);
INSERT INTO system_verified SELECT 'after', * FROM verify_system_audit_chain();
SELECT pg_temp.back_to_superuser();

SELECT is((SELECT string_agg(tgrelid::regclass::text || '=' || tgenabled::text, ',' ORDER BY tgrelid::regclass::text)
             FROM pg_trigger WHERE tgrelid IN ('tenant_audit_logs'::regclass, 'system_audit_logs'::regclass)
              AND tgname = 'append_only_row'),
          'system_audit_logs=A,tenant_audit_logs=A', 'the guards are back on, ENABLE ALWAYS');
SELECT throws_ok($$DELETE FROM tenant_audit_logs$$, '42501', NULL, 'and refuses again');
SELECT results_eq($$SELECT chain_seq, audit_id, problem FROM dicedesk_verify_tenant_audit_chain_rows('aaaaaaaa-0000-4000-8000-0000000000a1')$$,
                  $$SELECT v.chain_seq, v.id, p.problem FROM victims v
                      JOIN (VALUES ('altered', 'row hash does not match its content'),
                                   ('after rehashed', 'previous hash does not match')) AS p (what, problem)
                        ON p.what = v.what ORDER BY v.chain_seq$$,
                  'tenant A: exactly the altered row, and the row after the re-hashed one');
SELECT results_eq($$SELECT chain_seq, audit_id, problem FROM dicedesk_verify_tenant_audit_chain_rows('bbbbbbbb-0000-4000-8000-0000000000b1')$$,
                  $$SELECT chain_seq, id, 'gap before this row' FROM victims WHERE what = 'after removed'$$,
                  'tenant B: exactly the gap where a row was removed');

SELECT results_eq($$SELECT chain_seq, problem FROM system_verified WHERE phase = 'after'$$,
                  $$VALUES (1::bigint, 'row hash does not match its content')$$,
                  'the system chain: exactly the row whose actor was altered');

-- Who may verify (0017: definer behind a guard) -----------------------------------------------------------------
-- As authenticated with a user's claims (the way PostgREST calls): tenant admins of the tenant and
-- system admins; everybody else is refused (42501) instead of being told "intact" about rows that
-- row-level security hides from them.
CREATE TEMP TABLE verified (who text, n bigint);
GRANT INSERT ON verified TO PUBLIC;
CREATE FUNCTION pg_temp.as_authenticated(p_user uuid) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM set_config('request.jwt.claims', json_build_object('role', 'authenticated', 'sub', p_user)::text, true);
    SET LOCAL ROLE authenticated;
END $$;
GRANT EXECUTE ON FUNCTION pg_temp.as_authenticated(uuid) TO PUBLIC;
SELECT pg_temp.as_authenticated(:admin_a);
INSERT INTO verified SELECT 'admin A on A', count(*) FROM verify_tenant_audit_chain(:tenant_a);
SELECT throws_ok($$SELECT * FROM verify_tenant_audit_chain('bbbbbbbb-0000-4000-8000-0000000000b1')$$, '42501', NULL,
                 'a tenant admin of A cannot verify (and be told "intact" about) tenant B''s broken chain');
SELECT pg_temp.back_to_superuser();
SELECT is((SELECT n FROM verified WHERE who = 'admin A on A'), 2::bigint,
          'a tenant admin verifying their own tenant sees both broken rows');
SELECT pg_temp.as_authenticated(:sys2);
INSERT INTO verified SELECT 'sys2 on B', count(*) FROM verify_tenant_audit_chain(:tenant_b);
SELECT pg_temp.back_to_superuser();
SELECT is((SELECT n FROM verified WHERE who = 'sys2 on B'), 1::bigint,
          'a system admin verifies any tenant (sys2 finds the gap in tenant B)');
SELECT pg_temp.act_as_service();
INSERT INTO verified SELECT 'service on B', count(*) FROM verify_tenant_audit_chain(:tenant_b);
SELECT pg_temp.back_to_superuser();
SELECT is((SELECT n FROM verified WHERE who = 'service on B'), 1::bigint,
          'the platform''s server (a trusted service session without a user) verifies any tenant');
SELECT pg_temp.as_authenticated(:member_a1);
SELECT throws_ok($$SELECT * FROM verify_tenant_audit_chain('aaaaaaaa-0000-4000-8000-0000000000a1')$$, '42501', NULL,
                 'a member of A cannot verify A''s chain');
SELECT pg_temp.as_authenticated(:designer_a);
SELECT throws_ok($$SELECT * FROM verify_tenant_audit_chain('aaaaaaaa-0000-4000-8000-0000000000a1')$$, '42501', NULL,
                 'an editor of A cannot verify A''s chain (owners and admins only)');
SELECT pg_temp.as_authenticated(:admin_b);
SELECT throws_ok($$SELECT * FROM verify_tenant_audit_chain('aaaaaaaa-0000-4000-8000-0000000000a1')$$, '42501', NULL,
                 'a tenant admin of B cannot verify A''s chain');
SELECT pg_temp.back_to_superuser();
-- An untrusted session without a user: a personal login with no mapping (its forged claims are ignored).
CREATE ROLE pl_audit_unmapped LOGIN IN ROLE dicedesk_personal_login;
SET LOCAL SESSION AUTHORIZATION pl_audit_unmapped;
SELECT set_config('request.jwt.claims', json_build_object('role', 'service_role', 'sub', '00000000-0000-4000-8000-000000000001')::text, true) \g /dev/null
SELECT throws_ok($$SELECT * FROM verify_tenant_audit_chain('aaaaaaaa-0000-4000-8000-0000000000a1')$$, '28000', NULL,
                 'an untrusted session without a user (an unmapped personal login with forged claims) is not authenticated');
RESET SESSION AUTHORIZATION;
SELECT pg_temp.back_to_superuser();

-- The unguarded worker behind verify_tenant_audit_chain() is not executable by callers.
SELECT pg_temp.as_authenticated(:admin_a);
SELECT throws_ok($$SELECT * FROM dicedesk_verify_tenant_audit_chain_rows('bbbbbbbb-0000-4000-8000-0000000000b1')$$,
                 '42501', NULL,
                 'a tenant admin of A cannot reach tenant B''s chain through the internal dicedesk_verify_tenant_audit_chain_rows()');
SELECT pg_temp.back_to_superuser();
-- Still open (TODO): the chain is anchored only in the table itself: whoever may remove rows (here the superuser, with the
--    guard switched off) can remove the newest ones and leave a shorter chain that verifies. Detecting it
--    needs the head (last chain_seq and row_hash) recorded outside the table, e.g. in exported checkpoints.
ALTER TABLE tenant_audit_logs DISABLE TRIGGER append_only_row;
DELETE FROM tenant_audit_logs
 WHERE tenant_id = :tenant_a AND chain_seq = (SELECT max(chain_seq) FROM tenant_audit_logs WHERE tenant_id = :tenant_a);
ALTER TABLE tenant_audit_logs ENABLE ALWAYS TRIGGER append_only_row;
SELECT todo('the chain has no anchor outside the table: removing its newest rows leaves no trace', 1);
SELECT is((SELECT count(*) FROM dicedesk_verify_tenant_audit_chain_rows(:tenant_a)), 3::bigint,
          'removing the newest row of a chain is detected');

SELECT * FROM finish();
ROLLBACK;
