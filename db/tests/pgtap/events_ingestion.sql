-- Event ingestion (0014): replays land once (by key and by upstream event id, single and batch),
-- DD409 for a reused key with another payload, validation errors with their SQLSTATEs, members
-- only, who may call, and the batch function's all-or-nothing behaviour.
--
-- Fixture ids:  tenant A f…0a, tenant B f…0b;  system admin a…01;  admin of A a…a1;  member of
-- A a…e1, suspended member of A a…e3;  member of B a…b2.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(48);

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
-- Events written by this test (all its keys start with "test:").
CREATE FUNCTION pg_temp.events() RETURNS bigint LANGUAGE sql SECURITY DEFINER
AS $$ SELECT count(*) FROM public.gamification_events WHERE idempotency_key LIKE 'test:%' $$;
GRANT EXECUTE ON FUNCTION pg_temp.as_user(uuid, text), pg_temp.events() TO PUBLIC;
CREATE TEMP TABLE got (name text PRIMARY KEY, event_id uuid);
GRANT ALL ON got TO PUBLIC;

INSERT INTO tenants (id, name, slug) VALUES
    ('f0000000-0000-4000-8000-00000000000a', 'Tenant A', 'test-tenant-a'),
    ('f0000000-0000-4000-8000-00000000000b', 'Tenant B', 'test-tenant-b');
INSERT INTO users (id, email, global_role) VALUES
    ('a0000000-0000-4000-8000-000000000001', 'sys@test.invalid', 'system_admin'),
    ('a0000000-0000-4000-8000-0000000000a1', 'admin-a@test.invalid', 'member'),
    ('a0000000-0000-4000-8000-0000000000e1', 'member-a@test.invalid', 'member'),
    ('a0000000-0000-4000-8000-0000000000e3', 'suspended-a@test.invalid', 'member'),
    ('a0000000-0000-4000-8000-0000000000b2', 'member-b@test.invalid', 'member');
INSERT INTO user_tenant_memberships (user_id, tenant_id, role, status) VALUES
    ('a0000000-0000-4000-8000-0000000000a1', 'f0000000-0000-4000-8000-00000000000a', 'admin', 'active'),
    ('a0000000-0000-4000-8000-0000000000e1', 'f0000000-0000-4000-8000-00000000000a', 'member', 'active'),
    ('a0000000-0000-4000-8000-0000000000e3', 'f0000000-0000-4000-8000-00000000000a', 'member', 'suspended'),
    ('a0000000-0000-4000-8000-0000000000b2', 'f0000000-0000-4000-8000-00000000000b', 'member', 'active');

-- Replays land once --------------------------------------------------------------------------
SELECT pg_temp.as_user(NULL);
INSERT INTO got SELECT 'first', event_id FROM ingest_gamification_event_v1(
    'f0000000-0000-4000-8000-00000000000a', 'a0000000-0000-4000-8000-0000000000e1', 'session_completed', 'play',
    'test:evt:0001', '{"sessionId": "s-1"}', now() - interval '1 hour', 'app', 'upstream-1', NULL, NULL, 'dicecoin', 2);
SELECT isnt((SELECT event_id FROM got WHERE name = 'first'), NULL, 'the service ingests an event');
SELECT results_eq($$ SELECT event_id, inserted FROM ingest_gamification_event_v1(
                        'f0000000-0000-4000-8000-00000000000a', 'a0000000-0000-4000-8000-0000000000e1', 'session_completed',
                        'play', 'test:evt:0001', '{"sessionId": "s-1"}', now(), 'app', 'upstream-1', NULL, NULL, 'dicecoin', 2.0) $$,
                  $$ SELECT event_id, false FROM got WHERE name = 'first' $$,
                  'the same event again returns the stored id with inserted = false (its time does not matter)');
SELECT results_eq($$ SELECT event_id, inserted FROM ingest_gamification_event_v1(
                        'f0000000-0000-4000-8000-00000000000a', 'a0000000-0000-4000-8000-0000000000e1', 'session_completed',
                        'play', 'test:evt:0001-retry', '{"sessionId": "s-1"}', now(), 'app', 'upstream-1', NULL, NULL,
                        'dicecoin', 2) $$,
                  $$ SELECT event_id, false FROM got WHERE name = 'first' $$,
                  'the same upstream event id under a regenerated key is a replay too');
SELECT results_eq($$ SELECT idx, event_id, inserted FROM ingest_gamification_events_v1(
                        '[{"tenant_id": "f0000000-0000-4000-8000-00000000000a", "actor_user_id": "a0000000-0000-4000-8000-0000000000e1",
                           "event_type": "session_completed", "source": "play", "idempotency_key": "test:evt:0001",
                           "metadata": {"sessionId": "s-1"}, "source_system": "app", "source_event_id": "upstream-1",
                           "token_type": "dicecoin", "amount": 2}]') $$,
                  $$ SELECT 0, event_id, false FROM got WHERE name = 'first' $$,
                  'and so is the same event in a batch');
SELECT is(pg_temp.events(), 1::bigint, 'only one row was ever written');
SELECT throws_ok($$ SELECT * FROM ingest_gamification_event_v1(
                        'f0000000-0000-4000-8000-00000000000a', 'a0000000-0000-4000-8000-0000000000e1', 'session_completed',
                        'play', 'test:evt:0001', '{"sessionId": "s-2"}') $$,
                 'DD409', NULL, 'the same key with other metadata is DD409');
SELECT throws_ok($$ SELECT * FROM ingest_gamification_event_v1(
                        'f0000000-0000-4000-8000-00000000000a', 'a0000000-0000-4000-8000-0000000000e1', 'run_completed',
                        'play', 'test:evt:0002', '{}', now(), 'app', 'upstream-1') $$,
                 'DD409', NULL, 'the same upstream event id with another event type is DD409');
SELECT lives_ok($$ SELECT * FROM ingest_gamification_event_v1(
                        'f0000000-0000-4000-8000-00000000000a', 'a0000000-0000-4000-8000-0000000000e1', 'session_completed',
                        'planner', 'test:evt:0001', '{"sessionId": "s-1"}') $$,
                'the key is unique per source: another source may use it');
SELECT lives_ok($$ SELECT * FROM ingest_gamification_event_v1(
                        NULL, 'a0000000-0000-4000-8000-0000000000b2', 'login_streak_updated', 'system', 'test:evt:global1') $$,
                'a global event (no tenant) needs no membership');
SELECT is((SELECT created_at FROM gamification_events WHERE id = (SELECT event_id FROM got WHERE name = 'first')),
          now() - interval '1 hour', 'occurred_at is stored as created_at');

-- Validation --------------------------------------------------------------------------------
RESET ROLE;
-- One valid event of A, changed by p_changes, through the batch function.
CREATE FUNCTION pg_temp.ingest(p_changes jsonb) RETURNS TABLE (idx integer, event_id uuid, inserted boolean)
LANGUAGE sql AS $$
    SELECT * FROM public.ingest_gamification_events_v1(jsonb_build_array(
        '{"tenant_id": "f0000000-0000-4000-8000-00000000000a", "actor_user_id": "a0000000-0000-4000-8000-0000000000e1",
          "event_type": "plan_created", "source": "planner", "idempotency_key": "test:evt:validate"}'::jsonb || p_changes))
$$;
GRANT EXECUTE ON FUNCTION pg_temp.ingest(jsonb) TO PUBLIC;
SELECT pg_temp.as_user(NULL);
SELECT throws_ok($$ SELECT * FROM pg_temp.ingest('{"idempotency_key": null}') $$,
                 '22023', NULL, 'the key is required');
SELECT throws_ok($$ SELECT * FROM pg_temp.ingest('{"idempotency_key": "short"}') $$,
                 '22023', NULL, 'keys have at least 8 characters');
SELECT throws_ok($$ SELECT * FROM pg_temp.ingest('{"idempotency_key": "has spaces in it"}') $$,
                 '22023', NULL, 'keys use a restricted alphabet');
SELECT throws_ok($$ SELECT * FROM pg_temp.ingest('{"event_type": "Plan Created"}') $$,
                 '22023', NULL, 'event types are lower-case identifiers');
SELECT throws_ok($$ SELECT * FROM pg_temp.ingest('{"source": "browser"}') $$,
                 '22023', NULL, 'the source is one of the contract''s');
SELECT throws_ok($$ SELECT * FROM pg_temp.ingest('{"metadata": [1, 2]}') $$,
                 '22023', NULL, 'metadata is a JSON object');
SELECT throws_ok($$ SELECT * FROM pg_temp.ingest(jsonb_build_object('metadata', jsonb_build_object('blob',
                        (SELECT string_agg(md5(g::text), '') FROM generate_series(1, 3000) g)))) $$,
                 '54000', NULL, 'metadata is at most 64 KB');
SELECT throws_ok($$ SELECT * FROM pg_temp.ingest('{"amount": -1}') $$,
                 '22003', NULL, 'amounts are >= 0');
SELECT throws_ok($$ SELECT * FROM pg_temp.ingest('{"amount": "2"}') $$,
                 '22023', NULL, 'amounts are numbers');
SELECT throws_ok($$ SELECT * FROM pg_temp.ingest(jsonb_build_object('occurred_at', now() + interval '10 minutes')) $$,
                 '22023', NULL, 'an event may not lie more than 5 minutes in the future');
SELECT lives_ok($$ SELECT * FROM pg_temp.ingest(jsonb_build_object('occurred_at', now() + interval '4 minutes',
                                                                   'idempotency_key', 'test:evt:clock-skew')) $$,
                'a little clock skew is fine');
SELECT throws_ok($$ SELECT * FROM pg_temp.ingest(jsonb_build_object('occurred_at', now() - interval '401 days')) $$,
                 '22023', NULL, 'an event may not be older than 400 days');
SELECT throws_ok($$ SELECT * FROM pg_temp.ingest('{"occurred_at": "2026-02-30T10:00:00Z"}') $$,
                 '22023', NULL, 'an impossible date is a validation error, not a crash');
SELECT throws_ok($$ SELECT * FROM pg_temp.ingest('{"occurred_at": "yesterday"}') $$,
                 '22023', NULL, 'occurred_at is an ISO date-time with a zone');
SELECT throws_ok($$ SELECT * FROM pg_temp.ingest(jsonb_build_object('persona', repeat('p', 65))) $$,
                 '22001', NULL, 'over-long text fields are 22001');
SELECT throws_ok($$ SELECT * FROM pg_temp.ingest('{"source_system": "carrier-pigeon"}') $$,
                 '22023', NULL, 'the source system is one of the known ones');
SELECT throws_ok($$ SELECT * FROM pg_temp.ingest('{"actor_user_id": "a0000000-0000-4000-8000-0000000000ff"}') $$,
                 'P0002', NULL, 'the actor must exist');
SELECT throws_ok($$ SELECT * FROM pg_temp.ingest('{"tenant_id": "f0000000-0000-4000-8000-0000000000ff"}') $$,
                 'P0002', NULL, 'the tenant must exist');
SELECT throws_ok($$ SELECT * FROM pg_temp.ingest('{"actor_user_id": "a0000000-0000-4000-8000-0000000000b2"}') $$,
                 '22023', NULL, 'the actor must be a member of the tenant');
SELECT throws_ok($$ SELECT * FROM pg_temp.ingest('{"actor_user_id": "a0000000-0000-4000-8000-0000000000e3"}') $$,
                 '22023', NULL, 'an active member');
SELECT throws_ok($$ SELECT * FROM pg_temp.ingest('{"id": "a0000000-0000-4000-8000-000000000001"}') $$,
                 '22023', NULL, 'unknown fields (here: choosing the id) are refused');
SELECT throws_ok($$ SELECT * FROM ingest_gamification_event_v1(
                        'f0000000-0000-4000-8000-00000000000a', 'a0000000-0000-4000-8000-0000000000e1', 'plan_created',
                        'planner', 'test:evt:array-md', '[1]') $$,
                 '22023', NULL, 'the single-event function validates the same way');
SELECT throws_ok($$ SELECT '{"a": "\u0000"}'::jsonb $$, '22P05', NULL,
                 'a NUL escape never becomes jsonb, so it cannot reach the event log');
SELECT is(pg_temp.events(), 4::bigint, 'no refused event was written');

-- Who may ingest ------------------------------------------------------------------------
SELECT pg_temp.as_user('a0000000-0000-4000-8000-0000000000a1', 'authenticated');
SELECT throws_ok($$ SELECT * FROM pg_temp.ingest('{"idempotency_key": "test:evt:by-admin"}') $$,
                 '42501', NULL, 'a tenant admin may not ingest');
SELECT pg_temp.as_user('a0000000-0000-4000-8000-0000000000e1', 'authenticated');
SELECT throws_ok($$ SELECT * FROM pg_temp.ingest('{"idempotency_key": "test:evt:by-self"}') $$,
                 '42501', NULL, 'nor may the actor themselves');
SELECT pg_temp.as_user(NULL, 'authenticated');
SELECT throws_ok($$ SELECT * FROM pg_temp.ingest('{"idempotency_key": "test:evt:no-claims"}') $$,
                 '28000', NULL, 'without claims nobody is authenticated');
SELECT pg_temp.as_user('a0000000-0000-4000-8000-000000000001', 'authenticated');
SELECT lives_ok($$ SELECT * FROM pg_temp.ingest('{"idempotency_key": "test:evt:by-sysadmin"}') $$,
                'a system admin may ingest');
SELECT pg_temp.as_user('a0000000-0000-4000-8000-0000000000e1');
SELECT lives_ok($$ SELECT * FROM pg_temp.ingest('{"idempotency_key": "test:evt:service-with-sub"}') $$,
                'a trusted service session may ingest also when it names a user');

-- Batches -----------------------------------------------------------------------------------
SELECT pg_temp.as_user(NULL);
INSERT INTO got SELECT 'batch-' || idx, event_id FROM ingest_gamification_events_v1(
    '[{"tenant_id": "f0000000-0000-4000-8000-00000000000a", "actor_user_id": "a0000000-0000-4000-8000-0000000000e1",
       "event_type": "plan_created", "source": "planner", "idempotency_key": "test:batch:1"},
      {"tenant_id": "f0000000-0000-4000-8000-00000000000a", "actor_user_id": "a0000000-0000-4000-8000-0000000000e1",
       "event_type": "plan_published", "source": "planner", "idempotency_key": "test:batch:2", "metadata": {"planId": "p-1"}},
      {"tenant_id": "f0000000-0000-4000-8000-00000000000a", "actor_user_id": "a0000000-0000-4000-8000-0000000000e1",
       "event_type": "plan_created", "source": "planner", "idempotency_key": "test:batch:1"}]')
 WHERE inserted;
SELECT is((SELECT array_agg(name ORDER BY name) FROM got WHERE name LIKE 'batch-%'), ARRAY['batch-0', 'batch-1'],
          'a batch inserts its events; a duplicate inside the batch is not inserted twice');
SELECT results_eq($$ SELECT idx, event_id, inserted FROM ingest_gamification_events_v1(
                        '[{"tenant_id": "f0000000-0000-4000-8000-00000000000a", "actor_user_id": "a0000000-0000-4000-8000-0000000000e1",
                           "event_type": "plan_created", "source": "planner", "idempotency_key": "test:batch:1"},
                          {"tenant_id": "f0000000-0000-4000-8000-00000000000a", "actor_user_id": "a0000000-0000-4000-8000-0000000000e1",
                           "event_type": "plan_created", "source": "planner", "idempotency_key": "test:batch:3"}]') WHERE idx = 0 $$,
                  $$ SELECT 0, event_id, false FROM got WHERE name = 'batch-0' $$,
                  'a replayed batch row returns the stored id, next to a new row');
SELECT is((SELECT count(*)::int FROM gamification_events WHERE idempotency_key LIKE 'test:batch:%'), 3,
          'three distinct events in all');
SELECT throws_like($$ SELECT * FROM ingest_gamification_events_v1(
                         '[{"tenant_id": "f0000000-0000-4000-8000-00000000000a", "actor_user_id": "a0000000-0000-4000-8000-0000000000e1",
                            "event_type": "plan_created", "source": "planner", "idempotency_key": "test:batch:4"},
                           {"tenant_id": "f0000000-0000-4000-8000-00000000000a", "actor_user_id": "a0000000-0000-4000-8000-0000000000e1",
                            "event_type": "plan_created", "source": "nowhere", "idempotency_key": "test:batch:5"}]') $$,
                   'events[1].source: %', 'a batch error names the element and field');
SELECT is((SELECT count(*)::int FROM gamification_events WHERE idempotency_key = 'test:batch:4'), 0,
          'and nothing of that batch was written');
SELECT throws_ok($$ SELECT * FROM ingest_gamification_events_v1(
                        (SELECT jsonb_agg(jsonb_build_object('actor_user_id', 'a0000000-0000-4000-8000-0000000000e1',
                                                             'event_type', 'x', 'source', 'system',
                                                             'idempotency_key', 'test:many:' || g))
                           FROM generate_series(1, 1001) g)) $$,
                 '54000', NULL, 'at most 1000 events per batch');
SELECT throws_ok($$ SELECT * FROM ingest_gamification_events_v1('{"events": []}') $$, '22023', NULL,
                 'the batch is a JSON array');
SELECT is_empty($$ SELECT * FROM ingest_gamification_events_v1('[]') $$, 'an empty batch does nothing');
SELECT is((SELECT count(*)::int FROM ingest_gamification_events_v1(
              (SELECT jsonb_agg(jsonb_build_object('tenant_id', 'f0000000-0000-4000-8000-00000000000a',
                                                   'actor_user_id', 'a0000000-0000-4000-8000-0000000000e1',
                                                   'event_type', 'session_completed', 'source', 'play',
                                                   'idempotency_key', 'test:full:' || g, 'metadata', jsonb_build_object('n', g),
                                                   'occurred_at', now() - make_interval(mins => g)))
                 FROM generate_series(1, 1000) g)) WHERE inserted), 1000, 'a full batch of 1000 lands');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
