-- 030: tenant memberships.
--
-- Every user has a primary membership; about 12 % of the ordinary users also belong to a second
-- tenant (a fifth of those still 'invited'). Within a tenant the earliest ordinary members run
-- it: the first one is the owner, the next greatest(2, n / 200) are admins and the next
-- greatest(4, n / 40) editors; about 1 % of the plain members are 'suspended'.
-- Demo personas: demo_sysadmin member of tenant 1; demo_tenant_admin admin of tenants 1 and 2;
-- demo_designer editor of tenant 1; demo_member member of tenant 1. The other system admins are
-- members of tenant 1.

SELECT pg_temp.dd_require('dd_user');

CREATE TEMP TABLE dd_membership AS
WITH primary_ranked AS (
    SELECT u.idx, u.t1 AS tidx,
           row_number() OVER (PARTITION BY u.t1 ORDER BY u.idx) AS rk,
           count(*) OVER (PARTITION BY u.t1) AS cnt
      FROM dd_user u
     CROSS JOIN pg_temp.dd_params p
     WHERE u.idx > p.first_regular
),
primary_role AS (
    SELECT r.idx, r.tidx,
           CASE WHEN r.rk = 1 THEN 'owner'
                WHEN r.rk <= 1 + greatest(2, r.cnt / 200) THEN 'admin'
                WHEN r.rk <= 1 + greatest(2, r.cnt / 200) + greatest(4, r.cnt / 40) THEN 'editor'
                ELSE 'member' END AS role
      FROM primary_ranked r
     UNION ALL
    SELECT u.idx, 1,
           CASE u.idx WHEN 2 THEN 'admin' WHEN 3 THEN 'editor' ELSE 'member' END
      FROM dd_user u
     CROSS JOIN pg_temp.dd_params p
     WHERE u.idx <= p.first_regular
),
all_rows AS (
    SELECT pr.idx, pr.tidx, pr.role, true AS is_primary,
           CASE WHEN pr.role = 'member' AND pr.idx > 8
                     AND pg_temp.dd_rand('membership.suspend', pr.idx::text) < 0.012
                    THEN 'suspended' ELSE 'active' END AS status,
           u.created_at + interval '2 minutes' AS created_at
      FROM primary_role pr
      JOIN dd_user u ON u.idx = pr.idx
     UNION ALL
    SELECT u.idx, u.t2,
           CASE WHEN u.idx = 2 THEN 'admin'
                WHEN pg_temp.dd_rand('membership.second.role', u.idx::text) < 0.1 THEN 'editor'
                ELSE 'member' END,
           false, 'active', u.created_at + interval '30 minutes'
      FROM dd_user u
     WHERE u.t2 IS NOT NULL
     UNION ALL
    SELECT u.idx, u.t2_invited, 'member', false, 'invited',
           greatest(u.created_at + interval '1 day',
                    p.anchor - (0.5 + 19.5 * pg_temp.dd_rand('membership.invite', u.idx::text))
                               * interval '1 day')
      FROM dd_user u
     CROSS JOIN pg_temp.dd_params p
     WHERE u.t2_invited IS NOT NULL
)
SELECT a.idx, a.tidx, u.id AS user_id, t.id AS tenant_id, a.role::public.tenant_role_enum AS role,
       a.is_primary, a.status,
       date_trunc('milliseconds', a.created_at) AS created_at,
       CASE WHEN a.status = 'suspended'
                THEN date_trunc('milliseconds',
                                greatest(a.created_at + interval '1 day',
                                         p.anchor - (0.2 + 6 * pg_temp.dd_rand('membership.suspended_at',
                                                                               a.idx::text))
                                                    * interval '1 day'))
            ELSE date_trunc('milliseconds', a.created_at) END AS updated_at
  FROM all_rows a
  JOIN dd_user u ON u.idx = a.idx
  JOIN dd_tenant t ON t.tidx = a.tidx
 CROSS JOIN pg_temp.dd_params p;

INSERT INTO public.user_tenant_memberships
    (id, user_id, tenant_id, role, is_primary, status, created_at, updated_at)
SELECT pg_temp.dd_uuid('membership', m.idx || ':' || m.tidx), m.user_id, m.tenant_id, m.role,
       m.is_primary, m.status, m.created_at, m.updated_at
  FROM dd_membership m
 ORDER BY m.created_at, m.idx, m.tidx;

-- Active members per tenant in joining order (pos 1..n): recipients and requesters are drawn
-- from here, restricted to those who had joined at the time.
CREATE TEMP TABLE dd_member AS
SELECT m.tidx, row_number() OVER (PARTITION BY m.tidx ORDER BY m.created_at, m.idx)::int AS pos,
       m.idx, m.user_id, m.role, m.created_at
  FROM dd_membership m
 WHERE m.status = 'active';
ALTER TABLE dd_member ADD PRIMARY KEY (tidx, pos);
CREATE INDEX ON dd_member (tidx, created_at, pos);
ANALYZE dd_member;

-- Tenant admins (owner/admin, active), numbered per tenant.
CREATE TEMP TABLE dd_admin AS
SELECT m.tidx, row_number() OVER (PARTITION BY m.tidx ORDER BY m.idx)::int AS k, m.idx, m.user_id,
       m.created_at
  FROM dd_member m
 WHERE m.role IN ('owner', 'admin');
ALTER TABLE dd_admin ADD PRIMARY KEY (tidx, k);

-- System admins, numbered: k = 1 is demo_sysadmin.
CREATE TEMP TABLE dd_sys AS
SELECT row_number() OVER (ORDER BY u.idx)::int AS k, u.idx, u.id AS user_id, u.created_at
  FROM dd_user u
 WHERE u.global_role = 'system_admin';
ALTER TABLE dd_sys ADD PRIMARY KEY (k);

UPDATE dd_tenant t
   SET members = s.n, plans = 20 + s.n / 4, games = 12 + s.n / 10
  FROM (SELECT tidx, count(*)::int AS n FROM dd_member GROUP BY tidx) s
 WHERE s.tidx = t.tidx;
