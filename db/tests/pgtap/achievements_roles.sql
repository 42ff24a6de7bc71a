-- Achievements by persona (0013): who may save what in which scope, drafts hidden from members,
-- status transitions, version rows with author and reason, optimistic concurrency, bulk status,
-- audit, and the award rules (members only, archived/draft refused, duplicates reported,
-- idempotent replay, DD409).
--
-- Fixture ids:  tenant A f…0a, tenant B f…0b;  system admin a…01;  in A: admin a…a1,
-- editor a…d1, members a…e1 and a…e2, suspended member a…e3;  in B: admin a…b1, member a…b2.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(66);

-- The personas call pgTAP as themselves.
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

-- Act as a user through the trusted-service path (or as p_role with claims for that role;
-- p_user NULL and p_role 'authenticated' means: no claims at all).
CREATE FUNCTION pg_temp.as_user(p_user uuid, p_role text DEFAULT 'service_role')
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM set_config('role', p_role, true);
    PERFORM set_config('request.jwt.claims',
                       CASE WHEN p_user IS NULL THEN '' ELSE json_build_object('role', p_role, 'sub', p_user)::text END,
                       true);
END
$$;
CREATE FUNCTION pg_temp.ach(p_key text) RETURNS uuid LANGUAGE sql SECURITY DEFINER
AS $$ SELECT a.id FROM public.achievements a WHERE a.achievement_key = p_key $$;
GRANT EXECUTE ON FUNCTION pg_temp.as_user(uuid, text), pg_temp.ach(text) TO PUBLIC;

INSERT INTO tenants (id, name, slug) VALUES
    ('f0000000-0000-4000-8000-00000000000a', 'Tenant A', 'test-tenant-a'),
    ('f0000000-0000-4000-8000-00000000000b', 'Tenant B', 'test-tenant-b');
INSERT INTO users (id, email, full_name, global_role) VALUES
    ('a0000000-0000-4000-8000-000000000001', 'sys@test.invalid', 'Sys', 'system_admin'),
    ('a0000000-0000-4000-8000-0000000000a1', 'admin-a@test.invalid', 'Admin A', 'member'),
    ('a0000000-0000-4000-8000-0000000000d1', 'editor-a@test.invalid', 'Editor A', 'member'),
    ('a0000000-0000-4000-8000-0000000000e1', 'member-a1@test.invalid', 'Member A1', 'member'),
    ('a0000000-0000-4000-8000-0000000000e2', 'member-a2@test.invalid', 'Member A2', 'member'),
    ('a0000000-0000-4000-8000-0000000000e3', 'suspended-a@test.invalid', 'Suspended A', 'member'),
    ('a0000000-0000-4000-8000-0000000000b1', 'admin-b@test.invalid', 'Admin B', 'member'),
    ('a0000000-0000-4000-8000-0000000000b2', 'member-b@test.invalid', 'Member B', 'member');
INSERT INTO user_tenant_memberships (user_id, tenant_id, role, status) VALUES
    ('a0000000-0000-4000-8000-0000000000a1', 'f0000000-0000-4000-8000-00000000000a', 'admin', 'active'),
    ('a0000000-0000-4000-8000-0000000000d1', 'f0000000-0000-4000-8000-00000000000a', 'editor', 'active'),
    ('a0000000-0000-4000-8000-0000000000e1', 'f0000000-0000-4000-8000-00000000000a', 'member', 'active'),
    ('a0000000-0000-4000-8000-0000000000e2', 'f0000000-0000-4000-8000-00000000000a', 'member', 'active'),
    ('a0000000-0000-4000-8000-0000000000e3', 'f0000000-0000-4000-8000-00000000000a', 'member', 'suspended'),
    ('a0000000-0000-4000-8000-0000000000b1', 'f0000000-0000-4000-8000-00000000000b', 'admin', 'active'),
    ('a0000000-0000-4000-8000-0000000000b2', 'f0000000-0000-4000-8000-00000000000b', 'member', 'active');

-- Saving: global scope -------------------------------------------------------------------
SELECT pg_temp.as_user('a0000000-0000-4000-8000-000000000001');
SELECT is(dicedesk_save_achievement_v1(
              '{"achievement_key": "t-global-star", "name": "Star", "condition_type": "manual", "status": "active"}',
              'new global badge') - 'id',
          '{"version": 1, "created": true, "changed": true}'::jsonb,
          'a system admin creates a global achievement (version 1)');
SELECT lives_ok($$ SELECT dicedesk_save_achievement_v1('{"achievement_key": "t-global-draft", "name": "Secret plan"}', NULL) $$,
                'a system admin creates a global draft');
SELECT pg_temp.as_user('a0000000-0000-4000-8000-0000000000a1');
SELECT throws_ok($$ SELECT dicedesk_save_achievement_v1('{"achievement_key": "t-global-x", "name": "X"}', NULL) $$,
                 '42501', NULL, 'a tenant admin may not create a global achievement');
SELECT pg_temp.as_user('a0000000-0000-4000-8000-0000000000d1');
SELECT throws_ok(format($$ SELECT dicedesk_save_achievement_v1('{"id": "%s", "name": "Renamed"}', 'x') $$,
                        pg_temp.ach('t-global-star')),
                 '42501', NULL, 'an editor may not change a global achievement');

-- Saving: tenant scope ---------------------------------------------------------------------
SELECT is(dicedesk_save_achievement_v1(
              '{"achievement_key": "t-camp-hero", "name": "Camp hero", "description": "Named by the leaders",
                "tenant_id": "f0000000-0000-4000-8000-00000000000a", "badge_color": "#2E7D32",
                "icon_config": {"shape": "shield"}, "condition_type": "manual",
                "translations": {"sv": {"name": "Lägerhjälte"}, "en": {"name": "Camp hero", "hint_text": "Ask a leader"}}}',
              'first draft') ->> 'version', '1', 'the editor of A creates a tenant draft');
SELECT pg_temp.as_user('a0000000-0000-4000-8000-0000000000e1');
SELECT throws_ok($$ SELECT dicedesk_save_achievement_v1('{"achievement_key": "t-member-x", "name": "X",
                                                          "tenant_id": "f0000000-0000-4000-8000-00000000000a"}', NULL) $$,
                 '42501', NULL, 'a plain member may not create achievements');
SELECT pg_temp.as_user('a0000000-0000-4000-8000-0000000000b1');
SELECT throws_ok($$ SELECT dicedesk_save_achievement_v1('{"achievement_key": "t-b-in-a", "name": "X",
                                                          "tenant_id": "f0000000-0000-4000-8000-00000000000a"}', NULL) $$,
                 '42501', NULL, 'the admin of B may not create achievements in A');
SELECT throws_ok(format($$ SELECT dicedesk_save_achievement_v1('{"id": "%s", "name": "Hijacked"}', 'mine now') $$,
                        pg_temp.ach('t-camp-hero')),
                 '42501', NULL, 'the admin of B may not change an achievement of A');

SELECT pg_temp.as_user('a0000000-0000-4000-8000-0000000000a1');
SELECT throws_ok(format($$ SELECT dicedesk_save_achievement_v1('{"id": "%s", "status": "active"}', NULL) $$,
                        pg_temp.ach('t-camp-hero')),
                 '22023', NULL, 'an update needs a change reason');
SELECT throws_ok(format($$ SELECT dicedesk_save_achievement_v1('{"id": "%s", "status": "active"}', E'\t\n\u200b') $$,
                        pg_temp.ach('t-camp-hero')),
                 '22023', NULL, 'a change reason of only tabs, line breaks and zero-width spaces is blank');
SELECT is(dicedesk_save_achievement_v1(jsonb_build_object('id', pg_temp.ach('t-camp-hero'), 'status', 'active'),
                                       'go live', 1) ->> 'version',
          '2', 'the admin of A activates it, based on version 1');
RESET ROLE;
SELECT results_eq(
    format($$ SELECT version, changed_by, change_reason, definition ->> 'status', definition #>> '{translations,sv,name}'
                FROM achievement_versions WHERE achievement_id = %L ORDER BY version $$, pg_temp.ach('t-camp-hero')),
    $$ VALUES (1, 'a0000000-0000-4000-8000-0000000000d1'::uuid, 'first draft', 'draft', 'Lägerhjälte'),
              (2, 'a0000000-0000-4000-8000-0000000000a1'::uuid, 'go live', 'active', 'Lägerhjälte') $$,
    'each save appends a version with author, reason and the full definition; the previous one is kept');

SELECT pg_temp.as_user('a0000000-0000-4000-8000-0000000000d1');
SELECT throws_ok(format($$ SELECT dicedesk_save_achievement_v1('{"id": "%s", "name": "Stale edit"}', 'edit', 1) $$,
                        pg_temp.ach('t-camp-hero')),
                 '40001', NULL, 'an edit based on an old version is refused (changed by someone else)');
SELECT throws_ok(format($$ SELECT dicedesk_save_achievement_v1('{"id": "%s", "status": "draft"}', 'back', 2) $$,
                        pg_temp.ach('t-camp-hero')),
                 '22023', NULL, 'an active achievement never returns to draft');
SELECT is(dicedesk_save_achievement_v1(jsonb_build_object('id', pg_temp.ach('t-camp-hero'), 'name', 'Camp hero'),
                                       'nothing really', 2),
          jsonb_build_object('id', pg_temp.ach('t-camp-hero'), 'version', 2, 'created', false, 'changed', false),
          'a save that changes nothing writes no version');
SELECT is(dicedesk_save_achievement_v1(jsonb_build_object('id', pg_temp.ach('t-camp-hero'),
                                                          'translations', '{"sv": {"name": "Lägerhjälte"}}'::jsonb),
                                       'drop English', 2) ->> 'version',
          '3', 'translations are replaced as a set');
RESET ROLE;
SELECT is((SELECT array_agg(locale ORDER BY locale) FROM achievement_translations
            WHERE achievement_id = pg_temp.ach('t-camp-hero')), ARRAY['sv'], 'the English translation is gone');
SELECT pg_temp.as_user('a0000000-0000-4000-8000-0000000000d1');

-- Validation
SELECT throws_ok($$ SELECT dicedesk_save_achievement_v1('{"achievement_key": "t-egg", "name": "Egg", "is_easter_egg": true,
                        "hint_text": "look under the table", "tenant_id": "f0000000-0000-4000-8000-00000000000a"}', NULL) $$,
                 '22023', NULL, 'an easter egg cannot have a hint');
SELECT throws_ok($$ SELECT dicedesk_save_achievement_v1('{"achievement_key": "t-egg", "name": "Egg", "is_easter_egg": true,
                        "tenant_id": "f0000000-0000-4000-8000-00000000000a",
                        "translations": {"en": {"name": "Egg", "hint_text": "psst"}}}', NULL) $$,
                 '22023', NULL, 'nor can one of its translations');
SELECT lives_ok($$ SELECT dicedesk_save_achievement_v1('{"achievement_key": "t-egg", "name": "Egg", "is_easter_egg": true,
                        "hint_text": null, "tenant_id": "f0000000-0000-4000-8000-00000000000a"}', NULL) $$,
                'an easter egg without a hint is fine');
SELECT throws_ok($$ SELECT dicedesk_save_achievement_v1('{"achievement_key": "t-colour", "name": "C", "badge_color": "green",
                        "tenant_id": "f0000000-0000-4000-8000-00000000000a"}', NULL) $$,
                 '22023', NULL, 'badge_color must be #RRGGBB');
SELECT throws_ok(format($$ SELECT dicedesk_save_achievement_v1('{"achievement_key": "t-long", "name": "%s",
                        "tenant_id": "f0000000-0000-4000-8000-00000000000a"}', NULL) $$, repeat('x', 201)),
                 '22001', NULL, 'a name longer than 200 characters is refused with 22001');
SELECT throws_ok($$ SELECT dicedesk_save_achievement_v1('{"achievement_key": "t-typo", "name": "T", "colour": "#000000",
                        "tenant_id": "f0000000-0000-4000-8000-00000000000a"}', NULL) $$,
                 '22023', NULL, 'unknown fields are refused');
SELECT throws_ok($$ SELECT dicedesk_save_achievement_v1('{"achievement_key": "t-camp-hero", "name": "Twin",
                        "tenant_id": "f0000000-0000-4000-8000-00000000000a"}', NULL) $$,
                 '22023', NULL, 'achievement_key is unique within its scope');
SELECT lives_ok($$ SELECT dicedesk_save_achievement_v1('{"achievement_key": "t-spring", "name": "Spring challenge",
                        "tenant_id": "f0000000-0000-4000-8000-00000000000a"}', NULL) $$,
                'another draft in A');
SELECT throws_ok(format($$ SELECT dicedesk_save_achievement_v1('{"id": "%s", "tenant_id": "f0000000-0000-4000-8000-00000000000b"}', 'move') $$,
                        pg_temp.ach('t-spring')),
                 '22023', NULL, 'an achievement cannot move to another tenant');

-- Bulk status: all or nothing ------------------------------------------------------------
SELECT throws_ok(format($$ SELECT dicedesk_set_achievement_status_v1(ARRAY[%L, %L]::uuid[], 'archived', 'season over') $$,
                        pg_temp.ach('t-camp-hero'), pg_temp.ach('t-spring')),
                 '22023', NULL, 'archiving a draft is not a valid transition, so the whole call is refused');
RESET ROLE;
SELECT is((SELECT status::text FROM achievements WHERE id = pg_temp.ach('t-camp-hero')), 'active',
          'and the other achievement of that call was not archived');
SELECT pg_temp.as_user('a0000000-0000-4000-8000-0000000000b1');
SELECT throws_ok(format($$ SELECT dicedesk_set_achievement_status_v1(ARRAY[%L]::uuid[], 'archived', 'x') $$,
                        pg_temp.ach('t-camp-hero')),
                 '42501', NULL, 'the admin of B may not archive achievements of A');
SELECT pg_temp.as_user('a0000000-0000-4000-8000-0000000000d1');
SELECT is(dicedesk_set_achievement_status_v1(ARRAY[pg_temp.ach('t-camp-hero'), pg_temp.ach('t-spring')], 'active',
                                             'spring starts') -> 'changed' -> 0 ->> 'id',
          pg_temp.ach('t-spring')::text, 'bulk activation changes only what is not active yet');
SELECT is((SELECT (dicedesk_set_achievement_status_v1(ARRAY[pg_temp.ach('t-spring')], 'archived', 'spring over')
                   -> 'changed' -> 0 ->> 'version')), '3', 'archiving writes the next version');
SELECT is(dicedesk_save_achievement_v1(jsonb_build_object('id', pg_temp.ach('t-spring'), 'status', 'active'),
                                       'spring is back') ->> 'version',
          '4', 'an archived achievement may be activated again');

-- Visibility of drafts ---------------------------------------------------------------------
SELECT lives_ok($$ SELECT dicedesk_save_achievement_v1('{"achievement_key": "t-summer", "name": "Summer",
                        "tenant_id": "f0000000-0000-4000-8000-00000000000a",
                        "translations": {"sv": {"name": "Sommar"}}}', NULL) $$,
                'a new draft in A');
SELECT pg_temp.as_user('a0000000-0000-4000-8000-0000000000e1', 'authenticated');
SELECT is((SELECT array_agg(achievement_key ORDER BY achievement_key) FROM achievements
            WHERE achievement_key IN ('t-summer', 't-camp-hero', 't-global-star', 't-global-draft')),
          ARRAY['t-camp-hero', 't-global-star'], 'a member sees active achievements of A and global ones, no drafts');
SELECT is((SELECT count(*)::int FROM achievement_translations WHERE achievement_id = pg_temp.ach('t-summer')), 0,
          'nor the translations of a draft');
SELECT pg_temp.as_user('a0000000-0000-4000-8000-0000000000d1', 'authenticated');
SELECT is((SELECT array_agg(achievement_key ORDER BY achievement_key) FROM achievements
            WHERE achievement_key IN ('t-summer', 't-global-draft')),
          ARRAY['t-summer'], 'the editor of A sees the drafts of A (but not global drafts)');
SELECT pg_temp.as_user('a0000000-0000-4000-8000-0000000000b1', 'authenticated');
SELECT is((SELECT count(*)::int FROM achievements WHERE achievement_key IN ('t-summer', 't-camp-hero')), 0,
          'the admin of B sees nothing of A');
SELECT pg_temp.as_user('a0000000-0000-4000-8000-000000000001', 'authenticated');
SELECT is((SELECT count(*)::int FROM achievements WHERE achievement_key IN ('t-summer', 't-global-draft')), 2,
          'a system admin sees every draft');

-- Awards -------------------------------------------------------------------------------------
SELECT pg_temp.as_user('a0000000-0000-4000-8000-0000000000d1');
SELECT is(tenant_award_achievement_v1('f0000000-0000-4000-8000-00000000000a', pg_temp.ach('t-camp-hero'),
                                      ARRAY['a0000000-0000-4000-8000-0000000000e1', 'a0000000-0000-4000-8000-0000000000e2']::uuid[],
                                      'Great camp!', 'test-award-0001')
          - 'award_id' - 'achievement_id',
          '{"status": "success", "inserted_count": 2, "duplicate_count": 0, "total_targeted": 2,
            "awarded_user_ids": ["a0000000-0000-4000-8000-0000000000e1", "a0000000-0000-4000-8000-0000000000e2"],
            "duplicate_user_ids": [], "message": "Great camp!", "idempotency_key": "test-award-0001",
            "achievement_name": "Camp hero"}'::jsonb,
          'the editor of A awards an active achievement to two members');
SELECT is(tenant_award_achievement_v1('f0000000-0000-4000-8000-00000000000a', pg_temp.ach('t-camp-hero'),
                                      ARRAY['a0000000-0000-4000-8000-0000000000e2', 'a0000000-0000-4000-8000-0000000000e1']::uuid[],
                                      'Great camp!', 'test-award-0001') ->> 'status',
          'duplicate', 'the same key and payload replays (recipient order does not matter)');
RESET ROLE;
SELECT is((SELECT count(*)::int FROM gamification_admin_awards WHERE idempotency_key = 'test-award-0001'), 1,
          'the replay wrote no second award');
SELECT pg_temp.as_user('a0000000-0000-4000-8000-0000000000d1');
SELECT throws_ok(format($$ SELECT tenant_award_achievement_v1('f0000000-0000-4000-8000-00000000000a', %L,
                              ARRAY['a0000000-0000-4000-8000-0000000000e1']::uuid[], 'Great camp!', 'test-award-0001') $$,
                        pg_temp.ach('t-camp-hero')),
                 'DD409', NULL, 'the same key with other recipients is DD409');
SELECT is(tenant_award_achievement_v1('f0000000-0000-4000-8000-00000000000a', pg_temp.ach('t-camp-hero'),
                                      ARRAY['a0000000-0000-4000-8000-0000000000e1', 'a0000000-0000-4000-8000-0000000000a1']::uuid[],
                                      NULL, 'test-award-0002')
          - 'award_id' - 'achievement_id' - 'achievement_name' - 'idempotency_key',
          '{"status": "success", "inserted_count": 1, "duplicate_count": 1, "total_targeted": 2,
            "awarded_user_ids": ["a0000000-0000-4000-8000-0000000000a1"],
            "duplicate_user_ids": ["a0000000-0000-4000-8000-0000000000e1"], "message": "Achievement awarded"}'::jsonb,
          'a holder is reported as a duplicate, not an error; no message stores a default text');
RESET ROLE;
SELECT is((SELECT count(*)::int FROM user_achievements
            WHERE achievement_id = pg_temp.ach('t-camp-hero') AND user_id = 'a0000000-0000-4000-8000-0000000000e1'), 1,
          'each user holds an achievement at most once');
SELECT results_eq($$ SELECT award_type, amount, recipient_count, source FROM gamification_admin_awards
                      WHERE idempotency_key = 'test-award-0002' $$,
                  $$ VALUES ('achievement', 1, 2, 'tenant_award') $$,
                  'the award is recorded as an achievement award of amount 1');
SELECT pg_temp.as_user('a0000000-0000-4000-8000-0000000000d1');
SELECT throws_ok(format($$ SELECT tenant_award_achievement_v1('f0000000-0000-4000-8000-00000000000a', %L,
                              ARRAY['a0000000-0000-4000-8000-0000000000b2']::uuid[]) $$, pg_temp.ach('t-camp-hero')),
                 '22023', NULL, 'recipients must be members of the tenant');
SELECT throws_ok(format($$ SELECT tenant_award_achievement_v1('f0000000-0000-4000-8000-00000000000a', %L,
                              ARRAY['a0000000-0000-4000-8000-0000000000e3']::uuid[]) $$, pg_temp.ach('t-camp-hero')),
                 '22023', NULL, 'recipients must be active members');
SELECT throws_ok(format($$ SELECT tenant_award_achievement_v1('f0000000-0000-4000-8000-00000000000a', %L,
                              ARRAY['a0000000-0000-4000-8000-0000000000e1']::uuid[]) $$, pg_temp.ach('t-summer')),
                 '22023', NULL, 'a draft cannot be awarded by tenant staff');
SELECT pg_temp.as_user('a0000000-0000-4000-8000-0000000000e1');
SELECT throws_ok(format($$ SELECT tenant_award_achievement_v1('f0000000-0000-4000-8000-00000000000a', %L,
                              ARRAY['a0000000-0000-4000-8000-0000000000e2']::uuid[]) $$, pg_temp.ach('t-camp-hero')),
                 '42501', NULL, 'a plain member may not award');
SELECT pg_temp.as_user('a0000000-0000-4000-8000-0000000000b1');
SELECT throws_ok(format($$ SELECT tenant_award_achievement_v1('f0000000-0000-4000-8000-00000000000b', %L,
                              ARRAY['a0000000-0000-4000-8000-0000000000b2']::uuid[]) $$, pg_temp.ach('t-camp-hero')),
                 '42501', NULL, 'B may not award an achievement that belongs to A');
SELECT pg_temp.as_user('a0000000-0000-4000-8000-0000000000a1');
SELECT throws_ok(format($$ SELECT admin_award_achievement_v1(%L, ARRAY['a0000000-0000-4000-8000-0000000000e1']::uuid[]) $$,
                        pg_temp.ach('t-camp-hero')),
                 '42501', NULL, 'admin_award_achievement_v1 is for system admins only');

SELECT pg_temp.as_user('a0000000-0000-4000-8000-000000000001');
SELECT throws_ok(format($$ SELECT admin_award_achievement_v1(%L, ARRAY['a0000000-0000-4000-8000-0000000000e1']::uuid[]) $$,
                        pg_temp.ach('t-global-star')),
                 '22023', NULL, 'a global award needs the tenant it is recorded in');
SELECT is(admin_award_achievement_v1(pg_temp.ach('t-global-draft'), ARRAY['a0000000-0000-4000-8000-0000000000e1']::uuid[],
                                     'Pilot', 'f0000000-0000-4000-8000-00000000000a') ->> 'inserted_count',
          '1', 'a system admin may award a draft, recorded in the given tenant');
SELECT throws_ok(format($$ SELECT admin_award_achievement_v1(%L, ARRAY['a0000000-0000-4000-8000-0000000000e1']::uuid[],
                              NULL, 'f0000000-0000-4000-8000-00000000000b') $$, pg_temp.ach('t-camp-hero')),
                 '22023', NULL, 'a tenant achievement is recorded in its own tenant only');
SELECT lives_ok(format($$ SELECT dicedesk_set_achievement_status_v1(ARRAY[%L]::uuid[], 'archived', 'retired') $$,
                       pg_temp.ach('t-global-star')), 'a system admin archives a global achievement');
SELECT throws_ok(format($$ SELECT admin_award_achievement_v1(%L, ARRAY['a0000000-0000-4000-8000-0000000000e1']::uuid[],
                              NULL, 'f0000000-0000-4000-8000-00000000000a') $$, pg_temp.ach('t-global-star')),
                 '22023', NULL, 'an archived achievement cannot be awarded');
RESET ROLE;
SELECT is((SELECT source FROM user_achievements
            WHERE achievement_id = pg_temp.ach('t-global-draft') AND user_id = 'a0000000-0000-4000-8000-0000000000e1'),
          'admin_award', 'the unlock records its source');

-- Holder counts --------------------------------------------------------------------------
SELECT pg_temp.as_user('a0000000-0000-4000-8000-0000000000a1');
SELECT is(dicedesk_achievement_holder_count_v1(pg_temp.ach('t-camp-hero')), 3::bigint,
          'the admin of A counts the holders among A''s members');
SELECT pg_temp.as_user('a0000000-0000-4000-8000-0000000000b1');
SELECT throws_ok(format($$ SELECT dicedesk_achievement_holder_count_v1(%L) $$, pg_temp.ach('t-camp-hero')),
                 '42501', NULL, 'the admin of B may not count holders of A''s achievement');

-- Audit ----------------------------------------------------------------------------------
RESET ROLE;
SELECT is((SELECT array_agg(DISTINCT event_type ORDER BY event_type) FROM tenant_audit_logs
            WHERE tenant_id = 'f0000000-0000-4000-8000-00000000000a'),
          ARRAY['gamification.achievement.created', 'gamification.achievement.status_changed',
                'gamification.achievement.updated', 'gamification.admin_award.achievement'],
          'tenant actions are audited in the tenant''s chain');
SELECT is((SELECT count(*)::int FROM tenant_audit_logs WHERE tenant_id = 'f0000000-0000-4000-8000-00000000000a'
              AND event_type = 'gamification.admin_award.achievement'), 3, 'one audit row per award, none for the replay');
SELECT results_eq($$ SELECT event_type, actor_user_id FROM system_audit_logs ORDER BY chain_seq $$,
                  $$ VALUES ('gamification.achievement.created', 'a0000000-0000-4000-8000-000000000001'::uuid),
                            ('gamification.achievement.created', 'a0000000-0000-4000-8000-000000000001'::uuid),
                            ('gamification.achievement.status_changed', 'a0000000-0000-4000-8000-000000000001'::uuid) $$,
                  'global actions are audited in the system chain');
SELECT pg_temp.as_user('a0000000-0000-4000-8000-000000000001');
SELECT is_empty($$ SELECT * FROM verify_tenant_audit_chain('f0000000-0000-4000-8000-00000000000a') $$,
                'the tenant chain verifies');
SELECT is_empty($$ SELECT * FROM verify_system_audit_chain() $$, 'the system chain verifies');
SELECT pg_temp.as_user('a0000000-0000-4000-8000-0000000000e1', 'authenticated');
SELECT is((SELECT count(*)::int FROM system_audit_logs), 0, 'only system admins read the system audit log');

-- No identity at all ---------------------------------------------------------------------
SELECT pg_temp.as_user(NULL, 'authenticated');
SELECT throws_ok($$ SELECT dicedesk_save_achievement_v1('{"achievement_key": "t-anon", "name": "Anon"}', NULL) $$,
                 '28000', NULL, 'without claims nobody is authenticated');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
