-- 0020: what the award console (manual awards and the approval queue) needs.
--
-- 1. dicedesk_award_settings_v1(tenant): the approval settings in force, for callers who may see
--    them (0017 made dicedesk_award_settings internal). NULL asks for the global ones.
-- 2. The award composer's member reads as definer functions behind one guard (staff of the tenant
--    or system admin): search as you type over 100,000 users, all active members, and a pasted
--    list of up to 10,000 e-mails or ids in one call. Under row-level security the same queries
--    checked every candidate user against the users policy, and LIKE (not leakproof) could not
--    use an index at all: seconds instead of milliseconds. They show only whom the users policy
--    would show. Prefix indexes on the lowered name, e-mail and the name's second and third words
--    in the "C" collation make one index range scan find and order the hits (the
--    text_pattern_ops indexes of 0002 find but cannot order). XP totals per wallet come from an
--    index instead of the tenant's whole XP ledger.
-- 3. dicedesk_award_v1 checks an award once (it checked it again inside admin_award_coins_v1 or
--    admin_request_award_coins_v1, and each check probed users and memberships per recipient) and
--    says "replayed" on both paths (it said so only when paying), holding the key's lock while it
--    looks, so a concurrent first use is seen; a key that filed a request keeps replaying that
--    request even if the threshold changed since. Same rows, audit events and errors as before.
-- 4. A single-entry reversal's audit row names the award the entry came from.
-- 5. dicedesk_actor_name_v1(user): the name of someone who acted on a row the caller may see but
--    who is hidden by RLS (a tenant admin sees neither the system admin who decided a request
--    nor one who wrote to the audit log).

-- 1 ----------------------------------------------------------------------------------------
CREATE FUNCTION public.dicedesk_award_settings_v1(p_tenant_id uuid)
RETURNS TABLE (award_approval_threshold integer, award_request_expiry_days integer, tenant_override boolean)
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    v_uid uuid := auth.uid();
BEGIN
    IF v_uid IS NULL AND NOT public.dicedesk_is_platform_server() THEN
        RAISE EXCEPTION 'not authenticated' USING ERRCODE = '28000';
    END IF;
    -- A tenant's own settings are for its members (and system admins); the global ones for all.
    IF p_tenant_id IS NOT NULL AND v_uid IS NOT NULL AND NOT public.dicedesk_user_is_system_admin(v_uid)
       AND NOT EXISTS (SELECT 1 FROM public.user_tenant_memberships m
                        WHERE m.user_id = v_uid AND m.tenant_id = p_tenant_id AND m.status = 'active') THEN
        RAISE EXCEPTION 'only members of this tenant may read its award settings' USING ERRCODE = '42501';
    END IF;
    RETURN QUERY
    SELECT s.award_approval_threshold, s.award_request_expiry_days,
           p_tenant_id IS NOT NULL AND EXISTS (SELECT 1 FROM public.gamification_settings g
                                                WHERE g.tenant_id = p_tenant_id)
      FROM public.dicedesk_award_settings(p_tenant_id) AS s;
END
$$;

-- 2 ----------------------------------------------------------------------------------------
CREATE INDEX users_name_sort_idx ON public.users ((lower(full_name) COLLATE "C"));
CREATE INDEX users_email_sort_idx ON public.users ((lower(email) COLLATE "C"));
CREATE INDEX users_name_word2_idx ON public.users ((lower(split_part(full_name, ' ', 2)) COLLATE "C"));
CREATE INDEX users_name_word3_idx ON public.users ((lower(split_part(full_name, ' ', 3)) COLLATE "C"));
CREATE INDEX xp_transactions_wallet_idx ON public.xp_transactions (tenant_id, user_id) INCLUDE (amount);

-- Who may list a tenant's members: its staff (owner, admin, editor), system admins and the
-- platform's server. Returns the tenants whose members' names the caller may see (NULL: all).
CREATE FUNCTION public.dicedesk_member_reader(p_tenant_id uuid)
RETURNS uuid[]
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_uid uuid := auth.uid();
    v_staff uuid[];
BEGIN
    IF v_uid IS NULL THEN
        IF public.dicedesk_is_platform_server() THEN
            RETURN NULL;
        END IF;
        RAISE EXCEPTION 'not authenticated' USING ERRCODE = '28000';
    END IF;
    IF public.dicedesk_user_is_system_admin(v_uid) THEN
        RETURN NULL;
    END IF;
    SELECT coalesce(array_agg(m.tenant_id), '{}') INTO v_staff FROM public.user_tenant_memberships m
     WHERE m.user_id = v_uid AND m.status = 'active' AND m.role IN ('owner', 'admin', 'editor');
    IF p_tenant_id IS NULL OR NOT p_tenant_id = ANY (v_staff) THEN
        RAISE EXCEPTION 'only the staff of this tenant may list its members' USING ERRCODE = '42501';
    END IF;
    RETURN v_staff;
END
$$;

-- Active members whose lowered name, second or third name word, or e-mail starts with the text
-- (taken literally), by name. Each branch walks one index range in order and stops after
-- p_limit members (at most 200).
CREATE FUNCTION public.dicedesk_search_members_v1(p_tenant_id uuid, p_text text, p_limit integer DEFAULT 50)
RETURNS TABLE (user_id uuid, full_name text, email text, coin_balance integer)
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    v_limit integer := least(greatest(coalesce(p_limit, 50), 1), 200);
    v_from text := lower(btrim(coalesce(p_text, '')));
    v_to text;
BEGIN
    PERFORM public.dicedesk_member_reader(p_tenant_id);
    IF v_from = '' THEN
        RETURN;
    END IF;
    -- In the "C" collation every text that starts with v_from lies in [v_from, v_from || U+10FFFF).
    v_to := v_from || chr(1114111);
    RETURN QUERY
    WITH hit AS (
        (SELECT u.id FROM public.users u
          WHERE lower(u.full_name) COLLATE "C" >= v_from AND lower(u.full_name) COLLATE "C" < v_to
            AND EXISTS (SELECT 1 FROM public.user_tenant_memberships m
                         WHERE m.user_id = u.id AND m.tenant_id = p_tenant_id AND m.status = 'active')
          ORDER BY lower(u.full_name) COLLATE "C" LIMIT v_limit)
        UNION
        (SELECT u.id FROM public.users u
          WHERE lower(u.email) COLLATE "C" >= v_from AND lower(u.email) COLLATE "C" < v_to
            AND EXISTS (SELECT 1 FROM public.user_tenant_memberships m
                         WHERE m.user_id = u.id AND m.tenant_id = p_tenant_id AND m.status = 'active')
          ORDER BY lower(u.email) COLLATE "C" LIMIT v_limit)
        UNION
        (SELECT u.id FROM public.users u
          WHERE lower(split_part(u.full_name, ' ', 2)) COLLATE "C" >= v_from
            AND lower(split_part(u.full_name, ' ', 2)) COLLATE "C" < v_to
            AND EXISTS (SELECT 1 FROM public.user_tenant_memberships m
                         WHERE m.user_id = u.id AND m.tenant_id = p_tenant_id AND m.status = 'active')
          ORDER BY lower(split_part(u.full_name, ' ', 2)) COLLATE "C" LIMIT v_limit)
        UNION
        (SELECT u.id FROM public.users u
          WHERE lower(split_part(u.full_name, ' ', 3)) COLLATE "C" >= v_from
            AND lower(split_part(u.full_name, ' ', 3)) COLLATE "C" < v_to
            AND EXISTS (SELECT 1 FROM public.user_tenant_memberships m
                         WHERE m.user_id = u.id AND m.tenant_id = p_tenant_id AND m.status = 'active')
          ORDER BY lower(split_part(u.full_name, ' ', 3)) COLLATE "C" LIMIT v_limit)
    )
    SELECT u.id, u.full_name, u.email, coalesce(w.balance, 0)
      FROM hit
      JOIN public.users u ON u.id = hit.id
      LEFT JOIN public.user_coins w ON w.user_id = u.id AND w.tenant_id = p_tenant_id
     ORDER BY lower(u.full_name), lower(u.email), u.id
     LIMIT v_limit;
END
$$;

-- Every active member of the tenant, by name, with their coin balance there.
CREATE FUNCTION public.dicedesk_active_members_v1(p_tenant_id uuid)
RETURNS TABLE (user_id uuid, full_name text, email text, coin_balance integer)
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET work_mem = '64MB' -- sorts 100,000 members in memory, not on disk
AS $$
#variable_conflict use_column
BEGIN
    PERFORM public.dicedesk_member_reader(p_tenant_id);
    RETURN QUERY
    SELECT u.id, u.full_name, u.email, coalesce(w.balance, 0)
      FROM public.user_tenant_memberships m
      JOIN public.users u ON u.id = m.user_id
      LEFT JOIN public.user_coins w ON w.user_id = m.user_id AND w.tenant_id = m.tenant_id
     WHERE m.tenant_id = p_tenant_id AND m.status = 'active'
     ORDER BY lower(u.full_name), lower(u.email), u.id;
END
$$;

-- A pasted list (at most 10,000 entries): each input is a user id (p_user_ids) or else an e-mail
-- in any case (p_emails), one row per input in input order. A user the caller may not see (the
-- users policy: a member of none of the caller's staff tenants) is reported as not found.
CREATE FUNCTION public.dicedesk_resolve_recipients_v1(p_tenant_id uuid, p_user_ids uuid[], p_emails text[])
RETURNS TABLE (ord bigint, user_id uuid, full_name text, email text, is_member boolean)
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    v_visible uuid[] := public.dicedesk_member_reader(p_tenant_id);
BEGIN
    IF greatest(cardinality(p_user_ids), cardinality(p_emails)) > 10000 THEN
        RAISE EXCEPTION 'at most 10000 entries per list' USING ERRCODE = '54000';
    END IF;
    -- E-mails through users_email_lower_uidx, one probe each (hashing every user's lowered
    -- e-mail costs more than 10,000 probes); visibility worked out once per row.
    RETURN QUERY
    WITH found AS MATERIALIZED (
        SELECT i.n, coalesce(ui.id, ue.id) AS id, coalesce(ui.full_name, ue.full_name) AS full_name,
               coalesce(ui.email, ue.email) AS email
          FROM unnest(p_user_ids, p_emails) WITH ORDINALITY AS i (uid, mail, n)
          LEFT JOIN public.users ui ON ui.id = i.uid
          LEFT JOIN LATERAL (SELECT u.id, u.full_name, u.email FROM public.users u
                              WHERE i.uid IS NULL AND lower(u.email) = lower(i.mail) LIMIT 1) AS ue ON true
    ), shown AS MATERIALIZED (
        SELECT f.n, f.id, f.full_name, f.email,
               f.id IS NOT NULL
               AND (v_visible IS NULL
                    OR EXISTS (SELECT 1 FROM public.user_tenant_memberships s
                                WHERE s.user_id = f.id AND s.tenant_id = ANY (v_visible))) AS ok
          FROM found f
    )
    SELECT x.n, CASE WHEN x.ok THEN x.id END, CASE WHEN x.ok THEN x.full_name END,
           CASE WHEN x.ok THEN x.email END,
           x.ok AND EXISTS (SELECT 1 FROM public.user_tenant_memberships m
                             WHERE m.user_id = x.id AND m.tenant_id = p_tenant_id AND m.status = 'active')
      FROM shown x
     ORDER BY x.n;
END
$$;

-- 3 ----------------------------------------------------------------------------------------
-- Distinct recipients, checked (0010's rules, errors and order): an active membership implies a
-- known user (foreign key), so the members are looked up once and unknown users only among the
-- rest. An award to 10,000 recipients used to probe both tables for every recipient, twice.
CREATE OR REPLACE FUNCTION public.dicedesk_checked_recipients(p_tenant_id uuid, p_user_ids uuid[])
RETURNS uuid[]
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
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
    SELECT array_agg(i ORDER BY i) INTO v_outside
      FROM unnest(v_ids) AS i
     WHERE NOT EXISTS (SELECT 1 FROM public.user_tenant_memberships m
                        WHERE m.user_id = i AND m.tenant_id = p_tenant_id AND m.status = 'active');
    IF v_outside IS NULL THEN
        RETURN v_ids;
    END IF;
    SELECT array_agg(i ORDER BY i) INTO v_unknown
      FROM unnest(v_outside) AS i
     WHERE NOT EXISTS (SELECT 1 FROM public.users u WHERE u.id = i);
    IF v_unknown IS NOT NULL THEN
        RAISE EXCEPTION 'unknown users: %', array_to_string(v_unknown[1:5], ', ')
                        || CASE WHEN cardinality(v_unknown) > 5 THEN format(' and %s more', cardinality(v_unknown) - 5) ELSE '' END
            USING ERRCODE = 'P0002';
    END IF;
    RAISE EXCEPTION 'users are not active members of this tenant: %', array_to_string(v_outside[1:5], ', ')
                    || CASE WHEN cardinality(v_outside) > 5 THEN format(' and %s more', cardinality(v_outside) - 5) ELSE '' END
        USING ERRCODE = '22023';
END
$$;

-- The console's entry. It checks the award once and then does what admin_award_coins_v1 or
-- admin_request_award_coins_v1 would do after their own (identical) checks: the same rows, the
-- same audit events, the same replays and DD409s.
CREATE OR REPLACE FUNCTION public.dicedesk_award_v1(
    p_tenant_id uuid, p_target_user_ids uuid[], p_award_type text, p_amount integer, p_message text,
    p_idempotency_key text, p_achievement_id uuid DEFAULT NULL)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_actor uuid := public.dicedesk_actor(NULL);
    v_ids uuid[];
    v_hash text;
    v_threshold integer;
    v_expiry integer;
    v_total bigint;
    v_award public.gamification_admin_awards;
    v_request public.gamification_admin_award_requests;
    v_id uuid;
BEGIN
    v_ids := public.dicedesk_check_award(p_tenant_id, v_actor, p_target_user_ids, p_amount, p_message,
                                         p_idempotency_key, p_award_type, p_achievement_id);
    v_hash := public.dicedesk_award_hash(p_award_type, p_amount, p_achievement_id, p_message, v_ids);
    SELECT s.award_approval_threshold, s.award_request_expiry_days INTO v_threshold, v_expiry
      FROM public.dicedesk_award_settings(p_tenant_id) s;
    v_total := p_amount::bigint * cardinality(v_ids);
    -- The key's lock (dicedesk_lock_award_key's) is held from here on, so the look-ups below
    -- see a first use of the key that committed while this call waited.
    PERFORM pg_advisory_xact_lock(hashtextextended('award:' || p_tenant_id || ':' || p_idempotency_key, 0));
    SELECT * INTO v_award FROM public.gamification_admin_awards a
     WHERE a.tenant_id = p_tenant_id AND a.idempotency_key = p_idempotency_key;
    SELECT * INTO v_request FROM public.gamification_admin_award_requests r
     WHERE r.tenant_id = p_tenant_id AND r.idempotency_key = p_idempotency_key;

    IF v_award.id IS NOT NULL THEN
        IF v_award.request_hash IS DISTINCT FROM v_hash THEN
            RAISE EXCEPTION 'idempotency key % was already used for a different award', p_idempotency_key
                USING ERRCODE = 'DD409';
        END IF;
        RETURN jsonb_build_object('outcome', 'paid', 'award_id', v_award.id, 'recipient_count', cardinality(v_ids),
                                  'total', v_total, 'threshold', v_threshold, 'replayed', true);
    END IF;
    IF v_request.id IS NOT NULL THEN
        IF v_request.request_hash IS DISTINCT FROM v_hash THEN
            RAISE EXCEPTION 'idempotency key % was already used for a different request', p_idempotency_key
                USING ERRCODE = 'DD409';
        END IF;
        RETURN jsonb_build_object('outcome', 'pending', 'request_id', v_request.id, 'status', v_request.status,
                                  'recipient_count', v_request.recipient_count, 'total', v_total,
                                  'threshold', v_threshold, 'replayed', true);
    END IF;

    IF p_award_type = 'achievement' OR public.dicedesk_user_is_system_admin(v_actor) OR v_total < v_threshold THEN
        v_id := public.dicedesk_pay_award(p_tenant_id, v_actor, v_ids, p_amount, p_message,
                                          p_idempotency_key, p_award_type, p_achievement_id, NULL);
        PERFORM public.dicedesk_audit(p_tenant_id, v_actor, 'gamification.admin_award.' || p_award_type,
            jsonb_build_object('award_id', v_id, 'amount', p_amount, 'recipient_count', cardinality(v_ids),
                               'total', v_total, 'achievement_id', p_achievement_id,
                               'idempotency_key', p_idempotency_key));
        RETURN jsonb_build_object('outcome', 'paid', 'award_id', v_id, 'recipient_count', cardinality(v_ids),
                                  'total', v_total, 'threshold', v_threshold, 'replayed', false);
    END IF;

    INSERT INTO public.gamification_admin_award_requests
        (tenant_id, requester_user_id, award_type, amount, achievement_id, message, idempotency_key,
         request_hash, recipient_count, expires_at)
    VALUES (p_tenant_id, v_actor, p_award_type, p_amount, p_achievement_id, p_message, p_idempotency_key,
            v_hash, cardinality(v_ids), now() + make_interval(days => v_expiry))
    RETURNING id INTO v_id;
    INSERT INTO public.gamification_admin_award_request_recipients (request_id, tenant_id, user_id)
    SELECT v_id, p_tenant_id, r FROM unnest(v_ids) AS r;
    PERFORM public.dicedesk_audit(p_tenant_id, v_actor, 'gamification.admin_award_request.' || p_award_type,
        jsonb_build_object('request_id', v_id, 'amount', p_amount, 'recipient_count', cardinality(v_ids),
                           'total', v_total, 'idempotency_key', p_idempotency_key));
    PERFORM pg_notify('dicedesk_award_requests',
        json_build_object('event', 'created', 'request_id', v_id, 'tenant_id', p_tenant_id)::text);
    RETURN jsonb_build_object('outcome', 'pending', 'request_id', v_id, 'status', 'pending',
                              'recipient_count', cardinality(v_ids), 'total', v_total,
                              'threshold', v_threshold, 'replayed', false);
END
$$;

-- 4 ----------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION public.reverse_coin_transaction_v1(
    p_transaction_id uuid, p_reason text, p_idempotency_key text, p_actor_user_id uuid DEFAULT NULL)
RETURNS TABLE (transaction_id uuid, balance integer)
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    v_actor uuid := public.dicedesk_actor(p_actor_user_id);
    v_tenant uuid;
    v_award uuid;
    v_result record;
BEGIN
    PERFORM public.dicedesk_check_key(p_idempotency_key);
    PERFORM public.dicedesk_check_message(p_reason, true);
    SELECT c.tenant_id INTO v_tenant FROM public.coin_transactions c WHERE c.id = p_transaction_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'transaction % does not exist', p_transaction_id USING ERRCODE = 'P0002';
    END IF;
    IF v_tenant IS NULL THEN
        IF NOT public.dicedesk_user_is_system_admin(v_actor) THEN
            RAISE EXCEPTION 'only a system admin may reverse a global entry' USING ERRCODE = '42501';
        END IF;
    ELSE
        PERFORM public.dicedesk_require_tenant_admin(v_actor, v_tenant);
    END IF;
    SELECT * INTO v_result FROM public.dicedesk_reverse_coin_entry(p_transaction_id, p_reason, p_idempotency_key);
    IF NOT v_result.replayed AND v_tenant IS NOT NULL THEN
        -- The award an entry came from: the one its metadata names, if that award lists the entry
        -- (through the award's unique (award_id, user_id) key; metadata alone is no proof).
        SELECT r.award_id INTO v_award
          FROM public.coin_transactions c
          JOIN public.gamification_admin_award_recipients r
            ON r.award_id = CASE WHEN c.metadata ->> 'award_id'
                                      ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
                                 THEN (c.metadata ->> 'award_id')::uuid END
           AND r.user_id = c.user_id
         WHERE c.id = p_transaction_id AND r.coin_transaction_id = p_transaction_id;
        PERFORM public.dicedesk_audit(v_tenant, v_actor, 'gamification.coin_transaction.reversed',
            jsonb_build_object('transaction_id', p_transaction_id, 'reversal_id', v_result.transaction_id,
                               'user_id', v_result.user_id, 'amount', v_result.amount,
                               'type', v_result.type, 'reason', p_reason,
                               'idempotency_key', p_idempotency_key)
            || CASE WHEN v_award IS NULL THEN '{}'::jsonb ELSE jsonb_build_object('award_id', v_award) END);
    END IF;
    RETURN QUERY SELECT v_result.transaction_id, v_result.balance;
END
$$;

-- 5 ----------------------------------------------------------------------------------------
-- Only a name, and only of system admins, of the caller, or of people the caller may see anyway.
CREATE FUNCTION public.dicedesk_actor_name_v1(p_user_id uuid)
RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_uid uuid := auth.uid();
    v_user public.users;
BEGIN
    IF p_user_id IS NULL OR (v_uid IS NULL AND NOT public.dicedesk_is_platform_server()) THEN
        RETURN NULL;
    END IF;
    SELECT * INTO v_user FROM public.users u WHERE u.id = p_user_id;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    IF v_user.global_role = 'system_admin' OR v_uid IS NULL OR v_uid = p_user_id
       OR public.dicedesk_user_is_system_admin(v_uid)
       OR EXISTS (SELECT 1 FROM public.user_tenant_memberships m
                   WHERE m.user_id = p_user_id AND m.tenant_id = ANY (public.get_user_staff_tenant_ids())) THEN
        RETURN coalesce(nullif(v_user.full_name, ''), v_user.email);
    END IF;
    RETURN NULL;
END
$$;

CALL public.dicedesk_revoke_public_execute();
GRANT EXECUTE ON FUNCTION public.dicedesk_award_settings_v1(uuid) TO authenticated, service_role;
GRANT EXECUTE ON FUNCTION public.dicedesk_actor_name_v1(uuid) TO authenticated, service_role;
GRANT EXECUTE ON FUNCTION public.dicedesk_search_members_v1(uuid, text, integer) TO authenticated, service_role;
GRANT EXECUTE ON FUNCTION public.dicedesk_active_members_v1(uuid) TO authenticated, service_role;
GRANT EXECUTE ON FUNCTION public.dicedesk_resolve_recipients_v1(uuid, uuid[], text[]) TO authenticated, service_role;
