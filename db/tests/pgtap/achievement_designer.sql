-- What 0021 adds for the achievement definitions pane and the badge designer: the keyset list
-- (visibility per role as under the achievements_read policy, filters, literal search, pages
-- stable across boundaries with ties), one definition and its history (who may read them),
-- badge presets (who may save, replace, list and delete them; audit rows), and the list indexes.
\ir _setup.psql
\ir _fixture.psql
SELECT plan(46);

CREATE FUNCTION pg_temp.plan_of(p_sql text) RETURNS TABLE (line text) LANGUAGE plpgsql AS $$
BEGIN
    RETURN QUERY EXECUTE 'EXPLAIN (COSTS OFF) ' || p_sql;
END $$;
GRANT EXECUTE ON FUNCTION pg_temp.plan_of(text) TO PUBLIC;

-- Achievements: global active/draft, A's active/draft/archived (ties on name and updated_at), B's.
INSERT INTO achievements (id, achievement_key, name, condition_type, tenant_id, scope, status, updated_at) VALUES
    ('ad000000-0000-4000-8000-000000000001', 'g-active', 'Global Active', 'manual', NULL, 'global', 'active', '2026-01-01 00:00:01+00'),
    ('ad000000-0000-4000-8000-000000000002', 'g-draft', 'Global Draft', 'manual', NULL, 'global', 'draft', '2026-01-01 00:00:02+00'),
    ('ad000000-0000-4000-8000-000000000003', 'a-draft', 'A Draft 100%', 'session_count', :tenant_a, 'tenant', 'draft', '2026-01-01 00:00:03+00'),
    ('ad000000-0000-4000-8000-000000000004', 'a-archived', 'A Archived', 'manual', :tenant_a, 'tenant', 'archived', '2026-01-01 00:00:04+00'),
    ('ad000000-0000-4000-8000-000000000005', 'b-active', 'B Active', 'manual', :tenant_b, 'tenant', 'active', '2026-01-01 00:00:05+00');
INSERT INTO achievements (id, achievement_key, name, condition_type, tenant_id, scope, status, updated_at)
SELECT format('ad000000-0000-4000-8000-%s', lpad((100 + i)::text, 12, '0'))::uuid, format('tie-%s', i),
       'Tie', 'manual', :tenant_a, 'tenant', 'active', timestamptz '2026-02-01 00:00:00.5+00'
  FROM generate_series(1, 12) AS i;
INSERT INTO achievement_translations (achievement_id, locale, name) VALUES
    ('ad000000-0000-4000-8000-000000000001', 'sv', 'Global aktiv'),
    ('ad000000-0000-4000-8000-000000000001', 'en', 'Hidden Word Zebra');
INSERT INTO user_achievements (achievement_id, user_id, tenant_id) VALUES
    ('ad000000-0000-4000-8000-000000000001', :member_a1, :tenant_a),
    ('ad000000-0000-4000-8000-000000000001', :member_b1, :tenant_b);

CREATE TEMP TABLE seen (who text, id uuid, holders bigint);
GRANT ALL ON seen TO PUBLIC;
CREATE FUNCTION pg_temp.collect(p_who text) RETURNS void LANGUAGE sql AS $$
    INSERT INTO pg_temp.seen SELECT p_who, p.id, p.holder_count
      FROM public.dicedesk_achievement_page_v1(NULL, true, p_limit => 1000) p
$$;
GRANT EXECUTE ON FUNCTION pg_temp.collect(text) TO PUBLIC;

-- 1. Visibility --------------------------------------------------------------------------------------
SELECT pg_temp.act_as(:sys1);
SELECT pg_temp.collect('sys');
SELECT pg_temp.act_as(:designer_a);
SELECT pg_temp.collect('designer');
SELECT pg_temp.act_as(:member_a1);
SELECT pg_temp.collect('member');
SELECT pg_temp.act_as(:admin_b);
SELECT pg_temp.collect('admin_b');
SELECT pg_temp.act_as(:outsider);
SELECT pg_temp.collect('outsider');
SELECT pg_temp.back_to_superuser();
SELECT is((SELECT count(*) FROM seen WHERE who = 'sys'), 17::bigint, 'a system admin sees every achievement');
SELECT results_eq($$SELECT id FROM seen WHERE who = 'designer' AND id::text NOT LIKE 'ad000000-0000-4000-8000-0000000001%' ORDER BY id$$,
                  $$VALUES ('ad000000-0000-4000-8000-000000000001'::uuid), ('ad000000-0000-4000-8000-000000000003'), ('ad000000-0000-4000-8000-000000000004')$$,
                  'an editor sees the global active one and all of the tenant''s, drafts too, but no global draft nor B''s');
SELECT results_eq($$SELECT id FROM seen WHERE who = 'member' AND id::text NOT LIKE 'ad000000-0000-4000-8000-0000000001%' ORDER BY id$$,
                  $$VALUES ('ad000000-0000-4000-8000-000000000001'::uuid), ('ad000000-0000-4000-8000-000000000004')$$,
                  'a member sees no drafts');
SELECT results_eq($$SELECT id FROM seen WHERE who = 'admin_b' ORDER BY id$$,
                  $$VALUES ('ad000000-0000-4000-8000-000000000001'::uuid), ('ad000000-0000-4000-8000-000000000005')$$,
                  'another tenant''s admin sees the global one and B''s');
SELECT results_eq($$SELECT id FROM seen WHERE who = 'outsider'$$, $$VALUES ('ad000000-0000-4000-8000-000000000001'::uuid)$$,
                  'someone of no tenant sees the global active one');
SELECT is((SELECT holders FROM seen WHERE who = 'sys' AND id = 'ad000000-0000-4000-8000-000000000001'), 2::bigint,
          'a system admin counts every holder');
SELECT is((SELECT holders FROM seen WHERE who = 'designer' AND id = 'ad000000-0000-4000-8000-000000000001'), 1::bigint,
          'staff count the holders among their tenant''s members');
SELECT is((SELECT holders FROM seen WHERE who = 'member' AND id = 'ad000000-0000-4000-8000-000000000001'), NULL::bigint,
          'a member counts none');
SELECT pg_temp.act_without_claims();
SELECT throws_ok($$SELECT * FROM dicedesk_achievement_page_v1(NULL, true)$$, '28000', NULL, 'without claims: refused');
SELECT pg_temp.act_as(:designer_a);
SELECT is_empty(format($$SELECT * FROM dicedesk_achievement_page_v1(ARRAY[%L]::uuid[], false)$$, :tenant_b),
                'a tenant one does not belong to lists nothing');

-- 2. Filters and search ---------------------------------------------------------------------------------
SELECT results_eq(format($$SELECT achievement_key FROM dicedesk_achievement_page_v1(ARRAY[%L]::uuid[], true, p_status => 'draft')$$, :tenant_a),
                  $$VALUES ('a-draft')$$, 'status filter');
SELECT results_eq(format($$SELECT achievement_key FROM dicedesk_achievement_page_v1(ARRAY[%L]::uuid[], true, p_condition_type => 'session_count')$$, :tenant_a),
                  $$VALUES ('a-draft')$$, 'condition type filter');
SELECT results_eq(format($$SELECT achievement_key FROM dicedesk_achievement_page_v1(ARRAY[%L]::uuid[], true, p_scope => 'global')$$, :tenant_a),
                  $$VALUES ('g-active')$$, 'scope filter: global');
SELECT is((SELECT count(*) FROM dicedesk_achievement_page_v1(ARRAY[:tenant_a]::uuid[], true, p_scope => 'tenant')),
          14::bigint, 'scope filter: tenant');
SELECT results_eq($$SELECT achievement_key FROM dicedesk_achievement_page_v1(NULL, true, p_search => 'zEBRA')$$,
                  $$VALUES ('g-active')$$, 'search finds a translated name, in any case');
SELECT results_eq($$SELECT achievement_key FROM dicedesk_achievement_page_v1(NULL, true, p_search => 'A-ARCH')$$,
                  $$VALUES ('a-archived')$$, 'search finds a key');
SELECT results_eq($$SELECT achievement_key FROM dicedesk_achievement_page_v1(NULL, true, p_search => '100%')$$,
                  $$VALUES ('a-draft')$$, 'a % is a percent sign');
SELECT is_empty($$SELECT * FROM dicedesk_achievement_page_v1(NULL, true, p_search => 'g_active')$$, 'an _ is an underscore');
SELECT results_eq($$SELECT missing_locales, unlock_type, version FROM dicedesk_achievement_page_v1(NULL, true, p_search => 'zebra')$$,
                  $$VALUES (ARRAY['no']::text[], 'manual', 0)$$, 'missing locales, unlock type and version');
SELECT throws_ok($$SELECT * FROM dicedesk_achievement_page_v1(NULL, true, p_sort => 'random')$$, '22023', NULL, 'an unknown sort is refused');
SELECT throws_ok($$SELECT * FROM dicedesk_achievement_page_v1(NULL, true, p_status => 'gone')$$, '22023', NULL, 'an unknown status is refused');
SELECT throws_ok($$SELECT * FROM dicedesk_achievement_page_v1(NULL, true, p_after_value => 'x')$$, '22023', NULL,
                 'a cursor needs both value and id');
SELECT throws_ok($$SELECT * FROM dicedesk_achievement_page_v1(NULL, true, p_sort => 'updated', p_after_value => 'yesterday',
                                                              p_after_id => gen_random_uuid())$$, '22023', NULL,
                 'an updated cursor must be a time');

-- 3. Paging: pages of 5 give the same rows as one page, for each order ---------------------------------
CREATE FUNCTION pg_temp.paged(p_sort text, p_size integer) RETURNS SETOF uuid LANGUAGE plpgsql AS $$
DECLARE
    v_value text;
    v_id uuid;
    v_row record;
    v_n integer;
BEGIN
    LOOP
        v_n := 0;
        FOR v_row IN SELECT * FROM public.dicedesk_achievement_page_v1(NULL, true, p_sort => p_sort, p_after_value => v_value,
                                                                        p_after_id => v_id, p_limit => p_size) LOOP
            v_n := v_n + 1;
            v_value := v_row.sort_value;
            v_id := v_row.id;
            RETURN NEXT v_row.id;
        END LOOP;
        EXIT WHEN v_n < p_size;
    END LOOP;
END $$;
GRANT EXECUTE ON FUNCTION pg_temp.paged(text, integer) TO PUBLIC;
SELECT results_eq($$SELECT * FROM pg_temp.paged('name', 5)$$,
                  $$SELECT id FROM dicedesk_achievement_page_v1(NULL, true, p_sort => 'name', p_limit => 1000)$$,
                  'by name: pages of 5 equal one page');
SELECT results_eq($$SELECT * FROM pg_temp.paged('key', 5)$$,
                  $$SELECT id FROM dicedesk_achievement_page_v1(NULL, true, p_sort => 'key', p_limit => 1000)$$,
                  'by key: pages of 5 equal one page');
SELECT results_eq($$SELECT * FROM pg_temp.paged('updated', 5)$$,
                  $$SELECT id FROM dicedesk_achievement_page_v1(NULL, true, p_sort => 'updated', p_limit => 1000)$$,
                  'by last change: pages of 5 equal one page (12 share one instant)');
SELECT results_eq($$SELECT id FROM dicedesk_achievement_page_v1(NULL, true, p_sort => 'updated', p_limit => 1000)$$,
                  $$SELECT a.id FROM achievements a
                     WHERE (a.tenant_id IS NULL OR a.tenant_id = 'aaaaaaaa-0000-4000-8000-0000000000a1')
                       AND (a.status <> 'draft' OR a.tenant_id IS NOT NULL)
                     ORDER BY a.updated_at DESC, a.id DESC$$,
                  'the order by last change is newest first, ties by id');
SELECT results_eq($$SELECT achievement_key FROM dicedesk_achievement_page_v1(NULL, true, p_sort => 'key', p_limit => 3)$$,
                  $$VALUES ('a-archived'), ('a-draft'), ('g-active')$$, 'by key, A-Z');
SELECT pg_temp.back_to_superuser();
SELECT ok(EXISTS (SELECT 1 FROM pg_temp.plan_of($$SELECT a.id FROM achievements a WHERE a.scope_tenant_id = 'aaaaaaaa-0000-4000-8000-0000000000a1'
                                                 ORDER BY lower(a.name), a.id LIMIT 5$$) l
                  WHERE l.line LIKE '%achievements_scope_name_idx%'), 'the name order walks its index');
SELECT ok(EXISTS (SELECT 1 FROM pg_temp.plan_of($$SELECT a.id FROM achievements a WHERE a.scope_tenant_id = 'aaaaaaaa-0000-4000-8000-0000000000a1'
                                                 ORDER BY a.updated_at DESC, a.id DESC LIMIT 5$$) l
                  WHERE l.line LIKE '%achievements_scope_updated_idx%'), 'the last-change order walks its index');

-- 4. One definition and its history ----------------------------------------------------------------------
SELECT pg_temp.act_as(:designer_a);
SELECT dicedesk_save_achievement_v1(jsonb_build_object('id', 'ad000000-0000-4000-8000-000000000003', 'name', 'A Draft renamed'),
                                    'rename', 0);
SELECT results_eq($$SELECT version, changed_by_name, change_reason FROM dicedesk_achievement_versions_v1('ad000000-0000-4000-8000-000000000003')$$,
                  $$VALUES (2, 'Designer A', 'rename'), (1, NULL, 'state before the first recorded change')$$,
                  'versions newest first, with author and reason');
SELECT results_eq($$SELECT version, definition ->> 'name', tenant_name, updated_by_name FROM dicedesk_achievement_v1('ad000000-0000-4000-8000-000000000003')$$,
                  $$VALUES (2, 'A Draft renamed', 'Tenant A', 'Designer A')$$, 'one definition with its version and names');
SELECT pg_temp.act_as(:member_a1);
SELECT throws_ok($$SELECT * FROM dicedesk_achievement_v1('ad000000-0000-4000-8000-000000000003')$$, 'P0002', NULL,
                 'a member does not see a draft');
SELECT throws_ok($$SELECT * FROM dicedesk_achievement_versions_v1('ad000000-0000-4000-8000-000000000004')$$, '42501', NULL,
                 'nor the history of what it sees');
SELECT pg_temp.act_as(:admin_b);
SELECT throws_ok($$SELECT * FROM dicedesk_achievement_versions_v1('ad000000-0000-4000-8000-000000000003')$$, 'P0002', NULL,
                 'another tenant''s admin does not see A''s achievements');

-- 5. Badge presets -------------------------------------------------------------------------------------
SELECT pg_temp.act_as(:designer_a);
SELECT results_eq(format($$SELECT name, replaced FROM dicedesk_save_badge_preset_v1(%L, ' Gold ', '{"shape": "star"}')$$, :tenant_a),
                  $$VALUES ('Gold', false)$$, 'an editor saves a tenant preset (name trimmed)');
SELECT results_eq(format($$SELECT name, config, replaced FROM dicedesk_save_badge_preset_v1(%L, 'GOLD', '{"shape": "circle"}')$$, :tenant_a),
                  $$VALUES ('GOLD', '{"shape": "circle"}'::jsonb, true)$$, 'the same name in any case replaces it');
SELECT throws_ok($$SELECT * FROM dicedesk_save_badge_preset_v1(NULL, 'Shared', '{}')$$, '42501', NULL,
                 'an editor may not save a global preset');
SELECT throws_ok(format($$SELECT * FROM dicedesk_save_badge_preset_v1(%L, 'Mine', '[]')$$, :tenant_a), '22023', NULL,
                 'a preset is a JSON object');
SELECT pg_temp.act_as(:sys1);
SELECT lives_ok($$SELECT * FROM dicedesk_save_badge_preset_v1(NULL, 'Gold', '{"shape": "shield"}')$$,
                'a system admin saves a global preset of the same name');
SELECT pg_temp.act_as(:member_a1);
SELECT throws_ok(format($$SELECT * FROM dicedesk_save_badge_preset_v1(%L, 'Mine', '{}')$$, :tenant_a), '42501', NULL,
                 'a member may not save presets');
SELECT results_eq(format($$SELECT name, created_by_name FROM dicedesk_badge_presets_v1(%L)$$, :tenant_a),
                  $$VALUES ('Gold', 'Sys One'), ('GOLD', 'Designer A')$$, 'members list the global and their tenant''s presets');
SELECT throws_ok($$SELECT dicedesk_delete_badge_preset_v1((SELECT id FROM badge_presets WHERE tenant_id IS NOT NULL))$$,
                 '42501', NULL, 'a member may not delete one');
SELECT pg_temp.act_as(:admin_b);
SELECT throws_ok(format($$SELECT * FROM dicedesk_badge_presets_v1(%L)$$, :tenant_a), '42501', NULL,
                 'another tenant''s admin may not list them');
SELECT pg_temp.act_as(:admin_a);
SELECT ok(dicedesk_delete_badge_preset_v1((SELECT id FROM badge_presets WHERE tenant_id IS NOT NULL)), 'a tenant admin deletes one');
SELECT pg_temp.back_to_superuser();
SELECT is((SELECT count(*) FROM tenant_audit_logs WHERE tenant_id = :tenant_a AND event_type LIKE 'gamification.badge_preset.%'),
          3::bigint, 'saves, replacements and deletions of tenant presets are audited in the tenant''s chain');

SELECT * FROM finish();
ROLLBACK;
