-- 020: tenants, users and the per-tenant approval override.
--
-- Users are numbered 1..U in the order they joined (U = greatest(300, E / 100)):
--   1-4    demo personas (fixed ids, see 010_parameters.sql)
--   5-8    further system admins (Lekbanken staff)
--   9..U   ordinary users; the first u0 ("founders") join on day 0, the rest join over days
--          1..170 at a growing pace (join day = 1 + 169 * sqrt(k / n)), so the user base,
--          and with it the event volume, shows a visible growth trend.
-- pg_temp.dd_user keeps the plan (primary/secondary tenant, join time) for the later files.

SELECT pg_temp.dd_require('dd_params');

CREATE TEMP TABLE dd_tenant AS
SELECT v.tidx, pg_temp.dd_uuid('tenant', v.slug) AS id, v.name, v.slug, v.mail_domain, v.site,
       v.p_sv, v.p_no, v.personas,
       coalesce(sum(v.w) OVER (ORDER BY v.tidx ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING),
                0)::float8 / sum(v.w) OVER () AS cw_lo,
       sum(v.w) OVER (ORDER BY v.tidx)::float8 / sum(v.w) OVER () AS cw_hi,
       pg_temp.dd_ts(0.001 * v.tidx) AS created_at,
       CASE WHEN v.tidx = 2 THEN 1000 ELSE 500 END AS threshold,
       0 AS members,           -- filled in by 030
       0 AS plans,             -- size of the plan / game pools used by event metadata
       0 AS games
  FROM (VALUES
        (1, 'Lekbanken Demo', 'lekbanken-demo', 'lekbanken-demo.example', 'lekbanken.se',
         0.70, 0.15, ARRAY['lekledare', 'pedagog', 'fritidsledare'], 35, 24),
        (2, 'Nordic Scouts', 'nordic-scouts', 'nordicscouts.example', 'lekbanken.se',
         0.40, 0.35, ARRAY['scoutledare', 'lekledare', 'förälder'], 30, 18),
        (3, 'Fjordlek Fritid', 'fjordlek-fritid', 'fjordlek.example', 'lekbanken.no',
         0.08, 0.82, ARRAY['fritidsleder', 'lekeleder', 'forelder'], 20, 14),
        (4, 'Solskolan', 'solskolan', 'solskolan.example', 'lekbanken.se',
         0.85, 0.03, ARRAY['pedagog', 'fritidspedagog', 'lärare'], 15, 12),
        (5, 'Göteborgs Fritidsgårdar', 'goteborgs-fritidsgardar', 'gbgfritid.example',
         'lekbanken.se', 0.85, 0.02, ARRAY['fritidsledare', 'ungdomsledare'], 0, 10),
        (6, 'Bergen Lekeklubb', 'bergen-lekeklubb', 'bergenlek.example', 'lekbanken.no',
         0.03, 0.85, ARRAY['lekeleder', 'trener'], 0, 8),
        (7, 'Malmö Lekförening', 'malmo-lekforening', 'malmolek.example', 'lekbanken.se',
         0.80, 0.02, ARRAY['tränare', 'lekledare'], 0, 8),
        (8, 'Norrsken Läger', 'norrsken-lager', 'norrsken.example', 'lekbanken.se',
         0.50, 0.30, ARRAY['lägerledare', 'ungdomsledare'], 0, 6))
       AS v0(tidx, name, slug, mail_domain, site, p_sv, p_no, personas, w4, w8)
 CROSS JOIN pg_temp.dd_params p
 CROSS JOIN LATERAL (SELECT v0.*, CASE WHEN p.t = 4 THEN v0.w4 ELSE v0.w8 END AS w) v
 WHERE v.tidx <= p.t;
ALTER TABLE dd_tenant ADD PRIMARY KEY (tidx);

INSERT INTO public.tenants (id, name, slug, status, created_at, updated_at)
SELECT id, name, slug, 'active', created_at, created_at
  FROM dd_tenant
 ORDER BY tidx;

CREATE TEMP TABLE dd_user AS
WITH names AS (
    SELECT ARRAY['Anna', 'Erik', 'Maja', 'Lars', 'Elsa', 'Oskar', 'Ingrid', 'Johan', 'Karin',
                 'Nils', 'Sara', 'Linnea', 'Emil', 'Astrid', 'Gustav', 'Ebba', 'Hugo', 'Freja',
                 'Axel', 'Wilma', 'Olle', 'Saga', 'Viktor', 'Alva', 'Björn', 'Klara', 'Felix',
                 'Tyra', 'Lukas', 'Ella', 'Sofia', 'Anton', 'Hanna', 'Isak', 'Matilda',
                 'Ludvig'] AS sv_first,
           ARRAY['Sigrid', 'Kari', 'Ola', 'Magnus', 'Solveig', 'Håkon', 'Nora', 'Eirik', 'Tuva',
                 'Sindre', 'Marit', 'Torbjørn', 'Ragnhild', 'Jonas', 'Ida', 'Henrik', 'Silje',
                 'Øystein', 'Åse', 'Ingvild', 'Thea', 'Even', 'Maren', 'Vegard', 'Synnøve',
                 'Kristoffer', 'Hedda', 'Sverre'] AS no_first,
           ARRAY['Oliver', 'Emily', 'James', 'Charlotte', 'Harry', 'Sophie', 'Jack', 'Grace',
                 'Thomas', 'Lucy', 'Daniel', 'Chloe', 'Samuel', 'Hannah', 'George', 'Amelia',
                 'Noah', 'Isla', 'Leo', 'Ruby'] AS en_first,
           ARRAY['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson',
                 'Persson', 'Svensson', 'Gustafsson', 'Lindberg', 'Lindqvist', 'Bergström',
                 'Holm', 'Sandberg', 'Forsberg', 'Sjöberg', 'Lundgren', 'Ekström', 'Nyström',
                 'Åberg', 'Öberg', 'Wallin', 'Hedlund', 'Engström', 'Björk', 'Lind', 'Axelsson',
                 'Strand', 'Mattsson'] AS sv_last,
           ARRAY['Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen',
                 'Kristiansen', 'Jensen', 'Haugen', 'Bakken', 'Solberg', 'Dahl', 'Lie', 'Berg',
                 'Strand', 'Moen', 'Halvorsen', 'Sæther', 'Løvås', 'Aas', 'Haugland', 'Nygård',
                 'Fossum', 'Eide', 'Brekke'] AS no_last,
           ARRAY['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Evans', 'Thomas',
                 'Roberts', 'Walker', 'Wright', 'Hughes', 'Green', 'Hall', 'Clarke', 'Murphy',
                 'Cooper', 'Baker'] AS en_last
),
base AS (
    SELECT g.idx,
           CASE WHEN g.idx <= p.u0 THEN 0.02 + 0.48 * g.idx / p.u0
                ELSE 1.0 + 169.0 * sqrt((g.idx - p.u0)::float8 / greatest(1, p.u - p.u0))
           END AS jday,
           pg_temp.dd_rand('user.tenant', g.idx::text) AS r_tenant,
           pg_temp.dd_rand('user.second', g.idx::text) AS r_second,
           pg_temp.dd_rand('user.second.which', g.idx::text) AS r_which,
           pg_temp.dd_rand('user.second.status', g.idx::text) AS r_status,
           pg_temp.dd_rand('user.locale', g.idx::text) AS r_locale,
           pg_temp.dd_rand('user.first', g.idx::text) AS r_first,
           pg_temp.dd_rand('user.last', g.idx::text) AS r_last,
           pg_temp.dd_rand('user.role', g.idx::text) AS r_role,
           pg_temp.dd_rand('user.persona', g.idx::text) AS r_persona,
           p.first_regular, p.t
      FROM pg_temp.dd_params p
     CROSS JOIN generate_series(1, p.u) AS g(idx)
),
placed AS (
    SELECT b.*,
           CASE WHEN b.idx <= b.first_regular THEN 1 ELSE t.tidx END AS t1
      FROM base b
      LEFT JOIN dd_tenant t ON b.r_tenant >= t.cw_lo AND b.r_tenant < t.cw_hi
),
placed2 AS (
    SELECT pl.*,
           CASE WHEN pl.idx = 2 THEN 2
                WHEN pl.idx > pl.first_regular AND pl.r_second < 0.12
                    THEN ((pl.t1 - 1 + 1 + floor(pl.r_which * (pl.t - 1))::int) % pl.t) + 1
           END AS t2_any,
           t.p_sv, t.p_no, t.mail_domain, t.personas
      FROM placed pl
      JOIN dd_tenant t ON t.tidx = pl.t1
),
named AS (
    SELECT pl.*,
           CASE WHEN pl.r_locale < pl.p_sv THEN 'sv'
                WHEN pl.r_locale < pl.p_sv + pl.p_no THEN 'no'
                ELSE 'en' END AS locale
      FROM placed2 pl
),
composed AS (
    SELECT n.idx, n.jday, n.t1,
           CASE WHEN n.t2_any IS NOT NULL AND (n.idx = 2 OR n.r_status >= 0.2) THEN n.t2_any END
               AS t2,
           CASE WHEN n.t2_any IS NOT NULL AND n.idx <> 2 AND n.r_status < 0.2 THEN n.t2_any END
               AS t2_invited,
           n.r_status, n.locale,
           coalesce(d.full_name,
                    CASE n.locale
                        WHEN 'sv' THEN nm.sv_first[1 + floor(n.r_first * cardinality(nm.sv_first))::int]
                                       || ' ' || nm.sv_last[1 + floor(n.r_last * cardinality(nm.sv_last))::int]
                        WHEN 'no' THEN nm.no_first[1 + floor(n.r_first * cardinality(nm.no_first))::int]
                                       || ' ' || nm.no_last[1 + floor(n.r_last * cardinality(nm.no_last))::int]
                        ELSE nm.en_first[1 + floor(n.r_first * cardinality(nm.en_first))::int]
                             || ' ' || nm.en_last[1 + floor(n.r_last * cardinality(nm.en_last))::int]
                    END) AS full_name,
           d.id AS demo_id, d.email AS demo_email,
           CASE WHEN n.idx <= n.first_regular THEN 'lekbanken.example' ELSE n.mail_domain END
               AS mail_domain,
           CASE WHEN n.idx = 1 OR (n.idx > 4 AND n.idx <= n.first_regular)
                    THEN 'system_admin'
                WHEN n.idx > n.first_regular AND n.r_role < 0.04 THEN 'private_user'
                ELSE 'member' END::public.global_role_enum AS global_role,
           CASE WHEN n.idx = 1 OR (n.idx > 4 AND n.idx <= n.first_regular) THEN 'lekbanken-team'
                ELSE n.personas[1 + floor(n.r_persona * cardinality(n.personas))::int] END
               AS persona
      FROM named n
     CROSS JOIN names nm
      LEFT JOIN pg_temp.dd_demo d ON d.idx = n.idx
),
mailed AS (
    SELECT c.*,
           translate(replace(lower(replace(c.full_name, ' ', '.')), 'æ', 'ae'), 'åäöøéü',
                     'aaooeu') AS mail_base
      FROM composed c
)
SELECT m.idx,
       coalesce(m.demo_id, pg_temp.dd_uuid('user', m.idx::text)) AS id,
       m.jday,
       pg_temp.dd_ts(m.jday) AS created_at,
       extract(epoch FROM pg_temp.dd_ts(m.jday))::float8 AS created_epoch,
       m.t1, m.t2, m.t2_invited, m.r_status, m.locale, m.full_name,
       coalesce(m.demo_email,
                m.mail_base
                || CASE WHEN row_number() OVER w > 1 THEN (row_number() OVER w)::text ELSE '' END
                || '@' || m.mail_domain) AS email,
       m.global_role, m.persona
  FROM mailed m
WINDOW w AS (PARTITION BY m.mail_base, m.mail_domain, m.demo_id IS NULL ORDER BY m.idx);
ALTER TABLE dd_user ADD PRIMARY KEY (idx);
ANALYZE dd_user;

INSERT INTO public.users (id, email, full_name, global_role, created_at, updated_at)
SELECT id, email, full_name, global_role, created_at, created_at
  FROM dd_user
 ORDER BY idx;

-- One per-tenant override besides the global default (500) from the migrations: the second
-- tenant needs approval from 1000 coins, so switching tenants shows a different threshold.
INSERT INTO public.gamification_settings
    (id, tenant_id, award_approval_threshold, award_request_expiry_days, updated_by, created_at,
     updated_at)
SELECT pg_temp.dd_uuid('settings', t.slug), t.id, t.threshold, 14,
       'd1ced35c-de00-4000-8000-000000000001', pg_temp.dd_ts(2.3), pg_temp.dd_ts(41.6)
  FROM dd_tenant t
 WHERE t.threshold <> 500;
