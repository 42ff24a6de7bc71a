-- Manual awards and four-eyes approvals: paying, replaying, thresholds, deciding, reversing.
\ir _setup.psql
\ir _fixture.psql
SELECT plan(54);

-- A tenant admin pays below the threshold ---------------------------------------------------
SELECT pg_temp.act_as(:admin_a);
CREATE TEMP TABLE paid AS
SELECT * FROM admin_award_coins_v1(:tenant_a, :admin_a, ARRAY[:member_a1, :member_a2, :member_a1]::uuid[],
                                   100, 'Great session!', 'dd-award-0001');
SELECT is((SELECT count(*) FROM paid), 2::bigint, 'duplicate recipients are paid once each');
SELECT is((SELECT min(balance) FROM paid), 100, 'each recipient holds 100 coins');
SELECT is((SELECT count(DISTINCT award_id) FROM paid), 1::bigint, 'one award row');
CREATE TEMP TABLE replayed AS
SELECT * FROM admin_award_coins_v1(:tenant_a, :admin_a, ARRAY[:member_a2, :member_a1]::uuid[],
                                   100, 'Great session!', 'dd-award-0001');
SELECT pg_temp.back_to_superuser();
SELECT results_eq('SELECT award_id, recipient_user_id, coin_transaction_id FROM replayed ORDER BY 2',
                  'SELECT award_id, recipient_user_id, coin_transaction_id FROM paid ORDER BY 2',
                  'the same key and payload returns the first result');
SELECT is((SELECT count(*) FROM coin_transactions WHERE tenant_id = :tenant_a), 2::bigint,
          'a replay writes no ledger entry');
SELECT is((SELECT count(*) FROM tenant_audit_logs WHERE tenant_id = :tenant_a
            AND event_type = 'gamification.admin_award.coins'), 1::bigint, 'one audit row for the award');

SELECT pg_temp.act_as(:admin_a);
SELECT throws_ok($$SELECT * FROM admin_award_coins_v1('aaaaaaaa-0000-4000-8000-0000000000a1',
    '00000000-0000-4000-8000-000000000011', ARRAY['00000000-0000-4000-8000-000000000013']::uuid[],
    101, 'Great session!', 'dd-award-0001')$$, 'DD409', NULL, 'the same key with another payload is refused');
SELECT pg_temp.act_as(:admin_b);
SELECT lives_ok($$SELECT * FROM admin_award_coins_v1('bbbbbbbb-0000-4000-8000-0000000000b1',
    '00000000-0000-4000-8000-000000000021', ARRAY['00000000-0000-4000-8000-000000000023']::uuid[],
    5, 'Welcome', 'dd-award-0001')$$, 'keys are scoped per tenant');

-- Who may award whom ------------------------------------------------------------------------
SELECT pg_temp.act_as(:admin_a);
SELECT throws_ok($$SELECT * FROM admin_award_coins_v1('bbbbbbbb-0000-4000-8000-0000000000b1',
    '00000000-0000-4000-8000-000000000011', ARRAY['00000000-0000-4000-8000-000000000023']::uuid[],
    5, 'x', 'dd-award-0002')$$, '42501', NULL, 'a tenant admin cannot award in another tenant');
SELECT throws_ok($$SELECT * FROM admin_award_coins_v1('aaaaaaaa-0000-4000-8000-0000000000a1',
    '00000000-0000-4000-8000-000000000011', ARRAY['00000000-0000-4000-8000-000000000023']::uuid[],
    5, 'x', 'dd-award-0003')$$, '22023', NULL, 'recipients must be active members of the tenant');
SELECT throws_ok($$SELECT * FROM admin_award_coins_v1('aaaaaaaa-0000-4000-8000-0000000000a1',
    '00000000-0000-4000-8000-000000000011', ARRAY['99999999-0000-4000-8000-000000000099']::uuid[],
    5, 'x', 'dd-award-0004')$$, 'P0002', NULL, 'unknown users are refused');
SELECT throws_ok($$SELECT * FROM admin_award_coins_v1('aaaaaaaa-0000-4000-8000-0000000000a1',
    '00000000-0000-4000-8000-000000000001', ARRAY['00000000-0000-4000-8000-000000000013']::uuid[],
    5, 'x', 'dd-award-0005')$$, '42501', NULL, 'nobody may name another user as the actor');
SELECT pg_temp.act_as(:designer_a);
SELECT throws_ok($$SELECT * FROM admin_award_coins_v1('aaaaaaaa-0000-4000-8000-0000000000a1',
    NULL, ARRAY['00000000-0000-4000-8000-000000000013']::uuid[], 5, 'x', 'dd-award-0006')$$,
    '42501', NULL, 'a designer cannot send coins');
SELECT pg_temp.act_as(:member_a1);
SELECT throws_ok($$SELECT * FROM admin_award_coins_v1('aaaaaaaa-0000-4000-8000-0000000000a1',
    NULL, ARRAY['00000000-0000-4000-8000-000000000013']::uuid[], 5, 'x', 'dd-award-0007')$$,
    '42501', NULL, 'a member cannot send coins');
SELECT pg_temp.act_without_claims();
SELECT throws_ok($$SELECT * FROM admin_award_coins_v1('aaaaaaaa-0000-4000-8000-0000000000a1',
    '00000000-0000-4000-8000-000000000011', ARRAY['00000000-0000-4000-8000-000000000013']::uuid[],
    5, 'x', 'dd-award-0008')$$, '28000', NULL, 'without claims the guard still fires');
SELECT pg_temp.back_to_superuser();
SELECT throws_ok($$SELECT * FROM admin_award_coins_v1('aaaaaaaa-0000-4000-8000-0000000000a1',
    '00000000-0000-4000-8000-000000000011', ARRAY['00000000-0000-4000-8000-000000000013']::uuid[],
    5, 'x', 'dd-award-0009')$$, '28000', NULL, 'even a superuser session without claims is refused');

-- Bad input: clear SQLSTATEs ------------------------------------------------------------------
SELECT pg_temp.act_as(:admin_a);
SELECT throws_ok(format($$SELECT * FROM admin_award_coins_v1(%L, NULL, ARRAY[%L]::uuid[], %s, %L, %L)$$,
                        :tenant_a, :member_a1, v.amount, v.message, v.key), v.state, NULL, v.what)
  FROM (VALUES ('0', 'ok', 'dd-award-0010', '22023', 'a zero amount'),
               ('-5', 'ok', 'dd-award-0011', '22023', 'a negative amount'),
               ('2000000', 'ok', 'dd-award-0012', '22003', 'a huge amount'),
               ('5', repeat('x', 1001), 'dd-award-0013', '22001', 'a message over 1,000 characters'),
               ('5', '   ', 'dd-award-0014', '22023', 'a blank message'),
               ('5', 'ok', 'short', '22023', 'a key under 8 characters'),
               ('5', 'ok', 'bad key; drop table users', '22023', 'a key with SQL metacharacters'))
       AS v (amount, message, key, state, what);
SELECT throws_ok($$SELECT * FROM admin_award_coins_v1('aaaaaaaa-0000-4000-8000-0000000000a1', NULL,
    ARRAY['00000000-0000-4000-8000-000000000013']::uuid[], 5, 'ok', NULL)$$, '22023', NULL, 'a missing key');
SELECT throws_ok($$SELECT * FROM admin_award_coins_v1('aaaaaaaa-0000-4000-8000-0000000000a1', NULL,
    ARRAY['00000000-0000-4000-8000-000000000013']::uuid[], '5.5', 'ok', 'dd-award-0015')$$, '22P02', NULL,
    'a non-integer amount, sent as clients send parameters (text)');
SELECT throws_ok(format($$SELECT * FROM admin_award_coins_v1(%L, NULL, %L::uuid[], 1, 'ok', 'dd-award-0016')$$,
                        :tenant_a, (SELECT array_agg(gen_random_uuid()) FROM generate_series(1, 10001))),
                 '54000', NULL, 'more than 10,000 recipients');

-- The threshold: at or above it a tenant admin files a request -------------------------------
SELECT throws_ok($$SELECT * FROM admin_award_coins_v1('aaaaaaaa-0000-4000-8000-0000000000a1', NULL,
    ARRAY['00000000-0000-4000-8000-000000000013', '00000000-0000-4000-8000-000000000014']::uuid[],
    250, 'Summer camp', 'dd-award-0020')$$, 'DD202', NULL, 'a total of 500 needs approval');
CREATE TEMP TABLE routed AS
SELECT dicedesk_award_v1(:tenant_a, ARRAY[:member_a1, :member_a2]::uuid[], 'coins', 250, 'Summer camp',
                         'dd-award-0020') AS r;
SELECT pg_temp.back_to_superuser();
SELECT is((SELECT r ->> 'outcome' FROM routed), 'pending', 'the console entry files a request');
SELECT is((SELECT status FROM gamification_admin_award_requests WHERE idempotency_key = 'dd-award-0020'),
          'pending', 'the request is pending');
SELECT is((SELECT count(*) FROM gamification_admin_award_request_recipients r
             JOIN gamification_admin_award_requests q ON q.id = r.request_id
            WHERE q.idempotency_key = 'dd-award-0020'), 2::bigint, 'with its two recipients');
SELECT ok((SELECT expires_at > now() + interval '13 days' FROM gamification_admin_award_requests
            WHERE idempotency_key = 'dd-award-0020'), 'it expires after the configured 14 days');

-- Deciding: never your own, one decision wins, approval pays once -----------------------------
SELECT pg_temp.act_as(:sys1);
CREATE TEMP TABLE own AS
SELECT * FROM admin_request_award_coins_v1(:tenant_a, :sys1, ARRAY[:member_a1]::uuid[], 900, 'Big one', 'dd-award-0021');
SELECT throws_ok(format($$SELECT * FROM admin_decide_award_request_v1(%L, NULL, 'approve', 'ok')$$,
                        (SELECT request_id FROM own)), '42501', NULL, 'a requester never decides their own request');
SELECT pg_temp.act_as(:admin_a);
SELECT throws_ok(format($$SELECT * FROM admin_decide_award_request_v1(%L, NULL, 'approve', 'ok')$$,
                        (SELECT id FROM gamification_admin_award_requests WHERE idempotency_key = 'dd-award-0020')),
                 '42501', NULL, 'a tenant admin cannot decide');
SELECT pg_temp.act_as(:sys1);
CREATE TEMP TABLE decided AS
SELECT * FROM admin_decide_award_request_v1(
    (SELECT id FROM gamification_admin_award_requests WHERE idempotency_key = 'dd-award-0020'),
    NULL, 'approve', 'Approved for the summer camp');
CREATE TEMP TABLE decided_again AS
SELECT * FROM admin_decide_award_request_v1(
    (SELECT id FROM gamification_admin_award_requests WHERE idempotency_key = 'dd-award-0020'),
    NULL, 'approve', 'Approved for the summer camp');
SELECT pg_temp.act_as(:sys2);
SELECT throws_ok(format($$SELECT * FROM admin_decide_award_request_v1(%L, NULL, 'reject', 'no')$$,
                        (SELECT request_id FROM decided)), 'DD423', NULL, 'a second admin learns it is decided');
SELECT pg_temp.back_to_superuser();
SELECT is((SELECT status FROM decided), 'approved', 'approved');
SELECT is((SELECT awarded_count FROM decided), 2, 'two recipients paid');
SELECT is((SELECT awarded_count FROM decided_again), 0, 'repeating the decision pays nothing');
SELECT is((SELECT balance FROM user_coins WHERE user_id = :member_a1 AND tenant_id = :tenant_a), 350,
          'the approved award paid exactly once');
SELECT is((SELECT decided_by_user_id FROM gamification_admin_award_requests WHERE id = (SELECT request_id FROM decided)),
          :sys1::uuid, 'the decider is recorded');
SELECT is((SELECT decision_reason FROM gamification_admin_award_requests WHERE id = (SELECT request_id FROM decided)),
          'Approved for the summer camp', 'with the reason');

-- Expiry ----------------------------------------------------------------------------------
SELECT pg_temp.act_as(:admin_a);
SELECT dicedesk_award_v1(:tenant_a, ARRAY[:member_a1]::uuid[], 'coins', 600, 'Late', 'dd-award-0030');
SELECT pg_temp.back_to_superuser();
UPDATE gamification_admin_award_requests SET expires_at = now() - interval '1 minute',
       created_at = now() - interval '20 days' WHERE idempotency_key = 'dd-award-0030';
SELECT pg_temp.act_as(:sys2);
SELECT is((SELECT status FROM admin_decide_award_request_v1(
              (SELECT id FROM gamification_admin_award_requests WHERE idempotency_key = 'dd-award-0030'),
              NULL, 'approve', 'too late')), 'expired', 'an expired request cannot be approved');
SELECT pg_temp.back_to_superuser();
SELECT is((SELECT balance FROM user_coins WHERE user_id = :member_a1 AND tenant_id = :tenant_a), 350,
          'and pays nothing');

-- Undo by reversal ------------------------------------------------------------------------
SELECT pg_temp.act_as(:admin_a);
CREATE TEMP TABLE reversed AS
SELECT * FROM reverse_coin_transaction_v1(
    (SELECT coin_transaction_id FROM paid WHERE recipient_user_id = :member_a1), 'Sent by mistake', 'dd-rev-0001');
SELECT throws_ok(format($$SELECT * FROM reverse_coin_transaction_v1(%L, 'again', 'dd-rev-0002')$$,
                        (SELECT coin_transaction_id FROM paid WHERE recipient_user_id = :member_a1)),
                 'DD423', NULL, 'an entry is reversed once');
SELECT throws_ok(format($$SELECT * FROM reverse_coin_transaction_v1(%L, 'undo the undo', 'dd-rev-0003')$$,
                        (SELECT transaction_id FROM reversed)), '22023', NULL, 'a reversal is never reversed');
SELECT throws_ok(format($$SELECT * FROM reverse_coin_transaction_v1(%L, '', 'dd-rev-0004')$$,
                        (SELECT coin_transaction_id FROM paid WHERE recipient_user_id = :member_a2)),
                 '22023', NULL, 'a reversal needs a reason');
SELECT pg_temp.back_to_superuser();
SELECT is((SELECT balance FROM reversed), 250, 'the wallet went down by the award');
SELECT is((SELECT reversal_of FROM coin_transactions WHERE id = (SELECT transaction_id FROM reversed)),
          (SELECT coin_transaction_id FROM paid WHERE recipient_user_id = :member_a1), 'linked to what it reverses');
SELECT is((SELECT count(*) FROM tenant_audit_logs WHERE event_type = 'gamification.coin_transaction.reversed'),
          1::bigint, 'and audited');

-- Spent coins cannot be taken back below zero ---------------------------------------------------
SELECT pg_temp.act_as_service();
SELECT * FROM apply_coin_transaction_v1(:member_a2, :tenant_a, 'spend', 300, 'shop_purchase', 'dd-spend-0001');
SELECT pg_temp.act_as(:admin_a);
SELECT throws_ok(format($$SELECT * FROM reverse_coin_transaction_v1(%L, 'mistake', 'dd-rev-0005')$$,
                        (SELECT coin_transaction_id FROM paid WHERE recipient_user_id = :member_a2)),
                 'DD402', NULL, 'no wallet goes below zero');
SELECT throws_ok($$SELECT * FROM apply_coin_transaction_v1('00000000-0000-4000-8000-000000000013',
    'aaaaaaaa-0000-4000-8000-0000000000a1', 'earn', 5, 'gift', 'dd-direct-0001')$$, '42501', NULL,
    'admins cannot post to the ledger directly');
SELECT pg_temp.back_to_superuser();

-- Keys that belong to someone else's flow ----------------------------------------------------------
SELECT pg_temp.act_as(:admin_a);
SELECT throws_ok($$SELECT * FROM admin_award_coins_v1('aaaaaaaa-0000-4000-8000-0000000000a1', NULL,
    ARRAY['00000000-0000-4000-8000-000000000013']::uuid[], 1, 'x', 'award-request:00000000-0000-4000-8000-000000000099')$$,
    '22023', NULL, 'the approval key prefix award-request: is reserved');
SELECT pg_temp.act_as_service();
SELECT * FROM apply_coin_transaction_v1(:member_a1, :tenant_a, 'earn', 3, 'event_reward',
                                        'dd-award-0040:' || :member_a1);
SELECT pg_temp.act_as(:admin_a);
SELECT throws_ok(format($$SELECT * FROM admin_award_coins_v1(%L, NULL, ARRAY[%L]::uuid[], 3, 'x', 'dd-award-0040')$$,
                        :tenant_a, :member_a1),
                 'DD409', NULL, 'an award whose ledger key another writer took is refused, not a unique violation');
SELECT pg_temp.back_to_superuser();
SELECT is((SELECT count(*) FROM gamification_admin_awards WHERE idempotency_key = 'dd-award-0040'), 0::bigint,
          'and nothing of it was written');

-- The wallet is the sum of its ledger -------------------------------------------------------------
SELECT is_empty($$
    SELECT w.user_id FROM user_coins w
      LEFT JOIN (SELECT user_id, tenant_id,
                        sum(amount) FILTER (WHERE type = 'earn') AS earned,
                        coalesce(sum(amount) FILTER (WHERE type = 'spend'), 0) AS spent
                   FROM coin_transactions GROUP BY 1, 2) l
        ON l.user_id = w.user_id AND l.tenant_id IS NOT DISTINCT FROM w.tenant_id
     WHERE w.balance <> l.earned - l.spent OR w.total_earned <> l.earned OR w.total_spent <> l.spent$$,
    'every wallet equals its ledger');

SELECT * FROM finish();
ROLLBACK;
