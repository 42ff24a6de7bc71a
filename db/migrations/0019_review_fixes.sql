-- 0019: what the review of 0001–0018 found.
--
-- 1. service_role keeps reading everything but writes money, approvals, achievements' history
--    and the audit logs only through the functions: a direct INSERT could put coins in the
--    ledger without a wallet, or a forged row into the audit chain that still verifies, and an
--    UPDATE could reopen a decided request. (The platform keeps writing tenants, users and
--    memberships directly, which it manages.)
-- 2. The approval settings fail safe: without any settings row the contract's defaults
--    (threshold 500, expiry 14 days) apply instead of a NULL that skipped the check.
-- 3. A whole-award reversal after one entry was reversed on its own reverses the rest and
--    reports the earlier one, instead of failing for ever with DD423.

-- 1 ----------------------------------------------------------------------------------------
REVOKE INSERT, UPDATE, DELETE ON
    public.coin_transactions, public.xp_transactions, public.gamification_events,
    public.gamification_admin_awards, public.gamification_admin_award_recipients,
    public.gamification_admin_award_requests, public.gamification_admin_award_request_recipients,
    public.achievements, public.achievement_translations, public.achievement_versions,
    public.user_achievements, public.tenant_audit_logs, public.system_audit_logs,
    public.gamification_settings, public.dicedesk_login_users, public.gamification_daily_summaries,
    public.award_builder_exports
FROM service_role;

-- 2 ----------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION public.dicedesk_award_settings(p_tenant_id uuid)
RETURNS TABLE (award_approval_threshold integer, award_request_expiry_days integer)
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN QUERY
    SELECT v.t, v.d
      FROM (SELECT s.award_approval_threshold AS t, s.award_request_expiry_days AS d, 0 AS rank,
                   s.tenant_id IS NULL AS is_global
              FROM public.gamification_settings s
             WHERE s.tenant_id = p_tenant_id OR s.tenant_id IS NULL
            UNION ALL
            SELECT 500, 14, 1, true) AS v
     ORDER BY v.rank, v.is_global
     LIMIT 1;
END
$$;

-- 3 ----------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION public.reverse_admin_award_v1(p_award_id uuid, p_reason text, p_idempotency_key text,
                                                         p_actor_user_id uuid DEFAULT NULL)
RETURNS TABLE (user_id uuid, reversal_transaction_id uuid, balance integer)
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    v_actor uuid := public.dicedesk_actor(p_actor_user_id);
    v_award public.gamification_admin_awards;
    v_row record;
    v_result record;
    v_short integer;
    v_reversals jsonb := '[]'::jsonb;
    v_new integer := 0;
    v_skipped jsonb := '[]'::jsonb;
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
        -- An entry reversed on its own earlier stays reversed: report it and go on.
        SELECT c.id, w.balance INTO v_result
          FROM public.coin_transactions c
          LEFT JOIN public.user_coins w ON w.user_id = c.user_id AND w.tenant_id = c.tenant_id
         WHERE c.reversal_of = v_row.coin_transaction_id
           AND c.idempotency_key IS DISTINCT FROM p_idempotency_key || ':' || v_row.user_id;
        IF FOUND THEN
            v_skipped := v_skipped || jsonb_build_object('user_id', v_row.user_id, 'reversal_id', v_result.id);
            RETURN QUERY SELECT v_row.user_id, v_result.id, v_result.balance;
            CONTINUE;
        END IF;
        SELECT * INTO v_result FROM public.dicedesk_reverse_coin_entry(
            v_row.coin_transaction_id, p_reason, p_idempotency_key || ':' || v_row.user_id);
        IF NOT v_result.replayed THEN
            v_new := v_new + 1;
            v_reversals := v_reversals || jsonb_build_object('user_id', v_row.user_id,
                                                             'transaction_id', v_row.coin_transaction_id,
                                                             'reversal_id', v_result.transaction_id);
        END IF;
        RETURN QUERY SELECT v_row.user_id, v_result.transaction_id, v_result.balance;
    END LOOP;
    IF v_new > 0 THEN
        PERFORM public.dicedesk_audit(v_award.tenant_id, v_actor, 'gamification.admin_award.reversed',
            jsonb_build_object('award_id', p_award_id, 'reason', p_reason, 'idempotency_key', p_idempotency_key,
                               'reversals', v_reversals, 'already_reversed', v_skipped));
    END IF;
END
$$;

CALL public.dicedesk_revoke_public_execute();
