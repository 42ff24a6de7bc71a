-- 0002: tenants, users, memberships, personal logins and Lekbanken's role helpers.

CREATE TYPE public.global_role_enum AS ENUM
    ('system_admin', 'private_user', 'demo_private_user', 'member');

CREATE TYPE public.tenant_role_enum AS ENUM
    ('owner', 'admin', 'editor', 'member',
     'organisation_admin', 'organisation_user', 'demo_org_admin', 'demo_org_user');

CREATE TABLE public.tenants (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    slug        text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
    status      text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended', 'archived')),
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE public.users (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    email        text NOT NULL UNIQUE CHECK (position('@' IN email) > 1 AND length(email) <= 320),
    full_name    text NOT NULL DEFAULT '' CHECK (length(full_name) <= 200),
    global_role  public.global_role_enum NOT NULL DEFAULT 'member',
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now()
);

-- Prefix search by name or e-mail (the console's recipient picker), case-insensitive.
CREATE INDEX users_email_prefix_idx ON public.users (lower(email) text_pattern_ops);
CREATE INDEX users_name_prefix_idx ON public.users (lower(full_name) text_pattern_ops);

CREATE TABLE public.user_tenant_memberships (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id     uuid NOT NULL REFERENCES public.users (id),
    tenant_id   uuid NOT NULL REFERENCES public.tenants (id),
    role        public.tenant_role_enum NOT NULL DEFAULT 'member',
    is_primary  boolean NOT NULL DEFAULT false,
    status      text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'invited', 'suspended', 'removed')),
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    UNIQUE (user_id, tenant_id)
);
CREATE INDEX user_tenant_memberships_tenant_idx
    ON public.user_tenant_memberships (tenant_id, status, role);

-- Personal PostgreSQL logins of humans, mapped to their users row. For such a login the
-- database derives the actor from session_user and ignores any client-set claims.
CREATE TABLE public.dicedesk_login_users (
    login_role  name PRIMARY KEY,
    user_id     uuid NOT NULL UNIQUE REFERENCES public.users (id),
    created_at  timestamptz NOT NULL DEFAULT now()
);

-- Claims are trusted only from a session that is not a personal login and that may act
-- as service_role (the operator's privileged login, PostgREST's authenticator, a superuser).
CREATE FUNCTION auth.claims_trusted()
RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog
AS $$
    SELECT NOT EXISTS (SELECT 1 FROM public.dicedesk_login_users l WHERE l.login_role = session_user)
       AND pg_has_role(session_user, 'service_role', 'MEMBER')
$$;

CREATE FUNCTION auth.uid()
RETURNS uuid
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog
AS $$
    SELECT coalesce(
        (SELECT l.user_id FROM public.dicedesk_login_users l WHERE l.login_role = session_user),
        CASE WHEN auth.claims_trusted() THEN
            nullif(coalesce(nullif(current_setting('request.jwt.claim.sub', true), ''),
                            auth.raw_claims() ->> 'sub'), '')::uuid
        END)
$$;

CREATE FUNCTION auth.role()
RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog
AS $$
    SELECT CASE
        WHEN EXISTS (SELECT 1 FROM public.dicedesk_login_users l WHERE l.login_role = session_user)
            THEN 'authenticated'
        WHEN auth.claims_trusted()
            THEN nullif(coalesce(nullif(current_setting('request.jwt.claim.role', true), ''),
                                 auth.raw_claims() ->> 'role'), '')
    END
$$;

CREATE FUNCTION auth.jwt()
RETURNS jsonb
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog
AS $$
    SELECT CASE
        WHEN EXISTS (SELECT 1 FROM public.dicedesk_login_users l WHERE l.login_role = session_user)
            THEN jsonb_build_object('sub', auth.uid(), 'role', 'authenticated')
        WHEN auth.claims_trusted() THEN coalesce(auth.raw_claims(), '{}'::jsonb)
        ELSE '{}'::jsonb
    END
$$;

-- Lekbanken's five checks: JWT app_metadata.role / global_role, user_metadata.global_role,
-- the root role claim (admin aliases), or the users table. False without a user.
CREATE FUNCTION public.is_system_admin()
RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog
AS $$
    WITH j AS (SELECT auth.jwt() AS c, auth.uid() AS uid)
    SELECT coalesce(j.uid IS NOT NULL AND (
               (j.c -> 'app_metadata' ->> 'role') IN ('system_admin', 'superadmin', 'admin')
            OR (j.c -> 'app_metadata' ->> 'global_role') = 'system_admin'
            OR (j.c -> 'user_metadata' ->> 'global_role') = 'system_admin'
            OR (j.c ->> 'role') IN ('system_admin', 'superadmin')
            OR EXISTS (SELECT 1 FROM public.users u
                        WHERE u.id = j.uid AND u.global_role = 'system_admin')), false)
    FROM j
$$;

CREATE FUNCTION public.get_user_tenant_ids()
RETURNS uuid[]
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog
AS $$
    SELECT CASE
        WHEN public.is_system_admin() THEN
            coalesce((SELECT array_agg(t.id) FROM public.tenants t), '{}')
        ELSE
            coalesce((SELECT array_agg(m.tenant_id) FROM public.user_tenant_memberships m
                       WHERE m.user_id = auth.uid() AND m.status = 'active'), '{}')
    END
$$;

CREATE FUNCTION public.has_tenant_role(p_tenant_id uuid, p_roles public.tenant_role_enum[])
RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog
AS $$
    SELECT public.is_system_admin()
        OR EXISTS (SELECT 1 FROM public.user_tenant_memberships m
                    WHERE m.user_id = auth.uid() AND m.tenant_id = p_tenant_id
                      AND m.status = 'active' AND m.role = ANY (p_roles))
$$;

CREATE FUNCTION public.has_tenant_role(p_tenant_id uuid, p_role public.tenant_role_enum)
RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog
AS $$
    SELECT public.has_tenant_role(p_tenant_id, ARRAY[p_role])
$$;

CREATE FUNCTION public.is_tenant_member(p_tenant_id uuid)
RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog
AS $$
    SELECT p_tenant_id = ANY (public.get_user_tenant_ids())
$$;

CREATE FUNCTION public.is_tenant_admin(p_tenant_id uuid)
RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog
AS $$
    SELECT public.has_tenant_role(p_tenant_id, ARRAY['owner', 'admin']::public.tenant_role_enum[])
$$;

-- Tenants the caller administers (owner/admin), or every tenant for a system admin. An
-- array, so row-level policies evaluate it once per statement: `= ANY ((SELECT f())::uuid[])`.
CREATE FUNCTION public.get_user_admin_tenant_ids()
RETURNS uuid[]
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog
AS $$
    SELECT CASE
        WHEN public.is_system_admin() THEN
            coalesce((SELECT array_agg(t.id) FROM public.tenants t), '{}')
        ELSE
            coalesce((SELECT array_agg(m.tenant_id) FROM public.user_tenant_memberships m
                       WHERE m.user_id = auth.uid() AND m.status = 'active'
                         AND m.role IN ('owner', 'admin')), '{}')
    END
$$;

-- Tenants where the caller is staff (owner/admin/editor), or every tenant for a system admin.
CREATE FUNCTION public.get_user_staff_tenant_ids()
RETURNS uuid[]
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog
AS $$
    SELECT CASE
        WHEN public.is_system_admin() THEN
            coalesce((SELECT array_agg(t.id) FROM public.tenants t), '{}')
        ELSE
            coalesce((SELECT array_agg(m.tenant_id) FROM public.user_tenant_memberships m
                       WHERE m.user_id = auth.uid() AND m.status = 'active'
                         AND m.role IN ('owner', 'admin', 'editor')), '{}')
    END
$$;

-- Tenants in which the caller may administer (owner/admin) and design (editor) content.
-- A user other than the caller may only be asked about by a system admin.
CREATE FUNCTION public.get_user_admin_roles(p_user_id uuid DEFAULT NULL)
RETURNS TABLE (is_system_admin boolean, tenant_admin_of uuid[], tenant_editor_of uuid[])
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog
AS $$
DECLARE
    v_user uuid := coalesce(p_user_id, auth.uid());
BEGIN
    IF v_user IS NULL THEN
        RAISE EXCEPTION 'not authenticated' USING ERRCODE = '28000';
    END IF;
    IF v_user IS DISTINCT FROM auth.uid() AND NOT public.is_system_admin() THEN
        RAISE EXCEPTION 'only a system admin may read another user''s roles' USING ERRCODE = '42501';
    END IF;
    RETURN QUERY
    SELECT coalesce((SELECT u.global_role = 'system_admin' FROM public.users u WHERE u.id = v_user), false)
               OR (v_user = auth.uid() AND public.is_system_admin()),
           coalesce((SELECT array_agg(m.tenant_id ORDER BY m.tenant_id) FROM public.user_tenant_memberships m
                      WHERE m.user_id = v_user AND m.status = 'active'
                        AND m.role IN ('owner', 'admin')), '{}'),
           coalesce((SELECT array_agg(m.tenant_id ORDER BY m.tenant_id) FROM public.user_tenant_memberships m
                      WHERE m.user_id = v_user AND m.status = 'active'
                        AND m.role IN ('owner', 'admin', 'editor')), '{}');
END
$$;
