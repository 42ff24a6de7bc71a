-- 080: the DiceCoin ledger (about E / 4 rows) and the XP ledger (about E / 8 rows).
--
-- Earn entries (all per tenant wallet):
--   event_reward     one per event with token_type 'dicecoin' (Lekbanken rule v1 amounts),
--                    key 'evt:<eventId>:coins'; login streak events give 'daily_login' instead
--   campaign_bonus   coin events inside two campaign windows per tenant,
--                    key 'evt:<eventId>:campaign:<campaignId>:coins'
--   automation_rule  some run_completed / plan_published coin events,
--                    key 'evt:<eventId>:rule:<ruleId>:coins:v2'
--   admin_award      one per recipient of a coin award, key '<award key>:<userId>'
-- Spend entries ('shop_purchase', 'burn'): a few earn entries per wallet are "anchors"; shortly
-- after anchor k the user spends at most 60 % of what was earned since anchor k-1 (rounded down
-- to a shop price), so every wallet's running balance stays >= 0 at all times.
-- Reversals (reason 'reversal', reversal_of set, opposite type): a few event earnings (never an
-- anchor, and they are left out of the spending budget, so a reversal cannot overdraw) and a few
-- purchases (refunds). A reversal is never reversed, nothing is reversed twice.
-- XP: one entry per event with token_type 'xp', one per recipient of an XP award, and a few
-- negative reversal entries.

SELECT pg_temp.dd_require('dd_award_rcpt');
SET LOCAL maintenance_work_mem = '512MB';
SELECT pg_temp.dd_bulk_begin('public.coin_transactions');
SELECT pg_temp.dd_bulk_begin('public.xp_transactions');

-- Campaigns and automation rules (their ids only appear in ledger keys and metadata).
CREATE TEMP TABLE dd_campaign AS
SELECT t.tidx, t.id AS tenant_id, c.n, pg_temp.dd_uuid('campaign', t.tidx || ':' || c.n) AS id,
       c.name, c.event_types, c.bonus, pg_temp.dd_ts(c.from_day + 2 * t.tidx) AS starts_at,
       pg_temp.dd_ts(c.from_day + 2 * t.tidx + c.days) AS ends_at
  FROM dd_tenant t
 CROSS JOIN (VALUES (1, 'Planeringsveckan', ARRAY['plan_created', 'plan_published'], 5, 61.25, 7),
                    (2, 'Sommarlek', ARRAY['session_completed'], 3, 150.25, 14))
            AS c(n, name, event_types, bonus, from_day, days);

CREATE TEMP TABLE dd_rule AS
SELECT t.tidx, t.id AS tenant_id, r.n, pg_temp.dd_uuid('automation_rule', t.tidx || ':' || r.n) AS id,
       r.name, r.event_type, r.reward, r.p
  FROM dd_tenant t
 CROSS JOIN (VALUES (1, 'Genomförd lekplan', 'run_completed', 3, 0.30),
                    (2, 'Publiceringsbonus', 'plan_published', 5, 0.50)) AS r(n, name, event_type, reward, p);

-- Earnings from events ---------------------------------------------------------------------
INSERT INTO public.coin_transactions
    (id, user_id, tenant_id, type, amount, description, reason_code, idempotency_key, source,
     metadata, reversal_of, created_at)
SELECT x.id, e.actor_user_id, e.tenant_id, 'earn', x.amount, x.description, x.reason_code, x.key,
       x.source, x.metadata, NULL, e.created_at
  FROM public.gamification_events e
 CROSS JOIN pg_temp.dd_params p
 CROSS JOIN LATERAL (
        SELECT md5(p.seed || ':coin:evt:' || e.id)::uuid AS id, e.amount::int AS amount,
               CASE e.event_type
                   WHEN 'session_completed' THEN 'Belöning: avslutad lekstund'
                   WHEN 'run_completed' THEN 'Belöning: genomförd lekplan'
                   WHEN 'plan_created' THEN 'Belöning: ny lekplan'
                   WHEN 'plan_published' THEN 'Belöning: publicerad lekplan'
                   ELSE 'Daglig inloggning' END AS description,
               CASE WHEN e.event_type = 'login_streak_updated' THEN 'daily_login'
                    ELSE 'event_reward' END AS reason_code,
               'evt:' || e.id || ':coins' AS key,
               'event' AS source,
               jsonb_build_object('eventId', e.id, 'eventType', e.event_type) AS metadata
         UNION ALL
        SELECT md5(p.seed || ':coin:campaign:' || c.id || ':' || e.id)::uuid, c.bonus,
               'Kampanjbonus: ' || c.name, 'campaign_bonus',
               'evt:' || e.id || ':campaign:' || c.id || ':coins', 'campaign',
               jsonb_build_object('campaignId', c.id, 'campaignName', c.name, 'eventId', e.id,
                                  'eventType', e.event_type)
          FROM pg_temp.dd_campaign c
         WHERE c.tenant_id = e.tenant_id AND e.event_type = ANY (c.event_types)
           AND e.created_at >= c.starts_at AND e.created_at < c.ends_at
           AND (hashtextextended(e.id::text, p.sd + 101) & 1023) < 900
         UNION ALL
        SELECT md5(p.seed || ':coin:rule:' || r.id || ':' || e.id)::uuid, r.reward,
               'Automatisk belöning: ' || r.name, 'automation_rule',
               'evt:' || e.id || ':rule:' || r.id || ':coins:v2', 'automation',
               jsonb_build_object('ruleId', r.id, 'eventId', e.id, 'eventType', e.event_type)
          FROM pg_temp.dd_rule r
         WHERE r.tenant_id = e.tenant_id AND r.event_type = e.event_type
           AND (hashtextextended(e.id::text, p.sd + 102) & 1023) < r.p * 1024) x
 WHERE e.token_type = 'dicecoin';

-- Earnings from coin awards (the award rows themselves were written in 070).
INSERT INTO public.coin_transactions
    (id, user_id, tenant_id, type, amount, description, reason_code, idempotency_key, source,
     metadata, reversal_of, created_at)
SELECT pg_temp.dd_uuid('coin:award', a.aw || ':' || r.user_idx), r.user_id, a.tenant_id, 'earn',
       a.amount, left(aw.message, 1000), 'admin_award', aw.idempotency_key || ':' || r.user_id,
       'admin_award',
       jsonb_strip_nulls(jsonb_build_object('awardId', a.id, 'actorUserId', a.actor,
                                            'requestId', a.request_id)),
       NULL, a.created_at
  FROM pg_temp.dd_award a
  JOIN public.gamification_admin_awards aw ON aw.id = a.id
  JOIN pg_temp.dd_award_rcpt r ON r.aw = a.aw
 WHERE a.award_type = 'coins';

-- Earnings that will be reversed: a few event/campaign/login earnings, chosen by hash rank.
CREATE TEMP TABLE dd_reversed AS
SELECT c.id
  FROM (SELECT c.id, row_number() OVER (ORDER BY hashtextextended(c.id::text, p.sd + 103), c.id) AS rk,
               count(*) OVER () AS n
          FROM public.coin_transactions c
         CROSS JOIN pg_temp.dd_params p
         WHERE c.reason_code IN ('event_reward', 'campaign_bonus', 'daily_login')) c
 WHERE c.rk <= greatest(3, c.n / 2500);
ALTER TABLE dd_reversed ADD PRIMARY KEY (id);

-- Spending ---------------------------------------------------------------------------------
CREATE TEMP TABLE dd_spend AS
WITH earns AS (
    SELECT c.id, c.user_id, c.tenant_id, c.amount, c.created_at, c.reason_code,
           r.id IS NOT NULL AS reversed
      FROM public.coin_transactions c
      LEFT JOIN dd_reversed r ON r.id = c.id
),
cum AS (
    SELECT e.*,
           sum(CASE WHEN e.reversed THEN 0 ELSE e.amount END)
               OVER (PARTITION BY e.user_id, e.tenant_id ORDER BY e.created_at, e.id) AS cum_net
      FROM earns e
),
anchors AS (
    SELECT c.*,
           c.cum_net - coalesce(lag(c.cum_net) OVER (PARTITION BY c.user_id, c.tenant_id
                                                     ORDER BY c.created_at, c.id), 0) AS gain
      FROM cum c
     CROSS JOIN pg_temp.dd_params p
     WHERE NOT c.reversed
       AND (hashtextextended(c.id::text, p.sd + 104) & 1023)
           < CASE WHEN c.reason_code = 'admin_award' THEN 512 ELSE 61 END
),
budgeted AS (
    SELECT a.*,
           floor(0.6 * a.gain * (0.5 + 0.5 * ((hashtextextended(a.id::text, p.sd + 105) & 1023)
                                              / 1024.0))) AS budget,
           (hashtextextended(a.id::text, p.sd + 106) & 1023) / 1024.0 AS r_kind,
           (hashtextextended(a.id::text, p.sd + 107) & 1023) / 1024.0 AS r_item,
           (hashtextextended(a.id::text, p.sd + 108) & 1048575) / 1048576.0 AS r_delay
      FROM anchors a
     CROSS JOIN pg_temp.dd_params p
)
SELECT md5(p.seed || ':coin:spend:' || b.id)::uuid AS id, b.id AS anchor_id, b.user_id,
       b.tenant_id,
       (SELECT max(v) FROM unnest(ARRAY[10, 15, 20, 25, 30, 40, 50, 60, 75, 100, 120, 150, 200,
                                        250, 300, 400, 500, 750, 1000]) AS v
         WHERE v <= b.budget) AS amount,
       b.r_kind < 0.75 AS is_purchase, b.r_item,
       pg_temp.dd_after(b.created_at, 300 + 259200 * power(b.r_delay, 2)) AS created_at
  FROM budgeted b
 CROSS JOIN pg_temp.dd_params p
 WHERE b.budget >= 10;

INSERT INTO public.coin_transactions
    (id, user_id, tenant_id, type, amount, description, reason_code, idempotency_key, source,
     metadata, reversal_of, created_at)
SELECT s.id, s.user_id, s.tenant_id, 'spend', s.amount,
       CASE WHEN s.is_purchase THEN 'Köp: ' || i.name ELSE k.name END,
       CASE WHEN s.is_purchase THEN 'shop_purchase' ELSE 'burn' END,
       CASE WHEN s.is_purchase THEN 'purchase:' || s.id ELSE 'burn:' || k.sink || ':' || s.id END,
       CASE WHEN s.is_purchase THEN 'shop' ELSE 'burn' END,
       CASE WHEN s.is_purchase
                THEN jsonb_build_object('shopItemId', i.item, 'category', i.category)
            ELSE jsonb_build_object('sinkId', k.sink) END,
       NULL, s.created_at
  FROM dd_spend s
 CROSS JOIN LATERAL (SELECT * FROM (VALUES
            (0, 'frame_gold', 'Guldram', 'frames'),
            (1, 'frame_forest', 'Skogsram', 'frames'),
            (2, 'avatar_fox', 'Profilbild: Räven', 'avatars'),
            (3, 'avatar_owl', 'Profilbild: Ugglan', 'avatars'),
            (4, 'bg_northern_lights', 'Bakgrund: Norrsken', 'backgrounds'),
            (5, 'bg_meadow', 'Bakgrund: Sommaräng', 'backgrounds'),
            (6, 'showcase_trophy', 'Pokalhylla', 'showcase'),
            (7, 'profile_frame_silver', 'Profilram: Silver', 'profile_frames'))
            AS v(n, item, name, category)
         WHERE v.n = floor(s.r_item * 8)::int) i
 CROSS JOIN LATERAL (SELECT * FROM (VALUES
            (0, 'sink_donation', 'Donation till lägerkassan'),
            (1, 'sink_lottery', 'Lotteri på terminsavslutningen'),
            (2, 'sink_expiry', 'Utgångna mynt'))
            AS v(n, sink, name)
         WHERE v.n = floor(s.r_item * 3)::int) k;

-- Reversals: the chosen earnings, and a few purchases (refunds).
INSERT INTO public.coin_transactions
    (id, user_id, tenant_id, type, amount, description, reason_code, idempotency_key, source,
     metadata, reversal_of, created_at)
SELECT md5(p.seed || ':coin:reversal:' || c.id)::uuid, c.user_id, c.tenant_id,
       CASE c.type WHEN 'earn' THEN 'spend' ELSE 'earn' END, c.amount,
       left('Rättelse: ' || coalesce(c.description, c.reason_code), 1000), 'reversal',
       'reversal:' || c.id, 'admin',
       jsonb_build_object('reversalOf', c.id, 'originalReason', c.reason_code,
                          'note', CASE c.type WHEN 'earn' THEN 'Dubbelregistrerad händelse'
                                                          ELSE 'Återbetalning av köp' END),
       c.id,
       pg_temp.dd_after(c.created_at,
                        600 + 172800 * ((hashtextextended(c.id::text, p.sd + 109) & 1023) / 1024.0))
  FROM public.coin_transactions c
 CROSS JOIN pg_temp.dd_params p
 WHERE c.id IN (SELECT id FROM dd_reversed)
    OR c.id IN (SELECT s.id
                  FROM (SELECT s.id, row_number() OVER (ORDER BY hashtextextended(s.id::text, p2.sd + 110),
                                                                 s.id) AS rk,
                               count(*) OVER () AS n
                          FROM dd_spend s
                         CROSS JOIN pg_temp.dd_params p2
                         WHERE s.is_purchase) s
                 WHERE s.rk <= greatest(2, s.n / 100));

-- XP ---------------------------------------------------------------------------------------
INSERT INTO public.xp_transactions
    (id, user_id, tenant_id, amount, reason_code, idempotency_key, source, metadata, reversal_of,
     created_at)
SELECT md5(p.seed || ':xp:evt:' || e.id)::uuid, e.actor_user_id, e.tenant_id, e.amount::int,
       'event_reward', 'evt:' || e.id || ':xp', 'event',
       jsonb_build_object('eventId', e.id, 'eventType', e.event_type), NULL, e.created_at
  FROM public.gamification_events e
 CROSS JOIN pg_temp.dd_params p
 WHERE e.token_type = 'xp';

INSERT INTO public.xp_transactions
    (id, user_id, tenant_id, amount, reason_code, idempotency_key, source, metadata, reversal_of,
     created_at)
SELECT pg_temp.dd_uuid('xp:award', a.aw || ':' || r.user_idx), r.user_id, a.tenant_id, a.amount,
       'admin_award', aw.idempotency_key || ':' || r.user_id, 'admin_award',
       jsonb_build_object('awardId', a.id, 'actorUserId', a.actor), NULL, a.created_at
  FROM pg_temp.dd_award a
  JOIN public.gamification_admin_awards aw ON aw.id = a.id
  JOIN pg_temp.dd_award_rcpt r ON r.aw = a.aw
 WHERE a.award_type = 'xp';

INSERT INTO public.xp_transactions
    (id, user_id, tenant_id, amount, reason_code, idempotency_key, source, metadata, reversal_of,
     created_at)
SELECT md5(p.seed || ':xp:reversal:' || x.id)::uuid, x.user_id, x.tenant_id, -x.amount,
       'reversal', 'reversal:' || x.id, 'admin',
       jsonb_build_object('reversalOf', x.id, 'note', 'XP från en testsession'), x.id,
       pg_temp.dd_after(x.created_at, 3600 + 86400 * ((hashtextextended(x.id::text, p.sd + 111)
                                                       & 1023) / 1024.0))
  FROM (SELECT x.*, row_number() OVER (ORDER BY hashtextextended(x.id::text, p.sd + 112), x.id) AS rk,
               count(*) OVER () AS n
          FROM public.xp_transactions x
         CROSS JOIN pg_temp.dd_params p
         WHERE x.reason_code = 'event_reward') x
 CROSS JOIN pg_temp.dd_params p
 WHERE x.rk <= greatest(2, x.n / 5000);

SELECT pg_temp.dd_bulk_end('public.coin_transactions');
SELECT pg_temp.dd_bulk_end('public.xp_transactions');
