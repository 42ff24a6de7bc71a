-- 040: PostgreSQL logins of the demo personas, mapped to their users rows.
--
-- Roles are cluster-wide and the same cluster may host several seeded databases, so each role
-- is created only if missing (a concurrent seed creating it at the same moment is tolerated)
-- and always ends up a direct member of dicedesk_personal_login (granted if it is not yet).
-- An existing role keeps its password and other attributes.
--   demo_sysadmin      d1ced35c-de00-4000-8000-000000000001
--   demo_tenant_admin  d1ced35c-de00-4000-8000-000000000002
--   demo_designer      d1ced35c-de00-4000-8000-000000000003
--   demo_member        d1ced35c-de00-4000-8000-000000000004
-- Password: demo.

SELECT pg_temp.dd_require('dd_demo');

DO $$
DECLARE
    v_login name;
BEGIN
    FOR v_login IN SELECT login FROM pg_temp.dd_demo ORDER BY idx LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = v_login) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE dicedesk_personal_login',
                               v_login, 'demo');
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL; -- created by a concurrent seed of another database
            END;
        END IF;
        IF NOT EXISTS (SELECT 1 FROM pg_auth_members am
                        WHERE am.roleid = 'dicedesk_personal_login'::regrole
                          AND am.member = v_login::regrole) THEN
            EXECUTE format('GRANT dicedesk_personal_login TO %I', v_login);
        END IF;
    END LOOP;
END
$$;

INSERT INTO public.dicedesk_login_users (login_role, user_id, created_at)
SELECT d.login, d.id, u.created_at + interval '10 minutes'
  FROM pg_temp.dd_demo d
  JOIN pg_temp.dd_user u ON u.idx = d.idx
 ORDER BY d.idx;
