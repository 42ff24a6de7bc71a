-- Who writes what: the personas of the read matrix × every function that writes, and direct
-- INSERT/UPDATE/DELETE/TRUNCATE on every table.
--
-- The writing functions are discovered from the catalog (VOLATILE functions in public that
-- authenticated or service_role may execute); every one of them must have at least one case
-- below, so a new function fails "every writing function has a case" until it gets one. The
-- guarded read functions of the API (exports, counts, analytics, chain verification) have
-- cases too. Each call runs in a subtransaction that is rolled back, so the cases do not
-- influence each other.
-- Expected outcomes: ok, or the SQLSTATE of 0010's contract (28000 no identity, 42501 not
-- allowed; calling a function one has no EXECUTE on is 42501 as well).
\ir _setup.psql
\ir _fixture.psql
\ir _matrix_personas.psql
\ir _matrix_fixture.psql

-- The objects the calls act on, by name (<<name>> in the calls below).
CREATE TEMP TABLE objects (name text PRIMARY KEY, id uuid NOT NULL);
INSERT INTO objects
SELECT 'A', :tenant_a::uuid UNION ALL SELECT 'B', :tenant_b
UNION ALL SELECT 'member_a1', :member_a1 UNION ALL SELECT 'member_b1', :member_b1
UNION ALL SELECT 'admin_a', :admin_a UNION ALL SELECT 'sys1', :sys1
UNION ALL SELECT 'request_a', id FROM gamification_admin_award_requests WHERE idempotency_key = 'fx-request-a'
UNION ALL SELECT 'request_b', id FROM gamification_admin_award_requests WHERE idempotency_key = 'fx-request-b'
UNION ALL SELECT 'award_a', id FROM gamification_admin_awards WHERE idempotency_key = 'fx-award-a'
UNION ALL SELECT 'award_b', id FROM gamification_admin_awards WHERE idempotency_key = 'fx-award-b'
UNION ALL SELECT 'coin_a', id FROM coin_transactions WHERE idempotency_key = 'fx-coin-0001'
UNION ALL SELECT 'coin_b', id FROM coin_transactions WHERE idempotency_key = 'fx-coin-0004'
UNION ALL SELECT 'coin_global', id FROM coin_transactions WHERE idempotency_key = 'fx-coin-0006'
UNION ALL SELECT 'member_a2', :member_a2 UNION ALL SELECT 'admin_b', :admin_b
UNION ALL SELECT 'ach_' || replace(achievement_key, 'fx-', ''), id FROM achievements WHERE achievement_key LIKE 'fx-%'
UNION ALL SELECT replace(name, 'fx-', ''), id FROM badge_presets WHERE name LIKE 'fx-preset-%';
-- An AWARD_BUILDER_EXPORT_SCHEMA_V1 document with one achievement; the scope is set per case.
-- The import reports an invalid document in its result instead of raising, so the cases turn
-- "valid": false into an error (22P02, with the problems) to keep an ignored document from counting as success.
CREATE TEMP TABLE export_doc AS SELECT jsonb_build_object(
    'schema_version', '1.0', 'exported_at', '2026-01-08T12:00:00.000Z',
    'exported_by', jsonb_build_object('user_id', :sys1, 'tool', 'matrix'),
    'publish_scope', jsonb_build_object('type', 'tenant', 'tenant_id', NULL),
    'achievements', jsonb_build_array(jsonb_build_object(
        'achievement_key', 'mx-imported', 'name', 'Imported', 'description', 'From the matrix',
        'icon', jsonb_build_object('icon_media_id', NULL, 'icon_url_legacy', NULL),
        'badge', jsonb_build_object('badge_color', NULL),
        'visibility', jsonb_build_object('is_easter_egg', false, 'hint_text', NULL),
        'unlock', jsonb_build_object('condition_type', 'manual', 'condition_value', NULL,
                                     'unlock_criteria', jsonb_build_object('type', 'manual', 'params', '{}'::jsonb))))) AS doc;
GRANT SELECT ON export_doc TO PUBLIC;

CREATE TEMP TABLE write_spec (ord serial, fn text NOT NULL, what text NOT NULL, call text NOT NULL,
                              system_admin text, tenant_admin_a text, designer_a text, member_a text,
                              login_admin_a text, no_claims text, anon text, service text);
INSERT INTO write_spec (fn, what, call, system_admin, tenant_admin_a, designer_a, member_a,
                        login_admin_a, no_claims, anon, service) VALUES
--   function / case / call                                                                     sys    admin_a designer member login_a no_claims anon  service
    ('admin_award_coins_v1', 'award in A',
     $$SELECT * FROM admin_award_coins_v1(<<A>>, NULL, ARRAY[<<member_a1>>]::uuid[], 5, 'matrix', 'mx-award-0001')$$,
                                                                                                 'ok',  'ok',   '42501', '42501', 'ok',   '28000', '42501', '28000'),
    ('admin_award_coins_v1', 'award in B',
     $$SELECT * FROM admin_award_coins_v1(<<B>>, NULL, ARRAY[<<member_b1>>]::uuid[], 5, 'matrix', 'mx-award-0002')$$,
                                                                                                 'ok',  '42501','42501', '42501', '42501','28000', '42501', '28000'),
    ('admin_award_coins_v1', 'award in A naming admin A as the actor',
     $$SELECT * FROM admin_award_coins_v1(<<A>>, <<admin_a>>, ARRAY[<<member_a1>>]::uuid[], 5, 'matrix', 'mx-award-0003')$$,
                                                                                                 '42501','ok',  '42501', '42501', 'ok',   '28000', '42501', 'ok'),
    ('admin_request_award_coins_v1', 'request in A',
     $$SELECT * FROM admin_request_award_coins_v1(<<A>>, NULL, ARRAY[<<member_a1>>]::uuid[], 900, 'matrix', 'mx-request-0001')$$,
                                                                                                 'ok',  'ok',   '42501', '42501', 'ok',   '28000', '42501', '28000'),
    ('admin_request_award_coins_v1', 'request in B',
     $$SELECT * FROM admin_request_award_coins_v1(<<B>>, NULL, ARRAY[<<member_b1>>]::uuid[], 900, 'matrix', 'mx-request-0002')$$,
                                                                                                 'ok',  '42501','42501', '42501', '42501','28000', '42501', '28000'),
    ('dicedesk_award_v1', 'console award in A',
     $$SELECT dicedesk_award_v1(<<A>>, ARRAY[<<member_a1>>]::uuid[], 'coins', 5, 'matrix', 'mx-award-0004')$$,
                                                                                                 'ok',  'ok',   '42501', '42501', 'ok',   '28000', '42501', '28000'),
    ('dicedesk_award_v1', 'console award in B',
     $$SELECT dicedesk_award_v1(<<B>>, ARRAY[<<member_b1>>]::uuid[], 'coins', 5, 'matrix', 'mx-award-0005')$$,
                                                                                                 'ok',  '42501','42501', '42501', '42501','28000', '42501', '28000'),
    ('admin_decide_award_request_v1', 'approve A''s request',
     $$SELECT * FROM admin_decide_award_request_v1(<<request_a>>, NULL, 'approve', 'matrix')$$,
                                                                                                 'ok',  '42501','42501', '42501', '42501','28000', '42501', '28000'),
    ('admin_decide_award_request_v1', 'reject B''s request naming sys1 as the decider',
     $$SELECT * FROM admin_decide_award_request_v1(<<request_b>>, <<sys1>>, 'reject', 'matrix')$$,
                                                                                                 'ok',  '42501','42501', '42501', '42501','28000', '42501', 'ok'),
    ('dicedesk_cancel_award_request_v1', 'cancel A''s request (filed by admin A)',
     $$SELECT dicedesk_cancel_award_request_v1(<<request_a>>, 'matrix')$$,
                                                                                                 'ok',  'ok',   '42501', '42501', 'ok',   '28000', '42501', '28000'),
    ('dicedesk_cancel_award_request_v1', 'cancel B''s request (filed by admin B)',
     $$SELECT dicedesk_cancel_award_request_v1(<<request_b>>, 'matrix')$$,
                                                                                                 'ok',  '42501','42501', '42501', '42501','28000', '42501', '28000'),
    -- A system admin or the platform's server (0017: a session without a user that is not the
    -- platform is not authenticated, 28000).
    ('expire_award_requests_v1', 'expire overdue requests',
     $$SELECT expire_award_requests_v1()$$,
                                                                                                 'ok',  '42501','42501', '42501', '42501','28000', '42501', 'ok'),
    ('reverse_admin_award_v1', 'reverse A''s award',
     $$SELECT * FROM reverse_admin_award_v1(<<award_a>>, 'matrix', 'mx-reverse-0001')$$,
                                                                                                 'ok',  'ok',   '42501', '42501', 'ok',   '28000', '42501', '28000'),
    ('reverse_admin_award_v1', 'reverse B''s award',
     $$SELECT * FROM reverse_admin_award_v1(<<award_b>>, 'matrix', 'mx-reverse-0002')$$,
                                                                                                 'ok',  '42501','42501', '42501', '42501','28000', '42501', '28000'),
    ('reverse_coin_transaction_v1', 'reverse a ledger entry of A',
     $$SELECT * FROM reverse_coin_transaction_v1(<<coin_a>>, 'matrix', 'mx-reverse-0003')$$,
                                                                                                 'ok',  'ok',   '42501', '42501', 'ok',   '28000', '42501', '28000'),
    ('reverse_coin_transaction_v1', 'reverse a ledger entry of B',
     $$SELECT * FROM reverse_coin_transaction_v1(<<coin_b>>, 'matrix', 'mx-reverse-0004')$$,
                                                                                                 'ok',  '42501','42501', '42501', '42501','28000', '42501', '28000'),
    ('reverse_coin_transaction_v1', 'reverse a global ledger entry',
     $$SELECT * FROM reverse_coin_transaction_v1(<<coin_global>>, 'matrix', 'mx-reverse-0005')$$,
                                                                                                 'ok',  '42501','42501', '42501', '42501','28000', '42501', '28000'),
    ('reverse_coin_transaction_v1', 'reverse a ledger entry of A naming admin A',
     $$SELECT * FROM reverse_coin_transaction_v1(<<coin_a>>, 'matrix', 'mx-reverse-0006', <<admin_a>>)$$,
                                                                                                 '42501','ok',  '42501', '42501', 'ok',   '28000', '42501', 'ok'),
    ('dicedesk_set_award_settings_v1', 'settings of tenant A',
     $$SELECT dicedesk_set_award_settings_v1(<<A>>, 400, 10)$$,
                                                                                                 'ok',  '42501','42501', '42501', '42501','28000', '42501', '28000'),
    ('dicedesk_set_award_settings_v1', 'global settings',
     $$SELECT dicedesk_set_award_settings_v1(NULL, 400, 10)$$,
                                                                                                 'ok',  '42501','42501', '42501', '42501','28000', '42501', '28000'),
    -- Achievements (0013): tenant staff design their tenant's, system admins the global ones.
    ('dicedesk_save_achievement_v1', 'create an achievement in A',
     $$SELECT dicedesk_save_achievement_v1(jsonb_build_object('achievement_key', 'mx-new', 'name', 'New', 'tenant_id', <<A>>::text), 'matrix')$$,
                                                                                                 'ok',  'ok',   'ok',    '42501', 'ok',   '28000', '42501', '28000'),
    ('dicedesk_save_achievement_v1', 'create an achievement in B',
     $$SELECT dicedesk_save_achievement_v1(jsonb_build_object('achievement_key', 'mx-new', 'name', 'New', 'tenant_id', <<B>>::text), 'matrix')$$,
                                                                                                 'ok',  '42501','42501', '42501', '42501','28000', '42501', '28000'),
    ('dicedesk_save_achievement_v1', 'create a global achievement',
     $$SELECT dicedesk_save_achievement_v1(jsonb_build_object('achievement_key', 'mx-new', 'name', 'New'), 'matrix')$$,
                                                                                                 'ok',  '42501','42501', '42501', '42501','28000', '42501', '28000'),
    ('dicedesk_save_achievement_v1', 'rename A''s achievement',
     $$SELECT dicedesk_save_achievement_v1(jsonb_build_object('id', <<ach_a-active>>::text, 'name', 'Renamed'), 'matrix')$$,
                                                                                                 'ok',  'ok',   'ok',    '42501', 'ok',   '28000', '42501', '28000'),
    ('dicedesk_save_achievement_v1', 'rename B''s achievement',
     $$SELECT dicedesk_save_achievement_v1(jsonb_build_object('id', <<ach_b-active>>::text, 'name', 'Renamed'), 'matrix')$$,
                                                                                                 'ok',  '42501','42501', '42501', '42501','28000', '42501', '28000'),
    ('dicedesk_save_achievement_v1', 'rename a global achievement',
     $$SELECT dicedesk_save_achievement_v1(jsonb_build_object('id', <<ach_global-active>>::text, 'name', 'Renamed'), 'matrix')$$,
                                                                                                 'ok',  '42501','42501', '42501', '42501','28000', '42501', '28000'),
    ('dicedesk_set_achievement_status_v1', 'activate A''s draft',
     $$SELECT dicedesk_set_achievement_status_v1(ARRAY[<<ach_a-draft>>]::uuid[], 'active', 'matrix')$$,
                                                                                                 'ok',  'ok',   'ok',    '42501', 'ok',   '28000', '42501', '28000'),
    ('dicedesk_set_achievement_status_v1', 'activate B''s draft',
     $$SELECT dicedesk_set_achievement_status_v1(ARRAY[<<ach_b-draft>>]::uuid[], 'active', 'matrix')$$,
                                                                                                 'ok',  '42501','42501', '42501', '42501','28000', '42501', '28000'),
    ('dicedesk_set_achievement_status_v1', 'activate A''s and the global draft together',
     $$SELECT dicedesk_set_achievement_status_v1(ARRAY[<<ach_a-draft>>, <<ach_global-draft>>]::uuid[], 'active', 'matrix')$$,
                                                                                                 'ok',  '42501','42501', '42501', '42501','28000', '42501', '28000'),
    ('admin_award_achievement_v1', 'system-admin award of A''s achievement',
     $$SELECT admin_award_achievement_v1(<<ach_a-active>>, ARRAY[<<member_a2>>]::uuid[], 'matrix', NULL, 'mx-achv-0001')$$,
                                                                                                 'ok',  '42501','42501', '42501', '42501','28000', '42501', '28000'),
    ('tenant_award_achievement_v1', 'award A''s achievement in A',
     $$SELECT tenant_award_achievement_v1(<<A>>, <<ach_a-active>>, ARRAY[<<member_a2>>]::uuid[], 'matrix', 'mx-achv-0002')$$,
                                                                                                 'ok',  'ok',   'ok',    '42501', 'ok',   '28000', '42501', '28000'),
    ('tenant_award_achievement_v1', 'award B''s achievement in B',
     $$SELECT tenant_award_achievement_v1(<<B>>, <<ach_b-active>>, ARRAY[<<admin_b>>]::uuid[], 'matrix', 'mx-achv-0003')$$,
                                                                                                 'ok',  '42501','42501', '42501', '42501','28000', '42501', '28000'),
    ('tenant_award_achievement_v1', 'award B''s achievement in A',
     $$SELECT tenant_award_achievement_v1(<<A>>, <<ach_b-active>>, ARRAY[<<member_a2>>]::uuid[], 'matrix', 'mx-achv-0004')$$,
                                                                                                 '42501','42501','42501', '42501', '42501','28000', '42501', '28000'),
    ('dicedesk_import_achievements_v1', 'import into A',
     $$SELECT CASE WHEN r ->> 'valid' = 'true' THEN 1 ELSE ('invalid: ' || (r -> 'errors')::text)::int END FROM (SELECT dicedesk_import_achievements_v1(jsonb_set(doc, '{publish_scope,tenant_id}', to_jsonb(<<A>>::text)), 'matrix', false) AS r FROM export_doc) x$$,
                                                                                                 'ok',  'ok',   'ok',    '42501', 'ok',   '28000', '42501', '28000'),
    ('dicedesk_import_achievements_v1', 'import into B',
     $$SELECT CASE WHEN r ->> 'valid' = 'true' THEN 1 ELSE ('invalid: ' || (r -> 'errors')::text)::int END FROM (SELECT dicedesk_import_achievements_v1(jsonb_set(doc, '{publish_scope,tenant_id}', to_jsonb(<<B>>::text)), 'matrix', false) AS r FROM export_doc) x$$,
                                                                                                 'ok',  '42501','42501', '42501', '42501','28000', '42501', '28000'),
    ('dicedesk_import_achievements_v1', 'import globally',
     $$SELECT CASE WHEN r ->> 'valid' = 'true' THEN 1 ELSE ('invalid: ' || (r -> 'errors')::text)::int END FROM (SELECT dicedesk_import_achievements_v1(jsonb_set(doc, '{publish_scope}', '{"type": "global", "tenant_id": null}'), 'matrix', false) AS r FROM export_doc) x$$,
                                                                                                 'ok',  '42501','42501', '42501', '42501','28000', '42501', '28000'),
    ('dicedesk_export_achievements_v1', 'export A',
     $$SELECT dicedesk_export_achievements_v1(<<A>>)$$,
                                                                                                 'ok',  'ok',   'ok',    '42501', 'ok',   '28000', '42501', '28000'),
    ('dicedesk_export_achievements_v1', 'export B',
     $$SELECT dicedesk_export_achievements_v1(<<B>>)$$,
                                                                                                 'ok',  '42501','42501', '42501', '42501','28000', '42501', '28000'),
    ('dicedesk_export_achievements_v1', 'export the global scope',
     $$SELECT dicedesk_export_achievements_v1(NULL)$$,
                                                                                                 'ok',  '42501','42501', '42501', '42501','28000', '42501', '28000'),
    ('dicedesk_achievement_holder_count_v1', 'count holders of A''s achievement',
     $$SELECT dicedesk_achievement_holder_count_v1(<<ach_a-active>>)$$,
                                                                                                 'ok',  'ok',   'ok',    '42501', 'ok',   '28000', '42501', '28000'),
    ('dicedesk_achievement_holder_count_v1', 'count holders of B''s achievement',
     $$SELECT dicedesk_achievement_holder_count_v1(<<ach_b-active>>)$$,
                                                                                                 'ok',  '42501','42501', '42501', '42501','28000', '42501', '28000'),
    -- Badge presets (0021): like the achievements of their scope.
    ('dicedesk_save_badge_preset_v1', 'save a preset in A',
     $$SELECT * FROM dicedesk_save_badge_preset_v1(<<A>>, 'mx preset', '{"shape": "star"}')$$,
                                                                                                 'ok',  'ok',   'ok',    '42501', 'ok',   '28000', '42501', '28000'),
    ('dicedesk_save_badge_preset_v1', 'save a preset in B',
     $$SELECT * FROM dicedesk_save_badge_preset_v1(<<B>>, 'mx preset', '{"shape": "star"}')$$,
                                                                                                 'ok',  '42501','42501', '42501', '42501','28000', '42501', '28000'),
    ('dicedesk_save_badge_preset_v1', 'save a global preset',
     $$SELECT * FROM dicedesk_save_badge_preset_v1(NULL, 'mx preset', '{"shape": "star"}')$$,
                                                                                                 'ok',  '42501','42501', '42501', '42501','28000', '42501', '28000'),
    ('dicedesk_delete_badge_preset_v1', 'delete A''s preset',
     $$SELECT dicedesk_delete_badge_preset_v1(<<preset-a>>)$$,
                                                                                                 'ok',  'ok',   'ok',    '42501', 'ok',   '28000', '42501', '28000'),
    ('dicedesk_delete_badge_preset_v1', 'delete the global preset',
     $$SELECT dicedesk_delete_badge_preset_v1(<<preset-global>>)$$,
                                                                                                 'ok',  '42501','42501', '42501', '42501','28000', '42501', '28000'),
    ('verify_system_audit_chain', 'verify the system audit chain',
     $$SELECT * FROM verify_system_audit_chain()$$,
                                                                                                 'ok',  '42501','42501', '42501', '42501','28000', '42501', 'ok'),
    -- Tenant chains (0017: definer behind a guard): the tenant's admins, system admins, the
    -- platform's server; without a user and without service claims, 28000.
    ('verify_tenant_audit_chain', 'verify A''s audit chain',
     $$SELECT * FROM verify_tenant_audit_chain(<<A>>)$$,
                                                                                                 'ok',  'ok',   '42501', '42501', 'ok',   '28000', '42501', 'ok'),
    ('verify_tenant_audit_chain', 'verify B''s audit chain',
     $$SELECT * FROM verify_tenant_audit_chain(<<B>>)$$,
                                                                                                 'ok',  '42501','42501', '42501', '42501','28000', '42501', 'ok'),
    -- Events (0014): the platform's server or a system admin.
    ('ingest_gamification_event_v1', 'ingest an event of A',
     $$SELECT * FROM ingest_gamification_event_v1(<<A>>, <<member_a1>>, 'run_completed', 'play', 'mx-event-0001')$$,
                                                                                                 'ok',  '42501','42501', '42501', '42501','28000', '42501', 'ok'),
    ('ingest_gamification_events_v1', 'ingest a batch of A and B',
     $$SELECT * FROM ingest_gamification_events_v1(jsonb_build_array(
           jsonb_build_object('tenant_id', <<A>>::text, 'actor_user_id', <<member_a1>>::text, 'event_type', 'run_completed',
                              'source', 'play', 'idempotency_key', 'mx-event-0002'),
           jsonb_build_object('tenant_id', <<B>>::text, 'actor_user_id', <<member_b1>>::text, 'event_type', 'run_completed',
                              'source', 'play', 'idempotency_key', 'mx-event-0003')))$$,
                                                                                                 'ok',  '42501','42501', '42501', '42501','28000', '42501', 'ok'),
    -- Rollups and analytics (0015): tenant admins of the tenant, system admins, the server.
    ('refresh_gamification_daily_summaries_v1', 'refresh A''s rollup',
     $$SELECT refresh_gamification_daily_summaries_v1(<<A>>, 3)$$,
                                                                                                 'ok',  'ok',   '42501', '42501', 'ok',   '28000', '42501', 'ok'),
    ('refresh_gamification_daily_summaries_v1', 'refresh B''s rollup',
     $$SELECT refresh_gamification_daily_summaries_v1(<<B>>, 3)$$,
                                                                                                 'ok',  '42501','42501', '42501', '42501','28000', '42501', 'ok'),
    ('admin_get_gamification_analytics_v5', 'analytics of A',
     $$SELECT * FROM admin_get_gamification_analytics_v5(<<A>>, 30)$$,
                                                                                                 'ok',  'ok',   '42501', '42501', 'ok',   '28000', '42501', 'ok'),
    ('admin_get_gamification_analytics_v5', 'analytics of B',
     $$SELECT * FROM admin_get_gamification_analytics_v5(<<B>>, 30)$$,
                                                                                                 'ok',  '42501','42501', '42501', '42501','28000', '42501', 'ok'),
    -- Only the platform's server: a trusted service session WITHOUT a user (0017).
    ('apply_coin_transaction_v1', 'post to the coin ledger directly',
     $$SELECT * FROM apply_coin_transaction_v1(<<member_a1>>, <<A>>, 'earn', 5, 'matrix', 'mx-apply-0001')$$,
                                                                                                 '42501','42501','42501', '42501', '42501','42501', '42501', 'ok'),
    ('apply_xp_transaction_v1', 'post to the XP ledger directly',
     $$SELECT * FROM apply_xp_transaction_v1(<<member_a1>>, <<A>>, 5, 'matrix', 'mx-apply-0002')$$,
                                                                                                 '42501','42501','42501', '42501', '42501','42501', '42501', 'ok');

-- The cases with the objects filled in, one row per (case, persona).
CREATE TEMP TABLE write_cases AS
WITH RECURSIVE filled (ord, step, call) AS (
    SELECT s.ord, 0, s.call FROM write_spec s
    UNION ALL
    SELECT f.ord, f.step + 1,
           replace(f.call, '<<' || o.name || '>>', quote_literal(o.id))
      FROM filled f
      JOIN (SELECT name, id, row_number() OVER (ORDER BY name) AS n FROM objects) o ON o.n = f.step + 1
)
SELECT s.ord, s.fn, s.what, f.call, p.ord AS persona_ord, p.persona, c.expected
  FROM write_spec s
  JOIN filled f ON f.ord = s.ord AND f.step = (SELECT count(*) FROM objects)
 CROSS JOIN LATERAL (VALUES ('system_admin', s.system_admin), ('tenant_admin_a', s.tenant_admin_a),
                            ('designer_a', s.designer_a), ('member_a', s.member_a),
                            ('login_admin_a', s.login_admin_a), ('no_claims', s.no_claims),
                            ('anon', s.anon), ('service', s.service)) AS c (persona, expected)
  JOIN personas p ON p.persona = c.persona;
GRANT SELECT ON write_cases TO PUBLIC;

-- The functions that write, from the catalog.
CREATE TEMP TABLE writing_functions AS
SELECT DISTINCT p.proname::text AS fn
  FROM pg_proc p
 WHERE p.pronamespace = 'public'::regnamespace AND p.prokind = 'f' AND p.provolatile = 'v'
   AND p.prorettype <> 'trigger'::regtype
   AND (has_function_privilege('authenticated', p.oid, 'EXECUTE')
        OR has_function_privilege('service_role', p.oid, 'EXECUTE')
        OR has_function_privilege('anon', p.oid, 'EXECUTE'));

-- Direct DML on every table, as every persona that is not the platform's server.
CREATE TEMP TABLE dml_cases AS
SELECT c.relname::text AS tbl, p.ord AS persona_ord, p.persona,
       format('INSERT INTO public.%I DEFAULT VALUES', c.relname) AS ins,
       a.upd,
       format('DELETE FROM public.%I', c.relname) AS del,
       format('TRUNCATE public.%I CASCADE', c.relname) AS trunc
  FROM pg_class c
  -- One UPDATE per column, so that a column-level grant is found too.
  JOIN LATERAL (SELECT array_agg(format('UPDATE public.%I SET %I = %I', c.relname, a.attname, a.attname)
                                 ORDER BY a.attnum) AS upd
                  FROM pg_attribute a
                 WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '') a ON true
 CROSS JOIN personas p
 WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
   AND p.persona <> 'service';
GRANT SELECT ON dml_cases TO PUBLIC;

CREATE TEMP TABLE outcomes (kind text, key text, persona text, state text, detail text);
GRANT INSERT ON outcomes TO PUBLIC;
CREATE FUNCTION pg_temp.probe(p_persona text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    c record;
    d text;
BEGIN
    FOR c IN SELECT * FROM pg_temp.write_cases w WHERE w.persona = p_persona LOOP
        d := pg_temp.outcome_detail(c.call);
        INSERT INTO pg_temp.outcomes VALUES ('fn', c.ord::text, p_persona, split_part(d, ':', 1), d);
    END LOOP;
    FOR c IN SELECT * FROM pg_temp.dml_cases w WHERE w.persona = p_persona LOOP
        d := format('INSERT=%s UPDATE=%s DELETE=%s TRUNCATE=%s', pg_temp.outcome(c.ins),
                    (SELECT string_agg(DISTINCT pg_temp.outcome(u), '|') FROM unnest(c.upd) AS u),
                    pg_temp.outcome(c.del), pg_temp.outcome(c.trunc));
        INSERT INTO pg_temp.outcomes VALUES ('dml', c.tbl, p_persona, d, d);
    END LOOP;
END $$;
GRANT EXECUTE ON FUNCTION pg_temp.probe(text) TO PUBLIC;

SELECT pg_temp.become(persona), pg_temp.probe(persona), pg_temp.unbecome()
  FROM personas ORDER BY ord \g /dev/null

SELECT plan(4 + (SELECT count(*)::int FROM write_cases) + (SELECT count(*)::int FROM dml_cases) + 14);

-- The cases cover the catalog ---------------------------------------------------------------------
SELECT is_empty($$SELECT fn FROM writing_functions EXCEPT SELECT fn FROM write_spec$$,
                'every writing function has a case');
SELECT is_empty($$SELECT fn FROM write_spec
                   EXCEPT SELECT p.proname::text FROM pg_proc p
                    WHERE p.pronamespace = 'public'::regnamespace
                      AND (has_function_privilege('authenticated', p.oid, 'EXECUTE')
                           OR has_function_privilege('service_role', p.oid, 'EXECUTE'))$$,
                'every case calls a function of the API (the read cases included)');
SELECT is_empty($$SELECT ord, call FROM write_cases WHERE call ~ '<<[^>]*>>'$$,
                'every object a case names exists');
SELECT is((SELECT count(*) FROM outcomes WHERE kind = 'fn'), (SELECT count(*) FROM write_cases),
          'every case was probed');

-- Functions × personas -------------------------------------------------------------------------------
SELECT is(CASE WHEN o.state = w.expected THEN o.state ELSE o.detail END, w.expected,
          format('%s: %s as %s', w.fn, w.what, w.persona))
  FROM write_cases w
  LEFT JOIN outcomes o ON o.kind = 'fn' AND o.key = w.ord::text AND o.persona = w.persona
 WHERE w.expected NOT LIKE '% TODO'
 ORDER BY w.ord, w.persona_ord;
-- The cells the migrations do not meet yet.
SELECT todo('known defect, see the comment in write_spec', (SELECT count(*)::int FROM write_cases
                                                            WHERE expected LIKE '% TODO'));
SELECT is(CASE WHEN o.state = split_part(w.expected, ' ', 1) THEN o.state ELSE o.detail END,
          split_part(w.expected, ' ', 1), format('%s: %s as %s', w.fn, w.what, w.persona))
  FROM write_cases w
  LEFT JOIN outcomes o ON o.kind = 'fn' AND o.key = w.ord::text AND o.persona = w.persona
 WHERE w.expected LIKE '% TODO'
 ORDER BY w.ord, w.persona_ord;

-- Direct DML × personas: never allowed, whatever the rows ----------------------------------------------
SELECT is(o.state, 'INSERT=42501 UPDATE=42501 DELETE=42501 TRUNCATE=42501',
          format('%s cannot insert, update, delete or truncate %s', d.persona, d.tbl))
  FROM dml_cases d
  LEFT JOIN outcomes o ON o.kind = 'dml' AND o.key = d.tbl AND o.persona = d.persona
 ORDER BY d.persona_ord, d.tbl;

-- The internal definer helpers are not callable by anyone but their owner ------------------------------
SELECT pg_temp.become('tenant_admin_a');
SELECT throws_ok(format($$SELECT public.dicedesk_pay_award(%L, %L, ARRAY[%L]::uuid[], 5, 'x', 'mx-internal-0001',
                                                             'coins', NULL, NULL)$$, :tenant_a, :admin_a, :member_a1),
                 '42501', NULL, 'dicedesk_pay_award() is internal');
SELECT throws_ok(format($$SELECT * FROM public.dicedesk_post_coin_entry(%L, %L, 'earn', 5, 'x', 'mx-internal-0002',
                                                                       NULL, NULL, NULL)$$, :member_a1, :tenant_a),
                 '42501', NULL, 'dicedesk_post_coin_entry() is internal');
SELECT throws_ok(format($$SELECT public.dicedesk_audit(%L, %L, 'forged.entry', '{}')$$, :tenant_b, :admin_b),
                 '42501', NULL, 'dicedesk_audit() is internal: nobody forges audit rows');
SELECT pg_temp.unbecome();
SELECT pg_temp.become('login_admin_a');
SELECT throws_ok($$SET ROLE service_role$$, '42501', NULL, 'a personal login cannot become service_role');
SELECT pg_temp.unbecome();

-- Tenant admin of A on tenant B's objects, spelled out ------------------------------------------------
SELECT is((SELECT string_agg(DISTINCT o.state, ',') FROM outcomes o JOIN write_cases w
             ON o.kind = 'fn' AND o.key = w.ord::text AND o.persona = w.persona
            WHERE w.persona IN ('tenant_admin_a', 'login_admin_a') AND w.what ~ '\mB\M'), '42501',
          'tenant admin A is refused on every tenant-B object');
SELECT is((SELECT string_agg(DISTINCT o.state, ',') FROM outcomes o JOIN write_cases w
             ON o.kind = 'fn' AND o.key = w.ord::text AND o.persona = w.persona
            WHERE w.fn = 'dicedesk_set_award_settings_v1' AND w.persona <> 'system_admin'
              AND o.state NOT IN ('28000')), '42501',
          'award settings, global or per tenant, are system-admin business');

-- Nor are wallets and progress written directly by the platform's server (0017): only the posting
-- functions, which keep them in step with the ledgers.
CREATE FUNCTION pg_temp.wallet_dml(p_tbl text) RETURNS text LANGUAGE sql AS $$
    SELECT format('INSERT=%s UPDATE=%s DELETE=%s',
                  pg_temp.outcome(format('INSERT INTO public.%I (user_id) VALUES (%L)', p_tbl, '00000000-0000-4000-8000-000000000014')),
                  pg_temp.outcome(format('UPDATE public.%I SET updated_at = updated_at', p_tbl)),
                  pg_temp.outcome(format('DELETE FROM public.%I', p_tbl)))
$$;
GRANT EXECUTE ON FUNCTION pg_temp.wallet_dml(text) TO PUBLIC;
SELECT pg_temp.become('service');
SELECT is(pg_temp.wallet_dml('user_coins'), 'INSERT=42501 UPDATE=42501 DELETE=42501',
          'service cannot insert, update or delete user_coins');
SELECT is(pg_temp.wallet_dml('user_progress'), 'INSERT=42501 UPDATE=42501 DELETE=42501',
          'service cannot insert, update or delete user_progress');
SELECT pg_temp.unbecome();

-- Operator mode (service_role + a user's sub): the member is still a member -----------------------------
SELECT pg_temp.act_as(:member_a1);
SELECT throws_ok(format($$SELECT * FROM admin_award_coins_v1(%L, NULL, ARRAY[%L]::uuid[], 5, 'x', 'mx-operator-0001')$$,
                        :tenant_a, :member_a1), '42501', NULL, 'a member in operator mode cannot award');
SELECT pg_temp.back_to_superuser();
-- ... and a service session acting for a user, even a system admin, is not the platform's server.
SELECT pg_temp.act_as(:sys1);
SELECT throws_ok(format($$SELECT * FROM apply_coin_transaction_v1(%L, %L, 'earn', 5, 'x', 'mx-operator-0002')$$,
                        :member_a1, :tenant_a), '42501', 'service role only',
                 'apply_coin_transaction_v1 refuses a service session acting for a user (operator mode)');
SELECT throws_ok(format($$SELECT * FROM apply_xp_transaction_v1(%L, %L, 5, 'x', 'mx-operator-0003')$$,
                        :member_a1, :tenant_a), '42501', 'service role only',
                 'apply_xp_transaction_v1 refuses a service session acting for a user (operator mode)');
SELECT pg_temp.back_to_superuser();

-- service_role without any claims is not "the service": the guards fail closed ---------------------------
SET LOCAL ROLE service_role;
SELECT throws_ok(format($$SELECT * FROM apply_coin_transaction_v1(%L, %L, 'earn', 5, 'x', 'mx-noclaims-0001')$$,
                        :member_a1, :tenant_a), '42501', 'service role only',
                 'apply_coin_transaction_v1 refuses service_role without claims');
SELECT throws_ok(format($$SELECT * FROM apply_xp_transaction_v1(%L, %L, 5, 'x', 'mx-noclaims-0002')$$,
                        :member_a1, :tenant_a), '42501', 'service role only',
                 'apply_xp_transaction_v1 refuses service_role without claims');
SELECT throws_ok($$SELECT expire_award_requests_v1()$$, '28000', NULL,
                 'expire_award_requests_v1 refuses service_role without claims (no identity)');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
