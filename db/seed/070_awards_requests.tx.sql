-- 070: manual awards and award requests (four-eyes approvals).
--
-- Direct awards: per tenant greatest(24, least(150, E / 20000)), 75 % coins, 15 % XP, 10 %
-- achievements; tenant admins stay below the tenant's approval threshold (500, tenant 2: 1000),
-- system admins may award more. Requests (all coins, amount >= the tenant's threshold, 1-50
-- recipients, requested by tenant admins, often demo_tenant_admin in tenants 1 and 2):
--   pending    greatest(25, E / 1000)  created in the last 10 days, expiring 14 days later
--   approved   greatest(20, E / 2500)  decided by a system admin; the award it created has
--                                      key 'award-request:<id>' and the requester as actor
--   rejected   greatest(8, E / 8000)   with a reason
--   expired    greatest(5, E / 20000)
--   cancelled  greatest(5, E / 25000)
-- Recipients are active members who had joined at the time. The ledger rows of the awards are
-- written in 080, the award recipients (with balance_after) and achievement unlocks in 090.

SELECT pg_temp.dd_require('dd_ach');

-- Achievements an award may hand out: active, global or the tenant's own.
CREATE TEMP TABLE dd_awardable AS
SELECT t.tidx, row_number() OVER (PARTITION BY t.tidx ORDER BY a.aidx)::int AS k, a.aidx, a.id,
       a.a_day, count(*) OVER (PARTITION BY t.tidx)::int AS n
  FROM dd_tenant t
  JOIN dd_ach a ON a.status = 'active' AND (a.tidx IS NULL OR a.tidx = t.tidx);

CREATE TEMP TABLE dd_msg (kind text, k int, text text, PRIMARY KEY (kind, k));
INSERT INTO dd_msg VALUES
    ('coins', 1, 'Tack för en fantastisk lägerhelg!'),
    ('coins', 2, 'Grymt jobbat med planeringen av höstlovet 🎉'),
    ('coins', 3, 'Extra DiceCoins för hjälpen med midsommarleken.'),
    ('coins', 4, 'Bästa lekledaren den här månaden – stort tack!'),
    ('coins', 5, 'Thanks for leading the spring games so well!'),
    ('coins', 6, 'Great job onboarding our new leaders.'),
    ('coins', 7, 'Tusen takk for innsatsen på sommerleiren!'),
    ('coins', 8, 'Vinnare av planeringstävlingen.'),
    ('coins', 9, 'För att du ställde upp som vikarie med kort varsel.'),
    ('coins', 10, 'Thank you for running the parents'' evening games.'),
    ('xp', 1, 'Bonus-XP för din första egna lekplan.'),
    ('xp', 2, 'Extra XP för mentorskapet under terminen.'),
    ('xp', 3, 'Bonus XP for completing the leader course.'),
    ('xp', 4, 'Ekstra XP for god innsats på lekedagen.'),
    ('achievement', 1, 'Du har förtjänat den här utmärkelsen!'),
    ('achievement', 2, 'Well deserved – congratulations!'),
    ('achievement', 3, 'Gratulerer med utmerkelsen!'),
    ('request', 1, 'Belöning till alla ledare på sommarlägret.'),
    ('request', 2, 'Stort tack till hela cupgruppen – ber om godkännande.'),
    ('request', 3, 'Reward for the volunteers of the regional jamboree.'),
    ('request', 4, 'Belønning til alle som stilte opp på høstleiren.'),
    ('request', 5, 'Årets lekledare – förslag från styrelsen.'),
    ('request', 6, 'Bonus for the team that built the new games library.'),
    ('request', 7, 'Tack för alla extra kvällar med lovaktiviteterna.'),
    ('approved', 1, 'Godkänd – bra motivering.'),
    ('approved', 2, 'Approved: matches the campaign budget.'),
    ('approved', 3, 'Godkänd, tack för underlaget.'),
    ('approved', 4, 'Godkjent.'),
    ('rejected', 1, 'Avslås: beloppet är för högt för en enskild aktivitet.'),
    ('rejected', 2, 'Rejected: please split the award per event.'),
    ('rejected', 3, 'Avslås – mottagarlistan innehåller personer som inte deltog.'),
    ('rejected', 4, 'Avslått: budsjettet for kvartalet er brukt opp.'),
    ('cancelled', 1, 'Återkallad av beställaren.'),
    ('cancelled', 2, 'Withdrawn by the requester: wrong amount.');

-- Direct awards --------------------------------------------------------------------------
CREATE TEMP TABLE dd_award AS
WITH slots AS (
    SELECT t.tidx, t.id AS tenant_id, t.threshold, g.k,
           (t.tidx - 1) * greatest(24, least(150, p.e / 20000)) + g.k AS aw
      FROM dd_tenant t
     CROSS JOIN pg_temp.dd_params p
     CROSS JOIN LATERAL generate_series(1, greatest(24, least(150, p.e / 20000))::int) AS g(k)
),
drawn AS (
    SELECT s.*,
           floor(30 + 149.5 * power(pg_temp.dd_rand('award.day', s.aw::text), 0.7))
               + (7 + 10 * pg_temp.dd_rand('award.hour', s.aw::text)) / 24.0 AS day,
           pg_temp.dd_rand('award.type', s.aw::text) AS r_type,
           pg_temp.dd_rand('award.actor', s.aw::text) AS r_actor,
           pg_temp.dd_rand('award.actor.k', s.aw::text) AS r_actor_k,
           pg_temp.dd_rand('award.amount', s.aw::text) AS r_amount,
           pg_temp.dd_rand('award.count', s.aw::text) AS r_count,
           pg_temp.dd_rand('award.count.n', s.aw::text) AS r_count_n,
           pg_temp.dd_rand('award.message', s.aw::text) AS r_msg,
           pg_temp.dd_rand('award.achievement', s.aw::text) AS r_ach
      FROM slots s
),
typed AS (
    SELECT d.*,
           CASE WHEN d.r_type < 0.75 THEN 'coins' WHEN d.r_type < 0.90 THEN 'xp'
                ELSE 'achievement' END AS award_type,
           d.r_actor < 0.25 AS by_sys
      FROM drawn d
)
SELECT x.aw, x.k, pg_temp.dd_uuid('award', x.aw::text) AS id, x.tidx, x.tenant_id, x.award_type,
       CASE WHEN x.by_sys
                THEN (SELECT s.user_id FROM dd_sys s
                       WHERE s.k = 1 + floor(x.r_actor_k * (SELECT count(*) FROM dd_sys))::int)
            WHEN x.tidx <= 2 AND x.r_actor < 0.50 THEN 'd1ced35c-de00-4000-8000-000000000002'::uuid
            ELSE (SELECT ad.user_id FROM dd_admin ad
                   WHERE ad.tidx = x.tidx
                     AND ad.k = 1 + floor(x.r_actor_k * (SELECT count(*) FROM dd_admin z
                                                          WHERE z.tidx = x.tidx))::int)
       END AS actor,
       CASE x.award_type
           WHEN 'coins' THEN
               CASE WHEN x.by_sys
                        THEN (ARRAY[100, 250, 500, 750, 1000, 1500, 2000])
                             [1 + floor(x.r_amount * 7)::int]
                    ELSE (ARRAY[10, 20, 25, 50, 75, 100, 150, 200, 250, 300, 400])
                         [1 + floor(x.r_amount * 11)::int] END
           WHEN 'xp' THEN (ARRAY[50, 100, 150, 200, 250, 500])[1 + floor(x.r_amount * 6)::int]
           ELSE 1
       END AS amount,
       CASE WHEN x.award_type = 'achievement'
                THEN (SELECT aa.id FROM dd_awardable aa
                       WHERE aa.tidx = x.tidx
                         AND aa.k = 1 + floor(x.r_ach * aa.n)::int)
       END AS achievement_id,
       (SELECT m.text FROM dd_msg m
         WHERE m.kind = x.award_type
           AND m.k = 1 + floor(x.r_msg * (SELECT count(*) FROM dd_msg z
                                           WHERE z.kind = x.award_type))::int) AS message,
       CASE WHEN x.award_type = 'achievement' THEN 1 + floor(x.r_count_n * 10)::int
            WHEN x.r_count < 0.55 THEN 1
            WHEN x.r_count < 0.80 THEN 2 + floor(x.r_count_n * 4)::int
            WHEN x.r_count < 0.95 THEN 6 + floor(x.r_count_n * 15)::int
            ELSE 21 + floor(x.r_count_n * 30)::int END AS n_want,
       pg_temp.dd_ts(x.day) AS created_at,
       NULL::uuid AS request_id,
       NULL::int AS rq
  FROM typed x;

-- Award requests -------------------------------------------------------------------------
-- Requests per tenant: weight 3 for tenants 1-2, 2 for 3-4, 1 for the others.
CREATE TEMP TABLE dd_request_weight AS
SELECT t.tidx,
       coalesce(sum(w.w) OVER (ORDER BY t.tidx ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING),
                0)::float8 / sum(w.w) OVER () AS lo,
       sum(w.w) OVER (ORDER BY t.tidx)::float8 / sum(w.w) OVER () AS hi
  FROM dd_tenant t
 CROSS JOIN LATERAL (SELECT CASE WHEN t.tidx <= 2 THEN 3 WHEN t.tidx <= 4 THEN 2 ELSE 1 END AS w) w;

CREATE TEMP TABLE dd_request AS
WITH counts AS (
    SELECT greatest(25, e / 1000) AS n_pending, greatest(20, e / 2500) AS n_approved,
           greatest(8, e / 8000) AS n_rejected, greatest(5, e / 20000) AS n_expired,
           greatest(5, e / 25000) AS n_cancelled
      FROM pg_temp.dd_params
),
slots AS (
    SELECT s.status, g.j,
           row_number() OVER (ORDER BY s.ord, g.j)::int AS rq
      FROM counts c
     CROSS JOIN LATERAL (VALUES (1, 'pending', c.n_pending), (2, 'approved', c.n_approved),
                                (3, 'rejected', c.n_rejected), (4, 'expired', c.n_expired),
                                (5, 'cancelled', c.n_cancelled)) AS s(ord, status, n)
     CROSS JOIN LATERAL generate_series(1, s.n::int) AS g(j)
),
drawn AS (
    SELECT s.*,
           pg_temp.dd_rand('request.tenant', s.rq::text) AS r_tenant,
           pg_temp.dd_rand('request.requester', s.rq::text) AS r_req,
           pg_temp.dd_rand('request.requester.k', s.rq::text) AS r_req_k,
           pg_temp.dd_rand('request.day', s.rq::text) AS r_day,
           pg_temp.dd_rand('request.hour', s.rq::text) AS r_hour,
           pg_temp.dd_rand('request.decide', s.rq::text) AS r_decide,
           pg_temp.dd_rand('request.decider', s.rq::text) AS r_decider,
           pg_temp.dd_rand('request.amount', s.rq::text) AS r_amount,
           pg_temp.dd_rand('request.count', s.rq::text) AS r_count,
           pg_temp.dd_rand('request.count.n', s.rq::text) AS r_count_n,
           pg_temp.dd_rand('request.message', s.rq::text) AS r_msg,
           pg_temp.dd_rand('request.reason', s.rq::text) AS r_reason
      FROM slots s
),
placed AS (
    SELECT d.*,
           -- the first request of each status is demo_tenant_admin's in tenant 1, the second
           -- in tenant 2, so both demo admins always have something in every state
           CASE WHEN d.j = 1 THEN 1 WHEN d.j = 2 THEN 2
                ELSE (SELECT w.tidx FROM dd_request_weight w
                       WHERE d.r_tenant >= w.lo AND d.r_tenant < w.hi)
           END AS tidx,
           CASE d.status
               WHEN 'pending' THEN 170 + floor(d.r_day * 10)
               WHEN 'expired' THEN 20 + floor(d.r_day * 145)
               ELSE 20 + floor(155 * power(d.r_day, 0.8)) END
               + (7 + 10 * d.r_hour) / 24.0 AS day
      FROM drawn d
)
SELECT pl.rq, pl.j, pl.status, pg_temp.dd_uuid('award_request', pl.rq::text) AS id, pl.tidx,
       t.id AS tenant_id,
       CASE WHEN pl.j <= 2 OR (pl.tidx <= 2 AND pl.r_req < 0.35)
                THEN 'd1ced35c-de00-4000-8000-000000000002'::uuid
            ELSE (SELECT ad.user_id FROM dd_admin ad
                   WHERE ad.tidx = pl.tidx
                     AND ad.k = 1 + floor(pl.r_req_k * (SELECT count(*) FROM dd_admin z
                                                         WHERE z.tidx = pl.tidx))::int)
       END AS requester,
       (t.threshold * (ARRAY[1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 10])
                      [1 + floor(power(pl.r_amount, 1.5) * 9)::int])::int AS amount,
       (SELECT m.text FROM dd_msg m
         WHERE m.kind = 'request'
           AND m.k = 1 + floor(pl.r_msg * (SELECT count(*) FROM dd_msg z
                                            WHERE z.kind = 'request'))::int) AS message,
       CASE WHEN pl.r_count < 0.40 THEN 1
            WHEN pl.r_count < 0.70 THEN 2 + floor(pl.r_count_n * 4)::int
            WHEN pl.r_count < 0.90 THEN 6 + floor(pl.r_count_n * 15)::int
            ELSE 21 + floor(pl.r_count_n * 30)::int END AS n_want,
       pg_temp.dd_ts(pl.day) AS created_at,
       CASE WHEN pl.status IN ('approved', 'rejected')
                THEN pg_temp.dd_after(pg_temp.dd_ts(pl.day),
                                      1800 + 257400 * power(pl.r_decide, 2))
       END AS decided_at,
       CASE WHEN pl.status IN ('approved', 'rejected')
                THEN (SELECT s.user_id FROM dd_sys s
                       WHERE s.k = CASE WHEN pl.r_decider < 0.45 THEN 1
                                        ELSE 2 + floor((pl.r_decider - 0.45) / 0.55
                                                       * ((SELECT count(*) FROM dd_sys) - 1))::int
                                   END)
       END AS decided_by,
       CASE WHEN pl.status IN ('approved', 'rejected', 'cancelled')
                THEN (SELECT m.text FROM dd_msg m
                       WHERE m.kind = pl.status
                         AND m.k = 1 + floor(pl.r_reason * (SELECT count(*) FROM dd_msg z
                                                             WHERE z.kind = pl.status))::int)
       END AS reason,
       CASE WHEN pl.status = 'cancelled'
                THEN pg_temp.dd_after(pg_temp.dd_ts(pl.day), 3600 + 169200 * pl.r_decide)
       END AS cancelled_at
  FROM placed pl
  JOIN dd_tenant t ON t.tidx = pl.tidx;

-- An approved request creates its award at the moment of the decision.
INSERT INTO dd_award (aw, k, id, tidx, tenant_id, award_type, actor, amount, achievement_id, message,
                      n_want, created_at, request_id, rq)
SELECT (SELECT max(aw) FROM dd_award) + row_number() OVER (ORDER BY r.rq), NULL,
       pg_temp.dd_uuid('award_from_request', r.rq::text), r.tidx, r.tenant_id, 'coins',
       r.requester, r.amount, NULL, r.message, NULL, r.decided_at, r.id, r.rq
  FROM dd_request r
 WHERE r.status = 'approved';
ALTER TABLE dd_award ADD PRIMARY KEY (aw);

-- Recipients: n distinct active members who had joined by then, taken with a stride that is
-- coprime to their number; the actor is never a recipient (one candidate more is drawn so that
-- there is always at least one). Every fourth coin/XP award of tenant 1 also goes to
-- demo_member.
CREATE TEMP TABLE dd_request_rcpt AS
SELECT c.rq, c.user_id, c.user_idx
  FROM (SELECT r.rq, r.n_want, m.user_id, m.idx AS user_idx,
               row_number() OVER (PARTITION BY r.rq ORDER BY g.k) AS rn
          FROM dd_request r
         CROSS JOIN LATERAL (SELECT coalesce(max(z.pos), 0) AS n
                               FROM (SELECT z.pos FROM dd_member z
                                      WHERE z.tidx = r.tidx AND z.created_at < r.created_at
                                      ORDER BY z.created_at DESC, z.pos DESC LIMIT 1) z) c
         CROSS JOIN LATERAL generate_series(0, least(r.n_want + 1, c.n) - 1) AS g(k)
          JOIN dd_member m
            ON m.tidx = r.tidx
           AND m.pos = 1 + ((floor(pg_temp.dd_rand('request.start', r.rq::text) * c.n)::bigint
                             + g.k::bigint * CASE WHEN c.n % 7919 = 0 THEN 1 ELSE 7919 END) % c.n)
         WHERE m.user_id <> r.requester) c
 WHERE c.rn <= c.n_want;

CREATE TEMP TABLE dd_award_rcpt AS
SELECT c.aw, c.user_id, c.user_idx
  FROM (SELECT a.aw, a.n_want, m.user_id, m.idx AS user_idx,
               row_number() OVER (PARTITION BY a.aw ORDER BY g.k) AS rn
          FROM dd_award a
         CROSS JOIN LATERAL (SELECT coalesce(max(z.pos), 0) AS n
                               FROM (SELECT z.pos FROM dd_member z
                                      WHERE z.tidx = a.tidx AND z.created_at < a.created_at
                                      ORDER BY z.created_at DESC, z.pos DESC LIMIT 1) z) c
         CROSS JOIN LATERAL generate_series(0, least(a.n_want + 1, c.n) - 1) AS g(k)
          JOIN dd_member m
            ON m.tidx = a.tidx
           AND m.pos = 1 + ((floor(pg_temp.dd_rand('award.start', a.aw::text) * c.n)::bigint
                             + g.k::bigint * CASE WHEN c.n % 7919 = 0 THEN 1 ELSE 7919 END) % c.n)
         WHERE a.rq IS NULL AND m.user_id <> a.actor) c
 WHERE c.rn <= c.n_want
 UNION
SELECT a.aw, u.id, u.idx
  FROM dd_award a
  JOIN dd_user u ON u.idx = 4
 WHERE a.rq IS NULL AND a.tidx = 1 AND a.award_type IN ('coins', 'xp') AND a.k % 4 = 1
   AND a.actor <> u.id
 UNION
SELECT a.aw, rr.user_id, rr.user_idx
  FROM dd_award a
  JOIN dd_request_rcpt rr ON rr.rq = a.rq;
CREATE INDEX ON dd_award_rcpt (aw);
CREATE INDEX ON dd_request_rcpt (rq);
CREATE INDEX ON dd_award (rq);
ANALYZE dd_award_rcpt;
ANALYZE dd_request_rcpt;
ANALYZE dd_award;

INSERT INTO public.gamification_admin_awards
    (id, tenant_id, actor_user_id, award_type, amount, achievement_id, message, idempotency_key,
     request_hash, request_id, recipient_count, source, created_at)
SELECT a.id, a.tenant_id, a.actor, a.award_type, a.amount, a.achievement_id, a.message,
       CASE WHEN a.rq IS NULL THEN 'admin-award-' || a.id ELSE 'award-request:' || a.request_id END,
       md5(a.tenant_id || '|' || a.award_type || '|' || a.amount || '|'
           || coalesce(a.achievement_id::text, '') || '|' || a.message || '|'
           || (SELECT string_agg(r.user_id::text, ',' ORDER BY r.user_id)
                 FROM dd_award_rcpt r WHERE r.aw = a.aw)),
       a.request_id,
       (SELECT count(*) FROM dd_award_rcpt r WHERE r.aw = a.aw),
       'admin_award', a.created_at
  FROM dd_award a
 WHERE EXISTS (SELECT 1 FROM dd_award_rcpt r WHERE r.aw = a.aw)
 ORDER BY a.created_at, a.id;

INSERT INTO public.gamification_admin_award_requests
    (id, tenant_id, requester_user_id, award_type, amount, achievement_id, message,
     idempotency_key, request_hash, recipient_count, status, award_id, decided_by_user_id,
     decided_at, decision_reason, expires_at, created_at, updated_at)
SELECT r.id, r.tenant_id, r.requester, 'coins', r.amount, NULL, r.message,
       'admin-award-request-' || r.id,
       md5(r.tenant_id || '|coins|' || r.amount || '||' || r.message || '|'
           || (SELECT string_agg(x.user_id::text, ',' ORDER BY x.user_id)
                 FROM dd_request_rcpt x WHERE x.rq = r.rq)),
       (SELECT count(*) FROM dd_request_rcpt x WHERE x.rq = r.rq),
       r.status,
       (SELECT a.id FROM dd_award a WHERE a.rq = r.rq),
       r.decided_by, r.decided_at, r.reason,
       r.created_at + interval '14 days',
       r.created_at,
       CASE r.status WHEN 'expired' THEN r.created_at + interval '14 days'
                     WHEN 'cancelled' THEN r.cancelled_at
                     WHEN 'pending' THEN r.created_at
                     ELSE r.decided_at END
  FROM dd_request r
 ORDER BY r.created_at, r.id;

INSERT INTO public.gamification_admin_award_request_recipients (id, request_id, tenant_id, user_id,
                                                              created_at)
SELECT pg_temp.dd_uuid('award_request_recipient', x.rq || ':' || x.user_idx), r.id, r.tenant_id,
       x.user_id, r.created_at
  FROM dd_request_rcpt x
  JOIN dd_request r ON r.rq = x.rq
 ORDER BY r.created_at, r.id, x.user_id;
