-- 0012: manual awards (coins, XP, achievements) and four-eyes approvals.
--
-- admin_award_coins_v1 pays now; admin_request_award_coins_v1 files a request that a system
-- admin decides with admin_decide_award_request_v1 (Lekbanken's argument lists; DiceDesk's
-- additions come last with defaults). dicedesk_award_v1 is the console's single entry: it
-- pays when the caller may, and files a request when the total reaches the threshold.
--
-- Rules: the actor administers the tenant; recipients are 1..10,000 active members; the
-- message is required (≤ 1,000 characters); keys are scoped per tenant across awards and
-- requests: the same key with the same payload returns the first result and writes nothing,
-- with another payload it is DD409. Non-system-admins cannot pay a total (amount ×
-- recipients) at or above the tenant's threshold: that needs a request (DD202). A requester
-- never decides their own request; one decision wins; an approved request pays once.

-- Consistency the status machine relies on.
ALTER TABLE public.gamification_admin_award_requests
    ADD CONSTRAINT gamification_admin_award_requests_approved_has_award
        CHECK ((status = 'approved') = (award_id IS NOT NULL)),
    ADD CONSTRAINT gamification_admin_award_requests_pending_undecided
        CHECK (status <> 'pending' OR (decided_at IS NULL AND decided_by_user_id IS NULL));
ALTER TABLE public.gamification_admin_awards
    ADD CONSTRAINT gamification_admin_awards_request_fk
        FOREIGN KEY (request_id) REFERENCES public.gamification_admin_award_requests (id)
        DEFERRABLE INITIALLY DEFERRED;

-- What an award pays, as one comparable fingerprint (recipients sorted and distinct).
CREATE FUNCTION public.dicedesk_award_hash(p_award_type text, p_amount integer, p_achievement_id uuid,
                                           p_message text, p_recipients uuid[])
RETURNS text
LANGUAGE sql IMMUTABLE
SET search_path = pg_catalog
AS $$
    SELECT md5(concat_ws('|', p_award_type, p_amount::text, coalesce(p_achievement_id::text, ''),
                         p_message, array_to_string(p_recipients, ',')))
$$;

-- Checks everything an award or request needs and returns the sorted recipients.
CREATE FUNCTION public.dicedesk_check_award(
    p_tenant_id uuid, p_actor uuid, p_target_user_ids uuid[], p_amount integer, p_message text,
    p_idempotency_key text, p_award_type text, p_achievement_id uuid)
RETURNS uuid[]
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog
AS $$
BEGIN
    PERFORM public.dicedesk_require_tenant_admin(p_actor, p_tenant_id);
    PERFORM public.dicedesk_check_key(p_idempotency_key);
    IF length(p_idempotency_key) > 160 THEN
        RAISE EXCEPTION 'malformed idempotency key: award keys are at most 160 characters' USING ERRCODE = '22023';
    END IF;
    PERFORM public.dicedesk_check_message(p_message, true);
    IF p_award_type IS NULL OR p_award_type NOT IN ('coins', 'xp', 'achievement') THEN
        RAISE EXCEPTION 'p_award_type must be coins, xp or achievement' USING ERRCODE = '22023';
    END IF;
    PERFORM public.dicedesk_check_amount(p_amount);
    IF p_award_type = 'achievement' THEN
        IF p_achievement_id IS NULL THEN
            RAISE EXCEPTION 'p_achievement_id is required for an achievement award' USING ERRCODE = '22023';
        END IF;
        IF NOT EXISTS (SELECT 1 FROM public.achievements a WHERE a.id = p_achievement_id
                          AND a.status = 'active' AND (a.tenant_id IS NULL OR a.tenant_id = p_tenant_id)) THEN
            RAISE EXCEPTION 'achievement % is not an active achievement of this tenant', p_achievement_id
                USING ERRCODE = 'P0002';
        END IF;
    ELSIF p_achievement_id IS NOT NULL THEN
        RAISE EXCEPTION 'p_achievement_id is only for achievement awards' USING ERRCODE = '22023';
    END IF;
    RETURN public.dicedesk_checked_recipients(p_tenant_id, p_target_user_ids);
END
$$;

-- Serialises work on one (tenant, key) and refuses a key the other table already used.
CREATE FUNCTION public.dicedesk_lock_award_key(p_tenant_id uuid, p_idempotency_key text, p_for_request boolean)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog
AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(hashtextextended('award:' || p_tenant_id || ':' || p_idempotency_key, 0));
    IF p_for_request AND EXISTS (SELECT 1 FROM public.gamification_admin_awards a
                                  WHERE a.tenant_id = p_tenant_id AND a.idempotency_key = p_idempotency_key) THEN
        RAISE EXCEPTION 'idempotency key % was already used for an award', p_idempotency_key USING ERRCODE = 'DD409';
    END IF;
    IF NOT p_for_request AND EXISTS (SELECT 1 FROM public.gamification_admin_award_requests r
                                      WHERE r.tenant_id = p_tenant_id AND r.idempotency_key = p_idempotency_key) THEN
        RAISE EXCEPTION 'idempotency key % was already used for an award request', p_idempotency_key USING ERRCODE = 'DD409';
    END IF;
END
$$;

-- Pays an award to checked recipients, set-based: one statement per table, wallets locked in
-- recipient order (no deadlocks between overlapping awards). Returns the award id.
CREATE FUNCTION public.dicedesk_pay_award(
    p_tenant_id uuid, p_actor uuid, p_recipients uuid[], p_amount integer, p_message text,
    p_idempotency_key text, p_award_type text, p_achievement_id uuid, p_request_id uuid)
RETURNS uuid
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog
AS $$
DECLARE
    v_award uuid;
    v_user uuid;
    v_xp record;
BEGIN
    INSERT INTO public.gamification_admin_awards
        (tenant_id, actor_user_id, award_type, amount, achievement_id, message, idempotency_key,
         request_hash, request_id, recipient_count)
    VALUES (p_tenant_id, p_actor, p_award_type, p_amount, p_achievement_id, p_message, p_idempotency_key,
            public.dicedesk_award_hash(p_award_type, p_amount, p_achievement_id, p_message, p_recipients),
            p_request_id, cardinality(p_recipients))
    RETURNING id INTO v_award;

    IF p_award_type = 'coins' THEN
        WITH ledger AS (
            INSERT INTO public.coin_transactions
                (user_id, tenant_id, type, amount, description, reason_code, idempotency_key, source, metadata)
            SELECT r, p_tenant_id, 'earn', p_amount, p_message, 'admin_award', p_idempotency_key || ':' || r,
                   'admin_award', jsonb_build_object('award_id', v_award)
              FROM unnest(p_recipients) AS r
            RETURNING id, user_id
        ), wallets AS (
            INSERT INTO public.user_coins AS w (user_id, tenant_id, balance, total_earned, total_spent)
            SELECT l.user_id, p_tenant_id, p_amount, p_amount, 0 FROM ledger l ORDER BY l.user_id
            ON CONFLICT ON CONSTRAINT user_coins_user_tenant_key DO UPDATE
               SET balance = w.balance + EXCLUDED.balance,
                   total_earned = w.total_earned + EXCLUDED.total_earned,
                   updated_at = now()
            RETURNING w.user_id, w.balance
        )
        INSERT INTO public.gamification_admin_award_recipients
            (award_id, tenant_id, user_id, coin_transaction_id, balance_after)
        SELECT v_award, p_tenant_id, l.user_id, l.id, w.balance
          FROM ledger l JOIN wallets w ON w.user_id = l.user_id;
    ELSIF p_award_type = 'xp' THEN
        FOREACH v_user IN ARRAY p_recipients LOOP
            SELECT * INTO v_xp FROM public.dicedesk_post_xp_entry(
                v_user, p_tenant_id, p_amount, 'admin_award', p_idempotency_key || ':' || v_user,
                'admin_award', jsonb_build_object('award_id', v_award));
            INSERT INTO public.gamification_admin_award_recipients
                (award_id, tenant_id, user_id, xp_transaction_id, balance_after)
            VALUES (v_award, p_tenant_id, v_user, v_xp.transaction_id, least(v_xp.new_xp, 2147483647)::integer);
        END LOOP;
    ELSE
        INSERT INTO public.user_achievements (achievement_id, user_id, tenant_id, source)
        SELECT p_achievement_id, r, p_tenant_id, 'admin_award' FROM unnest(p_recipients) AS r
        ON CONFLICT ON CONSTRAINT user_achievements_once_per_user DO NOTHING;
        INSERT INTO public.gamification_admin_award_recipients (award_id, tenant_id, user_id)
        SELECT v_award, p_tenant_id, r FROM unnest(p_recipients) AS r;
    END IF;
    RETURN v_award;
END
$$;

CREATE FUNCTION public.admin_award_coins_v1(
    p_tenant_id uuid, p_actor_user_id uuid, p_target_user_ids uuid[], p_amount integer,
    p_message text, p_idempotency_key text,
    p_award_type text DEFAULT 'coins', p_achievement_id uuid DEFAULT NULL)
RETURNS TABLE (award_id uuid, recipient_user_id uuid, coin_transaction_id uuid, balance integer)
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog
AS $$
#variable_conflict use_column
DECLARE
    v_actor uuid := public.dicedesk_actor(p_actor_user_id);
    v_ids uuid[];
    v_hash text;
    v_existing public.gamification_admin_awards;
    v_award uuid;
    v_threshold integer;
BEGIN
    v_ids := public.dicedesk_check_award(p_tenant_id, v_actor, p_target_user_ids, p_amount, p_message,
                                         p_idempotency_key, p_award_type, p_achievement_id);
    v_hash := public.dicedesk_award_hash(p_award_type, p_amount, p_achievement_id, p_message, v_ids);
    PERFORM public.dicedesk_lock_award_key(p_tenant_id, p_idempotency_key, false);

    SELECT * INTO v_existing FROM public.gamification_admin_awards a
     WHERE a.tenant_id = p_tenant_id AND a.idempotency_key = p_idempotency_key;
    IF FOUND THEN
        IF v_existing.request_hash IS DISTINCT FROM v_hash THEN
            RAISE EXCEPTION 'idempotency key % was already used for a different award', p_idempotency_key
                USING ERRCODE = 'DD409';
        END IF;
        v_award := v_existing.id; -- a replay: return what was paid, write nothing
    ELSE
        SELECT s.award_approval_threshold INTO v_threshold FROM public.dicedesk_award_settings(p_tenant_id) s;
        IF p_award_type <> 'achievement' AND NOT public.dicedesk_user_is_system_admin(v_actor)
           AND p_amount::bigint * cardinality(v_ids) >= v_threshold THEN
            RAISE EXCEPTION 'approval required: the total % reaches the threshold %; file a request instead',
                p_amount::bigint * cardinality(v_ids), v_threshold
                USING ERRCODE = 'DD202', HINT = 'Call admin_request_award_coins_v1 with the same arguments.';
        END IF;
        v_award := public.dicedesk_pay_award(p_tenant_id, v_actor, v_ids, p_amount, p_message,
                                             p_idempotency_key, p_award_type, p_achievement_id, NULL);
        PERFORM public.dicedesk_audit(p_tenant_id, v_actor, 'gamification.admin_award.' || p_award_type,
            jsonb_build_object('award_id', v_award, 'amount', p_amount, 'recipient_count', cardinality(v_ids),
                               'total', p_amount::bigint * cardinality(v_ids), 'achievement_id', p_achievement_id,
                               'idempotency_key', p_idempotency_key));
    END IF;
    RETURN QUERY
    SELECT r.award_id, r.user_id, r.coin_transaction_id, r.balance_after
      FROM public.gamification_admin_award_recipients r
     WHERE r.award_id = v_award
     ORDER BY r.user_id;
END
$$;

CREATE FUNCTION public.admin_request_award_coins_v1(
    p_tenant_id uuid, p_actor_user_id uuid, p_target_user_ids uuid[], p_amount integer,
    p_message text, p_idempotency_key text,
    p_award_type text DEFAULT 'coins', p_achievement_id uuid DEFAULT NULL)
RETURNS TABLE (request_id uuid, status text, recipient_count integer)
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog
AS $$
#variable_conflict use_column
DECLARE
    v_actor uuid := public.dicedesk_actor(p_actor_user_id);
    v_ids uuid[];
    v_hash text;
    v_existing public.gamification_admin_award_requests;
    v_request uuid;
    v_expiry integer;
BEGIN
    v_ids := public.dicedesk_check_award(p_tenant_id, v_actor, p_target_user_ids, p_amount, p_message,
                                         p_idempotency_key, p_award_type, p_achievement_id);
    v_hash := public.dicedesk_award_hash(p_award_type, p_amount, p_achievement_id, p_message, v_ids);
    PERFORM public.dicedesk_lock_award_key(p_tenant_id, p_idempotency_key, true);

    SELECT * INTO v_existing FROM public.gamification_admin_award_requests r
     WHERE r.tenant_id = p_tenant_id AND r.idempotency_key = p_idempotency_key;
    IF FOUND THEN
        IF v_existing.request_hash IS DISTINCT FROM v_hash THEN
            RAISE EXCEPTION 'idempotency key % was already used for a different request', p_idempotency_key
                USING ERRCODE = 'DD409';
        END IF;
        RETURN QUERY SELECT v_existing.id, v_existing.status, v_existing.recipient_count;
        RETURN;
    END IF;

    SELECT s.award_request_expiry_days INTO v_expiry FROM public.dicedesk_award_settings(p_tenant_id) s;
    INSERT INTO public.gamification_admin_award_requests
        (tenant_id, requester_user_id, award_type, amount, achievement_id, message, idempotency_key,
         request_hash, recipient_count, expires_at)
    VALUES (p_tenant_id, v_actor, p_award_type, p_amount, p_achievement_id, p_message, p_idempotency_key,
            v_hash, cardinality(v_ids), now() + make_interval(days => v_expiry))
    RETURNING id INTO v_request;
    INSERT INTO public.gamification_admin_award_request_recipients (request_id, tenant_id, user_id)
    SELECT v_request, p_tenant_id, r FROM unnest(v_ids) AS r;
    PERFORM public.dicedesk_audit(p_tenant_id, v_actor, 'gamification.admin_award_request.' || p_award_type,
        jsonb_build_object('request_id', v_request, 'amount', p_amount, 'recipient_count', cardinality(v_ids),
                           'total', p_amount::bigint * cardinality(v_ids), 'idempotency_key', p_idempotency_key));
    PERFORM pg_notify('dicedesk_award_requests',
        json_build_object('event', 'created', 'request_id', v_request, 'tenant_id', p_tenant_id)::text);
    RETURN QUERY SELECT v_request, 'pending'::text, cardinality(v_ids);
END
$$;

CREATE FUNCTION public.admin_decide_award_request_v1(
    p_request_id uuid, p_decider_user_id uuid, p_action text, p_reason text DEFAULT NULL)
RETURNS TABLE (request_id uuid, status text, award_id uuid, awarded_count integer)
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog
AS $$
#variable_conflict use_column
DECLARE
    v_actor uuid := public.dicedesk_actor(p_decider_user_id);
    v_request public.gamification_admin_award_requests;
    v_ids uuid[];
    v_award uuid;
    v_decider text;
BEGIN
    IF p_request_id IS NULL THEN
        RAISE EXCEPTION 'p_request_id is required' USING ERRCODE = '22023';
    END IF;
    IF p_action IS NULL OR p_action NOT IN ('approve', 'reject') THEN
        RAISE EXCEPTION 'p_action must be approve or reject' USING ERRCODE = '22023';
    END IF;
    PERFORM public.dicedesk_check_message(p_reason, false);
    IF NOT public.dicedesk_user_is_system_admin(v_actor) THEN
        RAISE EXCEPTION 'only a system admin may decide award requests' USING ERRCODE = '42501';
    END IF;
    -- The row lock makes concurrent deciders queue; the first one decides.
    SELECT * INTO v_request FROM public.gamification_admin_award_requests r
     WHERE r.id = p_request_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'request not found' USING ERRCODE = 'P0002';
    END IF;
    IF v_request.requester_user_id = v_actor THEN
        RAISE EXCEPTION 'you cannot decide your own request: another system admin must' USING ERRCODE = '42501';
    END IF;
    IF v_request.status <> 'pending' THEN
        -- The same decision repeated by the same admin is a replay; anything else lost the race.
        IF v_request.decided_by_user_id = v_actor
           AND v_request.status = (CASE p_action WHEN 'approve' THEN 'approved' ELSE 'rejected' END) THEN
            RETURN QUERY SELECT v_request.id, v_request.status, v_request.award_id, 0;
            RETURN;
        END IF;
        SELECT coalesce(nullif(u.full_name, ''), u.email) INTO v_decider FROM public.users u
         WHERE u.id = v_request.decided_by_user_id;
        RAISE EXCEPTION 'request is already %', v_request.status
            USING ERRCODE = 'DD423',
                  DETAIL = format('decided_by=%s decided_by_name=%s decided_at=%s',
                                  coalesce(v_request.decided_by_user_id::text, ''), coalesce(v_decider, ''),
                                  coalesce(to_char(v_request.decided_at AT TIME ZONE 'UTC',
                                                   'YYYY-MM-DD"T"HH24:MI:SS"Z"'), ''));
    END IF;
    IF v_request.expires_at <= now() THEN
        UPDATE public.gamification_admin_award_requests r
           SET status = 'expired', updated_at = now() WHERE r.id = p_request_id;
        PERFORM public.dicedesk_audit(v_request.tenant_id, v_actor, 'gamification.admin_award_request.expired',
            jsonb_build_object('request_id', p_request_id));
        PERFORM pg_notify('dicedesk_award_requests',
            json_build_object('event', 'expired', 'request_id', p_request_id, 'tenant_id', v_request.tenant_id)::text);
        RETURN QUERY SELECT p_request_id, 'expired'::text, NULL::uuid, 0;
        RETURN;
    END IF;

    IF p_action = 'approve' THEN
        SELECT array_agg(rr.user_id ORDER BY rr.user_id) INTO v_ids
          FROM public.gamification_admin_award_request_recipients rr WHERE rr.request_id = p_request_id;
        IF v_ids IS NULL THEN
            RAISE EXCEPTION 'request has no recipients' USING ERRCODE = '22023';
        END IF;
        -- Recipients must still be active members when the money moves.
        v_ids := public.dicedesk_checked_recipients(v_request.tenant_id, v_ids);
        v_award := public.dicedesk_pay_award(v_request.tenant_id, v_request.requester_user_id, v_ids,
                                             v_request.amount, v_request.message,
                                             'award-request:' || p_request_id, v_request.award_type,
                                             v_request.achievement_id, p_request_id);
    END IF;
    UPDATE public.gamification_admin_award_requests r
       SET status = CASE p_action WHEN 'approve' THEN 'approved' ELSE 'rejected' END,
           award_id = v_award, decided_by_user_id = v_actor, decided_at = now(),
           decision_reason = p_reason, updated_at = now()
     WHERE r.id = p_request_id;
    PERFORM public.dicedesk_audit(v_request.tenant_id, v_actor,
        'gamification.admin_award_request.' || CASE p_action WHEN 'approve' THEN 'approved' ELSE 'rejected' END,
        jsonb_build_object('request_id', p_request_id, 'award_id', v_award, 'reason', p_reason,
                           'requester_user_id', v_request.requester_user_id));
    PERFORM pg_notify('dicedesk_award_requests',
        json_build_object('event', CASE p_action WHEN 'approve' THEN 'approved' ELSE 'rejected' END,
                          'request_id', p_request_id, 'tenant_id', v_request.tenant_id)::text);
    RETURN QUERY SELECT p_request_id, CASE p_action WHEN 'approve' THEN 'approved' ELSE 'rejected' END,
                        v_award, coalesce(cardinality(v_ids), 0);
END
$$;

-- The requester (or a system admin) withdraws a pending request.
CREATE FUNCTION public.dicedesk_cancel_award_request_v1(p_request_id uuid, p_reason text,
                                                        p_actor_user_id uuid DEFAULT NULL)
RETURNS text
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog
AS $$
DECLARE
    v_actor uuid := public.dicedesk_actor(p_actor_user_id);
    v_request public.gamification_admin_award_requests;
BEGIN
    PERFORM public.dicedesk_check_message(p_reason, true);
    SELECT * INTO v_request FROM public.gamification_admin_award_requests r WHERE r.id = p_request_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'request not found' USING ERRCODE = 'P0002';
    END IF;
    IF v_request.requester_user_id <> v_actor AND NOT public.dicedesk_user_is_system_admin(v_actor) THEN
        RAISE EXCEPTION 'only the requester or a system admin may cancel a request' USING ERRCODE = '42501';
    END IF;
    IF v_request.status <> 'pending' THEN
        RAISE EXCEPTION 'request is already %', v_request.status USING ERRCODE = 'DD423';
    END IF;
    UPDATE public.gamification_admin_award_requests r
       SET status = 'cancelled', decision_reason = p_reason, updated_at = now() WHERE r.id = p_request_id;
    PERFORM public.dicedesk_audit(v_request.tenant_id, v_actor, 'gamification.admin_award_request.cancelled',
        jsonb_build_object('request_id', p_request_id, 'reason', p_reason));
    PERFORM pg_notify('dicedesk_award_requests',
        json_build_object('event', 'cancelled', 'request_id', p_request_id, 'tenant_id', v_request.tenant_id)::text);
    RETURN 'cancelled';
END
$$;

-- Marks pending requests past their expiry as expired; returns how many.
CREATE FUNCTION public.expire_award_requests_v1()
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog
AS $$
DECLARE
    v_row record;
    v_count integer := 0;
BEGIN
    IF NOT (public.is_system_admin() OR (auth.claims_trusted() AND auth.role() = 'service_role')) THEN
        RAISE EXCEPTION 'only a system admin or the service may expire requests' USING ERRCODE = '42501';
    END IF;
    FOR v_row IN
        UPDATE public.gamification_admin_award_requests r
           SET status = 'expired', updated_at = now()
         WHERE r.status = 'pending' AND r.expires_at <= now()
        RETURNING r.id, r.tenant_id
    LOOP
        PERFORM public.dicedesk_audit(v_row.tenant_id, auth.uid(), 'gamification.admin_award_request.expired',
            jsonb_build_object('request_id', v_row.id));
        PERFORM pg_notify('dicedesk_award_requests',
            json_build_object('event', 'expired', 'request_id', v_row.id, 'tenant_id', v_row.tenant_id)::text);
        v_count := v_count + 1;
    END LOOP;
    RETURN v_count;
END
$$;

-- The console's award entry: pays when the caller may, files a request when the total reaches
-- the threshold (never for system admins, never for achievements). Replays either way.
CREATE FUNCTION public.dicedesk_award_v1(
    p_tenant_id uuid, p_target_user_ids uuid[], p_award_type text, p_amount integer, p_message text,
    p_idempotency_key text, p_achievement_id uuid DEFAULT NULL)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog
AS $$
DECLARE
    v_actor uuid := public.dicedesk_actor(NULL);
    v_ids uuid[];
    v_threshold integer;
    v_total bigint;
    v_award uuid;
    v_request record;
    v_existing uuid;
BEGIN
    v_ids := public.dicedesk_check_award(p_tenant_id, v_actor, p_target_user_ids, p_amount, p_message,
                                         p_idempotency_key, p_award_type, p_achievement_id);
    SELECT s.award_approval_threshold INTO v_threshold FROM public.dicedesk_award_settings(p_tenant_id) s;
    v_total := p_amount::bigint * cardinality(v_ids);
    SELECT a.id INTO v_existing FROM public.gamification_admin_awards a
     WHERE a.tenant_id = p_tenant_id AND a.idempotency_key = p_idempotency_key;
    IF v_existing IS NOT NULL
       OR p_award_type = 'achievement' OR public.dicedesk_user_is_system_admin(v_actor) OR v_total < v_threshold THEN
        SELECT DISTINCT r.award_id INTO v_award
          FROM public.admin_award_coins_v1(p_tenant_id, v_actor, v_ids, p_amount, p_message, p_idempotency_key,
                                           p_award_type, p_achievement_id) AS r;
        RETURN jsonb_build_object('outcome', 'paid', 'award_id', v_award, 'recipient_count', cardinality(v_ids),
                                  'total', v_total, 'threshold', v_threshold, 'replayed', v_existing IS NOT NULL);
    END IF;
    SELECT * INTO v_request
      FROM public.admin_request_award_coins_v1(p_tenant_id, v_actor, v_ids, p_amount, p_message,
                                               p_idempotency_key, p_award_type, p_achievement_id);
    RETURN jsonb_build_object('outcome', 'pending', 'request_id', v_request.request_id,
                              'status', v_request.status, 'recipient_count', v_request.recipient_count,
                              'total', v_total, 'threshold', v_threshold);
END
$$;

-- Undo a whole award by reversing each recipient's entry (all or nothing). Coins already
-- spent cannot be reversed; the error names how many recipients lack the funds.
CREATE FUNCTION public.reverse_admin_award_v1(p_award_id uuid, p_reason text, p_idempotency_key text,
                                              p_actor_user_id uuid DEFAULT NULL)
RETURNS TABLE (user_id uuid, reversal_transaction_id uuid, balance integer)
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog
AS $$
#variable_conflict use_column
DECLARE
    v_actor uuid := public.dicedesk_actor(p_actor_user_id);
    v_award public.gamification_admin_awards;
    v_row record;
    v_result record;
    v_short integer;
BEGIN
    PERFORM public.dicedesk_check_key(p_idempotency_key);
    IF length(p_idempotency_key) > 160 THEN
        RAISE EXCEPTION 'malformed idempotency key: at most 160 characters' USING ERRCODE = '22023';
    END IF;
    PERFORM public.dicedesk_check_message(p_reason, true);
    SELECT * INTO v_award FROM public.gamification_admin_awards a WHERE a.id = p_award_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'award % does not exist', p_award_id USING ERRCODE = 'P0002';
    END IF;
    PERFORM public.dicedesk_require_tenant_admin(v_actor, v_award.tenant_id);
    IF v_award.award_type <> 'coins' THEN
        RAISE EXCEPTION 'only coin awards can be reversed so far' USING ERRCODE = '22023';
    END IF;
    SELECT count(*) INTO v_short
      FROM public.gamification_admin_award_recipients r
      JOIN public.user_coins w ON w.user_id = r.user_id AND w.tenant_id = r.tenant_id
     WHERE r.award_id = p_award_id AND w.balance < v_award.amount
       AND NOT EXISTS (SELECT 1 FROM public.coin_transactions c WHERE c.reversal_of = r.coin_transaction_id);
    IF v_short > 0 THEN
        RAISE EXCEPTION '% recipient(s) have already spent the coins; reverse the others one by one', v_short
            USING ERRCODE = 'DD402';
    END IF;
    FOR v_row IN
        SELECT r.user_id, r.coin_transaction_id FROM public.gamification_admin_award_recipients r
         WHERE r.award_id = p_award_id ORDER BY r.user_id
    LOOP
        SELECT * INTO v_result FROM public.reverse_coin_transaction_v1(
            v_row.coin_transaction_id, p_reason, p_idempotency_key || ':' || v_row.user_id, v_actor);
        RETURN QUERY SELECT v_row.user_id, v_result.transaction_id, v_result.balance;
    END LOOP;
    PERFORM public.dicedesk_audit(v_award.tenant_id, v_actor, 'gamification.admin_award.reversed',
        jsonb_build_object('award_id', p_award_id, 'reason', p_reason, 'idempotency_key', p_idempotency_key));
END
$$;

-- Thresholds and expiry are system-admin business, globally and per tenant.
CREATE FUNCTION public.dicedesk_set_award_settings_v1(p_tenant_id uuid, p_threshold integer, p_expiry_days integer)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog
AS $$
DECLARE
    v_actor uuid := public.dicedesk_actor(NULL);
BEGIN
    IF NOT public.dicedesk_user_is_system_admin(v_actor) THEN
        RAISE EXCEPTION 'only a system admin may change award settings' USING ERRCODE = '42501';
    END IF;
    IF p_threshold IS NULL OR p_threshold <= 0 OR p_expiry_days IS NULL OR p_expiry_days NOT BETWEEN 1 AND 365 THEN
        RAISE EXCEPTION 'the threshold must be > 0 and the expiry 1 to 365 days' USING ERRCODE = '22023';
    END IF;
    INSERT INTO public.gamification_settings AS s (tenant_id, award_approval_threshold, award_request_expiry_days, updated_by)
    VALUES (p_tenant_id, p_threshold, p_expiry_days, v_actor)
    ON CONFLICT ON CONSTRAINT gamification_settings_scope_key DO UPDATE
       SET award_approval_threshold = EXCLUDED.award_approval_threshold,
           award_request_expiry_days = EXCLUDED.award_request_expiry_days,
           updated_by = v_actor, updated_at = now();
    IF p_tenant_id IS NOT NULL THEN
        PERFORM public.dicedesk_audit(p_tenant_id, v_actor, 'gamification.settings.updated',
            jsonb_build_object('award_approval_threshold', p_threshold, 'award_request_expiry_days', p_expiry_days));
    END IF;
END
$$;

CALL public.dicedesk_revoke_public_execute();
GRANT EXECUTE ON FUNCTION public.admin_award_coins_v1(uuid, uuid, uuid[], integer, text, text, text, uuid) TO authenticated, service_role;
GRANT EXECUTE ON FUNCTION public.admin_request_award_coins_v1(uuid, uuid, uuid[], integer, text, text, text, uuid) TO authenticated, service_role;
GRANT EXECUTE ON FUNCTION public.admin_decide_award_request_v1(uuid, uuid, text, text) TO authenticated, service_role;
GRANT EXECUTE ON FUNCTION public.dicedesk_cancel_award_request_v1(uuid, text, uuid) TO authenticated, service_role;
GRANT EXECUTE ON FUNCTION public.expire_award_requests_v1() TO authenticated, service_role;
GRANT EXECUTE ON FUNCTION public.dicedesk_award_v1(uuid, uuid[], text, integer, text, text, uuid) TO authenticated, service_role;
GRANT EXECUTE ON FUNCTION public.reverse_admin_award_v1(uuid, text, text, uuid) TO authenticated, service_role;
GRANT EXECUTE ON FUNCTION public.dicedesk_set_award_settings_v1(uuid, integer, integer) TO authenticated, service_role;
