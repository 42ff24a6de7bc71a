-- 0010: shared guards for every writing function: who acts, what they may do, input checks,
-- and the audit writer. SQLSTATEs are part of the contract (the console maps them):
--   28000 not authenticated              42501 not allowed (role, tenant, four-eyes)
--   22023 invalid parameter              22003 amount out of range
--   22001 text too long                  54000 too many recipients / payload too large
--   P0002 unknown user, request, award   DD409 idempotency key reused with another payload
--   DD402 insufficient funds             DD423 request already decided
--   DD202 approval required (use the request path)

-- Who acts. A personal login or a trusted session with a `sub` claim acts as itself and
-- may not name anybody else; a trusted service session without a user (Lekbanken's API
-- server) names the actor. Anything else is refused, also when no claims are set at all.
CREATE FUNCTION public.dicedesk_actor(p_claimed uuid)
RETURNS uuid
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog
AS $$
DECLARE
    v_uid uuid := auth.uid();
BEGIN
    IF v_uid IS NOT NULL THEN
        IF p_claimed IS NOT NULL AND p_claimed <> v_uid THEN
            RAISE EXCEPTION 'the actor must be the signed-in user (%), not %', v_uid, p_claimed
                USING ERRCODE = '42501';
        END IF;
        RETURN v_uid;
    END IF;
    IF auth.claims_trusted() AND auth.role() = 'service_role' AND p_claimed IS NOT NULL THEN
        IF NOT EXISTS (SELECT 1 FROM public.users u WHERE u.id = p_claimed) THEN
            RAISE EXCEPTION 'unknown actor %', p_claimed USING ERRCODE = 'P0002';
        END IF;
        RETURN p_claimed;
    END IF;
    RAISE EXCEPTION 'not authenticated: use a personal login, or a trusted service session that names the acting user'
        USING ERRCODE = '28000';
END
$$;

CREATE FUNCTION public.dicedesk_user_is_system_admin(p_user_id uuid)
RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog
AS $$
    SELECT coalesce((SELECT u.global_role = 'system_admin' FROM public.users u WHERE u.id = p_user_id), false)
        OR (p_user_id = auth.uid() AND public.is_system_admin())
$$;

CREATE FUNCTION public.dicedesk_user_has_tenant_role(p_user_id uuid, p_tenant_id uuid,
                                                    p_roles public.tenant_role_enum[])
RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog
AS $$
    SELECT public.dicedesk_user_is_system_admin(p_user_id)
        OR EXISTS (SELECT 1 FROM public.user_tenant_memberships m
                    WHERE m.user_id = p_user_id AND m.tenant_id = p_tenant_id
                      AND m.status = 'active' AND m.role = ANY (p_roles))
$$;

-- Refuses unless the user administers the tenant (owner/admin) or is a system admin.
CREATE FUNCTION public.dicedesk_require_tenant_admin(p_user_id uuid, p_tenant_id uuid)
RETURNS void
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog
AS $$
BEGIN
    IF p_tenant_id IS NULL THEN
        RAISE EXCEPTION 'p_tenant_id is required' USING ERRCODE = '22023';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM public.tenants t WHERE t.id = p_tenant_id) THEN
        RAISE EXCEPTION 'unknown tenant %', p_tenant_id USING ERRCODE = 'P0002';
    END IF;
    IF NOT public.dicedesk_user_has_tenant_role(p_user_id, p_tenant_id,
                                                ARRAY['owner', 'admin']::public.tenant_role_enum[]) THEN
        RAISE EXCEPTION 'only an admin of this tenant or a system admin may do this'
            USING ERRCODE = '42501';
    END IF;
END
$$;

CREATE FUNCTION public.dicedesk_check_key(p_key text)
RETURNS void
LANGUAGE plpgsql IMMUTABLE
SET search_path = pg_catalog
AS $$
BEGIN
    IF p_key IS NULL THEN
        RAISE EXCEPTION 'p_idempotency_key is required' USING ERRCODE = '22023';
    END IF;
    IF length(p_key) < 8 OR length(p_key) > 200 OR p_key !~ '^[A-Za-z0-9][A-Za-z0-9._:@/+=-]*$' THEN
        RAISE EXCEPTION 'malformed idempotency key: 8 to 200 characters of letters, digits and ._:@/+=-'
            USING ERRCODE = '22023';
    END IF;
END
$$;

-- Blank: NULL or nothing but white space, including tabs, line breaks, no-break and
-- zero-width spaces. The one definition every required-text check uses.
CREATE FUNCTION public.dicedesk_is_blank(p_text text)
RETURNS boolean
LANGUAGE sql IMMUTABLE
SET search_path = pg_catalog
AS $$
    SELECT p_text IS NULL OR p_text !~ '[^[:space:]\u00a0\u200b\u200c\u200d\u2060\ufeff]'
$$;

CREATE FUNCTION public.dicedesk_check_message(p_message text, p_required boolean)
RETURNS void
LANGUAGE plpgsql IMMUTABLE
SET search_path = pg_catalog
AS $$
BEGIN
    IF public.dicedesk_is_blank(p_message) THEN
        IF p_required THEN
            RAISE EXCEPTION 'a message is required' USING ERRCODE = '22023';
        END IF;
        RETURN;
    END IF;
    IF length(p_message) > 1000 THEN
        RAISE EXCEPTION 'the message is % characters long; at most 1000 are allowed', length(p_message)
            USING ERRCODE = '22001';
    END IF;
END
$$;

CREATE FUNCTION public.dicedesk_check_amount(p_amount bigint)
RETURNS void
LANGUAGE plpgsql IMMUTABLE
SET search_path = pg_catalog
AS $$
BEGIN
    IF p_amount IS NULL OR p_amount <= 0 THEN
        RAISE EXCEPTION 'p_amount must be > 0' USING ERRCODE = '22023';
    END IF;
    IF p_amount > 1000000 THEN
        RAISE EXCEPTION 'p_amount must be at most 1000000 (got %)', p_amount USING ERRCODE = '22003';
    END IF;
END
$$;

CREATE FUNCTION public.dicedesk_check_metadata(p_metadata jsonb)
RETURNS void
LANGUAGE plpgsql IMMUTABLE
SET search_path = pg_catalog
AS $$
BEGIN
    IF p_metadata IS NOT NULL AND pg_column_size(p_metadata) > 65536 THEN
        RAISE EXCEPTION 'metadata is larger than 64 KB' USING ERRCODE = '54000';
    END IF;
    IF p_metadata IS NOT NULL AND jsonb_typeof(p_metadata) <> 'object' THEN
        RAISE EXCEPTION 'metadata must be a JSON object' USING ERRCODE = '22023';
    END IF;
END
$$;

-- Distinct recipients, checked: 1..10,000 of them, all known users and active members of
-- the tenant. Returns them sorted, so locks are always taken in the same order.
CREATE FUNCTION public.dicedesk_checked_recipients(p_tenant_id uuid, p_user_ids uuid[])
RETURNS uuid[]
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog
AS $$
DECLARE
    v_ids uuid[];
    v_unknown uuid[];
    v_outside uuid[];
BEGIN
    IF p_user_ids IS NULL OR cardinality(p_user_ids) = 0 THEN
        RAISE EXCEPTION 'p_target_user_ids is required' USING ERRCODE = '22023';
    END IF;
    IF cardinality(p_user_ids) > 10000 THEN
        RAISE EXCEPTION 'at most 10000 recipients per award (got %)', cardinality(p_user_ids)
            USING ERRCODE = '54000';
    END IF;
    SELECT array_agg(DISTINCT u ORDER BY u) INTO v_ids FROM unnest(p_user_ids) AS u WHERE u IS NOT NULL;
    IF v_ids IS NULL THEN
        RAISE EXCEPTION 'p_target_user_ids is required' USING ERRCODE = '22023';
    END IF;
    SELECT array_agg(i) INTO v_unknown
      FROM unnest(v_ids) AS i
     WHERE NOT EXISTS (SELECT 1 FROM public.users u WHERE u.id = i);
    IF v_unknown IS NOT NULL THEN
        RAISE EXCEPTION 'unknown users: %', array_to_string(v_unknown[1:5], ', ')
                        || CASE WHEN cardinality(v_unknown) > 5 THEN format(' and %s more', cardinality(v_unknown) - 5) ELSE '' END
            USING ERRCODE = 'P0002';
    END IF;
    SELECT array_agg(i) INTO v_outside
      FROM unnest(v_ids) AS i
     WHERE NOT EXISTS (SELECT 1 FROM public.user_tenant_memberships m
                        WHERE m.user_id = i AND m.tenant_id = p_tenant_id AND m.status = 'active');
    IF v_outside IS NOT NULL THEN
        RAISE EXCEPTION 'users are not active members of this tenant: %', array_to_string(v_outside[1:5], ', ')
                        || CASE WHEN cardinality(v_outside) > 5 THEN format(' and %s more', cardinality(v_outside) - 5) ELSE '' END
            USING ERRCODE = '22023';
    END IF;
    RETURN v_ids;
END
$$;

-- The one way admin actions are recorded.
CREATE FUNCTION public.dicedesk_audit(p_tenant_id uuid, p_actor_user_id uuid, p_event_type text,
                                      p_payload jsonb)
RETURNS uuid
LANGUAGE sql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog
AS $$
    INSERT INTO public.tenant_audit_logs (tenant_id, actor_user_id, event_type, payload)
    VALUES (p_tenant_id, p_actor_user_id, p_event_type, coalesce(p_payload, '{}'::jsonb))
    RETURNING id
$$;

-- The approval threshold in force for a tenant: its override, else the global default.
CREATE FUNCTION public.dicedesk_award_settings(p_tenant_id uuid)
RETURNS TABLE (award_approval_threshold integer, award_request_expiry_days integer)
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog
AS $$
    SELECT s.award_approval_threshold, s.award_request_expiry_days
      FROM public.gamification_settings s
     WHERE s.tenant_id = p_tenant_id OR s.tenant_id IS NULL
     ORDER BY s.tenant_id NULLS LAST
     LIMIT 1
$$;

-- Takes EXECUTE away from PUBLIC and anon on every routine in public and auth. Each migration
-- that adds functions calls it last, whichever role runs the migrations; grants to
-- authenticated and service_role are then explicit, per function.
CREATE PROCEDURE public.dicedesk_revoke_public_execute()
LANGUAGE plpgsql
SET search_path = pg_catalog
AS $$
DECLARE
    f regprocedure;
BEGIN
    FOR f IN
        SELECT p.oid::regprocedure FROM pg_proc p
         WHERE p.pronamespace IN ('public'::regnamespace, 'auth'::regnamespace)
           AND p.prokind IN ('f', 'p')
    LOOP
        EXECUTE format('REVOKE ALL ON ROUTINE %s FROM PUBLIC, anon', f);
    END LOOP;
END
$$;
CALL public.dicedesk_revoke_public_execute();
-- Lekbanken's helpers are used inside row-level policies, so the roles that read need them.
GRANT EXECUTE ON FUNCTION public.dicedesk_award_settings(uuid) TO authenticated, service_role;
