-- What the platform's service role may not do directly, the approval settings' safe default,
-- and a whole-award reversal after a single one (0019).
\ir _setup.psql
\ir _fixture.psql
SELECT plan(12);

-- A paid award and a pending request to poke at -------------------------------------------------
SELECT pg_temp.act_as(:admin_a);
CREATE TEMP TABLE paid AS
SELECT * FROM admin_award_coins_v1(:tenant_a, NULL, ARRAY[:member_a1, :member_a2]::uuid[], 10, 'Thanks', 'sr-award-0001');
CREATE TEMP TABLE requested AS
SELECT dicedesk_award_v1(:tenant_a, ARRAY[:member_a1]::uuid[], 'coins', 700, 'Big', 'sr-award-0002') AS r;
SELECT pg_temp.back_to_superuser();
GRANT SELECT ON paid, requested TO PUBLIC;

-- The service role writes money, approvals and audit only through the functions ---------------
SELECT pg_temp.act_as_service();
SELECT throws_ok($$INSERT INTO coin_transactions (user_id, tenant_id, type, amount, idempotency_key)
                   VALUES ('00000000-0000-4000-8000-000000000013', 'aaaaaaaa-0000-4000-8000-0000000000a1',
                           'earn', 777, 'sr-direct-0001')$$, '42501', NULL,
                 'no coins enter the ledger without the wallet');
SELECT throws_ok($$INSERT INTO xp_transactions (user_id, tenant_id, amount) VALUES
                   ('00000000-0000-4000-8000-000000000013', 'aaaaaaaa-0000-4000-8000-0000000000a1', 5)$$,
                 '42501', NULL, 'nor XP');
SELECT throws_ok($$INSERT INTO tenant_audit_logs (tenant_id, actor_user_id, event_type, payload)
                   VALUES ('aaaaaaaa-0000-4000-8000-0000000000a1', '00000000-0000-4000-8000-000000000002',
                           'gamification.admin_award.coins', '{"forged": true}')$$, '42501', NULL,
                 'no forged row enters the audit chain');
SELECT throws_ok(format($$UPDATE gamification_admin_award_requests
                            SET requester_user_id = '00000000-0000-4000-8000-000000000002'
                          WHERE id = %L$$, (SELECT (r ->> 'request_id')::uuid FROM requested)),
                 '42501', NULL, 'a request cannot be edited around the four-eyes rule');
SELECT throws_ok($$DELETE FROM gamification_settings WHERE tenant_id IS NULL$$, '42501', NULL,
                 'the global approval settings cannot be deleted');
SELECT throws_ok($$INSERT INTO gamification_events (actor_user_id, event_type, source, idempotency_key)
                   VALUES ('00000000-0000-4000-8000-000000000013', 'plan_created', 'planner', 'sr-event-0001')$$,
                 '42501', NULL, 'events enter through the ingestion function');
SELECT lives_ok($$SELECT count(*) FROM coin_transactions$$, 'the service role still reads');
SELECT pg_temp.back_to_superuser();

-- Without any settings row the contract's defaults apply ----------------------------------------
DELETE FROM gamification_settings;
SELECT pg_temp.act_as(:admin_a);
SELECT throws_ok($$SELECT * FROM admin_award_coins_v1('aaaaaaaa-0000-4000-8000-0000000000a1', NULL,
    ARRAY['00000000-0000-4000-8000-000000000013']::uuid[], 500, 'x', 'sr-award-0003')$$, 'DD202', NULL,
    'a missing threshold is 500, not "no threshold"');
SELECT is((SELECT dicedesk_award_v1(:tenant_a, ARRAY[:member_a1]::uuid[], 'coins', 500, 'x', 'sr-award-0004') ->> 'outcome'),
          'pending', 'and the console entry files a request, as the award function demands');
SELECT pg_temp.back_to_superuser();

-- A whole-award reversal after one of its entries was reversed on its own -----------------------
SELECT pg_temp.act_as(:admin_a);
SELECT * FROM reverse_coin_transaction_v1((SELECT coin_transaction_id FROM paid WHERE recipient_user_id = :member_a1),
                                          'One by mistake', 'sr-rev-0001');
CREATE TEMP TABLE whole AS
SELECT * FROM reverse_admin_award_v1((SELECT DISTINCT award_id FROM paid), 'All by mistake', 'sr-rev-0002');
SELECT pg_temp.back_to_superuser();
SELECT is((SELECT count(*) FROM whole), 2::bigint, 'the whole reversal answers for both recipients');
SELECT is((SELECT count(*) FROM coin_transactions WHERE reversal_of IN (SELECT coin_transaction_id FROM paid)),
          2::bigint, 'each entry is reversed exactly once');
SELECT is((SELECT jsonb_array_length(payload -> 'already_reversed') FROM tenant_audit_logs
            WHERE event_type = 'gamification.admin_award.reversed'), 1, 'the audit row names the earlier reversal');

SELECT * FROM finish();
ROLLBACK;
