-- 090: wallets and progress computed from the ledgers, award recipients, achievement unlocks.
--
-- user_coins: one row per (user, tenant) with ledger entries: total_earned = sum of earn,
--   total_spent = sum of spend, balance = their difference (reversals count by their type).
-- user_progress: total XP per (user, tenant) on the level curve of
--   gamification_level_definitions (tenant first, then global, beyond the last level
--   1000 * level, like Lekbanken's apply_xp_transaction_v1): level, current_xp = XP into the
--   current level, next_level_xp = XP the current level needs.
-- gamification_admin_award_recipients: coin/XP transaction of each recipient; balance_after is
--   the wallet's running balance right after the award's entry.
-- user_achievements: recipients of achievement awards (source 'admin_award'), then random unlocks
--   (source 'seed') of active and archived achievements, never of drafts, at most once per user
--   and achievement, inside the time the achievement was active and the user a member.

SELECT pg_temp.dd_require('dd_award_rcpt');

INSERT INTO public.user_coins
    (id, user_id, tenant_id, balance, total_earned, total_spent, created_at, updated_at)
SELECT pg_temp.dd_uuid('wallet', c.user_id || ':' || coalesce(c.tenant_id::text, 'global')),
       c.user_id, c.tenant_id,
       (sum(c.amount) FILTER (WHERE c.type = 'earn')
        - coalesce(sum(c.amount) FILTER (WHERE c.type = 'spend'), 0))::int,
       sum(c.amount) FILTER (WHERE c.type = 'earn'),
       coalesce(sum(c.amount) FILTER (WHERE c.type = 'spend'), 0),
       min(c.created_at), max(c.created_at)
  FROM public.coin_transactions c
 GROUP BY c.user_id, c.tenant_id
 ORDER BY min(c.created_at), c.user_id;

-- Level curve per scope (every tenant, and global): level l needs next_xp XP to level up and
-- starts at start_xp total XP.
CREATE TEMP TABLE dd_curve AS
SELECT c.scope_key, c.level, c.next_xp,
       coalesce(sum(c.next_xp) OVER (PARTITION BY c.scope_key ORDER BY c.level
                                     ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING),
                0) AS start_xp
  FROM (SELECT s.scope_key, l.level,
               coalesce((SELECT d.next_level_xp FROM public.gamification_level_definitions d
                          WHERE d.tenant_id = s.tenant_id AND d.level = l.level),
                        (SELECT d.next_level_xp FROM public.gamification_level_definitions d
                          WHERE d.tenant_id IS NULL AND d.level = l.level),
                        1000 * l.level) AS next_xp
          FROM (SELECT id AS tenant_id, id AS scope_key FROM public.tenants
                UNION ALL
                SELECT NULL, '00000000-0000-0000-0000-000000000000') s
         CROSS JOIN generate_series(1, 500) AS l(level)) c;
CREATE INDEX ON dd_curve (scope_key, start_xp);
ANALYZE dd_curve;

INSERT INTO public.user_progress
    (id, user_id, tenant_id, level, current_xp, next_level_xp, created_at, updated_at)
SELECT pg_temp.dd_uuid('progress', t.user_id || ':' || coalesce(t.tenant_id::text, 'global')),
       t.user_id, t.tenant_id, c.level, t.xp - c.start_xp, c.next_xp, t.first_at, t.last_at
  FROM (SELECT x.user_id, x.tenant_id, sum(x.amount) AS xp, min(x.created_at) AS first_at,
               max(x.created_at) AS last_at
          FROM public.xp_transactions x
         GROUP BY x.user_id, x.tenant_id) t
 CROSS JOIN LATERAL (SELECT c.* FROM dd_curve c
                      WHERE c.scope_key = coalesce(t.tenant_id, '00000000-0000-0000-0000-000000000000')
                        AND c.start_xp <= t.xp
                      ORDER BY c.start_xp DESC LIMIT 1) c
 ORDER BY t.first_at, t.user_id;

-- Award recipients -----------------------------------------------------------------------
WITH award_wallets AS (
    SELECT DISTINCT r.user_id, a.tenant_id
      FROM dd_award a
      JOIN dd_award_rcpt r ON r.aw = a.aw
     WHERE a.award_type = 'coins'
),
running AS (
    SELECT c.id,
           sum(CASE c.type WHEN 'earn' THEN c.amount ELSE -c.amount END)
               OVER (PARTITION BY c.user_id, c.tenant_id ORDER BY c.created_at, c.id) AS balance
      FROM public.coin_transactions c
      JOIN award_wallets w ON w.user_id = c.user_id AND w.tenant_id = c.tenant_id
)
INSERT INTO public.gamification_admin_award_recipients
    (id, award_id, tenant_id, user_id, coin_transaction_id, xp_transaction_id, balance_after,
     created_at)
SELECT pg_temp.dd_uuid('award_recipient', a.aw || ':' || r.user_idx), a.id, a.tenant_id,
       r.user_id, CASE WHEN a.award_type = 'coins' THEN run.id END,
       CASE WHEN a.award_type = 'xp' THEN pg_temp.dd_uuid('xp:award', a.aw || ':' || r.user_idx) END,
       run.balance::int, a.created_at
  FROM dd_award a
  JOIN dd_award_rcpt r ON r.aw = a.aw
  LEFT JOIN running run
         ON a.award_type = 'coins' AND run.id = pg_temp.dd_uuid('coin:award', a.aw || ':' || r.user_idx)
 ORDER BY a.created_at, a.id, r.user_id;

-- Achievement unlocks --------------------------------------------------------------------
WITH awarded AS (
    SELECT r.user_id, r.user_idx, ach.aidx, ach.id AS achievement_id, a.tenant_id,
           a.created_at AS unlocked_at, 'admin_award' AS source, 1 AS priority
      FROM dd_award a
      JOIN dd_award_rcpt r ON r.aw = a.aw
      JOIN dd_ach ach ON ach.id = a.achievement_id
     WHERE a.award_type = 'achievement'
),
candidates AS (
    -- global achievements: everybody, unlocked in their primary tenant
    SELECT u.idx AS user_idx, u.id AS user_id, u.created_at AS member_since, t.id AS tenant_id,
           ach.aidx, ach.id, ach.key, ach.p, ach.a_day, ach.x_day
      FROM dd_ach ach
     CROSS JOIN dd_user u
      JOIN dd_tenant t ON t.tidx = u.t1
     WHERE ach.tidx IS NULL AND ach.status IN ('active', 'archived')
     UNION ALL
    -- tenant achievements: the tenant's active members
    SELECT m.idx, m.user_id, m.created_at, ach.tenant_id, ach.aidx, ach.id, ach.key, ach.p,
           ach.a_day, ach.x_day
      FROM dd_ach ach
      JOIN dd_member m ON m.tidx = ach.tidx
     WHERE ach.status IN ('active', 'archived')
),
drawn AS (
    SELECT c.*,
           pg_temp.dd_rand('unlock', c.user_idx || ':' || c.aidx) AS r,
           pg_temp.dd_rand('unlock.at', c.user_idx || ':' || c.aidx) AS r_at,
           greatest(extract(epoch FROM c.member_since)::float8 + 3600,
                    extract(epoch FROM pg_temp.dd_ts(c.a_day))::float8 + 600) AS lo,
           extract(epoch FROM pg_temp.dd_ts(coalesce(c.x_day, 179.95)))::float8 AS hi
      FROM candidates c
),
seeded AS (
    SELECT d.user_id, d.user_idx, d.aidx, d.id AS achievement_id, d.tenant_id,
           to_timestamp(round((d.lo + (d.hi - d.lo) * power(d.r_at, 0.8)) * 1000) / 1000.0)
               AS unlocked_at,
           'seed' AS source, 2 AS priority
      FROM drawn d
     WHERE d.lo < d.hi
       AND (d.r < least(0.95, d.p * CASE WHEN d.user_idx % 6 = 4 THEN 1.8 ELSE 1.0 END)
            OR (d.user_idx = 4 AND d.key IN ('first-session', 'first-plan', 'all-the-way',
                                              'session-10', 'welcome')))
)
INSERT INTO public.user_achievements (id, achievement_id, user_id, tenant_id, unlocked_at, source)
SELECT pg_temp.dd_uuid('user_achievement', x.user_idx || ':' || x.aidx), x.achievement_id,
       x.user_id, x.tenant_id, x.unlocked_at, x.source
  FROM (SELECT DISTINCT ON (y.user_idx, y.aidx) y.*
          FROM (SELECT * FROM awarded UNION ALL SELECT * FROM seeded) y
         ORDER BY y.user_idx, y.aidx, y.priority, y.unlocked_at) x
 ORDER BY x.unlocked_at, x.user_id, x.achievement_id;
