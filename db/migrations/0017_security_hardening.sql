-- 0017: hardening found by the role-matrix and attack suites (db/tests/pgtap).
--
-- 1. service_role keeps data privileges only: no TRIGGER (a trigger it attached would run
--    inside definer functions as their owner), no REFERENCES or TRUNCATE, and no direct
--    writes to wallets and progress, which only the posting functions keep in step.
-- 2. Guards that compared a possibly NULL role now fail closed (IS NOT TRUE).
-- 3. verify_tenant_audit_chain runs as definer behind a tenant-admin guard (or the
--    platform's server), so a caller who cannot see a tenant gets "not allowed" instead of an
--    empty, "intact" answer. The unguarded worker it calls is not executable by anyone.
-- 4. Actions without a tenant (global settings, global ledger reversals) are audited in the
--    system audit log.
-- 5. XP amounts use the shared amount check (22003 when huge); see 2.
-- 6. Append-only triggers fire ALWAYS, also under session_replication_role = replica.
-- 7. Definer functions pin search_path to pg_catalog, pg_temp (pg_temp last).
-- 8. dicedesk_award_settings is internal (settings are read from the table under RLS).

-- 1 ---------------------------------------------------------------------------------------
REVOKE TRIGGER, REFERENCES, TRUNCATE ON ALL TABLES IN SCHEMA public FROM service_role;
REVOKE INSERT, UPDATE, DELETE ON public.user_coins, public.user_progress FROM service_role;

-- 2 ---------------------------------------------------------------------------------------
CREATE FUNCTION public.dicedesk_is_platform_server()
RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
    -- A trusted service session that acts for no user: the platform's own server.
    SELECT coalesce(auth.claims_trusted() AND auth.role() = 'service_role' AND auth.uid() IS NULL, false)
$$;

CREATE OR REPLACE FUNCTION public.apply_coin_transaction_v1(
    p_user_id uuid, p_tenant_id uuid, p_type text, p_amount integer, p_reason_code text,
    p_idempotency_key text, p_description text DEFAULT NULL, p_source text DEFAULT NULL,
    p_metadata jsonb DEFAULT NULL)
RETURNS TABLE (transaction_id uuid, balance integer)
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF NOT public.dicedesk_is_platform_server() THEN
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

CREATE OR REPLACE FUNCTION public.apply_xp_transaction_v1(
    p_user_id uuid, p_tenant_id uuid, p_amount integer, p_reason_code text, p_idempotency_key text,
    p_source text DEFAULT NULL, p_metadata jsonb DEFAULT NULL)
RETURNS TABLE (new_xp bigint, new_level integer, level_up boolean)
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF NOT public.dicedesk_is_platform_server() THEN
        RAISE EXCEPTION 'service role only' USING ERRCODE = '42501';
    END IF;
    IF p_user_id IS NULL THEN
        RAISE EXCEPTION 'p_user_id is required' USING ERRCODE = '22023';
    END IF;
    PERFORM public.dicedesk_check_key(p_idempotency_key);
    PERFORM public.dicedesk_check_amount(p_amount);
    RETURN QUERY
    SELECT e.new_xp, e.new_level, e.level_up
      FROM public.dicedesk_post_xp_entry(p_user_id, p_tenant_id, p_amount, p_reason_code,
                                         p_idempotency_key, p_source, p_metadata) AS e;
END
$$;

CREATE OR REPLACE FUNCTION public.expire_award_requests_v1()
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_actor uuid := auth.uid();
    v_row record;
    v_count integer := 0;
BEGIN
    IF v_actor IS NULL AND NOT public.dicedesk_is_platform_server() THEN
        RAISE EXCEPTION 'not authenticated' USING ERRCODE = '28000';
    END IF;
    IF v_actor IS NOT NULL AND NOT public.dicedesk_user_is_system_admin(v_actor) THEN
        RAISE EXCEPTION 'only a system admin or the platform may expire requests' USING ERRCODE = '42501';
    END IF;
    FOR v_row IN
        UPDATE public.gamification_admin_award_requests r
           SET status = 'expired', updated_at = now()
         WHERE r.status = 'pending' AND r.expires_at <= now()
        RETURNING r.id, r.tenant_id
    LOOP
        PERFORM public.dicedesk_audit(v_row.tenant_id, v_actor, 'gamification.admin_award_request.expired',
            jsonb_build_object('request_id', v_row.id, 'by', CASE WHEN v_actor IS NULL THEN 'platform' ELSE 'admin' END));
        PERFORM pg_notify('dicedesk_award_requests',
            json_build_object('event', 'expired', 'request_id', v_row.id, 'tenant_id', v_row.tenant_id)::text);
        v_count := v_count + 1;
    END LOOP;
    RETURN v_count;
END
$$;

-- 3 ---------------------------------------------------------------------------------------
ALTER FUNCTION public.verify_tenant_audit_chain(uuid) RENAME TO dicedesk_verify_tenant_audit_chain_rows;
CREATE FUNCTION public.verify_tenant_audit_chain(p_tenant_id uuid)
RETURNS TABLE (chain_seq bigint, audit_id uuid, problem text)
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_uid uuid := auth.uid();
BEGIN
    -- Without a user only the platform's server may verify (a DBA sets its claims too).
    IF v_uid IS NULL AND NOT public.dicedesk_is_platform_server() THEN
        RAISE EXCEPTION 'not authenticated' USING ERRCODE = '28000';
    END IF;
    IF v_uid IS NOT NULL AND NOT public.dicedesk_user_has_tenant_role(
            v_uid, p_tenant_id, ARRAY['owner', 'admin']::public.tenant_role_enum[]) THEN
        RAISE EXCEPTION 'only an admin of this tenant or a system admin may verify its audit log'
            USING ERRCODE = '42501';
    END IF;
    RETURN QUERY SELECT * FROM public.dicedesk_verify_tenant_audit_chain_rows(p_tenant_id);
END
$$;

-- 4 ---------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION public.dicedesk_set_award_settings_v1(p_tenant_id uuid, p_threshold integer,
                                                                 p_expiry_days integer)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_actor uuid := public.dicedesk_actor(NULL);
    v_payload jsonb;
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
    v_payload := jsonb_build_object('award_approval_threshold', p_threshold,
                                    'award_request_expiry_days', p_expiry_days, 'tenant_id', p_tenant_id);
    IF p_tenant_id IS NOT NULL THEN
        PERFORM public.dicedesk_audit(p_tenant_id, v_actor, 'gamification.settings.updated', v_payload);
    ELSE
        PERFORM public.dicedesk_audit_global(v_actor, 'gamification.settings.updated', v_payload);
    END IF;
END
$$;

-- Global ledger reversals: audit in the system log (tenant reversals keep the tenant log).
CREATE FUNCTION public.dicedesk_audit_global_reversal()
RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    PERFORM public.dicedesk_audit_global(auth.uid(), 'gamification.coin_transaction.reversed',
        jsonb_build_object('transaction_id', NEW.reversal_of, 'reversal_id', NEW.id, 'user_id', NEW.user_id,
                           'amount', NEW.amount, 'reason', NEW.description));
    RETURN NEW;
END
$$;
CREATE TRIGGER coin_transactions_global_reversal_audit AFTER INSERT ON public.coin_transactions
    FOR EACH ROW WHEN (NEW.reversal_of IS NOT NULL AND NEW.tenant_id IS NULL)
    EXECUTE FUNCTION public.dicedesk_audit_global_reversal();

-- 6 ---------------------------------------------------------------------------------------
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN
        SELECT tg.tgrelid::regclass AS rel, tg.tgname
          FROM pg_trigger tg
         WHERE tg.tgname IN ('append_only_row', 'append_only_truncate') AND NOT tg.tgisinternal
    LOOP
        EXECUTE format('ALTER TABLE %s ENABLE ALWAYS TRIGGER %I', t.rel, t.tgname);
    END LOOP;
END
$$;

CREATE OR REPLACE PROCEDURE public.dicedesk_make_append_only(p_table regclass)
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE OR DELETE ON %s '
                   'FOR EACH ROW EXECUTE FUNCTION public.dicedesk_refuse_mutation()',
                   'append_only_row', p_table);
    EXECUTE format('CREATE TRIGGER %I BEFORE TRUNCATE ON %s '
                   'FOR EACH STATEMENT EXECUTE FUNCTION public.dicedesk_refuse_mutation()',
                   'append_only_truncate', p_table);
    EXECUTE format('ALTER TABLE %s ENABLE ALWAYS TRIGGER append_only_row', p_table);
    EXECUTE format('ALTER TABLE %s ENABLE ALWAYS TRIGGER append_only_truncate', p_table);
END
$$;

-- 7 ---------------------------------------------------------------------------------------
DO $$
DECLARE
    f regprocedure;
BEGIN
    FOR f IN
        SELECT p.oid::regprocedure FROM pg_proc p
         WHERE p.pronamespace IN ('public'::regnamespace, 'auth'::regnamespace)
           AND p.prosecdef
           AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
    LOOP
        EXECUTE format('ALTER FUNCTION %s SET search_path = pg_catalog, pg_temp', f);
    END LOOP;
END
$$;

-- 8 ---------------------------------------------------------------------------------------
REVOKE EXECUTE ON FUNCTION public.dicedesk_award_settings(uuid) FROM authenticated, service_role;

CALL public.dicedesk_revoke_public_execute();
REVOKE EXECUTE ON FUNCTION public.dicedesk_verify_tenant_audit_chain_rows(uuid) FROM authenticated, service_role;
GRANT EXECUTE ON FUNCTION public.verify_tenant_audit_chain(uuid) TO authenticated, service_role;
