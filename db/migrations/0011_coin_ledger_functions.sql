-- 0011: posting to the coin and XP ledgers. One internal posting path per ledger keeps the
-- wallet equal to the sum of its entries; the public functions add the caller checks.
-- Corrections are reversal entries: opposite type, same amount, same wallet, linked by
-- reversal_of; a reversal is never reversed and nothing is reversed twice.

-- Case-insensitive e-mail uniqueness (search uses lower(email)).
CREATE UNIQUE INDEX users_email_lower_uidx ON public.users (lower(email));

-- Reversal rules at the table, so no path (not even a future function) can break them.
CREATE FUNCTION public.dicedesk_check_coin_reversal()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog
AS $$
DECLARE
    v_original public.coin_transactions;
BEGIN
    IF NEW.reversal_of IS NULL THEN
        RETURN NEW;
    END IF;
    SELECT * INTO v_original FROM public.coin_transactions WHERE id = NEW.reversal_of;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'transaction % does not exist', NEW.reversal_of USING ERRCODE = 'P0002';
    END IF;
    IF v_original.reversal_of IS NOT NULL THEN
        RAISE EXCEPTION 'a reversal cannot be reversed' USING ERRCODE = '22023';
    END IF;
    IF NEW.user_id <> v_original.user_id OR NEW.tenant_id IS DISTINCT FROM v_original.tenant_id
       OR NEW.amount <> v_original.amount OR NEW.type = v_original.type THEN
        RAISE EXCEPTION 'a reversal must mirror its original: same wallet and amount, opposite type'
            USING ERRCODE = '22023';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER coin_transactions_reversal_rules BEFORE INSERT ON public.coin_transactions
    FOR EACH ROW WHEN (NEW.reversal_of IS NOT NULL)
    EXECUTE FUNCTION public.dicedesk_check_coin_reversal();

-- The one way coins move. Idempotent per (user, tenant, key): the same key with the same
-- payload returns the first entry; with another payload it is an error. Spends never take
-- a wallet below zero (the wallet row is locked by the UPDATE).
CREATE FUNCTION public.dicedesk_post_coin_entry(
    p_user_id uuid, p_tenant_id uuid, p_type text, p_amount integer, p_reason_code text,
    p_idempotency_key text, p_description text, p_source text, p_metadata jsonb,
    p_reversal_of uuid DEFAULT NULL)
RETURNS TABLE (transaction_id uuid, balance integer, replayed boolean)
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog
AS $$
DECLARE
    v_existing public.coin_transactions;
    v_id uuid;
    v_balance integer;
BEGIN
    IF p_type NOT IN ('earn', 'spend') THEN
        RAISE EXCEPTION 'p_type must be earn|spend' USING ERRCODE = '22023';
    END IF;
    PERFORM public.dicedesk_check_amount(p_amount);
    PERFORM public.dicedesk_check_metadata(p_metadata);
    IF p_idempotency_key IS NOT NULL THEN
        PERFORM pg_advisory_xact_lock(hashtextextended(
            'coin:' || p_user_id || ':' || coalesce(p_tenant_id::text, '-') || ':' || p_idempotency_key, 0));
        SELECT * INTO v_existing FROM public.coin_transactions c
         WHERE c.user_id = p_user_id AND c.tenant_id IS NOT DISTINCT FROM p_tenant_id
           AND c.idempotency_key = p_idempotency_key;
        IF FOUND THEN
            IF v_existing.type <> p_type OR v_existing.amount <> p_amount
               OR v_existing.reason_code IS DISTINCT FROM p_reason_code
               OR v_existing.reversal_of IS DISTINCT FROM p_reversal_of THEN
                RAISE EXCEPTION 'idempotency key % was already used for a different coin entry', p_idempotency_key
                    USING ERRCODE = 'DD409';
            END IF;
            SELECT w.balance INTO v_balance FROM public.user_coins w
             WHERE w.user_id = p_user_id AND w.tenant_id IS NOT DISTINCT FROM p_tenant_id;
            RETURN QUERY SELECT v_existing.id, coalesce(v_balance, 0), true;
            RETURN;
        END IF;
    END IF;

    IF p_type = 'earn' THEN
        INSERT INTO public.user_coins AS w (user_id, tenant_id, balance, total_earned, total_spent)
        VALUES (p_user_id, p_tenant_id, p_amount, p_amount, 0)
        ON CONFLICT ON CONSTRAINT user_coins_user_tenant_key DO UPDATE
           SET balance = w.balance + EXCLUDED.balance,
               total_earned = w.total_earned + EXCLUDED.total_earned,
               updated_at = now()
        RETURNING w.balance INTO v_balance;
    ELSE
        UPDATE public.user_coins AS w
           SET balance = w.balance - p_amount, total_spent = w.total_spent + p_amount, updated_at = now()
         WHERE w.user_id = p_user_id AND w.tenant_id IS NOT DISTINCT FROM p_tenant_id
           AND w.balance >= p_amount
        RETURNING w.balance INTO v_balance;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'insufficient funds: the wallet holds less than %', p_amount
                USING ERRCODE = 'DD402';
        END IF;
    END IF;

    INSERT INTO public.coin_transactions
        (user_id, tenant_id, type, amount, description, reason_code, idempotency_key, source, metadata, reversal_of)
    VALUES (p_user_id, p_tenant_id, p_type, p_amount, p_description, p_reason_code, p_idempotency_key,
            p_source, coalesce(p_metadata, '{}'::jsonb), p_reversal_of)
    RETURNING id INTO v_id;
    RETURN QUERY SELECT v_id, v_balance, false;
END
$$;

-- Lekbanken's signature. Only the platform's server (a trusted service session that acts for
-- no user) posts directly; people, admins included, move coins through awards and reversals.
CREATE FUNCTION public.apply_coin_transaction_v1(
    p_user_id uuid, p_tenant_id uuid, p_type text, p_amount integer, p_reason_code text,
    p_idempotency_key text, p_description text DEFAULT NULL, p_source text DEFAULT NULL,
    p_metadata jsonb DEFAULT NULL)
RETURNS TABLE (transaction_id uuid, balance integer)
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog
AS $$
BEGIN
    IF NOT (auth.claims_trusted() AND auth.role() = 'service_role' AND auth.uid() IS NULL) THEN
        RAISE EXCEPTION 'service role only' USING ERRCODE = '42501';
    END IF;
    IF p_user_id IS NULL THEN
        RAISE EXCEPTION 'p_user_id is required' USING ERRCODE = '22023';
    END IF;
    IF p_reason_code IS NULL THEN
        RAISE EXCEPTION 'p_reason_code is required' USING ERRCODE = '22023';
    END IF;
    PERFORM public.dicedesk_check_key(p_idempotency_key);
    PERFORM public.dicedesk_check_message(p_description, false);
    RETURN QUERY
    SELECT e.transaction_id, e.balance
      FROM public.dicedesk_post_coin_entry(p_user_id, p_tenant_id, p_type, p_amount, p_reason_code,
                                           p_idempotency_key, p_description, p_source, p_metadata) AS e;
END
$$;

-- Level, XP into the level and XP the level needs, for a total XP on a tenant's curve
-- (its own definitions, else the global ones; beyond the last defined level 1000 × level).
CREATE FUNCTION public.dicedesk_progress_for_xp(p_tenant_id uuid, p_total_xp bigint)
RETURNS TABLE (level integer, current_xp bigint, next_level_xp integer)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog
AS $$
DECLARE
    v_level integer := 1;
    v_left bigint := greatest(p_total_xp, 0);
    v_need integer;
    v_scope uuid;
BEGIN
    v_scope := CASE WHEN EXISTS (SELECT 1 FROM public.gamification_level_definitions d
                                  WHERE d.tenant_id = p_tenant_id) THEN p_tenant_id END;
    LOOP
        SELECT d.next_level_xp INTO v_need FROM public.gamification_level_definitions d
         WHERE d.tenant_id IS NOT DISTINCT FROM v_scope AND d.level = v_level;
        v_need := coalesce(v_need, 1000 * v_level);
        EXIT WHEN v_need <= 0 OR v_left < v_need OR v_level >= 10000;
        v_left := v_left - v_need;
        v_level := v_level + 1;
    END LOOP;
    RETURN QUERY SELECT v_level, v_left, v_need;
END
$$;

-- The one way XP moves; the same idempotency rules as coins. Keeps user_progress in step.
CREATE FUNCTION public.dicedesk_post_xp_entry(
    p_user_id uuid, p_tenant_id uuid, p_amount integer, p_reason_code text, p_idempotency_key text,
    p_source text, p_metadata jsonb, p_reversal_of uuid DEFAULT NULL)
RETURNS TABLE (transaction_id uuid, new_xp bigint, new_level integer, level_up boolean, replayed boolean)
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog
AS $$
DECLARE
    v_existing public.xp_transactions;
    v_id uuid;
    v_total bigint;
    v_before integer;
    v_progress record;
BEGIN
    PERFORM public.dicedesk_check_metadata(p_metadata);
    IF p_amount IS NULL OR p_amount = 0 OR abs(p_amount) > 1000000 THEN
        RAISE EXCEPTION 'p_amount must be between 1 and 1000000' USING ERRCODE = '22023';
    END IF;
    IF p_amount < 0 AND p_reversal_of IS NULL THEN
        RAISE EXCEPTION 'negative XP is only allowed as a reversal' USING ERRCODE = '22023';
    END IF;
    IF p_idempotency_key IS NOT NULL THEN
        PERFORM pg_advisory_xact_lock(hashtextextended(
            'xp:' || p_user_id || ':' || coalesce(p_tenant_id::text, '-') || ':' || p_idempotency_key, 0));
        SELECT * INTO v_existing FROM public.xp_transactions x
         WHERE x.user_id = p_user_id AND x.tenant_id IS NOT DISTINCT FROM p_tenant_id
           AND x.idempotency_key = p_idempotency_key;
        IF FOUND THEN
            IF v_existing.amount <> p_amount OR v_existing.reason_code IS DISTINCT FROM p_reason_code THEN
                RAISE EXCEPTION 'idempotency key % was already used for a different XP entry', p_idempotency_key
                    USING ERRCODE = 'DD409';
            END IF;
            SELECT p.level INTO v_before FROM public.user_progress p
             WHERE p.user_id = p_user_id AND p.tenant_id IS NOT DISTINCT FROM p_tenant_id;
            RETURN QUERY SELECT v_existing.id,
                (SELECT coalesce(sum(x.amount), 0) FROM public.xp_transactions x
                  WHERE x.user_id = p_user_id AND x.tenant_id IS NOT DISTINCT FROM p_tenant_id)::bigint,
                coalesce(v_before, 1), false, true;
            RETURN;
        END IF;
    END IF;

    INSERT INTO public.xp_transactions (user_id, tenant_id, amount, reason_code, idempotency_key, source, metadata, reversal_of)
    VALUES (p_user_id, p_tenant_id, p_amount, p_reason_code, p_idempotency_key, p_source,
            coalesce(p_metadata, '{}'::jsonb), p_reversal_of)
    RETURNING id INTO v_id;

    -- Lock the progress row first, then total the ledger, so concurrent grants serialise.
    INSERT INTO public.user_progress (user_id, tenant_id) VALUES (p_user_id, p_tenant_id)
    ON CONFLICT ON CONSTRAINT user_progress_user_tenant_key DO NOTHING;
    SELECT p.level INTO v_before FROM public.user_progress p
     WHERE p.user_id = p_user_id AND p.tenant_id IS NOT DISTINCT FROM p_tenant_id FOR UPDATE;
    SELECT coalesce(sum(x.amount), 0) INTO v_total FROM public.xp_transactions x
     WHERE x.user_id = p_user_id AND x.tenant_id IS NOT DISTINCT FROM p_tenant_id;
    SELECT * INTO v_progress FROM public.dicedesk_progress_for_xp(p_tenant_id, v_total);
    UPDATE public.user_progress p
       SET level = v_progress.level, current_xp = v_progress.current_xp,
           next_level_xp = v_progress.next_level_xp, updated_at = now()
     WHERE p.user_id = p_user_id AND p.tenant_id IS NOT DISTINCT FROM p_tenant_id;
    RETURN QUERY SELECT v_id, v_total, v_progress.level, v_progress.level > v_before, false;
END
$$;

-- Lekbanken's signature; the platform's server only, like apply_coin_transaction_v1.
CREATE FUNCTION public.apply_xp_transaction_v1(
    p_user_id uuid, p_tenant_id uuid, p_amount integer, p_reason_code text, p_idempotency_key text,
    p_source text DEFAULT NULL, p_metadata jsonb DEFAULT NULL)
RETURNS TABLE (new_xp bigint, new_level integer, level_up boolean)
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog
AS $$
BEGIN
    IF NOT (auth.claims_trusted() AND auth.role() = 'service_role' AND auth.uid() IS NULL) THEN
        RAISE EXCEPTION 'service role only' USING ERRCODE = '42501';
    END IF;
    IF p_user_id IS NULL THEN
        RAISE EXCEPTION 'p_user_id is required' USING ERRCODE = '22023';
    END IF;
    PERFORM public.dicedesk_check_key(p_idempotency_key);
    IF p_amount IS NULL OR p_amount <= 0 THEN
        RAISE EXCEPTION 'p_amount must be > 0' USING ERRCODE = '22023';
    END IF;
    RETURN QUERY
    SELECT e.new_xp, e.new_level, e.level_up
      FROM public.dicedesk_post_xp_entry(p_user_id, p_tenant_id, p_amount, p_reason_code,
                                         p_idempotency_key, p_source, p_metadata) AS e;
END
$$;

-- Undo by reversal: one ledger entry is mirrored by an opposite entry linked to it. The
-- actor administers the entry's tenant (system admins for tenant-less entries); a reason is
-- required; reversing coins that were already spent is refused (no wallet below zero).
CREATE FUNCTION public.reverse_coin_transaction_v1(
    p_transaction_id uuid, p_reason text, p_idempotency_key text, p_actor_user_id uuid DEFAULT NULL)
RETURNS TABLE (transaction_id uuid, balance integer)
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog
AS $$
DECLARE
    v_actor uuid := public.dicedesk_actor(p_actor_user_id);
    v_original public.coin_transactions;
    v_result record;
BEGIN
    PERFORM public.dicedesk_check_key(p_idempotency_key);
    PERFORM public.dicedesk_check_message(p_reason, true);
    SELECT * INTO v_original FROM public.coin_transactions c WHERE c.id = p_transaction_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'transaction % does not exist', p_transaction_id USING ERRCODE = 'P0002';
    END IF;
    IF v_original.tenant_id IS NULL THEN
        IF NOT public.dicedesk_user_is_system_admin(v_actor) THEN
            RAISE EXCEPTION 'only a system admin may reverse a global entry' USING ERRCODE = '42501';
        END IF;
    ELSE
        PERFORM public.dicedesk_require_tenant_admin(v_actor, v_original.tenant_id);
    END IF;
    IF v_original.reversal_of IS NOT NULL THEN
        RAISE EXCEPTION 'a reversal cannot be reversed' USING ERRCODE = '22023';
    END IF;
    -- Serialise reversals of one entry; the unique reversal_of is the final guard.
    PERFORM pg_advisory_xact_lock(hashtextextended('reverse:' || p_transaction_id, 0));
    IF EXISTS (SELECT 1 FROM public.coin_transactions c
                WHERE c.reversal_of = p_transaction_id
                  AND c.idempotency_key IS DISTINCT FROM p_idempotency_key) THEN
        RAISE EXCEPTION 'transaction % was already reversed', p_transaction_id USING ERRCODE = 'DD423';
    END IF;
    SELECT * INTO v_result FROM public.dicedesk_post_coin_entry(
        v_original.user_id, v_original.tenant_id,
        CASE v_original.type WHEN 'earn' THEN 'spend' ELSE 'earn' END, v_original.amount,
        'reversal', p_idempotency_key, p_reason, 'admin_reversal',
        jsonb_build_object('reversal_of', p_transaction_id, 'reason', p_reason), p_transaction_id);
    IF NOT v_result.replayed AND v_original.tenant_id IS NOT NULL THEN
        PERFORM public.dicedesk_audit(v_original.tenant_id, v_actor, 'gamification.coin_transaction.reversed',
            jsonb_build_object('transaction_id', p_transaction_id, 'reversal_id', v_result.transaction_id,
                               'user_id', v_original.user_id, 'amount', v_original.amount,
                               'type', v_original.type, 'reason', p_reason,
                               'idempotency_key', p_idempotency_key));
    END IF;
    RETURN QUERY SELECT v_result.transaction_id, v_result.balance;
END
$$;

CALL public.dicedesk_revoke_public_execute();
GRANT EXECUTE ON FUNCTION public.apply_coin_transaction_v1(uuid, uuid, text, integer, text, text, text, text, jsonb) TO service_role;
GRANT EXECUTE ON FUNCTION public.apply_xp_transaction_v1(uuid, uuid, integer, text, text, text, jsonb) TO service_role;
GRANT EXECUTE ON FUNCTION public.reverse_coin_transaction_v1(uuid, text, text, uuid) TO authenticated, service_role;
