-- AWARD_BUILDER_EXPORT_SCHEMA_V1 export and import (0013): the export's shape, a lossless
-- round trip between tenants, dry runs, updates with version rows, and malformed or hostile
-- documents refused with one error per field while NOTHING is written.
--
-- Fixture ids:  tenant A f…0a, tenant B f…0b;  system admin a…01;  admin of A a…a1, editor of
-- A a…d1;  admin of B a…b1.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(38);

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
CREATE FUNCTION pg_temp.as_user(p_user uuid, p_role text DEFAULT 'service_role')
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM set_config('role', p_role, true);
    PERFORM set_config('request.jwt.claims',
                       CASE WHEN p_user IS NULL THEN '' ELSE json_build_object('role', p_role, 'sub', p_user)::text END,
                       true);
END
$$;
-- How much is stored: achievements, versions, translations, applied exports, audit rows.
CREATE FUNCTION pg_temp.stored() RETURNS bigint[] LANGUAGE sql SECURITY DEFINER AS $$
    SELECT ARRAY[(SELECT count(*) FROM public.achievements), (SELECT count(*) FROM public.achievement_versions),
                 (SELECT count(*) FROM public.achievement_translations), (SELECT count(*) FROM public.award_builder_exports),
                 (SELECT count(*) FROM public.tenant_audit_logs), (SELECT count(*) FROM public.system_audit_logs)]
$$;
GRANT EXECUTE ON FUNCTION pg_temp.as_user(uuid, text), pg_temp.stored() TO PUBLIC;
CREATE TEMP TABLE doc (name text PRIMARY KEY, body jsonb);
GRANT ALL ON doc TO PUBLIC;

INSERT INTO tenants (id, name, slug) VALUES
    ('f0000000-0000-4000-8000-00000000000a', 'Tenant A', 'test-tenant-a'),
    ('f0000000-0000-4000-8000-00000000000b', 'Tenant B', 'test-tenant-b');
INSERT INTO users (id, email, global_role) VALUES
    ('a0000000-0000-4000-8000-000000000001', 'sys@test.invalid', 'system_admin'),
    ('a0000000-0000-4000-8000-0000000000a1', 'admin-a@test.invalid', 'member'),
    ('a0000000-0000-4000-8000-0000000000d1', 'editor-a@test.invalid', 'member'),
    ('a0000000-0000-4000-8000-0000000000b1', 'admin-b@test.invalid', 'member');
INSERT INTO user_tenant_memberships (user_id, tenant_id, role) VALUES
    ('a0000000-0000-4000-8000-0000000000a1', 'f0000000-0000-4000-8000-00000000000a', 'admin'),
    ('a0000000-0000-4000-8000-0000000000d1', 'f0000000-0000-4000-8000-00000000000a', 'editor'),
    ('a0000000-0000-4000-8000-0000000000b1', 'f0000000-0000-4000-8000-00000000000b', 'admin');

-- Three achievements in A, through the API: an active one with everything set, an easter egg,
-- and a draft without description.
SELECT pg_temp.as_user('a0000000-0000-4000-8000-0000000000d1');
SELECT lives_ok($$
    SELECT dicedesk_save_achievement_v1('{"achievement_key": "team-player", "name": "Lagspelare",
        "description": "Led fem lekstunder tillsammans med andra.", "hint_text": "Samarbeta!",
        "badge_color": "#00838F", "icon_config": {"shape": "hexagon", "icon": "handshake", "label": "5"},
        "icon_url": "https://cdn.test.invalid/team.png", "icon_media_id": "c0000000-0000-4000-8000-000000000001",
        "condition_type": "session_count", "condition_value": 5,
        "unlock_criteria": {"type": "milestone", "params": {"metric": "session_count", "threshold": 5}},
        "status": "active", "tenant_id": "f0000000-0000-4000-8000-00000000000a",
        "translations": {"sv": {"name": "Lagspelare", "criteria_text": "Milstolpe: 5"},
                         "en": {"name": "Team player", "description": "Co-lead five sessions.", "hint_text": "Team up!"}}}',
        'created for the test');
    SELECT dicedesk_save_achievement_v1('{"achievement_key": "secret-handshake", "name": "Hemliga handslaget",
        "description": "Kan handslaget.", "is_easter_egg": true, "tenant_id": "f0000000-0000-4000-8000-00000000000a",
        "translations": {"no": {"name": "Det hemmelige håndtrykket"}}}', NULL);
    SELECT dicedesk_save_achievement_v1('{"achievement_key": "spring-challenge", "name": "Vårutmaningen",
        "condition_type": "run_completed", "condition_value": 3,
        "unlock_criteria": {"type": "event", "params": {"event_type": "run_completed", "count": 3}},
        "tenant_id": "f0000000-0000-4000-8000-00000000000a"}', NULL) $$,
    'three achievements in A');

-- Export ---------------------------------------------------------------------------------
INSERT INTO doc SELECT 'a', dicedesk_export_achievements_v1('f0000000-0000-4000-8000-00000000000a');
SELECT is((SELECT array_agg(k ORDER BY k) FROM doc, jsonb_object_keys(body) k WHERE name = 'a'),
          ARRAY['achievements', 'exported_at', 'exported_by', 'publish_scope', 'schema_version'],
          'the export has exactly the top-level fields of V1');
SELECT results_eq($$ SELECT body ->> 'schema_version', body #>> '{exported_by,tool}', body #>> '{exported_by,user_id}',
                            body -> 'publish_scope', jsonb_array_length(body -> 'achievements')
                       FROM doc WHERE name = 'a' $$,
                  $$ VALUES ('1.0', 'dicedesk', 'a0000000-0000-4000-8000-0000000000d1',
                             '{"type": "tenant", "tenant_id": "f0000000-0000-4000-8000-00000000000a"}'::jsonb, 3) $$,
                  'schema_version 1.0, exported_by the caller with tool dicedesk, the tenant scope, three achievements');
SELECT matches((SELECT body ->> 'exported_at' FROM doc WHERE name = 'a'),
               '^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$', 'exported_at is an ISO date-time in UTC (Z)');
SELECT is((SELECT body -> 'achievements' -> 2 FROM doc WHERE name = 'a'),
          '{"achievement_key": "team-player", "name": "Lagspelare",
            "description": "Led fem lekstunder tillsammans med andra.",
            "icon": {"icon_media_id": "c0000000-0000-4000-8000-000000000001",
                     "icon_url_legacy": "https://cdn.test.invalid/team.png"},
            "badge": {"badge_color": "#00838F", "icon_config": {"shape": "hexagon", "icon": "handshake", "label": "5"}},
            "visibility": {"is_easter_egg": false, "hint_text": "Samarbeta!"},
            "unlock": {"condition_type": "session_count", "condition_value": 5,
                       "unlock_criteria": {"type": "milestone", "params": {"metric": "session_count", "threshold": 5}}},
            "status": "active",
            "translations": {"sv": {"name": "Lagspelare", "description": null, "hint_text": null, "criteria_text": "Milstolpe: 5"},
                             "en": {"name": "Team player", "description": "Co-lead five sessions.", "hint_text": "Team up!",
                                    "criteria_text": null}}}'::jsonb,
          'an item carries the V1 fields (ordered by key) plus icon_config, status and translations');
SELECT is((SELECT body #> '{achievements,1,description}' FROM doc WHERE name = 'a'), '""'::jsonb,
          'a missing description is exported as the empty string V1 requires');
SELECT pg_temp.as_user('a0000000-0000-4000-8000-0000000000a1');
SELECT throws_ok($$ SELECT dicedesk_export_achievements_v1(NULL) $$, '42501', NULL,
                 'only system admins export the global scope');
SELECT throws_ok($$ SELECT dicedesk_export_achievements_v1('f0000000-0000-4000-8000-00000000000b') $$, '42501', NULL,
                 'the admin of A may not export B');

-- Round trip -----------------------------------------------------------------------------
SELECT is(dicedesk_import_achievements_v1((SELECT body FROM doc WHERE name = 'a'), NULL, true)
          - 'export_id',
          '{"valid": true, "dry_run": true, "errors": [], "created": [], "updated": [],
            "unchanged": ["secret-handshake", "spring-challenge", "team-player"]}'::jsonb,
          're-importing an export into its own scope changes nothing');
INSERT INTO doc SELECT 'a-to-b', jsonb_set(body, '{publish_scope,tenant_id}', '"f0000000-0000-4000-8000-00000000000b"')
  FROM doc WHERE name = 'a';
SELECT throws_ok($$ SELECT dicedesk_import_achievements_v1((SELECT body FROM doc WHERE name = 'a-to-b'), 'copy', true) $$,
                 '42501', NULL, 'the admin of A may not import into B');
SELECT pg_temp.as_user('a0000000-0000-4000-8000-0000000000b1');
INSERT INTO doc VALUES ('before', to_jsonb(pg_temp.stored()));
SELECT is(dicedesk_import_achievements_v1((SELECT body FROM doc WHERE name = 'a-to-b'), NULL) -> 'created',
          '["secret-handshake", "spring-challenge", "team-player"]'::jsonb, 'a dry run (the default) reports creations');
SELECT is(to_jsonb(pg_temp.stored()), (SELECT body FROM doc WHERE name = 'before'), 'and writes nothing');
SELECT throws_ok($$ SELECT dicedesk_import_achievements_v1((SELECT body FROM doc WHERE name = 'a-to-b'), NULL, false) $$,
                 '22023', NULL, 'applying needs a change reason');
SELECT is(dicedesk_import_achievements_v1((SELECT body FROM doc WHERE name = 'a-to-b'), 'copy from A', false) -> 'created',
          '["secret-handshake", "spring-challenge", "team-player"]'::jsonb, 'the admin of B applies the import');
INSERT INTO doc SELECT 'b', dicedesk_export_achievements_v1('f0000000-0000-4000-8000-00000000000b');
SELECT is((SELECT body -> 'achievements' FROM doc WHERE name = 'b'), (SELECT body -> 'achievements' FROM doc WHERE name = 'a'),
          'export -> import -> export gives identical definitions');
RESET ROLE;
SELECT results_eq($$ SELECT a.achievement_key, v.version, v.changed_by, v.change_reason
                       FROM achievement_versions v JOIN achievements a ON a.id = v.achievement_id
                      WHERE a.tenant_id = 'f0000000-0000-4000-8000-00000000000b' ORDER BY 1 $$,
                  $$ VALUES ('secret-handshake', 1, 'a0000000-0000-4000-8000-0000000000b1'::uuid, 'copy from A'),
                            ('spring-challenge', 1, 'a0000000-0000-4000-8000-0000000000b1'::uuid, 'copy from A'),
                            ('team-player', 1, 'a0000000-0000-4000-8000-0000000000b1'::uuid, 'copy from A') $$,
                  'each created achievement has its first version with author and reason');
SELECT results_eq($$ SELECT scope_type, tenant_id, exported_by_tool, imported_by_user_id FROM award_builder_exports $$,
                  $$ VALUES ('tenant', 'f0000000-0000-4000-8000-00000000000b'::uuid, 'dicedesk',
                             'a0000000-0000-4000-8000-0000000000b1'::uuid) $$,
                  'the applied document is kept in award_builder_exports');
SELECT pg_temp.as_user('a0000000-0000-4000-8000-0000000000b1');
SELECT is(dicedesk_import_achievements_v1((SELECT body FROM doc WHERE name = 'b'), 'again', false) -> 'unchanged',
          '["secret-handshake", "spring-challenge", "team-player"]'::jsonb, 'importing B''s own export changes nothing');
UPDATE doc SET body = jsonb_set(jsonb_set(body, '{achievements,2,name}', '"Lagspelaren"'),
                                '{achievements,1,status}', '"active"')
 WHERE name = 'b';
SELECT is(dicedesk_import_achievements_v1((SELECT body FROM doc WHERE name = 'b'), 'rename and launch', false)
          - 'export_id' - 'errors' - 'valid' - 'dry_run',
          '{"created": [], "updated": ["spring-challenge", "team-player"], "unchanged": ["secret-handshake"]}'::jsonb,
          'changed items are updated, the rest left alone');
RESET ROLE;
SELECT results_eq($$ SELECT v.version, v.definition ->> 'name', v.change_reason
                       FROM achievement_versions v JOIN achievements a ON a.id = v.achievement_id
                      WHERE a.tenant_id = 'f0000000-0000-4000-8000-00000000000b' AND a.achievement_key = 'team-player'
                      ORDER BY v.version $$,
                  $$ VALUES (1, 'Lagspelare', 'copy from A'), (2, 'Lagspelaren', 'rename and launch') $$,
                  'an update appends a version; the previous definition is kept');
SELECT is((SELECT count(*)::int FROM tenant_audit_logs WHERE tenant_id = 'f0000000-0000-4000-8000-00000000000b'
              AND event_type = 'gamification.achievement.imported'), 2,
          'each applied import that changed something is audited once (the no-op one is not)');

-- Malformed and hostile documents: valid = false, one error per field, nothing written ---
-- Each is a variant of B's current export ("b"), applied for real (p_dry_run false).
CREATE FUNCTION pg_temp.attempt(p_export jsonb) RETURNS jsonb LANGUAGE sql AS $$
    SELECT jsonb_build_object('valid', r -> 'valid',
                              'paths', (SELECT jsonb_agg(e ->> 'path' ORDER BY e ->> 'path') FROM jsonb_array_elements(r -> 'errors') e))
      FROM (SELECT public.dicedesk_import_achievements_v1(p_export, 'hostile', false) AS r) x
$$;
GRANT EXECUTE ON FUNCTION pg_temp.attempt(jsonb) TO PUBLIC;
DELETE FROM doc WHERE name = 'before';
INSERT INTO doc VALUES ('before', to_jsonb(pg_temp.stored()));
SELECT pg_temp.as_user('a0000000-0000-4000-8000-0000000000b1');

SELECT is(pg_temp.attempt((SELECT jsonb_set(body, '{schema_version}', '"2.0"') FROM doc WHERE name = 'b')),
          '{"valid": false, "paths": ["schema_version"]}'::jsonb, 'another major version is refused outright');
SELECT is((SELECT dicedesk_import_achievements_v1(jsonb_set(body, '{schema_version}', '"2.0"'), 'x', false) #>> '{errors,0,message}'
             FROM doc WHERE name = 'b'),
          'major version 2 is not supported: this database reads 1.x', 'and says why');
SELECT is(pg_temp.attempt((SELECT jsonb_set(body, '{schema_version}', '1.0') FROM doc WHERE name = 'b')),
          '{"valid": false, "paths": ["schema_version"]}'::jsonb, 'schema_version must be a string');
SELECT is(pg_temp.attempt((SELECT body #- '{achievements,0,name}' #- '{achievements,1,icon}' #- '{exported_by,tool}'
                             FROM doc WHERE name = 'b')),
          '{"valid": false, "paths": ["achievements[0].name", "achievements[1].icon", "exported_by.tool"]}'::jsonb,
          'missing fields are named one by one');
SELECT is(pg_temp.attempt((SELECT jsonb_set(jsonb_set(jsonb_set(body, '{achievements,0,unlock,condition_value}', '"ten"'),
                                                      '{achievements,1,visibility,is_easter_egg}', '"yes"'),
                                            '{achievements,2,unlock,unlock_criteria,type}', '"sometimes"')
                             FROM doc WHERE name = 'b')),
          '{"valid": false, "paths": ["achievements[0].unlock.condition_value", "achievements[1].visibility.is_easter_egg",
                                      "achievements[2].unlock.unlock_criteria.type"]}'::jsonb,
          'wrong types and values are named by their path');
SELECT is(pg_temp.attempt((SELECT jsonb_set(body, '{achievements,2,achievement_key}', '"secret-handshake"')
                             FROM doc WHERE name = 'b')),
          '{"valid": false, "paths": ["achievements[2].achievement_key"]}'::jsonb, 'duplicate keys inside the file');
SELECT is((SELECT dicedesk_import_achievements_v1(jsonb_set(body, '{achievements,2,achievement_key}', '"secret-handshake"'),
                                                  'x', true) #>> '{errors,0,message}'
             FROM doc WHERE name = 'b'),
          'duplicates achievements[0].achievement_key', 'the duplicate points at the first occurrence');
SELECT is(pg_temp.attempt((SELECT jsonb_set(body, '{publish_scope,type}', '"global"') FROM doc WHERE name = 'b')),
          '{"valid": false, "paths": ["publish_scope.tenant_id"]}'::jsonb, 'tenant_id must be null for global scope');
SELECT is(pg_temp.attempt((SELECT jsonb_set(body, '{publish_scope,tenant_id}', 'null') FROM doc WHERE name = 'b')),
          '{"valid": false, "paths": ["publish_scope.tenant_id"]}'::jsonb, 'and set for tenant scope');
SELECT is(pg_temp.attempt((SELECT body || '{"meta": {"status": "published"}}' FROM doc WHERE name = 'b')),
          '{"valid": false, "paths": ["meta"]}'::jsonb, 'unknown top-level fields are refused');
SELECT is(pg_temp.attempt((SELECT jsonb_set(jsonb_set(body, '{achievements,2}', '"<script>"'),
                                            '{achievements,0,visibility,hint_text}', '"psst"')
                             FROM doc WHERE name = 'b')),
          '{"valid": false, "paths": ["achievements[0].visibility.hint_text", "achievements[2]"]}'::jsonb,
          'a non-object item and a hint on an easter egg are refused');
SELECT is(pg_temp.attempt((SELECT jsonb_set(body, '{achievements,0,translations}', '{"de": {"name": "Geheim"}}')
                             FROM doc WHERE name = 'b')),
          '{"valid": false, "paths": ["achievements[0].translations.de"]}'::jsonb, 'only the locales sv, en and no');
SELECT is(pg_temp.attempt((SELECT jsonb_set(body, '{achievements,2,status}', '"draft"') FROM doc WHERE name = 'b')),
          '{"valid": false, "paths": ["achievements[2].status"]}'::jsonb, 'an active achievement cannot return to draft');
SELECT is(pg_temp.attempt('[1, 2, 3]'), '{"valid": false, "paths": ["$"]}'::jsonb, 'a document that is not an object');
SELECT throws_ok($$ SELECT dicedesk_import_achievements_v1(
                        (SELECT jsonb_set(body, '{achievements}', (SELECT jsonb_agg(i.item) FROM generate_series(1, 1001) g
                                                                   CROSS JOIN LATERAL (SELECT body -> 'achievements' -> 0 AS item) i))
                           FROM doc WHERE name = 'b'), 'x', false) $$,
                 '54000', NULL, 'more than 1000 achievements are refused');
SELECT throws_ok($$ SELECT dicedesk_import_achievements_v1(
                        (SELECT jsonb_set(body, '{achievements,0,badge,icon_config}',
                                          jsonb_build_object('blob', (SELECT string_agg(md5(g::text), '') FROM generate_series(1, 200000) g)))
                           FROM doc WHERE name = 'b'), 'x', false) $$,
                 '54000', NULL, 'a document over 5 MB is refused');
SELECT is(to_jsonb(pg_temp.stored()), (SELECT body FROM doc WHERE name = 'before'),
          'none of the refused imports wrote anything');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
