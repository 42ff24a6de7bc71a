-- 0015: daily rollups per tenant and Lekbanken's analytics v5, with its GROUP BY defect fixed.
--
-- Days are UTC days. Every figure comes from one definition, dicedesk_gamification_totals,
-- over a time range of the base tables, so the rollup and the raw path cannot drift apart:
--   earned / spent / tx_count   coin ledger entries (reversals included, as in Lekbanken)
--   events_count                gamification_events
--   awards_count                gamification_admin_awards of every type
--   awards_total                coins minted by coin awards: amount x recipients (Lekbanken summed
--                               the per-recipient amount, which undercounts multi-recipient awards)
--   purchases_count / _spent    ledger spends with reason 'shop_purchase' (no shop tables here)
--   campaign_bonus_total        ledger earns with reason 'campaign_bonus'
--   automation_total            ledger earns with reason 'automation_rule'
-- A summary row counts for the rollup only if it was refreshed after its day had ended;
-- backfilled events (0014 accepts up to 400 days back) reach the rollup with the next refresh
-- of those days.
--
-- Callers: a system admin, an owner/admin of the tenant, or a trusted service session that
-- acts for no user (Lekbanken's server). Everyone else gets 28000 (no identity) or 42501.

CREATE TABLE public.gamification_daily_summaries (
    tenant_id             uuid NOT NULL REFERENCES public.tenants (id),
    day                   date NOT NULL,
    earned                bigint NOT NULL DEFAULT 0,
    spent                 bigint NOT NULL DEFAULT 0,
    tx_count              bigint NOT NULL DEFAULT 0,
    events_count          bigint NOT NULL DEFAULT 0,
    awards_total          bigint NOT NULL DEFAULT 0,
    awards_count          bigint NOT NULL DEFAULT 0,
    purchases_count       bigint NOT NULL DEFAULT 0,
    purchases_spent       numeric NOT NULL DEFAULT 0,
    campaign_bonus_total  bigint NOT NULL DEFAULT 0,
    automation_total      bigint NOT NULL DEFAULT 0,
    refreshed_at          timestamptz NOT NULL DEFAULT now(),
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, day)
);
ALTER TABLE public.gamification_daily_summaries ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.gamification_daily_summaries FORCE ROW LEVEL SECURITY;
REVOKE ALL ON public.gamification_daily_summaries FROM PUBLIC, anon;
GRANT ALL ON public.gamification_daily_summaries TO service_role;
GRANT SELECT ON public.gamification_daily_summaries TO authenticated;
CREATE POLICY daily_summaries_read ON public.gamification_daily_summaries FOR SELECT TO authenticated
    USING (tenant_id = ANY ((SELECT public.get_user_admin_tenant_ids())::uuid[]) OR (SELECT public.is_system_admin()));

-- Refuses unless the caller may read and refresh a tenant's analytics; returns the acting
-- user (NULL for the service).
CREATE FUNCTION public.dicedesk_require_analytics_reader(p_tenant_id uuid)
RETURNS uuid
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog
AS $$
DECLARE
    v_actor uuid;
BEGIN
    -- IS TRUE: without claims auth.role() is NULL, and a NULL guard would let the call through.
    IF (auth.claims_trusted() AND auth.role() = 'service_role' AND auth.uid() IS NULL) IS TRUE THEN
        IF p_tenant_id IS NULL THEN
            RAISE EXCEPTION 'p_tenant_id is required' USING ERRCODE = '22023';
        END IF;
        IF NOT EXISTS (SELECT 1 FROM public.tenants t WHERE t.id = p_tenant_id) THEN
            RAISE EXCEPTION 'unknown tenant %', p_tenant_id USING ERRCODE = 'P0002';
        END IF;
        RETURN NULL;
    END IF;
    v_actor := public.dicedesk_actor(NULL);
    PERFORM public.dicedesk_require_tenant_admin(v_actor, p_tenant_id);
    RETURN v_actor;
END
$$;

-- All figures of a tenant for created_at in [p_from, p_to) (p_to NULL: no upper bound).
CREATE FUNCTION public.dicedesk_gamification_totals(p_tenant_id uuid, p_from timestamptz, p_to timestamptz)
RETURNS TABLE (earned bigint, spent bigint, tx_count bigint, events_count bigint, awards_total bigint,
               awards_count bigint, purchases_count bigint, purchases_spent numeric,
               campaign_bonus_total bigint, automation_total bigint)
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog
AS $$
    SELECT c.earned, c.spent, c.tx_count, e.events_count, a.awards_total, a.awards_count,
           c.purchases_count, c.purchases_spent, c.campaign_bonus_total, c.automation_total
      FROM (SELECT coalesce(sum(ct.amount) FILTER (WHERE ct.type = 'earn'), 0)::bigint AS earned,
                   coalesce(sum(ct.amount) FILTER (WHERE ct.type = 'spend'), 0)::bigint AS spent,
                   count(*) AS tx_count,
                   count(*) FILTER (WHERE ct.type = 'spend' AND ct.reason_code = 'shop_purchase') AS purchases_count,
                   coalesce(sum(ct.amount) FILTER (WHERE ct.type = 'spend' AND ct.reason_code = 'shop_purchase'), 0)::numeric
                       AS purchases_spent,
                   coalesce(sum(ct.amount) FILTER (WHERE ct.type = 'earn' AND ct.reason_code = 'campaign_bonus'), 0)::bigint
                       AS campaign_bonus_total,
                   coalesce(sum(ct.amount) FILTER (WHERE ct.type = 'earn' AND ct.reason_code = 'automation_rule'), 0)::bigint
                       AS automation_total
              FROM public.coin_transactions ct
             WHERE ct.tenant_id = p_tenant_id AND ct.created_at >= p_from
               AND ct.created_at < coalesce(p_to, 'infinity')) c,
           (SELECT count(*) AS events_count
              FROM public.gamification_events ge
             WHERE ge.tenant_id = p_tenant_id AND ge.created_at >= p_from
               AND ge.created_at < coalesce(p_to, 'infinity')) e,
           (SELECT coalesce(sum(aw.amount::bigint * aw.recipient_count) FILTER (WHERE aw.award_type = 'coins'), 0)::bigint
                       AS awards_total,
                   count(*) AS awards_count
              FROM public.gamification_admin_awards aw
             WHERE aw.tenant_id = p_tenant_id AND aw.created_at >= p_from
               AND aw.created_at < coalesce(p_to, 'infinity')) a
$$;

-- Recomputes the UTC days current_date-(p_days-1) .. today of a tenant (one row per day, also
-- for days without activity) and returns the number of rows upserted.
CREATE FUNCTION public.refresh_gamification_daily_summaries_v1(p_tenant_id uuid, p_days integer DEFAULT 90)
RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog
AS $$
DECLARE
    v_actor uuid := public.dicedesk_require_analytics_reader(p_tenant_id);
    v_today constant date := (now() AT TIME ZONE 'UTC')::date;
    v_count integer;
BEGIN
    IF p_days IS NULL OR p_days NOT BETWEEN 1 AND 3650 THEN
        RAISE EXCEPTION 'p_days must be between 1 and 3650' USING ERRCODE = '22023';
    END IF;
    INSERT INTO public.gamification_daily_summaries AS s
        (tenant_id, day, earned, spent, tx_count, events_count, awards_total, awards_count, purchases_count,
         purchases_spent, campaign_bonus_total, automation_total, refreshed_at)
    SELECT p_tenant_id, d.day, t.earned, t.spent, t.tx_count, t.events_count, t.awards_total, t.awards_count,
           t.purchases_count, t.purchases_spent, t.campaign_bonus_total, t.automation_total, now()
      FROM (SELECT g::date AS day FROM generate_series(v_today - (p_days - 1), v_today, interval '1 day') AS g) d
     CROSS JOIN LATERAL public.dicedesk_gamification_totals(p_tenant_id, d.day::timestamp AT TIME ZONE 'UTC',
                                                            (d.day + 1)::timestamp AT TIME ZONE 'UTC') t
    ON CONFLICT (tenant_id, day) DO UPDATE
       SET earned = EXCLUDED.earned, spent = EXCLUDED.spent, tx_count = EXCLUDED.tx_count,
           events_count = EXCLUDED.events_count, awards_total = EXCLUDED.awards_total,
           awards_count = EXCLUDED.awards_count, purchases_count = EXCLUDED.purchases_count,
           purchases_spent = EXCLUDED.purchases_spent, campaign_bonus_total = EXCLUDED.campaign_bonus_total,
           automation_total = EXCLUDED.automation_total, refreshed_at = EXCLUDED.refreshed_at, updated_at = now();
    GET DIAGNOSTICS v_count = ROW_COUNT;
    PERFORM public.dicedesk_audit(p_tenant_id, v_actor, 'gamification.daily_summaries.refreshed',
        jsonb_build_object('days', p_days, 'from', v_today - (p_days - 1), 'to', v_today, 'rows', v_count));
    RETURN v_count;
END
$$;

-- Lekbanken's analytics, same columns and JSON keys (plus topEarners, award breakdowns and
-- anomaly thresholds). Windows of 90+ days take their full days from the rollup when every
-- one of them is present and was refreshed after it ended (economy.usedRollup); the partial
-- first day and today come from the base tables. Top lists always come from the base tables.
CREATE FUNCTION public.admin_get_gamification_analytics_v5(p_tenant_id uuid, p_window_days integer DEFAULT 30)
RETURNS TABLE (tenant_id uuid, window_days integer, since timestamptz, economy jsonb, events jsonb, awards jsonb,
               shop jsonb, campaigns jsonb, automations jsonb, anomalies jsonb)
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog
AS $$
DECLARE
    v_now constant timestamptz := now();
    v_since timestamptz;
    v_first_full date;
    v_last_full date;
    v_use_rollup boolean := false;
    v_t record;
    v_last24 record;
    v_prev6 record;
    v_top_rules jsonb;
    v_top_rule_total bigint;
    v_items jsonb := '[]'::jsonb;
BEGIN
    PERFORM public.dicedesk_require_analytics_reader(p_tenant_id);
    IF p_window_days IS NULL OR p_window_days NOT BETWEEN 1 AND 365 THEN
        RAISE EXCEPTION 'p_window_days must be between 1 and 365' USING ERRCODE = '22023';
    END IF;
    v_since := v_now - make_interval(days => p_window_days);
    v_first_full := (v_since AT TIME ZONE 'UTC')::date + 1;
    v_last_full := (v_now AT TIME ZONE 'UTC')::date - 1;

    IF p_window_days >= 90 AND v_first_full <= v_last_full THEN
        v_use_rollup := (SELECT count(*) FROM public.gamification_daily_summaries s
                          WHERE s.tenant_id = p_tenant_id AND s.day BETWEEN v_first_full AND v_last_full
                            AND s.refreshed_at >= (s.day + 1)::timestamp AT TIME ZONE 'UTC')
                        = v_last_full - v_first_full + 1;
    END IF;
    IF v_use_rollup THEN
        SELECT sum(x.earned)::bigint AS earned, sum(x.spent)::bigint AS spent, sum(x.tx_count)::bigint AS tx_count,
               sum(x.events_count)::bigint AS events_count, sum(x.awards_total)::bigint AS awards_total,
               sum(x.awards_count)::bigint AS awards_count, sum(x.purchases_count)::bigint AS purchases_count,
               sum(x.purchases_spent) AS purchases_spent, sum(x.campaign_bonus_total)::bigint AS campaign_bonus_total,
               sum(x.automation_total)::bigint AS automation_total
          INTO v_t
          FROM (SELECT s.earned, s.spent, s.tx_count, s.events_count, s.awards_total, s.awards_count,
                       s.purchases_count, s.purchases_spent, s.campaign_bonus_total, s.automation_total
                  FROM public.gamification_daily_summaries s
                 WHERE s.tenant_id = p_tenant_id AND s.day BETWEEN v_first_full AND v_last_full
                UNION ALL
                SELECT * FROM public.dicedesk_gamification_totals(p_tenant_id, v_since,
                                                                  v_first_full::timestamp AT TIME ZONE 'UTC')
                UNION ALL
                SELECT * FROM public.dicedesk_gamification_totals(p_tenant_id,
                                                                  (v_last_full + 1)::timestamp AT TIME ZONE 'UTC', NULL)) x;
    ELSE
        SELECT * INTO v_t FROM public.dicedesk_gamification_totals(p_tenant_id, v_since, NULL);
    END IF;

    -- Anomalies: the last 24 hours against the daily average of the six days before.
    SELECT * INTO v_last24 FROM public.dicedesk_gamification_totals(p_tenant_id, v_now - interval '24 hours', NULL);
    SELECT * INTO v_prev6 FROM public.dicedesk_gamification_totals(p_tenant_id, v_now - interval '168 hours',
                                                                   v_now - interval '24 hours');
    SELECT coalesce(jsonb_agg(a.item ORDER BY a.ord), '[]'::jsonb) INTO v_items
      FROM (SELECT k.ord, jsonb_build_object(
                       'code', k.code, 'severity', 'warn', 'title', k.title,
                       'details', format(k.details, k.last24, round(k.prev6 / 6.0)),
                       'last24h', k.last24, 'prev6dAvg', round(k.prev6 / 6.0),
                       'value', k.last24, 'threshold', greatest(round(k.prev6 / 6.0 * 3), k.floor)) AS item
              FROM (VALUES
                    (1, 'mint_spike_24h', 'Mint spike senaste 24h',
                     'Minted %s coins senaste 24h (snitt föregående 6d: %s).', v_last24.earned, v_prev6.earned, 1000),
                    (2, 'admin_awards_spike_24h', 'Admin awards spike senaste 24h',
                     'Utdelat %s coins via admin awards senaste 24h (snitt föregående 6d: %s).',
                     v_last24.awards_total, v_prev6.awards_total, 500),
                    (3, 'automation_spike_24h', 'Automation rewards spike senaste 24h',
                     'Minted %s coins via automation rules senaste 24h (snitt föregående 6d: %s).',
                     v_last24.automation_total, v_prev6.automation_total, 500),
                    (4, 'campaign_bonus_spike_24h', 'Campaign bonus spike senaste 24h',
                     'Minted %s coins via kampanjer senaste 24h (snitt föregående 6d: %s).',
                     v_last24.campaign_bonus_total, v_prev6.campaign_bonus_total, 500))
                   AS k (ord, code, title, details, last24, prev6, floor)
             WHERE k.prev6 > 0 AND k.last24 > k.prev6 / 6.0 * 3 AND k.last24 > k.floor) a;

    -- Grouped by the metadata text itself (Lekbanken grouped by a uuid cast of it and then
    -- selected the raw metadata, which PostgreSQL refuses).
    SELECT coalesce(jsonb_agg(jsonb_build_object('ruleId', x.rule_id, 'name', x.name, 'count', x.cnt,
                                                 'totalAmount', x.total) ORDER BY x.total DESC, x.rule_id), '[]'::jsonb),
           max(x.total)
      INTO v_top_rules, v_top_rule_total
      FROM (SELECT ct.metadata ->> 'ruleId' AS rule_id,
                   coalesce(max(ct.metadata ->> 'ruleName'), ct.metadata ->> 'ruleId') AS name,
                   count(*) AS cnt, sum(ct.amount)::bigint AS total
              FROM public.coin_transactions ct
             WHERE ct.tenant_id = p_tenant_id AND ct.created_at >= v_since AND ct.type = 'earn'
               AND ct.reason_code = 'automation_rule' AND ct.metadata ? 'ruleId'
             GROUP BY ct.metadata ->> 'ruleId'
             ORDER BY total DESC, rule_id
             LIMIT 10) x;
    IF v_t.automation_total > 500 AND v_top_rule_total >= v_t.automation_total * 0.8 THEN
        v_items := v_items || jsonb_build_array(jsonb_build_object(
            'code', 'automation_concentration', 'severity', 'info', 'title', 'Automation rewards koncentrerade',
            'details', format('Top rule står för %s/%s coins (%s%%) i perioden.', v_top_rule_total, v_t.automation_total,
                              round(v_top_rule_total * 100.0 / v_t.automation_total)),
            'topRuleTotal', v_top_rule_total, 'automationTotal', v_t.automation_total,
            'value', round(v_top_rule_total::numeric / v_t.automation_total, 4), 'threshold', 0.8));
    END IF;

    tenant_id := p_tenant_id;
    window_days := p_window_days;
    since := v_since;
    economy := jsonb_build_object(
        'earned', v_t.earned, 'spent', v_t.spent, 'net', v_t.earned - v_t.spent,
        'transactionsCount', v_t.tx_count, 'usedRollup', v_use_rollup,
        'topEarners', (SELECT coalesce(jsonb_agg(jsonb_build_object('userId', x.user_id, 'earned', x.earned)
                                                 ORDER BY x.earned DESC, x.user_id), '[]'::jsonb)
                         FROM (SELECT ct.user_id, sum(ct.amount)::bigint AS earned
                                 FROM public.coin_transactions ct
                                WHERE ct.tenant_id = p_tenant_id AND ct.created_at >= v_since AND ct.type = 'earn'
                                GROUP BY ct.user_id
                                ORDER BY earned DESC, ct.user_id
                                LIMIT 10) x));
    events := jsonb_build_object(
        'total', v_t.events_count,
        'topTypes', (SELECT coalesce(jsonb_agg(jsonb_build_object('eventType', x.event_type, 'count', x.cnt)
                                               ORDER BY x.cnt DESC, x.event_type), '[]'::jsonb)
                       FROM (SELECT ge.event_type, count(*) AS cnt
                               FROM public.gamification_events ge
                              WHERE ge.tenant_id = p_tenant_id AND ge.created_at >= v_since
                              GROUP BY ge.event_type
                              ORDER BY cnt DESC, ge.event_type
                              LIMIT 10) x));
    awards := jsonb_build_object(
        'awardsCount', v_t.awards_count, 'totalAmount', v_t.awards_total,
        'byType', (SELECT coalesce(jsonb_agg(jsonb_build_object('awardType', x.award_type, 'count', x.cnt,
                                                                'recipientsCount', x.recipients, 'totalAmount', x.total)
                                             ORDER BY x.award_type), '[]'::jsonb)
                     FROM (SELECT aw.award_type, count(*) AS cnt, sum(aw.recipient_count)::bigint AS recipients,
                                  sum(aw.amount::bigint * aw.recipient_count)::bigint AS total
                             FROM public.gamification_admin_awards aw
                            WHERE aw.tenant_id = p_tenant_id AND aw.created_at >= v_since
                            GROUP BY aw.award_type) x),
        'topActors', (SELECT coalesce(jsonb_agg(jsonb_build_object('userId', x.actor_user_id, 'count', x.cnt,
                                                                   'totalAmount', x.total)
                                                ORDER BY x.cnt DESC, x.total DESC, x.actor_user_id), '[]'::jsonb)
                        FROM (SELECT aw.actor_user_id, count(*) AS cnt,
                                     coalesce(sum(aw.amount::bigint * aw.recipient_count)
                                                  FILTER (WHERE aw.award_type = 'coins'), 0)::bigint AS total
                                FROM public.gamification_admin_awards aw
                               WHERE aw.tenant_id = p_tenant_id AND aw.created_at >= v_since
                               GROUP BY aw.actor_user_id
                               ORDER BY cnt DESC, total DESC, aw.actor_user_id
                               LIMIT 10) x));
    shop := jsonb_build_object(
        'purchasesCount', v_t.purchases_count, 'totalSpent', v_t.purchases_spent,
        'topItems', (SELECT coalesce(jsonb_agg(jsonb_build_object('shopItemId', x.item_id, 'name', x.name,
                                                                  'category', x.category, 'count', x.cnt,
                                                                  'revenue', x.revenue)
                                               ORDER BY x.cnt DESC, x.item_id), '[]'::jsonb)
                       FROM (SELECT ct.metadata ->> 'shopItemId' AS item_id,
                                    coalesce(max(ct.metadata ->> 'shopItemName'), ct.metadata ->> 'shopItemId') AS name,
                                    coalesce(max(ct.metadata ->> 'category'), 'unknown') AS category,
                                    count(*) AS cnt, sum(ct.amount)::numeric AS revenue
                               FROM public.coin_transactions ct
                              WHERE ct.tenant_id = p_tenant_id AND ct.created_at >= v_since AND ct.type = 'spend'
                                AND ct.reason_code = 'shop_purchase' AND ct.metadata ? 'shopItemId'
                              GROUP BY ct.metadata ->> 'shopItemId'
                              ORDER BY cnt DESC, item_id
                              LIMIT 10) x));
    campaigns := jsonb_build_object(
        'bonusTotalAmount', v_t.campaign_bonus_total,
        'topCampaigns', (SELECT coalesce(jsonb_agg(jsonb_build_object('campaignId', x.campaign_id, 'name', x.name,
                                                                      'count', x.cnt, 'totalAmount', x.total)
                                                   ORDER BY x.total DESC, x.campaign_id), '[]'::jsonb)
                           FROM (SELECT ct.metadata ->> 'campaignId' AS campaign_id,
                                        coalesce(max(ct.metadata ->> 'campaignName'), ct.metadata ->> 'campaignId') AS name,
                                        count(*) AS cnt, sum(ct.amount)::bigint AS total
                                   FROM public.coin_transactions ct
                                  WHERE ct.tenant_id = p_tenant_id AND ct.created_at >= v_since AND ct.type = 'earn'
                                    AND ct.reason_code = 'campaign_bonus' AND ct.metadata ? 'campaignId'
                                  GROUP BY ct.metadata ->> 'campaignId'
                                  ORDER BY total DESC, campaign_id
                                  LIMIT 10) x));
    automations := jsonb_build_object('rewardTotalAmount', v_t.automation_total, 'topRules', v_top_rules);
    anomalies := jsonb_build_object('items', v_items);
    RETURN NEXT;
END
$$;

CALL public.dicedesk_revoke_public_execute();
GRANT EXECUTE ON FUNCTION public.refresh_gamification_daily_summaries_v1(uuid, integer) TO authenticated, service_role;
GRANT EXECUTE ON FUNCTION public.admin_get_gamification_analytics_v5(uuid, integer) TO authenticated, service_role;
