-- 0001: Supabase-compatible roles and the claims half of the `auth` schema.
--
-- Lekbanken (and every Supabase project) expects the roles anon, authenticated and
-- service_role, and an `auth` schema whose functions read the JWT claims that PostgREST
-- puts into `request.jwt.claims`. Any session can set that GUC, so claims are honoured
-- only for trusted service sessions (see auth.claims_trusted in 0002); personal logins
-- get their identity from the login-to-user mapping instead.

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'anon') THEN
        CREATE ROLE anon NOLOGIN NOINHERIT;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'authenticated') THEN
        CREATE ROLE authenticated NOLOGIN NOINHERIT;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'service_role') THEN
        CREATE ROLE service_role NOLOGIN NOINHERIT BYPASSRLS;
    END IF;
    -- Group role for humans with their own PostgreSQL login (mapped to a users row).
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dicedesk_personal_login') THEN
        CREATE ROLE dicedesk_personal_login NOLOGIN INHERIT;
        GRANT authenticated TO dicedesk_personal_login;
    END IF;
END
$$;

CREATE SCHEMA IF NOT EXISTS auth;
CREATE SCHEMA IF NOT EXISTS extensions;

REVOKE ALL ON SCHEMA auth FROM PUBLIC;
GRANT USAGE ON SCHEMA auth TO anon, authenticated, service_role;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO anon, authenticated, service_role;

-- Raw claims as the client set them; never used for decisions directly.
CREATE FUNCTION auth.raw_claims()
RETURNS jsonb
LANGUAGE sql STABLE
SET search_path = pg_catalog
AS $$
    SELECT CASE
        WHEN coalesce(current_setting('request.jwt.claims', true), '') = '' THEN NULL
        ELSE current_setting('request.jwt.claims', true)::jsonb
    END
$$;

COMMENT ON FUNCTION auth.raw_claims() IS
    'The request.jwt.claims setting as jsonb, unverified. Use auth.jwt() instead.';
