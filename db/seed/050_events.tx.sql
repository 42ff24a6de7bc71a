-- 050: exactly E gamification_events (dicedesk.scale_events), in chunks of one million rows.
--
-- Event i is a pure function of (seed, i):
--   time   day 0..179 of the window: 12 % uniform, 10 % in the last three weeks, the rest with a
--          density growing like day^1.3 (growth trend); 60 % of weekend events move to a weekday
--          of the same week; time of day mostly 06-16 UTC (school/leisure hours), some evening
--   actor  a user who had joined by then (uniform over those, with extra weight for every sixth
--          user and for twenty "champions", among them demo_member), never before the user's
--          own join time
--   tenant the actor's primary tenant, 19 % their active second tenant if any; 3 % of the
--          events are global (tenant NULL; login streaks)
--   type   Lekbanken's contract-v1 events with a skewed mix; source planner/play/content/engagement
--   token  coin rewards (token_type 'dicecoin', amount = Lekbanken rule v1: session 2, run 1,
--          plan created 5, plan published 10, login 1-3) and XP grants (token_type 'xp'); 080
--          turns exactly these into ledger rows
--   simulation_run_id  set on about a third of the events of three "simulation run" days
-- idempotency_key 'seed:<seed>:evt:<i>', source_system 'seed', source_event_id 'evt-<i>'.

SELECT pg_temp.dd_require('dd_member');
SET LOCAL maintenance_work_mem = '512MB';
SELECT pg_temp.dd_bulk_begin('public.gamification_events');

DO $$
DECLARE
    v_e bigint;
    v_seed text;
    v_sd bigint;
    v_u int;
    v_u0 int;
    v_w0 float8;
    v_dow0 int;
    v_sim_days int[];
    v_sim_ids text[];
    v_lo bigint := 1;
    v_hi bigint;
    v_chunk constant bigint := 1000000;
    -- hash -> [0, 1): keep 52 bits, divide by 2^52
    v_mask constant bigint := 4503599627370495;
    v_div constant float8 := 4503599627370496.0;
BEGIN
    SELECT e, seed, sd, u, u0, w0_epoch, dow0, sim_days, sim_ids
      INTO v_e, v_seed, v_sd, v_u, v_u0, v_w0, v_dow0, v_sim_days, v_sim_ids
      FROM pg_temp.dd_params;
    WHILE v_lo <= v_e LOOP
        v_hi := least(v_e, v_lo + v_chunk - 1);
        -- Each step is fenced with OFFSET 0 so that its columns are computed once per row and
        -- not re-evaluated wherever a later step refers to them.
        WITH g AS (
            SELECT s.i, s.i::text AS k FROM generate_series(v_lo, v_hi) AS s(i) OFFSET 0
        ),
        q AS (
            SELECT g.i,
                   (hashtextextended(g.k, v_sd + 1) & v_mask) / v_div AS r_mix,
                   (hashtextextended(g.k, v_sd + 2) & v_mask) / v_div AS r_day,
                   (hashtextextended(g.k, v_sd + 3) & v_mask) / v_div AS r_wknd,
                   (hashtextextended(g.k, v_sd + 4) & v_mask) / v_div AS r_wday,
                   (hashtextextended(g.k, v_sd + 5) & v_mask) / v_div AS r_hmode,
                   (hashtextextended(g.k, v_sd + 6) & v_mask) / v_div AS r_ha,
                   (hashtextextended(g.k, v_sd + 7) & v_mask) / v_div AS r_hb,
                   (hashtextextended(g.k, v_sd + 8) & v_mask) / v_div AS r_user,
                   (hashtextextended(g.k, v_sd + 9) & v_mask) / v_div AS r_skew,
                   (hashtextextended(g.k, v_sd + 10) & v_mask) / v_div AS r_user2,
                   (hashtextextended(g.k, v_sd + 11) & v_mask) / v_div AS r_ten,
                   (hashtextextended(g.k, v_sd + 12) & v_mask) / v_div AS r_type,
                   (hashtextextended(g.k, v_sd + 13) & v_mask) / v_div AS r_tok,
                   (hashtextextended(g.k, v_sd + 14) & v_mask) / v_div AS r_amt,
                   (hashtextextended(g.k, v_sd + 15) & v_mask) / v_div AS r_site,
                   (hashtextextended(g.k, v_sd + 16) & v_mask) / v_div AS r_obj,
                   (hashtextextended(g.k, v_sd + 17) & v_mask) / v_div AS r_m1,
                   (hashtextextended(g.k, v_sd + 18) & v_mask) / v_div AS r_m2,
                   (hashtextextended(g.k, v_sd + 19) & v_mask) / v_div AS r_sim
              FROM g
            OFFSET 0
        ),
        -- day 0..179: 12 % uniform, 10 % in the last three weeks, else density ~ day^1.3
        r AS (
            SELECT q.*,
                   least(179, floor(CASE WHEN q.r_mix < 0.12 THEN 180 * q.r_day
                                         WHEN q.r_mix < 0.22 THEN 180 - 21 * q.r_day
                                         ELSE 180 * power(q.r_day, 1 / 2.3) END))::int AS day0
              FROM q
            OFFSET 0
        ),
        a AS (
            SELECT r.*, ((v_dow0 - 1 + r.day0) % 7) + 1 AS dow FROM r OFFSET 0
        ),
        -- 60 % of weekend events move to a weekday of the same week; time of day
        b AS (
            SELECT a.*,
                   CASE WHEN a.dow >= 6 AND a.r_wknd < 0.6 AND a.day0 - (a.dow - 1) >= 0
                            THEN a.day0 - (a.dow - 1) + floor(a.r_wday * 5)::int
                        ELSE a.day0 END AS day,
                   floor(3600000.0 * CASE WHEN a.r_hmode < 0.62 THEN 6 + 5 * (a.r_ha + a.r_hb)
                                          WHEN a.r_hmode < 0.87 THEN 16.5 + 4.5 * a.r_ha
                                          ELSE 24 * a.r_ha END) / 1000.0 AS secs
              FROM a
            OFFSET 0
        ),
        -- n: the users who had joined by then (inverse of the join-day curve in 020)
        c AS (
            SELECT b.*,
                   v_w0 + b.day * 86400.0 + b.secs AS ts_epoch,
                   CASE WHEN b.day + b.secs / 86400.0 < 0.5
                            THEN greatest(1, least(v_u0, floor((b.day + b.secs / 86400.0 - 0.02)
                                                               * v_u0 / 0.48)::int))
                        WHEN b.day + b.secs / 86400.0 < 1.0 THEN v_u0
                        ELSE least(v_u, v_u0 + floor((v_u - v_u0)
                                                     * power((b.day + b.secs / 86400.0 - 1.0) / 169.0,
                                                             2))::int)
                   END AS n
              FROM b
            OFFSET 0
        ),
        -- actor: uniform over them, 37 % snapped to every sixth user, 5 % to twenty champions
        d AS (
            SELECT c.*,
                   1 + floor(c.r_user * c.n)::int AS j0,
                   CASE WHEN c.r_skew < 0.05 THEN 4 + 6 * floor(c.r_user2 * 20)::int
                        WHEN c.r_skew < 0.42 AND 1 + floor(c.r_user * c.n)::int >= 4
                            THEN 1 + floor(c.r_user * c.n)::int
                                 - ((floor(c.r_user * c.n)::int - 3) % 6)
                        ELSE 1 + floor(c.r_user * c.n)::int END AS j1
              FROM c
            OFFSET 0
        ),
        e AS (
            SELECT d.*,
                   CASE WHEN d.j1 <= d.n THEN d.j1 ELSE d.j0 END AS uidx,
                   d.r_ten < 0.03 AS global,
                   CASE WHEN d.r_ten < 0.03 THEN 'login_streak_updated'
                        WHEN d.r_type < 0.200 THEN 'plan_play_started'
                        WHEN d.r_type < 0.420 THEN 'session_completed'
                        WHEN d.r_type < 0.560 THEN 'plan_play_completed'
                        WHEN d.r_type < 0.700 THEN 'run_completed'
                        WHEN d.r_type < 0.850 THEN 'login_streak_updated'
                        WHEN d.r_type < 0.910 THEN 'plan_created'
                        WHEN d.r_type < 0.940 THEN 'plan_published'
                        WHEN d.r_type < 0.960 THEN 'plan_visibility_changed'
                        WHEN d.r_type < 0.985 THEN 'game_created'
                        ELSE 'game_published' END AS etype
              FROM d
            OFFSET 0
        ),
        -- coin reward (Lekbanken rule v1 amounts) or XP grant, for tenant events only
        f AS (
            SELECT e.*,
                   CASE WHEN e.global THEN NULL
                        WHEN e.etype IN ('session_completed', 'run_completed', 'plan_created',
                                         'plan_published')
                            THEN CASE WHEN e.r_tok < 0.42 THEN 'dicecoin'
                                      WHEN e.r_tok < 0.57 THEN 'xp' END
                        WHEN e.etype = 'login_streak_updated'
                            THEN CASE WHEN e.r_tok < 0.20 THEN 'dicecoin'
                                      WHEN e.r_tok < 0.40 THEN 'xp' END
                        WHEN e.etype = 'plan_play_completed' AND e.r_tok < 0.15 THEN 'xp'
                        WHEN e.etype = 'game_published' AND e.r_tok < 0.30 THEN 'xp'
                   END AS token_type,
                   CASE WHEN e.global THEN NULL
                        WHEN e.r_tok < 0.42 AND e.etype IN ('session_completed', 'run_completed',
                                                            'plan_created', 'plan_published')
                            THEN CASE e.etype WHEN 'session_completed' THEN 2
                                              WHEN 'run_completed' THEN 1
                                              WHEN 'plan_created' THEN 5 ELSE 10 END
                        WHEN e.r_tok < 0.57 AND e.etype IN ('session_completed', 'run_completed',
                                                            'plan_created', 'plan_published')
                            THEN CASE e.etype WHEN 'session_completed' THEN 80 + 20 * floor(e.r_amt * 7)
                                              WHEN 'run_completed' THEN 50 + 10 * floor(e.r_amt * 6)
                                              WHEN 'plan_created' THEN 100 ELSE 250 END
                        WHEN e.etype = 'login_streak_updated' AND e.r_tok < 0.20
                            THEN 1 + floor(e.r_amt * 3)
                        WHEN e.etype = 'login_streak_updated' AND e.r_tok < 0.40 THEN 25
                        WHEN e.etype = 'plan_play_completed' AND e.r_tok < 0.15 THEN 60
                        WHEN e.etype = 'game_published' AND e.r_tok < 0.30 THEN 150
                   END::numeric AS amount,
                   CASE e.etype WHEN 'session_completed' THEN 'play'
                                WHEN 'run_completed' THEN 'play'
                                WHEN 'game_created' THEN 'content'
                                WHEN 'game_published' THEN 'content'
                                WHEN 'login_streak_updated' THEN 'engagement'
                                ELSE 'planner' END AS src
              FROM e
            OFFSET 0
        )
        INSERT INTO public.gamification_events
            (id, tenant_id, actor_user_id, event_type, source, idempotency_key, metadata, persona,
             site, token_type, amount, simulation_run_id, source_system, source_event_id,
             created_at)
        SELECT md5(v_seed || ':evt:' || f.i)::uuid,
               t.id,
               u.id,
               f.etype,
               f.src,
               'seed:' || v_seed || ':evt:' || f.i,
               CASE
                   WHEN f.etype IN ('plan_created', 'plan_published', 'plan_play_started')
                       THEN jsonb_build_object(
                                'plan_id', md5(v_seed || ':plan:' || t.tidx || ':'
                                               || floor(f.r_obj * t.plans)::int)::uuid)
                   WHEN f.etype = 'plan_visibility_changed'
                       THEN jsonb_build_object(
                                'plan_id', md5(v_seed || ':plan:' || t.tidx || ':'
                                               || floor(f.r_obj * t.plans)::int)::uuid,
                                'visibility', (ARRAY['public', 'tenant', 'private'])
                                              [1 + floor(f.r_m1 * 3)::int])
                   WHEN f.etype = 'plan_play_completed'
                       THEN jsonb_build_object(
                                'plan_id', md5(v_seed || ':plan:' || t.tidx || ':'
                                               || floor(f.r_obj * t.plans)::int)::uuid,
                                'duration_min', 10 + floor(f.r_m1 * 80)::int)
                   WHEN f.etype = 'run_completed'
                       THEN jsonb_build_object(
                                'plan_id', md5(v_seed || ':plan:' || t.tidx || ':'
                                               || floor(f.r_obj * t.plans)::int)::uuid,
                                'steps', 3 + floor(f.r_m1 * 10)::int)
                   WHEN f.etype = 'session_completed'
                       THEN jsonb_build_object(
                                'game_id', md5(v_seed || ':game:' || t.tidx || ':'
                                               || floor(f.r_obj * t.games)::int)::uuid,
                                'participants', 4 + floor(f.r_m1 * 27)::int,
                                'score', floor(power(f.r_m2, 1.5) * 1000)::int)
                   WHEN f.etype IN ('game_created', 'game_published')
                       THEN jsonb_build_object(
                                'game_id', md5(v_seed || ':game:' || t.tidx || ':'
                                               || floor(f.r_obj * t.games)::int)::uuid,
                                'title', (ARRAY['Kurragömma', 'Under hökens vingar', 'Fruktsallad',
                                                'Sista paret ut', 'Hela havet stormar', 'Kull',
                                                'Dunkgömme', 'Bro bro breja', 'Tjuv och polis',
                                                'Äggstafett', 'Ninja', 'Zoom', 'Tre i rad',
                                                'Fiskdamm', 'Sardinburken', 'Skattjakt',
                                                'Katt og mus', 'Haien kommer', 'Rødt lys',
                                                'Boksen går'])
                                         [1 + floor(f.r_obj * t.games)::int % 20])
                   ELSE jsonb_build_object('streak_days', 1 + floor(power(f.r_m1, 2) * 45)::int)
               END,
               u.persona,
               CASE f.src
                   WHEN 'play' THEN
                       CASE WHEN f.r_site < 0.55 THEN 'play.' || coalesce(t.site, 'lekbanken.se')
                            WHEN f.r_site < 0.80 THEN 'ios-app' ELSE 'android-app' END
                   WHEN 'planner' THEN
                       CASE WHEN f.r_site < 0.80 THEN 'app.' || coalesce(t.site, 'lekbanken.se')
                            WHEN f.r_site < 0.92 THEN 'ios-app' ELSE 'android-app' END
                   WHEN 'content' THEN 'admin.' || coalesce(t.site, 'lekbanken.se')
                   ELSE
                       CASE WHEN f.r_site < 0.50 THEN 'app.' || coalesce(t.site, 'lekbanken.se')
                            WHEN f.r_site < 0.80 THEN 'ios-app' ELSE 'android-app' END
               END,
               f.token_type,
               f.amount,
               CASE WHEN f.r_sim < 0.35 THEN
                   CASE f.day WHEN v_sim_days[1] THEN v_sim_ids[1]
                              WHEN v_sim_days[2] THEN v_sim_ids[2]
                              WHEN v_sim_days[3] THEN v_sim_ids[3] END
               END,
               'seed',
               'evt-' || f.i,
               -- never before the actor joined (plus an hour or two)
               to_timestamp(greatest(f.ts_epoch,
                                     u.created_epoch + 3600 + floor(f.r_m2 * 3600000) / 1000.0))
          FROM f
          JOIN pg_temp.dd_user u ON u.idx = f.uidx
          LEFT JOIN pg_temp.dd_tenant t
                 ON t.tidx = CASE WHEN f.global THEN NULL
                                  WHEN u.t2 IS NOT NULL AND f.r_ten < 0.22 THEN u.t2
                                  ELSE u.t1 END;
        v_lo := v_hi + 1;
    END LOOP;
END
$$;

SELECT pg_temp.dd_bulk_end('public.gamification_events');
