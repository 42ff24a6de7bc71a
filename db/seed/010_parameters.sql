-- 010: parameters and deterministic helpers for the DiceDesk demo-data generator.
--
-- Contract (see dicedesk-db seed): every file in db/seed runs in name order in ONE superuser
-- session against a freshly migrated, EMPTY database. *.tx.sql files run inside a transaction,
-- the others as-is. Before the first file the runner sets three session settings:
--   dicedesk.seed          text, default '42'
--   dicedesk.scale_events  number of gamification_events rows E (small 200000, medium 1000000,
--                          large 10000000 or any N)
--   dicedesk.anchor        date YYYY-MM-DD, default today (UTC); all data lies in the 180 days
--                          before anchor 00:00 UTC and never after it (pending award requests
--                          expire after it, by design)
-- Same seed + anchor + scale => byte-identical data. Nothing here uses random(),
-- gen_random_uuid(), now() or clock_timestamp() for data: every id and random choice is a hash
-- of (seed, kind, key).
--
-- Files: 010 parameters, 020 tenants/users/settings override, 030 memberships, 040 demo logins,
-- 050 events, 060 achievements, 070 awards and requests, 080 coin and XP ledgers (including the
-- awards' entries), 090 wallets/progress/award recipients/unlocks, 100 audit log, 900 VACUUM.
-- Awards come before the ledger because the ledger holds their coin entries, and the award
-- recipients after it because balance_after needs the complete ledger.
--
-- Helpers live in pg_temp (session lifetime, so they vanish with the session):
--   pg_temp.dd_params             one row: seed, seed hash sd, scale e, users u, tenants t, ...
--   pg_temp.dd_uuid(kind, key)    md5(seed || ':' || kind || ':' || key)::uuid
--   pg_temp.dd_rand(kind, key)    hash of (seed, kind, key) mapped to [0, 1)
--   pg_temp.dd_int(kind, key, lo, hi)   integer in [lo, hi]
--   pg_temp.dd_ts(day)            timestamptz at `day` (fractional days) after the window start
--   pg_temp.dd_after(t, seconds)  t + seconds, but never at or after the anchor
--   pg_temp.dd_bulk_begin/dd_bulk_end(table)  drop and re-create indexes/keys around a bulk load
-- Hot loops (events, ledger) inline the same hash: hashtextextended(key, sd + k) & 2^52-1, / 2^52.
-- hashtextextended is PostgreSQL's hash-partitioning hash: stable across releases, but a
-- big-endian server would produce other (equally deterministic) data than a little-endian one.
--
-- Demo personas have FIXED ids, independent of the seed (PostgreSQL login -> users.id):
--   demo_sysadmin      d1ced35c-de00-4000-8000-000000000001  Siri Systemsson, system_admin,
--                                                            member of the first tenant
--   demo_tenant_admin  d1ced35c-de00-4000-8000-000000000002  Anders Adminsson, admin in the
--                                                            first two tenants
--   demo_designer      d1ced35c-de00-4000-8000-000000000003  Disa Designberg, editor in the
--                                                            first tenant
--   demo_member        d1ced35c-de00-4000-8000-000000000004  Max Medlemsson, member in the
--                                                            first tenant (coins, XP, badges)
-- Each login has password 'demo' and is a member of dicedesk_personal_login.

-- Temporary tables hold the intermediate plan (users, members, awards) between files. Give them
-- room in memory; this only works before the session's first temporary table, hence the guard.
DO $$
BEGIN
    PERFORM set_config('temp_buffers', '256MB', false);
EXCEPTION WHEN OTHERS THEN
    NULL;
END
$$;

-- Text output of timestamps and floats must not depend on the client's session defaults.
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, YMD';
SET extra_float_digits = 1;
SET synchronous_commit = off;
-- JIT compilation of the generator queries costs more (about a second each) than it saves.
SET jit = off;
SET client_min_messages = warning;

DO $$
DECLARE
    v_seed text := coalesce(nullif(btrim(current_setting('dicedesk.seed', true)), ''), '42');
    v_scale text := coalesce(nullif(btrim(current_setting('dicedesk.scale_events', true)), ''),
                             '200000');
    v_anchor text := nullif(btrim(current_setting('dicedesk.anchor', true)), '');
    v_anchor_date date;
BEGIN
    IF to_regclass('public.tenants') IS NULL OR to_regclass('public.gamification_events') IS NULL
    THEN
        RAISE EXCEPTION 'dicedesk seed: the database is not migrated; run the migrations first';
    END IF;
    IF EXISTS (SELECT 1 FROM public.tenants) OR EXISTS (SELECT 1 FROM public.users)
       OR EXISTS (SELECT 1 FROM public.gamification_events) THEN
        RAISE EXCEPTION 'database already has data; seed a fresh database';
    END IF;
    IF length(v_seed) > 64 OR v_seed !~ '^[A-Za-z0-9_.-]+$' THEN
        RAISE EXCEPTION 'dicedesk.seed must be 1 to 64 characters of [A-Za-z0-9_.-], not ''%''',
            v_seed;
    END IF;
    IF v_scale !~ '^[0-9]{1,10}$' OR v_scale::bigint < 1 OR v_scale::bigint > 100000000 THEN
        RAISE EXCEPTION 'dicedesk.scale_events must be an integer from 1 to 100000000, not ''%''',
            v_scale;
    END IF;
    IF v_anchor IS NULL THEN
        v_anchor_date := (now() AT TIME ZONE 'UTC')::date; -- a parameter, not data
    ELSIF v_anchor !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN
        RAISE EXCEPTION 'dicedesk.anchor must be a date YYYY-MM-DD, not ''%''', v_anchor;
    ELSE
        BEGIN
            v_anchor_date := v_anchor::date;
        EXCEPTION WHEN OTHERS THEN
            RAISE EXCEPTION 'dicedesk.anchor must be a valid date YYYY-MM-DD, not ''%''', v_anchor;
        END;
    END IF;
    -- Normalised values for the later files (and for anyone inspecting the session).
    PERFORM set_config('dicedesk.seed', v_seed, false);
    PERFORM set_config('dicedesk.scale_events', v_scale::bigint::text, false);
    PERFORM set_config('dicedesk.anchor', to_char(v_anchor_date, 'YYYY-MM-DD'), false);
END
$$;

CREATE TEMP TABLE dd_params AS
SELECT s.seed,
       hashtextextended('dicedesk-seed:' || s.seed, 0) AS sd,
       s.e,
       greatest(300, s.e / 100)::int AS u,                         -- users (incl. demo + admins)
       CASE WHEN s.e <= 1000000 THEN 4 ELSE 8 END AS t,            -- tenants
       greatest(40, greatest(300, s.e / 100) / 5)::int AS u0,      -- founders, joined on day 0
       8 AS first_regular,                                         -- ids 1-4 demo, 5-8 admins
       s.anchor,
       s.anchor - interval '180 days' AS w0,                       -- window start
       extract(epoch FROM s.anchor)::float8 AS a_epoch,
       extract(epoch FROM s.anchor - interval '180 days')::float8 AS w0_epoch,
       extract(isodow FROM (s.anchor - interval '180 days') AT TIME ZONE 'UTC')::int AS dow0,
       -- three tagged simulation runs: day index (0..179) and run id
       ARRAY[118, 152, 173] AS sim_days,
       ARRAY['simrun-01-' || substr(md5(s.seed || ':simrun:1'), 1, 8),
             'simrun-02-' || substr(md5(s.seed || ':simrun:2'), 1, 8),
             'simrun-03-' || substr(md5(s.seed || ':simrun:3'), 1, 8)] AS sim_ids
  FROM (SELECT current_setting('dicedesk.seed') AS seed,
               current_setting('dicedesk.scale_events')::bigint AS e,
               (current_setting('dicedesk.anchor')::date::timestamp AT TIME ZONE 'UTC') AS anchor) s;

-- Fixed demo ids (independent of the seed).
CREATE TEMP TABLE dd_demo (idx int PRIMARY KEY, login name NOT NULL, id uuid NOT NULL,
                           full_name text NOT NULL, email text NOT NULL);
INSERT INTO dd_demo VALUES
    (1, 'demo_sysadmin', 'd1ced35c-de00-4000-8000-000000000001', 'Siri Systemsson',
     'demo.sysadmin@lekbanken.example'),
    (2, 'demo_tenant_admin', 'd1ced35c-de00-4000-8000-000000000002', 'Anders Adminsson',
     'demo.tenantadmin@lekbanken.example'),
    (3, 'demo_designer', 'd1ced35c-de00-4000-8000-000000000003', 'Disa Designberg',
     'demo.designer@lekbanken.example'),
    (4, 'demo_member', 'd1ced35c-de00-4000-8000-000000000004', 'Max Medlemsson',
     'demo.member@lekbanken.example');

-- Derived values for the helpers below, as settings so that the helpers stay inlinable (a SQL
-- function whose body has a sub-select is not inlined and costs a plan call per row).
SELECT set_config('dicedesk.seed_hash', sd::text, false),
       set_config('dicedesk.window_start_epoch', w0_epoch::bigint::text, false),
       set_config('dicedesk.anchor_epoch', a_epoch::bigint::text, false)
  FROM pg_temp.dd_params;

CREATE OR REPLACE FUNCTION pg_temp.dd_uuid(p_kind text, p_key text)
RETURNS uuid
LANGUAGE sql STABLE
AS $$
    SELECT md5(current_setting('dicedesk.seed') || ':' || p_kind || ':' || p_key)::uuid
$$;

CREATE OR REPLACE FUNCTION pg_temp.dd_rand(p_kind text, p_key text)
RETURNS double precision
LANGUAGE sql STABLE
AS $$
    SELECT (hashtextextended(p_kind || ':' || p_key,
                             current_setting('dicedesk.seed_hash')::bigint)
            & 4503599627370495)::float8 / 4503599627370496.0
$$;

CREATE OR REPLACE FUNCTION pg_temp.dd_int(p_kind text, p_key text, p_lo bigint, p_hi bigint)
RETURNS bigint
LANGUAGE sql STABLE
AS $$
    SELECT p_lo + floor(pg_temp.dd_rand(p_kind, p_key) * (p_hi - p_lo + 1))::bigint
$$;

-- Timestamp `p_day` days (fractional) after the window start, rounded to the millisecond.
CREATE OR REPLACE FUNCTION pg_temp.dd_ts(p_day double precision)
RETURNS timestamptz
LANGUAGE sql STABLE
AS $$
    SELECT to_timestamp(round((current_setting('dicedesk.window_start_epoch')::float8
                               + p_day * 86400.0) * 1000.0) / 1000.0)
$$;

-- p_t plus p_seconds, but at most halfway between p_t and the anchor (so never after it);
-- rounded to the millisecond.
CREATE OR REPLACE FUNCTION pg_temp.dd_after(p_t timestamptz, p_seconds double precision)
RETURNS timestamptz
LANGUAGE sql STABLE
AS $$
    SELECT to_timestamp(round(least(extract(epoch FROM p_t)::float8 + p_seconds,
                                    (extract(epoch FROM p_t)::float8
                                     + current_setting('dicedesk.anchor_epoch')::float8) / 2.0)
                              * 1000.0) / 1000.0)
$$;

-- Bulk loading of the big tables: dd_bulk_begin drops the table's foreign keys, its indexes and
-- the primary-key/unique constraints that no other table references, remembering their exact
-- definitions; dd_bulk_end re-creates them (same names, same definitions). Building an index
-- once is far cheaper than maintaining it row by row, and re-adding a foreign key validates the
-- whole table with a single anti-join instead of one lookup per row; a violation still fails.
CREATE TEMP TABLE dd_saved_ddl (tbl regclass, ord int, name text, ddl text);

CREATE OR REPLACE FUNCTION pg_temp.dd_bulk_begin(p_table regclass)
RETURNS void
LANGUAGE plpgsql
AS $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT c.conname, pg_get_constraintdef(c.oid) AS def
               FROM pg_constraint c
              WHERE c.conrelid = p_table AND c.contype = 'f'
              ORDER BY c.conname LOOP
        INSERT INTO pg_temp.dd_saved_ddl VALUES
            (p_table, 3, r.conname,
             format('ALTER TABLE %s ADD CONSTRAINT %I %s', p_table, r.conname, r.def));
        EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', p_table, r.conname);
    END LOOP;
    FOR r IN SELECT c.conname, pg_get_constraintdef(c.oid) AS def
               FROM pg_constraint c
              WHERE c.conrelid = p_table AND c.contype IN ('p', 'u')
                AND NOT EXISTS (SELECT 1 FROM pg_constraint f
                                 WHERE f.contype = 'f' AND f.conindid = c.conindid)
              ORDER BY c.conname LOOP
        INSERT INTO pg_temp.dd_saved_ddl VALUES
            (p_table, 1, r.conname,
             format('ALTER TABLE %s ADD CONSTRAINT %I %s', p_table, r.conname, r.def));
        EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', p_table, r.conname);
    END LOOP;
    FOR r IN SELECT i.indexrelid::regclass AS idx, pg_get_indexdef(i.indexrelid) AS def
               FROM pg_index i
              WHERE i.indrelid = p_table
                AND NOT EXISTS (SELECT 1 FROM pg_constraint c
                                 WHERE c.conrelid = p_table AND c.conindid = i.indexrelid)
              ORDER BY i.indexrelid::regclass::text LOOP
        INSERT INTO pg_temp.dd_saved_ddl VALUES (p_table, 2, r.idx::text, r.def);
        EXECUTE format('DROP INDEX %s', r.idx);
    END LOOP;
END
$$;

CREATE OR REPLACE FUNCTION pg_temp.dd_bulk_end(p_table regclass)
RETURNS void
LANGUAGE plpgsql
AS $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT d.ddl FROM pg_temp.dd_saved_ddl d
              WHERE d.tbl = p_table ORDER BY d.ord, d.name LOOP
        EXECUTE r.ddl;
    END LOOP;
    DELETE FROM pg_temp.dd_saved_ddl WHERE tbl = p_table;
END
$$;

-- Later files call this first so that running them out of order fails clearly.
CREATE OR REPLACE FUNCTION pg_temp.dd_require(p_table text)
RETURNS void
LANGUAGE plpgsql
AS $$
BEGIN
    IF to_regclass('pg_temp.' || p_table) IS NULL THEN
        RAISE EXCEPTION 'dicedesk seed: % is missing; run all db/seed files in order in one session',
            p_table;
    END IF;
END
$$;
