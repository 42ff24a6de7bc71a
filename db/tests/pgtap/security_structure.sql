-- The security structure of the schema, read from the catalog: definer functions, row-level
-- security, table and routine privileges, views, roles, and the personal-login mapping.
-- Everything is discovered, so objects added by later migrations are checked without edits.
\ir _setup.psql
\ir _fixture.psql

-- What the checks iterate over -----------------------------------------------------------------------
CREATE TEMP TABLE definer_functions AS
SELECT p.oid, p.oid::regprocedure::text AS sig, p.proconfig
  FROM pg_proc p
 WHERE p.pronamespace IN ('public'::regnamespace, 'auth'::regnamespace) AND p.prosecdef;
CREATE TEMP TABLE rls_tables AS
SELECT c.oid, c.relname::text AS tbl, c.relrowsecurity, c.relforcerowsecurity
  FROM pg_class c
 WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
   AND c.relname <> 'dicedesk_schema_migrations';
CREATE TEMP TABLE public_relations AS
SELECT c.oid, c.relname::text AS tbl, c.relkind
  FROM pg_class c
 WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S');

SELECT plan(3 * (SELECT count(*)::int FROM definer_functions)
            + (SELECT count(*)::int FROM rls_tables)
            + 2 * (SELECT count(*)::int FROM public_relations)
            + 48);

-- The server ----------------------------------------------------------------------------------------
SELECT cmp_ok(current_setting('server_version_num')::int, '>=', 150014,
              'PostgreSQL 15.14 or later (CVE-2024-10976, CVE-2024-10978, CVE-2025-8713)');
SELECT ok((SELECT count(*) FROM definer_functions) > 10, 'the definer functions were found in the catalog');

-- SECURITY DEFINER functions: a pinned search_path, and no EXECUTE for PUBLIC or anon ----------------
-- (What the pinned path must be is checked with 0017's hardening below.)
SELECT ok(EXISTS (SELECT 1 FROM unnest(d.proconfig) AS c WHERE c LIKE 'search\_path=%' AND c <> 'search_path='),
          d.sig || ' pins its search_path')
  FROM definer_functions d ORDER BY d.sig;
SELECT ok(NOT EXISTS (SELECT 1 FROM pg_proc p,
                             aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) AS a
                       WHERE p.oid = d.oid AND a.grantee = 0 AND a.privilege_type = 'EXECUTE'),
          d.sig || ': PUBLIC may not execute it')
  FROM definer_functions d ORDER BY d.sig;
SELECT ok(NOT has_function_privilege('anon', d.oid, 'EXECUTE'), d.sig || ': anon may not execute it')
  FROM definer_functions d ORDER BY d.sig;

-- Every routine, definer or not.
SELECT is_empty($$SELECT p.oid::regprocedure FROM pg_proc p, aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a
                   WHERE p.pronamespace IN ('public'::regnamespace, 'auth'::regnamespace)
                     AND a.grantee = 0 AND a.privilege_type = 'EXECUTE'$$,
                'no routine in public or auth is executable by PUBLIC');
SELECT is_empty($$SELECT p.oid::regprocedure FROM pg_proc p
                   WHERE p.pronamespace IN ('public'::regnamespace, 'auth'::regnamespace)
                     AND has_function_privilege('anon', p.oid, 'EXECUTE')$$,
                'anon can execute no routine in public or auth');
-- What authenticated may call: read helpers (STABLE/IMMUTABLE) and the versioned API (…_vN).
SELECT is_empty($$SELECT p.oid::regprocedure FROM pg_proc p
                   WHERE p.pronamespace IN ('public'::regnamespace, 'auth'::regnamespace)
                     AND has_function_privilege('authenticated', p.oid, 'EXECUTE')
                     AND p.provolatile = 'v' AND p.proname !~ '_v[0-9]+$'$$,
                'authenticated can execute no internal writing routine (only read helpers and the _vN API)');
-- Routines created from now on by the migrating role are not PUBLIC-executable either.
CREATE FUNCTION public.dicedesk_probe_default_acl() RETURNS int LANGUAGE sql AS 'SELECT 1';
SELECT ok(NOT has_function_privilege('anon', 'public.dicedesk_probe_default_acl()'::regprocedure, 'EXECUTE')
          AND NOT has_function_privilege('authenticated', 'public.dicedesk_probe_default_acl()'::regprocedure, 'EXECUTE'),
          'default privileges: a new function is not executable by PUBLIC');
DROP FUNCTION public.dicedesk_probe_default_acl();

-- Definer bodies name public tables with their schema: public is not on their search_path, and an
-- unqualified name must never reach a pg_temp table (it would, first, under a path without pg_temp).
SELECT is_empty($$SELECT d.sig, t.tbl FROM definer_functions d JOIN pg_proc p ON p.oid = d.oid
                    CROSS JOIN (SELECT relname::text AS tbl FROM pg_class WHERE relnamespace = 'public'::regnamespace
                                   AND relkind IN ('r', 'p', 'v', 'm')) t
                   WHERE p.prosrc ~* ('(from|join|into|update|table|only)\s+"?' || t.tbl || '\M')
                      OR p.prosrc ~* ('%rowtype|\s' || t.tbl || '%rowtype')$$,
                'definer functions reference public tables only schema-qualified');

-- Row-level security, enabled and forced, on every table ---------------------------------------------
SELECT ok(r.relrowsecurity AND r.relforcerowsecurity, r.tbl || ' has row-level security enabled and forced')
  FROM rls_tables r ORDER BY r.tbl;
SELECT is_empty($$SELECT schemaname, tablename, policyname FROM pg_policies
                   WHERE schemaname = 'public' AND NOT roles <@ ARRAY['authenticated']::name[]$$,
                'every policy is for authenticated only (none for PUBLIC or anon)');
SELECT is_empty($$SELECT tablename, policyname FROM pg_policies
                   WHERE schemaname = 'public' AND cmd <> 'SELECT'$$,
                'no policy allows writes: writes go through the functions');
SELECT is_empty($$SELECT tablename, policyname FROM pg_policies
                   WHERE schemaname = 'public' AND (btrim(coalesce(qual, ''), '() ') IN ('', 'true')
                                                    OR btrim(coalesce(with_check, 'x'), '() ') = 'true')$$,
                'no policy is always true');
SELECT is_empty($$SELECT tablename, policyname FROM pg_policies
                   WHERE schemaname = 'public' AND qual ~ '(user_metadata|raw_user_meta)'$$,
                'no policy trusts user-editable metadata');

-- Table privileges -------------------------------------------------------------------------------------
SELECT ok(NOT (has_table_privilege('anon', r.oid, 'SELECT') OR has_table_privilege('anon', r.oid, 'INSERT')
               OR has_table_privilege('anon', r.oid, 'UPDATE') OR has_table_privilege('anon', r.oid, 'DELETE')
               OR has_table_privilege('anon', r.oid, 'TRUNCATE') OR has_table_privilege('anon', r.oid, 'REFERENCES')
               OR has_table_privilege('anon', r.oid, 'TRIGGER')
               OR (r.relkind <> 'S' AND has_any_column_privilege('anon', r.oid, 'SELECT, INSERT, UPDATE, REFERENCES'))
               OR (r.relkind = 'S' AND has_sequence_privilege('anon', r.oid, 'USAGE, SELECT, UPDATE'))),
          'anon holds no privilege on ' || r.tbl)
  FROM public_relations r ORDER BY r.tbl;
SELECT ok(NOT (has_table_privilege('authenticated', r.oid, 'INSERT') OR has_table_privilege('authenticated', r.oid, 'UPDATE')
               OR has_table_privilege('authenticated', r.oid, 'DELETE') OR has_table_privilege('authenticated', r.oid, 'TRUNCATE')
               OR has_table_privilege('authenticated', r.oid, 'REFERENCES') OR has_table_privilege('authenticated', r.oid, 'TRIGGER')
               OR (r.relkind <> 'S' AND has_any_column_privilege('authenticated', r.oid, 'INSERT, UPDATE, REFERENCES'))
               OR (r.relkind = 'S' AND has_sequence_privilege('authenticated', r.oid, 'USAGE, UPDATE'))),
          'authenticated can only read ' || r.tbl)
  FROM public_relations r ORDER BY r.tbl;
SELECT ok(NOT has_table_privilege('authenticated', 'public.dicedesk_schema_migrations', 'SELECT'),
          'the migration bookkeeping is not readable by authenticated');

-- Views and materialized views ----------------------------------------------------------------------
SELECT is_empty($$SELECT c.relname FROM pg_class c
                   WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'v'
                     AND NOT coalesce(c.reloptions::text[] && ARRAY['security_invoker=true', 'security_invoker=on',
                                                                   'security_invoker=1', 'security_invoker=yes'], false)$$,
                'every view in public runs with security_invoker');
SELECT is_empty($$SELECT c.relname FROM pg_class c
                   WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'm'
                     AND (has_table_privilege('authenticated', c.oid, 'SELECT')
                          OR has_table_privilege('anon', c.oid, 'SELECT'))$$,
                'no materialized view (which has no row-level security) is readable by authenticated or anon');

-- Schemas and roles -------------------------------------------------------------------------------------
SELECT is_empty($$SELECT n.nspname, r.rolname FROM pg_namespace n CROSS JOIN pg_roles r
                   WHERE r.rolname IN ('anon', 'authenticated', 'service_role', 'dicedesk_personal_login')
                     AND n.nspname !~ '^pg_' AND n.nspname NOT IN ('information_schema', 'tap')
                     AND has_schema_privilege(r.oid, n.oid, 'CREATE')$$,
                'anon, authenticated, service_role and personal logins cannot create objects in any schema');
SELECT ok(NOT has_schema_privilege('anon', 'auth', 'CREATE') AND has_schema_privilege('anon', 'auth', 'USAGE'),
          'schema auth: usage, no create');
SELECT results_eq($$SELECT rolname::text COLLATE "default", rolcanlogin, rolbypassrls, rolsuper, rolinherit FROM pg_roles
                     WHERE rolname IN ('anon', 'authenticated', 'service_role', 'dicedesk_personal_login')
                     ORDER BY rolname$$,
                  $$VALUES ('anon', false, false, false, false), ('authenticated', false, false, false, false),
                           ('dicedesk_personal_login', false, false, false, true),
                           ('service_role', false, true, false, false)$$,
                  'the API roles: no login, only service_role bypasses row-level security');
SELECT ok(NOT pg_has_role('dicedesk_personal_login', 'service_role', 'MEMBER')
          AND NOT pg_has_role('authenticated', 'service_role', 'MEMBER')
          AND NOT pg_has_role('anon', 'service_role', 'MEMBER')
          AND NOT pg_has_role('anon', 'authenticated', 'MEMBER'),
          'no API role is a member of a stronger one');
SELECT ok(pg_has_role('dicedesk_personal_login', 'authenticated', 'USAGE'),
          'personal logins read as authenticated');

-- Personal logins: the identity comes from the mapping, never from claims -----------------------------
CREATE ROLE pl_structure_member LOGIN IN ROLE dicedesk_personal_login;
CREATE ROLE pl_structure_unmapped LOGIN IN ROLE dicedesk_personal_login;
INSERT INTO dicedesk_login_users (login_role, user_id) VALUES ('pl_structure_member', :member_a1);
CREATE TEMP TABLE login_facts (what text PRIMARY KEY, v text);
GRANT INSERT ON login_facts TO PUBLIC;
SET LOCAL SESSION AUTHORIZATION pl_structure_member;
SELECT set_config('request.jwt.claims', json_build_object(
    'role', 'service_role', 'sub', '00000000-0000-4000-8000-000000000001',
    'app_metadata', json_build_object('role', 'system_admin'),
    'user_metadata', json_build_object('global_role', 'system_admin'))::text, true) \g /dev/null
SELECT set_config('request.jwt.claim.sub', '00000000-0000-4000-8000-000000000002', true) \g /dev/null
INSERT INTO login_facts VALUES
    ('session_user', session_user), ('current_user', current_user), ('uid', auth.uid()::text),
    ('trusted', auth.claims_trusted()::text), ('role', auth.role()), ('jwt sub', auth.jwt() ->> 'sub'),
    ('system admin', is_system_admin()::text), ('admin tenants', get_user_admin_tenant_ids()::text),
    ('users visible', (SELECT count(*) FROM users)::text);
SELECT throws_ok($$SET ROLE service_role$$, '42501', NULL, 'a personal login cannot become service_role');
SELECT throws_ok(format($$INSERT INTO dicedesk_login_users VALUES ('pl_structure_member2', %L)$$, :sys1),
                 '42501', NULL, 'a personal login cannot map itself to somebody else');
SELECT throws_ok(format($$SELECT * FROM admin_award_coins_v1(%L, %L, ARRAY[%L]::uuid[], 5, 'x', 'st-award-0001')$$,
                        :tenant_a, :sys1, :member_a1),
                 '42501', NULL, 'a personal login cannot name another user as the actor');
RESET SESSION AUTHORIZATION;
SET LOCAL SESSION AUTHORIZATION pl_structure_unmapped;
SELECT set_config('request.jwt.claims', json_build_object('role', 'service_role', 'sub', '00000000-0000-4000-8000-000000000001')::text, true) \g /dev/null
INSERT INTO login_facts VALUES ('unmapped uid', coalesce(auth.uid()::text, 'null')),
                               ('unmapped trusted', auth.claims_trusted()::text);
SELECT throws_ok(format($$SELECT * FROM admin_award_coins_v1(%L, NULL, ARRAY[%L]::uuid[], 5, 'x', 'st-award-0002')$$,
                        :tenant_a, :member_a1),
                 '28000', NULL, 'an unmapped personal login with forged claims is nobody');
RESET SESSION AUTHORIZATION;
SELECT pg_temp.back_to_superuser();
SELECT set_config('request.jwt.claim.sub', '', true) \g /dev/null
SELECT is((SELECT v FROM login_facts WHERE what = 'session_user'), 'pl_structure_member',
          'SET SESSION AUTHORIZATION changes session_user');
SELECT is((SELECT v FROM login_facts WHERE what = 'current_user'), 'pl_structure_member', '... and current_user');
SELECT is((SELECT v FROM login_facts WHERE what = 'uid'), :member_a1,
          'auth.uid() is the mapped user although the claims name a system admin');
SELECT is((SELECT v FROM login_facts WHERE what = 'trusted'), 'false', 'a personal login''s claims are not trusted');
SELECT is((SELECT v FROM login_facts WHERE what = 'role'), 'authenticated', 'auth.role() is authenticated');
SELECT is((SELECT v FROM login_facts WHERE what = 'jwt sub'), :member_a1, 'auth.jwt() carries the mapped user');
SELECT is((SELECT v FROM login_facts WHERE what = 'system admin'), 'false',
          'forged app_metadata and user_metadata make nobody a system admin');
SELECT is((SELECT v FROM login_facts WHERE what = 'admin tenants'), '{}', 'and nobody a tenant admin');
SELECT is((SELECT v FROM login_facts WHERE what = 'users visible'), '1', 'the login reads only its own user row');
SELECT is((SELECT v FROM login_facts WHERE what = 'unmapped uid'), 'null',
          'an unmapped personal login has no identity, whatever its claims');
SELECT is((SELECT v FROM login_facts WHERE what = 'unmapped trusted'), 'false', '... and its claims are not trusted');

-- search_path hijack: a member shadows the identity tables with forged pg_temp tables ----------------
CREATE TEMP TABLE hijack_facts (what text PRIMARY KEY, v text);
GRANT INSERT ON hijack_facts TO PUBLIC;
CREATE FUNCTION pg_temp.try_state(p_sql text) RETURNS text LANGUAGE plpgsql AS $f$
BEGIN
    BEGIN
        EXECUTE p_sql;
        RAISE EXCEPTION 'probe succeeded' USING ERRCODE = 'DDPOK';
    EXCEPTION
        WHEN SQLSTATE 'DDPOK' THEN RETURN 'ok';
        WHEN OTHERS THEN RETURN SQLSTATE;
    END;
END $f$;
GRANT EXECUTE ON FUNCTION pg_temp.try_state(text) TO PUBLIC;
SELECT set_config('request.jwt.claims', json_build_object('role', 'authenticated', 'sub', :member_a1)::text, true) \g /dev/null
SET LOCAL ROLE authenticated;
DO $$
DECLARE
    t text;
BEGIN
    FOR t IN SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r'
                AND relname <> 'dicedesk_schema_migrations' LOOP
        EXECUTE format('CREATE TEMP TABLE %I (LIKE public.%I INCLUDING DEFAULTS)', t, t);
    END LOOP;
END $$;
INSERT INTO pg_temp.users (id, email, global_role) VALUES ('00000000-0000-4000-8000-000000000013', 'x@x', 'system_admin');
INSERT INTO pg_temp.user_tenant_memberships (id, user_id, tenant_id, role, status)
VALUES (gen_random_uuid(), '00000000-0000-4000-8000-000000000013', 'bbbbbbbb-0000-4000-8000-0000000000b1', 'owner', 'active');
INSERT INTO pg_temp.dicedesk_login_users (login_role, user_id) VALUES (session_user, '00000000-0000-4000-8000-000000000001');
INSERT INTO hijack_facts VALUES
    ('uid', auth.uid()::text), ('system admin', is_system_admin()::text),
    ('admin tenants', get_user_admin_tenant_ids()::text), ('tenants', get_user_tenant_ids()::text),
    ('award in B', pg_temp.try_state(format($q$SELECT * FROM admin_award_coins_v1(%L, NULL, ARRAY[%L]::uuid[], 5, 'x', 'st-hijack-0001')$q$,
                                            'bbbbbbbb-0000-4000-8000-0000000000b1', '00000000-0000-4000-8000-000000000023')));
DO $$
DECLARE
    t text;
BEGIN
    FOR t IN SELECT relname FROM pg_class WHERE relnamespace = pg_my_temp_schema() AND relkind = 'r'
                AND relname IN (SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace) LOOP
        EXECUTE format('DROP TABLE pg_temp.%I', t);
    END LOOP;
END $$;
SELECT pg_temp.back_to_superuser();
SELECT is((SELECT v FROM hijack_facts WHERE what = 'uid'), :member_a1, 'with pg_temp shadows, the member is still the member');
SELECT is((SELECT v FROM hijack_facts WHERE what = 'system admin'), 'false', '... not a system admin');
SELECT is((SELECT v FROM hijack_facts WHERE what = 'admin tenants'), '{}', '... administers nothing');
SELECT is((SELECT v FROM hijack_facts WHERE what = 'tenants'), '{' || :tenant_a || '}', '... belongs to tenant A only');
SELECT is((SELECT v FROM hijack_facts WHERE what = 'award in B'), '42501', '... and cannot award in tenant B');

-- 0017's hardening ---------------------------------------------------------------------------------------
-- Every definer function's search_path is exactly 'pg_catalog, pg_temp' (what 0017 sets), or at
-- least starts with pg_catalog and ends with pg_temp: a path without pg_temp lets PostgreSQL search
-- pg_temp implicitly FIRST for tables and types, so a caller's temporary table could shadow a
-- public one (reliability-performance.md §2).
SELECT is_empty($$SELECT d.sig, d.proconfig FROM definer_functions d
                   WHERE NOT EXISTS (SELECT 1 FROM unnest(d.proconfig) c
                                      CROSS JOIN LATERAL (SELECT regexp_replace(c, '[[:space:]"]', '', 'g') AS n) x
                                      WHERE x.n = 'search_path=pg_catalog,pg_temp'
                                         OR x.n ~ '^search_path=pg_catalog,.*,pg_temp$')$$,
                'every definer function''s search_path is ''pg_catalog, pg_temp'' (pg_catalog first, pg_temp last)');
-- service_role keeps data privileges only.
SELECT is_empty($$SELECT c.relname, p.priv FROM pg_class c
                    CROSS JOIN unnest(ARRAY['TRIGGER', 'REFERENCES', 'TRUNCATE']) AS p (priv)
                   WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
                     AND has_table_privilege('service_role', c.oid, p.priv)$$,
                'service_role holds no TRIGGER, REFERENCES or TRUNCATE privilege on any table (it needs none)');
SELECT is_empty($$SELECT c.relname, p.priv FROM pg_class c
                    CROSS JOIN unnest(ARRAY['INSERT', 'UPDATE', 'DELETE']) AS p (priv)
                   WHERE c.oid IN ('public.user_coins'::regclass, 'public.user_progress'::regclass)
                     AND (has_table_privilege('service_role', c.oid, p.priv)
                          OR (p.priv <> 'DELETE' AND has_any_column_privilege('service_role', c.oid, p.priv)))$$,
                'service_role cannot write user_coins or user_progress directly (only the posting functions keep them in step with the ledgers)');
CREATE FUNCTION pg_temp.st_trigger_probe() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
GRANT EXECUTE ON FUNCTION pg_temp.st_trigger_probe() TO PUBLIC;
SELECT pg_temp.act_as_service();
SELECT throws_ok($$CREATE TRIGGER zz_st_probe BEFORE INSERT ON public.tenant_audit_logs
                   FOR EACH ROW EXECUTE FUNCTION pg_temp.st_trigger_probe()$$,
                 '42501', 'permission denied for table tenant_audit_logs',
                 'service_role cannot CREATE TRIGGER on tenant_audit_logs (no TRIGGER privilege)');
SELECT pg_temp.back_to_superuser();
-- dicedesk_award_settings() is internal: settings are read from the table, under row-level security.
SELECT ok(NOT has_function_privilege('authenticated', 'public.dicedesk_award_settings(uuid)', 'EXECUTE')
          AND NOT has_function_privilege('service_role', 'public.dicedesk_award_settings(uuid)', 'EXECUTE')
          AND NOT has_function_privilege('anon', 'public.dicedesk_award_settings(uuid)', 'EXECUTE'),
          'dicedesk_award_settings(uuid) is executable by neither authenticated nor service_role (nor anon)');
-- Append-only triggers fire ALWAYS, also with session_replication_role = replica (see append_only.sql).
SELECT ok((SELECT count(DISTINCT tgrelid) FROM pg_trigger WHERE tgname = 'append_only_row' AND NOT tgisinternal) >= 9,
          'the append-only tables were found in the catalog');
SELECT is_empty($$SELECT t.tgrelid::regclass, t.tgname, t.tgenabled FROM pg_trigger t
                   WHERE t.tgname IN ('append_only_row', 'append_only_truncate') AND NOT t.tgisinternal
                     AND t.tgenabled <> 'A'$$,
                'every append-only trigger is ENABLE ALWAYS (tgenabled = ''A'')');
SELECT is_empty($$SELECT c.relname, n.tgname FROM pg_trigger r JOIN pg_class c ON c.oid = r.tgrelid
                    CROSS JOIN unnest(ARRAY['append_only_row', 'append_only_truncate']) AS n (tgname)
                   WHERE r.tgname IN ('append_only_row', 'append_only_truncate')
                     AND NOT EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = r.tgrelid AND t.tgname = n.tgname)$$,
                'every append-only table has both triggers, the row and the TRUNCATE one');
-- ... and so do the triggers of tables made append-only from now on.
CREATE TABLE public.dicedesk_probe_append_only (id int);
CALL public.dicedesk_make_append_only('public.dicedesk_probe_append_only');
SELECT is((SELECT string_agg(tgname || '=' || tgenabled::text, ',' ORDER BY tgname) FROM pg_trigger
            WHERE tgrelid = 'public.dicedesk_probe_append_only'::regclass),
          'append_only_row=A,append_only_truncate=A',
          'dicedesk_make_append_only() creates ENABLE ALWAYS triggers');
DROP TABLE public.dicedesk_probe_append_only;

SELECT * FROM finish();
ROLLBACK;
