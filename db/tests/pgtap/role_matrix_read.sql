-- Who reads what: two tenants × seven personas × every table in public.
--
-- The expectation table below is the spec. Each cell lists the row scopes a persona sees in a
-- table; the rows themselves are classified from the catalog (tenant: the row's tenant_id, a
-- tenant's own id, a user's memberships, or the parent achievement's tenant; owner: user_id,
-- actor_user_id or requester_user_id, a user's own id):
--   all      every row                      none    no row (the read itself is allowed)
--   own      rows the persona owns          global  rows of no tenant
--   A, B     rows of tenant A / B           denied  the read fails with 42501
--   X:live   the rows of scope X that are not drafts (achievements and what hangs off them)
-- service is the platform's server (service_role, BYPASSRLS): it reads everything it is granted.
-- Every table of public must have a line (a new table fails "every table is specified" until
-- it gets one), and the fixture must hold rows of both tenants in every readable table.
\ir _setup.psql
\ir _fixture.psql
\ir _matrix_personas.psql
\ir _matrix_fixture.psql

CREATE TEMP TABLE read_spec (tbl text PRIMARY KEY, system_admin text, tenant_admin_a text, designer_a text,
                             member_a text, login_admin_a text, no_claims text, anon text,
                             service text);
INSERT INTO read_spec VALUES
--   table                                           system_admin  tenant_admin_a    designer_a        member_a               login_admin_a     no_claims       anon       service
    ('tenants',                                      'all',        'A',              'A',              'A',                   'A',              'none',         'denied',  'all'),
    ('users',                                        'all',        'own,A',          'own,A',          'own',                 'own,A',          'none',         'denied',  'all'),
    ('user_tenant_memberships',                      'all',        'own,A',          'own,A',          'own',                 'own,A',          'none',         'denied',  'all'),
    ('dicedesk_login_users',                         'all',        'own',            'own',            'own',                 'own',            'none',         'denied',  'all'),
    ('coin_transactions',                            'all',        'own,A',          'own',            'own',                 'own,A',          'none',         'denied',  'all'),
    ('user_coins',                                   'all',        'own,A',          'own',            'own',                 'own,A',          'none',         'denied',  'all'),
    ('xp_transactions',                              'all',        'own,A',          'own',            'own',                 'own,A',          'none',         'denied',  'all'),
    ('user_progress',                                'all',        'own,A',          'own',            'own',                 'own,A',          'none',         'denied',  'all'),
    ('user_achievements',                            'all',        'own,A',          'own',            'own',                 'own,A',          'none',         'denied',  'all'),
    ('gamification_events',                          'all',        'own,A',          'own',            'own',                 'own,A',          'none',         'denied',  'all'),
    ('gamification_level_definitions',               'all',        'global,A',       'global,A',       'global,A',            'global,A',       'global',       'denied',  'all'),
    ('gamification_settings',                        'all',        'global,A',       'global,A',       'global,A',            'global,A',       'global',       'denied',  'all'),
    -- Drafts are for the tenant's staff (global drafts for system admins only).
    ('achievements',                                 'all',        'global:live,A',  'global:live,A',  'global:live,A:live',  'global:live,A',  'global:live',  'denied',  'all'),
    ('achievement_translations',                     'all',        'global:live,A',  'global:live,A',  'global:live,A:live',  'global:live,A',  'global:live',  'denied',  'all'),
    ('award_builder_exports',                        'all',        'A',              'A',              'none',                'A',              'none',         'denied',  'all'),
    ('achievement_versions',                         'all',        'A',              'A',              'none',                'A',              'none',         'denied',  'all'),
    ('gamification_admin_awards',                    'all',        'A',              'none',           'none',                'A',              'none',         'denied',  'all'),
    ('gamification_admin_award_recipients',          'all',        'own,A',          'own',            'own',                 'own,A',          'none',         'denied',  'all'),
    ('gamification_admin_award_requests',            'all',        'A',              'none',           'none',                'A',              'none',         'denied',  'all'),
    ('gamification_admin_award_request_recipients',  'all',        'A',              'none',           'none',                'A',              'none',         'denied',  'all'),
    ('tenant_audit_logs',                            'all',        'A',              'none',           'none',                'A',              'none',         'denied',  'all'),
    ('system_audit_logs',                            'all',        'none',           'none',           'none',                'none',           'none',         'denied',  'all'),
    ('gamification_daily_summaries',                 'all',        'A',              'none',           'none',                'A',              'none',         'denied',  'all'),
    -- Badge presets (0021): the global ones and those of one's tenants.
    ('badge_presets',                                'all',        'global,A',       'global,A',       'global,A',            'global,A',       'global',       'denied',  'all'),
    -- The migration tool's bookkeeping: nobody but its owner.
    ('dicedesk_schema_migrations',                   'denied',     'denied',         'denied',         'denied',              'denied',         'denied',       'denied',  'denied');

-- The spec, one row per (persona, table).
CREATE TEMP TABLE expect AS
SELECT p.ord, p.persona, p.uid, s.tbl, string_to_array(c.scopes, ',') AS scopes
  FROM read_spec s
 CROSS JOIN LATERAL (VALUES ('system_admin', s.system_admin), ('tenant_admin_a', s.tenant_admin_a),
                            ('designer_a', s.designer_a), ('member_a', s.member_a),
                            ('login_admin_a', s.login_admin_a), ('no_claims', s.no_claims),
                            ('anon', s.anon), ('service', s.service)) AS c (persona, scopes)
  JOIN personas p ON p.persona = c.persona;

-- The tables under test: everything in public the catalog knows, with how to classify a row.
CREATE TEMP TABLE matrix_tables AS
SELECT c.relname::text AS tbl,
       CASE
           WHEN c.relname = 'tenants' THEN 'ARRAY[t.id]'
           WHEN c.relname = 'users' THEN
               'ARRAY(SELECT m.tenant_id FROM public.user_tenant_memberships m WHERE m.user_id = t.id)'
           WHEN 'tenant_id' = ANY (k.cols) THEN
               'CASE WHEN t.tenant_id IS NULL THEN ''{}''::uuid[] ELSE ARRAY[t.tenant_id] END'
           WHEN 'achievement_id' = ANY (k.cols) THEN
               'ARRAY(SELECT a.tenant_id FROM public.achievements a WHERE a.id = t.achievement_id AND a.tenant_id IS NOT NULL)'
           WHEN 'user_id' = ANY (k.cols) THEN
               'ARRAY(SELECT m.tenant_id FROM public.user_tenant_memberships m WHERE m.user_id = t.user_id)'
           ELSE '''{}''::uuid[]'
       END AS tenant_expr,
       CASE
           WHEN c.relname = 'users' THEN 't.id'
           WHEN 'user_id' = ANY (k.cols) THEN 't.user_id'
           WHEN 'actor_user_id' = ANY (k.cols) THEN 't.actor_user_id'
           WHEN 'requester_user_id' = ANY (k.cols) THEN 't.requester_user_id'
           ELSE 'NULL::uuid'
       END AS owner_expr,
       CASE
           WHEN 'status' = ANY (k.cols) AND c.relname = 'achievements' THEN 't.status = ''draft'''
           WHEN 'achievement_id' = ANY (k.cols) THEN
               'EXISTS (SELECT 1 FROM public.achievements a WHERE a.id = t.achievement_id AND a.status = ''draft'')'
           ELSE 'false'
       END AS draft_expr,
       c.relname IN ('tenants', 'users') OR k.cols && ARRAY['tenant_id', 'achievement_id', 'user_id'] AS has_tenant
  FROM pg_class c
 CROSS JOIN LATERAL (SELECT array_agg(a.attname::text) AS cols FROM pg_attribute a
                      WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped) AS k
 WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'f');
GRANT SELECT ON matrix_tables TO PUBLIC;

-- Every fixture row, classified (as the superuser, who sees all). fp is the row's fingerprint.
CREATE TEMP TABLE fixture_rows (tbl text, fp text, tenants uuid[], owner uuid, draft boolean);
DO $$
DECLARE
    m record;
BEGIN
    FOR m IN SELECT * FROM pg_temp.matrix_tables LOOP
        EXECUTE format('INSERT INTO pg_temp.fixture_rows SELECT %L, md5(t::text), %s, %s, %s FROM public.%I t',
                       m.tbl, m.tenant_expr, m.owner_expr, m.draft_expr, m.tbl);
    END LOOP;
END $$;

-- What a persona sees: one fingerprint per visible row, or 'ERROR <sqlstate>' if the read fails.
CREATE TEMP TABLE seen (persona text, tbl text, fp text);
GRANT INSERT, SELECT ON seen TO PUBLIC;
CREATE FUNCTION pg_temp.capture(p_persona text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    m record;
BEGIN
    FOR m IN SELECT tbl FROM pg_temp.matrix_tables LOOP
        BEGIN
            EXECUTE format('INSERT INTO pg_temp.seen SELECT %L, %L, md5(t::text) FROM public.%I t',
                           p_persona, m.tbl, m.tbl);
        EXCEPTION WHEN OTHERS THEN
            INSERT INTO pg_temp.seen VALUES (p_persona, m.tbl, 'ERROR ' || SQLSTATE);
        END;
    END LOOP;
END $$;
GRANT EXECUTE ON FUNCTION pg_temp.capture(text) TO PUBLIC;

SELECT pg_temp.become(persona), pg_temp.capture(persona), pg_temp.unbecome()
  FROM personas ORDER BY ord \g /dev/null

-- The rows a cell of the spec stands for.
CREATE FUNCTION pg_temp.expected(p_tbl text, p_uid uuid, p_scopes text[]) RETURNS SETOF text
LANGUAGE sql STABLE AS $$
    SELECT 'ERROR 42501' WHERE p_scopes = ARRAY['denied']
    UNION ALL
    SELECT r.fp FROM pg_temp.fixture_rows r
     WHERE r.tbl = p_tbl AND p_scopes <> ARRAY['denied']
       AND ('all' = ANY (p_scopes)
            OR ('own' = ANY (p_scopes) AND r.owner = p_uid)
            OR ('global' = ANY (p_scopes) AND cardinality(r.tenants) = 0)
            OR ('A' = ANY (p_scopes) AND 'aaaaaaaa-0000-4000-8000-0000000000a1' = ANY (r.tenants))
            OR ('B' = ANY (p_scopes) AND 'bbbbbbbb-0000-4000-8000-0000000000b1' = ANY (r.tenants))
            OR ('global:live' = ANY (p_scopes) AND cardinality(r.tenants) = 0 AND NOT r.draft)
            OR ('A:live' = ANY (p_scopes) AND 'aaaaaaaa-0000-4000-8000-0000000000a1' = ANY (r.tenants) AND NOT r.draft)
            OR ('B:live' = ANY (p_scopes) AND 'bbbbbbbb-0000-4000-8000-0000000000b1' = ANY (r.tenants) AND NOT r.draft))
$$;

SELECT plan((SELECT count(*)::int FROM expect) + 12);

-- The spec covers the catalog, and the fixture makes every cell meaningful ------------------
SELECT is_empty($$SELECT tbl FROM matrix_tables EXCEPT SELECT tbl FROM read_spec$$,
                'every table in public is specified');
SELECT is_empty($$SELECT tbl FROM read_spec EXCEPT SELECT tbl FROM matrix_tables$$,
                'every specified table exists');
SELECT is_empty($$SELECT tbl FROM read_spec s
                   WHERE EXISTS (SELECT 1 FROM expect e WHERE e.tbl = s.tbl AND e.scopes <> ARRAY['denied'])
                     AND (SELECT has_tenant FROM matrix_tables m WHERE m.tbl = s.tbl)
                     AND NOT (EXISTS (SELECT 1 FROM fixture_rows r WHERE r.tbl = s.tbl
                                        AND 'aaaaaaaa-0000-4000-8000-0000000000a1' = ANY (r.tenants))
                          AND EXISTS (SELECT 1 FROM fixture_rows r WHERE r.tbl = s.tbl
                                        AND 'bbbbbbbb-0000-4000-8000-0000000000b1' = ANY (r.tenants)))$$,
                'every readable table with a tenant holds rows of both tenants');
SELECT is_empty($$SELECT e.persona, e.tbl FROM expect e
                   WHERE NOT e.scopes <@ ARRAY['all', 'none', 'own', 'global', 'A', 'B', 'global:live', 'A:live',
                                               'B:live', 'denied']
                      OR (cardinality(e.scopes) > 1 AND e.scopes && ARRAY['all', 'none', 'denied'])$$,
                'the spec uses only the known scopes');
SELECT isnt_empty($$SELECT 1 FROM expect e JOIN fixture_rows r ON r.tbl = e.tbl
                    WHERE e.persona = 'tenant_admin_a' AND 'global' <> ALL (e.scopes) AND 'all' <> ALL (e.scopes)
                      AND cardinality(r.tenants) = 0 AND r.owner IS DISTINCT FROM e.uid$$,
                  'the fixture has global rows a tenant admin must not see');
SELECT is((SELECT count(DISTINCT cardinality(r.tenants)::text || r.draft::text) FROM fixture_rows r
            WHERE r.tbl = 'achievements'), 4::bigint, 'the fixture has global and tenant achievements, drafts and live ones');

-- The matrix ---------------------------------------------------------------------------------
SELECT set_eq(format('SELECT fp FROM seen WHERE persona = %L AND tbl = %L', e.persona, e.tbl),
              format('SELECT * FROM pg_temp.expected(%L, %L, %L)', e.tbl, e.uid, e.scopes),
              format('%s reads %s: %s', e.persona, e.tbl, array_to_string(e.scopes, ', ')))
  FROM expect e JOIN matrix_tables m USING (tbl)
 ORDER BY e.ord, e.tbl;

-- Through the functions a persona may call --------------------------------------------------
SELECT pg_temp.become('member_a');
SELECT throws_ok($$SELECT * FROM get_user_admin_roles('00000000-0000-4000-8000-000000000011')$$,
                 '42501', NULL, 'a member cannot read another user''s roles');
SELECT is((SELECT tenant_admin_of FROM get_user_admin_roles()), '{}'::uuid[], 'a member administers nothing');
SELECT pg_temp.become('tenant_admin_a');
SELECT is((SELECT tenant_admin_of FROM get_user_admin_roles()), ARRAY[:tenant_a]::uuid[],
          'a tenant admin administers exactly tenant A');
SELECT pg_temp.unbecome();
SELECT pg_temp.become('no_claims');
SELECT throws_ok($$SELECT * FROM get_user_admin_roles()$$, '28000', NULL,
                 'without claims nobody''s roles can be read');
SELECT pg_temp.unbecome();

-- dicedesk_award_settings() is internal since 0017 (it runs as definer and would read any tenant's
-- settings past row-level security); settings are read from gamification_settings (matrix above).
SELECT pg_temp.become('member_a');
SELECT throws_ok(format($$SELECT * FROM dicedesk_award_settings(%L)$$, :tenant_b),
                 '42501', 'permission denied for function dicedesk_award_settings',
                 'a member of A cannot call dicedesk_award_settings() (no EXECUTE) to read tenant B''s approval settings');
SELECT pg_temp.unbecome();
SELECT pg_temp.become('service');
SELECT throws_ok(format($$SELECT * FROM dicedesk_award_settings(%L)$$, :tenant_b),
                 '42501', 'permission denied for function dicedesk_award_settings',
                 'service_role cannot call dicedesk_award_settings() either (it reads the table)');
SELECT pg_temp.unbecome();

SELECT * FROM finish();
ROLLBACK;
